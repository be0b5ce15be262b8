"""``followup`` and ``review --intentions``: what you meant to try, and how it went."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from steentje import clock
from steentje.settings import Settings
from steentje.words import t

if TYPE_CHECKING:
    from steentje.commands.review import Filters


def followup(
    settings: Settings, entry_id: str, text: str | None, *, edit: bool, drop: bool
) -> None:
    """Record how an entry's intention went, or let it go (*drop*).

    The outcome comes from *text*, the editor, a pipe or a prompt under the
    intention, as an answer does. It is written under the journal's lock, to
    the entry as it is then.
    """
    from steentje.errors import SteentjeError
    from steentje.journal import find_entry
    from steentje.storage.reading import read_journal

    entry = find_entry(read_journal(settings.journal).entries, entry_id)
    if not entry.intention:
        raise SteentjeError(t("no_intention", id=entry.id))
    if drop:
        let_go(settings, entry.id)
        return
    if text is None:
        text = _collect_outcome(settings, entry.intention, entry.outcome, edit=edit)
    # With --edit the person changed the outcome they saw; otherwise they wrote
    # one where they saw none (told before? followup refuses to overwrite it).
    save_outcome(settings, entry.id, text, replacing=entry.outcome if edit else "")


def _collect_outcome(settings: Settings, intention: str, current: str, *, edit: bool) -> str:
    """The outcome from the editor, else a pipe, else asked under the intention."""
    from steentje import answers

    if edit:
        from steentje.words import LABELS

        labels = LABELS[settings.language]
        instructions = [
            f"{labels['intention_heading']}: {' '.join(intention.split())}",
            f"{labels['how_did_it_go']}",
            t("editor_instructions_new"),
        ]
        return answers.edit_answer(instructions, current, settings.editor)
    if answers.stdin_is_piped():
        return answers.read_piped_answer(sys.stdin.buffer)
    from steentje.output import render
    from steentje.output.answer_prompt import ask_answer

    render.make_console().print(render.outcome_prompt(settings.language, intention))
    return ask_answer()


def save_outcome(settings: Settings, entry_id: str, outcome: str, *, replacing: str = "") -> None:
    """Write *outcome* to the entry's intention, dated today, and confirm it.

    *replacing*: the outcome it replaces, as the person saw it (see ``followed_up_entry``).
    """
    from functools import partial

    from steentje.i18n import format_long_date
    from steentje.journal import followed_up_entry
    from steentje.storage.rewriting import update_entry

    today = clock.today()
    changed = update_entry(
        settings.journal,
        entry_id,
        partial(followed_up_entry, outcome=outcome, day=today, replacing=replacing),
    )
    if changed is None:
        print(t("outcome_unchanged", id=entry_id), file=sys.stderr)
        return
    print(t("outcome_saved", id=changed.id, when=format_long_date(today, settings.language)))


def let_go(settings: Settings, entry_id: str) -> None:
    """Let an entry's intention go: it is no longer open, and nobody asks about it again."""
    from functools import partial

    from steentje.journal import followed_up_entry
    from steentje.storage.rewriting import update_entry

    changed = update_entry(
        settings.journal, entry_id, partial(followed_up_entry, outcome=None, day=clock.today())
    )
    if changed is None:
        print(t("intention_dropped_already", id=entry_id), file=sys.stderr)
        return
    print(t("intention_dropped", id=changed.id))


def review_intentions(
    settings: Settings, filters: Filters, output_format: str, *, pager: bool
) -> None:
    """The entries with an intention that the filters select: open ones first, then the
    others, each newest first; as a list of intentions and outcomes, or in a review format."""
    from dataclasses import replace

    from steentje.commands.review import review_entries
    from steentje.output.printing import print_entries
    from steentje.storage.principle_sets import catalog_for

    chosen = review_entries(settings.journal, replace(filters, limit=None, with_intention=True))
    if chosen is None:
        print(t("no_journal_yet"), file=sys.stderr)
        chosen = []
    elif not chosen:
        # Filters that found nothing say so; without any, there are no intentions yet.
        filtered = any((
            filters.principles, filters.tags, filters.not_tags, filters.starred,
            filters.search is not None, filters.since, filters.until,
        ))  # fmt: skip
        print(t("no_match" if filtered else "no_intentions_yet"), file=sys.stderr)
    ordered = [entry for entry in chosen if entry.intention_open]
    ordered += [entry for entry in chosen if not entry.intention_open]
    if filters.limit is not None:
        ordered = ordered[: filters.limit]
    if output_format != "table":
        print_entries(
            ordered, lambda: catalog_for(settings), output_format, search=filters.search,
            pager=pager, week_start=settings.week_start,
        )  # fmt: skip
        return
    if not ordered:
        return
    from steentje.output import render

    console = render.make_console()
    parts = render.intentions_list(ordered, catalog_for(settings))
    render.page(console, parts, use_pager=pager)
