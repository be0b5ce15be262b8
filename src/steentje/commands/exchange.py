"""``export`` and ``import``: reflections out as Markdown or JSON, and back in."""

from __future__ import annotations

import sys
from pathlib import Path

from steentje.commands.review import Filters, review_entries
from steentje.errors import SteentjeError
from steentje.exchange import chronological, entries_from_json, new_entries
from steentje.settings import Settings
from steentje.words import os_reason, t


def export(
    settings: Settings, filters: Filters, output_format: str, output: Path | None, *, force: bool
) -> None:
    """Write the selected entries, oldest first, to stdout or to a new private file."""
    from steentje.output import formats
    from steentje.principles import load_catalog

    entries = chronological(review_entries(settings.journal, filters) or [])
    if output_format == "json":
        text = formats.entries_to_json(entries) + "\n"
    else:
        text = formats.entries_to_markdown(
            entries, load_catalog(settings.language), settings.week_start
        )
    if output is None:
        sys.stdout.write(text)
        return
    from steentje.storage.files import write_new_file

    write_new_file(output, text.encode("utf-8"), overwrite=force)
    print(t("exported", count=len(entries), path=output), file=sys.stderr)


def import_file(settings: Settings, source: Path) -> tuple[int, int]:
    """Append the entries of the export *source* that the journal lacks: (added, skipped).

    Every item is checked before anything is written, and all new entries land
    in one locked append, so a bad file changes nothing.
    """
    from steentje.storage.appending import append_entries
    from steentje.storage.caches import all_entries

    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else t("not_utf8_text")
        raise SteentjeError(t("cannot_read_import", path=source, reason=reason)) from None
    incoming = entries_from_json(text, source)
    fresh = new_entries(all_entries(settings.journal) or (), incoming)
    append_entries(settings.journal, fresh)
    skipped = len(incoming) - len(fresh)
    message = t("imported", count=len(fresh))
    if skipped:
        message += "; " + t("import_skipped", count=skipped)
    print(message + ".")
    return len(fresh), skipped
