"""Getting an answer from the places a user may give it: stdin or an editor."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

from steentje.errors import SteentjeError
from steentje.words import t


def tidy_answer(text: str) -> str:
    """Drop the blank lines around an answer (a shell's trailing newline, say); keep the rest."""
    return text.strip("\r\n")


def read_piped_answer(stream: BinaryIO) -> str:
    """Read an answer from a pipe, refusing bytes that are not UTF-8."""
    raw = stream.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SteentjeError(t("stdin_not_utf8", offset=error.start + 1)) from None
    return tidy_answer(text.removeprefix("\ufeff"))


def editor_command(command: str) -> list[str]:
    """The editor command line (as the settings give it) as an argument list."""
    # Editors are often given with arguments, such as "code --wait".
    return shlex.split(command.strip(), posix=os.name != "nt")


def edit_answer(instructions: list[str], initial: str, editor: str) -> str:
    """Open the editor on *initial* below the *instructions* and return what was saved.

    Instruction lines are written as "# ..." comments and removed again, so an
    answer that itself has lines starting with # keeps them.
    """
    comments = [f"# {line}" for line in instructions]
    command = editor_command(editor)
    with tempfile.TemporaryDirectory(prefix="steentje-") as folder:
        # mkdtemp makes the folder 0700, so the draft stays private.
        draft = Path(folder) / "reflection.md"
        draft.write_text("\n".join([*comments, "", initial]), encoding="utf-8")
        try:
            result = subprocess.run([*command, str(draft)], check=False)
        except FileNotFoundError:
            raise SteentjeError(t("editor_missing", editor=command[0])) from None
        if result.returncode != 0:
            raise SteentjeError(t("editor_failed", status=result.returncode))
        try:
            text = draft.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise SteentjeError(t("editor_not_utf8")) from None
    kept = [line for line in text.splitlines() if line not in comments]
    return tidy_answer("\n".join(kept))


def stdin_is_piped() -> bool:
    """True when standard input is a pipe or file rather than a terminal."""
    return not sys.stdin.isatty()
