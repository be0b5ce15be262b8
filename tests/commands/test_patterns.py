"""One notion of a week: week_starts is honoured by the rotation, week, stats and export."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from tests.conftest import Invoke

ZONE = timezone(timedelta(hours=1))


def test_sunday_weeks_keep_every_answer_under_its_own_question(
    run: Invoke, given_now: object
) -> None:
    # Answered with Monday weeks (the default): Saturday 28 and Sunday 29 November.
    answered = {}
    for day in (28, 29):
        given_now(datetime(2026, 11, day, 20, tzinfo=ZONE))  # type: ignore[operator]
        saved = run("--lang", "en", "log", f"answer of the {day}th")
        assert saved.exit_code == 0, saved.stderr
    entries = json.loads(run("review", "--format", "json").stdout)
    for entry in entries:
        answered[entry["answer"]] = (entry["principle"], entry["prompt"])
    assert {principle for principle, _ in answered.values()} == {6, 7}

    # Then the week is set to start on Sunday: the 29th now falls on principle 1.
    assert run("config", "set", "week_starts", "sunday").exit_code == 0
    given_now(datetime(2026, 12, 1, 9, tzinfo=ZONE))  # type: ignore[operator]
    week = run("--lang", "en", "week", "--date", "2026-11-29").stdout
    assert "Week 49 · 29 November – 5 December 2026" in week
    principle, prompt = answered["answer of the 29th"]
    # The answer stays under the question it answered, not the one the day asks now.
    assert f"{principle}. " in week
    assert " ".join(prompt.split()[:4]) in " ".join(week.split())
    markdown = run("--lang", "en", "export").stdout
    assert "## Week 48 · 22 – 28 November 2026" in markdown
    assert "## Week 49 · 29 November – 5 December 2026" in markdown
    stats = run("--lang", "en", "stats").stdout
    rows = [line.split()[0] for line in stats.splitlines() if line[:2] in ("Mo", "Su", "Sa")]
    assert rows[0] == "Su" and rows[-1] == "Sa"


def test_stats_calendar_has_today_in_its_last_column_on_every_weekday(
    run: Invoke, given_now: object
) -> None:
    for offset in range(7):
        today = datetime(2026, 11, 30, 12, tzinfo=ZONE) + timedelta(days=offset)
        given_now(today)  # type: ignore[operator]
        data = json.loads(run("stats", "--format", "json", "--weeks", "2").stdout)
        end = datetime.fromisoformat(data["calendar"]["end"]).date()
        start = datetime.fromisoformat(data["calendar"]["start"]).date()
        assert start <= today.date() <= end
        assert (end - start).days == 13


def test_stats_leave_out_the_versions_a_merge_kept_and_say_how_many_wait(
    run: Invoke, given_now: object, journal_path: object, tmp_path: object
) -> None:
    from pathlib import Path

    start = datetime(2026, 11, 26, 9, tzinfo=ZONE)
    given_now(start)  # type: ignore[operator]
    run("log", "--tag", "team", "one")
    (item,) = json.loads(run("review", "--format", "json").stdout)
    other = Path(str(tmp_path)) / "other.toml"
    other.write_bytes(Path(str(journal_path)).read_bytes())
    given_now(start + timedelta(minutes=5))  # type: ignore[operator]
    run("edit", item["id"], "--answer", "one, here")
    given_now(start + timedelta(minutes=9))  # type: ignore[operator]
    run("--journal", str(other), "edit", item["id"], "--answer", "one, there")
    assert run("merge", str(other)).exit_code == 0
    assert len(json.loads(run("review", "--all", "--format", "json").stdout)) == 2
    figures = json.loads(run("stats", "--format", "json").stdout)
    assert figures["total"] == 1 and figures["days_reflected"] == 1
    assert figures["conflict_copies"] == 1
    assert sum(figures["per_principle"].values()) == 1
    assert figures["tags"] == [{"tag": "team", "count": 1}]
    assert figures["calendar"]["days"] == {"2026-11-26": 1}
    english = run("--lang", "en", "stats").stdout
    assert "1 conflict copy waits, not counted here: steentje review --conflicts" in english
    dutch = run("--lang", "nl", "stats").stdout
    assert "1 conflictkopie wacht op je, hier niet meegeteld" in " ".join(dutch.split())
