"""Changing the journal's existing entries: a whole new file swapped in atomically.

The change is computed from the journal as read under the lock, written to a
temp file beside it, fsynced and renamed over the journal, after the previous
version is kept as journal.toml.bak.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from steentje import clock
from steentje.errors import SteentjeError
from steentje.journal import (
    Entry,
    Journal,
    answered_days,
    find_entry,
    journal_bytes,
    same_entry,
)
from steentje.storage.files import read_regular, replace_file
from steentje.storage.lock import journal_lock
from steentje.storage.reading import check_writable_version, read_unlocked
from steentje.storage.stamps import write_stamp_quietly
from steentje.words import t


def backup_path(path: Path) -> Path:
    """Where a rewrite keeps the previous version of the journal."""
    return path.with_name(path.name + ".bak")


def entry_days(entries: Iterable[Entry]) -> frozenset[date]:
    """The days whose question has an answer, for the stamp (``journal.answered_days``)."""
    return answered_days(entries)


def rewrite_journal(
    path: Path, change: Callable[[Journal], Journal], *, record: bool = True, create: bool = False
) -> Journal:
    """Apply *change* to the journal under the lock and replace the file atomically.

    The previous file is kept as journal.toml.bak. Returns the new journal.
    With *record* (every change but a merge, which brings versions with their
    own moments), each entry whose content changed gets its ``edited`` moment
    and each entry that went is recorded as deleted (``recorded``). With
    *create*, a journal that does not exist yet is written (a merge into it).
    """
    with journal_lock(path):
        current = read_unlocked(path)
        if not current.exists and not create:
            raise SteentjeError(t("no_journal_at", path=path))
        check_writable_version(current.version, path)
        changed = change(current)
        if changed is current:
            return current  # nothing to change: nothing written
        if record:
            changed = recorded(current, changed, clock.now())
        previous = read_regular(path)
        if previous is not None:
            replace_file(backup_path(path), previous)
        replace_file(path, journal_bytes(changed))
        write_stamp_quietly(path, entry_days(changed.entries), clock.today())
        return changed


def recorded(before: Journal, after: Journal, now: datetime) -> Journal:
    """*after*, with ``edited = now`` on each entry whose content changed since *before*
    (unless the change set it) and the ids of the entries that went in ``deleted``.

    The one place that stamps a change, whatever field changed, so that a merge
    with another copy of the journal knows which version is the later one.
    """
    earlier = {entry.id: entry for entry in before.entries}
    stamp = now.replace(microsecond=0)

    def stamped(entry: Entry) -> Entry:
        old = earlier.get(entry.id)
        if old is None or old.edited != entry.edited or same_entry(old, entry):
            return entry
        history = old.edited_before if old.edited is None else (*old.edited_before, old.edited)
        return replace(entry, edited=stamp, edited_before=history)

    kept = {entry.id for entry in after.entries}
    # A deletion is never recorded before a change it knew of (another machine's clock
    # may be ahead): a merge keeps only versions changed after it.
    gone = {
        entry_id: max((stamp, *entry.edited_before, entry.edited or stamp))
        for entry_id, entry in earlier.items()
        if entry_id not in kept
    }
    deleted = {**gone, **after.deleted} if gone else after.deleted
    return replace(after, entries=tuple(map(stamped, after.entries)), deleted=deleted)


def update_entry(path: Path, wanted: str, change: Callable[[Entry], Entry | None]) -> Entry | None:
    """Replace one entry (found by id or unique id prefix) with ``change(entry)``.

    *change* sees the entry as it is under the lock, so two changes at once
    both land (or the second is refused by *change*). When it returns None,
    nothing is written and None is returned.
    """
    updated: list[Entry] = []

    def apply(journal: Journal) -> Journal:
        target = find_entry(journal.entries, wanted)
        new = change(target)
        if new is None:
            return journal
        updated.append(new)
        entries = tuple(new if entry is target else entry for entry in journal.entries)
        return replace(journal, entries=entries)

    rewrite_journal(path, apply)
    return updated[0] if updated else None


def delete_entry(path: Path, wanted: str) -> Entry:
    """Remove one entry (found by id or unique id prefix); returns it."""
    removed: list[Entry] = []

    def apply(journal: Journal) -> Journal:
        target = find_entry(journal.entries, wanted)
        removed.append(target)
        return replace(journal, entries=tuple(e for e in journal.entries if e is not target))

    rewrite_journal(path, apply)
    return removed[0]
