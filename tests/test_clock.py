"""The clock seam: one place says what time it is, and tests pin it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from steentje import clock
from tests.conftest import PINNED_NOW, Invoke


def test_the_pinned_moment_is_what_steentje_sees(run: Invoke) -> None:
    assert clock.now() == PINNED_NOW
    assert clock.today() == PINNED_NOW.date()
    saved = run("--lang", "en", "log", "pinned")
    assert "Thursday 26 November 2026" in saved.stdout


def test_a_naive_pinned_moment_is_local_time() -> None:
    moment = clock.now({"STEENTJE_NOW": "2028-02-29T23:59:50"})
    assert moment.tzinfo is not None
    assert (moment.date(), moment.hour, moment.minute) == (date(2028, 2, 29), 23, 59)


def test_without_a_pin_it_is_the_local_clock_with_an_offset() -> None:
    moment = clock.now({})
    assert moment.tzinfo is not None and moment.microsecond == 0
    # Only its shape is checked, never the value against another reading of the clock.
    assert moment.utcoffset() is not None


def test_a_bad_pin_is_one_line_and_exit_1(run: Invoke) -> None:
    result = run("today", "--no-input", env={"STEENTJE_NOW": "gisteren"})
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("steentje: STEENTJE_NOW must be a moment")


def test_each_given_day_gets_its_own_principle(run: Invoke, given_now: object) -> None:
    for offset in range(7):
        moment = datetime(2026, 11, 30, 8, tzinfo=UTC) + timedelta(days=offset)  # from a Monday
        given_now(moment)  # type: ignore[operator]
        result = run("--lang", "en", "today", "--no-input")
        assert f"{offset + 1}. " in result.stdout
    late = datetime(2026, 12, 6, 23, 59, 50, tzinfo=timezone(timedelta(hours=1)))  # Sunday
    given_now(late)  # type: ignore[operator]
    assert "Sunday 6 December 2026" in run("--lang", "en", "today", "--no-input").stdout
