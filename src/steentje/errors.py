"""The one error type for failures a user can act on."""


class SteentjeError(Exception):
    """A user-facing failure: the CLI prints its message as one line and exits non-zero."""

    exit_code = 1


def print_error(message: str) -> None:
    """Print a failure the way steentje always does: one line on stderr."""
    import sys

    print(f"steentje: {message}", file=sys.stderr)


class UsageError(SteentjeError):
    """A mistake in how a command was called (a value it cannot take): exit code 2."""

    exit_code = 2
