"""The journal is the only truth: whatever is done to the file, every read agrees with tomllib.

A state machine interleaves steentje's own writes (log, edit, delete, import,
doctor --repair) with hand edits of every kind: the same length (an answer, a
date, a principle), with the old mtime put back or not, a shrink then a grow,
an older copy restored, a damaged cache, a changed stamp. After every step each
read path (show, review with and without -n and --search, export, week, stats)
must agree with a full tomllib parse of the file on disk.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import tomllib
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from typer.testing import CliRunner, Result

from steentje import clock
from steentje.commands.review import Filters, review_entries
from steentje.errors import SteentjeError
from steentje.exchange import chronological
from steentje.journal import (
    Entry,
    entry_block,
    entry_from_table,
    entry_problem,
    last_answer,
    new_entry,
    newest_open_intention,
    same_entry,
)
from steentje.main import app
from steentje.output.formats import entry_to_dict
from steentje.patterns import compute_stats
from steentje.search import select_entries
from steentje.storage import caches
from steentje.storage.reading import all_entries
from steentje.storage.stamps import stamp_path

WORDS = ["team", "vertrouwen", "budget", "luisteren", "ruimte", "Gelóóf", "fout"]
answers = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join) | st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20
).map(lambda text: f"a{text}")
tags = st.lists(st.sampled_from(["team", "1on1", "retro"]), max_size=2, unique=True)
keep_mtime = st.booleans()


def truth(path: Path) -> list[Entry] | None:
    """The entries a full tomllib parse gives; None when tomllib or validation refuses the file."""
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    tables = data.get("entries", [])
    if not isinstance(tables, list) or any(entry_problem(table) for table in tables):
        return None
    return [entry_from_table(table) for table in tables]


def as_json(entries: list[Entry]) -> list[dict[str, object]]:
    return [entry_to_dict(entry) for entry in entries]


class OnlyTruth(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(dir=os.environ["HOME"]))
        self.path = self.folder / "journal.toml"
        self.runner = CliRunner()
        self.older: list[tuple[bytes, int]] = []
        self.steps = 0

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def cli(self, *args: str, path: Path | None = None) -> Result:
        command = ["--journal", str(path or self.path), *args]
        return self.runner.invoke(app, command, prog_name="steentje")

    def entries(self) -> list[Entry]:
        return truth(self.path) or []

    def hand_write(self, content: bytes, keep: bool) -> None:
        """Write the journal as an editor would, maybe putting the old mtime back."""
        before = self.path.stat()
        self.path.write_bytes(content)
        if keep:
            os.utime(self.path, ns=(before.st_atime_ns, before.st_mtime_ns))

    # --- steentje's own writes -----------------------------------------------

    @rule(answer=answers, days=st.integers(0, 400), tags=tags, intention=st.booleans())
    def log(self, answer: str, days: int, tags: list[str], intention: bool = False) -> None:
        day = (clock.today() - timedelta(days=days)).isoformat()
        meant = ["--intention", f"try {answer}"] if intention else []
        self.cli("log", "--date", day, *(f"--tag={tag}" for tag in tags), *meant, answer)

    @rule(data=st.data(), outcome=answers | st.none())
    def followup(self, data: st.DataObject, outcome: str | None) -> None:
        if entries := [entry for entry in self.entries() if entry.intention]:
            entry_id = data.draw(st.sampled_from(entries)).id
            self.cli("followup", entry_id, *(["--drop"] if outcome is None else [outcome]))

    @rule(data=st.data(), answer=answers)
    def edit(self, data: st.DataObject, answer: str) -> None:
        if entries := self.entries():
            self.cli("edit", data.draw(st.sampled_from(entries)).id, "--answer", answer)

    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        if entries := self.entries():
            self.cli("delete", data.draw(st.sampled_from(entries)).id, "--yes")

    @rule(data=st.data(), answer=answers)
    def import_(self, data: st.DataObject, answer: str) -> None:
        moment = clock.now() - timedelta(days=data.draw(st.integers(0, 300)))
        # An answer to the bundled set, or to a set of one's own (up to 31 principles).
        principle_set = data.draw(st.sampled_from(["", "team"]))
        most = 7 if not principle_set else 31
        fresh = new_entry(when=moment, principle=data.draw(st.integers(1, most)), prompt="p",
                          answer=answer, principle_set=principle_set)  # fmt: skip
        known = self.entries()[:1]
        export = self.folder / "export.json"
        export.write_text(json.dumps(as_json([*known, fresh])), encoding="utf-8")
        self.cli("import", str(export))

    @rule()
    def repair(self) -> None:
        self.cli("doctor", "--repair")

    @rule(data=st.data())
    def merge_older(self, data: st.DataObject) -> None:
        """Merge an older state of the journal, as another machine's copy would be."""
        if self.older:
            copy = self.folder / "older.toml"
            copy.write_bytes(data.draw(st.sampled_from(self.older))[0])
            self.cli("merge", str(copy))

    # --- hand edits --------------------------------------------------------------

    def same_length(self, data: st.DataObject, pattern: str, keep: bool) -> None:
        """Replace one character of a value that *pattern* finds by another, same length."""
        if not self.path.exists():
            return
        raw = self.path.read_bytes()
        spots = list(re.finditer(pattern.encode(), raw, re.MULTILINE))
        if not spots:
            return
        spot = data.draw(st.sampled_from(spots))
        at = spot.start(1)
        old = raw[at : at + 1]
        choices = [c for c in (b"012345" if old.isdigit() else b"abcdefghij") if bytes([c]) != old]
        new = bytes([data.draw(st.sampled_from(choices))])
        if pattern.startswith("^principle"):
            new = str(data.draw(st.integers(1, 7))).encode()
        self.hand_write(raw[:at] + new + raw[at + 1 :], keep)

    @rule(data=st.data(), keep=keep_mtime)
    def hand_edit_answer(self, data: st.DataObject, keep: bool) -> None:
        # A letter before any escape in the string, so the TOML stays valid.
        self.same_length(data, r'^answer = "[^"\\\n]*?([a-z])', keep)

    @rule(data=st.data(), keep=keep_mtime)
    def hand_edit_date(self, data: st.DataObject, keep: bool) -> None:
        self.same_length(data, r"^date = \d{4}-\d\d-\d\d[T ]\d\d:([0-5])\d", keep)

    @rule(data=st.data(), keep=keep_mtime)
    def hand_edit_principle(self, data: st.DataObject, keep: bool) -> None:
        self.same_length(data, r"^principle = ([1-7])$", keep)

    @rule(data=st.data(), keep=keep_mtime)
    def hand_edit_intention(self, data: st.DataObject, keep: bool) -> None:
        self.same_length(data, r'^intention = "[^"\\\n]*?([a-z])', keep)

    @rule(data=st.data(), keep=keep_mtime)
    def hand_reopen_intention(self, data: st.DataObject, keep: bool) -> None:
        """Take an outcome's day (and the outcome) out by hand: the intention is open again."""
        if not self.path.exists():
            return
        raw = self.path.read_bytes()
        spots = list(re.finditer(rb"^(outcome|outcome_date) = [^\n]*\n", raw, re.MULTILINE))
        if spots:
            spot = data.draw(st.sampled_from(spots))
            self.hand_write(raw[: spot.start()] + raw[spot.end() :], keep)

    @rule(answers=st.lists(answers, min_size=1, max_size=3), keep=keep_mtime)
    def shrink_then_grow(self, answers: list[str], keep: bool) -> None:
        if not self.path.exists():
            return
        raw = self.path.read_bytes()
        cut = raw.rfind(b"\n[[entries]]")
        if cut == -1:
            return
        self.hand_write(raw[:cut], keep)
        grown = raw[:cut] + b"".join(
            entry_block(new_entry(when=clock.now(), principle=1, prompt="", answer=answer))
            for answer in answers
        )
        self.hand_write(grown, keep)

    @rule(data=st.data())
    def restore_older_copy(self, data: st.DataObject) -> None:
        if self.older and self.path.exists():
            content, mtime_ns = data.draw(st.sampled_from(self.older))
            self.path.write_bytes(content)
            os.utime(self.path, ns=(mtime_ns, mtime_ns))

    @rule(damage=st.sampled_from(["truncate", "flip", "rubbish", "empty", "link"]))
    def damage_cache(self, damage: str) -> None:
        where = caches.index_path(self.path)
        if not where.is_file() or where.is_symlink():
            return
        raw = where.read_bytes()
        if damage == "truncate":
            where.write_bytes(raw[: len(raw) // 2])
        elif damage == "flip":
            at = len(raw) - 1
            where.write_bytes(raw[:at] + bytes([raw[at] ^ 1]))
        elif damage == "rubbish":
            where.write_bytes(b'{"format": 2, "size": -1}\n\xff')
        elif damage == "empty":
            where.write_bytes(b"")
        else:
            where.unlink()
            where.symlink_to(self.path)  # a cache that points at the journal itself

    @rule(day=st.dates(date(2000, 1, 1), date(2030, 1, 1)) | st.none())
    def change_stamp(self, day: date | None) -> None:
        stamp = Path(stamp_path(self.path))
        if stamp.parent.is_dir():
            stamp.write_text("rubbish\n" if day is None else day.isoformat(), encoding="utf-8")

    # --- after every step ----------------------------------------------------

    @invariant()
    def every_read_agrees_with_tomllib(self) -> None:
        self.steps += 1
        expected = truth(self.path)
        if expected is None:  # hand edits keep the file valid; steentje's writes must too
            raise AssertionError(self.path.read_text(encoding="utf-8"))
        if self.path.exists():
            self.older = [*self.older[-4:], (self.path.read_bytes(), self.path.stat().st_mtime_ns)]
        served = all_entries(self.path) or ()
        assert as_json(list(served)) == as_json(expected)  # isoformat keeps the offset
        # Every field, the moments of changes too (which the JSON export leaves out).
        assert all(map(same_entry, served, expected)) and len(served) == len(expected)
        for filters in (
            Filters(limit=3),
            Filters(limit=5, principles={1, 2, 3}),
            Filters(limit=2, principles={1, 2, 3}, principle_set="steentje"),
            Filters(limit=2, principles={1, 2, 3, 12}, principle_set="team"),
        ):
            found = review_entries(self.path, filters) or []
            wanted = select_entries(
                expected,
                limit=filters.limit,
                principles=filters.principles,
                principle_set=filters.principle_set,
            )
            assert as_json(found) == as_json(wanted)

        exported = self.cli("export", "--format", "json")
        assert exported.exit_code == 0, exported.output
        # Oldest first, entries of one moment in the order they were written.
        items = json.loads(exported.stdout)
        assert items == as_json(chronological(expected))
        word = expected[-1].answer.split()[0] if expected and expected[-1].answer.split() else "a"
        for args, wanted in (
            (["review", "-n", "3"], select_entries(expected, limit=3)),
            (["review", "--all"], select_entries(expected)),
            (["review", "--search", word], select_entries(expected, search=word, limit=10)),
        ):
            result = self.cli(*args, "--format", "json")
            assert result.exit_code == 0, result.output
            assert json.loads(result.stdout or "[]") == as_json(wanted), args
        today = clock.today()
        question = expected[-1].prompt if expected else "p"
        found = caches.coach_entries(self.path, before=today, questions=[question])
        if found is not None:
            wanted_coach = (
                newest_open_intention(expected, today),
                last_answer(expected, [question], today),
            )
            assert [None if e is None else entry_to_dict(e) for e in found] == [
                None if e is None else entry_to_dict(e) for e in wanted_coach
            ]
        stats = self.cli("stats", "--format", "json")
        figures = compute_stats(expected, clock.today(), 26, 0).to_dict()
        assert json.loads(stats.stdout) == json.loads(json.dumps(figures))

        # show and week print through rich: compare with the same command on a
        # byte-identical copy at a new path, which has no cache yet.
        if expected and self.steps % 2 == 0:
            copy = self.folder / f"copy{self.steps}" / "journal.toml"
            copy.parent.mkdir()
            shutil.copyfile(self.path, copy)
            newest = select_entries(expected, limit=1)[0]
            for args in (
                ["show", newest.id],
                ["week", "--date", newest.day.isoformat()],
                ["today", "--no-input"],  # the intention and last answer: the coach's stamp
            ):
                mine, fresh = self.cli(*args), self.cli(*args, path=copy)
                assert (mine.exit_code, mine.stdout) == (fresh.exit_code, fresh.stdout), args
            assert newest.answer.split()[0][:8] in self.cli("show", newest.id).stdout or any(
                not char.isprintable() for char in newest.answer
            )


def test_every_read_agrees_with_the_file_on_disk() -> None:
    run_state_machine_as_test(
        OnlyTruth,
        settings=settings(
            max_examples=10,
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


def test_the_machine_can_fail(tmp_path: Path) -> None:
    """A stale read is caught: the same check on a cache trusted blindly fails."""
    machine = OnlyTruth()
    machine.log("vertrouwen team", 3, [])
    machine.log("budget", 1, [])
    machine.every_read_agrees_with_tomllib()
    # Appended by hand, the newest entry: an index that ignores what was
    # appended leaves it out of `review -n`.
    with machine.path.open("ab") as file:
        file.write(
            entry_block(new_entry(when=clock.now(), principle=2, prompt="?", answer="BUDGET"))
        )
    original = caches._still_covers
    caches._still_covers = lambda file, coverage: caches.Appended(coverage.size, b"", None)  # type: ignore[assignment]
    try:
        try:
            machine.every_read_agrees_with_tomllib()
        except AssertionError:
            pass
        else:
            raise AssertionError("a stale cache went unnoticed")
    finally:
        caches._still_covers = original
    machine.every_read_agrees_with_tomllib()
    machine.teardown()


def test_a_damaged_journal_is_refused_by_every_read(tmp_path: Path) -> None:
    machine = OnlyTruth()
    machine.log("vertrouwen", 1, [])
    with machine.path.open("ab") as file:
        file.write(b"\n[[entries]]\nid = 'torn")
    for args in (["export", "--format", "json"], ["review", "--all"], ["stats"]):
        assert machine.cli(*args).exit_code != 0
    try:
        all_entries(machine.path)
    except SteentjeError:
        pass
    else:
        raise AssertionError("a torn journal was read")
    machine.teardown()
