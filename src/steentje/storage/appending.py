"""Adding entries at the end of the journal, under the lock, all or nothing.

Earlier bytes are never rewritten for a new entry, so the cost does not grow
with the journal and a crash can at worst leave a torn last entry.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from steentje.errors import SteentjeError
from steentje.journal import Entry, entry_block, journal_header
from steentje.storage.files import (
    BINARY,
    NOFOLLOW,
    PRIVATE_FILE,
    fsync_directory,
    restrict_permissions,
    write_error,
)
from steentje.storage.lock import journal_lock
from steentje.storage.reading import check_appendable
from steentje.storage.stamps import read_stamp, write_stamp_quietly
from steentje.words import t


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
    block = b"".join(entry_block(entry) for entry in entries)
    with journal_lock(path):
        try:
            descriptor = os.open(
                path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY,
                PRIVATE_FILE,
            )  # fmt: skip
        except FileExistsError:
            _append_to_existing(path, block)
        except OSError as error:
            raise write_error(path, error) from None
        else:
            _write_new(descriptor, path, journal_header() + block)
        # Rewritten even when the day stays, so that the stamp is newer than
        # the journal: the reminder trusts it only then.
        newest = max(entry.day for entry in entries)
        stamped = read_stamp(path)
        write_stamp_quietly(path, newest if stamped is None else max(stamped, newest))


def _write_new(descriptor: int, path: Path, content: bytes) -> None:
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
    except BaseException as error:
        # A half-written new journal holds nothing worth keeping.
        path.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise write_error(path, error) from None
        raise
    fsync_directory(path.parent)


def _append_to_existing(path: Path, block: bytes) -> None:
    try:
        file = path.open("r+b")
    except IsADirectoryError:
        raise SteentjeError(t("is_directory", path=path)) from None
    except OSError as error:
        raise write_error(path, error) from None
    with file:
        check_appendable(file, path)
        restrict_permissions(file)
        size = file.seek(0, os.SEEK_END)
        try:
            file.write(block)
            file.flush()
            os.fsync(file.fileno())
        except OSError as error:
            # A failed append (disk full, say) must not leave a torn entry behind.
            file.truncate(size)
            raise write_error(path, error) from None
