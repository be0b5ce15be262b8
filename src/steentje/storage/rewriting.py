"""Changing the journal's existing entries: a whole new file swapped in atomically.

The change is computed from the journal as read under the lock, written to a
temp file beside it, fsynced and renamed over the journal, after the previous
version is kept as journal.toml.bak.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from steentje.errors import SteentjeError
from steentje.journal import Entry, Journal, find_entry, journal_bytes
from steentje.storage.files import replace_file
from steentje.storage.lock import journal_lock
from steentje.storage.reading import check_writable_version, read_unlocked
from steentje.storage.stamps import write_stamp_quietly
from steentje.words import t


def backup_path(path: Path) -> Path:
    """Where a rewrite keeps the previous version of the journal."""
    return path.with_name(path.name + ".bak")


def newest_day(entries: Iterable[Entry]) -> date | None:
    return max((entry.day for entry in entries), default=None)


def rewrite_journal(path: Path, change: Callable[[Journal], Journal]) -> Journal:
    """Apply *change* to the journal under the lock and replace the file atomically.

    The previous file is kept as journal.toml.bak. Returns the new journal.
    """
    with journal_lock(path):
        current = read_unlocked(path)
        if not current.exists:
            raise SteentjeError(t("no_journal_at", path=path))
        check_writable_version(current.version, path)
        changed = change(current)
        previous = path.read_bytes()
        replace_file(backup_path(path), previous)
        replace_file(path, journal_bytes(changed))
        write_stamp_quietly(path, newest_day(changed.entries))
        return changed


def update_entry(path: Path, wanted: str, change: Callable[[Entry], Entry]) -> Entry:
    """Replace one entry (found by id or unique id prefix) with ``change(entry)``."""
    updated: list[Entry] = []

    def apply(journal: Journal) -> Journal:
        target = find_entry(journal.entries, wanted)
        new = change(target)
        updated.append(new)
        entries = tuple(new if entry is target else entry for entry in journal.entries)
        return replace(journal, entries=entries)

    rewrite_journal(path, apply)
    return updated[0]


def delete_entry(path: Path, wanted: str) -> Entry:
    """Remove one entry (found by id or unique id prefix); returns it."""
    removed: list[Entry] = []

    def apply(journal: Journal) -> Journal:
        target = find_entry(journal.entries, wanted)
        removed.append(target)
        return replace(journal, entries=tuple(e for e in journal.entries if e is not target))

    rewrite_journal(path, apply)
    return removed[0]
