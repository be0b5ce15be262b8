"""``review``: looking back at entries, newest first, with filters."""

from __future__ import annotations

import sys
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from steentje.journal import Entry
from steentje.search import select_entries
from steentje.settings import Settings
from steentje.words import t


@dataclass(frozen=True)
class Filters:
    """What the shared filter options of review and export select."""

    principles: Collection[int] = ()
    tags: Collection[str] = ()
    search: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int | None = None
    all_tags: bool = False  # entries with every one of *tags*, not any of them
    not_tags: Collection[str] = ()
    starred: bool = False
    # With *principles*: the set they are of (None: any set). Set by ``in_set``.
    principle_set: str | None = None
    with_intention: bool = False  # only entries with an intention (review --intentions)

    @property
    def reads_every_entry(self) -> bool:
        """True when the filters look inside entries (tags, stars, text), not just the index."""
        return bool(
            self.tags or self.not_tags or self.starred or self.search is not None
            or self.with_intention
        )  # fmt: skip


def review_entries(journal: Path, filters: Filters) -> list[Entry] | None:
    """The entries the filters select, newest first; None when there is no journal yet.

    With a limit and no tag or text filter, the journal's index reads only the
    entries shown (checked against the file's bytes); otherwise the whole
    journal is parsed.
    """
    from steentje.storage import caches
    from steentje.storage.reading import all_entries

    if filters.limit is not None and not filters.reads_every_entry:
        recent = caches.recent_entries(
            journal,
            limit=filters.limit,
            principles=filters.principles,
            since=filters.since,
            until=filters.until,
        )
        # The index knows numbers, not sets: its picks serve only when every one is
        # of the set asked for (then they are the newest of that set, too).
        if recent is not None and all(_in_set(entry, filters) for entry in recent):
            return recent
    entries = all_entries(journal)
    if entries is None:
        return None
    if filters.with_intention:
        entries = tuple(entry for entry in entries if entry.intention)
    return select_entries(
        entries,
        principles=filters.principles,
        tags=filters.tags,
        search=filters.search,
        since=filters.since,
        until=filters.until,
        limit=filters.limit,
        all_tags=filters.all_tags,
        not_tags=filters.not_tags,
        starred=filters.starred,
        principle_set=filters.principle_set,
    )


def _in_set(entry: Entry, filters: Filters) -> bool:
    return not filters.principles or filters.principle_set in (None, entry.set_id)


def in_set(settings: Settings, filters: Filters) -> Filters:
    """*filters* with their principle numbers taken as the set in use's (refused if it has none)."""
    if not filters.principles:
        return filters
    from dataclasses import replace

    from steentje.storage.principle_sets import catalog_for

    catalog = catalog_for(settings)
    for number in sorted(filters.principles):
        catalog.principle(number)  # a number the set does not hold: a usage error
    return replace(filters, principle_set=catalog.set_id)


def review(settings: Settings, filters: Filters, output_format: str, *, pager: bool) -> None:
    """Print the entries the filters select, in the format asked for."""
    from steentje.output.printing import print_entries
    from steentje.storage.principle_sets import catalog_for

    filters = in_set(settings, filters)
    found = review_entries(settings.journal, filters)
    if found is None:
        print(t("no_journal_yet"), file=sys.stderr)
        found = []
    elif not found:
        print(t("no_match"), file=sys.stderr)
    print_entries(
        found,
        lambda: catalog_for(settings),
        output_format,
        search=filters.search,
        pager=pager,
        week_start=settings.week_start,
    )
