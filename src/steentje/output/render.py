"""Everything steentje draws with rich: panels, tables, the yes/no question.

This is the only module that imports rich, and it does so lazily, so commands
that print plain text never pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from steentje.i18n import format_long_date
from steentje.output.safe import visible
from steentje.principles import principle_label
from steentje.week import weekday_order
from steentje.words import LABELS, text_in

if TYPE_CHECKING:
    from rich.console import Console, Group
    from rich.text import Text

    from steentje.daily import DailyPrompt
    from steentje.journal import Entry
    from steentje.patterns import Calendar, ReviewDay, Stats
    from steentje.principles import Catalog, Principle


def make_console(*, stderr: bool = False) -> Console:
    """A console on stdout (or stderr) that honours NO_COLOR, FORCE_COLOR and pipes."""
    from rich.console import Console

    # highlight=False: answers are the user's words, not code to colour.
    return Console(stderr=stderr, highlight=False)


# An answer shown under the day's question is cut after this many lines or characters
# (`show ID` has it all).
ANSWERED_LINES = 4
ANSWERED_CHARACTERS = 400


def daily_panel(
    daily: DailyPrompt,
    language: str,
    *,
    show_hint: bool,
    is_today: bool = True,
    answered: Sequence[Entry] = (),
    more: bool = False,
) -> object:
    """The day's principle and question, framed, with the day's answers so far under it.

    *answered* are shown oldest first, each with its time; *more* says that the
    day has earlier answers than those. The hint to answer names another day.
    """
    from rich.panel import Panel
    from rich.text import Text

    labels = LABELS[language]
    command = "steentje log" if is_today else f"steentje log --date {daily.day:%Y-%m-%d}"
    principle = daily.principle
    body = Text()
    body.append(f"{principle.number}. {principle.title}\n", style="bold")
    body.append(f"“{principle.key_phrase}”\n\n", style="italic")
    body.append(f"{labels['today' if is_today else 'other_day']}\n", style="bold cyan")
    body.append(daily.prompt)
    content: Text | Group = body
    if answered:
        content = _with_answers(body, daily.day, language, answered, more=more, is_today=is_today)
    return Panel(
        content,
        title=f"steentje · {format_long_date(daily.day, language)}",
        title_align="left",
        subtitle=labels["log_hint"].format(command=command) if show_hint else None,
        subtitle_align="right",
        border_style="yellow",
        padding=(1, 2),
    )


def _with_answers(
    body: Text,
    day: date,
    language: str,
    answered: Sequence[Entry],
    *,
    more: bool,
    is_today: bool,
) -> Group:
    """*body* followed by the day's answers: time, then text (wrapped lines stay under the text)."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    labels = LABELS[language]
    heading = Text(f"\n{labels['answered' if is_today else 'answered_other_day']}", style="bold")
    if more:
        review = f"steentje review --since {day:%Y-%m-%d} --until {day:%Y-%m-%d}"
        heading.append(f"\n{text_in('more_answers', language, command=review)}", style="dim")
    answers = Table.grid(padding=(0, 2))
    answers.add_column(style="dim", no_wrap=True)
    answers.add_column()
    for entry in sorted(answered, key=lambda entry: entry.date):
        text = visible(entry.answer)
        lines = text.split("\n")
        if len(lines) > ANSWERED_LINES:
            text = "\n".join([*lines[: ANSWERED_LINES - 1], "…"])
        if len(text) > ANSWERED_CHARACTERS:
            cut = text[:ANSWERED_CHARACTERS]
            text = (cut.rsplit(None, 1)[0] if " " in cut else cut).rstrip() + " …"
        answers.add_row(f"{entry.date:%H:%M}", text)
    return Group(body, heading, answers)


def principles_table(catalog: Catalog) -> object:
    """All seven principles, one row each."""
    from rich.table import Table

    labels = LABELS[catalog.language]
    table = Table(title=labels["principles_title"], title_style="bold", show_lines=False)
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


def source_text(catalog: Catalog) -> object:
    """Where the principles come from, as a quiet footnote."""
    from rich.text import Text

    return Text(catalog.source, style="dim italic")


HIGHLIGHT = "bold black on yellow"


def highlighted(text: str, search: str | None, style: str = "") -> Text:
    """*text* as rich Text with every match of *search* (case and accents ignored) marked."""
    from rich.text import Text

    from steentje.search import match_spans

    text = visible(text)
    result = Text(text, style=style)
    if search:
        for start, end in match_spans(text, search):
            result.stylize(HIGHLIGHT, start, end)
    return result


def entries_table(entries: Sequence[Entry], catalog: Catalog, search: str | None = None) -> object:
    """Entries as a table: date, principle, id and the answer cut to fit."""
    from rich.table import Table

    labels = LABELS[catalog.language]
    table = Table(show_edge=False, header_style="bold", expand=True)
    table.add_column(labels["date"], no_wrap=True, min_width=16)
    table.add_column(labels["principle"], no_wrap=True, overflow="ellipsis", ratio=1)
    table.add_column(labels["id"], no_wrap=True, min_width=8, style="cyan")
    table.add_column(labels["reflection"], no_wrap=True, overflow="ellipsis", ratio=2)
    for entry in entries:
        table.add_row(
            f"{entry.date:%Y-%m-%d %H:%M}",
            principle_label(entry.principle, catalog),
            visible(entry.id),
            highlighted(" ".join(entry.answer.split()), search),
        )
    return table


def entries_full(
    entries: Sequence[Entry], catalog: Catalog, search: str | None = None
) -> list[object]:
    """Each entry whole: a heading rule, the prompt as asked, the answer and its tags."""
    from rich.rule import Rule
    from rich.text import Text

    parts: list[object] = []
    for entry in entries:
        parts.append(
            Rule(
                # Text, not a string: a title string would be read as rich markup.
                Text(
                    f"{visible(entry.id)} · {entry.date:%Y-%m-%d %H:%M} · "
                    f"{principle_label(entry.principle, catalog)}"
                ),
                align="left",
                style="yellow",
            )
        )
        body = Text()
        body.append_text(highlighted(entry.prompt, search, "italic"))
        body.append("\n\n")
        body.append_text(highlighted(entry.answer, search))
        if entry.tags:
            tags = " ".join(f"#{tag}" for tag in entry.tags)
            body.append("\n\n" + visible(tags), style="cyan")
        parts.append(body)
        parts.append(Text())
    return parts


def print_all(console: Console, renderables: Sequence[object]) -> None:
    """Print renderables in order."""
    for renderable in renderables:
        console.print(renderable)


def answer_label(language: str, *, can_skip: bool) -> object:
    """The line above the answer prompt: what to type and how to finish (wrapped to the width)."""
    from rich.text import Text

    labels = LABELS[language]
    how = labels["answer_how_or_skip" if can_skip else "answer_how"]
    return Text.assemble((labels["answer"], "bold"), f", {how}")


def stats_view(stats: Stats, catalog: Catalog) -> list[object]:
    """The figures, a bar per principle, the top tags and the calendar."""
    from rich.table import Table
    from rich.text import Text

    labels = LABELS[catalog.language]
    summary = Table.grid(padding=(0, 2))
    summary.add_column(style="bold")
    summary.add_column(justify="right")
    summary.add_row(labels["entries"], str(stats.total))
    summary.add_row(labels["days"], str(stats.days_reflected))
    for label, days in (
        ("current_streak", stats.current_streak),
        ("longest_streak", stats.longest_streak),
    ):
        summary.add_row(labels[label], text_in("stats_days", catalog.language, count=days))

    bars = Table.grid(padding=(0, 1))
    bars.add_column(justify="right", style="bold")
    bars.add_column(no_wrap=True, overflow="ellipsis", max_width=40)
    bars.add_column(no_wrap=True)
    most = max(stats.per_principle.values(), default=0) or 1
    for number, count in stats.per_principle.items():
        bar = "█" * round(20 * count / most) if count else "·"
        bars.add_row(
            str(number),
            catalog.principle(number).title,
            Text.assemble((bar, "green" if count else "dim"), f" {count}"),
        )
    parts: list[object] = [
        summary,
        Text(),
        Text(labels["per_principle"], style="bold cyan"),
        bars,
    ]
    if stats.tags:
        tags = Text(", ").join(Text(visible(f"#{tag} ({count})")) for tag, count in stats.tags)
        parts += [Text(), Text(labels["tags"], style="bold cyan"), tags]
    parts += [
        Text(),
        Text(
            text_in("stats_calendar", catalog.language, count=stats.calendar.weeks),
            style="bold cyan",
        ),
        calendar_heatmap(stats.calendar, stats.today, catalog.language),
    ]
    return parts


_SHADES = ("·", "░", "▒", "▓")
_SHADE_STYLES = ("dim", "green", "green", "bold green")


def calendar_heatmap(calendar: Calendar, today: date, language: str) -> Text:
    """A contribution graph: weeks as columns, the week's days as rows, shade by count."""
    from rich.text import Text

    labels = LABELS[language]
    starts = calendar.week_starts()
    # Month names above the first week of each month, where they fit.
    header = [" "] * (len(starts) * 2 + 2)
    previous_month, pending = None, None
    for column, first in enumerate(starts):
        if first.month != previous_month:
            previous_month, pending = first.month, labels["months"][first.month - 1]
        at = column * 2
        # A month's name goes above its first week, or the next one where it fits.
        if pending and all(cell == " " for cell in header[max(0, at - 1) : at + len(pending)]):
            header[at : at + len(pending)] = list(pending)
            pending = None
    text = Text("   " + "".join(header).rstrip() + "\n")
    for row, weekday in enumerate(weekday_order(calendar.week_start)):
        text.append(f"{labels['weekdays'][weekday]} ")
        for first in starts:
            day = date.fromordinal(first.toordinal() + row)
            if day > today:
                text.append("  ")
                continue
            shade = min(calendar.count(day), 3)
            text.append(_SHADES[shade], style=_SHADE_STYLES[shade])
            text.append(" ")
        text.rstrip()
        text.append("\n")
    text.append(f"   {labels['legend']}", style="dim")
    return text


def week_view(days: Sequence[ReviewDay], catalog: Catalog) -> list[object]:
    """A week on one screen: each day's principle and question, and what you answered.

    An answer written to another question than the day's (under another week
    start, say) shows the principle and question it answered above it.
    """
    from rich.panel import Panel
    from rich.text import Text

    from steentje.output.formats import week_heading

    labels = LABELS[catalog.language]
    body = Text()
    for position, review_day in enumerate(days):
        principle = review_day.daily.principle
        if position:
            body.append("\n\n")
        body.append(format_long_date(review_day.day, catalog.language), style="bold")
        body.append(f" · {principle.number}. {principle.title}\n", style="bold")
        body.append(f"{review_day.daily.prompt}\n", style="italic dim")
        if not review_day.entries:
            body.append(str(labels["nothing"]), style="dim")
        for index, entry in enumerate(review_day.entries):
            if index:
                body.append("\n")
            asked = (entry.principle, entry.prompt)
            if asked != (principle.number, review_day.daily.prompt):
                body.append(f"{principle_label(entry.principle, catalog)}\n", style="bold")
                body.append(f"{visible(entry.prompt)}\n", style="italic dim")
            body.append(visible(entry.answer.strip()))
            body.append(f"  {entry.id}", style="cyan")
    title = ""
    if days:
        first = days[0].day
        title = week_heading(first, catalog.language, week_start=first.weekday())
    return [
        Panel(body, title=title, title_align="left", border_style="yellow", padding=(1, 2)),
        conclusion_text(catalog),
    ]


def page(console: Console, renderables: Sequence[object], *, use_pager: bool) -> None:
    """Print, through a pager (as git log does) when output is longer than the terminal."""
    if not use_pager or not console.is_terminal:
        print_all(console, renderables)
        return
    with console.capture() as capture:
        print_all(console, renderables)
    output = capture.get()
    if output.count("\n") < console.height:
        console.file.write(output)
        return
    show_in_pager(output)


def show_in_pager(text: str) -> None:
    """Hand *text* to $PAGER (or less -FRX); print it when no pager can be started."""
    import os
    import shlex
    import subprocess
    import sys

    command = os.environ.get("PAGER") or "less"
    env = dict(os.environ)
    # Like git: quit when it fits, keep colours, leave the text on screen.
    env.setdefault("LESS", "FRX")
    try:
        subprocess.run(shlex.split(command), input=text.encode("utf-8"), env=env, check=False)
    except (FileNotFoundError, ValueError):
        sys.stdout.write(text)


def confirm(console: Console, question: str, language: str) -> bool:
    """Ask a yes/no question on the terminal; anything but yes (or Ctrl-D) means no."""
    labels = LABELS[language]
    try:
        reply = console.input(f"{visible(question)} {labels['yes_no']} ", markup=False)
    except EOFError:
        console.print()
        return False
    return reply.strip().lower() in labels["yes_words"]
