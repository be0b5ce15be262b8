"""The optional config file, config.toml in the platform config folder.

Every setting can also come from an option or the environment; the order is
option > environment > config file > default. The file is read only when a
command needs one of its settings, so ``steentje config path`` works even
when the file is broken. Kept free of heavy imports: the shell reminder
reads it too.
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Mapping
from functools import cache

from steentje.errors import SteentjeError
from steentje.words import WEEKDAYS as NAMES_OF_WEEKDAYS
from steentje.words import os_reason, t, toml_problem

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DUTCH_WEEKDAYS = tuple(name.lower() for name in NAMES_OF_WEEKDAYS["nl"])
# The words that switch the reminder on or off, in the environment, in
# `config set remind` and in the shell snippets alike.
ON_WORDS = ("on", "true", "yes", "1", "aan", "ja")
OFF_WORDS = ("off", "false", "no", "0", "uit", "nee")
# The settings, each explained by the message "setting_<key>".
KEYS = (
    "lang", "journal", "editor", "remind", "week_starts", "inline_tags", "show_last_answer",
    "principles",
)  # fmt: skip
# The settings that are on or off.
SWITCHES = ("remind", "inline_tags", "show_last_answer")
# The one table: [journals] maps a name (one word) to a journal's path.
JOURNALS = "journals"

# collections.namedtuple rather than a dataclass: the reminder imports this module
# at shell start, and dataclasses pull in inspect (about 10 ms here).
# `unknown` holds keys this version does not know, named once and otherwise ignored;
# `journals` the [journals] table as (name, path) pairs, in the file's order.
Config = namedtuple(
    "Config",
    [
        "lang",
        "journal",
        "editor",
        "remind",
        "week_starts",
        "inline_tags",
        "show_last_answer",
        "principles",
        "unknown",
        "journals",
    ],
    defaults=[None, None, None, None, None, None, None, None, (), ()],
)


def is_journal_name(text: str) -> bool:
    """Whether *text* has the shape of a journal's name: one word of letters, digits, - and _.

    Anything else (a dot, a slash, a ~) can only be a path, so it is one
    without reading the config file.
    """
    return _journal_name().fullmatch(text) is not None


@cache
def _journal_name() -> re.Pattern[str]:
    return re.compile(r"\w[\w-]*")


def journal_path(path: str, config_folder: str) -> str:
    """A [journals] path as a file's path: ~ expanded, a relative one taken from *config_folder*."""
    import os

    return os.path.join(config_folder, os.path.expanduser(path))


def load_config(path: str) -> Config:
    """Read and check the config file; a missing file is an empty config."""
    try:
        with open(path, "rb") as file:
            raw = file.read()
    except FileNotFoundError:
        return Config()
    except IsADirectoryError:
        raise SteentjeError(t("config_is_directory", path=path)) from None
    except OSError as error:
        raise SteentjeError(t("config_unreadable", path=path, reason=os_reason(error))) from None
    return check_config(_parse(raw, path), path)


@cache
def _simple_line() -> re.Pattern[str]:
    # A bare key, then a basic string without escapes or control characters, or a
    # boolean, then an optional comment.
    return re.compile(
        r'[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:"([^"\\\x00-\x1f\x7f]*)"|(true|false))'
        r"[ \t]*(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?"
    )


@cache
def _journals_header() -> re.Pattern[str]:
    return re.compile(r"[ \t]*\[[ \t]*journals[ \t]*\][ \t]*(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?")


def simple_toml(text: str) -> dict[str, object] | None:
    """Parse the plain ``key = "text"`` / ``key = true`` lines (and one ``[journals]``
    table of them) that ``config set`` writes.

    The shell reminder reads the config file at every shell start, and importing
    tomllib costs more than the rest of its work; this reads the common case
    without it. Anything else (escapes, tables, numbers, repeated keys) returns
    None, and tomllib decides. Tests check that both agree.
    """
    text = text.replace("\r\n", "\n")
    if "\r" in text:
        return None  # a carriage return on its own is not a line ending
    values: dict[str, object] = {}
    table = values
    for line in text.split("\n"):
        stripped = line.strip(" \t")
        if not stripped or stripped.startswith("#"):
            if any((ord(char) < 32 and char != "\t") or char == "\x7f" for char in stripped):
                return None
            continue
        if _journals_header().fullmatch(line):
            if JOURNALS in values:
                return None
            table = values[JOURNALS] = {}
            continue
        found = _simple_line().fullmatch(line)
        if found is None or found.group(1) in table:
            return None
        key, text_value, flag = found.groups()
        table[key] = text_value if flag is None else flag == "true"
    return values


def _parse(raw: bytes, path: str) -> dict[str, object]:
    try:
        simple = simple_toml(raw.decode("utf-8"))
    except UnicodeDecodeError:
        simple = None
    if simple is not None:
        return simple
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise SteentjeError(t("config_not_utf8", path=path, line=line)) from None
    except tomllib.TOMLDecodeError as error:
        # tomllib's message ends in "(at line L, column C)".
        where, detail = toml_problem(error)
        raise SteentjeError(t("config_not_toml", path=path, where=where, detail=detail)) from None


_WARNED: set[tuple[str, str]] = set()


def warn_unknown(config: Config, path: str, language: str) -> None:
    """Name each unknown key of the config file once on stderr, in *language*.

    Called once the language is settled (the file itself may choose it), so an
    unknown key never locks a command out and is reported in the user's words.
    """
    from steentje.errors import print_error
    from steentje.words import text_in

    for key in config.unknown:
        if (path, key) not in _WARNED:
            _WARNED.add((path, key))  # once per run, however often the file is read
            known = ", ".join((*KEYS, JOURNALS))
            print_error(
                text_in("config_unknown_ignored", language, path=path, key=key, known=known)
            )


def forget_warnings() -> None:
    """Warn again about unknown keys (for a new command line in the same process: tests)."""
    _WARNED.clear()


def check_config(data: Mapping[str, object], path: str) -> Config:
    """A Config from parsed TOML, or an error naming the key whose value is wrong.

    An unknown key (a typo, or a setting of a newer steentje) does not lock every
    command out: it is kept in ``unknown`` for ``warn_unknown`` and ignored.
    """
    values: dict[str, object] = {}
    unknown = []
    for key, value in data.items():
        if key == JOURNALS:
            values[key] = _checked_journals(value, path)
        elif key not in KEYS:
            unknown.append(key)
        else:
            values[key] = _checked(key, value, path)
    return Config(**values, unknown=tuple(unknown))


def _checked_journals(table: object, where: str | None) -> tuple[tuple[str, str], ...]:
    """The [journals] table as (name, path) pairs, or an error naming the key that is wrong."""
    if not isinstance(table, Mapping):
        raise _wrong(JOURNALS, "config_expect_table", table, where)
    pairs = []
    for name, path in table.items():
        checked = _checked(f"{JOURNALS}.{name}", path, where)
        pairs.append((check_journal_name(str(name), where), str(checked)))
    return tuple(pairs)


def check_journal_name(name: str, where: str | None = None) -> str:
    """*name* if it can name a journal (one word); else an error naming the key."""
    if not is_journal_name(name):
        raise SteentjeError(
            (f"{where}: " if where else "")
            + t("config_journal_name", key=f"{JOURNALS}.{name}", name=name)
        )
    return name


def _wrong(key: str, expected: str, value: object, where: str | None) -> SteentjeError:
    prefix = f"{where}: " if where else ""
    return SteentjeError(prefix + t("config_wrong", key=key, expected=t(expected), value=value))


def _checked(key: str, value: object, where: str | None) -> object:
    def wrong(expected: str) -> SteentjeError:
        return _wrong(key, expected, value, where)

    if key == "lang":
        if value not in ("nl", "en"):
            raise wrong("config_expect_lang")
        return value
    if key in ("journal", "editor", "principles") or key.startswith(JOURNALS + "."):
        if not isinstance(value, str) or not value.strip():
            raise wrong("config_expect_text")
        return value
    if key in SWITCHES:
        # true/false as TOML has them, or the words `config set` takes ("off", "aan").
        switch = value if isinstance(value, bool) else None
        if isinstance(value, str):
            switch = switch_from_text(value)
        if switch is None:
            raise wrong("config_expect_bool")
        return switch
    # week_starts, in English or Dutch
    name = value.strip().lower() if isinstance(value, str) else ""
    if name in _DUTCH_WEEKDAYS:
        return _DUTCH_WEEKDAYS.index(name)
    if name not in WEEKDAYS:
        raise wrong("config_expect_weekday")
    return WEEKDAYS.index(name)


def switch_from_text(text: str) -> bool | None:
    """True for an on-word, False for an off-word (either language), None for anything else."""
    word = text.strip().lower()
    if word in ON_WORDS:
        return True
    if word in OFF_WORDS:
        return False
    return None


def known_keys() -> str:
    """The keys ``config set`` takes, for messages: the settings and journals.NAME."""
    return ", ".join((*KEYS, f"{JOURNALS}.{t('config_journal_key_name')}"))


def split_key(key: str) -> tuple[str | None, str]:
    """``journals.work`` -> ("journals", "work"); a setting's key -> (None, key)."""
    table, dot, name = key.partition(".")
    if dot and table == JOURNALS:
        return JOURNALS, name
    return None, key


def value_from_text(key: str, text: str) -> object:
    """The TOML value that ``config set KEY TEXT`` stores, checked.

    ``journals.NAME`` stores a journal's path under a name in the [journals] table.
    """
    if key == JOURNALS:
        raise SteentjeError(t("config_journals_needs_name"))
    table, name = split_key(key)
    if table == JOURNALS:
        check_journal_name(name)
        _checked(key, text, None)
        return text
    if key not in KEYS:
        raise SteentjeError(t("config_unknown", key=key, known=known_keys()))
    where = None
    if key in SWITCHES:
        switch = switch_from_text(text)
        if switch is not None:
            return switch
        raise SteentjeError(
            t("config_wrong", key=key, expected=t("config_expect_on_off"), value=text)
        )
    if key == "week_starts":
        lowered = text.strip().lower()
        if lowered in _DUTCH_WEEKDAYS:
            lowered = WEEKDAYS[_DUTCH_WEEKDAYS.index(lowered)]
        _checked(key, lowered, where)
        return lowered
    _checked(key, text.strip() if key == "lang" else text, where)
    return text.strip() if key == "lang" else text


def read_table(path: str, *, check: bool = True) -> dict[str, object]:
    """The config file's settings as stored, for changing them.

    Checked, unless *check* is off: removing a setting must work even when that
    very setting is the wrong one.
    """
    try:
        with open(path, "rb") as file:
            raw = file.read()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise SteentjeError(t("config_unreadable", path=path, reason=os_reason(error))) from None
    data = _parse(raw, path)
    if check:
        check_config(data, path)
    return dict(data)
