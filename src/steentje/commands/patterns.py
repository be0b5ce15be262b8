"""``stats``, ``tags`` and ``week``: patterns over time, and one week on one screen."""

from __future__ import annotations

import json
from datetime import date

from steentje import clock
from steentje.settings import Settings


def stats(settings: Settings, weeks: int, output_format: str) -> None:
    """Print totals, streaks, entries per principle, tags and a calendar."""
    from steentje.patterns import compute_stats
    from steentje.storage.principle_sets import catalog_for
    from steentje.storage.reading import all_entries

    catalog = catalog_for(settings)
    figures = compute_stats(
        all_entries(settings.journal) or (),
        clock.today(),
        weeks,
        settings.week_start,
        principle_count=catalog.count,
        set_id=catalog.set_id,
    )
    if output_format == "json":
        print(json.dumps(figures.to_dict(), ensure_ascii=False, indent=2))
        return
    from steentje.output import render

    render.print_all(render.make_console(), render.stats_view(figures, catalog))


def tags(settings: Settings, output_format: str) -> None:
    """Print every tag with the number of entries carrying it, most used first."""
    import sys

    from steentje.patterns import tag_counts
    from steentje.storage.reading import all_entries
    from steentje.words import t

    counts = tag_counts(all_entries(settings.journal) or ())
    if output_format == "json":
        items = [{"tag": tag, "count": count} for tag, count in counts]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return
    if not counts:
        print(t("no_tags_yet"), file=sys.stderr)
        return
    from steentje.output.formats import tags_text
    from steentje.output.printing import emit

    emit(tags_text(counts), pager=False)


def week(settings: Settings, day: date | None, *, pager: bool = True) -> None:
    """Print the week that holds *day* (default: today): each day's question and answers.

    Longer than the terminal, it goes through the pager (unless *pager* is off).
    """
    from steentje.output import render
    from steentje.patterns import week_review
    from steentje.storage.principle_sets import catalog_for
    from steentje.storage.reading import all_entries

    catalog = catalog_for(settings)
    today = clock.today()
    days = week_review(
        all_entries(settings.journal) or (), catalog, day or today, settings.week_start
    )
    parts = render.week_view(days, catalog, today=today)
    render.page(render.make_console(), parts, use_pager=pager)
