"""Plain-text renderings of entries for scripts and documents (no rich needed)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta

from steentje.i18n import format_long_date
from steentje.journal import Entry
from steentje.principles import Catalog, principle_label
from steentje.steering import BEYOND_C0
from steentje.week import first_day, week_number
from steentje.words import LABELS


def entry_to_dict(entry: Entry) -> dict[str, object]:
    """An entry as JSON-ready data, its date in ISO 8601 with offset."""
    return {
        "id": entry.id,
        "date": entry.date.isoformat(),
        "principle": entry.principle,
        "prompt": entry.prompt,
        "answer": entry.answer,
        "tags": list(entry.tags),
        "starred": entry.starred,
        # A free reflection answers no principle and no question: principle 0, prompt "".
        "free": entry.is_free,
        # The principle set the entry answered ("steentje": the bundled seven).
        "set": entry.set_id,
        # What the person meant to try, and how it went (null while not set).
        "intention": entry.intention or None,
        "outcome": entry.outcome or None,
        "outcome_date": None if entry.outcome_date is None else entry.outcome_date.isoformat(),
        # When it last changed, and earlier (null, []: never): a merge tells a change from these.
        "edited": None if entry.edited is None else entry.edited.isoformat(),
        "edited_before": [moment.isoformat() for moment in entry.edited_before],
    }


def tags_text(counts: Iterable[tuple[str, int]]) -> str:
    """Tags with their counts, one a line: the count right-aligned, then the tag."""
    counts = list(counts)
    width = max((len(str(count)) for _, count in counts), default=0)
    return "".join(f"{count:>{width}}  {tag}\n" for tag, count in counts)


def entries_to_json(entries: Iterable[Entry]) -> str:
    """A JSON array of entry objects, stable for scripts: one entry per line.

    (json.dumps with indent= falls back to the pure-Python encoder, several
    times slower on a journal of years.)
    """
    lines = [json.dumps(entry_to_dict(entry), ensure_ascii=False) for entry in entries]
    text = "[\n" + ",\n".join(lines) + "\n]" if lines else "[]"
    # json escapes the C0 controls itself; escape the other characters that steer a
    # terminal too (they can only occur inside strings, so the data stays the same).
    return text.translate(_JSON_ESCAPES)


_JSON_ESCAPES = str.maketrans({code: f"\\u{code:04x}" for code in BEYOND_C0})


def week_heading(day: date, language: str, week_start: int = 0) -> str:
    """'Week 49 · 30 november – 6 december 2026' for the week that holds *day*."""
    first = first_day(day, week_start)
    last = first + timedelta(days=6)
    start_text = format_long_date(first, language).split(" ", 1)[1]  # without the weekday
    end_text = format_long_date(last, language).split(" ", 1)[1]
    if first.month == last.month:
        start_text = str(first.day)
    elif first.year == last.year:
        start_text = start_text.rsplit(" ", 1)[0]
    week = str(LABELS[language]["week_title"]).format(week=week_number(day, week_start))
    return f"{week} · {start_text} – {end_text}"


def _intention_markdown(entry: Entry, language: str) -> str:
    """An entry's intention and how it went, as Markdown lines."""
    labels = LABELS[language]
    lines = [f"**{labels['intention_heading']}:** {entry.intention.strip()}"]
    outcome = f"**{labels['outcome_heading']}"
    if entry.outcome_date is not None:
        outcome += f" ({format_long_date(entry.outcome_date, language)})"
    state = entry.outcome.strip() or labels["dropped" if entry.intention_dropped else "open"]
    lines.append(f"{outcome}:** {state}")
    return "  \n".join(lines)


def entries_to_markdown(entries: Iterable[Entry], catalog: Catalog, week_start: int = 0) -> str:
    """Entries as a Markdown document, grouped by week, in the order given.

    Each entry shows its day, its principle's title (or that it is a free reflection),
    the prompt as it was asked,
    the answer, and its id, a star when it has one, and its tags.
    """
    parts = ["# steentje"]
    current_week: date | None = None
    for entry in entries:
        week = first_day(entry.day, week_start)
        if week != current_week:
            current_week = week
            parts.append(f"## {week_heading(entry.day, catalog.language, week_start)}")
        parts.append(
            f"### {format_long_date(entry.day, catalog.language)}, {entry.date:%H:%M} · "
            f"{principle_label(entry.principle, catalog, entry.principle_set)}\n\n"
            + (f"*{entry.prompt}*\n\n" if entry.prompt else "")
            + entry.answer.strip()
        )
        if entry.intention:
            parts.append(_intention_markdown(entry, catalog.language))
        details = f"`{entry.id}`"
        if entry.starred:
            details += " · ★"
        if entry.tags:
            details += " · " + " ".join(f"#{tag}" for tag in entry.tags)
        parts.append(details)
    return "\n\n".join(parts) + "\n"
