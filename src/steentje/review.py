"""Choosing which journal entries to show."""

from collections.abc import Collection, Iterable
from datetime import date
from pathlib import Path

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


def review_entries(
    journal: Path,
    *,
    principles: Collection[int] = (),
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[Entry] | None:
    """The entries review shows, newest first; None when there is no journal yet.

    With a limit, the journal's index answers without parsing the whole file;
    when it cannot, or without a limit, the whole journal is read.
    """
    if limit is not None:
        from steentje.index import recent_entries

        recent = recent_entries(
            journal, limit=limit, principles=principles, since=since, until=until
        )
        if recent is not None:
            return recent
    from steentje.store import read_journal

    whole = read_journal(journal)
    if not whole.exists:
        return None
    return select_entries(
        whole.entries, principles=principles, since=since, until=until, limit=limit
    )
