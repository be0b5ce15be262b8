"""What the user wrote, made safe to send to a terminal.

An answer may hold escape sequences (from an import, a hand edit, arrow keys
typed at a prompt). Sent raw, they could retitle the terminal, clear it or hide
text. Everything shown on a terminal passes through ``visible``, which shows
such characters as caret or escape notation (ESC as ``^[``); the journal keeps
the bytes as they were given.
"""

from __future__ import annotations

# Characters that steer a terminal beyond the C0 controls: DEL, the C1 controls
# (0x9b is a CSI on some terminals) and the bidirectional overrides and isolates
# that reorder what is shown.
STEERING = (0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
# C0 controls except tab and newline as caret notation (ESC as ^[), the rest escaped.
_VISIBLE = {code: f"^{chr(code + 64)}" for code in range(0x20) if code not in (0x09, 0x0A)}
_VISIBLE.update({code: f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}" for code in STEERING})
_VISIBLE[0x7F] = "^?"
_TABLE = str.maketrans(_VISIBLE)


def visible(text: str) -> str:
    """*text* with every character that would steer the terminal shown as notation instead."""
    return text.translate(_TABLE)
