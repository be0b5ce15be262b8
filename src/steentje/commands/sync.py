"""``merge``, ``merge-driver`` and ``sync``: one journal on more than one machine.

Also the one-line notice, on stderr, of the conflict copies a file-sync tool
left beside the journal (``notice_conflict_copies``), given by every command
that reads the journal.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from steentje.settings import Settings
from steentje.words import t

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from steentje.merging import Changes


def summary(changes: Changes) -> str:
    """ "2 new, 1 edited, 1 conflict, 2 deleted", or "nothing changed"."""
    parts = [
        t(key, count=count)
        for key, count in (
            ("changes_new", changes.new),
            ("changes_edited", changes.edited),
            ("changes_conflicts", changes.conflicts),
            ("changes_deleted", changes.deleted),
        )
        if count
    ]
    return ", ".join(parts) if parts else t("changes_nothing")


def notice_conflict_copies(settings: Settings) -> None:
    """Say in one line on stderr that conflict copies lie beside the journal, and what merges them.

    Only os is used here (the launcher's fast path calls it for today's panel).
    """
    from steentje.errors import SteentjeError
    from steentje.storage.conflicts import conflict_copies

    try:
        found = conflict_copies(settings.journal_name)
    except SteentjeError:
        return  # the command itself says what is wrong with the journal's name
    if found:
        names = ", ".join(path.rpartition(os.sep)[2] for path in found)
        print(f"steentje: {t('conflict_copies_notice', count=len(found), names=names)}",
              file=sys.stderr)  # fmt: skip


def merge(settings: Settings, files: Sequence[Path], *, conflicts: bool) -> int:
    """Merge *files* (and with *conflicts*, the conflict copies beside the journal) into it.

    A FILE named that is refused refuses the merge (nothing changes); a conflict
    copy that is refused is named in one line, the others are merged: exit 1.
    """
    from pathlib import Path

    from steentje.errors import UsageError
    from steentje.storage.conflicts import conflict_copies
    from steentje.storage.merging import merge_into, merge_readable, put_away, read_other

    copies = [Path(path) for path in conflict_copies(settings.journal)] if conflicts else []
    if not files and not copies:
        if conflicts:
            print(t("merge_no_conflict_copies", path=settings.journal))
            return 0
        raise UsageError(t("merge_needs_files"))
    refused: Sequence[Exception] = []
    if copies:
        for named in files:
            read_other(settings.journal, named)  # a FILE refused refuses the merge whole
        result, taken, refused = merge_readable(settings.journal, [*files, *copies])
        copies = [copy for copy in taken if copy not in files]
    else:
        result = merge_into(settings.journal, files)
    for error in refused:
        print(t("merge_copy_refused", problem=error), file=sys.stderr)
    done = result.changes
    merged = len(files) + len(copies)
    if merged:
        print(t("merged", count=merged, changes=summary(done)))
    if done.conflicts:
        print(t("merge_conflicts_kept", count=done.conflicts), file=sys.stderr)
    if copies:
        folder, stayed = put_away(copies)
        for copy, problem in stayed:
            print(t("merge_not_put_away", path=copy, problem=problem), file=sys.stderr)
        if len(stayed) < len(copies):
            print(t("merge_put_away", folder=folder))
        if stayed:
            return 1
    return 1 if refused else 0


def merge_driver(ancestor: Path, ours: Path, theirs: Path) -> None:
    """git's merge driver: *ours* becomes the merge of the three (git reads its exit code)."""
    from steentje.storage.merging import merge_three

    merge_three(ancestor, ours, theirs)


def sync(settings: Settings, *, setup: bool, remote: str | None) -> int:
    """``sync --setup [REMOTE]`` or ``sync``: 1 when the journal stayed on this machine only."""
    from steentje.errors import UsageError
    from steentje.storage import git

    journal = settings.journal
    if setup:
        done = git.setup(journal, remote, t("sync_setup_commit"))
        if done.created:
            print(t("sync_repo_made", folder=journal.parent))
        attributes = journal.parent / git.ATTRIBUTES
        if done.remote is None:
            print(t("sync_set_up", attributes=attributes))
        else:
            print(t("sync_set_up_remote", attributes=attributes, remote=done.remote, url=done.url))
        return 0
    if remote is not None:
        raise UsageError(t("sync_remote_needs_setup"))
    # The commit message speaks like the rest: "steentje: 2 new, 1 edited".
    result = git.sync(journal, lambda sent: t("sync_commit", changes=summary(sent)))
    sent = summary(result.sent) if result.sent else t("sync_nothing")
    if result.problem is not None:
        if result.remote is None:
            problem = result.problem
        elif result.received is None:
            problem = t("sync_unreachable", remote=result.remote, message=result.problem)
        else:
            problem = t("sync_not_pushed", remote=result.remote, message=result.problem)
        print(t("sync_kept_here", sent=sent, problem=problem), file=sys.stderr)
        return 1
    received = summary(result.received) if result.received else t("sync_nothing")
    print(t("synced", remote=result.remote, sent=sent, received=received))
    return 0
