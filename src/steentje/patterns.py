"""Patterns over time: totals, streaks, principles, tags and a calendar."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from steentje.journal import FREE, Entry, normalised_tags

if TYPE_CHECKING:
    from steentje.daily import DailyPrompt
    from steentje.principles import Catalog
from steentje.rotation import BUNDLED_COUNT, BUNDLED_SET
from steentje.week import DEFAULT_WEEKS, days_of_week, first_day

TOP_TAGS = 10


@dataclass(frozen=True)
class Calendar:
    """Entries per day over whole weeks, the last one holding *today*."""

    start: date  # the first day of the first week
    weeks: int
    counts: dict[date, int]
    week_start: int = 0  # the weekday the weeks start on (0 is Monday)

    def count(self, day: date) -> int:
        """How many entries *day* has."""
        return self.counts.get(day, 0)

    def week_starts(self) -> list[date]:
        """The first day of each column, oldest first."""
        return [self.start + timedelta(weeks=week) for week in range(self.weeks)]


@dataclass(frozen=True)
class Intentions:
    """How many intentions were set and what became of them, in all and per principle."""

    set: int = 0
    followed_up: int = 0
    let_go: int = 0
    # principle (0: free reflections) -> (set, followed up), for the principles that have any
    per_principle: dict[int, tuple[int, int]] = field(default_factory=dict)

    @property
    def open(self) -> int:
        """The intentions that still wait for their outcome."""
        return self.set - self.followed_up - self.let_go

    def to_dict(self) -> dict[str, object]:
        """The same figures as JSON-ready data."""
        return {
            "set": self.set,
            "followed_up": self.followed_up,
            "let_go": self.let_go,
            "open": self.open,
            "per_principle": {
                str(number): {"set": count, "followed_up": followed}
                for number, (count, followed) in sorted(self.per_principle.items())
            },
        }


def intention_counts(entries: Iterable[Entry]) -> Intentions:
    """Count the intentions among *entries*: set, followed up (an outcome), let go."""
    total = followed = dropped = 0
    per_principle: dict[int, tuple[int, int]] = {}
    for entry in entries:
        if not entry.intention:
            continue
        total += 1
        done = bool(entry.outcome)
        followed += done
        dropped += entry.intention_dropped
        count, so_far = per_principle.get(entry.principle, (0, 0))
        per_principle[entry.principle] = (count + 1, so_far + done)
    return Intentions(total, followed, dropped, per_principle)


@dataclass(frozen=True)
class Stats:
    """What ``steentje stats`` shows."""

    today: date
    total: int
    days_reflected: int
    current_streak: int
    longest_streak: int
    per_principle: dict[int, int]  # of the set in use
    # Free reflections answer no principle; they count in total, days and streaks.
    free: int
    tags: list[tuple[str, int]]
    calendar: Calendar
    # The set *per_principle* counts, and the entries that answered another set
    # (they count in total, days and streaks, as free reflections do).
    set_id: str = BUNDLED_SET
    other_sets: int = 0
    intentions: Intentions = field(default_factory=Intentions)
    # The other versions merges kept (tagged conflict): counted in none of the figures.
    conflict_copies: int = 0

    def to_dict(self) -> dict[str, object]:
        """The same figures as JSON-ready data."""
        return {
            "today": self.today.isoformat(),
            "total": self.total,
            "days_reflected": self.days_reflected,
            "current_streak": self.current_streak,
            "longest_streak": self.longest_streak,
            "per_principle": {str(number): count for number, count in self.per_principle.items()},
            "free": self.free,
            "set": self.set_id,
            "other_sets": self.other_sets,
            "tags": [{"tag": tag, "count": count} for tag, count in self.tags],
            "intentions": self.intentions.to_dict(),
            "conflict_copies": self.conflict_copies,
            "calendar": {
                "start": self.calendar.start.isoformat(),
                "end": (
                    self.calendar.start + timedelta(weeks=self.calendar.weeks, days=-1)
                ).isoformat(),
                "weeks": self.calendar.weeks,
                "days": {
                    day.isoformat(): count for day, count in sorted(self.calendar.counts.items())
                },
            },
        }


def streaks(days: Iterable[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive days with an entry.

    The current streak ends today, or yesterday while today's reflection is
    still to come; a day with no entry before that ends it.
    """
    # Day numbers, not dates: years of days are counted at every stats call.
    present = {day.toordinal() for day in days}
    longest = run = 0
    previous = None
    for number in sorted(present):
        run = run + 1 if number - 1 == previous else 1
        if run > longest:
            longest = run
        previous = number
    cursor = today.toordinal()
    if cursor not in present:
        cursor -= 1  # today's reflection may still come
    current = 0
    while cursor in present:
        current += 1
        cursor -= 1
    return current, longest


def tag_counts(entries: Iterable[Entry]) -> list[tuple[str, int]]:
    """Every tag with the number of entries carrying it: most used first, equal counts A to Z.

    Tags are counted as the tag rule stores them, so a journal's older ``Team``
    and ``#team`` count as ``team``.
    """
    # A journal repeats a few dozen sets of tags: each is normalised once, with its count.
    counts: Counter[str] = Counter()
    for tags, entry_count in Counter(entry.tags for entry in entries).items():
        for tag in normalised_tags(tags):
            counts[tag] += entry_count
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def compute_stats(
    entries: Iterable[Entry],
    today: date,
    weeks: int = DEFAULT_WEEKS,
    week_start: int = 0,
    *,
    principle_count: int = BUNDLED_COUNT,
    set_id: str = BUNDLED_SET,
) -> Stats:
    """All figures for *entries* as seen on *today*, with a calendar of *weeks* weeks.

    Entries per principle are those of the set *set_id* (of *principle_count* principles).
    A conflict copy (another version of an entry, kept by a merge) is no reflection of
    its own: it is counted apart, in none of the figures.
    """
    everything = list(entries)
    entries = [entry for entry in everything if not entry.is_conflict_copy]
    # Lists and plain attributes: this runs over every entry of the journal.
    per_day = Counter([entry.day for entry in entries])
    current, longest = streaks(per_day, today)
    per_principle = dict.fromkeys(range(1, principle_count + 1), 0)
    free = other_sets = 0
    for entry in entries:
        principle = entry.principle
        if principle == FREE:
            free += 1
        elif principle in per_principle and entry.set_id == set_id:
            per_principle[principle] += 1
        else:
            other_sets += 1
    tags = tag_counts(entries)[:TOP_TAGS]
    start = first_day(today, week_start) - timedelta(weeks=weeks - 1)
    end = start + timedelta(weeks=weeks)
    counts = {day: count for day, count in per_day.items() if start <= day < end}
    return Stats(
        today=today,
        total=len(entries),
        days_reflected=len(per_day),
        current_streak=current,
        longest_streak=longest,
        per_principle=per_principle,
        free=free,
        tags=tags,
        calendar=Calendar(start, weeks, counts, week_start),
        set_id=set_id,
        other_sets=other_sets,
        intentions=intention_counts(entries),
        conflict_copies=len(everything) - len(entries),
    )


@dataclass(frozen=True)
class ReviewDay:
    """One day of the weekly review: the question it asks, and what was written on it.

    Each entry keeps the principle and question it answered (it may have been
    written under another week start or another version of the questions).
    """

    day: date
    daily: DailyPrompt
    entries: tuple[Entry, ...]


def week_review(
    entries: Iterable[Entry], catalog: Catalog, day: date, week_start: int = 0
) -> list[ReviewDay]:
    """The seven days of the week that holds *day*, each with its question and answers.

    Each day's question is the set *catalog*'s, whatever its number of principles.
    """
    from steentje.daily import daily_prompt

    days = days_of_week(day, week_start)
    by_day: dict[date, list[Entry]] = {current: [] for current in days}
    for entry in entries:
        if entry.day in by_day:
            by_day[entry.day].append(entry)
    return [
        ReviewDay(current, daily_prompt(catalog, current, week_start), tuple(by_day[current]))
        for current in days
    ]
