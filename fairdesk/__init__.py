"""fairdesk: runs a city's investment fair on site, offline."""

__version__ = "0.1.0"
APP_NAME = "fairdesk"
# No organisation: Qt would nest the laptop's data folder as fairdesk/fairdesk. The
# settings keep their place under SETTINGS_ORG (gui/prefs.py).
ORG_NAME = ""
SETTINGS_ORG = "fairdesk"
