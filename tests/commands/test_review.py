"""Looking back: relative days, search, filters, streaks, the calendar, week, export, import."""

from __future__ import annotations

import io
import json
import re
import stat
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from steentje.journal import Entry, Journal, journal_bytes
from steentje.patterns import compute_stats, streaks
from steentje.principles import load_catalog
from steentje.search import fold, match_spans, select_entries
from steentje.storage.reading import all_entries, read_journal
from tests.conftest import TODAY, Invoke

AMSTERDAM_WINTER = timezone(timedelta(hours=1))
AMSTERDAM_SUMMER = timezone(timedelta(hours=2))
NEW_YORK = timezone(timedelta(hours=-4))
TOKYO = timezone(timedelta(hours=9))


def entry(
    entry_id: str,
    moment: datetime,
    principle: int = 1,
    answer: str = "",
    tags: tuple[str, ...] = (),
) -> Entry:
    return Entry(entry_id, moment, principle, "Which prompt?", answer or f"answer {entry_id}", tags)


# A spring of reflections: gaps, two entries on one day, a DST change and travel.
SPRING = [
    entry("a1", datetime(2026, 3, 2, 8, 0, tzinfo=AMSTERDAM_WINTER), 1, "Gevraagd: het team?"),
    entry("a2", datetime(2026, 3, 3, 8, 0, tzinfo=AMSTERDAM_WINTER), 2, tags=("team",)),
    entry("a3", datetime(2026, 3, 4, 8, 0, tzinfo=AMSTERDAM_WINTER), 3),
    # gap on 5 March
    entry("b1", datetime(2026, 3, 6, 8, 0, tzinfo=AMSTERDAM_WINTER), 5, tags=("1on1", "team")),
    entry("b2", datetime(2026, 3, 6, 21, 0, tzinfo=AMSTERDAM_WINTER), 5, "Een tweede keer"),
    # DST starts on 29 March: 01:30 +01:00 and 03:30 +02:00 are the same local day.
    entry("c1", datetime(2026, 3, 28, 22, 0, tzinfo=AMSTERDAM_WINTER), 6),
    entry("c2", datetime(2026, 3, 29, 1, 30, tzinfo=AMSTERDAM_WINTER), 7, "Voor de zomertijd"),
    entry("c3", datetime(2026, 3, 29, 3, 30, tzinfo=AMSTERDAM_SUMMER), 7, tags=("team",)),
    entry("c4", datetime(2026, 3, 30, 9, 0, tzinfo=AMSTERDAM_SUMMER), 1),
    # Travel: late in New York is already the next day in UTC; it counts for 31 March.
    entry("d1", datetime(2026, 3, 31, 23, 30, tzinfo=NEW_YORK), 2, "Vertrouwen in het gelóóf"),
    # and early in Tokyo is still the previous day in UTC; it counts for 2 April.
    entry("d2", datetime(2026, 4, 2, 7, 0, tzinfo=TOKYO), 4),
    entry("d3", datetime(2026, 4, 3, 9, 0, tzinfo=AMSTERDAM_SUMMER), 5, tags=("retro",)),
]  # fmt: skip


# --- search ------------------------------------------------------------------


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Gelóóf CAFÉ") == "geloof cafe"
    assert fold("Straße") == "strasse"


def test_match_spans_point_into_the_original_text() -> None:
    text = "Mijn gelóóf en GELOOF, en nog eens geloof"
    spans = match_spans(text, "geloof")
    assert [text[start:end] for start, end in spans] == ["gelóóf", "GELOOF", "geloof"]
    assert [("Straße"[s:e]) for s, e in match_spans("Straße", "strasse")] == ["Straße"]
    assert match_spans("anything", "") == []


def test_filters_combine() -> None:
    def ids(**filters: object) -> list[str]:
        return [e.id for e in select_entries(SPRING, **filters)]  # type: ignore[arg-type]

    assert ids(search="geloof") == ["d1"]
    assert ids(search="TEAM") == ["a1"]  # the answer "Gevraagd: het team?"
    assert ids(search="which prompt", limit=2) == ["d3", "d2"]  # the prompt counts too
    assert ids(tags=["team"]) == ["c3", "b1", "a2"]
    assert ids(tags=["retro", "1on1"]) == ["d3", "b1"]  # several tags: any of them
    assert ids(tags=["team"], principles={5}) == ["b1"]
    assert ids(principles={5, 7}, since=date(2026, 3, 6), until=date(2026, 3, 29)) == [
        "c3", "c2", "b2", "b1",
    ]  # fmt: skip
    assert ids(since=date(2026, 3, 31), until=date(2026, 3, 31)) == ["d1"]
    assert ids(search="geloof", tags=["team"]) == []


# --- stats -------------------------------------------------------------------


def test_streaks_by_hand() -> None:
    days = [e.day for e in SPRING]
    # Runs: 2-4 March (3), 6 March (1), 28-31 March (4), 2-3 April (2).
    assert streaks(days, date(2026, 4, 3)) == (2, 4)
    assert streaks(days, date(2026, 4, 4)) == (2, 4)  # today not written yet: still alive
    assert streaks(days, date(2026, 4, 5)) == (0, 4)
    assert streaks(days, date(2026, 3, 31)) == (4, 4)
    assert streaks([], date(2026, 4, 5)) == (0, 0)


def test_stats_by_hand() -> None:
    figures = compute_stats(SPRING, date(2026, 4, 3), weeks=6)
    assert figures.total == 12
    assert figures.days_reflected == 10
    assert figures.per_principle == {1: 2, 2: 2, 3: 1, 4: 1, 5: 3, 6: 1, 7: 2}
    assert figures.tags[:3] == [("team", 3), ("1on1", 1), ("retro", 1)]
    calendar = figures.calendar
    assert calendar.start == date(2026, 2, 23)  # the Monday six weeks back
    assert calendar.count(date(2026, 3, 6)) == 2
    assert calendar.count(date(2026, 3, 29)) == 2  # both sides of the DST change
    assert calendar.count(date(2026, 3, 31)) == 1  # New York's late evening
    assert calendar.count(date(2026, 4, 1)) == 0
    assert calendar.count(date(2026, 4, 2)) == 1  # Tokyo's early morning
    assert calendar.count(date(2026, 3, 5)) == 0
    data = figures.to_dict()
    assert data["calendar"]["days"]["2026-03-29"] == 2  # type: ignore[index]
    assert data["calendar"]["end"] == "2026-04-05"  # type: ignore[index]
    assert data["current_streak"] == 2 and data["longest_streak"] == 4


def test_stats_snapshot(run: Invoke, journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(journal_bytes(Journal(journal_path, True, 1, tuple(SPRING))))
    today = TODAY
    # Shift the spring to end yesterday, so the snapshot does not depend on today's date.
    shift = today - timedelta(days=1) - date(2026, 4, 3)
    shifted = tuple(
        Entry(e.id, e.date + shift, e.principle, e.prompt, e.answer, e.tags) for e in SPRING
    )
    journal_path.write_bytes(journal_bytes(Journal(journal_path, True, 1, shifted)))
    result = run("--lang", "en", "stats", "--weeks", "8", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "Reflections                 12",
        "Days with a reflection      10",
        "Current streak          2 days",
        "Longest streak          4 days",
    ]
    bar_five = next(line for line in lines if line.startswith("5 "))
    assert bar_five.rstrip().endswith("█" * 20 + " 3")
    bar_three = next(line for line in lines if line.startswith("3 "))
    assert re.search(r" █{7} 1\s*$", bar_three)  # 1 of 3: a third of the bar, rounded
    assert "#team (3), #1on1 (1), #retro (1)" in result.stdout
    grid = lines[lines.index("The last 8 weeks") + 2 : lines.index("The last 8 weeks") + 9]
    assert [row[:3] for row in grid] == ["Mo ", "Tu ", "We ", "Th ", "Fr ", "Sa ", "Su "]
    assert all(len(row) <= 3 + 2 * 8 for row in grid)
    # The last column is this week: yesterday has one entry, days after today are blank.
    column = 3 + 2 * 7
    yesterday = today - timedelta(days=1)
    assert grid[yesterday.weekday()][column] == "░"
    cells = "".join(row[3::2] for row in grid)
    assert cells.count("▒") == 2  # the two days with two entries
    assert cells.count("░") == 8
    assert "\x1b[" not in result.stdout


def test_stats_json(run: Invoke) -> None:
    run("log", "one", "--tag", "x")
    run("log", "two")
    data = json.loads(run("stats", "--format", "json").stdout)
    assert data["total"] == 2 and data["days_reflected"] == 1
    assert data["current_streak"] == 1
    assert data["per_principle"][str(TODAY.isoweekday())] == 2
    assert data["tags"] == [{"tag": "x", "count": 1}]
    assert data["calendar"]["weeks"] == 26
    text = run("--lang", "en", "stats").stdout
    assert re.search(r"^Current streak +1 day$", text, re.MULTILINE)


def test_stats_on_an_empty_journal(run: Invoke) -> None:
    result = run("stats")
    assert result.exit_code == 0
    assert "Reflections" in result.stdout


# --- week --------------------------------------------------------------------


def test_week_view(run: Invoke) -> None:
    run("--lang", "en", "log", "--date", "2026-11-24", "Tuesday's words")
    run("--lang", "en", "log", "--date", "2026-11-24", "and more")
    run("--lang", "en", "log", "--date", "2026-11-30", "next week")
    result = run("--lang", "en", "week", "--date", "2026-11-26", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.replace("│", " ").split())  # the panel's lines as one
    catalog = load_catalog("en")
    for number in range(1, 8):
        assert catalog.principle(number).title in text
    assert "Week 48" in text
    assert "Monday 23 November 2026" in text and "Sunday 29 November 2026" in text
    assert "Tuesday's words" in text and "and more" in text
    assert "next week" not in text
    # Monday, Wednesday and today (Thursday) have no answer; Friday to Sunday are to come.
    assert text.count("—") == 3 + 1  # and the conclusion's dash
    friday = load_catalog("en").principle(5)
    assert "Friday 27 November 2026 · 5." in text and not any(q in text for q in friday.prompts)
    assert "Trust instead of control" in text


# --- show --------------------------------------------------------------------


def test_show(run: Invoke, journal_path: Path) -> None:
    run("log", "Line one\nLine two", "--tag", "team")
    (only,) = read_journal(journal_path).entries
    result = run("show", only.id[:4])
    assert result.exit_code == 0
    assert "Line one\nLine two" in result.stdout
    assert only.prompt in result.stdout and "#team" in result.stdout
    missing = run("show", "zzzzzzzz")
    assert missing.exit_code == 1
    assert "no entry with id" in missing.stderr


# --- export and import ---------------------------------------------------------


def write_spring(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(journal_bytes(Journal(path, True, 1, tuple(SPRING))))


def test_export_import_round_trip(run: Invoke, journal_path: Path, tmp_path: Path) -> None:
    write_spring(journal_path)
    exported = tmp_path / "spring.json"
    result = run("export", "--format", "json", "--output", str(exported))
    assert result.exit_code == 0, result.stderr
    if sys.platform != "win32":
        assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    other = tmp_path / "other" / "journal.toml"
    imported = run("--journal", str(other), "import", str(exported))
    assert imported.stdout.strip() == "Imported 12 entries."
    original = {e.id: e for e in SPRING}
    for got in read_journal(other).entries:
        want = original.pop(got.id)
        assert got.date.utcoffset() == want.date.utcoffset()
        assert (got.date, got.principle, got.prompt, got.answer, got.tags) == (
            want.date, want.principle, want.prompt, want.answer, want.tags,
        )  # fmt: skip
    assert original == {}
    again = run("--journal", str(other), "import", str(exported))
    assert again.stdout.strip() == "No new entries imported; 12 were already there."


def test_export_is_chronological_and_filtered(run: Invoke, journal_path: Path) -> None:
    write_spring(journal_path)
    items = json.loads(run("export", "-f", "json", "--tag", "team").stdout)
    assert [item["id"] for item in items] == ["a2", "b1", "c3"]
    markdown = run(
        "--lang", "nl", "export", "--since", "2026-03-28", "--until", "2026-03-30"
    ).stdout
    assert markdown.startswith("# steentje\n\n## Week 13 · 23 – 29 maart 2026\n")
    assert "## Week 14 · 30 maart – 5 april 2026" in markdown
    assert markdown.index("Voor de zomertijd") < markdown.index("c4")
    assert "*Which prompt?*" in markdown


def test_export_needs_force_to_overwrite(run: Invoke, journal_path: Path, tmp_path: Path) -> None:
    write_spring(journal_path)
    target = tmp_path / "out.md"
    target.write_text("keep", encoding="utf-8")
    refused = run("export", "-o", str(target))
    assert refused.exit_code == 1
    assert "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "keep"
    assert run("export", "-o", str(target), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# steentje")


def test_import_skips_same_date_and_answer(run: Invoke, journal_path: Path, tmp_path: Path) -> None:
    write_spring(journal_path)
    items = json.loads(run("export", "-f", "json").stdout)
    items[0]["id"] = "renamed1"  # same date and answer as a1: still a duplicate
    items.append({**items[1], "id": "new12345", "answer": "Something new"})
    source = tmp_path / "in.json"
    source.write_text(json.dumps(items), encoding="utf-8")
    result = run("import", str(source))
    assert result.stdout.strip() == "Imported 1 entry; 12 were already there."
    assert read_journal(journal_path).entries[-1].answer == "Something new"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON (line 1"),
        ('{"id": "x"}', "not a JSON list of entries"),
        ('[{"id": "x", "date": "2026-03-01T10:00:00", "principle": 1, "answer": "a"}]', "'date'"),
        ('[{"id": "x", "date": "2026-03-01T10:00:00+01:00", "principle": 32, "answer": "a"}]',
         "'principle'"),
        ('[{"id": "x", "date": "2026-03-01T10:00:00+01:00", "principle": 1, "answer": " "}]',
         "'answer'"),
    ],
)  # fmt: skip
def test_malformed_import_changes_nothing(
    run: Invoke, journal_path: Path, tmp_path: Path, content: str, message: str
) -> None:
    write_spring(journal_path)
    before = journal_path.read_bytes()
    # A valid first item before a bad one: still nothing may land.
    if content.startswith("[{"):
        good = (
            '{"id": "good1234", "date": "2026-05-01T10:00:00+02:00", "principle": 1, '
            '"answer": "ok"}'
        )
        content = "[" + good + "," + content[1:]
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    result = run("import", str(source))
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert journal_path.read_bytes() == before


def test_import_missing_file(run: Invoke, tmp_path: Path) -> None:
    result = run("import", str(tmp_path / "none.json"))
    assert result.exit_code == 1
    assert "cannot read" in result.stderr


# --- the entries cache -----------------------------------------------------------


def test_entries_cache_matches_the_full_parse(journal_path: Path) -> None:
    from steentje.journal import new_entry
    from steentje.storage.appending import append_entry

    write_spring(journal_path)
    text = journal_path.read_text(encoding="utf-8").replace(
        'id = "b1"', 'id = "b1"\nmood = 4\nlinks = ["x", "y"]\nwhen = 2026-03-06T09:00:00Z'
    )
    journal_path.write_text(text, encoding="utf-8")
    assert all_entries(journal_path) == read_journal(journal_path).entries
    assert all_entries(journal_path) == read_journal(journal_path).entries  # from the cache
    append_entry(
        journal_path,
        new_entry(when=datetime(2026, 5, 1, 9, 0, tzinfo=AMSTERDAM_SUMMER), principle=3,
                  prompt="p", answer="appended"),
    )  # fmt: skip
    assert all_entries(journal_path) == read_journal(journal_path).entries
    journal_path.write_text(text.replace("answer a3", "changed"), encoding="utf-8")
    assert all_entries(journal_path) == read_journal(journal_path).entries


def test_calendar_snapshot() -> None:
    from rich.console import Console

    from steentje.output.render import calendar_heatmap

    figures = compute_stats(SPRING, date(2026, 4, 3), weeks=6)
    console = Console(width=80, no_color=True, record=True, file=io.StringIO())
    console.print(calendar_heatmap(figures.calendar, figures.today, "nl"))
    assert console.export_text() == (
        "   feb mrt\n"
        "ma · ░ · · · ░\n"
        "di · ░ · · · ░\n"
        "wo · ░ · · · ·\n"
        "do · · · · · ░\n"
        "vr · ▒ · · · ░\n"
        "za · · · · ░\n"
        "zo · · · · ▒\n"
        "   minder · ░ ▒ ▓ · meer\n"
    )


def test_search_matches_are_highlighted(run: Invoke, journal_path: Path) -> None:
    write_spring(journal_path)
    for output in ("table", "full"):
        result = run("review", "--search", "geloof", "-f", output, env={"FORCE_COLOR": "1"})
        assert result.exit_code == 0
        # The match keeps its accents and is drawn in the highlight style.
        assert re.search(r"\x1b\[[0-9;]*43m[^\x1b]*gelóóf", result.stdout), output
        assert "gelóóf" in re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)


def test_review_of_a_journal_that_is_a_folder_says_so(run: Invoke, tmp_path: Path) -> None:
    result = run("--journal", str(tmp_path), "review")
    assert result.exit_code == 1
    assert result.stderr == f"steentje: {tmp_path} is a folder, not a journal file\n"


def test_contradicting_options_are_named_not_silently_obeyed(run: Invoke) -> None:
    assert run("log", "one").exit_code == 0
    both = run("review", "-n", "2", "--all")
    assert both.exit_code == 2
    assert "--all shows every entry" in both.stderr
    backwards = run("review", "--since", "2026-11-20", "--until", "2026-11-10")
    assert backwards.exit_code == 2
    assert "no day lies between them" in backwards.stderr
    dutch = run("--lang", "nl", "export", "--since", "2026-11-20", "--until", "2026-11-10")
    assert "er ligt geen dag tussen" in dutch.stderr
    assert run("review", "--all").exit_code == 0
    assert run("review", "-n", "2").exit_code == 0


def test_an_id_start_shorter_than_four_characters_says_so(run: Invoke) -> None:
    assert run("log", "one").exit_code == 0
    entry_id = json.loads(run("review", "-f", "json").stdout)[0]["id"]
    short = run("show", entry_id[:3])
    assert short.exit_code == 1
    assert "too short" in short.stderr
    assert "at least 4 characters" in short.stderr
    assert "no entry with id" in run("show", "zzz").stderr
    assert run("show", entry_id[:4]).exit_code == 0


def test_import_dash_reads_standard_input(run: Invoke) -> None:
    item = {
        "id": "piped123", "date": "2026-11-20T08:00:00+01:00", "principle": 5,
        "prompt": "?", "answer": "from a pipe", "tags": [],
    }  # fmt: skip
    result = run("import", "-", input=json.dumps([item]))
    assert result.exit_code == 0, result.stderr
    assert json.loads(run("review", "-f", "json").stdout)[0]["answer"] == "from a pipe"


@pytest.mark.parametrize("given", ["", "  \n"])
def test_import_of_nothing_says_so(run: Invoke, journal_path: Path, given: str) -> None:
    result = run("import", "-", input=given)
    assert result.exit_code == 1
    assert result.stderr == "steentje: -: there is nothing in it to import; nothing was imported\n"
    assert not journal_path.exists()


def test_import_from_a_terminal_says_how_to_finish(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Typed at a terminal, `import -` would otherwise wait without a word."""
    import io

    from steentje.commands.exchange import import_file
    from steentje.settings import Settings

    class Terminal(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal(io.BytesIO(b"[]"), encoding="utf-8"))
    import_file(Settings(), Path("-"), origin="steentje", keep_both=False)
    assert "paste it, then press Ctrl-D" in capsys.readouterr().err


def test_export_keeps_entries_of_one_moment_in_the_order_they_were_written(
    run: Invoke,
) -> None:
    for text in ("first", "second", "third"):  # the pinned clock gives all three one moment
        assert run("log", text).exit_code == 0
    exported = json.loads(run("export", "-f", "json").stdout)
    assert [item["answer"] for item in exported] == ["first", "second", "third"]
    review = json.loads(run("review", "-f", "json").stdout)
    assert [item["answer"] for item in review] == ["third", "second", "first"]
