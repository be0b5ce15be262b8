"""Allow ``python -m steentje``."""

from steentje.launcher import main

main()
