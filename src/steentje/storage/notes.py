"""What steentje remembers between runs that is no part of the journal.

One note so far: the day the coach last asked how an intention went (and
which one), so that it asks about one intention a day at most: skipped, it is
asked again another day, not at every shell start of this one; told, the next
open intention waits for another day too.
It is steentje's own file, in its cache folder beside the journal's stamp
(``notes/<key>.skipped``, the key made from the journal's real path). Losing it
costs no more than being asked once more.
"""

from __future__ import annotations

import os
from datetime import date

from steentje import paths
from steentje.errors import SteentjeError
from steentje.storage.files import make_private_dirs, write_atomic
from steentje.storage.stamps import journal_key

NOTES_FOLDER = "notes"
SKIPPED_SUFFIX = ".skipped"


def skipped_path(journal: str | os.PathLike[str]) -> str:
    """Where the note of a skipped outcome is kept for *journal*."""
    return os.path.join(paths.cache_dir(), NOTES_FOLDER, journal_key(journal) + SKIPPED_SUFFIX)


def asked_today(journal: str | os.PathLike[str], today: date) -> bool:
    """Whether the coach asked how an intention went on *today* (told or skipped)."""
    try:
        with open(skipped_path(journal), encoding="utf-8") as file:
            written = file.read(256).split()
    except (OSError, UnicodeDecodeError):
        return False
    return len(written) == 2 and written[1] == today.isoformat()


def remember_asked(journal: str | os.PathLike[str], entry_id: str, today: date) -> None:
    """Note that the coach asked how *entry_id*'s intention went on *today* (quietly)."""
    where = skipped_path(journal)
    try:
        make_private_dirs(os.path.dirname(where))
        write_atomic(where, f"{entry_id} {today.isoformat()}\n".encode())
    except (OSError, SteentjeError):
        pass  # a note only: at worst steentje asks once more today
