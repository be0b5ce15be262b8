"""The ``steentje`` executable: the shell reminder's fast path, else the full command line."""

import sys


def main() -> None:
    """Run ``steentje remind`` without loading typer or rich; everything else through cli."""
    from steentje.remind import parse_fast_arguments

    fast = parse_fast_arguments(sys.argv[1:])
    if fast is not None:
        from steentje.remind import main as remind

        sys.exit(remind(*fast))
    from steentje.cli import main as cli

    cli()
