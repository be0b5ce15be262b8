"""The ``steentje`` executable: fast paths for the reminder, today's panel and stats, else typer.

``steentje remind`` runs at shell start and ``steentje`` (today's question) is
the command people type most, so their plainest forms skip typer's import and
set-up (about 40 ms here); so does plain ``stats``, whose whole-journal read
has a speed target against jrnl. Anything else, including every help request
and every mistake, goes through the full command line in ``main``. Both call
the same functions and the same error handler; tests check that both give the
same output and exit code.
"""

from __future__ import annotations

import sys
from collections import namedtuple
from collections.abc import Sequence

# A command line the launcher can run without typer. (collections is already
# loaded at this point; typing.NamedTuple would add the typing module.)
FastCall = namedtuple(
    "FastCall",
    ["command", "lang", "journal", "no_input", "day", "weeks", "output"],
    defaults=[None, None, False, None, None, None],
)
# What stats' options take on the fast path: the plain spellings typer takes
# alike (any other, right or wrong, goes to typer, which knows them all).
_STATS_FORMATS = ("text", "json")


def parse_fast(arguments: Sequence[str]) -> FastCall | None:
    """The call when *arguments* are a plain remind, today or stats call, else None.

    Accepts ``[--lang nl|en] [--journal P] (remind | [today [--no-input] [--date D]]
    | stats [--weeks N] [--format text|json])`` with ``--opt value`` or ``--opt=value``.
    """
    remaining = list(arguments)
    options: dict[str, str | None] = {"--lang": None, "--journal": None}

    def take_options(allowed: set[str]) -> dict[str, str] | None:
        found: dict[str, str] = {}
        while remaining and remaining[0].startswith("--"):
            name, equals, value = remaining.pop(0).partition("=")
            if name == "--no-input" and "--no-input" in allowed and not equals:
                found[name] = ""
                continue
            if name not in allowed or name == "--no-input" or name in found:
                return None
            if not equals:
                if not remaining:
                    return None
                value = remaining.pop(0)
            if not value:
                return None
            found[name] = value
        return found

    global_options = take_options({"--lang", "--journal"})
    if global_options is None or global_options.get("--lang", "nl") not in ("nl", "en"):
        return None
    options.update(global_options)
    if remaining == ["remind"]:
        return FastCall("remind", options["--lang"], options["--journal"])
    if remaining and remaining[0] == "today":
        remaining.pop(0)
        today_options = take_options({"--no-input", "--date"})
        if today_options is None or remaining:
            return None
        day = today_options.get("--date")
        if day is not None and not _is_day(day):
            return None  # typer explains the mistake
        return FastCall(
            "today", options["--lang"], options["--journal"], "--no-input" in today_options, day
        )
    if remaining and remaining[0] == "stats":
        remaining.pop(0)
        stats_options = take_options({"--weeks", "--format"})
        if stats_options is None or remaining:
            return None
        from steentje.week import DEFAULT_WEEKS, MOST_WEEKS

        weeks = stats_options.get("--weeks", str(DEFAULT_WEEKS))
        output = stats_options.get("--format", "text")
        if not (weeks.isascii() and weeks.isdigit() and 1 <= int(weeks) <= MOST_WEEKS):
            return None
        if output not in _STATS_FORMATS:
            return None
        return FastCall(
            "stats", options["--lang"], options["--journal"], weeks=int(weeks), output=output
        )
    if not remaining:
        return FastCall("today", options["--lang"], options["--journal"])
    return None


def _is_day(text: str) -> bool:
    from steentje import clock
    from steentje.dates import parse_day
    from steentje.errors import SteentjeError

    try:
        parse_day(text, clock.today())
    except (ValueError, SteentjeError):  # a bad $STEENTJE_NOW too: typer explains it
        return False
    return True


def run_fast(call: FastCall) -> int:
    """Today's panel (and answer) or stats without typer: the same functions and error
    handling as main."""
    from steentje import clock, words
    from steentje.commands.sync import notice_conflict_copies
    from steentje.error_handler import run_guarded
    from steentje.errors import UsageError
    from steentje.settings import Settings

    def work() -> None:
        settings = Settings(call.lang, call.journal)
        words.use(settings.language)
        if call.command == "stats":
            from steentje.commands.patterns import stats

            notice_conflict_copies(settings)  # as main's root callback does
            stats(settings, call.weeks, call.output)
            return
        from steentje.commands.today import show_today
        from steentje.dates import parse_day

        try:
            day = parse_day(call.day, clock.today()) if call.day else None
        except ValueError as error:  # parse_fast took it a moment ago: only past midnight
            raise UsageError(str(error)) from None
        notice_conflict_copies(settings)  # as main's root callback does
        show_today(settings, day, no_input=call.no_input)

    return run_guarded(work)


def main() -> None:
    """Run steentje: a fast path when the command line allows it, else the full cli."""
    import gc
    import os

    try:
        # Shell completion asks typer through the environment, whatever the arguments.
        completing = "_STEENTJE_COMPLETE" in os.environ
        fast = None if completing else parse_fast(sys.argv[1:])
        if fast is not None and (fast.command != "today" or fast.no_input):
            # A run that waits for no one lives a fraction of a second and makes no
            # cycles worth finding: the cycle collector's passes over every module,
            # entry and screen element built on the way (about 10 ms of a
            # 10,000-entry stats) buy nothing. Memory is freed as objects are
            # dropped, as ever. (While a person types, it stays on.)
            gc.disable()
        if fast is not None and fast.command == "remind":
            from steentje.remind import main as remind

            sys.exit(remind(fast.lang, fast.journal))
        if fast is not None:
            sys.exit(run_fast(fast))
        from steentje.main import main as full_command_line

        full_command_line()
    finally:
        # Everything is printed, written and closed by now. On its way out the
        # interpreter still runs the cycle collector over every object alive
        # (each module's), about 12 ms after a whole-journal command, to find
        # cycles in memory about to be returned anyway. Frozen objects are still
        # freed as usual, only not traversed again.
        gc.freeze()
