"""File primitives: the one atomic writer, private folders, fsync, write errors.

Every file steentje writes (the journal's rewrites, its backup, exports,
stamps, caches, the config file) goes through ``write_atomic``: a temp file
in the same folder, created under a random name with O_EXCL and O_NOFOLLOW
(so a planted file or link is never written through), fsynced, renamed over
the target and the folder fsynced. Only os is imported: the shell reminder
writes its small caches with it too.
"""

from __future__ import annotations

import os

from steentje.errors import SteentjeError
from steentje.words import os_reason, t

# typing.TYPE_CHECKING without importing typing (about 5 ms), which the reminder does not need.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
# O_NOFOLLOW and O_BINARY exist on some platforms only; 0 leaves them out.
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
BINARY = getattr(os, "O_BINARY", 0)
_NEW_FILE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | BINARY


def write_atomic(path: str | os.PathLike[str], content: bytes, *, mode: int = PRIVATE_FILE) -> None:
    """Replace *path* with *content* all at once, durably: nobody sees half a file.

    Raises OSError; the target is unchanged and no temp file is left behind then.
    """
    target = os.fspath(path)
    folder = os.path.dirname(target) or "."
    descriptor, temporary = _new_temporary(folder, os.path.basename(target), mode)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(descriptor, mode)  # whatever the umask made of it
            view = memoryview(content)
            while view:
                view = view[os.write(descriptor, view) :]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, target)  # atomic on POSIX and Windows
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    fsync_directory(folder)


def _new_temporary(folder: str, name: str, mode: int) -> tuple[int, str]:
    """A new file beside *name* under a random name that nobody could have planted."""
    for _ in range(16):
        temporary = os.path.join(folder, f".{name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(temporary, _NEW_FILE_FLAGS, mode), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {name}")


def fsync_directory(directory: str | os.PathLike[str]) -> None:
    """Make a new or replaced file's name durable (not possible, nor needed, on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def make_private_dirs(directory: str | os.PathLike[str]) -> None:
    """Create *directory* and missing parents as 0700; refuse a path through a file.

    Only folders made here are chmodded, never one that already existed.
    """
    folder = os.fspath(directory)
    missing: list[str] = []
    current = folder
    while not os.path.exists(current):
        missing.append(current)
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    for made in reversed(missing):
        try:
            os.mkdir(made, PRIVATE_DIR)
        except FileExistsError:
            continue  # made by a concurrent steentje in the meantime
        except OSError as error:
            raise write_error(made, error) from None
        if hasattr(os, "chmod") and os.name != "nt":
            os.chmod(made, PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    if not os.path.isdir(folder):
        raise SteentjeError(t("not_a_folder", path=folder))


def restrict_permissions(file: IO[bytes]) -> None:
    """Tighten an open journal that others could read to owner-only."""
    if hasattr(os, "fchmod"):
        mode = os.fstat(file.fileno()).st_mode & 0o777
        if mode & 0o077:
            os.fchmod(file.fileno(), mode & PRIVATE_FILE)


def write_error(path: str | os.PathLike[str], error: OSError) -> SteentjeError:
    """The one-line message for a failed write."""
    reason = os_reason(error)
    return SteentjeError(t("cannot_write", path=os.fspath(path), reason=reason))


def write_new_file(path: str | os.PathLike[str], content: bytes, *, overwrite: bool) -> None:
    """Write a file of the user's (an export) atomically, readable by its owner alone.

    An existing file is only replaced with *overwrite*.
    """
    target = os.fspath(path)
    if os.path.isdir(target):
        raise SteentjeError(t("path_is_directory", path=target))
    if os.path.lexists(target) and not overwrite:
        raise SteentjeError(t("export_exists", path=target))
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        raise SteentjeError(t("export_no_folder", path=target, folder=folder))
    replace_file(target, content)


def replace_file(path: str | os.PathLike[str], content: bytes) -> None:
    """``write_atomic``, with a failure reported as steentje's one-line write error."""
    try:
        write_atomic(path, content)
    except OSError as error:
        raise write_error(path, error) from None
