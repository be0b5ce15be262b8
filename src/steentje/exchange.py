"""Taking entries out (export) and bringing them back in (import), as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from steentje.errors import SteentjeError
from steentje.journal import (
    Entry,
    entry_from_table,
    entry_problem,
    normalised_tags,
    require_text,
)
from steentje.rotation import BUNDLED_SET
from steentje.words import t


def chronological(entries: Iterable[Entry]) -> list[Entry]:
    """Oldest first, entries at the same moment in the order they were written."""
    numbered = sorted(enumerate(entries), key=lambda pair: (pair[1].date, pair[0]))
    return [entry for _, entry in numbered]


def load_json(text: str, source: Path) -> Any:
    """*text* as JSON, or a one-line error naming *source* and where it stops being JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise SteentjeError(
            t("import_not_json", path=source, line=error.lineno, column=error.colno)
        ) from None
    except RecursionError:
        raise SteentjeError(t("import_too_deep", path=source)) from None


def entries_from_json(text: str, source: Path) -> list[Entry]:
    """Entries from an export, all validated before any is used; an error names the item."""
    items = load_json(text, source)
    if not isinstance(items, list):
        raise SteentjeError(t("import_not_array", path=source))
    return [_entry_from_item(item, source, number) for number, item in enumerate(items, 1)]


def _entry_from_item(item: object, source: Path, number: int) -> Entry:
    """One export item as an entry, checked by the journal's own entry validator."""

    def fail(problem: str) -> SteentjeError:
        return SteentjeError(t("import_bad_entry", path=source, number=number, problem=problem))

    if not isinstance(item, dict):
        raise fail(t("import_not_object"))
    table = dict(item)
    moment = table.get("date")
    # JSON has no date-time type: the export writes ISO 8601 text with its offset.
    try:
        when = datetime.fromisoformat(moment) if isinstance(moment, str) else None
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        raise fail(t("import_field_date"))
    table["date"] = when
    # An export writes null for an intention, outcome or outcome day not set, and for
    # an entry never edited.
    for key in ("intention", "outcome", "outcome_date", "edited"):
        if table.get(key) is None:
            table.pop(key, None)
    # Its moments of change, as the date (entry_problem names what is not one).
    if isinstance(table.get("edited"), str):
        table["edited"] = _moment(table["edited"])
    if table.get("edited_before") == []:
        del table["edited_before"]
    elif isinstance(table.get("edited_before"), list):
        table["edited_before"] = [_moment(item) for item in table["edited_before"]]
    outcome_day = table.get("outcome_date")
    if isinstance(outcome_day, str):
        with suppress(ValueError):  # entry_problem names it
            table["outcome_date"] = date.fromisoformat(outcome_day)
    problem = entry_problem(table)
    if problem is not None:
        raise fail(problem)
    if not table["answer"].strip():
        raise fail(t("import_field_answer"))
    try:
        require_text(table["answer"], t("field_name_answer"))
        require_text(table.get("prompt", ""), t("field_name_prompt"))
        for tag in table.get("tags", []):
            require_text(tag, t("field_name_tag"))
        require_text(table.get("intention", ""), t("field_name_intention"))
        require_text(table.get("outcome", ""), t("field_name_outcome"))
        # As the tag rule stores them (Team, #team: team); an older export's
        # "two words" becomes two-words rather than refusing the whole file.
        table["tags"] = list(normalised_tags(table.get("tags", [])))
        table["id"] = table["id"].strip()
    except SteentjeError as error:
        raise fail(str(error).split(";")[0]) from None
    entry = entry_from_table(table)
    # Only the fields an export carries; keys it does not know are not imported.
    return Entry(
        entry.id, entry.date, entry.principle, entry.prompt, entry.answer, entry.tags,
        starred=entry.starred,
        principle_set="" if entry.set_id == BUNDLED_SET else entry.principle_set,
        intention=entry.intention, outcome=entry.outcome,
        outcome_date=entry.outcome_date,
        edited=entry.edited, edited_before=entry.edited_before,
    )  # fmt: skip


def _moment(value: object) -> object:
    """An export's ISO 8601 moment with its offset as a date-time; anything else as it is."""
    if isinstance(value, str):
        with suppress(ValueError):
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                return moment
    return value


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do to a journal holding *existing* entries."""

    fresh: list[Entry]
    skipped: int
    # Same id as an entry in the journal, other content: (incoming, the journal's).
    conflicts: list[tuple[Entry, Entry]]


def same_content(one: Entry, other: Entry) -> bool:
    """Whether two entries say the same (the fields an export carries)."""
    return (one.date, one.principle, one.prompt, one.answer, one.tags, one.set_id) == (
        other.date, other.principle, other.prompt, other.answer, other.tags, other.set_id,
    )  # fmt: skip


def plan_import(
    existing: Sequence[Entry], incoming: Iterable[Entry], *, ids_from_content: bool = False
) -> ImportPlan:
    """Sort incoming entries: new, already there (same id and content, or same moment and
    answer), or in conflict (an id already used for other content).

    With *ids_from_content* (a jrnl import: each id is derived from what the entry
    says), an id already in the journal means the entry is there, perhaps edited since.
    """
    by_id = {entry.id: entry for entry in existing}
    moments = {(entry.date, entry.answer) for entry in existing}
    fresh: list[Entry] = []
    conflicts: list[tuple[Entry, Entry]] = []
    skipped = 0
    for entry in incoming:
        known = by_id.get(entry.id)
        if (entry.date, entry.answer) in moments or (
            known is not None and (ids_from_content or same_content(entry, known))
        ):
            skipped += 1  # already there, perhaps under another id (kept both before)
            continue
        if known is not None:
            conflicts.append((entry, known))
            continue
        fresh.append(entry)
        by_id[entry.id] = entry
        moments.add((entry.date, entry.answer))
    return ImportPlan(fresh, skipped, conflicts)
