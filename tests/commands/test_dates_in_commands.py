"""Days and moments on the command line: log --date, edit --date, and every day option's errors."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from steentje.storage.reading import read_journal
from tests.conftest import TODAY, Invoke

WINTER = timezone(timedelta(hours=1))
SUMMER = timezone(timedelta(hours=2))
INDIA = timezone(timedelta(hours=5, minutes=30))

pytestmark = pytest.mark.usefixtures("local_amsterdam")


def only_entry(journal: Path) -> datetime:
    (entry,) = read_journal(journal).entries
    return entry.date


@pytest.mark.parametrize(
    ("language", "when", "stored"),
    [
        ("nl", "gisteren 15:00", datetime(2026, 11, 25, 15, 0, tzinfo=WINTER)),
        ("en", "yesterday 3pm", datetime(2026, 11, 25, 15, 0, tzinfo=WINTER)),
        ("nl", "vrijdag 8u30", datetime(2026, 11, 20, 8, 30, tzinfo=WINTER)),
        ("en", "2026-07-01 09:15", datetime(2026, 7, 1, 9, 15, tzinfo=SUMMER)),  # summer time
        ("nl", "eergisteren", datetime(2026, 11, 24, 10, 30, tzinfo=WINTER)),  # now's time
        ("en", "9:00", datetime(2026, 11, 26, 9, 0, tzinfo=WINTER)),  # earlier today
        ("en", "2026-11-20T15:00+05:30", datetime(2026, 11, 20, 15, tzinfo=INDIA)),
    ],
)  # fmt: skip
def test_log_stores_the_time_given_with_the_local_offset_of_that_day(
    run: Invoke, journal_path: Path, language: str, when: str, stored: datetime
) -> None:
    result = run("--lang", language, "log", "--date", when, "Terugblik")
    assert result.exit_code == 0, result.stderr
    moment = only_entry(journal_path)
    assert moment.isoformat() == stored.isoformat()
    # The question is the one of the day the answer is for.
    shown = json.loads(run("review", "-f", "json").stdout)[0]
    assert shown["date"] == stored.isoformat()


@pytest.mark.parametrize(
    ("when", "says"),
    [
        ("11:00", "2026-11-26 11:00 has not come yet"),  # now is 10:30
        ("vandaag 23:59", "has not come yet"),
        ((TODAY + timedelta(days=1)).isoformat(), "is after today"),
        ("2026-11-27T00:30+01:00", "is after today"),
    ],
)
def test_log_refuses_a_moment_to_come_as_a_usage_mistake(
    run: Invoke, journal_path: Path, when: str, says: str
) -> None:
    result = run("--lang", "en", "log", "--date", when, "too early")
    assert result.exit_code == 2
    assert says in result.stderr
    assert result.stderr.count("\n") == 1
    assert not journal_path.exists()


def logged_id(run: Invoke, *arguments: str) -> str:
    result = run("--lang", "en", "log", *arguments)
    assert result.exit_code == 0, result.stderr
    return result.stdout.split()[1]


def test_edit_moves_an_entry_and_every_view_shows_it_on_the_new_day(
    run: Invoke, journal_path: Path
) -> None:
    entry_id = logged_id(run, "--date", "monday 08:15", "-t", "team", "Het overleg")
    (before,) = read_journal(journal_path).entries
    assert before.date.isoformat() == "2026-11-23T08:15:00+01:00"

    moved = run("--lang", "nl", "edit", entry_id, "--date", "gisteren")
    assert moved.exit_code == 0, moved.stderr
    assert moved.stdout == (
        f"Reflectie {entry_id} is verplaatst naar woensdag 25 november 2026, 08:15; principe en "
        "vraag blijven zoals ze gesteld zijn.\n"
    )
    (after,) = read_journal(journal_path).entries
    assert after.date.isoformat() == "2026-11-25T08:15:00+01:00"  # its own time of day kept
    # What was asked stays what was asked; so do the answer and the tags.
    assert (after.principle, after.prompt, after.answer, after.tags) == (
        before.principle, before.prompt, before.answer, before.tags,
    )  # fmt: skip

    review = json.loads(run("review", "-f", "json").stdout)
    assert [(row["id"], row["date"]) for row in review] == [(entry_id, after.date.isoformat())]
    week = run("--lang", "en", "week").stdout
    wednesday, thursday = week.index("Wednesday 25 November"), week.index("Thursday 26 November")
    assert wednesday < week.index("Het overleg") < thursday
    assert run("--lang", "en", "review", "--since", "wednesday").stdout.count(entry_id) == 1
    assert entry_id not in run("--lang", "en", "review", "--until", "2 days ago").stdout

    # To another week, at a time of day in summer: the summer offset of that day.
    moved = run("--lang", "en", "edit", entry_id, "--date", "2026-07-01 19:30")
    assert moved.stdout.startswith(f"Moved entry {entry_id} to Wednesday 1 July 2026, 19:30;")
    assert only_entry(journal_path).isoformat() == "2026-07-01T19:30:00+02:00"
    assert "Het overleg" in run("--lang", "en", "week", "--date", "2026-07-01").stdout
    assert "Het overleg" not in run("--lang", "en", "week").stdout
    # The previous version is kept, as for every edit.
    assert journal_path.with_name(journal_path.name + ".bak").exists()


def test_edit_to_the_same_day_changes_nothing(run: Invoke, journal_path: Path) -> None:
    entry_id = logged_id(run, "--date", "gisteren 15:00", "x")
    before = journal_path.read_bytes()
    result = run("--lang", "en", "edit", entry_id, "--date", "yesterday")
    assert result.exit_code == 0
    assert result.stderr == f"Entry {entry_id} is unchanged.\n"
    assert journal_path.read_bytes() == before


def test_edit_with_a_date_and_an_answer_does_both(run: Invoke, journal_path: Path) -> None:
    entry_id = logged_id(run, "x")
    result = run("--lang", "en", "edit", entry_id, "--date", "3 days ago 20:00", "-a", "new")
    assert result.exit_code == 0, result.stderr
    (entry,) = read_journal(journal_path).entries
    assert (entry.date.isoformat(), entry.answer) == ("2026-11-23T20:00:00+01:00", "new")


@pytest.mark.parametrize(
    ("when", "says"), [("11:00", "is nog niet geweest"), ("ooit", "JJJJ-MM-DD")]
)
def test_edit_refuses_a_moment_to_come_or_no_moment(
    run: Invoke, journal_path: Path, when: str, says: str
) -> None:
    entry_id = logged_id(run, "x")
    before = journal_path.read_bytes()
    result = run("--lang", "nl", "edit", entry_id, "--date", when)
    assert result.exit_code == 2
    assert says in result.stderr
    assert journal_path.read_bytes() == before


DAY_OPTIONS = [
    ("log", "--date", "{when}", "x"),
    ("edit", "{id}", "--date", "{when}"),
    ("today", "--date", "{when}", "--no-input"),
    ("week", "--date", "{when}"),
    ("review", "--since", "{when}"),
    ("review", "--until", "{when}"),
    ("export", "--since", "{when}"),
]


@pytest.mark.parametrize("command", DAY_OPTIONS)
@pytest.mark.parametrize(
    ("language", "when", "forms"),
    [
        ("en", "someday", ["YYYY-MM-DD", "today, yesterday", "a weekday", "3 days ago", "1y"]),
        ("nl", "ooit", ["JJJJ-MM-DD", "vandaag, gisteren, eergisteren", "3 dagen geleden", "1j"]),
    ],
)
def test_every_day_option_lists_the_forms_in_the_users_language(
    run: Invoke, command: tuple[str, ...], language: str, when: str, forms: list[str]
) -> None:
    entry_id = logged_id(run, "x")
    arguments = [part.format(when=when, id=entry_id) for part in command]
    result = run("--lang", language, *arguments)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    for form in forms:
        assert form in result.stderr


@pytest.mark.parametrize("command", [c for c in DAY_OPTIONS if c[0] not in ("log", "edit")])
def test_day_options_refuse_a_time_of_day(run: Invoke, command: tuple[str, ...]) -> None:
    arguments = [part.format(when="gisteren 15:00", id="") for part in command]
    result = run("--lang", "nl", *arguments)
    assert result.exit_code == 2
    assert "'gisteren 15:00' bevat een tijd, en deze optie neemt alleen een dag" in result.stderr


def test_today_and_week_take_every_form(run: Invoke) -> None:
    shown = run("--lang", "nl", "today", "--date", "vorige donderdag", "--no-input")
    assert shown.exit_code == 0
    assert shown.stdout == run("--lang", "nl", "today", "--date", "2026-11-19", "--no-input").stdout
    assert run("--lang", "en", "week", "--date", "4w").stdout == (
        run("--lang", "en", "week", "--date", "2026-10-29").stdout
    )


@pytest.mark.parametrize(("language", "when"), [("en", "tomorrow"), ("nl", "morgen")])
def test_a_day_ahead_is_refused_as_still_to_come(run: Invoke, language: str, when: str) -> None:
    result = run("--lang", language, "log", "--date", when, "a plan")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert ("still to come" if language == "en" else "nog moet komen") in result.stderr
