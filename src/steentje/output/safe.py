"""What the user wrote, made safe to send to a terminal.

An answer may hold escape sequences (from an import, a hand edit, arrow keys
typed at a prompt). Sent raw, they could retitle the terminal, clear it or hide
text. Everything shown on a terminal passes through ``visible``, which shows
such characters as caret or escape notation (ESC as ``^[``); the journal keeps
the bytes as they were given.
"""

from __future__ import annotations

# The one definition lives in the core (error messages use it too); the screens
# take it from here.
from steentje.steering import visible

__all__ = ["visible"]
