"""Everything steentje draws with rich: panels, tables, the answer prompt.

This is the only module that imports rich, and it does so lazily, so commands
that print plain text never pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from steentje.i18n import format_long_date

if TYPE_CHECKING:
    from rich.console import Console

    from steentje.daily import DailyPrompt
    from steentje.journal import Entry
    from steentje.principles import Catalog, Principle

LABELS = {
    "nl": {
        "today": "Vraag van vandaag",
        "answer_or_skip": "Jouw antwoord (Enter slaat over)",
        "answer": "Jouw antwoord",
        "log_hint": 'Antwoorden: steentje log "…"',
        "prompts": "Reflectievragen",
        "date": "Datum",
        "principle": "Principe",
        "id": "Id",
        "reflection": "Antwoord",
        "key_phrase": "Kern",
    },
    "en": {
        "today": "Today's question",
        "answer_or_skip": "Your answer (Enter skips)",
        "answer": "Your answer",
        "log_hint": 'To answer: steentje log "…"',
        "prompts": "Reflection prompts",
        "date": "Date",
        "principle": "Principle",
        "id": "Id",
        "reflection": "Answer",
        "key_phrase": "Key phrase",
    },
}


def make_console(*, stderr: bool = False) -> Console:
    """A console on stdout (or stderr) that honours NO_COLOR, FORCE_COLOR and pipes."""
    from rich.console import Console

    # highlight=False: answers are the user's words, not code to colour.
    return Console(stderr=stderr, highlight=False)


def daily_panel(daily: DailyPrompt, language: str, *, show_hint: bool) -> object:
    """The day's principle and question, framed."""
    from rich.panel import Panel
    from rich.text import Text

    labels = LABELS[language]
    principle = daily.principle
    body = Text()
    body.append(f"{principle.number}. {principle.title}\n", style="bold")
    body.append(f"“{principle.key_phrase}”\n\n", style="italic")
    body.append(f"{labels['today']}\n", style="bold cyan")
    body.append(daily.prompt)
    return Panel(
        body,
        title=f"steentje · {format_long_date(daily.day, language)}",
        title_align="left",
        subtitle=labels["log_hint"] if show_hint else None,
        subtitle_align="right",
        border_style="yellow",
        padding=(1, 2),
    )


def principles_table(catalog: Catalog) -> object:
    """All seven principles, one row each."""
    from rich.table import Table

    labels = LABELS[catalog.language]
    table = Table(title="Het nieuwe leidinggeven", title_style="bold", show_lines=False)
    table.add_column("#", justify="right", style="bold")
    table.add_column(labels["principle"], ratio=3)
    table.add_column(labels["key_phrase"], style="italic", ratio=2)
    for principle in catalog.principles:
        table.add_row(str(principle.number), principle.title, principle.key_phrase)
    return table


def principle_panel(principle: Principle, language: str) -> object:
    """One principle in full, with its reflection prompts."""
    from rich.panel import Panel
    from rich.text import Text

    labels = LABELS[language]
    body = Text()
    body.append(f"{principle.summary}\n\n")
    body.append(f"“{principle.key_phrase}”\n\n", style="italic")
    body.append(f"{labels['prompts']}\n", style="bold cyan")
    for position, prompt in enumerate(principle.prompts, start=1):
        body.append(f"{position}. {prompt}\n")
    body.rstrip()
    return Panel(
        body,
        title=f"{principle.number}. {principle.title}",
        title_align="left",
        border_style="yellow",
        padding=(1, 2),
    )


def conclusion_text(catalog: Catalog) -> object:
    """The article's closing thought, as a quiet footer."""
    from rich.text import Text

    return Text.assemble(
        (catalog.conclusion.title, "bold"), " — ", (catalog.conclusion.text, "dim")
    )


def entries_table(entries: Sequence[Entry], catalog: Catalog) -> object:
    """Entries as a table: date, principle, id and the answer cut to fit."""
    from rich.table import Table

    labels = LABELS[catalog.language]
    table = Table(show_edge=False, header_style="bold", expand=True)
    table.add_column(labels["date"], no_wrap=True, min_width=16)
    table.add_column(labels["principle"], no_wrap=True, overflow="ellipsis", ratio=1)
    table.add_column(labels["id"], no_wrap=True, min_width=8, style="cyan")
    table.add_column(labels["reflection"], no_wrap=True, overflow="ellipsis", ratio=2)
    for entry in entries:
        title = catalog.principle(entry.principle).title
        table.add_row(
            f"{entry.date:%Y-%m-%d %H:%M}",
            f"{entry.principle}. {title}",
            entry.id,
            " ".join(entry.answer.split()),
        )
    return table


def entries_full(entries: Sequence[Entry], catalog: Catalog) -> list[object]:
    """Each entry whole: a heading rule, the prompt as asked, the answer and its tags."""
    from rich.rule import Rule
    from rich.text import Text

    parts: list[object] = []
    for entry in entries:
        title = catalog.principle(entry.principle).title
        parts.append(
            Rule(
                f"{entry.id} · {entry.date:%Y-%m-%d %H:%M} · {entry.principle}. {title}",
                align="left",
                style="yellow",
            )
        )
        body = Text()
        body.append(f"{entry.prompt}\n\n", style="italic")
        body.append(entry.answer)
        if entry.tags:
            body.append("\n\n" + " ".join(f"#{tag}" for tag in entry.tags), style="cyan")
        parts.append(body)
        parts.append(Text())
    return parts


def print_all(console: Console, renderables: Sequence[object]) -> None:
    """Print renderables in order."""
    for renderable in renderables:
        console.print(renderable)


def ask_answer(console: Console, language: str, *, can_skip: bool) -> str:
    """Ask for the day's answer on the terminal; Ctrl-D counts as no answer."""
    label = LABELS[language]["answer_or_skip" if can_skip else "answer"]
    try:
        return console.input(f"[bold]{label}:[/] ")
    except EOFError:
        console.print()
        return ""
