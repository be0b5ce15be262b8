"""Adding entries at the end of the journal, under the lock, all or nothing.

Earlier bytes are never rewritten for a new entry, so the cost does not grow
with the journal and a crash can at worst leave a torn last entry.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from steentje import clock
from steentje.journal import Entry, answered_days, entry_block, journal_header, new_id
from steentje.storage.files import (
    BINARY,
    NOFOLLOW,
    PRIVATE_FILE,
    fsync_directory,
    open_regular,
    restrict_permissions,
    write_error,
)
from steentje.storage.lock import journal_lock
from steentje.storage.reading import check_appendable, read_unlocked
from steentje.storage.stamps import stamped_days, write_stamp_quietly


def append_entry(path: Path, entry: Entry) -> None:
    """Add *entry* at the end of the journal and fsync it, creating the file if needed.

    Earlier entries are never rewritten, so the cost does not grow with the
    journal and a crash can at worst leave a torn last entry.
    """
    append_entries(path, [entry])


def append_entries(path: Path, entries: Sequence[Entry]) -> None:
    """Append several entries in one locked write (all of them, or on failure none)."""
    if not entries:
        return
    with journal_lock(path):
        append_locked(path, entries)


def append_new(
    path: Path, pick: Callable[[Sequence[Entry], Collection[str]], Sequence[Entry]]
) -> Sequence[Entry]:
    """Append what ``pick(entries already in the journal, ids it records as deleted)``
    returns, all under one lock.

    For imports: deciding what is new and adding it is one step, so two at once
    cannot both add the same entry. Returns what was appended.

    An id the journal records as deleted is never used again (a merge with
    another copy would delete the entry once more): an entry *pick* brings back
    under it gets a new id.
    """
    with journal_lock(path):
        journal = read_unlocked(path)
        chosen = pick(journal.entries, journal.deleted.keys())
        if journal.deleted and any(entry.id in journal.deleted for entry in chosen):
            taken = {*journal.deleted, *(entry.id for entry in journal.entries)}
            taken |= {entry.id for entry in chosen}
            chosen = [_fresh_id(entry, taken) if entry.id in journal.deleted else entry
                      for entry in chosen]  # fmt: skip
        append_locked(path, chosen)
    return chosen


def _fresh_id(entry: Entry, taken: set[str]) -> Entry:
    from dataclasses import replace

    fresh = new_id()
    while fresh in taken:
        fresh = new_id()
    taken.add(fresh)
    return replace(entry, id=fresh)


def append_locked(path: Path, entries: Sequence[Entry]) -> None:
    """``append_entries`` for a caller that already holds the journal's lock."""
    if not entries:
        return
    block = b"".join(entry_block(entry) for entry in entries)
    # The stamp can be carried forward only if it was exact before this append.
    known = stamped_days(path)
    try:
        descriptor = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY, PRIVATE_FILE
        )
    except FileExistsError:
        _append_to_existing(path, block)
    except OSError as error:
        raise write_error(path, error) from None
    else:
        known = frozenset()
        _write_new(descriptor, path, journal_header() + block)
    days = None if known is None else known | answered_days(entries)
    write_stamp_quietly(path, days, clock.today())


def _write_all(descriptor: int, content: bytes) -> None:
    """Write every byte unbuffered, so that a failure leaves nothing queued to flush later."""
    view = memoryview(content)
    while view:
        view = view[os.write(descriptor, view) :]


def _write_new(descriptor: int, path: Path, content: bytes) -> None:
    try:
        try:
            _write_all(descriptor, content)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except BaseException as error:
        # A half-written new journal holds nothing worth keeping.
        path.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise write_error(path, error) from None
        raise
    fsync_directory(path.parent)


def _append_to_existing(path: Path, block: bytes) -> None:
    try:
        descriptor = open_regular(path, os.O_RDWR)
    except OSError as error:
        raise write_error(path, error) from None
    with os.fdopen(descriptor, "r+b", buffering=0) as file:
        check_appendable(file, path)
        restrict_permissions(file)
        size = file.seek(0, os.SEEK_END)
        try:
            _write_all(descriptor, block)
            os.fsync(descriptor)
        except BaseException as error:
            # A failed append (disk full, say) must leave the journal as it was:
            # unbuffered writes leave nothing to flush, so the truncate can only
            # give space back.
            os.ftruncate(descriptor, size)
            os.fsync(descriptor)
            if isinstance(error, OSError):
                raise write_error(path, error) from None
            raise
