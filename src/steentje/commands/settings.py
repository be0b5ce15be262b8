"""``config path|show|set|unset``: the settings file, and where each value comes from."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from contextlib import AbstractContextManager

from steentje.config import KEYS, read_table, value_from_text
from steentje.errors import SteentjeError, UsageError
from steentje.settings import Settings, Source
from steentje.words import t


def describe_source(source: Source) -> str:
    """Where a value came from, in words: "from the --lang option", "from $STEENTJE_LANG", ..."""
    if source.kind == "option":
        return t("source_option", option=source.name)
    if source.kind == "env":
        return t("source_env", variable=f"${source.name}")
    return t(f"source_{source.kind}")


def shown_value(value: object) -> str:
    """A value as the config file writes it: true/false, or a quoted string."""
    return str(value).lower() if isinstance(value, bool) else f'"{value}"'


def write_table(path: str, table: Mapping[str, object]) -> None:
    """Replace the config file atomically with *table* (0600, in a 0700 folder)."""
    from pathlib import Path

    import tomli_w

    from steentje.storage.files import make_private_dirs, replace_file

    make_private_dirs(Path(path).parent)
    header = t("config_file_header") + "\n"
    replace_file(path, (header + tomli_w.dumps(dict(table))).encode("utf-8"))


def _config_lock(path: str) -> AbstractContextManager[None]:
    """The lock a read-modify-write of the config file holds, so two changes both land."""
    from pathlib import Path

    from steentje.storage.lock import file_lock

    return file_lock(Path(path))


def config_path(settings: Settings) -> None:
    """Print where the config file is (or would be); works even when it is broken."""
    print(settings.config_file)


def config_show(settings: Settings) -> None:
    """Print every setting in effect and where it comes from."""
    from steentje.config import WEEKDAYS

    print(f"# {settings.config_file}")
    for key, value, source in settings.described():
        if key == "week_starts":
            value = WEEKDAYS[int(value)]  # type: ignore[call-overload]
        line = t(
            "config_show_line", key=key, value=shown_value(value), source=describe_source(source)
        )
        print(line)


def config_set(settings: Settings, key: str, text: str) -> None:
    """Store a setting, checked, in the config file."""
    try:
        stored = value_from_text(key, text)
    except SteentjeError as error:
        raise UsageError(str(error)) from None
    path = settings.config_file
    with _config_lock(path):
        table = read_table(path)
        table[key] = stored
        write_table(path, table)
    print(t("config_set", key=key, value=shown_value(stored), path=path))


def config_unset(settings: Settings, key: str) -> None:
    """Remove a setting from the config file, so its default applies again."""
    path = settings.config_file
    with _config_lock(path):
        table = read_table(path)
        if key not in KEYS and key not in table:
            raise UsageError(t("config_unknown", key=key, known=", ".join(KEYS)))
        if table.pop(key, None) is None:
            print(t("config_not_set", key=key, path=path), file=sys.stderr)
            return
        write_table(path, table)
    print(t("config_removed", key=key, path=path))
