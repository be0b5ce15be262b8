"""The answer prompt: a few lines typed by a person, with line editing (prompt_toolkit).

A terminal's own (cooked) line discipline edits nothing but Backspace: arrow
keys, Home and End end up in the answer as escape codes. prompt_toolkit edits
the lines as readline does, keeps a pasted block whole (bracketed paste) and
knows Ctrl-C from Ctrl-D. It costs about 60 ms to import, so only this module
imports it, and only ``commands.today`` imports this module, when a person is
about to type: never for ``remind``, ``today --no-input``, piped input or
``log TEXT``.

The answer is what was typed, nothing else: no history file is written, and
Up moves through the lines of this answer only (prompt_toolkit's in-memory
history holds at most the earlier answers of the same run).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from steentje.answers import tidy_answer
from steentje.errors import InterruptedOnFreshLine

if TYPE_CHECKING:
    from prompt_toolkit.key_binding import KeyPressEvent

CONTINUATION = "  "  # in front of every line after the first, under the first one's "> "
FIRST = "> "


def _finish(text: str) -> str:
    """The answer without the empty line that finished it (and blank lines around it)."""
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return tidy_answer("\n".join(lines))


def ask_answer() -> str:
    """Ask for an answer of a few lines; "" when it was left empty (Enter, or Ctrl-D).

    The line above it (``render.answer_label``) says how to finish, wrapped to
    the terminal's width as prompt_toolkit would not.

    Enter on an empty line or Ctrl-D finishes; Ctrl-C raises KeyboardInterrupt
    (``error_handler.run_guarded`` says that nothing was saved and exits 130),
    once prompt_toolkit has put the cursor on a fresh line.
    """
    from prompt_toolkit import PromptSession
    from prompt_toolkit.formatted_text import FormattedText
    from prompt_toolkit.history import InMemoryHistory
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.output.defaults import create_output

    bindings = KeyBindings()

    @bindings.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        document = buffer.document
        if document.on_last_line and not document.current_line.strip():
            buffer.validate_and_handle()
        else:
            buffer.newline(copy_margin=False)

    @bindings.add("c-d")
    def _done(event: KeyPressEvent) -> None:
        event.current_buffer.validate_and_handle()

    # The prompt is for the person: on the terminal even when stdout goes to a file.
    output = create_output(always_prefer_tty=True)
    # No cursor position requests: they only size completion menus, which this
    # prompt has none of, and a terminal that does not answer them would get a
    # warning printed into the answer's screen.
    if hasattr(output, "enable_cpr"):
        output.enable_cpr = False
    session: PromptSession[str] = PromptSession(
        FormattedText([("bold", FIRST)]),
        multiline=True,
        prompt_continuation=CONTINUATION,
        key_bindings=bindings,
        history=InMemoryHistory(),
        reserve_space_for_menu=0,
        include_default_pygments_style=False,
        enable_open_in_editor=False,
        enable_system_prompt=False,
        enable_suspend=False,
        output=output,
        interrupt_exception=InterruptedOnFreshLine,
    )
    return _finish(session.prompt())
