"""Which characters steer a terminal, and text with them shown as notation instead.

What the user wrote is shown through ``visible`` (``output.safe`` hands it to
the screens; error messages, which may quote an answer, pass through it too);
a principles file of one's own (``own_set``) may not hold them at all.
"""

from __future__ import annotations

# The C0 controls but tab and newline, DEL, the C1 controls (0x9b is a CSI on
# some terminals) and the bidirectional overrides and isolates that reorder what
# is shown.
C0 = tuple(code for code in range(0x20) if code not in (0x09, 0x0A))
BEYOND_C0 = (0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_ALL = frozenset((*C0, *BEYOND_C0))


def first_steering(text: str) -> str | None:
    """The first character of *text* that would steer a terminal, or None."""
    if text.isascii() and text.isprintable():
        return None  # the common case, decided in C
    return next((char for char in text if ord(char) in _ALL), None)


# C0 controls as caret notation (ESC as ^[), the others escaped.
_VISIBLE = {code: f"^{chr(code + 64)}" for code in C0}
_VISIBLE.update({code: f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}" for code in BEYOND_C0})
_VISIBLE[0x7F] = "^?"
_TABLE = str.maketrans(_VISIBLE)


def visible(text: str) -> str:
    """*text* with every character that would steer the terminal shown as notation instead."""
    return text.translate(_TABLE)
