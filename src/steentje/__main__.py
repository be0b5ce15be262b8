"""Allow ``python -m steentje``."""

from steentje.cli import main

main()
