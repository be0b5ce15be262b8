"""Plain-text renderings of entries for scripts and documents (no rich needed)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta

from steentje.i18n import format_long_date
from steentje.journal import Entry
from steentje.principles import Catalog

WEEK_WORD = {"nl": "Week", "en": "Week"}


def entry_to_dict(entry: Entry) -> dict[str, object]:
    """An entry as JSON-ready data, its date in ISO 8601 with offset."""
    return {
        "id": entry.id,
        "date": entry.date.isoformat(),
        "principle": entry.principle,
        "prompt": entry.prompt,
        "answer": entry.answer,
        "tags": list(entry.tags),
    }


def entries_to_json(entries: Iterable[Entry]) -> str:
    """A JSON array of entry objects, stable for scripts: one entry per line.

    (json.dumps with indent= falls back to the pure-Python encoder, several
    times slower on a journal of years.)
    """
    lines = [json.dumps(entry_to_dict(entry), ensure_ascii=False) for entry in entries]
    return "[\n" + ",\n".join(lines) + "\n]" if lines else "[]"


def week_heading(day: date, language: str) -> str:
    """'Week 49 · 30 november – 6 december 2026' for the week (Monday to Sunday) of *day*."""
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    first = format_long_date(monday, language).split(" ", 1)[1]  # without the weekday
    last = format_long_date(sunday, language).split(" ", 1)[1]
    if monday.month == sunday.month:
        first = str(monday.day)
    elif monday.year == sunday.year:
        first = first.rsplit(" ", 1)[0]
    return f"{WEEK_WORD[language]} {monday.isocalendar().week} · {first} – {last}"


def entries_to_markdown(entries: Iterable[Entry], catalog: Catalog) -> str:
    """Entries as a Markdown document, grouped by week, in the order given.

    Each entry shows its day, its principle's title, the prompt as it was asked,
    the answer, and its id and tags.
    """
    parts = ["# steentje"]
    current_week: date | None = None
    for entry in entries:
        monday = entry.day - timedelta(days=entry.day.weekday())
        if monday != current_week:
            current_week = monday
            parts.append(f"## {week_heading(entry.day, catalog.language)}")
        title = catalog.principle(entry.principle).title
        parts.append(
            f"### {format_long_date(entry.day, catalog.language)}, {entry.date:%H:%M} · "
            f"{entry.principle}. {title}\n\n"
            f"*{entry.prompt}*\n\n"
            f"{entry.answer.strip()}"
        )
        details = f"`{entry.id}`"
        if entry.tags:
            details += " · " + " ".join(f"#{tag}" for tag in entry.tags)
        parts.append(details)
    return "\n\n".join(parts) + "\n"
