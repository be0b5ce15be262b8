"""The journal on disk: appending, atomic rewrites, locking, checks and repair.

Safety rules, in order of importance:
- a new entry is appended and fsynced; earlier bytes are never rewritten for it;
- a change to existing entries goes to a temp file in the same folder, is
  fsynced and then os.replace()d over the journal, after the previous version
  is kept as journal.toml.bak;
- every write holds a cross-process lock (journal.toml.lock);
- nothing is written to a journal that does not parse or is newer than we know.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from steentje.errors import SteentjeError
from steentje.journal import (
    ENTRY_HEADER,
    ENTRY_TABLE,
    SCHEMA_VERSION,
    Entry,
    Journal,
    decode,
    empty_journal,
    entry_block,
    entry_from_table,
    entry_problem,
    find_entry,
    journal_bytes,
    journal_header,
    new_id,
    parse_journal,
    parse_version,
)
from steentje.messages import t

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
LOCK_TIMEOUT_SECONDS = 15.0
_READ_CHUNK = 64 * 1024


def backup_path(path: Path) -> Path:
    """Where a rewrite keeps the previous version of the journal."""
    return path.with_name(path.name + ".bak")


def stamp_file(path: Path) -> Path:
    """The stamp the shell snippet reads: the day of the newest entry, one line."""
    from steentje.remind import stamp_path

    return Path(stamp_path(str(path)))


def write_stamp(path: Path, day: date | None) -> None:
    """Record *day* as the newest entry's day (None removes the stamp).

    A cache for the shell reminder, not a record: it is not fsynced, and it is
    written after the journal so that its mtime is the later one. Beside it,
    journal.toml.quiet-until carries, as its mtime, the moment the reminder is
    due again (the next local midnight): fish, which has no date builtin,
    compares that with the clock without starting a process.
    """
    from steentje.remind import QUIET_SUFFIX

    stamp = stamp_file(path)
    quiet = stamp.with_name(path.name + QUIET_SUFFIX)
    if day is None:
        stamp.unlink(missing_ok=True)
        quiet.unlink(missing_ok=True)
        return
    due_again = datetime.combine(day + timedelta(days=1), datetime.min.time()).astimezone()
    _write_small(quiet, due_again.isoformat() + "\n")
    os.utime(quiet, (due_again.timestamp(), due_again.timestamp()))
    _write_small(stamp, day.isoformat() + "\n")


def _write_small(target: Path, text: str) -> None:
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(text)
    temporary.replace(target)


def read_stamp(path: Path) -> date | None:
    """The day in the stamp, or None when there is none (or it is unreadable)."""
    try:
        return date.fromisoformat(stamp_file(path).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def last_entry_day(path: Path) -> date | None:
    """The day of the journal's last entry, reading only its tail (None when it has none)."""
    try:
        file = path.open("rb")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SteentjeError(t("cannot_read_journal", path=path, reason=error.strerror)) from None
    with file:
        size = file.seek(0, os.SEEK_END)
        tail = _read_tail(file, size)
        data = _parse_or_none(tail) if tail is not None else None
        if data is None or not _tail_is_whole(data):
            file.seek(0)
            entries = parse_journal(decode(file.read(), path), path).entries
            return entries[-1].day if entries else None
    tables = data.get(ENTRY_TABLE)
    # _tail_is_whole has checked the table; no tables means a journal without entries.
    return entry_from_table(tables[0]).day if tables else None


def _newest_day(entries: Iterable[Entry]) -> date | None:
    return max((entry.day for entry in entries), default=None)


def lock_path(path: Path) -> Path:
    """The lock file that serialises writers of *path*."""
    return path.with_name(path.name + ".lock")


# --- reading -----------------------------------------------------------------


def read_journal(path: Path) -> Journal:
    """Read and validate the whole journal; a missing file is an empty journal."""
    try:
        return _read(path)
    except SteentjeError as first:
        # A writer may have been mid-append while we read: look again once it is
        # done. Where the lock cannot be had (a read-only folder), the first
        # answer stands rather than an error about the lock.
        with contextlib.ExitStack() as held:
            try:
                held.enter_context(journal_lock(path))
            except (SteentjeError, OSError):
                raise first from None
            return _read(path)


def _read(path: Path) -> Journal:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return empty_journal(path)
    except IsADirectoryError:
        raise SteentjeError(t("is_directory", path=path)) from None
    except OSError as error:
        raise SteentjeError(t("cannot_read_journal", path=path, reason=error.strerror)) from None
    return parse_journal(decode(raw, path), path)


# --- locking -----------------------------------------------------------------


@contextmanager
def journal_lock(path: Path) -> Iterator[None]:
    """Hold the cross-process lock for writing *path* (creating its folder if needed)."""
    # Imported here: only writing commands pay for it.
    from filelock import FileLock, Timeout

    if path.is_dir():
        raise SteentjeError(t("is_directory", path=path))
    make_private_dirs(path.parent)
    # filelock keeps retrying a lock file it cannot create (a read-only folder)
    # until the timeout and then reports contention; find that out at once.
    try:
        os.close(os.open(lock_path(path), os.O_RDWR | os.O_CREAT, PRIVATE_FILE))
    except OSError as error:
        raise write_error(lock_path(path), error) from None
    lock = FileLock(lock_path(path), timeout=LOCK_TIMEOUT_SECONDS, mode=PRIVATE_FILE)
    try:
        with lock:
            yield
    except Timeout:
        raise SteentjeError(
            t("locked", path=path, seconds=f"{LOCK_TIMEOUT_SECONDS:.0f}", lock=lock_path(path))
        ) from None
    except PermissionError as error:
        raise write_error(lock_path(path), error) from None


# --- appending ---------------------------------------------------------------


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
                path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
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
        _write_stamp_quietly(path, newest if stamped is None else max(stamped, newest))


def _write_stamp_quietly(path: Path, day: date | None) -> None:
    # The entry is safely written by now; a stamp that cannot be written only
    # means the shell reminder looks at the journal itself next time.
    with contextlib.suppress(OSError):
        write_stamp(path, day)


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


def check_appendable(file: IO[bytes], path: Path) -> None:
    """Refuse to append to a journal that is newer than this steentje or damaged at its end.

    Reads only the header and the last entry, so the check costs the same at
    any journal size; when those do not parse on their own, the whole file is
    parsed so that the error names the right line.
    """
    size = file.seek(0, os.SEEK_END)
    header = _parse_or_none(_read_header(file))
    tail = _read_tail(file, size)
    tail_data = _parse_or_none(tail) if tail is not None else header
    if header is None or tail_data is None or not _tail_is_whole(tail_data):
        # Unusual layout (a hand edit) or damage: the full parse decides and explains.
        file.seek(0)
        journal = parse_journal(decode(file.read(), path), path)
        check_writable_version(journal.version, path)
        return
    check_writable_version(parse_version(header, path), path)


def check_writable_version(version: int, path: Path) -> None:
    """Refuse to write a journal made by a newer steentje."""
    if version > SCHEMA_VERSION:
        raise SteentjeError(t("newer_version", path=path, version=version, known=SCHEMA_VERSION))


def _parse_or_none(raw: bytes) -> dict[str, Any] | None:
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


def _tail_is_whole(data: dict[str, Any]) -> bool:
    tables = data.get(ENTRY_TABLE)
    if tables is None:
        return True  # a header and no entries yet
    if not isinstance(tables, list) or len(tables) != 1:
        return False
    return entry_problem(tables[0]) is None


def _read_header(file: IO[bytes]) -> bytes:
    """The bytes before the first [[entries]] line (the whole file if there is none)."""
    file.seek(0)
    header = b""
    while chunk := file.read(_READ_CHUNK):
        header += chunk
        start = find_entry_header(header)
        if start is not None:
            return header[:start]
    return header


def _read_tail(file: IO[bytes], size: int) -> bytes | None:
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


def find_entry_header(buffer: bytes, *, last: bool = False, start: int = 0) -> int | None:
    """Offset of the first (or last) line that is exactly [[entries]], from *start*."""
    position = buffer.rfind(ENTRY_HEADER, start) if last else buffer.find(ENTRY_HEADER, start)
    while position != -1:
        line_start = position == 0 or buffer[position - 1 : position] == b"\n"
        after = buffer[position + len(ENTRY_HEADER) : position + len(ENTRY_HEADER) + 2]
        line_end = after[:1] in (b"\n", b"") or after == b"\r\n"
        if line_start and line_end:
            return position
        position = (
            buffer.rfind(ENTRY_HEADER, start, position)
            if last
            else buffer.find(ENTRY_HEADER, position + 1)
        )
    return None


# --- rewriting ---------------------------------------------------------------


def rewrite_journal(path: Path, change: Callable[[Journal], Journal]) -> Journal:
    """Apply *change* to the journal under the lock and replace the file atomically.

    The previous file is kept as journal.toml.bak. Returns the new journal.
    """
    with journal_lock(path):
        current = _read(path)
        if not current.exists:
            raise SteentjeError(t("no_journal_at", path=path))
        check_writable_version(current.version, path)
        changed = change(current)
        previous = path.read_bytes()
        replace_file(backup_path(path), previous)
        replace_file(path, journal_bytes(changed))
        _write_stamp_quietly(path, _newest_day(changed.entries))
        return changed


def replace_file(path: Path, content: bytes) -> None:
    """Write *content* to *path* atomically: temp file, fsync, os.replace, 0600."""
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as file:
            # mkstemp already makes the file 0600; chmod guards against odd umasks.
            if hasattr(os, "fchmod"):
                os.fchmod(file.fileno(), PRIVATE_FILE)
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        Path(temporary).replace(path)  # os.replace: atomic on POSIX and Windows
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise write_error(path, error) from None
        raise
    fsync_directory(path.parent)


def write_export(path: Path, text: str, *, overwrite: bool) -> None:
    """Write an export atomically, readable by its owner alone; refuse to replace a file
    unless *overwrite*."""
    if path.is_dir():
        raise SteentjeError(t("path_is_directory", path=path))
    if path.exists() and not overwrite:
        raise SteentjeError(t("export_exists", path=path))
    if not path.parent.is_dir():
        raise SteentjeError(t("export_no_folder", path=path, folder=path.parent))
    replace_file(path, text.encode("utf-8"))


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


# --- doctor ------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One thing ``doctor`` checked: fine or not, and what it saw."""

    ok: bool
    message: str
    repairable: bool = False


def examine(path: Path) -> list[Finding]:
    """Check the journal: it parses, entries are valid, ids unique, permissions private."""
    findings: list[Finding] = []
    if path.is_dir():
        return [Finding(False, t("is_directory", path=path))]
    if not path.exists():
        return [Finding(True, t("doctor_no_journal", path=path))]
    try:
        journal = parse_journal(decode(path.read_bytes(), path), path)
    except SteentjeError as error:
        torn = _torn_tail(path.read_bytes()) is not None
        findings.append(Finding(False, str(error), repairable=torn))
    except OSError as error:
        return [Finding(False, t("cannot_read_journal", path=path, reason=error.strerror))]
    else:
        findings.append(
            Finding(
                True,
                t(
                    "doctor_parses_one" if len(journal.entries) == 1 else "doctor_parses",
                    path=path,
                    count=len(journal.entries),
                    version=journal.version,
                ),
            )
        )
        if journal.version > SCHEMA_VERSION:
            findings.append(
                Finding(False, t("doctor_newer", version=journal.version, known=SCHEMA_VERSION))
            )  # fmt: skip
        seen: dict[str, int] = {}
        for entry in journal.entries:
            seen[entry.id] = seen.get(entry.id, 0) + 1
        repeated = sorted(entry_id for entry_id, count in seen.items() if count > 1)
        if repeated:
            findings.append(
                Finding(False, t("doctor_repeated_ids", ids=", ".join(repeated)), repairable=True)
            )
        else:
            findings.append(Finding(True, t("doctor_unique_ids")))
    findings.extend(_permission_findings(path))
    return findings


def _private_paths(path: Path) -> list[tuple[Path, int]]:
    """The files and folder that must be readable by their owner alone, with their modes."""
    return [(path, PRIVATE_FILE), (backup_path(path), PRIVATE_FILE), (path.parent, PRIVATE_DIR)]


def _permission_findings(path: Path) -> list[Finding]:
    if os.name == "nt":
        return []
    findings = []
    for candidate, wanted in _private_paths(path):
        if not candidate.exists():
            continue
        mode = stat.S_IMODE(candidate.stat().st_mode)
        if mode & 0o077:
            findings.append(
                Finding(False, t("doctor_loose", path=candidate, mode=f"{mode:o}",
                                 wanted=f"{wanted:o}"), repairable=True)
            )  # fmt: skip
        else:
            findings.append(Finding(True, t("doctor_private", path=candidate, mode=f"{mode:o}")))
    return findings


@dataclass(frozen=True)
class Repair:
    """What ``doctor --repair`` did."""

    actions: tuple[str, ...]


def repair(path: Path, *, now: datetime) -> Repair:
    """Set a torn last entry aside, give repeated ids new ones, and make files private."""
    actions: list[str] = []
    with journal_lock(path):
        if path.is_file():
            raw = path.read_bytes()
            try:
                journal = parse_journal(decode(raw, path), path)
            except SteentjeError:
                cut = _torn_tail(raw)
                if cut is None:
                    raise SteentjeError(t("damaged_before_end", path=path)) from None
                side = path.with_name(f"{path.name}.damaged-{now:%Y%m%dT%H%M%S}")
                replace_file(side, raw[cut:])
                replace_file(backup_path(path), raw)
                replace_file(path, raw[:cut].rstrip(b"\r\n") + b"\n")
                actions.append(t("repair_moved", size=len(raw) - cut, path=side))
                journal = parse_journal(decode(path.read_bytes(), path), path)
            check_writable_version(journal.version, path)
            renamed = _with_unique_ids(journal)
            if renamed is not journal:
                replace_file(backup_path(path), path.read_bytes())
                replace_file(path, journal_bytes(renamed))
                actions.append(t("repair_ids"))
            _write_stamp_quietly(path, _newest_day(journal.entries))
        actions.extend(_make_private(path))
    return Repair(tuple(actions))


def _torn_tail(raw: bytes) -> int | None:
    """Where to cut *raw* so that what stays parses and ends in a whole entry.

    Only line starts within the last two entries are tried, from the end back,
    so that no entry before the damage is lost. None when the end is whole or
    when the damage lies further back (then a cut would lose intact entries).
    """
    last = find_entry_header(raw, last=True)
    if last is None:
        return None
    previous = find_entry_header(raw[:last], last=True) if last > 0 else None
    region_start = previous if previous is not None else 0
    for cut in _line_starts_backwards(raw, region_start):
        data = _parse_or_none(raw[region_start:cut])
        if data is None:
            continue
        tables = data.get(ENTRY_TABLE, [])
        if tables and entry_problem(tables[-1]) is not None:
            continue
        if cut == len(raw) or _parse_or_none(raw[:cut]) is None:
            return None
        return cut
    return None


def _line_starts_backwards(raw: bytes, floor: int) -> Iterator[int]:
    """len(raw), then every line start above *floor* (and *floor* itself if > 0), descending."""
    yield len(raw)
    position = len(raw)
    while True:
        position = raw.rfind(b"\n", floor, position - 1) + 1
        if position <= floor:
            break
        yield position
    if floor > 0:
        yield floor


def _with_unique_ids(journal: Journal) -> Journal:
    seen: set[str] = set()
    entries: list[Entry] = []
    changed = False
    for entry in journal.entries:
        if entry.id in seen:
            entry = replace(entry, id=new_id())
            changed = True
        seen.add(entry.id)
        entries.append(entry)
    return replace(journal, entries=tuple(entries)) if changed else journal


def _make_private(path: Path) -> list[str]:
    if os.name == "nt":
        return []
    actions = []
    for candidate, wanted in _private_paths(path):
        if candidate.exists() and stat.S_IMODE(candidate.stat().st_mode) & 0o077:
            candidate.chmod(wanted)
            actions.append(t("repair_private", path=candidate, mode=f"{wanted:o}"))
    return actions


# --- files and folders -------------------------------------------------------


def restrict_permissions(file: IO[bytes]) -> None:
    """Tighten an open journal that others could read to owner-only."""
    if hasattr(os, "fchmod"):
        mode = os.fstat(file.fileno()).st_mode & 0o777
        if mode & 0o077:
            os.fchmod(file.fileno(), mode & PRIVATE_FILE)


def make_private_dirs(directory: Path) -> None:
    """Create *directory* and missing parents as 0700; refuse a path through a file."""
    missing: list[Path] = []
    current = directory
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            pass  # made by a concurrent steentje in the meantime
        except OSError as error:
            raise write_error(folder, error) from None
    if not directory.is_dir():
        raise SteentjeError(t("not_a_folder", path=directory))


def fsync_directory(directory: Path) -> None:
    """Make a new or replaced file's name durable (not possible, nor needed, on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_error(path: Path, error: OSError) -> SteentjeError:
    """The one-line message for a failed write."""
    reason = error.strerror or str(error)
    return SteentjeError(t("cannot_write", path=path, reason=reason))
