"""``show``, ``edit``, ``star``, ``unstar`` and ``delete``: one entry, found by its id or the start
of it."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from steentje.journal import find_entry
from steentje.settings import Settings
from steentje.words import t

if TYPE_CHECKING:
    from steentje.dates import When


def show(settings: Settings, entry_id: str, *, pager: bool) -> None:
    """Print one entry whole: its day, principle, the question as asked, and the answer."""
    from steentje.output import render
    from steentje.storage.principle_sets import catalog_for
    from steentje.storage.reading import all_entries

    entry = find_entry(all_entries(settings.journal) or (), entry_id)
    catalog = catalog_for(settings)
    console = render.make_console()
    parts = render.entries_full([entry], catalog, star=render.star_mark(console))
    render.page(console, parts, use_pager=pager)


def edit(
    settings: Settings,
    entry_id: str,
    *,
    answer: str | None,
    add_tags: Iterable[str],
    remove_tags: Iterable[str],
    when: When | None = None,
) -> None:
    """Change an entry's answer (in the editor when no other change is given), tags or moment.

    *when* moves the entry to another day or moment (``dates.moved_moment``);
    its principle and question stay what was asked.

    The change is worked out under the journal's lock from the entry as it is
    then, so two edits at once both land. An answer typed in the editor is
    refused when the entry changed while the editor was open; the text is kept.
    """
    from steentje import clock
    from steentje.dates import moved_moment, require_past
    from steentje.errors import NoSuchEntry, SteentjeError
    from steentje.journal import Entry, edited_entry
    from steentje.storage.reading import read_journal
    from steentje.storage.rewriting import update_entry

    add_tags, remove_tags = list(add_tags), list(remove_tags)
    now = clock.now()
    inline = settings.inline_tags
    seen = find_entry(read_journal(settings.journal).entries, entry_id)
    typed: str | None = None
    if answer is None and not add_tags and not remove_tags and when is None:
        from steentje import answers

        day = f"{seen.date:%Y-%m-%d}"
        header = (
            t("editor_free_header", id=seen.id, day=day)
            if seen.is_free
            else t("editor_entry_header", id=seen.id, day=day, principle=seen.principle)
        )
        # A free reflection answers no question: no empty line where it would be.
        instructions = [
            header,
            *([seen.prompt] if seen.prompt else []),
            t("editor_instructions_edit"),
        ]
        typed = answers.edit_answer(instructions, seen.answer, settings.editor)

    def change(current: Entry) -> Entry | None:
        if typed is not None and current != seen:
            raise _Conflict
        new_answer = typed if typed is not None else answer
        moment = None
        if when is not None:
            # From the entry as it is under the lock: without a time it keeps its own.
            moment = moved_moment(current.date, when, now)
            require_past(moment, now)
        return edited_entry(
            current,
            answer=current.answer if new_answer is None else new_answer,
            add_tags=add_tags,
            remove_tags=remove_tags,
            moment=moment,
            inline=inline,
        )

    if typed is not None and edited_entry(seen, answer=typed, inline=inline) is None:
        # Refuses an empty answer before anything else; an unchanged one changes nothing.
        print(t("no_changes", id=seen.id), file=sys.stderr)
        return
    try:
        changed = update_entry(settings.journal, seen.id, change)
    except (_Conflict, SteentjeError) as error:
        if typed is None:
            raise
        # Whatever went wrong, what was typed in the editor is never lost.
        saved = _keep_text(settings.journal, seen.id, typed)
        if isinstance(error, _Conflict | NoSuchEntry):
            raise SteentjeError(t("edit_conflict", id=seen.id, saved=saved)) from None
        raise SteentjeError(t("text_kept", error=error, saved=saved)) from None
    if changed is None:
        print(t("no_changes", id=seen.id), file=sys.stderr)
        return
    if when is not None and changed.date.isoformat() != seen.date.isoformat():
        from steentje.i18n import format_long_date

        day = format_long_date(changed.day, settings.language)
        print(t("entry_moved", id=seen.id, when=f"{day}, {changed.date:%H:%M}"))
        return
    print(t("updated", id=seen.id))


def star(settings: Settings, entry_id: str, *, starred: bool) -> None:
    """Give an entry a star, or take it away, under the journal's lock."""
    from functools import partial

    from steentje.journal import starred_entry
    from steentje.storage.reading import read_journal
    from steentje.storage.rewriting import update_entry

    entry = find_entry(read_journal(settings.journal).entries, entry_id)
    changed = update_entry(settings.journal, entry.id, partial(starred_entry, starred=starred))
    if changed is None:
        print(t("already_starred" if starred else "not_starred", id=entry.id), file=sys.stderr)
        return
    print(t("entry_starred" if starred else "entry_unstarred", id=entry.id))


class _Conflict(Exception):
    """The entry changed (or went) while the editor was open."""


def _keep_text(journal: Path, entry_id: str, text: str) -> Path:
    """Save text typed in the editor beside the journal, privately, under a new name."""
    from steentje import clock
    from steentje.storage.files import replace_file

    saved = journal.with_name(f"{journal.name}.unsaved-{entry_id}-{clock.now():%Y%m%dT%H%M%S}.txt")
    replace_file(saved, text.encode("utf-8"))
    return saved


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
