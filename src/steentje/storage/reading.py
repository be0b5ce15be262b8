"""Reading the journal: whole and validated, or only its ends where that is enough."""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path
from typing import IO, Any

from steentje.errors import SteentjeError
from steentje.journal import (
    ENTRY_TABLE,
    SCHEMA_VERSION,
    Entry,
    Journal,
    empty_journal,
    entry_from_table,
    entry_problem,
    find_entry_header,
    loads_or_none,
    parse_version,
    read_entries,
)
from steentje.storage.files import open_regular, restrict_permissions
from steentje.storage.lock import journal_lock
from steentje.words import os_reason, t

_READ_CHUNK = 64 * 1024


def last_entry_day(path: Path) -> date | None:
    """The day of the journal's last entry, reading only its tail (None when it has none)."""
    try:
        file = os.fdopen(open_regular(path), "rb")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SteentjeError(t("cannot_read_journal", path=path, reason=os_reason(error))) from None
    with file:
        size = file.seek(0, os.SEEK_END)
        tail = read_tail(file, size)
        data = loads_or_none(tail) if tail is not None else None
        if data is None or not tail_is_whole(data):
            file.seek(0)
            entries = read_entries(file.read(), path).entries
            return entries[-1].day if entries else None
    tables = data.get(ENTRY_TABLE)
    # _tail_is_whole has checked the table; no tables means a journal without entries.
    return entry_from_table(tables[0]).day if tables else None


def all_entries(path: Path) -> tuple[Entry, ...] | None:
    """Every entry, in file order, from a full parse; None when there is no journal yet."""
    journal = read_journal(path)
    return journal.entries if journal.exists else None


def read_journal(path: Path) -> Journal:
    """Read and validate the whole journal; a missing file is an empty journal."""
    try:
        return read_unlocked(path)
    except SteentjeError as first:
        # A writer may have been mid-append while we read: look again once it is
        # done. Where the lock cannot be had (a read-only folder), the first
        # answer stands rather than an error about the lock.
        with contextlib.ExitStack() as held:
            try:
                held.enter_context(journal_lock(path))
            except (SteentjeError, OSError):
                raise first from None
            return read_unlocked(path)


def read_unlocked(path: Path) -> Journal:
    """Read and validate the whole journal, without the lock (the caller may hold it)."""
    try:
        raw = _read_private(path)
    except OSError as error:
        raise SteentjeError(t("cannot_read_journal", path=path, reason=os_reason(error))) from None
    if raw is None:
        return empty_journal(path)
    return read_entries(raw, path)


def _read_private(path: Path) -> bytes | None:
    """The journal's bytes (None when there is none), made private on the way when it is ours."""
    try:
        descriptor = open_regular(path)
    except FileNotFoundError:
        return None
    with os.fdopen(descriptor, "rb") as file:
        _restrict_own(file)
        return file.read()


def keep_private(path: Path) -> None:
    """A journal others could read (git writes files as the umask allows: a pull, a clone)
    is made readable by its owner alone, when it is the user's own; never a folder."""
    try:
        descriptor = open_regular(path)
    except (OSError, SteentjeError):
        return  # nothing there, or nothing steentje reads: the command says what
    with os.fdopen(descriptor, "rb") as file:
        _restrict_own(file)


def _restrict_own(file: IO[bytes]) -> None:
    try:
        if not hasattr(os, "getuid") or os.fstat(file.fileno()).st_uid == os.getuid():
            restrict_permissions(file)
    except OSError:
        pass  # a read-only file system, say: doctor names loose permissions


def check_appendable(file: IO[bytes], path: Path) -> None:
    """Refuse to append to a journal that is newer than this steentje or damaged at its end.

    Reads only the header and the last entry, so the check costs the same at
    any journal size; when those do not parse on their own, the whole file is
    parsed so that the error names the right line.
    """
    size = file.seek(0, os.SEEK_END)
    header = loads_or_none(read_header(file))
    tail = read_tail(file, size)
    tail_data = loads_or_none(tail) if tail is not None else header
    if header is None or tail_data is None or not tail_is_whole(tail_data):
        # Unusual layout (a hand edit) or damage: the full parse decides and explains.
        file.seek(0)
        journal = read_entries(file.read(), path)
        check_writable_version(journal.version, path)
        return
    check_writable_version(parse_version(header, path), path)


def check_writable_version(version: int, path: Path) -> None:
    """Refuse to write a journal made by a newer steentje."""
    if version > SCHEMA_VERSION:
        raise SteentjeError(t("newer_version", path=path, version=version, known=SCHEMA_VERSION))


def tail_is_whole(data: dict[str, Any]) -> bool:
    tables = data.get(ENTRY_TABLE)
    if tables is None:
        return True  # a header and no entries yet
    if not isinstance(tables, list) or len(tables) != 1:
        return False
    return entry_problem(tables[0]) is None


def read_header(file: IO[bytes]) -> bytes:
    """The bytes before the first [[entries]] line (the whole file if there is none)."""
    file.seek(0)
    header = b""
    while chunk := file.read(_READ_CHUNK):
        header += chunk
        start = find_entry_header(header)
        if start is not None:
            return header[:start]
    return header


def read_tail(file: IO[bytes], size: int) -> bytes | None:
    """The bytes from the last [[entries]] line to the end; None when there is none."""
    end = size
    buffer = b""
    while end > 0:
        start = max(0, end - _READ_CHUNK)
        file.seek(start)
        buffer = file.read(end - start) + buffer
        end = start
        found = find_entry_header(buffer, last=True)
        # A header found right at the buffer's start may be the end of a longer
        # line, unless the buffer starts the file.
        if found is not None and (found > 0 or end == 0):
            return buffer[found:]
    return None
