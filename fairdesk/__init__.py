"""fairdesk: runs a city's investment fair on site, offline."""

__version__ = "0.1.0"
APP_NAME = "fairdesk"
ORG_NAME = "fairdesk"
