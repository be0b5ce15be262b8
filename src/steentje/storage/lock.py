"""The cross-process lock that every read-modify-write of the journal holds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from steentje.errors import SteentjeError
from steentje.storage.files import PRIVATE_FILE, make_private_dirs, write_error
from steentje.words import t

LOCK_TIMEOUT_SECONDS = 15.0


def lock_path(path: Path) -> Path:
    """The lock file that serialises writers of *path*."""
    return path.with_name(path.name + ".lock")


@contextmanager
def journal_lock(path: Path) -> Iterator[None]:
    """Hold the cross-process lock for writing *path* (creating its folder if needed)."""
    # Imported here: only writing commands pay for it.
    from filelock import FileLock, Timeout

    if path.is_dir():
        raise SteentjeError(t("is_directory", path=path))
    make_private_dirs(path.parent)
    # filelock keeps retrying a lock file it cannot create (a read-only folder)
    # until the timeout and then reports contention; find that out at once.
    try:
        os.close(os.open(lock_path(path), os.O_RDWR | os.O_CREAT, PRIVATE_FILE))
    except OSError as error:
        raise write_error(lock_path(path), error) from None
    lock = FileLock(lock_path(path), timeout=LOCK_TIMEOUT_SECONDS, mode=PRIVATE_FILE)
    try:
        with lock:
            yield
    except Timeout:
        raise SteentjeError(
            t("locked", path=path, count=round(LOCK_TIMEOUT_SECONDS), lock=lock_path(path))
        ) from None
    except PermissionError as error:
        raise write_error(lock_path(path), error) from None
