"""An index of the journal in the platform cache folder, for reading recent entries fast.

``review -n 10`` on a journal of years must not parse the whole file. The index
holds, per entry, its moment (UTC microseconds), local day, principle and byte
span, sorted newest last; review takes the newest matching spans and parses
only those. The journal stays the only record: the index is a cache, keyed on
the journal's size and mtime. When the file only grew (an append, by steentje
or anyone), just the appended bytes are parsed; after any other change it is
rebuilt with a full parse. Whenever it cannot be trusted or used, callers fall
back to the full parse, which gives the same entries (tests compare the two).
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from array import array
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from steentje.errors import SteentjeError
from steentje.journal import (
    ENTRY_TABLE,
    Entry,
    decode,
    entry_from_table,
    entry_header_offsets,
    entry_problem,
    parse_journal,
)
from steentje.paths import cache_dir
from steentje.storage.files import make_private_dirs, open_regular, write_atomic
from steentje.storage.reading import read_journal

FORMAT = 1
_BOUNDARY = 4096
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# No UTC offset is wider than this, so a local day starts at most this long before UTC's.
_WIDEST_OFFSET = timedelta(hours=14)


@dataclass
class Index:
    """Per-entry columns, in (moment, position) order: the newest entry is last."""

    size: int
    mtime_ns: int
    boundary: str
    moments: array[int]
    positions: array[int]
    offsets: array[int]
    lengths: array[int]
    days: array[int]
    principles: array[int]

    def add(self, position: int, entry: Entry, offset: int, length: int) -> None:
        """Insert an entry that comes after every indexed one in the file at its place."""
        moment = _moment(entry.date)
        # Ties go after the equal ones: this entry's file position is the highest.
        at = bisect_right(self.moments, moment)
        self.moments.insert(at, moment)
        self.positions.insert(at, position)
        self.offsets.insert(at, offset)
        self.lengths.insert(at, length)
        self.days.insert(at, entry.day.toordinal())
        self.principles.insert(at, entry.principle)


def index_path(journal: Path) -> Path:
    """Where the index of *journal* is kept: one file per journal path, in the cache folder."""
    key = hashlib.sha256(str(journal.resolve()).encode("utf-8")).hexdigest()[:20]
    return Path(cache_dir()) / "index" / f"{key}.idx"


def recent_entries(
    journal: Path,
    *,
    limit: int,
    principles: Collection[int] = (),
    since: date | None = None,
    until: date | None = None,
) -> list[Entry] | None:
    """The newest *limit* entries that match, newest first; None when the index cannot serve.

    None means: use the full parse (the journal is missing, damaged, laid out by
    hand so that entries cannot be told apart by their header lines, ...).
    """
    try:
        stat = journal.stat()
        file = os.fdopen(open_regular(journal), "rb")
    except (OSError, SteentjeError):
        return None  # the full parse gives the proper error
    with file:
        index = _current_index(journal, file, stat)
        if index is None:
            return None
        chosen: list[Entry] = []
        lower_bound = None
        if since is not None:
            start = datetime(since.year, since.month, since.day, tzinfo=UTC) - _WIDEST_OFFSET
            lower_bound = _moment(start)
        for at in range(len(index.moments) - 1, -1, -1):
            if len(chosen) >= limit:
                break
            if lower_bound is not None and index.moments[at] < lower_bound:
                break
            day = index.days[at]
            if principles and index.principles[at] not in principles:
                continue
            if since is not None and day < since.toordinal():
                continue
            if until is not None and day > until.toordinal():
                continue
            entry = _read_entry(file, index.offsets[at], index.lengths[at])
            if entry is None:
                return None
            chosen.append(entry)
    return chosen


def _moment(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(microseconds=1)


def _read_entry(file: BinaryIO, offset: int, length: int) -> Entry | None:
    file.seek(offset)
    block: bytes = file.read(length)
    tables = _entry_tables(block)
    if tables is None or len(tables) != 1:
        return None
    return entry_from_table(tables[0])


def _entry_tables(block: bytes) -> list[dict[str, object]] | None:
    try:
        data = tomllib.loads(block.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    tables = data.get(ENTRY_TABLE)
    if set(data) != {ENTRY_TABLE} or not isinstance(tables, list):
        return None
    if any(entry_problem(table) is not None for table in tables):
        return None
    return tables


def _current_index(journal: Path, file: BinaryIO, stat: os.stat_result) -> Index | None:
    """The index for the file as it is now: loaded, extended or rebuilt (and saved)."""
    where = index_path(journal)
    index = _load(where)
    if index is not None and (index.size, index.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
        return index
    fresh = None
    if index is not None and stat.st_size > index.size:
        # Read only the boundary and what was appended, not the whole file.
        start = max(0, index.size - _BOUNDARY)
        file.seek(start)
        fresh = _extend(index, file.read(), start)
    if fresh is None:
        file.seek(0)
        raw: bytes = file.read()
        if len(raw) != stat.st_size:
            return None  # changing under our feet: let the full parse decide
        fresh = _build(journal, raw)
    if fresh is None:
        return None
    fresh.size, fresh.mtime_ns = stat.st_size, stat.st_mtime_ns
    _save(where, fresh)
    return fresh


def _boundary(raw: bytes, size: int) -> str:
    return hashlib.sha256(raw[max(0, size - _BOUNDARY) : size]).hexdigest()


def _spans(offsets: list[int], end: int) -> list[tuple[int, int]]:
    ends = [*offsets[1:], end]
    return [(start, end - start) for start, end in zip(offsets, ends, strict=True)]


def _appended(
    tail: bytes, start: int, old_size: int, boundary: str
) -> tuple[list[dict[str, object]], list[int]] | None:
    """The tables appended after *old_size* and their offsets, if only appending happened.

    *tail* holds the file's bytes from *start* (the old end's last 4 KiB onwards).
    None when the bytes before the old end changed or the new bytes are not whole
    [[entries]] tables, each starting at a header line.
    """
    old = old_size - start
    if len(tail) <= old or _boundary(tail, old) != boundary:
        return None
    appended = tail[old:]
    headers = entry_header_offsets(tail, start=old)
    # The appended bytes must start (after blank lines) with a header line.
    if not headers or tail[old : headers[0]].strip(b"\r\n"):
        return None
    offsets = [start + at for at in headers]
    tables = _entry_tables(appended)
    if not offsets or tables is None or len(tables) != len(offsets):
        return None
    return tables, offsets


def _extend(index: Index, tail: bytes, start: int) -> Index | None:
    """The index plus the entries appended since it was made; None if more than that changed."""
    found = _appended(tail, start, index.size, index.boundary)
    if found is None:
        return None
    tables, offsets = found
    if index.lengths:
        # The entry that used to be last now ends where the first appended one starts.
        last = max(range(len(index.offsets)), key=index.offsets.__getitem__)
        index.lengths[last] = offsets[0] - index.offsets[last]
    count = len(index.moments)
    end = start + len(tail)
    for number, (table, (offset, length)) in enumerate(
        zip(tables, _spans(offsets, end), strict=True)
    ):
        index.add(count + number, entry_from_table(table), offset, length)
    index.boundary = _boundary(tail, len(tail))
    return index


def _build(journal: Path, raw: bytes) -> Index | None:
    """Index the whole file, or None when its entries cannot be told apart by header lines."""
    try:
        entries = parse_journal(decode(raw, journal), journal).entries
    except SteentjeError:
        return None
    offsets = entry_header_offsets(raw)
    if len(offsets) != len(entries):
        return None  # a hand-written multi-line string holds an [[entries]] line
    index = Index(
        len(raw), 0, _boundary(raw, len(raw)),
        array("q"), array("q"), array("q"), array("q"), array("l"), array("b"),
    )  # fmt: skip
    order = sorted(range(len(entries)), key=lambda at: (_moment(entries[at].date), at))
    spans = _spans(offsets, len(raw))
    for at in order:
        entry = entries[at]
        index.moments.append(_moment(entry.date))
        index.positions.append(at)
        index.offsets.append(spans[at][0])
        index.lengths.append(spans[at][1])
        index.days.append(entry.day.toordinal())
        index.principles.append(entry.principle)
    return index


_COLUMNS = ("moments", "positions", "offsets", "lengths", "days", "principles")


def _read_cache(where: Path) -> tuple[dict[str, Any], bytes] | None:
    """A cache file's JSON header line and the bytes after it, if its format is ours."""
    try:
        raw = where.read_bytes()
        header_end = raw.index(b"\n")
        header = json.loads(raw[:header_end])
    except (OSError, ValueError):
        return None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        return None
    return header, raw[header_end + 1 :]


def _load(where: Path) -> Index | None:
    cached = _read_cache(where)
    if cached is None:
        return None
    header, raw = cached
    try:
        columns = {}
        position = 0
        for name, code in zip(_COLUMNS, "qqqqlb", strict=True):
            column = array(code)
            size = header["count"] * column.itemsize
            column.frombytes(raw[position : position + size])
            position += size
            columns[name] = column
        if position != len(raw):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Index(header["size"], header["mtime_ns"], header["boundary"], **columns)


def _save(where: Path, index: Index) -> None:
    header = {
        "format": FORMAT,
        "size": index.size,
        "mtime_ns": index.mtime_ns,
        "boundary": index.boundary,
        "count": len(index.moments),
    }
    content = json.dumps(header).encode("ascii") + b"\n"
    content += b"".join(getattr(index, name).tobytes() for name in _COLUMNS)
    _write_private(where, content)


# --- all entries -------------------------------------------------------------


def entries_cache_path(journal: Path) -> Path:
    """Where the parsed entries of *journal* are cached, beside its index."""
    return index_path(journal).with_suffix(".entries")


def all_entries(journal: Path) -> tuple[Entry, ...] | None:
    """Every entry, in file order, as a full parse gives them; None when there is no journal.

    Served from a cache keyed on the journal's size and mtime; after an append
    only the new bytes are parsed. Errors (a damaged journal) come from the
    full parse, with its file-and-line messages.
    """
    try:
        stat = journal.stat()
    except FileNotFoundError:
        return None
    except OSError:
        return read_journal(journal).entries  # raises the proper error
    if not journal.is_file():
        return read_journal(journal).entries
    where = entries_cache_path(journal)
    cached = _load_entries(where)
    if cached is not None and (cached[0], cached[1]) == (stat.st_size, stat.st_mtime_ns):
        return cached[3]
    entries: tuple[Entry, ...] | None = None
    with journal.open("rb") as file:
        if cached is not None and stat.st_size > cached[0]:
            start = max(0, cached[0] - _BOUNDARY)
            file.seek(start)
            tail = file.read()
            found = _appended(tail, start, cached[0], cached[2])
            if found is not None:
                added = tuple(entry_from_table(table) for table in found[0])
                entries, boundary = cached[3] + added, _boundary(tail, len(tail))
        if entries is None:
            file.seek(0)
            raw = file.read()
            try:
                entries = parse_journal(decode(raw, journal), journal).entries
            except SteentjeError:
                return read_journal(journal).entries  # looks again under the lock, or raises
            boundary = _boundary(raw, len(raw))
    _save_entries(where, stat.st_size, stat.st_mtime_ns, boundary, entries)
    return entries


def _entry_record(entry: Entry) -> list[object]:
    import tomli_w

    extra = tomli_w.dumps(dict(entry.extra)) if entry.extra else ""
    return [
        entry.id, entry.date.isoformat(), entry.principle, entry.prompt, entry.answer,
        list(entry.tags), extra,
    ]  # fmt: skip


def _entry_from_record(record: list[object]) -> Entry:
    entry_id, moment, principle, prompt, answer, tags, extra = record
    return Entry(
        id=str(entry_id),
        date=datetime.fromisoformat(str(moment)),
        principle=int(principle),  # type: ignore[call-overload]
        prompt=str(prompt),
        answer=str(answer),
        tags=tuple(str(tag) for tag in tags),  # type: ignore[attr-defined]
        extra=tomllib.loads(str(extra)) if extra else {},
    )


def _load_entries(where: Path) -> tuple[int, int, str, tuple[Entry, ...]] | None:
    cached = _read_cache(where)
    if cached is None:
        return None
    header, raw = cached
    try:
        records = json.loads(raw)
        if len(records) != header["count"]:
            return None
        entries = tuple(_entry_from_record(record) for record in records)
    except (OSError, ValueError, KeyError, TypeError, tomllib.TOMLDecodeError):
        return None
    return header["size"], header["mtime_ns"], header["boundary"], entries


def _save_entries(
    where: Path, size: int, mtime_ns: int, boundary: str, entries: tuple[Entry, ...]
) -> None:
    header = {
        "format": FORMAT, "size": size, "mtime_ns": mtime_ns, "boundary": boundary,
        "count": len(entries),
    }  # fmt: skip
    body = json.dumps([_entry_record(entry) for entry in entries], ensure_ascii=False)
    _write_private(where, json.dumps(header).encode("ascii") + b"\n" + body.encode("utf-8"))


def _write_private(where: Path, content: bytes) -> None:
    try:
        make_private_dirs(where.parent)
        write_atomic(where, content)
    except (OSError, SteentjeError):
        pass  # a cache only: the next command builds it again
