"""The command line's help in the user's language.

argparse writes its own words ("usage:", "options", "the following arguments are
required") through gettext: :func:`install` gives it a catalog in the language chosen
with ``base.i18n.set_language``. The commands' help texts are English in their modules;
:func:`localize` swaps them for their Chinese (``commands.help_zh``) once the parser is
built, so the modules stay as they are and a new text without Chinese shows in English.
"""

from __future__ import annotations

import argparse
import gettext
import re
import unicodedata

from fairdesk.base.i18n import language
from fairdesk.commands.help_zh import ARGPARSE, COMMANDS

CATALOG = {**ARGPARSE, **COMMANDS}


class Catalog(gettext.NullTranslations):
    """gettext's interface over a dict, in the current language (English: the text as is)."""

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__()
        self.texts = texts

    def gettext(self, message: str) -> str:
        if language() != "zh" or not isinstance(message, str):
            return message
        return self.texts.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


def install() -> None:
    """Route argparse's own words through the catalog (argparse imported ``gettext`` and
    ``ngettext`` into its namespace, where it looks them up at each call)."""
    catalog = Catalog(CATALOG)
    argparse._ = catalog.gettext  # noqa: SLF001
    argparse.ngettext = catalog.ngettext


# A Latin word (with what sticks to it) or one wide character: the units a line breaks between.
_UNITS = re.compile(r"[^\s\u2e80-\u9fff\uff00-\uffef]+|[\u2e80-\u9fff\uff00-\uffef]|\s+")


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken between words or between
    Chinese characters (argparse's textwrap counts a Chinese character as one column)."""
    lines, line = [], ""
    for unit in _UNITS.findall(" ".join(text.split())):
        if unit.isspace():
            line += " " if line else ""
        elif line and columns(line + unit) > width:
            lines.append(line.rstrip())
            line = unit
        else:
            line += unit
    return [*lines, line.rstrip()] if line.strip() else lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, wrapping by columns so Chinese help fits the terminal."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))


class RawDescriptionHelpFormatter(HelpFormatter, argparse.RawDescriptionHelpFormatter):
    """The description as written (line breaks kept); the options' help wrapped by columns."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return argparse.RawDescriptionHelpFormatter._fill_text(self, text, width, indent)


def _formatter(current: type) -> type:
    raw = issubclass(current, argparse.RawDescriptionHelpFormatter)
    return RawDescriptionHelpFormatter if raw else HelpFormatter


def localize(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Translate the help texts of ``parser`` and all its subcommands, in place, and wrap
    them by columns."""
    tr = Catalog(CATALOG).gettext
    parser.formatter_class = _formatter(parser.formatter_class)
    parser.description, parser.epilog = tr(parser.description), tr(parser.epilog)
    for group in parser._action_groups:  # noqa: SLF001
        group.title, group.description = tr(group.title), tr(group.description)
    for action in parser._actions:  # noqa: SLF001
        action.help = tr(action.help)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                choice.help = tr(choice.help)
            for subparser in action.choices.values():
                localize(subparser)
    return parser


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text, description and epilog of ``parser`` and its subcommands (English)."""
    found = [parser.description, parser.epilog]
    for action in parser._actions:  # noqa: SLF001
        found.append(action.help)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            found += [choice.help for choice in action._choices_actions]  # noqa: SLF001
            for subparser in action.choices.values():
                found += help_texts(subparser)
    return [text for text in dict.fromkeys(found) if text and text != argparse.SUPPRESS]
