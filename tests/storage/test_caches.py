"""The review index: whatever it returns, a full parse returns too."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from steentje.journal import Entry, Journal, journal_bytes, new_entry
from steentje.search import select_entries
from steentje.storage.appending import append_entry
from steentje.storage.caches import index_path, recent_entries
from steentje.storage.reading import read_journal
from steentje.storage.rewriting import delete_entry

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
