"""Render steentje's main screens to SVG for the README, from a fixed demo journal and date.

    .venv/bin/python docs/screens.py            # writes docs/images/*.svg

The pictures are made by the same rendering code the commands use, recorded by
rich, so they can be regenerated whenever the screens change and stay true;
tests/test_screens.py fails when a committed picture no longer matches.
"""

from __future__ import annotations

import io
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from rich.console import Console

from steentje.daily import daily_prompt
from steentje.journal import Entry
from steentje.output import render
from steentje.patterns import compute_stats, week_review
from steentje.principles import load_catalog
from steentje.search import select_entries

TODAY = date(2026, 11, 27)  # a Friday
WIDTH = 92
OUTPUT = Path(__file__).parent / "images"
ZONE = timezone(timedelta(hours=1))

# The last answer under Dutch today's question, as a Dutch leader would have written it.
DUTCH_LAST_ANSWER = (
    "Fatima de begrotingsanalyse gegeven: zij is veel beter met cijfers dan ik. "
    "Het werd een betere analyse dan ik had gemaakt."
)
ANSWERS = [
    "Asked the team how they would tackle the permit backlog before giving my own plan.",
    "Admitted in the MT that I had underestimated the reorganisation. It opened a real talk.",
    "Sanne ran the stand-up today; she noticed two blockers I had missed.",
    "Backed Jeroen's idea for a citizens' panel in front of the alderman.",
    "Handed the budget analysis to Fatima: she is far better with the numbers than I am.",
    "Caught myself rewriting a memo that was fine. Sent it unchanged.",
    "Talked with the team about why the youth policy matters, not only about deadlines.",
]


def demo_entries() -> list[Entry]:
    """Six weeks of reflections, with a few gaps, as a leader would write them."""
    catalog = load_catalog("en")
    entries = []
    day = TODAY - timedelta(weeks=6)
    number = 0
    while day <= TODAY:
        if day.toordinal() % 5 != 3:  # a missed day now and then
            daily = daily_prompt(catalog, day)
            moment = datetime(day.year, day.month, day.day, 17, 30 + number % 25, tzinfo=ZONE)
            tags = ("team",) if number % 3 == 0 else ("1on1",) if number % 7 == 1 else ()
            entries.append(
                Entry(
                    f"d{number:03d}{day:%m%d}", moment, daily.principle.number, daily.prompt,
                    ANSWERS[(day.weekday()) % len(ANSWERS)], tags, starred=number % 5 == 2,
                )
            )  # fmt: skip
            number += 1
        day += timedelta(days=1)
    return entries


def record(name: str, title: str, renderables: list[object]) -> Path:
    """Print *renderables* on a recording console and save them as docs/images/NAME.svg."""
    console = Console(
        width=WIDTH, record=True, force_terminal=True, color_system="truecolor", file=io.StringIO()
    )
    render.print_all(console, renderables)
    target = OUTPUT / f"{name}.svg"
    target.write_text(console.export_svg(title=title), encoding="utf-8")
    return target


def main(output: Path = OUTPUT) -> list[Path]:
    """Render every screen into *output*; returns the files written."""
    global OUTPUT
    OUTPUT = output
    output.mkdir(parents=True, exist_ok=True)
    english, dutch = load_catalog("en"), load_catalog("nl")
    entries = demo_entries()
    # Today, as a shell start shows it: the intention that waits for its outcome
    # above the question, and the last answer to the same question under it.
    todays = daily_prompt(dutch, TODAY)
    # The last time this question came up (the questions rotate week by week).
    asked_before = next(
        TODAY - timedelta(weeks=weeks)
        for weeks in range(1, 60)
        if daily_prompt(dutch, TODAY - timedelta(weeks=weeks)).prompt == todays.prompt
    )
    before = [entry for entry in entries if entry.day < TODAY]
    meant = render.intention_note(
        before[-2].id, before[-2].day, "Sanne de volgende MT-vergadering laten voorzitten.",
        "nl", hint=True,
    )  # fmt: skip
    today = render.daily_panel(todays, "nl", show_hint=True, last=(asked_before, DUTCH_LAST_ANSWER))
    review = render.entries_table(select_entries(entries, limit=8), english)
    stats = render.stats_view(compute_stats(entries, TODAY, 12), english)
    week = render.week_view(week_review(entries, english, TODAY), english, today=TODAY)
    return [
        record("today", "steentje", [meant, today]),
        record("review", "steentje review", [review]),
        record("stats", "steentje stats", stats),
        record("week", "steentje week", week),
    ]


def rich_version() -> str:
    """The rich release the pictures are made with; another may draw them differently."""
    from importlib.metadata import version

    return version("rich")


if __name__ == "__main__":
    written = main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
    (written[0].parent / "rich-version.txt").write_text(rich_version() + "\n", encoding="utf-8")
    for path in written:
        print(path)
