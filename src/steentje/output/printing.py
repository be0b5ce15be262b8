"""Printing entries in the format asked for, through the pager when it is long."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from steentje.journal import Entry

if TYPE_CHECKING:
    from steentje.principles import Catalog


def print_entries(
    entries: Sequence[Entry],
    catalog_in_use: Callable[[], Catalog],
    output_format: str,
    *,
    search: str | None = None,
    pager: bool = True,
    week_start: int = 0,
) -> None:
    """Entries as a table, whole ("full"), Markdown or JSON, on stdout.

    *catalog_in_use* gives the set in use (asked only when a title is shown).
    """
    from steentje.output import formats

    if output_format == "json":
        emit(formats.entries_to_json(entries) + "\n", pager=pager)
        return
    if not entries:
        return
    catalog = catalog_in_use()
    if output_format == "markdown":
        emit(formats.entries_to_markdown(entries, catalog, week_start), pager=pager)
        return
    from steentje.output import render

    console = render.make_console()
    star = render.star_mark(console)
    if output_format == "full":
        parts = render.entries_full(entries, catalog, search, star=star)
    else:
        parts = [render.entries_table(entries, catalog, search, star=star)]
    render.page(console, parts, use_pager=pager)


def emit(text: str, *, pager: bool) -> None:
    """Plain text to stdout, through the pager when it is long and stdout is a terminal.

    On a terminal, characters that would steer it are shown as notation; a file
    or a pipe gets the text exactly.
    """
    if sys.stdout.isatty():
        from steentje.output.safe import visible

        text = visible(text)
    if pager and sys.stdout.isatty():
        import shutil

        if text.count("\n") >= shutil.get_terminal_size().lines:
            from steentje.output.render import show_in_pager

            show_in_pager(text)
            return
    sys.stdout.write(text)
