"""Caches of the journal in the platform cache folder: exact, or not used at all.

The journal is the only truth. A cache says which bytes it was made from: the
length of the journal it covers and the SHA-256 of those bytes. It is used only
when the journal's first *covered* bytes hash to that digest now, whatever the
file's size, mtime or history; sizes and times are never trusted. When the
journal only grew after those bytes (an append, by steentje or by hand), just
the new bytes are parsed, and only when they are whole ``[[entries]]`` tables
that a full parse would read the same way. Anything else (a cache that is
damaged, of another format, a folder or a link) means a full parse, and the
cache is made again from it; a cache can never cause an error.

- The **index** serves ``review -n N``: per entry, its moment, day, principle and
  byte span, so that only the entries shown are parsed, at any journal size. It
  also keeps a checksum of the question asked and whether the entry's intention
  is open, so that ``today`` finds the last answer to its question and the
  intention waiting for its outcome by reading those entries only
  (``coach_entries``).

Every other read parses the whole journal (``reading.all_entries``). A cache of
the parsed entries used to serve those too; once the journal was parsed with
rtoml, a few hundred entries at a time, it no longer paid for itself: on 10,000
entries it saved about 60 ms on a repeated ``stats`` and cost about 260 ms and
13 MiB on the first read after a change (benchmarks/bench.py, 2026-11-30).

SHA-256 rather than BLAKE2b: on this project's machines (x86-64 with SHA
extensions) it hashed a 27 MB journal in 21 ms against 38 ms.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO, TypeGuard

from steentje.errors import SteentjeError
from steentje.journal import (
    ENTRY_TABLE,
    FREE,
    Entry,
    decode,
    entry_from_table,
    entry_header_offsets,
    entry_tables,
    find_entry_header,
    parse_toml,
    read_entries,
)
from steentje.paths import cache_dir
from steentje.rotation import MAX_PRINCIPLES
from steentje.storage.files import (
    BINARY,
    NOFOLLOW,
    NONBLOCK,
    make_private_dirs,
    open_regular,
    write_atomic,
)

# 5: a conflict copy's intention is never open (the open column).
FORMAT = 5
_CHUNK = 1 << 20
_DIGEST_SIZE = hashlib.sha256().digest_size
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# No UTC offset is wider than this, so a local day starts at most this long before UTC's.
_WIDEST_OFFSET = timedelta(hours=14)
_COLUMNS = (("moments", "q"), ("positions", "q"), ("offsets", "q"), ("lengths", "q"),
            ("days", "l"), ("principles", "b"), ("questions", "I"), ("open", "b"))  # fmt: skip


@dataclass(frozen=True)
class Coverage:
    """Which journal bytes a cache was made from."""

    size: int  # the journal's first *size* bytes ...
    digest: bytes  # ... hash to this
    # The entries are all [[entries]] tables (no `entries = [...]` before the first
    # header), so tables appended after them belong to the same array.
    extendable: bool


@dataclass
class Index:
    """Per-entry columns, in (moment, position) order: the newest entry is last."""

    coverage: Coverage
    moments: array[int]
    positions: array[int]
    offsets: array[int]
    lengths: array[int]
    days: array[int]
    principles: array[int]
    questions: array[int]  # question_key of the prompt
    open: array[int]  # 1 when the entry's intention waits for its outcome

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
        self.questions.insert(at, question_key(entry.prompt))
        self.open.insert(at, int(entry.intention_open))


def question_key(prompt: str) -> int:
    """A checksum of a question as asked, for the index (a match is then read and compared)."""
    return zlib.crc32(prompt.encode("utf-8"))


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
    file = _open_journal(journal)
    if file is None:
        return None
    with file:
        index = _current_index(journal, file)
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
            entry = _indexed_entry(file, index, at)
            if entry is None:
                return None
            chosen.append(entry)
    return chosen


def _indexed_entry(file: BinaryIO, index: Index, at: int) -> Entry | None:
    """The entry at *at* in the index, or None when the file no longer holds it there.

    The bytes were hashed a moment ago; one changed since (a hand edit in place)
    shows here as another entry, and the full parse decides.
    """
    entry = _read_entry(file, index.offsets[at], index.lengths[at])
    if (
        entry is None
        or _moment(entry.date) != index.moments[at]
        or entry.principle != index.principles[at]
        or question_key(entry.prompt) != index.questions[at]
        or int(entry.intention_open) != index.open[at]
    ):
        return None
    return entry


def coach_entries(
    journal: Path, *, before: date, questions: Collection[str]
) -> tuple[Entry | None, Entry | None] | None:
    """The newest open intention and the last answer to one of *questions*, from before
    *before*, as ``journal.newest_open_intention`` and ``journal.last_answer`` find them
    in all entries; None when the index cannot serve (the caller then reads them all).

    Only the entries the index points at are parsed, newest first.
    """
    file = _open_journal(journal)
    if file is None:
        return None
    with file:
        index = _current_index(journal, file)
        if index is None:
            return None
        latest = before.toordinal() - 1
        intention = _newest_where(file, index, index.open, 1, latest, lambda _: True)
        asked = set(questions)
        found = [
            _newest_where(
                file, index, index.questions, question_key(question), latest,
                lambda entry: entry.prompt in asked,
            )
            for question in asked
        ]  # fmt: skip
    if intention is _UNSERVED or _UNSERVED in found:
        return None
    answers = [pair for pair in found if isinstance(pair, tuple)]
    answer = max(answers, key=lambda pair: pair[0])[1] if answers else None
    return intention[1] if isinstance(intention, tuple) else None, answer


_UNSERVED = object()


def _newest_where(
    file: BinaryIO,
    index: Index,
    column: array[int],
    value: int,
    latest: int,
    wanted: Callable[[Entry], bool],
) -> tuple[int, Entry] | object | None:
    """The newest entry (with its place in the index) whose *column* holds *value*, on day
    *latest* or before, that is *wanted*; None when there is none, _UNSERVED when the
    file no longer holds what the index says.

    The column is searched as bytes (at C speed), so a journal of years costs little.
    """
    raw = column.tobytes()
    pattern = array(column.typecode, [value]).tobytes()
    end = len(raw)
    while (found := raw.rfind(pattern, 0, end)) >= 0:
        end = found + len(pattern) - 1  # next: a match starting before this one
        if found % column.itemsize:
            continue  # bytes across two items
        at = found // column.itemsize
        if index.days[at] > latest:
            continue
        entry = _indexed_entry(file, index, at)
        if entry is None:
            return _UNSERVED
        if wanted(entry):
            return at, entry
    return None


def _open_journal(journal: Path) -> BinaryIO | None:
    """The journal open for reading, when it is a regular file (a FIFO is not waited for).

    None otherwise: the full parse then gives the proper one-line error.
    """
    try:
        return os.fdopen(open_regular(journal), "rb")
    except (OSError, SteentjeError):
        return None


def _moment(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(microseconds=1)


def _read_entry(file: BinaryIO, offset: int, length: int) -> Entry | None:
    file.seek(offset)
    block: bytes = file.read(length)
    tables = entry_tables(block)
    if tables is None or len(tables) != 1:
        return None
    return entry_from_table(tables[0])


def _hash_prefix(file: BinaryIO, size: int) -> tuple[Any, bytes] | None:
    """A SHA-256 fed the file's first *size* bytes, and the last of them; None if it is shorter."""
    file.seek(0)
    digest = hashlib.sha256()
    remaining, last = size, b""
    while remaining:
        chunk = file.read(min(_CHUNK, remaining))
        if not chunk:
            return None
        digest.update(chunk)
        remaining -= len(chunk)
        last = chunk[-1:]
    return digest, last


def _coverage(raw: bytes) -> Coverage:
    """What a cache made from the whole of *raw*, a valid journal, covers."""
    # Tables appended to a journal whose entries were written `entries = [...]`
    # would not belong to that array: a full parse refuses them. Such a key can
    # only stand before the first table header; if the first line that looks
    # like one is inside a multi-line string, what comes before it does not parse.
    first = find_entry_header(raw)
    top = raw if first is None else raw[:first]
    try:
        extendable = ENTRY_TABLE not in parse_toml(decode(top, Path("-")), Path("-"))
    except SteentjeError:
        extendable = False
    return Coverage(len(raw), hashlib.sha256(raw).digest(), extendable)


@dataclass(frozen=True)
class Appended:
    """What the journal holds after the bytes a cache covers."""

    start: int
    rest: bytes
    digest: Any  # a SHA-256 fed the covered bytes

    def coverage(self, old: Coverage) -> Coverage:
        """The coverage of the whole file, old bytes and appended ones."""
        self.digest.update(self.rest)
        return Coverage(self.start + len(self.rest), self.digest.digest(), old.extendable)


def _still_covers(file: BinaryIO, coverage: Coverage) -> Appended | None:
    """What was appended after the covered bytes (maybe nothing); None if those changed."""
    hashed = _hash_prefix(file, coverage.size)
    if hashed is None or hashed[0].digest() != coverage.digest:
        return None
    rest: bytes = file.read()
    if rest and not (coverage.extendable and (hashed[1] in (b"", b"\n") or rest[:1] == b"\n")):
        return None  # appended to a journal we cannot extend, or not at a line's start
    return Appended(coverage.size, rest, hashed[0])


def _appended(appended: Appended) -> tuple[list[dict[str, Any]], list[int]] | None:
    """The [[entries]] tables the appended bytes consist of, with their offsets in the file.

    None unless they are blank lines and then whole, valid [[entries]] tables,
    one per header line, which a full parse of the whole file reads the same way.
    """
    rest = appended.rest
    headers = entry_header_offsets(rest)
    if not headers or rest[: headers[0]].strip(b"\n"):
        return None
    tables = entry_tables(rest)
    if tables is None or len(tables) != len(headers):
        return None  # e.g. a multi-line string holding an [[entries]] line
    return tables, [appended.start + at for at in headers]


def _spans(offsets: list[int], end: int) -> list[tuple[int, int]]:
    ends = [*offsets[1:], end] if offsets else []
    return [(start, end - start) for start, end in zip(offsets, ends, strict=True)]


def _current_index(journal: Path, file: BinaryIO) -> Index | None:
    """The index for the file as it is now: loaded, extended or rebuilt (and saved)."""
    where = index_path(journal)
    index = _load_index(where)
    if index is not None:
        appended = _still_covers(file, index.coverage)
        if appended is not None and not appended.rest:
            return index
        if appended is not None and _extend(index, appended):
            _save_index(where, index)
            return index
    file.seek(0)
    raw: bytes = file.read()
    fresh = _build(journal, raw)
    if fresh is not None:
        _save_index(where, fresh)
    return fresh


def _extend(index: Index, appended: Appended) -> bool:
    """Add the appended entries to *index*; False (and *index* unchanged) if they are not whole."""
    found = _appended(appended)
    if found is None:
        return False
    tables, offsets = found
    if index.lengths:
        # The entry that used to be last now ends where the first appended one starts.
        last = max(range(len(index.offsets)), key=index.offsets.__getitem__)
        index.lengths[last] = offsets[0] - index.offsets[last]
    count = len(index.moments)
    end = appended.start + len(appended.rest)
    for number, (table, (offset, length)) in enumerate(
        zip(tables, _spans(offsets, end), strict=True)
    ):
        index.add(count + number, entry_from_table(table), offset, length)
    index.coverage = appended.coverage(index.coverage)
    return True


def _build(journal: Path, raw: bytes) -> Index | None:
    """Index the whole file, or None when its entries cannot be told apart by header lines."""
    try:
        entries = read_entries(raw, journal).entries
    except SteentjeError:
        return None
    offsets = entry_header_offsets(raw)
    if len(offsets) != len(entries):
        return None  # a hand-written multi-line string holds an [[entries]] line
    index = Index(_coverage(raw), *(array(code) for _, code in _COLUMNS))
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
        index.questions.append(question_key(entry.prompt))
        index.open.append(int(entry.intention_open))
    return index


# --- the cache files ---------------------------------------------------------


def _read_cache(where: Path) -> tuple[Coverage, int, bytes] | None:
    """A cache file's coverage, count and body, if it is a regular file of ours, undamaged.

    Its first line is a JSON header; the header holds the SHA-256 of the body,
    so a cache damaged after it was written is never used.
    """
    try:
        descriptor = os.open(where, os.O_RDONLY | NOFOLLOW | NONBLOCK | BINARY)
    except OSError:
        return None  # missing, a link, unreadable
    try:
        with os.fdopen(descriptor, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                return None  # a folder, a FIFO, a device
            raw = file.read()
        header_end = raw.index(b"\n")
        header = json.loads(raw[:header_end])
    except (OSError, ValueError, RecursionError):
        return None
    body = raw[header_end + 1 :]
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        return None
    size, count, extendable = header.get("size"), header.get("count"), header.get("extendable")
    digest, body_digest = _hex(header.get("digest")), _hex(header.get("body"))
    if (
        not _natural(size)
        or not _natural(count)
        or not isinstance(extendable, bool)
        or digest is None
        or body_digest is None
        or hashlib.sha256(body).digest() != body_digest
    ):
        return None
    return Coverage(size, digest, extendable), count, body


def _natural(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _hex(value: object) -> bytes | None:
    """A SHA-256 digest written in hex, or None."""
    if not isinstance(value, str) or len(value) != 2 * _DIGEST_SIZE:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def _write_cache(where: Path, coverage: Coverage, count: int, body: bytes) -> None:
    header = {
        "format": FORMAT, "size": coverage.size, "digest": coverage.digest.hex(),
        "extendable": coverage.extendable, "count": count,
        "body": hashlib.sha256(body).hexdigest(),
    }  # fmt: skip
    try:
        make_private_dirs(where.parent)
        write_atomic(where, json.dumps(header).encode("ascii") + b"\n" + body)
    except (OSError, SteentjeError):
        pass  # a cache only: the next command builds it again


def _load_index(where: Path) -> Index | None:
    cached = _read_cache(where)
    if cached is None:
        return None
    coverage, count, body = cached
    if len(body) != count * sum(array(code).itemsize for _, code in _COLUMNS):
        return None
    columns = []
    position = 0
    for _, code in _COLUMNS:
        column = array(code)
        size = count * column.itemsize
        column.frombytes(body[position : position + size])
        position += size
        columns.append(column)
    if position != len(body):
        return None
    index = Index(coverage, *columns)
    return index if _index_is_sound(index) else None


def _index_is_sound(index: Index) -> bool:
    """Columns that cannot send a read outside the covered bytes, or crash a date."""
    if not index.moments:
        return True
    ends = (offset + length for offset, length in zip(index.offsets, index.lengths, strict=True))
    return (
        min(index.offsets) >= 0
        and min(index.lengths) > 0
        and max(ends) <= index.coverage.size
        and sorted(index.positions) == list(range(len(index.positions)))
        and FREE <= min(index.principles) <= max(index.principles) <= MAX_PRINCIPLES
        and 0 <= min(index.open) <= max(index.open) <= 1
        and 1 <= min(index.days) <= max(index.days) <= date.max.toordinal()
        and all(a <= b for a, b in zip(index.moments, index.moments[1:], strict=False))
    )


def _save_index(where: Path, index: Index) -> None:
    body = b"".join(getattr(index, name).tobytes() for name, _ in _COLUMNS)
    _write_cache(where, index.coverage, len(index.moments), body)


# --- all entries -------------------------------------------------------------
