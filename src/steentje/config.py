"""The optional config file, config.toml in the platform config folder.

Every setting can also come from an option or the environment; the order is
option > environment > config file > default. The file is read only when a
command needs one of its settings, so ``steentje config path`` works even
when the file is broken. Kept free of heavy imports: the shell reminder
reads it too.
"""

from __future__ import annotations

import os
import re
from collections import namedtuple
from collections.abc import Mapping
from functools import cache

from steentje.errors import SteentjeError
from steentje.messages import t

CONFIG_FILE = "config.toml"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_ON = ("on", "true", "yes", "1", "aan", "ja")
_OFF = ("off", "false", "no", "0", "uit", "nee")
KEYS = {
    "lang": "language of the principles and prompts: nl or en",
    "journal": "path of the journal file (~ is your home folder)",
    "editor": "editor for --edit and edit, used when $VISUAL and $EDITOR are not set",
    "remind": "whether the shell reminder speaks: on or off",
    "week_starts": "the weekday principle 1 falls on, monday to sunday",
}

# collections.namedtuple rather than a dataclass: the reminder imports this module
# at shell start, and dataclasses pull in inspect (about 10 ms here).
Config = namedtuple(
    "Config",
    ["lang", "journal", "editor", "remind", "week_starts"],
    defaults=[None, None, None, None, None],
)


def config_file(environ: Mapping[str, str]) -> str:
    """Where the config file is: config.toml in steentje's config folder."""
    from steentje.xdg import user_dir

    return os.path.join(user_dir("config", environ), CONFIG_FILE)


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
        raise SteentjeError(t("config_unreadable", path=path, reason=error.strerror)) from None
    return check_config(_parse(raw, path), path)


@cache
def _simple_line() -> re.Pattern[str]:
    # A bare key, then a basic string without escapes or control characters, or a
    # boolean, then an optional comment.
    return re.compile(
        r'[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(?:"([^"\\\x00-\x1f\x7f]*)"|(true|false))'
        r"[ \t]*(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?"
    )


def simple_toml(text: str) -> dict[str, object] | None:
    """Parse the plain ``key = "text"`` / ``key = true`` lines that ``config set`` writes.

    The shell reminder reads the config file at every shell start, and importing
    tomllib costs more than the rest of its work; this reads the common case
    without it. Anything else (escapes, tables, numbers, repeated keys) returns
    None, and tomllib decides. Tests check that both agree.
    """
    text = text.replace("\r\n", "\n")
    if "\r" in text:
        return None  # a carriage return on its own is not a line ending
    values: dict[str, object] = {}
    for line in text.split("\n"):
        stripped = line.strip(" \t")
        if not stripped or stripped.startswith("#"):
            if any((ord(char) < 32 and char != "\t") or char == "\x7f" for char in stripped):
                return None
            continue
        found = _simple_line().fullmatch(line)
        if found is None or found.group(1) in values:
            return None
        key, text_value, flag = found.groups()
        values[key] = text_value if flag is None else flag == "true"
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
        raise SteentjeError(t("config_not_toml", path=path, error=error)) from None


def check_config(data: Mapping[str, object], path: str) -> Config:
    """A Config from parsed TOML, or an error naming the key that is unknown or wrong."""
    values: dict[str, object] = {}
    for key, value in data.items():
        if key not in KEYS:
            raise SteentjeError(f"{path}: " + t("config_unknown", key=key, known=", ".join(KEYS)))
        values[key] = _checked(key, value, path)
    return Config(**values)


def _checked(key: str, value: object, where: str | None) -> object:
    def wrong(expected: str) -> SteentjeError:
        prefix = f"{where}: " if where else ""
        return SteentjeError(prefix + t("config_wrong", key=key, expected=t(expected), value=value))

    if key == "lang":
        if value not in ("nl", "en"):
            raise wrong("config_expect_lang")
        return value
    if key in ("journal", "editor"):
        if not isinstance(value, str) or not value.strip():
            raise wrong("config_expect_text")
        return value
    if key == "remind":
        if not isinstance(value, bool):
            raise wrong("config_expect_bool")
        return value
    # week_starts, in English or Dutch
    name = value.strip().lower() if isinstance(value, str) else ""
    if name in _DUTCH_WEEKDAYS:
        return _DUTCH_WEEKDAYS.index(name)
    if name not in WEEKDAYS:
        raise wrong("config_expect_weekday")
    return WEEKDAYS.index(name)


def value_from_text(key: str, text: str) -> object:
    """The TOML value that ``config set KEY TEXT`` stores, checked."""
    if key not in KEYS:
        raise SteentjeError(t("config_unknown", key=key, known=", ".join(KEYS)))
    where = None
    if key == "remind":
        lowered = text.strip().lower()
        if lowered in _ON:
            return True
        if lowered in _OFF:
            return False
        raise SteentjeError(
            t("config_wrong", key="remind", expected=t("config_expect_on_off"), value=text)
        )
    if key == "week_starts":
        lowered = text.strip().lower()
        if lowered in _DUTCH_WEEKDAYS:
            lowered = WEEKDAYS[_DUTCH_WEEKDAYS.index(lowered)]
        _checked(key, lowered, where)
        return lowered
    _checked(key, text.strip() if key == "lang" else text, where)
    return text.strip() if key == "lang" else text


def read_table(path: str) -> dict[str, object]:
    """The config file's settings as stored (checked), for changing them."""
    try:
        with open(path, "rb") as file:
            raw = file.read()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise SteentjeError(t("config_unreadable", path=path, reason=error.strerror)) from None
    data = _parse(raw, path)
    check_config(data, path)
    return dict(data)


def write_table(path: str, table: Mapping[str, object]) -> None:
    """Replace the config file atomically with *table* (0600, in a 0700 folder)."""
    from pathlib import Path

    import tomli_w

    from steentje.store import make_private_dirs, replace_file

    target = Path(path)
    make_private_dirs(target.parent)
    header = "# steentje settings; 'steentje config show' explains them.\n"
    replace_file(target, (header + tomli_w.dumps(dict(table))).encode("utf-8"))


def describe(
    config: Config,
    lang_option: str | None,
    journal_option: str | None,
    environ: Mapping[str, str],
) -> list[tuple[str, object, str]]:
    """Each setting's value in effect and where it comes from, for ``config show``."""
    from steentje.i18n import LANG_ENV, language_from_locale
    from steentje.paths import JOURNAL_ENV, default_journal_path

    def first(*candidates: tuple[object, str]) -> tuple[object, str]:
        return next((value, source) for value, source in candidates if value not in (None, ""))

    rows = []
    lang = first(
        (lang_option, t("source_option", option="--lang")),
        (environ.get(LANG_ENV, "").strip().lower(), f"${LANG_ENV}"),
        (config.lang, t("source_config")),
        (language_from_locale(environ), t("source_locale")),
    )
    rows.append(("lang", *lang))
    journal = first(
        (journal_option, t("source_option", option="--journal")),
        (environ.get(JOURNAL_ENV, ""), f"${JOURNAL_ENV}"),
        (config.journal, t("source_config")),
        (str(default_journal_path()), t("source_default")),
    )
    rows.append(("journal", *journal))
    editor = first(
        (environ.get("VISUAL", "").strip(), "$VISUAL"),
        (environ.get("EDITOR", "").strip(), "$EDITOR"),
        (config.editor, t("source_config")),
        ("notepad" if os.name == "nt" else "vi", t("source_default")),
    )
    rows.append(("editor", *editor))
    remind_variable = environ.get("STEENTJE_REMIND", "").strip().lower()
    remind = first(
        ((remind_variable not in ("0", "off", "no", "false")) if remind_variable else None,
         "$STEENTJE_REMIND"),
        (config.remind, t("source_config")),
        (True, t("source_default")),
    )  # fmt: skip
    rows.append(("remind", *remind))
    week_start = config.week_starts
    rows.append(
        ("week_starts", WEEKDAYS[week_start or 0],
         t("source_config") if week_start is not None else t("source_default"))
    )  # fmt: skip
    return rows
