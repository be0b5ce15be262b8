"""The cross-process lock that every read-modify-write of the journal holds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from steentje.errors import SteentjeError
from steentje.storage.files import NOFOLLOW, PRIVATE_FILE, make_private_dirs, write_error
from steentje.words import t

LOCK_TIMEOUT_SECONDS = 15.0


def lock_path(path: Path) -> Path:
    """The lock file that serialises writers of *path*."""
    return path.with_name(path.name + ".lock")


@contextmanager
def journal_lock(path: Path) -> Iterator[None]:
    """Hold the cross-process lock for writing the journal *path* (creating its folder)."""
    if path.is_dir():
        raise SteentjeError(t("is_directory", path=path))
    with file_lock(path):
        yield


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold the cross-process lock for a read-modify-write of *path* (the journal, the config)."""
    # Imported here: only writing commands pay for it.
    from filelock import FileLock, Timeout

    make_private_dirs(path.parent)
    # Made here first, without following a link: filelock opens the lock file
    # with O_TRUNC, which would truncate whatever a planted link points at. It
    # also keeps retrying a lock file it cannot create (a read-only folder)
    # until the timeout and then reports contention; this finds that out at once.
    try:
        os.close(os.open(lock_path(path), os.O_RDWR | os.O_CREAT | NOFOLLOW, PRIVATE_FILE))
    except OSError as error:
        if lock_path(path).is_symlink():
            raise SteentjeError(t("not_a_regular_file", path=lock_path(path))) from None
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
