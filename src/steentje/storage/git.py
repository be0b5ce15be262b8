"""git as the journal's sync engine: the ``git`` program, run as a subprocess.

steentje re-implements nothing of git. ``setup`` makes the journal's folder a
repository (when it is none), tells git to merge the journal with steentje
(``.gitattributes`` and the ``merge.steentje.driver`` setting) and adds the
remote; ``sync`` commits the journal, fetches, merges and pushes, under the
journal's lock. Only the journal and ``.gitattributes`` are ever added or
committed; every other file of the repository is left as it is.
"""

from __future__ import annotations

import os
import shlex
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from steentje.errors import SteentjeError
from steentje.journal import Journal, empty_journal, parse_journal
from steentje.merging import Changes, changes
from steentje.storage.files import (
    PRIVATE_FILE,
    read_regular,
    replace_file,
    write_atomic,
    write_error,
)
from steentje.storage.lock import journal_lock, lock_path
from steentje.storage.reading import keep_private, read_unlocked
from steentje.storage.rewriting import backup_path
from steentje.words import t

DRIVER = "steentje"
ATTRIBUTES = ".gitattributes"
DEFAULT_REMOTE = "origin"


class GitFailed(SteentjeError):
    """A run of git that failed, with git's own message in one line."""


@dataclass(frozen=True)
class SetUp:
    """What ``setup`` did."""

    top: Path
    created: bool
    remote: str | None
    url: str | None


@dataclass(frozen=True)
class Synced:
    """What ``sync`` did: sent (committed here), received (merged from the remote)."""

    sent: Changes
    committed: bool
    remote: str | None
    received: Changes | None = None  # None: the remote was not reached
    problem: str | None = None  # git's message when the remote was not reached


# A remote that does not answer must not keep sync (and the person) waiting: ssh gives up
# connecting after ten seconds and never asks a question; http gives up on a transfer
# slower than a kilobyte a second for twenty seconds. Each only where the user set nothing.
SSH_COMMAND = "ssh -o ConnectTimeout=10 -o BatchMode=yes"
LOW_SPEED = (("http.lowSpeedLimit", "GIT_HTTP_LOW_SPEED_LIMIT", "1000"),
             ("http.lowSpeedTime", "GIT_HTTP_LOW_SPEED_TIME", "20"))  # fmt: skip


def _environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    environ = dict(os.environ)
    environ["GIT_TERMINAL_PROMPT"] = "0"  # never wait for a password nobody types
    environ["GIT_MERGE_AUTOEDIT"] = "no"
    environ.update(extra or {})
    return environ


@dataclass(frozen=True)
class Network:
    """What a run of git that reaches a remote gets: ``-c`` options and environment."""

    options: tuple[str, ...]
    environment: dict[str, str]


def network(top: Path) -> Network:
    """Time limits for fetch, push and ls-remote, none of them over a setting of the user's."""

    def configured(key: str) -> bool:
        return git(top, "config", "--get", key, check=False).returncode == 0

    options: list[str] = []
    for key, variable, value in LOW_SPEED:
        if variable not in os.environ and not configured(key):
            options += ["-c", f"{key}={value}"]
    environment: dict[str, str] = {}
    if not ({"GIT_SSH_COMMAND", "GIT_SSH"} & os.environ.keys() or configured("core.sshCommand")):
        environment["GIT_SSH_COMMAND"] = SSH_COMMAND
    return Network(tuple(options), environment)


def one_line(text: str) -> str:
    """git's message in one line: its hints left out, its lines joined."""
    lines = [line.strip() for line in text.splitlines()]
    kept = [line for line in lines if line and not line.startswith("hint:")]
    return " ".join(" ".join(kept).split())


def git(
    folder: Path, *arguments: str, check: bool = True, reach: Network | None = None
) -> subprocess.CompletedProcess[str]:
    """Run git in *folder*; with *check*, a failure is a ``GitFailed`` with git's message.

    *reach*: the time limits of a run that talks to a remote (``network``).
    """
    program = shutil.which("git")
    if program is None:
        raise SteentjeError(t("git_missing"))
    options = () if reach is None else reach.options
    command = _command_name(arguments)
    try:
        done = subprocess.run(
            [program, "-C", str(folder), *options, *arguments],
            capture_output=True, text=True, stdin=subprocess.DEVNULL, errors="replace",
            env=_environment(None if reach is None else reach.environment),
        )  # fmt: skip
    except OSError as error:
        raise SteentjeError(t("git_failed", command=command, message=error)) from None
    if check and done.returncode != 0:
        message = one_line(done.stderr) or one_line(done.stdout) or str(done.returncode)
        raise GitFailed(t("git_failed", command=command, message=message))
    return done


def _command_name(arguments: tuple[str, ...]) -> str:
    """git's subcommand among *arguments* (after any ``-c key=value``)."""
    rest = list(arguments)
    while len(rest) > 1 and rest[0] == "-c":
        rest = rest[2:]
    return rest[0] if rest else "git"


def work_tree(folder: Path) -> Path | None:
    """The top of the git work tree *folder* is in, or None."""
    if not folder.is_dir():
        return None
    done = git(folder, "rev-parse", "--show-toplevel", check=False)
    return Path(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip() else None


def driver_command() -> str:
    """How git calls steentje's merge driver: this Python, this steentje."""
    return f"{shlex.quote(sys.executable)} -m steentje merge-driver %O %A %B"


def _ensure_driver(top: Path) -> None:
    """The repository's (local, never committed) setting that names steentje's merge driver."""
    key = f"merge.{DRIVER}.driver"
    current = git(top, "config", "--local", "--get", key, check=False).stdout.strip()
    if current != driver_command():
        git(top, "config", "--local", key, driver_command())
        git(top, "config", "--local", f"merge.{DRIVER}.name", "steentje journal merge")


def _attribute_line(journal: Path) -> str:
    pattern = journal.name.replace(" ", "[[:space:]]")
    return f"{pattern} merge={DRIVER}"


def _ensure_attributes(journal: Path) -> Path:
    """``.gitattributes`` beside the journal names steentje's driver for it (other lines kept)."""
    where = journal.parent / ATTRIBUTES
    line = _attribute_line(journal)
    raw = read_regular(where) or b""
    lines = raw.decode("utf-8", errors="replace").splitlines()
    if line not in (text.strip() for text in lines):
        text = raw.decode("utf-8", errors="replace")
        if text and not text.endswith("\n"):
            text += "\n"
        content = (text + line + "\n").encode("utf-8")
        try:
            mode = stat.S_IMODE(where.lstat().st_mode) if raw else PRIVATE_FILE
            write_atomic(where, content, mode=mode)  # an existing file keeps its mode
        except OSError as error:
            raise write_error(where, error) from None
    return where


def _exclude_own_files(top: Path, journal: Path) -> None:
    """Keep the lock and the backup out of ``git status`` (in the local exclude file)."""
    where = git(top, "rev-parse", "--git-path", "info/exclude").stdout.strip()
    exclude = Path(where) if Path(where).is_absolute() else top / where
    raw = read_regular(exclude) or b""
    text = raw.decode("utf-8", errors="replace")
    wanted = [
        "/" + os.path.relpath(path, top).replace(os.sep, "/")
        for path in (lock_path(journal), backup_path(journal))
    ]
    missing = [line for line in wanted if line not in text.splitlines()]
    if missing:
        if text and not text.endswith("\n"):
            text += "\n"
        exclude.parent.mkdir(parents=True, exist_ok=True)
        replace_file(exclude, (text + "\n".join(missing) + "\n").encode("utf-8"))


def _commit(top: Path, paths: list[Path], message: str) -> bool:
    """Commit *paths* only (whatever else is staged stays staged); False when nothing changed."""
    names = [os.path.relpath(path, top) for path in paths]
    git(top, "add", "--", *names)
    has_head = git(top, "rev-parse", "--verify", "-q", "HEAD", check=False).returncode == 0
    same = git(top, "diff", "--cached", "--quiet", "HEAD", "--", *names, check=False)
    if has_head and same.returncode == 0:
        return False
    git(top, *_identity(top), "commit", "-q", "--no-verify", "-m", message, "--only", "--", *names)
    return True


def _identity(top: Path) -> list[str]:
    """Who commits: git's own setting; on a machine where git knows nobody, "steentje"."""
    if git(top, "var", "GIT_COMMITTER_IDENT", check=False).returncode == 0 and (
        git(top, "var", "GIT_AUTHOR_IDENT", check=False).returncode == 0
    ):
        return []
    import socket

    host = socket.gethostname() or "localhost"
    return ["-c", f"user.name={DRIVER}", "-c", f"user.email={DRIVER}@{host}"]


def _follow_remote_branch(top: Path, remote_url: str) -> None:
    """A new repository's branch takes the remote's default branch name (main, master...)."""
    found = git(top, "ls-remote", "--symref", remote_url, "HEAD", check=False, reach=network(top))
    for line in found.stdout.splitlines():
        reference, _, name = line.partition("\t")
        if reference.startswith("ref: refs/heads/") and name == "HEAD":
            git(top, "symbolic-ref", "HEAD", reference.removeprefix("ref: "), check=False)
            return


def setup(journal: Path, remote_url: str | None, message: str) -> SetUp:
    """Make the journal's folder ready for ``sync``; touches no other file of the repository."""
    folder = journal.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    top = work_tree(folder)
    created = top is None
    if top is None:
        git(folder, "init", "-q")
        top = work_tree(folder) or folder
        if remote_url is not None:
            _follow_remote_branch(top, remote_url)
    remote = None
    if remote_url is not None:
        remote = DEFAULT_REMOTE
        known = git(top, "remote", "get-url", remote, check=False)
        if known.returncode == 0 and known.stdout.strip() != remote_url:
            # Said before anything is written: "nothing was changed" holds.
            raise SteentjeError(
                t("sync_other_remote", remote=remote, url=known.stdout.strip(), wanted=remote_url)
            )
        if known.returncode != 0:
            git(top, "remote", "add", remote, remote_url)
    attributes = _ensure_attributes(journal)
    _ensure_driver(top)
    _exclude_own_files(top, journal)
    with journal_lock(journal):
        paths = [attributes, *([journal] if journal.exists() else [])]
        _commit(top, paths, message)
    return SetUp(top, created, remote, remote_url)


def _committed_journal(top: Path, journal: Path, commit: str) -> Journal:
    """The journal as *commit* holds it (empty when it holds none)."""
    name = os.path.relpath(journal, top).replace(os.sep, "/")
    done = git(top, "show", f"{commit}:{name}", check=False)
    if done.returncode != 0:
        return empty_journal(journal)
    try:
        return parse_journal(done.stdout, journal)
    except SteentjeError:
        return empty_journal(journal)


def _remote_and_branch(top: Path) -> tuple[str | None, str, str | None]:
    """The remote to sync with, the local branch, and the remote branch's ref (if it exists)."""
    branch = git(top, "symbolic-ref", "--short", "-q", "HEAD", check=False).stdout.strip()
    if not branch:
        raise SteentjeError(t("sync_detached"))
    upstream = git(top, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}", check=False)
    remote = git(top, "config", "--get", f"branch.{branch}.remote", check=False).stdout.strip()
    if upstream.returncode == 0 and remote:
        return remote, branch, upstream.stdout.strip()
    remotes = git(top, "remote").stdout.split()
    if not remotes:
        return None, branch, None
    remote = DEFAULT_REMOTE if DEFAULT_REMOTE in remotes else remotes[0]
    return remote, branch, None


def sync(journal: Path, commit_message: Callable[[Changes], str]) -> Synced:
    """Commit the journal, fetch, merge (steentje's driver merges the journal), push.

    The journal's lock is held around the commit and around the merge, never
    while git talks to the remote (fetch, push), so a slow or unreachable remote
    keeps no other steentje waiting. A merge that fails is undone (``git merge
    --abort``): the journal is never left half-merged. After every run of git
    that writes the work tree the journal is made private again.
    """
    top = work_tree(journal.parent)
    if top is None:
        raise SteentjeError(t("sync_not_repo", folder=journal.parent))
    attributes = read_regular(journal.parent / ATTRIBUTES) or b""
    if _attribute_line(journal) not in attributes.decode("utf-8", "replace").splitlines():
        raise SteentjeError(t("sync_not_set_up", folder=journal.parent))
    _ensure_driver(top)  # a setting of this clone's, not committed: set it on every clone
    remote, branch, upstream = _remote_and_branch(top)
    with journal_lock(journal):
        now = read_unlocked(journal)
        committed = _commit_journal(top, journal, now, commit_message)
    if remote is None:
        return Synced(changes(empty_journal(journal), now), committed, None,
                      problem=t("sync_no_remote"))  # fmt: skip
    reach = network(top)
    ref = upstream or f"{remote}/{branch}"
    fetched = git(top, "fetch", "-q", remote, check=False, reach=reach)
    # What the remote lacks: measured against its journal as last (or now) fetched.
    theirs = _committed_journal(top, journal, ref)
    if fetched.returncode != 0:
        return Synced(changes(theirs, now), committed, remote, problem=one_line(fetched.stderr))
    exists = git(top, "rev-parse", "--verify", "-q", ref, check=False).returncode == 0
    with journal_lock(journal):
        # Written to since the first commit (another steentje, while git fetched)?
        current = read_unlocked(journal)
        committed = _commit_journal(top, journal, current, commit_message) or committed
        if exists:
            merged = git(
                top, *_identity(top), "merge", "-q", "--no-edit", "--allow-unrelated-histories",
                ref, check=False,
            )  # fmt: skip
            keep_private(journal)
            if merged.returncode != 0:
                git(top, "merge", "--abort", check=False)
                keep_private(journal)
                message = one_line(merged.stderr) or one_line(merged.stdout)
                raise GitFailed(t("git_failed", command="merge", message=message))
        after = read_unlocked(journal)
    received, sent = changes(current, after, theirs), changes(theirs, after, current)
    pushed = git(top, "push", "-q", "-u", remote, f"HEAD:{branch}", check=False, reach=reach)
    if pushed.returncode != 0:
        return Synced(sent, committed, remote, received, problem=one_line(pushed.stderr))
    return Synced(sent, committed, remote, received)


def _commit_journal(
    top: Path, journal: Path, now: Journal, commit_message: Callable[[Changes], str]
) -> bool:
    """Commit the journal as *now* holds it (the caller holds the lock); False: no change."""
    if not now.exists:
        return False
    since = changes(_committed_journal(top, journal, "HEAD"), now)
    return _commit(top, [journal], commit_message(since))
