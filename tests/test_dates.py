"""The one grammar of days and moments, in both languages, against a pinned today."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from steentje import words
from steentje.dates import (
    EARLIEST,
    LATEST,
    When,
    moment_on,
    moved_moment,
    parse_day,
    parse_when,
    require_past,
)
from steentje.errors import UsageError
from tests.conftest import PINNED_NOW, TODAY, local_zone

# TODAY is Thursday 26 November 2026.
assert date(2026, 11, 26) == TODAY and TODAY.weekday() == 3

WINTER = timezone(timedelta(hours=1))
SUMMER = timezone(timedelta(hours=2))


def day(month: int, number: int, year: int = 2026) -> date:
    return date(year, month, number)


DAYS = [
    # ISO dates
    ("2026-11-20", day(11, 20)),
    ("1900-01-01", EARLIEST),
    ("2999-12-31", LATEST),  # after today: a day to look at, not to answer for
    # named days
    ("today", TODAY), ("vandaag", TODAY), ("Today", TODAY), (" VANDAAG ", TODAY),
    ("yesterday", day(11, 25)), ("gisteren", day(11, 25)),
    ("eergisteren", day(11, 24)), ("day before yesterday", day(11, 24)),
    # weekdays: the most recent such day, today included ...
    ("thursday", TODAY), ("donderdag", TODAY), ("thu", TODAY), ("do", TODAY),
    ("wednesday", day(11, 25)), ("woensdag", day(11, 25)), ("wo", day(11, 25)),
    ("friday", day(11, 20)), ("vrijdag", day(11, 20)), ("Fri", day(11, 20)), ("vr", day(11, 20)),
    ("monday", day(11, 23)), ("maandag", day(11, 23)), ("mon", day(11, 23)), ("ma", day(11, 23)),
    ("sunday", day(11, 22)), ("zondag", day(11, 22)), ("zo", day(11, 22)),
    # ... and with last/vorige/afgelopen, the one before today
    ("last thursday", day(11, 19)), ("vorige donderdag", day(11, 19)),
    ("afgelopen donderdag", day(11, 19)),
    ("last friday", day(11, 20)), ("vorige vrijdag", day(11, 20)),
    # ago / geleden
    ("3 days ago", day(11, 23)), ("3 dagen geleden", day(11, 23)),
    ("1 day ago", day(11, 25)), ("1 dag geleden", day(11, 25)),
    ("a week ago", day(11, 19)), ("een week geleden", day(11, 19)),
    ("2 weeks ago", day(11, 12)), ("2 weken geleden", day(11, 12)),
    ("1 month ago", day(10, 26)), ("1 maand geleden", day(10, 26)),
    ("2 years ago", day(11, 26, 2024)), ("2 jaar geleden", day(11, 26, 2024)),
    # spans back
    ("7d", day(11, 19)), ("4w", day(10, 29)), ("3m", day(8, 26)),
    ("1y", day(11, 26, 2025)), ("1j", day(11, 26, 2025)), ("0d", TODAY), ("7 d", day(11, 19)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DAYS)
def test_days(text: str, expected: date) -> None:
    assert parse_when(text, TODAY) == When(expected)
    assert parse_day(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1m", date(2026, 2, 28)),  # 31 February does not exist: the month's last day
        ("3m", date(2025, 12, 31)),
        ("13m", date(2025, 2, 28)),
        ("1y", date(2025, 3, 31)),
        ("2j", date(2024, 3, 31)),
        ("1 maand geleden", date(2026, 2, 28)),
    ],
)
def test_months_back_end_on_the_last_day_of_a_shorter_month(text: str, expected: date) -> None:
    assert parse_day(text, date(2026, 3, 31)) == expected


MOMENTS = [
    ("yesterday 15:00", day(11, 25), time(15)),
    ("gisteren 15:00", day(11, 25), time(15)),
    ("gisteren om 15:00", day(11, 25), time(15)),
    ("yesterday at 15:00", day(11, 25), time(15)),
    ("gisteren 15u", day(11, 25), time(15)),
    ("gisteren 15u30", day(11, 25), time(15, 30)),
    ("gisteren 15 uur", day(11, 25), time(15)),
    ("gisteren 15.30", day(11, 25), time(15, 30)),
    ("gisteren 15:30 uur", day(11, 25), time(15, 30)),
    ("yesterday 3pm", day(11, 25), time(15)),
    ("yesterday 3:30 pm", day(11, 25), time(15, 30)),
    ("3pm yesterday", day(11, 25), time(15)),
    ("15:00 gisteren", day(11, 25), time(15)),
    ("friday 12am", day(11, 20), time(0)),
    ("friday 12pm", day(11, 20), time(12)),
    ("vrijdag 9:05", day(11, 20), time(9, 5)),
    ("3 dagen geleden 08:00", day(11, 23), time(8)),
    ("3 days ago 8am", day(11, 23), time(8)),
    ("9:30", TODAY, time(9, 30)),
    ("om 9u", TODAY, time(9)),
    ("2026-11-20 15:00", day(11, 20), time(15)),
    ("2026-11-20T15:00", day(11, 20), time(15)),
    ("2026-11-20T15:00:10", day(11, 20), time(15, 0, 10)),
    ("2026-11-20T15:00:10.5", day(11, 20), time(15, 0, 10)),  # steentje keeps seconds
    ("2026-11-20T15:00+05:30", day(11, 20), time(15, tzinfo=timezone(timedelta(hours=5.5)))),
    ("2026-11-20T15:00Z", day(11, 20), time(15, tzinfo=UTC)),
]


@pytest.mark.parametrize(("text", "expected_day", "expected_time"), MOMENTS)
def test_moments(text: str, expected_day: date, expected_time: time) -> None:
    found = parse_when(text, TODAY)
    assert found == When(expected_day, expected_time)
    assert found.at is not None and found.at.tzinfo == expected_time.tzinfo


NOT_DAYS = [
    "next friday", "volgende vrijdag", "soon", "ooit", "", "15",
    "25:00", "13pm", "0am", "9:60", "gisteren 15", "2026-02-30", "2026-W48-1", "30-11-2026",
    "-3d", "d7", "7x", "last week", "vorige week", "1 uur geleden", "3 days", "yesterday 15:00 x",
    "2026-11-20T25:00",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_DAYS)
@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("en", ["YYYY-MM-DD", "yesterday", "last friday", "3 days ago", "7d", "'yesterday 15:00'"]),
        ("nl", ["JJJJ-MM-DD", "eergisteren", "vorige vrijdag", "3 dagen geleden", "1j", "15u"]),
    ],
)
def test_what_is_not_a_day_is_refused_with_the_forms(
    text: str, language: str, forms: list[str]
) -> None:
    words.use(language)
    with pytest.raises(ValueError, match=r"^'.*' is (not a day|geen dag)") as refused:
        parse_when(text, TODAY)
    for form in forms:
        assert form in str(refused.value)


@pytest.mark.parametrize(
    "text", ["1899-12-31", "3000-01-01", "0001-01-01T10:00", "99999y", "9999999d", "127 years ago"]
)
def test_days_outside_the_range_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="outside the dates steentje works with"):
        parse_when(text, TODAY)


@pytest.mark.parametrize(("language", "says"), [("en", "has a time of day"), ("nl", "een tijd")])
def test_a_day_option_refuses_a_time_rather_than_ignoring_it(language: str, says: str) -> None:
    words.use(language)
    with pytest.raises(ValueError, match=says):
        parse_day("gisteren 15:00", TODAY)


# --- moments to keep -------------------------------------------------------------


@pytest.mark.usefixtures("local_amsterdam")
def test_a_time_of_day_gets_the_local_offset_of_its_own_day() -> None:
    now = PINNED_NOW
    assert moment_on(date(2026, 7, 1), now, time(15)) == datetime(2026, 7, 1, 15, tzinfo=SUMMER)
    assert moment_on(date(2026, 7, 1), now, time(15)).utcoffset() == timedelta(hours=2)
    assert moment_on(date(2026, 11, 25), now, time(15)).utcoffset() == timedelta(hours=1)
    # Without a time: now's time of day on that day, or now itself today.
    assert moment_on(date(2026, 7, 1), now) == datetime(2026, 7, 1, 10, 30, tzinfo=SUMMER)
    assert moment_on(TODAY, now) is now
    # A time with its own offset keeps it.
    tokyo = time(9, tzinfo=timezone(timedelta(hours=9)))
    assert moment_on(date(2026, 7, 1), now, tokyo).isoformat() == "2026-07-01T09:00:00+09:00"


def test_today_follows_a_clock_pinned_in_another_zone() -> None:
    with local_zone("UTC0"):
        moment = moment_on(TODAY, PINNED_NOW, time(9))
    assert moment.isoformat() == "2026-11-26T09:00:00+01:00"


def test_a_moment_to_come_is_a_usage_mistake() -> None:
    now = PINNED_NOW
    require_past(now, now)
    require_past(now - timedelta(days=400), now)
    for later in (now + timedelta(seconds=1), now + timedelta(days=1)):
        with pytest.raises(UsageError) as refused:
            require_past(later, now)
        assert refused.value.exit_code == 2
    with pytest.raises(UsageError, match="after today"):
        require_past(now + timedelta(days=1), now)
    with pytest.raises(UsageError, match="2026-11-26 11:00 has not come yet"):
        require_past(now.replace(hour=11, minute=0), now)


@pytest.mark.usefixtures("local_amsterdam")
def test_a_moved_entry_keeps_its_time_of_day_unless_given_one() -> None:
    written = datetime(2026, 11, 23, 8, 15, tzinfo=WINTER)
    assert moved_moment(written, When(date(2026, 7, 1)), PINNED_NOW) == datetime(
        2026, 7, 1, 8, 15, tzinfo=SUMMER
    )
    assert moved_moment(written, When(date(2026, 11, 25), time(19, 30)), PINNED_NOW) == (
        datetime(2026, 11, 25, 19, 30, tzinfo=WINTER)
    )
    # On its own day without a time it stays exactly where it was, offset and all.
    travelled = datetime(2026, 11, 23, 8, 15, tzinfo=timezone(timedelta(hours=-5)))
    assert moved_moment(travelled, When(date(2026, 11, 23)), PINNED_NOW) is travelled


# --- round trips -----------------------------------------------------------------

days = st.dates(min_value=EARLIEST, max_value=LATEST)
wall_clock = st.times().map(lambda at: at.replace(microsecond=0))
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@given(days)
def test_every_iso_day_comes_back(found: date) -> None:
    assert parse_day(found.isoformat(), TODAY) == found


@given(days, wall_clock, st.sampled_from(["T", " "]))
def test_every_iso_moment_comes_back(found: date, at: time, separator: str) -> None:
    moment = datetime.combine(found, at)
    assert parse_when(moment.isoformat(sep=separator), TODAY) == When(found, at)


@given(days, wall_clock, offsets)
def test_every_iso_moment_with_an_offset_comes_back_with_it(
    found: date, at: time, offset: timezone
) -> None:
    moment = datetime.combine(found, at, offset)
    parsed = parse_when(moment.isoformat(), TODAY)
    assert parsed.at is not None
    again = moment_on(parsed.day, PINNED_NOW, parsed.at)
    assert again.isoformat() == moment.isoformat()


@pytest.mark.parametrize(
    ("text", "language"), [("tomorrow", "en"), ("Morgen", "nl"), ("overmorgen", "nl")]
)
def test_a_day_ahead_is_named_as_such_not_as_unknown(text: str, language: str) -> None:
    words.use(language)
    with pytest.raises(
        ValueError,
        match=r"'(?i:" + text + r")' (is a day still to come|is een dag die nog moet komen)",
    ):
        parse_when(text, TODAY)
