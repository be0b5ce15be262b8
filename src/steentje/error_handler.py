"""The one place that turns a failure into a message and an exit code.

Both ways into steentje, the launcher's fast path and the typer command line,
run their work through ``run_guarded``, so an error reads the same and exits
with the same code whichever way it came.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable

from steentje.errors import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_READER_GONE,
    InterruptedOnFreshLine,
    SteentjeError,
    print_error,
)
from steentje.words import t


def run_guarded(work: Callable[[], int | None]) -> int:
    """Run *work*; return its exit code, or report what went wrong in one line and return its."""
    try:
        return work() or EXIT_OK
    except SteentjeError as error:
        print_error(str(error))
        return error.exit_code
    except BrokenPipeError:
        # The reader of stdout went away (`steentje stats | head -1`): nothing is
        # wrong and no one is left to tell. Point stdout at nothing, so that the
        # interpreter's last flush does not fail on the closed pipe again.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_READER_GONE
    except KeyboardInterrupt as interrupt:
        # The cursor may sit after a half-typed reply: start the message on a line of its own.
        if not isinstance(interrupt, InterruptedOnFreshLine):
            print(file=sys.stderr)
        print_error(t("aborted"))
        return EXIT_INTERRUPTED
    except Exception as error:
        # A bug, not a user error: still one line, with a way to see more.
        if os.environ.get("STEENTJE_DEBUG"):
            raise
        print_error(t("unexpected", error=f"{type(error).__name__}: {error}"))
        return EXIT_ERROR
