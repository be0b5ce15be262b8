"""``show``, ``edit`` and ``delete``: one entry, found by its id or the start of it."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from steentje.journal import find_entry
from steentje.settings import Settings
from steentje.words import t


def show(settings: Settings, entry_id: str, *, pager: bool) -> None:
    """Print one entry whole: its day, principle, the question as asked, and the answer."""
    from steentje.output import render
    from steentje.principles import load_catalog
    from steentje.storage.caches import all_entries

    entry = find_entry(all_entries(settings.journal) or (), entry_id)
    catalog = load_catalog(settings.language)
    render.page(render.make_console(), render.entries_full([entry], catalog), use_pager=pager)


def edit(
    settings: Settings,
    entry_id: str,
    *,
    answer: str | None,
    add_tags: Iterable[str],
    remove_tags: Iterable[str],
) -> None:
    """Change an entry's answer (in the editor when no other change is given) or its tags."""
    from steentje.journal import edited_entry
    from steentje.storage.reading import read_journal
    from steentje.storage.rewriting import update_entry

    add_tags, remove_tags = list(add_tags), list(remove_tags)
    entry = find_entry(read_journal(settings.journal).entries, entry_id)
    new_answer = answer
    if new_answer is None and not add_tags and not remove_tags:
        from steentje import answers

        instructions = [
            t(
                "editor_entry_header",
                id=entry.id,
                day=f"{entry.date:%Y-%m-%d}",
                principle=entry.principle,
            ),
            entry.prompt,
            t("editor_instructions_edit"),
        ]
        new_answer = answers.edit_answer(instructions, entry.answer, settings.editor)
    changed = edited_entry(
        entry,
        answer=entry.answer if new_answer is None else new_answer,
        add_tags=add_tags,
        remove_tags=remove_tags,
    )
    if changed is None:
        print(t("no_changes", id=entry.id), file=sys.stderr)
        return
    update_entry(settings.journal, entry.id, lambda _current: changed)
    print(t("updated", id=entry.id))


def delete(settings: Settings, entry_id: str, *, yes: bool, interactive: bool) -> None:
    """Delete an entry, after asking on a terminal unless *yes*."""
    from steentje.errors import SteentjeError
    from steentje.storage.reading import read_journal
    from steentje.storage.rewriting import backup_path, delete_entry

    entry = find_entry(read_journal(settings.journal).entries, entry_id)
    if not yes:
        if not interactive:
            raise SteentjeError(t("delete_needs_yes", id=entry.id))
        summary = " ".join(entry.answer.split())
        summary = summary if len(summary) <= 60 else summary[:59] + "…"
        question = t("confirm_delete", id=entry.id, day=f"{entry.date:%Y-%m-%d}", summary=summary)
        from steentje.output import render

        if not render.confirm(render.make_console(), question, settings.language):
            print(t("nothing_deleted"), file=sys.stderr)
            return
    delete_entry(settings.journal, entry.id)
    print(t("deleted", id=entry.id, backup=backup_path(settings.journal)))
