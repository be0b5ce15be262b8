"""The conflict copies file-sync tools leave beside the journal.

When two machines change a synced file before they see each other's change,
the sync tool keeps one version under the file's name and the other beside it:

- Syncthing: ``journal.sync-conflict-20261130-101010-ABCDEF.toml``
- Dropbox: ``journal (Anna's conflicted copy 2026-11-30).toml``
- Nextcloud: ``journal (conflicted copy 2026-11-30 101010).toml``, and
  ownCloud's older ``journal_conflict-20261130-101010.toml``

Only os is imported and the folder is listed once: the shell reminder and
today's panel look for them at every start.
"""

from __future__ import annotations

import os

_SYNCTHING = ".sync-conflict-"
_OWNCLOUD = "_conflict-"
_COPY_WORDS = "conflicted copy"


def is_conflict_copy(name: str, journal_name: str) -> bool:
    """Whether the file *name* is a sync tool's conflict copy of the journal *journal_name*."""
    stem, suffix = os.path.splitext(journal_name)
    if name == journal_name or not name.startswith(stem) or not name.endswith(suffix):
        return False
    middle = name[len(stem) : len(name) - len(suffix)]
    if middle.startswith((_SYNCTHING, _OWNCLOUD)):
        return True
    return middle.startswith(" (") and middle.endswith(")") and _COPY_WORDS in middle.lower()


def conflict_copies(journal: str | os.PathLike[str]) -> list[str]:
    """The conflict copies beside *journal* (regular files, never through a link), sorted."""
    path = os.fspath(journal)
    folder, name = os.path.split(path)
    found: list[str] = []
    try:
        with os.scandir(folder or ".") as listing:
            for item in listing:
                if is_conflict_copy(item.name, name) and item.is_file(follow_symlinks=False):
                    found.append(item.path)
    except OSError:
        return []  # no folder (no journal yet), or not readable: nothing to say
    return sorted(found)
