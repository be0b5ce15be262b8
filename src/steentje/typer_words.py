"""typer's and click's own words (usage line, panel titles, usage errors) in steentje's language.

typer 0.28 marks a few of its strings for gettext, in the default domain:
typer.core looks them up when it prints, typer.rich_utils once, for module
constants, when it is imported. The click it vendors marks none. ``speak``
points both at steentje's catalogue (locale/nl/LC_MESSAGES/steentje-typer.po)
and translates click's plain literals where click builds or shows them: the
usage line's prefix and placeholders, the --help option's help, and the
messages of its exceptions, which are matched whole against the catalogue's
msgids (see the .po's header). Each hook is installed once and reads the
language in use, so switching back and forth costs nothing.

Only the command line imports this, after typer; the fast paths never do.
"""

from __future__ import annotations

import functools
import gettext
import importlib.util
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import typer.core
from typer._click import core as click_core
from typer._click import exceptions, formatting

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from types import ModuleType

_DOMAIN = "steentje-typer"
_LOCALES = Path(__file__).parent / "locale"

_USAGE = "Usage:"
_HELP = "Show this message and exit."
# The usage line's placeholders for options and a subcommand (click's defaults).
_METAVARS = ("[OPTIONS]", "COMMAND [ARGS]...")
_RICH_UTILS = "typer.rich_utils"

# typer.rich_utils' words, computed once at its import; their English values are
# kept (and used as msgids) so that English restores exactly what typer had.
_RICH_CONSTANTS = (
    "ARGUMENTS_PANEL_TITLE",
    "OPTIONS_PANEL_TITLE",
    "COMMANDS_PANEL_TITLE",
    "DEFAULT_STRING",
    "ENVVAR_STRING",
    "REQUIRED_LONG_STRING",
    "DEPRECATED_STRING",
    "ERRORS_PANEL_TITLE",
    "ABORTED_TEXT",
    "RICH_HELP",
)

# click's messages that typer 0.28 writes as plain literals, as they are printed.
_PRINTED = (
    "{message}. Did you mean {suggestions}?",
    "No such option: {name}",
    "{message} (Possible options: {possibilities})",
    "Missing argument {name}.",
    "Missing argument {name}. {message}",
    "Missing option {name}.",
    "Missing option {name}. {message}",
    "Choose from:\n\t{choices}",
    "Got unexpected extra argument(s) ({arguments})",
    "Option {name} requires an argument.",
    "Option {name} requires {count} arguments.",
    "Option {name} does not take a value.",
    "Invalid value for {name}: {message}",
    "Invalid value: {message}",
    "{value} is not one of {choices}.",
    "{value} is not in the range {range}.",
    "{value} is not a valid int.",
    "{value} is not a valid int range.",
    "{value} is not a valid float.",
    "{value} is not a valid float range.",
    "{value} is not a valid boolean. Recognized values: {values}",
)

_FIELD = re.compile(r"\{(\w+)\}")


class _State:
    """The language in use: the hooks are installed once and read it on every call."""

    words: ClassVar[gettext.NullTranslations] = gettext.NullTranslations()
    # (pattern, translation) for _PRINTED, built on first use: most runs print no error.
    printed: ClassVar[list[tuple[re.Pattern[str], str]] | None] = []
    installed: ClassVar[bool] = False
    rich_english: ClassVar[dict[str, str]] = {}
    helps_given: ClassVar[set[str]] = {_HELP}


def speak(language: str) -> None:
    """Make typer's and click's own words *language* ("nl" or "en") from now on."""
    # No catalogue (English, or a language steentje does not have) means the msgids.
    _State.words = gettext.translation(_DOMAIN, _LOCALES, [language], fallback=True)
    _State.printed = None
    if not _State.installed:
        _install()
        _State.installed = True
    rich_utils = sys.modules.get(_RICH_UTILS)
    if rich_utils is not None:
        _reword_rich_utils(rich_utils)
    elif not any(isinstance(finder, _AfterImport) for finder in sys.meta_path):
        # Importing rich_utils costs some 80 ms; wait until typer needs it.
        sys.meta_path.insert(0, _AfterImport())


def _text(message: str) -> str:
    return _State.words.gettext(message)


def _install() -> None:
    # typer.core calls its module-level gettext alias each time it prints.
    vars(typer.core)["_"] = _text
    _wrap(formatting.HelpFormatter, "write_usage", _write_usage)
    _wrap(click_core.Command, "get_help_option", _get_help_option)
    for command in (click_core.Command, typer.core.TyperCommand, typer.core.TyperGroup):
        if "collect_usage_pieces" in vars(command):  # a group adds "COMMAND [ARGS]..."
            _wrap(command, "collect_usage_pieces", _collect_usage_pieces)
    _wrap(exceptions.ClickException, "__init__", _init)
    # ClickException's (inherited from typer's base class: a message changed
    # after birth, as with "Did you mean"), and every subclass that frames the
    # message in text of its own, found rather than listed so none is missed.
    base = exceptions.ClickException
    for value in vars(exceptions).values():
        if (
            isinstance(value, type)
            and issubclass(value, base)
            and (value is base or "format_message" in vars(value))
        ):
            _wrap(value, "format_message", _format_message)


def _wrap(owner: type, name: str, make: Callable[[Any], Callable[..., Any]]) -> None:
    original = getattr(owner, name)  # perhaps inherited: the wrapper then overrides it
    setattr(owner, name, functools.wraps(original)(make(original)))


def _write_usage(original: Callable[..., None]) -> Callable[..., None]:
    def write_usage(
        self: formatting.HelpFormatter, prog: str, args: str = "", prefix: str | None = None
    ) -> None:
        if prefix is None:
            prefix = f"{_text(_USAGE)} "  # click's own default, "Usage: "
        original(self, prog, args, prefix)

    return write_usage


def _collect_usage_pieces(original: Callable[..., list[str]]) -> Callable[..., list[str]]:
    def collect_usage_pieces(self: click_core.Command, ctx: click_core.Context) -> list[str]:
        pieces = original(self, ctx)
        return [_text(piece) if piece in _METAVARS else piece for piece in pieces]

    return collect_usage_pieces


def _get_help_option(
    original: Callable[..., typer.core.TyperOption | None],
) -> Callable[..., typer.core.TyperOption | None]:
    # A command makes its --help option once and keeps it, so its help is
    # set again on every use: it may have been made in the other language.
    def get_help_option(
        self: click_core.Command, ctx: click_core.Context
    ) -> typer.core.TyperOption | None:
        option = original(self, ctx)
        if option is not None and option.help in _State.helps_given:
            option.help = _text(_HELP)
            _State.helps_given.add(option.help)
        return option

    return get_help_option


def _init(original: Callable[..., None]) -> Callable[..., None]:
    # At its birth, so that code reading ``error.message`` (steentje's one-line
    # errors, click's prompts) reads it translated too.
    def __init__(self: exceptions.ClickException, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.message = _reword(self.message)

    return __init__


def _format_message(original: Callable[..., str]) -> Callable[..., str]:
    def format_message(self: exceptions.ClickException) -> str:
        return _reword(original(self))

    return format_message


def _reword(text: str) -> str:
    """*text* translated when it is one of click's printed messages, else *text*."""
    if _State.printed is None:
        _State.printed = _compile(_State.words)
    for pattern, translation in _State.printed:
        found = pattern.fullmatch(text)
        if found is not None:
            fields = found.groupdict()
            if "message" in fields:
                fields["message"] = _reword(fields["message"])
            return translation.format_map(fields)  # the .po's python-brace-format
    return text


def _compile(words: gettext.NullTranslations) -> list[tuple[re.Pattern[str], str]]:
    printed = []
    for message in _PRINTED:
        translation = words.gettext(message)
        if translation == message:
            continue  # English, or not translated: nothing to do
        parts = _FIELD.split(message)  # text, field, text, field, ..., text
        regex = "".join(
            f"(?P<{part}>.+?)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
        )
        literal = sum(len(part) for part in parts[::2])
        printed.append((literal, re.compile(regex, re.DOTALL), translation))
    # More fixed text first: "Missing argument 'N'. Choose from: ..." is the
    # longer msgid's, not "Missing argument {name}." with a dot in the name.
    printed.sort(key=lambda entry: -entry[0])
    return [(pattern, translation) for _, pattern, translation in printed]


def _reword_rich_utils(module: ModuleType) -> None:
    english = _State.rich_english
    if not english:
        english.update({name: getattr(module, name) for name in _RICH_CONSTANTS})
    for name, text in english.items():
        setattr(module, name, _text(text))
    # rich_utils colours the usage line by a pattern on its English prefix.
    highlighter = vars(module)["highlighter"]
    prefix = _text(_USAGE)
    if prefix == _USAGE:
        vars(highlighter).pop("highlights", None)
    else:
        own = rf"(?P<usage>{re.escape(prefix)} )"
        vars(highlighter)["highlights"] = [*type(highlighter).highlights, own]


class _AfterImport:
    """A meta path finder that rewords typer.rich_utils right after it is executed."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name != _RICH_UTILS:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)  # as the import system would, without us
        if spec is not None and spec.loader is not None:
            execute = spec.loader.exec_module

            def exec_module(module: ModuleType) -> None:
                execute(module)
                _reword_rich_utils(module)

            vars(spec.loader)["exec_module"] = exec_module
        return spec
