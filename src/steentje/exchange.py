"""Taking entries out (export) and bringing them back in (import), as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from steentje.errors import SteentjeError
from steentje.journal import Entry, clean_tags, require_text
from steentje.messages import t


def chronological(entries: Iterable[Entry]) -> list[Entry]:
    """Oldest first, entries at the same moment in the order they were written."""
    numbered = sorted(enumerate(entries), key=lambda pair: (pair[1].date, pair[0]))
    return [entry for _, entry in numbered]


def entries_from_json(text: str, source: Path) -> list[Entry]:
    """Entries from an export, all validated before any is used; an error names the item."""
    try:
        items = json.loads(text)
    except json.JSONDecodeError as error:
        raise SteentjeError(
            t("import_not_json", path=source, line=error.lineno, column=error.colno)
        ) from None
    if not isinstance(items, list):
        raise SteentjeError(t("import_not_array", path=source))
    return [_entry_from_item(item, source, number) for number, item in enumerate(items, 1)]


def _entry_from_item(item: object, source: Path, number: int) -> Entry:
    def fail(problem: str) -> SteentjeError:
        return SteentjeError(t("import_bad_entry", path=source, number=number, problem=problem))

    if not isinstance(item, dict):
        raise fail(t("import_not_object"))
    entry_id, moment, principle = item.get("id"), item.get("date"), item.get("principle")
    prompt, answer, tags = item.get("prompt", ""), item.get("answer"), item.get("tags", [])
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise fail(t("field_id"))
    try:
        when = datetime.fromisoformat(moment) if isinstance(moment, str) else None
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        raise fail(t("import_field_date"))
    if not isinstance(principle, int) or isinstance(principle, bool) or not 1 <= principle <= 7:
        raise fail(t("field_principle"))
    if not isinstance(prompt, str):
        raise fail(t("field_prompt"))
    if not isinstance(answer, str) or not answer.strip():
        raise fail(t("import_field_answer"))
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise fail(t("field_tags"))
    try:
        require_text(answer, "answer")
        require_text(prompt, "prompt")
        cleaned = clean_tags(tags)
    except SteentjeError as error:
        raise fail(str(error).split(";")[0]) from None
    return Entry(entry_id.strip(), when, principle, prompt, answer, cleaned)


def new_entries(existing: Sequence[Entry], incoming: Iterable[Entry]) -> list[Entry]:
    """The incoming entries not there yet: neither the same id nor the same date and answer."""
    ids = {entry.id for entry in existing}
    moments = {(entry.date, entry.answer) for entry in existing}
    fresh = []
    for entry in incoming:
        if entry.id in ids or (entry.date, entry.answer) in moments:
            continue
        fresh.append(entry)
        ids.add(entry.id)
        moments.add((entry.date, entry.answer))
    return fresh


def import_file(journal: Path, source: Path) -> tuple[int, int]:
    """Append the entries of the export *source* that *journal* lacks: (added, skipped).

    Every item is checked before anything is written, and all new entries land
    in one locked append, so a bad file changes nothing.
    """
    from steentje.index import all_entries
    from steentje.store import append_entries

    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise SteentjeError(t("cannot_read_import", path=source, reason=reason)) from None
    incoming = entries_from_json(text, source)
    fresh = new_entries(all_entries(journal) or (), incoming)
    append_entries(journal, fresh)
    return len(fresh), len(incoming) - len(fresh)
