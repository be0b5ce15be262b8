"""The review index: whatever it returns, a full parse returns too."""

from __future__ import annotations

import hashlib
import json
import os
import random
from array import array
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from steentje.errors import SteentjeError
from steentje.journal import Entry, Journal, journal_bytes, new_entry
from steentje.search import select_entries
from steentje.storage.appending import append_entry
from steentje.storage.caches import index_path, recent_entries
from steentje.storage.reading import all_entries, read_journal
from steentje.storage.rewriting import delete_entry
from tests.conftest import Invoke

ZONES = [timezone(timedelta(hours=h)) for h in (-8, 0, 1, 2, 9, 14)] + [UTC]


def random_entry(chooser: random.Random, start: date) -> Entry:
    day = start + timedelta(days=chooser.randint(0, 400))
    moment = datetime(
        day.year, day.month, day.day, chooser.randint(0, 23), chooser.choice((0, 30)),
        tzinfo=chooser.choice(ZONES),
    )  # fmt: skip
    return new_entry(
        when=moment,
        principle=chooser.randint(1, 7),
        prompt="prompt",
        answer=f"answer {chooser.random()}",
        tags=chooser.sample(["a", "b", "c"], chooser.randint(0, 2)),
    )


def write_random_journal(path: Path, chooser: random.Random, count: int) -> None:
    entries = tuple(random_entry(chooser, date(2025, 1, 1)) for _ in range(count))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(journal_bytes(Journal(path, True, 1, entries)))


def full(path: Path, **filters: object) -> list[Entry]:
    return select_entries(read_journal(path).entries, **filters)  # type: ignore[arg-type]


FILTERS: list[dict[str, object]] = [
    {"limit": 10},
    {"limit": 1},
    {"limit": 500},
    {"limit": 5, "principles": {3}},
    {"limit": 7, "principles": {1, 6}},
    {"limit": 10, "since": date(2025, 6, 1)},
    {"limit": 10, "until": date(2025, 3, 1)},
    {"limit": 10, "since": date(2025, 2, 1), "until": date(2025, 2, 20), "principles": {2, 4}},
    {"limit": 3, "since": date(2027, 1, 1)},
]


@pytest.mark.parametrize("seed", range(6))
def test_index_gives_what_the_full_parse_gives(journal_path: Path, seed: int) -> None:
    chooser = random.Random(seed)
    write_random_journal(journal_path, chooser, 300)
    for filters in FILTERS:
        fast = recent_entries(journal_path, **filters)  # type: ignore[arg-type]
        assert fast is not None
        assert fast == full(journal_path, **filters), filters
    assert index_path(journal_path).exists()


def test_appends_extend_the_index_without_a_rebuild(journal_path: Path) -> None:
    chooser = random.Random(1)
    write_random_journal(journal_path, chooser, 50)
    assert recent_entries(journal_path, limit=5) == full(journal_path, limit=5)
    built = index_path(journal_path).stat().st_mtime_ns
    for round_number in range(5):
        append_entry(journal_path, random_entry(chooser, date(2025, 1, 1)))
        # An entry at the same moment as the last one: ties follow the file order.
        last = read_journal(journal_path).entries[-1]
        append_entry(journal_path, replace(last, id=f"tie{round_number}"))
        for filters in FILTERS:
            fast = recent_entries(journal_path, **filters)  # type: ignore[arg-type]
            assert fast == full(journal_path, **filters)
    assert index_path(journal_path).stat().st_mtime_ns > built


def test_rewrites_rebuild_the_index(journal_path: Path) -> None:
    chooser = random.Random(2)
    write_random_journal(journal_path, chooser, 40)
    newest = recent_entries(journal_path, limit=3)
    assert newest is not None
    delete_entry(journal_path, newest[0].id)
    assert recent_entries(journal_path, limit=3) == full(journal_path, limit=3)
    assert newest[0] not in (recent_entries(journal_path, limit=40) or [])


def test_same_size_hand_edit_is_noticed(journal_path: Path) -> None:
    chooser = random.Random(3)
    write_random_journal(journal_path, chooser, 20)
    recent_entries(journal_path, limit=20)
    text = journal_path.read_text(encoding="utf-8")
    edited = text.replace("2025-", "2024-", 1)  # same length, earlier date for one entry
    journal_path.write_text(edited, encoding="utf-8")
    assert recent_entries(journal_path, limit=20) == full(journal_path, limit=20)


def test_a_header_line_inside_a_string_falls_back(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_text(
        'version = 1\n\n[[entries]]\nid = "one"\ndate = 2025-01-01T10:00:00Z\nprinciple = 1\n'
        'answer = """a\n[[entries]]\nb"""\n',
        encoding="utf-8",
    )
    assert recent_entries(journal_path, limit=5) is None
    assert [e.id for e in full(journal_path, limit=5)] == ["one"]


def test_damaged_journal_falls_back_to_the_full_parse(journal_path: Path) -> None:
    write_random_journal(journal_path, random.Random(4), 10)
    recent_entries(journal_path, limit=5)
    with journal_path.open("a", encoding="utf-8") as file:
        file.write("\n[[entries]]\nid = 'torn")
    assert recent_entries(journal_path, limit=5) is None


def test_broken_index_file_is_rebuilt(journal_path: Path) -> None:
    write_random_journal(journal_path, random.Random(5), 30)
    recent_entries(journal_path, limit=5)
    index_path(journal_path).write_bytes(b'{"format": 1, "count": 99}\nrubbish')
    assert recent_entries(journal_path, limit=5) == full(journal_path, limit=5)


def test_missing_journal(tmp_path: Path) -> None:
    assert recent_entries(tmp_path / "none.toml", limit=5) is None


# --- exact or nothing ---------------------------------------------------------


def both_ways(path: Path) -> None:
    """Every cached read gives what a full parse of the file on disk gives, exactly."""
    truth = read_journal(path).entries
    served = all_entries(path)
    assert served == truth
    assert [entry.date.isoformat() for entry in served or ()] == [
        entry.date.isoformat() for entry in truth
    ]  # == on datetimes ignores the offset
    for filters in FILTERS:
        fast = recent_entries(path, **filters)  # type: ignore[arg-type]
        assert fast is None or fast == full(path, **filters), filters


def warm(path: Path) -> None:
    """Build the index for the file as it is."""
    assert recent_entries(path, limit=3) is not None


def same_length_edit(path: Path, old: bytes, new: bytes) -> None:
    raw = path.read_bytes()
    assert len(old) == len(new) and old in raw
    path.write_bytes(raw.replace(old, new, 1))


def entry_bytes(chooser: random.Random) -> bytes:
    from steentje.journal import entry_block

    return entry_block(random_entry(chooser, date(2025, 1, 1)))


def test_same_length_edit_then_append_is_seen(journal_path: Path) -> None:
    """The example of issue 10: an append used to hide an earlier same-length change."""
    chooser = random.Random(10)
    write_random_journal(journal_path, chooser, 30)
    warm(journal_path)
    first = read_journal(journal_path).entries[0]
    same_length_edit(
        journal_path,
        f'answer = "{first.answer}"'.encode(),
        f'answer = "{first.answer.upper()}"'.encode(),
    )
    with journal_path.open("ab") as file:
        file.write(entry_bytes(chooser))
    both_ways(journal_path)
    assert all_entries(journal_path)[0].answer == first.answer.upper()  # type: ignore[index]


def test_edit_with_restored_mtime_is_seen(journal_path: Path) -> None:
    chooser = random.Random(11)
    write_random_journal(journal_path, chooser, 30)
    warm(journal_path)
    before = journal_path.stat()
    entry = read_journal(journal_path).entries[5]
    # The principle (the index's column) and the date, same length, same mtime.
    block = f"principle = {entry.principle}".encode()
    same_length_edit(journal_path, block, f"principle = {entry.principle % 7 + 1}".encode())
    os.utime(journal_path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert journal_path.stat().st_size == before.st_size
    both_ways(journal_path)
    assert read_journal(journal_path).entries[5].principle == entry.principle % 7 + 1


def test_older_copy_restored_is_seen(journal_path: Path) -> None:
    chooser = random.Random(12)
    write_random_journal(journal_path, chooser, 20)
    older = journal_path.read_bytes()
    stamp = journal_path.stat()
    for _ in range(3):
        append_entry(journal_path, random_entry(chooser, date(2025, 1, 1)))
    warm(journal_path)
    journal_path.write_bytes(older)
    os.utime(journal_path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    both_ways(journal_path)
    assert len(all_entries(journal_path) or ()) == 20


def test_shrink_then_grow_past_the_old_size_is_seen(journal_path: Path) -> None:
    chooser = random.Random(13)
    write_random_journal(journal_path, chooser, 20)
    warm(journal_path)
    delete_entry(journal_path, read_journal(journal_path).entries[3].id)
    for _ in range(3):
        with journal_path.open("ab") as file:
            file.write(entry_bytes(chooser))
    both_ways(journal_path)
    assert len(all_entries(journal_path) or ()) == 22


def test_offset_change_of_same_moment_is_seen(journal_path: Path) -> None:
    """10:00+01:00 and 09:00Z are the same moment, but not the same text."""
    journal_path.parent.mkdir(parents=True)
    journal_path.write_text(
        'version = 1\n\n[[entries]]\nid = "one"\ndate = 2025-01-01T10:00:00+01:00\n'
        'principle = 1\nprompt = ""\nanswer = "a"\ntags = []\n',
        encoding="utf-8",
    )
    warm(journal_path)
    same_length_edit(journal_path, b"T10:00:00+01:00", b"T09:00:00+00:00")
    both_ways(journal_path)
    (entry,) = all_entries(journal_path) or ()
    assert entry.date.isoformat() == "2025-01-01T09:00:00+00:00"


def test_appends_are_parsed_alone_and_agree(journal_path: Path) -> None:
    chooser = random.Random(14)
    write_random_journal(journal_path, chooser, 20)
    warm(journal_path)
    for _ in range(4):
        append_entry(journal_path, random_entry(chooser, date(2025, 1, 1)))
        both_ways(journal_path)


@pytest.mark.parametrize(
    "appended",
    [
        b"\n[other]\nx = 1\n",  # a table that is not an entry
        b'\n[[entries]]\nid = "x"\n',  # an incomplete entry
        b"extra = 1\n",  # a key added to the last entry
        b'[[entries]]\nid = "x"\ndate = 2025-01-01T00:00:00Z\nprinciple = 1\nanswer = "a"\n',
    ],
)
def test_appends_that_are_not_whole_entries_go_to_the_full_parse(
    journal_path: Path, appended: bytes
) -> None:
    chooser = random.Random(15)
    write_random_journal(journal_path, chooser, 10)
    raw = journal_path.read_bytes()
    if not appended.startswith((b"\n", b"extra")):
        raw = raw.rstrip(b"\n")  # the header would start in the middle of a line
        journal_path.write_bytes(raw)
    warm(journal_path)
    with journal_path.open("ab") as file:
        file.write(appended)
    try:
        truth = read_journal(journal_path).entries
    except SteentjeError:
        with pytest.raises(SteentjeError):
            all_entries(journal_path)
        assert recent_entries(journal_path, limit=3) is None
        return
    assert all_entries(journal_path) == truth
    fast = recent_entries(journal_path, limit=50)
    assert fast is None or fast == full(journal_path, limit=50)


def test_tables_appended_to_a_static_entries_array_are_not_taken(journal_path: Path) -> None:
    """`entries = []` then `[[entries]]`: tomllib refuses the file, so must every read."""
    journal_path.parent.mkdir(parents=True)
    journal_path.write_text("version = 1\nentries = []\n", encoding="utf-8")
    assert all_entries(journal_path) == ()
    recent_entries(journal_path, limit=3)
    with journal_path.open("ab") as file:
        file.write(entry_bytes(random.Random(16)))
    with pytest.raises(SteentjeError):
        read_journal(journal_path)
    with pytest.raises(SteentjeError):
        all_entries(journal_path)
    assert recent_entries(journal_path, limit=3) is None


def cache_files(path: Path) -> list[Path]:
    return [index_path(path)]


def header_and_body(path: Path) -> tuple[dict[str, object], bytes]:
    raw = path.read_bytes()
    end = raw.index(b"\n")
    return json.loads(raw[:end]), raw[end + 1 :]


def rewrite(path: Path, header: dict[str, object], body: bytes, *, seal: bool = True) -> None:
    if seal:  # a damage that keeps the body's digest right, so only validation can catch it
        header = {**header, "body": hashlib.sha256(body).hexdigest()}
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)


def index_body(path: Path, column: str, value: int) -> bytes:
    """The index body with the first value of *column* replaced."""
    header, body = header_and_body(path)
    count = int(header["count"])  # type: ignore[call-overload]
    position = 0
    for name, code in (("moments", "q"), ("positions", "q"), ("offsets", "q"),
                       ("lengths", "q"), ("days", "l"), ("principles", "b")):  # fmt: skip
        size = array(code).itemsize
        if name == column:
            patched = array(code, [value])
            return body[:position] + patched.tobytes() + body[position + size :]
        position += count * size
    raise AssertionError(column)


DAMAGES: list[tuple[str, object]] = [
    ("format", "2"),
    ("size", -1),
    ("size", "12"),
    ("size", True),
    ("size", 10**30),
    ("count", -1),
    ("count", 10**9),
    ("count", None),
    ("digest", "zz"),
    ("digest", 5),
    ("extendable", "yes"),
    ("body", "0" * 64),
]


@pytest.mark.parametrize(("key", "value"), DAMAGES)
def test_damaged_cache_headers_are_rebuilt_silently(
    journal_path: Path, run: Invoke, key: str, value: object
) -> None:
    write_random_journal(journal_path, random.Random(17), 30)
    warm(journal_path)
    for where in cache_files(journal_path):
        header, body = header_and_body(where)
        rewrite(where, {**header, key: value}, body, seal=key != "body")
    check_every_command(run, journal_path)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("offsets", -5),
        ("offsets", 10**12),
        ("lengths", 0),
        ("lengths", 10**12),
        ("principles", 99),
        ("days", -3),
        ("days", 10**9),
        ("positions", 10**6),
        ("moments", 2**62),
    ],
)
def test_index_columns_out_of_range_are_rebuilt(
    journal_path: Path, run: Invoke, column: str, value: int
) -> None:
    write_random_journal(journal_path, random.Random(18), 30)
    warm(journal_path)
    where = index_path(journal_path)
    header, _ = header_and_body(where)
    rewrite(where, header, index_body(where, column, value))
    check_every_command(run, journal_path)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\n",
        b"{}\n",
        b"[]\nx",
        b"no newline",
        b"\xff\xfe\n",
        b"[" * 100_000 + b"\n",
        b'{"format": 2}\n',
    ],
)
def test_rubbish_caches_are_rebuilt(journal_path: Path, run: Invoke, content: bytes) -> None:
    write_random_journal(journal_path, random.Random(19), 30)
    warm(journal_path)
    for where in cache_files(journal_path):
        where.write_bytes(content)
    check_every_command(run, journal_path)
    assert index_path(journal_path).read_bytes() != content  # made again


@pytest.mark.parametrize("kind", ["folder", "link", "fifo"])
def test_a_cache_that_is_not_a_file_is_never_followed(
    journal_path: Path, run: Invoke, tmp_path: Path, kind: str
) -> None:
    write_random_journal(journal_path, random.Random(21), 30)
    planted = tmp_path / "elsewhere"
    planted.write_bytes(b"not steentje's")
    for where in cache_files(journal_path):
        where.parent.mkdir(parents=True, exist_ok=True)
        if kind == "folder":
            where.mkdir()
        elif kind == "link":
            where.symlink_to(planted)
        else:
            os.mkfifo(where)
    check_every_command(run, journal_path)
    assert planted.read_bytes() == b"not steentje's"
    if kind == "link":  # replaced by a cache of ours, the link and not its target
        assert not index_path(journal_path).is_symlink()


def test_an_index_damaged_after_it_was_written_is_not_used(journal_path: Path) -> None:
    """The body's digest catches a change that keeps every value in range."""
    write_random_journal(journal_path, random.Random(22), 30)
    warm(journal_path)
    where = index_path(journal_path)
    made = where.read_bytes()
    header, body = header_and_body(where)
    changed = bytes([body[0] ^ 1]) + body[1:]
    rewrite(where, header, changed, seal=False)
    both_ways(journal_path)
    assert where.read_bytes() == made  # refused and made again from the journal


def check_every_command(run: Invoke, path: Path) -> None:
    """Each read command succeeds and agrees with the full parse: no error, no stale entry."""
    both_ways(path)
    for args in (["review", "-n", "5"], ["review", "--all"], ["stats"], ["week"],
                 ["export", "--format", "json"]):  # fmt: skip
        result = run("--journal", str(path), *args)
        assert result.exit_code == 0, (args, result.output)
    exported = json.loads(run("--journal", str(path), "export", "--format", "json").stdout)
    assert sorted(item["id"] for item in exported) == sorted(
        entry.id for entry in read_journal(path).entries
    )


def test_a_journal_without_entries_reads_as_empty(journal_path: Path, run: Invoke) -> None:
    """All entries deleted: the header alone (review used to crash indexing it)."""
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(journal_bytes(Journal(journal_path, True, 1, ())))
    assert recent_entries(journal_path, limit=10) == []
    assert all_entries(journal_path) == ()
    check_every_command(run, journal_path)
    append_entry(journal_path, random_entry(random.Random(23), date(2025, 1, 1)))
    both_ways(journal_path)
    assert len(recent_entries(journal_path, limit=10) or ()) == 1
