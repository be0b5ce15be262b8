"""``doctor``: check the journal, and repair what can safely be repaired."""

from __future__ import annotations

import sys

from steentje import clock
from steentje.settings import Settings
from steentje.words import t


def doctor(settings: Settings, *, repair: bool) -> int:
    """Print what was checked (and repaired); the exit code is 1 when something needs care."""
    from steentje.storage.doctor import examine
    from steentje.storage.doctor import repair as repair_journal

    if repair:
        done = repair_journal(settings.journal, now=clock.now())
        for action in done.actions:
            print(t("doctor_repaired", message=action))
    findings = examine(settings.journal)
    if settings.principles is not None:
        from steentje.storage.principle_sets import examine_set

        findings.append(examine_set(settings))
    for finding in findings:
        kind = "doctor_note" if finding.note else "doctor_ok" if finding.ok else "doctor_problem"
        print(t(kind, message=finding.message))
    if all(finding.ok for finding in findings):
        return 0
    if any(finding.repairable for finding in findings):
        print(t("doctor_can_repair"), file=sys.stderr)
    return 1
