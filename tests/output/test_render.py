"""Every view at 40, 80 and 200 columns: nothing wider than the terminal, the answer's start seen.

Widths are measured as rich measures them (cells, with wide characters and
grapheme clusters), which is also how it lays the screen out.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from steentje.journal import Entry, Journal, journal_bytes
from steentje.output import render
from steentje.principles import load_catalog
from tests.conftest import PINNED_NOW, Invoke

WIDTHS = (40, 80, 200)
LANGUAGES = ("en", "nl")

# What a leader might write, wide characters included: an emoji with a skin tone and a
# ZWJ sequence, Japanese, and an answer whose interesting part is at its end.
ANSWERS = {
    "wide0001": (
        "👩🏽‍💻 会議で チームに 任せた 👍🏿 and it went well; nobody waited for me",
        ("チーム",),
    ),
    "long0002": (
        "Talked about the budget with Fatima; a long answer that goes on and on about many "
        "things before it finally mentions the word vertrouwen somewhere near the end.",
        ("budget", "1on1"),
    ),
    "lines003": ("Line one of a long answer.\nLine two.\nLine three.\nLine four.\nLine five.", ()),
    "short004": ("Gave Sanne the stand-up.", ()),
}


@pytest.fixture
def journal(journal_path: Path) -> Path:
    """A journal with the entries above, on Monday to Thursday of this week (starred: one)."""
    from datetime import timedelta

    from steentje.daily import daily_prompt

    catalog = load_catalog("en")
    entries = []
    for days_back, (entry_id, (answer, tags)) in enumerate(reversed(ANSWERS.items())):
        moment = PINNED_NOW - timedelta(days=days_back)
        daily = daily_prompt(catalog, moment.date())
        entries.append(
            Entry(entry_id, moment, daily.principle.number, daily.prompt, answer, tags,
                  starred=entry_id == "long0002")
        )  # fmt: skip
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_bytes(journal_bytes(Journal(journal_path, True, 1, tuple(entries))))
    return journal_path


def shown(run: Invoke, width: int, language: str, *arguments: str, colour: bool = False) -> str:
    env = {"COLUMNS": str(width)} | ({"FORCE_COLOR": "1"} if colour else {})
    result = run("--lang", language, *arguments, env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def plain(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def assert_fits(text: str, width: int) -> None:
    too_wide = [line for line in plain(text).splitlines() if cell_len(line) > width]
    assert not too_wide, f"wider than {width}: {too_wide}"


def first_words(answer: str, count: int = 3) -> str:
    return " ".join(answer.split()[:count])


VIEWS = [
    ("review", "--no-pager"),
    ("review", "-f", "full", "--no-pager"),
    ("show", "long0002", "--no-pager"),
    ("week", "--no-pager"),
    ("stats",),
    ("principles",),
    ("principles", "3"),
    ("today", "--no-input"),
    ("today", "--date", "2026-11-20", "--no-input"),
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("view", VIEWS, ids=" ".join)
def test_no_view_is_wider_than_the_terminal(
    run: Invoke, journal: Path, view: tuple[str, ...], language: str, width: int
) -> None:
    assert_fits(shown(run, width, language, *view), width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("view", VIEWS[:4], ids=" ".join)
def test_each_answer_starts_where_it_can_be_read(
    run: Invoke, journal: Path, view: tuple[str, ...], language: str, width: int
) -> None:
    text = plain(shown(run, width, language, *view))
    expected = ["long0002"] if view[0] == "show" else list(ANSWERS)
    for entry_id in expected:
        assert first_words(ANSWERS[entry_id][0], 2) in text, (entry_id, text)
        assert entry_id in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_narrow_review_stacks_each_entry(run: Invoke, journal: Path, language: str) -> None:
    lines = plain(shown(run, 40, language, "review", "--no-pager")).splitlines()
    # date · id (and star) · principle on one line, the answer's start indented below it
    heading = next(line for line in lines if "long0002" in line)
    assert re.match(r"^2026-11-24 10:30 · long0002 ★ · 2\. ", heading), heading
    below = lines[lines.index(heading) + 1]
    assert below.startswith("  Talked about the budget")
    assert "  #budget #1on1" in lines
    assert not any("┃" in line or "│" in line for line in lines)  # no squeezed columns
    wide = plain(shown(run, 200, language, "review", "--no-pager")).splitlines()
    assert "┃" in wide[0] and len(wide) == 2 + len(ANSWERS)  # a table, one line a row


def test_a_very_wide_review_table_stops_growing(run: Invoke, journal: Path) -> None:
    """Principle and tags as wide as their longest cell (up to a limit); the answer one line."""
    from steentje.output.render import COMFORTABLE_WIDTH, WIDE_PRINCIPLE, WIDE_TAGS

    def columns(width: int) -> list[int]:
        header = plain(shown(run, width, "en", "review", "--no-pager")).splitlines()[0]
        return [cell_len(part) - 2 for part in header.split("┃")]  # less the padding

    at_220 = columns(220)
    assert columns(400) == at_220  # no wider on a wider terminal
    _date, principle, _id, _star, answer, tags = at_220
    assert principle <= WIDE_PRINCIPLE and answer == COMFORTABLE_WIDTH
    assert tags == cell_len("#budget #1on1") <= WIDE_TAGS
    narrower = columns(120)
    assert narrower[4] < COMFORTABLE_WIDTH and sum(narrower) + 15 >= 118  # spread over the width


@pytest.mark.parametrize("width", WIDTHS)
def test_wide_characters_never_break_a_row(run: Invoke, journal: Path, width: int) -> None:
    lines = plain(shown(run, width, "en", "review", "--no-pager")).splitlines()
    row = next(index for index, line in enumerate(lines) if "wide0001" in line)
    if width == 200:
        assert "👩🏽‍💻 会議で チームに 任せた 👍🏿" in lines[row]
        assert len({cell_len(line) for line in lines}) == 1  # the columns line up
    else:
        # the answer's start, its next line, the tags: all indented, none torn off
        assert lines[row + 1].startswith("  👩🏽‍💻 会議で")
        below = lines[row + 1 :]  # (the oldest entry, so the last)
        assert 2 <= len(below) <= 3 and all(line.startswith("  ") for line in below)
        assert below[-1] == "  #チーム"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_match_the_row_would_cut_off_is_shown_highlighted(
    run: Invoke, journal: Path, language: str, width: int
) -> None:
    text = shown(run, width, language, "review", "-s", "vertrouwen", "--no-pager", colour=True)
    assert re.search(r"\x1b\[[0-9;]*43m[^\x1b]*vertrouwen", text), text  # highlighted
    visible_text = plain(text)
    assert_fits(visible_text, width)
    assert "…" in visible_text and "the word vertrouwen" in visible_text
    if width == 40:  # stacked: the start is still there, the match on the line below
        assert "  Talked about the budget" in visible_text


@pytest.mark.parametrize("width", WIDTHS)
def test_a_match_in_the_question_shows_that_part_of_it(
    run: Invoke, journal: Path, width: int
) -> None:
    from steentje.storage.reading import all_entries

    short = next(e for e in all_entries(journal) or () if e.id == "short004")
    last_word = short.prompt.split()[-1].strip("?")
    text = shown(run, width, "en", "review", "-s", last_word, "--no-pager", colour=True)
    visible_text = plain(text)
    assert_fits(visible_text, width)
    assert "Gave Sanne" in visible_text  # the answer's start, and then the question's part
    assert re.search(rf"\x1b\[[0-9;]*43m{re.escape(last_word)}", text), visible_text


def test_a_match_the_row_shows_anyway_is_left_where_it_is(run: Invoke, journal: Path) -> None:
    text = plain(shown(run, 200, "en", "review", "-s", "budget", "--no-pager"))
    assert "Talked about the budget" in text and "…the" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_panels_stop_growing_at_a_comfortable_width(run: Invoke, language: str) -> None:
    for view in (("today", "--no-input"), ("principles", "2"), ("week", "--no-pager")):
        lines = plain(shown(run, 200, language, *view)).splitlines()
        assert max(cell_len(line) for line in lines) == render.COMFORTABLE_WIDTH, view


@pytest.mark.parametrize(("language", "read_on"), [("en", "… more"), ("nl", "… verder")])
def test_the_week_trims_long_answers_and_keeps_the_days_to_come_short(
    run: Invoke, journal: Path, language: str, read_on: str
) -> None:
    week = plain(shown(run, 80, language, "week", "--no-pager")).replace("│", " ")
    text = " ".join(week.split())  # the panel's lines as one
    assert f"{read_on}: steentje show lines003" in text
    assert "Line four." in text and "Line five." not in text
    assert "Gave Sanne the stand-up. short004" in text  # a short answer whole, with its id
    friday = load_catalog(language).principle(5)
    assert f"· 5. {friday.title}" in text
    assert not any(question in text for question in friday.prompts)  # Friday is to come


def test_the_week_shows_each_question_once_and_the_stars(run: Invoke) -> None:
    """A day answered in both languages and freely: each question once, above its answers."""
    for language, answer in (("en", "english one"), ("en", "english two"), ("nl", "nederlands")):
        run("--lang", language, "log", *(["--star"] if answer == "english one" else []), answer)
    run("log", "--free", "vrij")
    lines = [
        line.strip("│ ") for line in plain(shown(run, 100, "nl", "week", "--no-pager")).splitlines()
    ]
    logged = json.loads(run("review", "-f", "json").stdout)
    english = next(item["prompt"] for item in logged if item["answer"] == "english one")
    asked_in_english = [line for line in lines if line.startswith(english[:30])]
    assert len(asked_in_english) == 1  # the English question once, not once per answer
    at = lines.index(asked_in_english[0])
    assert re.match(r"english one +\w{8} ★$", lines[at + 1])
    assert re.match(r"english two +\w{8}$", lines[at + 3])
    dutch = load_catalog("nl").principle(4)
    thursday = next(n for n, line in enumerate(lines) if f"· 4. {dutch.title}" in line)
    dutch_answer = next(n for n, line in enumerate(lines) if line.startswith("nederlands"))
    assert thursday < dutch_answer < at  # under the day's own question, before the others
    assert lines[lines.index("Vrije reflectie") + 1].startswith("vrij ")


def test_a_week_longer_than_the_screen_goes_through_the_pager(
    run: Invoke, journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paged: list[str] = []
    monkeypatch.setattr(render, "show_in_pager", paged.append)
    terminal = {"FORCE_COLOR": "1", "LINES": "20", "COLUMNS": "80"}
    assert run("week", env=terminal).stdout == "" and "lines003" in plain(paged[0])
    assert "lines003" in run("week", "--no-pager", env=terminal).stdout
    assert len(paged) == 1
    high = terminal | {"LINES": "200"}
    assert "lines003" in run("week", env=high).stdout and len(paged) == 1  # it fits
