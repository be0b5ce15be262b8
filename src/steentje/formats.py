"""Plain-text renderings of entries for scripts and documents (no rich needed)."""

import json
from collections.abc import Iterable

from steentje.journal import Entry
from steentje.principles import Catalog


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
    """A JSON array of entry objects, stable for scripts."""
    return json.dumps([entry_to_dict(entry) for entry in entries], ensure_ascii=False, indent=2)


def entries_to_markdown(entries: Iterable[Entry], catalog: Catalog) -> str:
    """Entries as a Markdown document, each under a heading with its date and principle."""
    parts = ["# steentje"]
    for entry in entries:
        title = catalog.principle(entry.principle).title
        parts.append(
            f"## {entry.date:%Y-%m-%d %H:%M} · {entry.principle}. {title}\n\n"
            f"*{entry.prompt}*\n\n"
            f"{entry.answer.strip()}"
        )
        details = f"`{entry.id}`"
        if entry.tags:
            details += " · " + " ".join(f"#{tag}" for tag in entry.tags)
        parts.append(details)
    return "\n\n".join(parts) + "\n"
