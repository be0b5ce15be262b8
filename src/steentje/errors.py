"""The one error type for failures a user can act on."""

# The exit codes steentje documents (README, --help's epilog). A reader that went
# away (`steentje stats | head -1`) ends a run as SIGPIPE would: 128 + 13.
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_READER_GONE = 0, 1, 2, 130, 141


class SteentjeError(Exception):
    """A user-facing failure: the CLI prints its message as one line and exits non-zero."""

    exit_code = EXIT_ERROR


def print_error(message: str) -> None:
    """Print a failure the way steentje always does: one line on stderr."""
    import sys

    from steentje.steering import visible

    # A message may quote what the user wrote (an answer, an outcome, a file name).
    print(f"steentje: {visible(message)}", file=sys.stderr)


class UsageError(SteentjeError):
    """A mistake in how a command was called (a value it cannot take): exit code 2."""

    exit_code = EXIT_USAGE


class NoSuchEntry(SteentjeError):
    """No entry has the id asked for (it may have been deleted meanwhile)."""


class InterruptedOnFreshLine(KeyboardInterrupt):
    """Ctrl-C where the cursor already stands at the start of a line (the answer prompt)."""
