"""Choosing entries for review: order, filters and limits."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from steentje.journal import Entry
from steentje.search import select_entries

CET = timezone(timedelta(hours=1))


def entry(entry_id: str, moment: datetime, principle: int = 1) -> Entry:
    return Entry(entry_id, moment, principle, "prompt", f"answer {entry_id}")


def test_newest_first_across_offsets() -> None:
    # 08:30 in CET is 07:30 UTC: earlier than 08:00 UTC although its clock reads later.
    cet = entry("cet", datetime(2026, 11, 30, 8, 30, tzinfo=CET))
    utc = entry("utc", datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    assert [e.id for e in select_entries([cet, utc])] == ["utc", "cet"]


def test_same_moment_latest_written_first() -> None:
    moment = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    written = [entry("first", moment), entry("second", moment), entry("third", moment)]
    assert [e.id for e in select_entries(written)] == ["third", "second", "first"]


def test_filters_combine() -> None:
    entries = [
        entry(f"d{day}", datetime(2026, 11, day, 9, 0, tzinfo=CET), principle=day % 7 + 1)
        for day in range(1, 29)
    ]
    chosen = select_entries(
        entries, principles={2, 3}, since=date(2026, 11, 5), until=date(2026, 11, 20)
    )
    assert [e.id for e in chosen] == ["d16", "d15", "d9", "d8"]
    assert [e.id for e in select_entries(entries, limit=2)] == ["d28", "d27"]
    assert select_entries(entries, since=date(2026, 12, 1)) == []


def test_day_filter_uses_the_local_date_as_written() -> None:
    late = entry("late", datetime(2026, 11, 30, 23, 30, tzinfo=CET))  # 22:30 UTC
    assert select_entries([late], until=date(2026, 11, 30)) == [late]
    assert select_entries([late], since=date(2026, 12, 1)) == []
