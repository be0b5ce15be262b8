"""``config path|show|set|unset``: the settings file, and where each value comes from."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from contextlib import AbstractContextManager

from steentje.config import KEYS, known_keys, read_table, split_key, value_from_text
from steentje.errors import SteentjeError, UsageError
from steentje.settings import Settings, Source, named_journals
from steentje.words import t


def describe_source(source: Source) -> str:
    """Where a value came from, in words: "from the --lang option", "from $STEENTJE_LANG", ..."""
    if source.kind == "option":
        words = t("source_option", option=source.name)
    elif source.kind == "env":
        words = t("source_env", variable=f"${source.name}")
    else:
        words = t(f"source_{source.kind}")
    if source.journal:
        return t("source_named_journal", source=words, name=source.journal)
    return words


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
        shown = shown_value(value)
        if key == "principles" and value is None:
            shown = t("config_principles_bundled")
        line = t("config_show_line", key=key, value=shown, source=describe_source(source))
        print(line)
    journals = named_journals(settings.environ, settings.config)
    if journals:
        import os

        in_use = settings.journal_name
        print(t("config_show_journals"))
        for name, written, where in journals:
            used = os.path.realpath(where) == in_use
            key = "config_show_journal_in_use" if used else "config_show_journal"
            print(t(key, name=name, value=shown_value(written), path=where))


def config_set(settings: Settings, key: str, text: str) -> None:
    """Store a setting, checked, in the config file."""
    try:
        stored = value_from_text(key, text)
    except SteentjeError as error:
        raise UsageError(str(error)) from None
    if key == "principles":
        stored = _checked_principles(str(stored))
    path = settings.config_file
    section, name = split_key(key)
    with _config_lock(path):
        table = read_table(path)
        if section is None:
            table[key] = stored
        else:
            journals = table.get(section)
            table[section] = {**(journals if isinstance(journals, dict) else {}), name: stored}
        write_table(path, table)
    print(t("config_set", key=key, value=shown_value(stored), path=path))


def _checked_principles(text: str) -> str:
    """A principles file as ``config set`` stores it: a path typed here is taken from here
    (one starting with ~ is kept so), and a file with a problem is refused with its first."""
    from pathlib import Path

    from steentje.own_set import own_catalog
    from steentje.storage.principle_sets import read_set_file
    from steentje.words import language

    path = text if text.startswith("~") else str(Path(text).absolute())
    where = str(Path(path).expanduser())
    own_catalog(read_set_file(where, configured=False), where, language())
    return path


def config_unset(settings: Settings, key: str) -> None:
    """Remove a setting from the config file, so its default applies again."""
    path = settings.config_file
    section, name = split_key(key)
    with _config_lock(path):
        table = read_table(path, check=False)
        if section is not None:
            journals = table.get(section)
            removed = journals.pop(name, None) if isinstance(journals, dict) else None
            if removed is None:
                print(t("config_not_set", key=key, path=path), file=sys.stderr)
                return
            if not journals:
                del table[section]
            write_table(path, table)
            print(t("config_removed", key=key, path=path))
            return
        if key not in KEYS and key not in table:
            raise UsageError(t("config_unknown", key=key, known=known_keys()))
        if table.pop(key, None) is None:
            print(t("config_not_set", key=key, path=path), file=sys.stderr)
            return
        write_table(path, table)
    print(t("config_removed", key=key, path=path))
