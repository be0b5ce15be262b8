"""Everything steentje draws with rich: panels, tables, the yes/no question.

This is the only module that imports rich, and it does so lazily, so commands
that print plain text never pay for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from steentje.i18n import format_long_date
from steentje.output.safe import visible
from steentje.principles import principle_label
from steentje.week import weekday_order
from steentje.words import LABELS, text_in

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, Group, RenderResult
    from rich.measure import Measurement
    from rich.table import Table
    from rich.text import Text

    from steentje.daily import DailyPrompt
    from steentje.journal import Entry
    from steentje.patterns import Calendar, ReviewDay, Stats
    from steentje.principles import Catalog, Principle


# Panels and whole entries stop growing here: wider lines are hard to read.
COMFORTABLE_WIDTH = 100
# From this width on, the review table's columns stop growing: the most it
# gives a principle's title and the tags.
WIDE_TABLE = 160
WIDE_PRINCIPLE = 48
WIDE_TAGS = 32
# Below this many columns panels lose their wide padding and lists stack.
NARROW = 60


class Fitted:
    """A renderable built for the width it is given: a narrow terminal gets another layout.

    *build* is called with the width (never above what is available) when the
    console draws it, so one screen fits 40 columns and 200 alike.
    """

    def __init__(self, build: Callable[[int], object]) -> None:
        self.build = build

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.build(options.max_width)  # type: ignore[misc]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.measure import Measurement

        return Measurement.get(console, options, self.build(options.max_width))  # type: ignore[arg-type]


class Grid:
    """``rich.table.Table.grid``'s layout of a few rows of cells, drawn without loading rich.table.

    Rows that fit the width come out as Table.grid draws them (each column as
    wide as its widest cell, up to its *max_width*, cut with "…" when it must
    be; the gap after a cell in its column's style), built from Text alone:
    rich.table, its measuring and its ratios (fractions, decimal) cost ``stats``
    about 8 ms. Rows that do not fit go to a real Table.grid, which knows how to
    shrink and wrap. Tests check both ways draw the same screens.
    """

    def __init__(self, *, gap: int) -> None:
        self.gap = gap
        self.columns: list[dict[str, object]] = []
        self.rows: list[tuple[object, ...]] = []

    def add_column(
        self,
        *,
        justify: str = "left",
        style: str = "",
        no_wrap: bool = False,
        overflow: str = "ellipsis",
        max_width: int | None = None,
    ) -> None:
        """A column, as ``Table.add_column`` takes it (with rich's defaults)."""
        self.columns.append(
            {"justify": justify, "style": style, "no_wrap": no_wrap, "overflow": overflow,
             "max_width": max_width}
        )  # fmt: skip

    def add_row(self, *cells: object) -> None:
        """A row of cells: text (as markup, as a table reads it) or Text."""
        self.rows.append(cells)

    def _texts(self, console: Console) -> list[list[Text]] | None:
        """The rows' cells as Text, or None when one is anything else or spans lines."""
        from rich.text import Text

        rows = []
        for row in self.rows:
            cells: list[Text] = []
            for cell in row:
                # As a table column reads text: markup, no highlighting of numbers.
                text = console.render_str(cell, highlight=False) if isinstance(cell, str) else cell
                if not isinstance(text, Text) or "\n" in text.plain:
                    return None
                cells.append(text)
            if len(cells) != len(self.columns):
                return None
            rows.append(cells)
        return rows

    def _widths(self, rows: list[list[Text]]) -> list[int]:
        widths = []
        for index, column in enumerate(self.columns):
            width = max((row[index].cell_len for row in rows), default=0)
            limit = column["max_width"]
            widths.append(width if limit is None else min(width, limit))  # type: ignore[call-overload]
        return widths

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        rows = self._texts(console)
        widths = None if rows is None else self._widths(rows)
        if rows is None or widths is None or not self._fits(widths, options.max_width):
            yield self._table()
            return
        last = len(self.columns) - 1
        for row in rows:
            line = Text(end="\n", no_wrap=True)
            for index, (cell, width, column) in enumerate(
                zip(row, widths, self.columns, strict=True)
            ):
                cell = cell.copy()
                if cell.cell_len > width:
                    cell.truncate(width, overflow=column["overflow"])  # type: ignore[arg-type]
                cell.align(column["justify"], width)  # type: ignore[arg-type]
                cell.stylize_before(str(column["style"]))
                if index < last:  # the gap, drawn in the cell's style as Table.grid does
                    cell.append(" " * self.gap, str(column["style"]) or None)
                line.append_text(cell)
            yield line

    def _fits(self, widths: list[int], available: int) -> bool:
        narrowest_cut = all(
            column["no_wrap"] or column["max_width"] is None for column in self.columns
        )
        return narrowest_cut and sum(widths) + self.gap * (len(widths) - 1) <= available

    def _table(self) -> Table:
        from rich.table import Table

        table = Table.grid(padding=(0, self.gap))
        for column in self.columns:
            table.add_column(**column)  # type: ignore[arg-type]
        for row in self.rows:
            table.add_row(*row)  # type: ignore[arg-type]
        return table

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.measure import Measurement

        return Measurement.get(console, options, self._table())


def panel_width(width: int) -> int:
    """How wide a panel is drawn in *width* columns: all of them, up to a comfortable width."""
    return min(width, COMFORTABLE_WIDTH)


def panel_padding(width: int) -> tuple[int, int]:
    """A panel's padding: room to breathe, less of it on a narrow terminal."""
    return (1, 1) if width < NARROW else (1, 2)


def fits_on_border(text: str, width: int) -> bool:
    """True when *text* fits on a panel's border of *width* whole (corners and spaces aside)."""
    from rich.cells import cell_len

    return cell_len(text) + 6 <= width


def make_console(*, stderr: bool = False) -> Console:
    """A console on stdout (or stderr) that honours NO_COLOR, FORCE_COLOR and pipes."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit 1 here; the one error handler ends the run as it ends
            # any other whose reader went away (EXIT_READER_GONE).
            raise BrokenPipeError

    # highlight=False: answers are the user's words, not code to colour. emoji=False:
    # steentje's own words hold no :emoji: codes (what the user wrote is never markup),
    # and rich then never loads its table of them (about 3 ms).
    return _Console(stderr=stderr, highlight=False, emoji=False)


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
    last: tuple[date, str] | None = None,
) -> object:
    """The day's principle and question, framed, with the day's answers so far under it.

    *last* is the last answer to the same question from before (its day and
    text): the day and first lines are shown under the question, dimmed.

    *answered* are shown oldest first, each with its time; *more* says that the
    day has earlier answers than those. The hint to answer names another day. On
    a narrow terminal the date alone is the title, and a hint too long for the
    border goes inside, so neither is cut off.
    """
    from rich.panel import Panel
    from rich.text import Text

    labels = LABELS[language]
    command = "steentje log" if is_today else f"steentje log --date {daily.day:%Y-%m-%d}"
    hint = labels["log_hint"].format(command=command) if show_hint else None
    principle = daily.principle
    long_date = format_long_date(daily.day, language)

    def build(width: int) -> object:
        width = panel_width(width)
        title = f"steentje · {long_date}"
        if not fits_on_border(title, width):
            title = long_date
        body = Text()
        body.append(f"{principle.number}. {principle.title}\n", style="bold")
        if principle.key_phrase:  # a set of one's own may have none
            body.append(f"“{principle.key_phrase}”\n", style="italic")
        body.append(f"\n{labels['today' if is_today else 'other_day']}\n", style="bold cyan")
        body.append(daily.prompt)
        if last is not None:
            body.append("\n\n")
            body.append_text(last_answer_text(*last, language))
        subtitle = hint
        if hint is not None and not fits_on_border(hint, width):
            body.append(f"\n\n{hint}", style="dim")
            subtitle = None
        content: Text | Group = body
        if answered:
            content = _with_answers(body, daily, language, answered, more=more, is_today=is_today)
        return Panel(
            content,
            title=title,
            title_align="left",
            subtitle=subtitle,
            subtitle_align="right",
            border_style="yellow",
            padding=panel_padding(width),
            width=width,
        )

    return Fitted(build)


LAST_ANSWER_LINES = 2
LAST_ANSWER_CHARACTERS = 240


def first_lines(text: str, lines: int, characters: int) -> str:
    """The first *lines* non-empty lines of *text*, made visible, cut at a word near
    *characters*, with "…" when something was left out."""
    kept = [line.strip() for line in visible(text).split("\n") if line.strip()]
    shown = "\n".join(kept[:lines])
    cut = len(kept) > lines
    if len(shown) > characters:
        head = shown[:characters]
        shown = (head.rsplit(None, 1)[0] if " " in head else head).rstrip()
        cut = True
    return shown + " …" if cut else shown


def last_answer_text(day: date, answer: str, language: str) -> Text:
    """'Last time, Monday 5 October 2026:' and the first line or two of that answer, dimmed."""
    from rich.text import Text

    when = format_long_date(day, language)
    heading = str(LABELS[language]["last_time"]).format(when=when)
    shown = first_lines(answer, LAST_ANSWER_LINES, LAST_ANSWER_CHARACTERS)
    return Text(f"{heading}\n{shown}", style="dim")


def intention_note(
    entry_id: str, day: date, intention: str, language: str, *, hint: bool
) -> object:
    """'You meant to (Monday 23 November 2026): …', above today's question.

    With *hint* (nobody is asked right now) 'How did it go?' follows, and how to
    tell it later; otherwise the prompt under it asks.
    """
    from rich.text import Text

    labels = LABELS[language]
    when = format_long_date(day, language)
    note = Text()
    note.append(str(labels["meant_to"]).format(when=when), style="bold")
    shown = " ".join(first_lines(intention, 3, LAST_ANSWER_CHARACTERS).split("\n"))
    note.append(f" {shown}")
    if hint:  # on a terminal, the prompt under it asks how it went
        note.append("\n" + str(labels["how_did_it_go"]), style="bold cyan")
        note.append("  " + str(labels["followup_hint"]).format(id=visible(entry_id)), style="dim")
    return note


def prompt_label(language: str, which: str) -> object:
    """The line above a question steentje asks besides the day's: "outcome" or "intention"."""
    from rich.text import Text

    labels = LABELS[language]
    title = str(labels[which])
    between = " " if title.endswith("?") else ", "  # "What will you try? A line or a few"
    return Text.assemble((title, "bold"), f"{between}{labels[which + '_how']}")


def outcome_prompt(language: str, intention: str) -> object:
    """The intention, then the line above the prompt for how it went (``followup``)."""
    from rich.text import Text

    labels = LABELS[language]
    text = Text()
    text.append(f"{labels['intention_heading']}: ", style="bold")
    text.append(first_lines(intention, 3, LAST_ANSWER_CHARACTERS) + "\n")
    text.append_text(Text.assemble((labels["outcome"], "bold"), f", {labels['answer_how']}"))
    return text


def intentions_list(entries: Sequence[Entry], catalog: Catalog) -> list[object]:
    """Each entry's heading, then its intention and how it went (``review --intentions``)."""
    from rich.constrain import Constrain
    from rich.text import Text

    parts: list[object] = []
    for entry in entries:
        parts.append(_entry_heading(entry, catalog, ""))
        body = intention_text(entry, catalog.language, lead="")
        if entry.intention_open:
            hint = str(LABELS[catalog.language]["followup_hint"]).format(id=visible(entry.id))
            body.append(f"\n{hint}", style="dim")
        parts.append(Constrain(body, COMFORTABLE_WIDTH))
        parts.append(Text())
    return parts


def _with_answers(
    body: Text,
    daily: DailyPrompt,
    language: str,
    answered: Sequence[Entry],
    *,
    more: bool,
    is_today: bool,
) -> Group:
    """*body* followed by the day's answers: time, then text (wrapped lines stay under the text).

    An answer to another question than the day's (another set, the other
    language, a free reflection) shows the question it answered under it.
    """
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    labels = LABELS[language]
    which = "answered" if is_today else "answered_other_day"
    if len(answered) > 1 or more:
        which += "_many"
    heading = Text(f"\n{labels[which]}", style="bold")
    day = daily.day
    if more:
        review = f"steentje review --since {day:%Y-%m-%d} --until {day:%Y-%m-%d}"
        heading.append(f"\n{text_in('more_answers', language, command=review)}", style="dim")
    answers = Table.grid(padding=(0, 2))
    answers.add_column(style="dim", no_wrap=True)
    answers.add_column()
    # *answered* comes newest first (of one moment, the last written first): oldest
    # first here, and of one moment in the order written.
    order = sorted(enumerate(answered), key=lambda pair: (pair[1].date, -pair[0]))
    asked = (daily.set_id, daily.principle.number, daily.prompt)
    for _, entry in order:
        text = visible(entry.answer)
        lines = text.split("\n")
        if len(lines) > ANSWERED_LINES:
            text = "\n".join([*lines[: ANSWERED_LINES - 1], "…"])
        if len(text) > ANSWERED_CHARACTERS:
            cut = text[:ANSWERED_CHARACTERS]
            text = (cut.rsplit(None, 1)[0] if " " in cut else cut).rstrip() + " …"
        shown = Text(text)
        if (entry.set_id, entry.principle, entry.prompt) != asked:
            other = visible(entry.prompt) if entry.prompt else str(labels["free"])
            shown.append(f"\n{other}", style="dim italic")
        answers.add_row(f"{entry.date:%H:%M}", shown)
    return Group(body, heading, answers)


def principles_table(catalog: Catalog) -> object:
    """All the set's principles, one row each; on a narrow terminal one under the other.

    An own set is titled by its id, and its key phrases shown only when it has any.
    """
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    labels = LABELS[catalog.language]
    title = str(labels["principles_title"]) if not catalog.path else catalog.set_id
    phrases = any(principle.key_phrase for principle in catalog.principles)

    def build(width: int) -> object:
        if width < NARROW:
            listed: list[object] = [Text(title, style="bold")]
            for principle in catalog.principles:
                listed.append(Text(f"{principle.number}. {principle.title}", style="bold"))
                if principle.key_phrase:
                    phrase = Text(f"“{principle.key_phrase}”", style="italic")
                    listed.append(Padding(phrase, (0, 0, 0, 3)))
            return Group(*listed)  # type: ignore[arg-type]
        table = Table(title=title, title_style="bold", show_lines=False)
        table.add_column("#", justify="right", style="bold")
        table.add_column(labels["principle"], ratio=3)
        if phrases:
            table.add_column(labels["key_phrase"], style="italic", ratio=2)
        for principle in catalog.principles:
            # Text, not strings: an own set's "[words]" are words, never rich markup.
            row = [Text(str(principle.number)), Text(principle.title)]
            table.add_row(*row, *([Text(principle.key_phrase)] if phrases else []))
        return table

    return Fitted(build)


def principle_panel(principle: Principle, language: str) -> object:
    """One principle in full, with its reflection prompts."""
    from rich.panel import Panel
    from rich.text import Text

    labels = LABELS[language]
    body = Text()
    # The title in the body, not on the border: a border title is cut off mid-word.
    body.append(f"{principle.number}. {principle.title}\n\n", style="bold")
    if principle.summary:  # a set of one's own may leave these out
        body.append(f"{principle.summary}\n\n")
    if principle.key_phrase:
        body.append(f"“{principle.key_phrase}”\n\n", style="italic")
    body.append(f"{labels['prompts']}\n", style="bold cyan")
    for position, prompt in enumerate(principle.prompts, start=1):
        body.append(f"{position}. {prompt}\n")
    body.rstrip()

    def build(width: int) -> object:
        width = panel_width(width)
        return Panel(
            body,
            title=f"steentje · {labels['principle']} {principle.number}",
            title_align="left",
            border_style="yellow",
            padding=panel_padding(width),
            width=width,
        )

    return Fitted(build)


def conclusion_text(catalog: Catalog) -> object:
    """The article's closing thought, as a quiet footer."""
    from rich.constrain import Constrain
    from rich.text import Text

    return Constrain(
        Text.assemble((catalog.conclusion.title, "bold"), " — ", (catalog.conclusion.text, "dim")),
        COMFORTABLE_WIDTH,
    )


def source_text(catalog: Catalog) -> object:
    """Where the principles come from, as a quiet footnote."""
    from rich.constrain import Constrain
    from rich.text import Text

    return Constrain(Text(catalog.source, style="dim italic"), COMFORTABLE_WIDTH)


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


STAR = "★"
PLAIN_STAR = "*"


def star_mark(console: Console) -> str:
    """The star for starred entries: ★ where the terminal's encoding has it, else a plain *."""
    encoding = console.encoding.lower().replace("-", "").replace("_", "")
    return STAR if encoding.startswith("utf") else PLAIN_STAR


def tag_line(tags: Sequence[str]) -> str:
    """Tags as shown: ``#team #1on1``, made safe for the terminal."""
    return visible(" ".join(f"#{tag}" for tag in tags))


def flattened(text: str) -> str:
    """*text* made safe for the terminal, on one line: every run of white space one space."""
    return " ".join(visible(text).split())


def clipped(text: Text, console: Console, width: int, lines: int) -> tuple[list[Text], int]:
    """*text* wrapped to *width*, at most *lines* lines, the last ending in "…" when cut.

    Returns the lines and how many characters of *text* they show.
    """
    wrapped = text.wrap(console, width) if lines > 1 else [text]
    shown = list(wrapped[: lines - 1])
    start = sum(len(line.plain) for line in shown)
    rest = text.plain[start:]
    start += len(rest) - len(rest.lstrip())  # the space a line was broken at
    if shown and start >= len(text.plain):
        return shown, start  # it all fitted in fewer lines
    last = text[start:]
    cut = last.cell_len > width
    if cut:
        last.truncate(width, overflow="ellipsis")
    shown.append(last)
    return shown, start + len(last.plain) - (1 if cut else 0)


def _window(text: str, start: int, context: int) -> str:
    """*text* from a word boundary about *context* characters before *start*, after "…"."""
    begin = start - context
    if begin <= 0:
        return text
    space = text.find(" ", begin, start)
    return "…" + text[space + 1 if space != -1 else begin :]


class AnswerSnippet:
    """An answer as a review row shows it: its start, cut to the room it gets.

    With a search, a match the row would cut off is shown instead: a window of
    the answer around the first match (with "…"), or, with *start_too*, on a
    line below the answer's start; a match only in the question adds a line
    with the part of the question that matched. Matches are highlighted.
    """

    def __init__(
        self,
        answer: str,
        prompt: str,
        search: str | None,
        *,
        lines: int = 1,
        start_too: bool = False,
    ) -> None:
        self.answer = flattened(answer)
        self.prompt = flattened(prompt)
        self.search = search or None
        self.lines = lines
        self.start_too = start_too

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.cells import cell_len
        from rich.measure import Measurement

        most = max(1, cell_len(self.answer))
        return Measurement(min(8, most), most).clamp(max_width=options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        yield Text("\n").join(self.rendered(console, options.max_width))

    def rendered(self, console: Console, width: int) -> list[Text]:
        """The snippet's lines at *width*."""
        from steentje.search import match_spans

        search = self.search
        lines, shown = clipped(highlighted(self.answer, search), console, width, self.lines)
        if not search:
            return lines
        in_answer = match_spans(self.answer, search)
        if in_answer and in_answer[0][1] > shown:
            window = _window(self.answer, in_answer[0][0], max(4, width // 3))
            around, _ = clipped(highlighted(window, search), console, width, 1)
            return [lines[0], *around] if self.start_too else around
        in_prompt = match_spans(self.prompt, search)
        if not in_answer and in_prompt:
            window = _window(self.prompt, in_prompt[0][0], max(4, width // 3))
            around, _ = clipped(highlighted(f"“{window}", search, "italic"), console, width, 1)
            return lines + around
        return lines


# The review table needs this much room for the answer; with less it stacks.
MIN_ANSWER_CELLS = 24


class EntriesTable:
    """Entries as a table: date, principle, id, a star, the answer cut to fit, and the tags.

    The star and tags columns are there only when a shown entry has one. Where
    the answer would get fewer than MIN_ANSWER_CELLS columns, each entry takes
    a few lines instead: date · id · star · principle, then the answer's start
    (and a search's match), then its tags.
    """

    def __init__(
        self, entries: Sequence[Entry], catalog: Catalog, search: str | None, star: str
    ) -> None:
        self.entries = entries
        self.catalog = catalog
        self.search = search
        self.star = star
        self.starred = any(entry.starred for entry in entries)
        self.tagged = any(entry.tags for entry in entries)

    def answer_room(self, width: int) -> int:
        """How many columns the table gives the answer at *width*."""
        columns = 4 + self.starred + self.tagged
        fixed = 16 + 8 + self.starred  # date, id, star
        rest = width - fixed - 2 * columns - (columns - 1)  # padding, rules between
        return rest * 2 // (3 + self.tagged)  # principle 1 : answer 2 (: tags 1)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if self.answer_room(width) >= MIN_ANSWER_CELLS:
            yield self.table(self.wide_widths(width) if width >= WIDE_TABLE else None)
        else:
            yield self.stacked(console, width)

    def wide_widths(self, width: int) -> dict[str, int]:
        """Column widths on a very wide terminal: what each needs, the answer a comfortable line.

        Spread by ratio, a 220-column table gave "#team" 46 columns; instead the
        principle and the tags get what their longest cell needs (up to a limit),
        the answer the rest up to COMFORTABLE_WIDTH, and the table ends there.
        """
        from rich.cells import cell_len

        labels = LABELS[self.catalog.language]
        principle = max(
            cell_len(text)
            for text in (
                labels["principle"],
                *(principle_label(entry.principle, self.catalog) for entry in self.entries),
            )
        )
        tags = max(
            cell_len(text)
            for text in (labels["tag_column"], *(tag_line(entry.tags) for entry in self.entries))
        )
        columns = 4 + self.starred + self.tagged
        sizes = {"principle": min(principle, WIDE_PRINCIPLE), "tags": min(tags, WIDE_TAGS)}
        taken = 16 + 8 + self.starred + sizes["principle"] + self.tagged * sizes["tags"]
        room = width - taken - 2 * columns - (columns - 1)  # padding, rules between
        sizes["answer"] = min(room, COMFORTABLE_WIDTH)
        return sizes

    def table(self, widths: dict[str, int] | None = None) -> Table:
        """The table: columns spread by ratio, or given *widths* (see ``wide_widths``)."""
        from rich.table import Table
        from rich.text import Text

        labels = LABELS[self.catalog.language]
        table = Table(show_edge=False, header_style="bold", expand=widths is None)
        # Spread by ratio (principle 1 : answer 2 : tags 1), or given widths.
        ratio = None if widths else 1
        width = widths or {}
        table.add_column(labels["date"], no_wrap=True, min_width=16)
        table.add_column(
            labels["principle"], no_wrap=True, overflow="ellipsis",
            width=width.get("principle"), ratio=ratio,
        )  # fmt: skip
        table.add_column(labels["id"], no_wrap=True, min_width=8, style="cyan")
        if self.starred:
            table.add_column("", no_wrap=True, width=1, style="yellow")
        table.add_column(
            labels["reflection"], no_wrap=True, overflow="ellipsis",
            width=width.get("answer"), ratio=ratio and 2,
        )  # fmt: skip
        if self.tagged:
            table.add_column(
                labels["tag_column"], no_wrap=True, overflow="ellipsis", style="cyan",
                width=width.get("tags"), ratio=ratio,
            )  # fmt: skip
        for entry in self.entries:
            row: list[object] = [
                f"{entry.date:%Y-%m-%d %H:%M}",
                Text(principle_label(entry.principle, self.catalog, entry.principle_set)),
                visible(entry.id),
            ]
            if self.starred:
                row.append(self.star if entry.starred else "")
            row.append(AnswerSnippet(entry.answer, entry.prompt, self.search))
            if self.tagged:
                row.append(tag_line(entry.tags))
            table.add_row(*row)  # type: ignore[arg-type]
        return table

    def stacked(self, console: Console, width: int) -> Text:
        from rich.text import Text

        shown = Text()
        for entry in self.entries:
            heading = Text(f"{entry.date:%Y-%m-%d %H:%M}", style="bold")
            heading.append(" · ")
            heading.append(visible(entry.id), style="cyan")
            if entry.starred:
                heading.append(f" {self.star}", style="yellow")
            heading.append(
                f" · {principle_label(entry.principle, self.catalog, entry.principle_set)}"
            )
            heading.truncate(width, overflow="ellipsis")
            shown.append_text(heading)
            snippet = AnswerSnippet(
                entry.answer, entry.prompt, self.search, lines=2, start_too=True
            )
            for line in snippet.rendered(console, max(1, width - 2)):
                shown.append("\n  ")
                shown.append_text(line)
            if entry.tags:
                tags = Text(tag_line(entry.tags), style="cyan")
                tags.truncate(max(1, width - 2), overflow="ellipsis")
                shown.append("\n  ")
                shown.append_text(tags)
            shown.append("\n")
        shown.rstrip()
        shown.no_wrap = True
        return shown


def entries_table(
    entries: Sequence[Entry], catalog: Catalog, search: str | None = None, *, star: str = STAR
) -> object:
    """Entries as a table (stacked on a narrow terminal); see EntriesTable."""
    return EntriesTable(entries, catalog, search, star)


def entries_full(
    entries: Sequence[Entry], catalog: Catalog, search: str | None = None, *, star: str = STAR
) -> list[object]:
    """Each entry whole: a heading rule (with a star), the prompt as asked, the answer, its tags.

    Lines stop growing at a comfortable width; on a terminal too narrow for the
    heading, the principle goes on a line of its own below it.
    """
    from rich.constrain import Constrain
    from rich.text import Text

    parts: list[object] = []
    for entry in entries:
        parts.append(_entry_heading(entry, catalog, star))
        body = Text()
        if entry.prompt:  # a free reflection answers no question
            body.append_text(highlighted(entry.prompt, search, "italic"))
            body.append("\n\n")
        body.append_text(highlighted(entry.answer, search))
        if entry.intention:
            body.append_text(intention_text(entry, catalog.language))
        if entry.tags:
            body.append("\n\n" + tag_line(entry.tags), style="cyan")
        parts.append(Constrain(body, COMFORTABLE_WIDTH))
        parts.append(Text())
    return parts


def intention_text(entry: Entry, language: str, *, lead: str = "\n\n") -> Text:
    """An entry's intention and how it went (or that it is open, or was let go)."""
    from rich.text import Text

    labels = LABELS[language]
    text = Text()
    text.append(f"{lead}{labels['intention_heading']}: ", style="bold")
    # Lines after the first are indented, so each text reads as one under its label.
    text.append(visible(entry.intention).replace("\n", "\n  "))
    text.append(f"\n{labels['outcome_heading']}", style="bold")
    if entry.outcome_date is not None:
        text.append(f" ({format_long_date(entry.outcome_date, language)})", style="bold")
    text.append(": ", style="bold")
    if entry.outcome:
        text.append(visible(entry.outcome).replace("\n", "\n  "))
    else:
        state = labels["dropped"] if entry.intention_dropped else labels["open"]
        text.append(state, style="dim")
    return text


def _entry_heading(entry: Entry, catalog: Catalog, star: str) -> object:
    """The rule above an entry shown whole: id · date · principle (· star)."""
    from rich.console import Group
    from rich.constrain import Constrain
    from rich.rule import Rule
    from rich.text import Text

    stamp = f"{visible(entry.id)} · {entry.date:%Y-%m-%d %H:%M}"
    starred = f" · {star}" if entry.starred else ""
    principle = principle_label(entry.principle, catalog, entry.principle_set)

    def build(width: int) -> object:
        width = min(width, COMFORTABLE_WIDTH)
        # Text, not a string: a title string would be read as rich markup.
        whole = Text(f"{stamp} · {principle}{starred}")
        if whole.cell_len + 4 <= width:
            return Constrain(Rule(whole, align="left", style="yellow"), width)
        return Group(
            Constrain(Rule(Text(stamp + starred), align="left", style="yellow"), width),
            Text(principle, style="bold"),
        )

    return Fitted(build)


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
    from rich.text import Text

    labels = LABELS[catalog.language]
    summary = Grid(gap=2)
    summary.add_column(style="bold")
    summary.add_column(justify="right")
    summary.add_row(labels["entries"], str(stats.total))
    summary.add_row(labels["days"], str(stats.days_reflected))
    for label, days in (
        ("current_streak", stats.current_streak),
        ("longest_streak", stats.longest_streak),
    ):
        summary.add_row(labels[label], text_in("stats_days", catalog.language, count=days))

    most = max(stats.per_principle.values(), default=0) or 1
    digits = len(str(most))

    def bars(width: int) -> object:
        # The bar and its count always show; the title gives way on a narrow terminal.
        bar_cells = max(5, min(20, width - 30))
        grid = Grid(gap=1)
        grid.add_column(justify="right", style="bold")
        grid.add_column(
            no_wrap=True,
            overflow="ellipsis",
            max_width=max(4, min(40, width - bar_cells - 6 - digits)),
        )
        grid.add_column(no_wrap=True)
        for number, count in stats.per_principle.items():
            bar = "█" * round(bar_cells * count / most) if count else "·"
            grid.add_row(
                str(number),
                Text(catalog.principle(number).title),  # not markup: an own set's words
                Text.assemble((bar, "green" if count else "dim"), f" {count}"),
            )
        return grid

    parts: list[object] = [
        summary,
        Text(),
        Text(labels["per_principle"], style="bold cyan"),
        Fitted(bars),
    ]
    if stats.free:  # free reflections answer no principle: counted apart
        free = Grid(gap=1)
        free.add_column(style="bold")
        free.add_column(justify="right")
        free.add_row(labels["free_count"], str(stats.free))
        parts += [Text(), free]
    if stats.intentions.set:
        parts += [Text(), *intentions_part(stats, catalog)]
    if stats.other_sets:  # answers to another set of principles: counted apart, not relabelled
        other = text_in(
            "stats_other_sets", catalog.language, count=stats.other_sets, set=stats.set_id
        )
        parts += [Text(), Text(other, style="dim")]
    if stats.conflict_copies:  # other versions a merge kept: waiting, counted nowhere
        waiting = text_in("stats_conflict_copies", catalog.language, count=stats.conflict_copies)
        parts += [Text(), Text(waiting, style="dim")]
    if stats.tags:
        tags = Text(", ").join(Text(visible(f"#{tag} ({count})")) for tag, count in stats.tags)
        parts += [Text(), Text(labels["tags"], style="bold cyan"), tags]
    parts += [Text(), Fitted(lambda width: calendar_part(stats, catalog.language, width))]
    return parts


def intentions_part(stats: Stats, catalog: Catalog) -> list[object]:
    """How many intentions were set and followed up, in all and per principle."""
    from rich.text import Text

    labels = LABELS[catalog.language]
    figures = stats.intentions
    summary = Grid(gap=2)
    summary.add_column(style="bold")
    summary.add_column(justify="right")
    for label, count in (
        ("intentions_set", figures.set),
        ("intentions_followed", figures.followed_up),
        ("intentions_dropped", figures.let_go),
        ("intentions_open", figures.open),
    ):
        if count or label != "intentions_dropped":
            summary.add_row(labels[label], str(count))

    def per_principle(width: int) -> object:
        grid = Grid(gap=1)
        grid.add_column(justify="right", style="bold")
        grid.add_column(no_wrap=True, overflow="ellipsis", max_width=max(4, min(40, width - 14)))
        grid.add_column(no_wrap=True, justify="right")
        for number, (count, followed) in sorted(
            figures.per_principle.items(), key=lambda item: (item[0] == 0, item[0])
        ):
            grid.add_row(
                str(number) if number else "",
                principle_label(number, catalog).split(". ", 1)[-1],
                f"{followed}/{count}",
            )
        return grid

    return [Text(labels["intentions"], style="bold cyan"), summary, Fitted(per_principle)]


def calendar_part(stats: Stats, language: str, width: int) -> object:
    """The calendar under its heading, the weeks that fit in *width* (the latest ones)."""
    from dataclasses import replace
    from datetime import timedelta

    from rich.console import Group
    from rich.text import Text

    calendar = stats.calendar
    fit = max(1, (width - 3) // 2)  # a weekday's name, then two columns a week
    if calendar.weeks > fit:
        start = calendar.start + timedelta(weeks=calendar.weeks - fit)
        calendar = replace(calendar, start=start, weeks=fit)
    heading = text_in("stats_calendar", language, count=calendar.weeks)
    return Group(
        Text(heading, style="bold cyan"), calendar_heatmap(calendar, stats.today, language)
    )


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


# A long answer in the week is cut to this many lines, with the id to show it whole.
WEEK_ANSWER_LINES = 4


class TrimmedAnswer:
    """An answer and its id, at most *lines* lines; a longer one ends with how to read on."""

    def __init__(self, entry: Entry, language: str, lines: int = WEEK_ANSWER_LINES) -> None:
        self.entry = entry
        self.language = language
        self.lines = lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        entry_id = visible(self.entry.id)
        answer = Text(visible(self.entry.answer.strip()))
        answer.append(f"  {entry_id}", style="cyan")
        if self.entry.starred:
            answer.append(f" {star_mark(console)}", style="yellow")
        wrapped = answer.wrap(console, options.max_width)
        if len(wrapped) <= self.lines:
            yield answer
            return
        shown = Text("\n").join(wrapped[: self.lines])
        shown.rstrip()
        yield shown
        yield Text(text_in("week_read_on", self.language, id=entry_id), style="dim")


def week_view(
    days: Sequence[ReviewDay], catalog: Catalog, *, today: date | None = None
) -> list[object]:
    """A week in a panel: each day's principle and question, and what you answered.

    An answer written to another question than the day's (under another week
    start, say) shows the principle and question it answered above it. Days
    after *today* show only their principle; a long answer shows its first
    lines and the id to read it whole.
    """
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    from steentje.output.formats import week_heading

    labels = LABELS[catalog.language]
    parts: list[object] = []
    for review_day in days:
        principle = review_day.daily.principle
        if parts:
            parts.append(Text())
        heading = Text(format_long_date(review_day.day, catalog.language), style="bold")
        heading.append(f" · {principle.number}. {principle.title}", style="bold")
        parts.append(heading)
        if today is not None and review_day.day > today and not review_day.entries:
            continue  # still to come: its question is for that day
        parts.append(Text(review_day.daily.prompt, style="italic dim"))
        if not review_day.entries:
            parts.append(Text(str(labels["nothing"]), style="dim"))
        # The day's own question first, then each other question answered that
        # day (in another language, under another week start or set, a free
        # reflection) once, above all of its answers.
        asked: dict[tuple[str, int, str], list[Entry]] = {
            (catalog.set_id, principle.number, review_day.daily.prompt): []
        }
        for entry in review_day.entries:
            asked.setdefault((entry.set_id, entry.principle, entry.prompt), []).append(entry)
        for position, ((_set, number, prompt), entries) in enumerate(asked.items()):
            if position and entries:
                parts.append(Text())
                label = principle_label(number, catalog, entries[0].principle_set)
                parts.append(Text(label, style="bold"))
                if prompt:  # a free reflection answers no question
                    parts.append(Text(visible(prompt), style="italic dim"))
            for index, entry in enumerate(entries):
                if index:
                    parts.append(Text())
                parts.append(TrimmedAnswer(entry, catalog.language))
    title = ""
    if days:
        first = days[0].day
        title = week_heading(first, catalog.language, week_start=first.weekday())
    body = Group(*parts)  # type: ignore[arg-type]

    def build(width: int) -> object:
        width = panel_width(width)
        return Panel(
            body,
            title=title,
            title_align="left",
            border_style="yellow",
            padding=panel_padding(width),
            width=width,
        )

    # A set of one's own may have no closing thought.
    return (
        [Fitted(build), conclusion_text(catalog)] if catalog.conclusion.title else [Fitted(build)]
    )


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
