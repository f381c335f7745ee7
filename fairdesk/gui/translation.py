"""Choosing the interface language and installing the Qt translators for it.

Widgets translate with ``self.tr("English")``; the Chinese comes from
``resources/translations/fairdesk_zh_CN.qm`` (built by ``tools/translations.py``)
plus Qt's own ``qtbase_zh_CN`` for standard buttons and dialogs. The core's
bilingual texts follow the same choice through ``fairdesk.base.i18n.set_language``.
"""

from __future__ import annotations

import os

from fairdesk.base.i18n import set_language
from fairdesk.gui import prefs
from fairdesk.gui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from fairdesk.resources import resource_path

_installed: list[QTranslator] = []


def system_ui_language() -> str:
    """'en' when ``FAIRDESK_LANG`` or the system's interface language is English, else 'zh'.

    Chinese first: a "C" locale or any other language gives Chinese. Uses Qt's
    view of the system (the Windows display language, LANGUAGE/LC_*/LANG on Linux).
    """
    forced = os.environ.get("FAIRDESK_LANG", "").lower()
    if forced:
        return "en" if forced.startswith("en") else "zh"
    for tag in QLocale.system().uiLanguages():
        if tag.lower().startswith(("zh", "en")):
            return tag.lower()[:2]
    return "zh"


def resolve_language(explicit: str | None = None, choice: str | None = None) -> str:
    """'zh' or 'en': the explicit ``--lang``, else the laptop's choice, else the system's."""
    if explicit in ("zh", "en"):
        return explicit
    choice = choice if choice is not None else prefs.language_choice()
    if choice in ("zh", "en"):
        return choice
    return system_ui_language()


def install_language(lang: str) -> str:
    """Replace the installed translators with those for ``lang`` ('zh' or 'en').

    Installing sends every widget a LanguageChange event. Returns the language
    actually in force (Chinese falls back to English only if the .qm is missing).
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = "en" if lang == "en" else "zh"
    if lang == "zh":
        _load(app, "fairdesk_zh_CN", str(resource_path("translations")))
        _load(app, "qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if lang == "zh"
                               else QLocale.Language.English,
                               QLocale.Country.China if lang == "zh"
                               else QLocale.Country.UnitedStates))
    set_language(lang)
    return lang


def _load(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
