"""``export`` and ``import``: reflections out as Markdown or JSON, and back in."""

from __future__ import annotations

import sys
from collections.abc import Collection, Sequence
from pathlib import Path

from steentje.commands.review import Filters, in_set, review_entries
from steentje.errors import SteentjeError
from steentje.exchange import ImportPlan, chronological, entries_from_json, plan_import
from steentje.settings import Settings
from steentje.words import os_reason, t


def export(
    settings: Settings, filters: Filters, output_format: str, output: Path | None, *, force: bool
) -> None:
    """Write the selected entries, oldest first, to stdout or to a new private file."""
    from steentje.output import formats
    from steentje.storage.principle_sets import catalog_for

    filters = in_set(settings, filters)
    # review_entries gives newest first (entries at one moment: last written first);
    # reversed, that is oldest first in written order, which chronological keeps.
    entries = chronological(reversed(review_entries(settings.journal, filters) or []))
    if output_format == "json":
        text = formats.entries_to_json(entries) + "\n"
    else:
        text = formats.entries_to_markdown(entries, catalog_for(settings), settings.week_start)
    if output is None:
        sys.stdout.write(text)
        return
    from steentje.storage.files import write_new_file

    write_new_file(output, text.encode("utf-8"), overwrite=force, journal=settings.journal)
    print(t("exported", count=len(entries), path=output), file=sys.stderr)


def import_file(
    settings: Settings, source: Path, *, keep_both: bool = False, origin: str = "steentje"
) -> tuple[int, int]:
    """Append the entries of the export *source* that the journal lacks: (added, skipped).

    *origin* is "steentje" (a JSON export) or "jrnl" (a jrnl journal file or its
    JSON export: free reflections whose ids come from their content, ``steentje.jrnl``).

    Every item is checked before anything is written, and the journal is read
    and appended to under one lock, so two imports at once add each entry once
    and a bad file changes nothing. An id already used for other content is a
    conflict: nothing is imported, unless *keep_both* gives the newcomer a new id.
    """
    from dataclasses import replace

    from steentje.journal import Entry, new_id
    from steentje.storage.appending import append_new

    try:
        # "-" is standard input, as for most commands that read a file.
        if str(source) == "-" and sys.stdin.isatty():
            print(t("import_from_terminal"), file=sys.stderr)  # rather than wait in silence
        raw = sys.stdin.buffer.read() if str(source) == "-" else source.read_bytes()
        if not raw.strip():
            raise SteentjeError(t("import_empty", path=source))
        if origin == "jrnl":
            from steentje.jrnl import is_encrypted

            if is_encrypted(raw):
                raise SteentjeError(t("jrnl_encrypted", path=source))
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else t("not_utf8_text")
        raise SteentjeError(t("cannot_read_import", path=source, reason=reason)) from None
    if origin == "jrnl":
        from steentje.jrnl import entries_from_jrnl

        incoming = entries_from_jrnl(text, source)
    else:
        try:
            incoming = entries_from_json(text, source)
        except SteentjeError:
            # The first thing a jrnl user types: say what would read it.
            if _reads_as_jrnl(text, source):
                raise SteentjeError(t("import_looks_like_jrnl", path=source)) from None
            raise
    plans: list[ImportPlan] = []
    renamed: list[Entry] = []
    left_out: list[Entry] = []  # deleted here, and not brought back
    brought_back: list[Entry] = []  # deleted here, brought back (keep_both) under new ids

    def pick(existing: Sequence[Entry], deleted: Collection[str]) -> list[Entry]:
        plan = plan_import(existing, incoming, ids_from_content=origin == "jrnl")
        # An entry you deleted here comes back only with keep_both, under a new id (its
        # old one stays deleted: a merge would delete it again).
        gone = [entry for entry in plan.fresh if entry.id in deleted]
        left_out[:] = [] if keep_both else gone
        if gone:
            plan = replace(plan, fresh=[entry for entry in plan.fresh if entry.id not in deleted])
        plans.append(plan)
        if plan.conflicts and not keep_both:
            ids = ", ".join(entry.id for entry, _ in plan.conflicts)
            raise SteentjeError(
                t("import_conflict", count=len(plan.conflicts), path=source, ids=ids)
            )
        taken = {*deleted, *(entry.id for entry in existing), *(e.id for e in plan.fresh)}
        renamed.clear()
        brought_back.clear()
        for entry in [*(entry for entry, _ in plan.conflicts), *(gone if keep_both else [])]:
            fresh_id = new_id()
            while fresh_id in taken:
                fresh_id = new_id()
            taken.add(fresh_id)
            (brought_back if entry.id in deleted else renamed).append(replace(entry, id=fresh_id))
        return [*plan.fresh, *renamed, *brought_back]

    appended = append_new(settings.journal, pick)
    plan = plans[-1]
    added = len(appended)
    message = t("imported", count=added)
    if plan.skipped:
        message += "; " + t("import_skipped", count=plan.skipped)
    if left_out:
        message += "; " + t("import_deleted_skipped", count=len(left_out))
    print(message + ".")
    if renamed:
        ids = ", ".join(entry.id for entry in renamed)
        print(t("import_renamed", count=len(renamed), ids=ids), file=sys.stderr)
    if brought_back:
        ids = ", ".join(entry.id for entry in brought_back)
        print(t("import_deleted_back", count=len(brought_back), ids=ids), file=sys.stderr)
    return added, plan.skipped


def _reads_as_jrnl(text: str, source: Path) -> bool:
    """Whether *text* is a jrnl journal or export with at least one entry."""
    from steentje.jrnl import entries_from_jrnl

    try:
        return bool(entries_from_jrnl(text, source))
    except SteentjeError:
        return False
