"""Choosing which journal entries to show."""

from collections.abc import Collection, Iterable
from datetime import date

from steentje.journal import Entry


def select_entries(
    entries: Iterable[Entry],
    *,
    principles: Collection[int] = (),
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[Entry]:
    """Entries newest first, filtered by principle and by day (inclusive), at most *limit*."""
    # Entries with the same moment come latest-written first.
    numbered = sorted(enumerate(entries), key=lambda pair: (pair[1].date, pair[0]), reverse=True)
    newest_first = [entry for _, entry in numbered]
    chosen = [
        entry
        for entry in newest_first
        if (not principles or entry.principle in principles)
        and (since is None or entry.day >= since)
        and (until is None or entry.day <= until)
    ]
    return chosen if limit is None else chosen[:limit]
