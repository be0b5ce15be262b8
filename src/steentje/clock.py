"""The one place steentje asks what time it is.

Every command gets "now" and "today" from here, never from ``date.today()`` or
``datetime.now()`` beside its work, so that a day cannot change halfway through
a command and so that tests (and demos) can pin the clock: ``STEENTJE_NOW``,
an ISO 8601 moment such as ``2026-11-30T09:00:00+01:00``, makes steentje
believe it is that moment. Kept free of imports beyond the standard library's
datetime: the shell reminder reads the clock at every shell start.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, datetime

NOW_ENV = "STEENTJE_NOW"


def now(environ: Mapping[str, str] = os.environ) -> datetime:
    """The current local moment with its UTC offset, to the second ($STEENTJE_NOW pins it)."""
    pinned = environ.get(NOW_ENV, "").strip()
    if pinned:
        try:
            moment = datetime.fromisoformat(pinned)
        except ValueError:
            from steentje.errors import SteentjeError
            from steentje.words import t

            raise SteentjeError(t("clock_bad", variable=NOW_ENV, value=pinned)) from None
        # A pinned moment without an offset is local time, as a wall clock shows it.
        return (moment if moment.tzinfo else moment.astimezone()).replace(microsecond=0)
    return datetime.now().astimezone().replace(microsecond=0)


def today(environ: Mapping[str, str] = os.environ) -> date:
    """The local calendar day of ``now``."""
    return now(environ).date()
