"""File primitives: the one atomic writer, private folders, fsync, write errors.

Every file steentje writes (the journal's rewrites, its backup, exports,
stamps, caches, the config file) goes through ``write_atomic``: a temp file
in the same folder, created under a random name with O_EXCL and O_NOFOLLOW
(so a planted file or link is never written through), fsynced, renamed over
the target and the folder fsynced. Only os is imported: the shell reminder
writes its small caches with it too.
"""

from __future__ import annotations

import errno
import os
import stat

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
# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
NONBLOCK = getattr(os, "O_NONBLOCK", 0)
# No space left, or the user's quota reached: both mean "the disk is full" to a person.
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
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


def open_regular(path: str | os.PathLike[str], flags: int = os.O_RDONLY) -> int:
    """Open *path* for steentje's own use, refusing anything but a regular file.

    The final component is never followed (a link planted where the journal
    was resolved to), a FIFO does not block, and a folder, FIFO or device is
    refused with one line: steentje never reads, writes or chmods those.
    Raises FileNotFoundError when nothing is there, OSError for other failures.
    """
    name = os.fspath(path)
    try:
        descriptor = os.open(name, flags | NOFOLLOW | NONBLOCK | BINARY)
    except IsADirectoryError:
        raise SteentjeError(t("is_directory", path=name)) from None
    except OSError as error:
        if os.path.islink(name):
            raise SteentjeError(t("not_a_regular_file", path=name)) from None
        raise error from None
    kind = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(kind):
        os.close(descriptor)
        if stat.S_ISDIR(kind):
            raise SteentjeError(t("is_directory", path=name))
        raise SteentjeError(t("not_a_regular_file", path=name))
    return descriptor


def read_regular(path: str | os.PathLike[str], most: int = -1) -> bytes | None:
    """The whole content of a regular file; None when there is none (see ``open_regular``).

    With *most*, no more than one byte beyond it is read: the caller can tell a file
    larger than it wants without reading all of it.
    """
    try:
        descriptor = open_regular(path)
    except FileNotFoundError:
        return None
    with os.fdopen(descriptor, "rb") as file:
        return file.read(most if most < 0 else most + 1)


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
    """The one-line message for a failed write (a full disk says so in words)."""
    if error.errno in _DISK_FULL:
        return SteentjeError(t("disk_full", path=os.fspath(path)))
    reason = os_reason(error)
    return SteentjeError(t("cannot_write", path=os.fspath(path), reason=reason))


def write_new_file(
    path: str | os.PathLike[str],
    content: bytes,
    *,
    overwrite: bool,
    journal: str | os.PathLike[str],
) -> None:
    """Write a file of the user's (an export) atomically, readable by its owner alone.

    An existing regular file is replaced only with *overwrite*; the journal and
    the files steentje keeps beside it never are, nor anything but a regular file.
    """
    target = os.fspath(path)
    if os.path.isdir(target):
        raise SteentjeError(t("path_is_directory", path=target))
    if is_journal_or_beside_it(target, journal):
        raise SteentjeError(t("export_is_steentjes", path=target))
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise write_error(target, error) from None
    if info is not None:
        if not overwrite:
            raise SteentjeError(t("export_exists", path=target))
        if not stat.S_ISREG(info.st_mode):
            raise SteentjeError(t("export_not_regular", path=target))
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        raise SteentjeError(t("export_no_folder", path=target, folder=folder))
    replace_file(target, content)


def is_journal_or_beside_it(path: str, journal: str | os.PathLike[str]) -> bool:
    """Whether *path* is the journal (by any name) or one of steentje's files beside it."""
    real, real_journal = os.path.realpath(path), os.path.realpath(journal)
    name, journal_name = os.path.basename(real), os.path.basename(real_journal)
    if real == real_journal or (
        os.path.dirname(real) == os.path.dirname(real_journal)
        and (name.startswith(journal_name + ".") or name.startswith("." + journal_name + "."))
    ):
        return True  # the backup, lock, stamps, set-aside and kept-text files, temp files
    try:
        return os.path.samefile(real, real_journal)  # a hard link to the journal
    except OSError:
        return False


def replace_file(path: str | os.PathLike[str], content: bytes) -> None:
    """``write_atomic``, with a failure reported as steentje's one-line write error."""
    try:
        write_atomic(path, content)
    except OSError as error:
        raise write_error(path, error) from None
