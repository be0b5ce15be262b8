"""The one error type for failures a user can act on."""


class SteentjeError(Exception):
    """A user-facing failure: the CLI prints its message as one line and exits non-zero."""

    exit_code = 1
