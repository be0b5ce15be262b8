"""The TOML journal: reading it whole, and appending one entry without rewriting it."""

from __future__ import annotations

import base64
import datetime as dt
import os
import secrets
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from steentje.errors import SteentjeError

SCHEMA_VERSION = 1
ENTRY_TABLE = "entries"
ENTRY_HEADER = b"[[entries]]"
KNOWN_FIELDS = ("id", "date", "principle", "prompt", "answer", "tags")
HEADER = (
    "# steentje journal: one [[entries]] table per reflection.\n"
    "# Plain TOML that you own; edit it by hand if you like.\n"
    f"version = {SCHEMA_VERSION}\n"
)
_READ_CHUNK = 64 * 1024
_PRIVATE_FILE = 0o600
_PRIVATE_DIR = 0o700


@dataclass(frozen=True)
class Entry:
    """One reflection: the prompt as it was asked and the answer given."""

    id: str
    date: dt.datetime
    principle: int
    prompt: str
    answer: str
    tags: tuple[str, ...] = ()
    # Keys this version does not know (from a newer steentje or added by hand),
    # kept so that a rewrite does not drop them.
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def day(self) -> dt.date:
        """The local calendar day the entry was written for."""
        return self.date.date()

    def to_table(self) -> dict[str, Any]:
        """The entry as a TOML table, known fields first."""
        table: dict[str, Any] = {
            "id": self.id,
            "date": self.date,
            "principle": self.principle,
            "prompt": self.prompt,
            "answer": self.answer,
            "tags": list(self.tags),
        }
        table.update(self.extra)
        return table


@dataclass(frozen=True)
class Journal:
    """The journal file's content; ``exists`` is False before the first entry."""

    path: Path
    exists: bool
    version: int
    entries: tuple[Entry, ...]


def new_id() -> str:
    """A short random id: 8 characters of base32 (40 bits)."""
    return base64.b32encode(secrets.token_bytes(5)).decode("ascii").lower()


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Strip tags, refuse empty ones and drop repeats, keeping the order given."""
    cleaned: list[str] = []
    for tag in tags:
        name = tag.strip()
        if not name:
            raise SteentjeError("a tag cannot be empty")
        _require_text(name, "tag")
        if name not in cleaned:
            cleaned.append(name)
    return tuple(cleaned)


def new_entry(
    *, when: dt.datetime, principle: int, prompt: str, answer: str, tags: Iterable[str] = ()
) -> Entry:
    """Make an entry for a new answer, refusing an empty one."""
    if not answer.strip():
        raise SteentjeError("the answer is empty; nothing was saved")
    _require_text(answer, "answer")
    if when.tzinfo is None:
        raise ValueError("an entry's date needs a UTC offset")
    return Entry(
        id=new_id(),
        date=when.replace(microsecond=0),
        principle=principle,
        prompt=prompt,
        answer=answer,
        tags=clean_tags(tags),
    )


def _require_text(value: str, what: str) -> None:
    # Lone surrogates come from undecodable bytes in argv; TOML cannot hold them.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise SteentjeError(f"the {what} is not valid UTF-8 text; nothing was saved") from None


# --- reading -----------------------------------------------------------------


def read_journal(path: Path) -> Journal:
    """Read and validate the whole journal; a missing file is an empty journal."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Journal(path, exists=False, version=SCHEMA_VERSION, entries=())
    except IsADirectoryError:
        raise SteentjeError(f"{path} is a directory, not a journal file") from None
    except OSError as error:
        raise SteentjeError(f"cannot read the journal {path}: {error.strerror}") from None
    text = _decode(raw, path)
    data = _parse(text, path)
    version = _version(data, path)
    tables = data.get(ENTRY_TABLE, [])
    if not isinstance(tables, list):
        raise SteentjeError(f"{path}: 'entries' must be an array of [[entries]] tables")
    entries = tuple(
        _entry_from_table(table, path, position, text)
        for position, table in enumerate(tables, start=1)
    )
    return Journal(path, exists=True, version=version, entries=entries)


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise SteentjeError(
            f"{path}, line {line}: not UTF-8 text; the file was left as it is"
        ) from None


def _parse(text: str, path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib's message ends in "(at line L, column C)", which names the place.
        raise SteentjeError(
            f"{path}: not valid TOML: {error}; the file was left as it is"
        ) from None


def _version(data: Mapping[str, Any], path: Path) -> int:
    version = data.get("version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SteentjeError(f"{path}: 'version' must be a positive whole number")
    return version


def _entry_line(text: str, position: int) -> int | None:
    """The line number of the *position*-th [[entries]] header, for error messages."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip().replace(" ", "") == "[[entries]]":
            seen += 1
            if seen == position:
                return number
    return None


def _entry_from_table(table: Any, path: Path, position: int, text: str) -> Entry:
    def fail(problem: str) -> SteentjeError:
        line = _entry_line(text, position)
        where = f"{path}, line {line}" if line else str(path)
        return SteentjeError(f"{where}: entry {position}: {problem}")

    if not isinstance(table, dict):
        raise fail("not a table")
    entry_id = table.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise fail("'id' must be a non-empty string")
    moment = table.get("date")
    if not isinstance(moment, dt.datetime):
        raise fail("'date' must be a date-time such as 2026-11-30T08:15:00+01:00")
    if moment.tzinfo is None:
        # A hand-written local time without offset: read it as local time.
        moment = moment.astimezone()
    principle = table.get("principle")
    if not isinstance(principle, int) or isinstance(principle, bool) or not 1 <= principle <= 7:
        raise fail("'principle' must be a number from 1 to 7")
    prompt = table.get("prompt", "")
    answer = table.get("answer")
    if not isinstance(prompt, str):
        raise fail("'prompt' must be a string")
    if not isinstance(answer, str):
        raise fail("'answer' must be a string")
    tags = table.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise fail("'tags' must be a list of strings")
    extra = {key: value for key, value in table.items() if key not in KNOWN_FIELDS}
    return Entry(entry_id, moment, principle, prompt, answer, tuple(tags), extra)


# --- writing -----------------------------------------------------------------


def entry_block(entry: Entry) -> bytes:
    """The bytes appended for one entry: a blank line and its [[entries]] table."""
    import tomli_w

    # tomli_w writes every string on one line (newlines as \n escapes), so a
    # line reading [[entries]] is always a table header: the tail reader relies on it.
    return ("\n" + tomli_w.dumps({ENTRY_TABLE: [entry.to_table()]})).encode("utf-8")


def append_entry(path: Path, entry: Entry) -> None:
    """Add *entry* at the end of the journal and fsync it, creating the file if needed.

    Earlier entries are never rewritten, so the cost does not grow with the
    journal and a crash can at worst leave a torn last entry.
    """
    block = entry_block(entry)
    _make_private_dirs(path.parent)
    try:
        descriptor = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), _PRIVATE_FILE
        )
    except FileExistsError:
        _append_to_existing(path, block)
    except OSError as error:
        raise _write_error(path, error) from None
    else:
        _write_new(descriptor, path, HEADER.encode("utf-8") + block)


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
            raise _write_error(path, error) from None
        raise
    _fsync_directory(path.parent)


def _append_to_existing(path: Path, block: bytes) -> None:
    try:
        file = path.open("r+b")
    except IsADirectoryError:
        raise SteentjeError(f"{path} is a directory, not a journal file") from None
    except OSError as error:
        raise _write_error(path, error) from None
    with file:
        check_appendable(file, path)
        _restrict_permissions(file)
        size = file.seek(0, os.SEEK_END)
        try:
            file.write(block)
            file.flush()
            os.fsync(file.fileno())
        except OSError as error:
            # A failed append (disk full, say) must not leave a torn entry behind.
            file.truncate(size)
            raise _write_error(path, error) from None


def check_appendable(file: IO[bytes], path: Path) -> None:
    """Refuse to append to a journal that is newer than this steentje or damaged at its end.

    Reads only the header and the last entry, so the check costs the same at
    any journal size; when the tail alone does not parse, the whole file is
    parsed so that the error names the right line.
    """
    size = file.seek(0, os.SEEK_END)
    header_data = _parse_or_none(_read_header(file))
    tail = _read_tail(file, size)
    tail_data = _parse_or_none(tail) if tail is not None else None
    if header_data is None or tail_data is None or not _tail_is_whole(tail_data):
        # Unusual layout (a hand edit) or damage: let the full parse decide and explain.
        file.seek(0)
        text = _decode(file.read(), path)
        data = _parse(text, path)
        _check_version(_version(data, path), path)
        tables = data.get(ENTRY_TABLE, [])
        if isinstance(tables, list) and tables:
            _entry_from_table(tables[-1], path, len(tables), text)
        return
    _check_version(_version(header_data, path), path)


def _check_version(version: int, path: Path) -> None:
    if version > SCHEMA_VERSION:
        raise SteentjeError(
            f"{path} was written by a newer steentje (journal version {version}, this one knows "
            f"{SCHEMA_VERSION}); it is read-only here: upgrade steentje to write to it"
        )


def _parse_or_none(raw: bytes) -> dict[str, Any] | None:
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


def _tail_is_whole(data: Mapping[str, Any]) -> bool:
    tables = data.get(ENTRY_TABLE)
    if tables is None:
        return True  # the journal has a header and no entries yet
    if not isinstance(tables, list) or len(tables) != 1 or not isinstance(tables[0], dict):
        return False
    return all(key in tables[0] for key in ("id", "date", "principle", "answer"))


def _read_header(file: IO[bytes]) -> bytes:
    """The bytes before the first [[entries]] line (the whole file if there is none)."""
    file.seek(0)
    header = b""
    while chunk := file.read(_READ_CHUNK):
        header += chunk
        start = _find_entry_header(header)
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
        found = _find_entry_header(buffer, last=True)
        # A header found right at the buffer's start may be the tail of a longer
        # line, unless the buffer starts the file or follows a newline.
        if found is not None and (found > 0 or end == 0):
            return buffer[found:]
    return None


def _find_entry_header(buffer: bytes, *, last: bool = False) -> int | None:
    """Offset of the first (or last) line that is exactly [[entries]]."""
    search = buffer.rfind if last else buffer.find
    position = search(ENTRY_HEADER)
    while position != -1:
        line_start = position == 0 or buffer[position - 1 : position] == b"\n"
        after = buffer[position + len(ENTRY_HEADER) : position + len(ENTRY_HEADER) + 2]
        line_end = after[:1] in (b"\n", b"") or after == b"\r\n"
        if line_start and line_end:
            return position
        position = (
            buffer.rfind(ENTRY_HEADER, 0, position)
            if last
            else buffer.find(ENTRY_HEADER, position + 1)
        )
    return None


def _restrict_permissions(file: IO[bytes]) -> None:
    # A journal is private; tighten one that was created with looser rights.
    if hasattr(os, "fchmod"):
        mode = os.fstat(file.fileno()).st_mode & 0o777
        if mode & 0o077:
            os.fchmod(file.fileno(), mode & _PRIVATE_FILE)


def _make_private_dirs(directory: Path) -> None:
    missing: list[Path] = []
    current = directory
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=_PRIVATE_DIR)
        except FileExistsError:
            pass  # made by a concurrent steentje in the meantime
        except OSError as error:
            raise _write_error(folder, error) from None
    if directory.exists() and not directory.is_dir():
        raise SteentjeError(f"cannot write the journal: {directory} is not a directory")


def _fsync_directory(directory: Path) -> None:
    # Makes a new file's name durable; not possible (nor needed) on Windows.
    if os.name == "nt":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _write_error(path: Path, error: OSError) -> SteentjeError:
    reason = error.strerror or str(error)
    return SteentjeError(f"cannot write the journal {path}: {reason}; nothing was saved")
