"""Start-up and scale benchmarks for steentje, as ratios against baselines measured in the same run.

Run it with the Python of a virtual environment that has steentje installed:

    .venv/bin/python benchmarks/bench.py            # full run (several minutes)
    .venv/bin/python benchmarks/bench.py --quick    # fewer runs, smaller journals
    .venv/bin/python benchmarks/bench.py --no-jrnl  # without installing jrnl

It builds journals of realistic entries in a temporary folder (never your own),
times each command several times and prints min/median/max in milliseconds and
the ratio of medians against its baseline, next to the targets of issues 4 and 10.
For the whole-journal reads the baseline is jrnl 4.6, installed with pip into a
virtual environment in the same temporary folder and given the same 10,000
entries as a jrnl journal; steentje and jrnl run alternately, so that drift in
the machine hits both alike. "Cold" is the first read after the journal changed:
everything steentje keeps about the journal (its index and stamps) is deleted
before each of those runs; the cache of the bundled principles, which depends
on steentje's own data file and not on the journal, stays. "First run" empties
the whole cache folder, as on a new machine.
Nothing here asserts: the numbers are for people, and for the README table.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from steentje import clock
from steentje.journal import Entry, Journal, journal_bytes, new_id
from steentje.principles import load_catalog
from steentje.rotation import principle_number_for, prompt_index_for
from steentje.storage.stamps import write_stamp

STEENTJE = shutil.which("steentje", path=str(Path(sys.executable).parent)) or "steentje"
JRNL_VERSION = "4.6"
SEARCH_WORD = "vertrouwen"

# Words that answers are made of: Dutch and English, as the users write.
_WORDS = (
    "team vertrouwen gesprek budget planning ruimte initiatief fout leren luisteren "
    "besluit collega burger wethouder afdeling vraag antwoord idee overleg trust "
    "meeting feedback ownership listened decided delegated asked learned autonomy "
    "mastery purpose residents permit backlog retro coaching"
)
WORDS = _WORDS.split()


@dataclass
class Timing:
    """One command's runs: wall times in ms and peak memory in MiB."""

    label: str
    times: list[float]
    peak_mib: float

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def realistic_journal(count: int, seed: int = 7) -> Journal:
    """*count* entries, one or two a day going back in time, some backfilled, a few tags."""
    chooser = random.Random(seed)
    catalog = load_catalog("nl")
    zone = timezone(timedelta(hours=1))
    entries: list[Entry] = []
    day = date(2026, 11, 28) - timedelta(days=int(count * 0.8))
    while len(entries) < count:
        day += timedelta(days=1)
        for _ in range(chooser.choice((0, 1, 1, 1, 2))):
            # About 2 % are backfills: written later, dated days earlier.
            written_for = (
                day - timedelta(days=chooser.randint(1, 5)) if chooser.random() < 0.02 else day
            )
            principle = catalog.principle(principle_number_for(written_for))
            sentences = [
                " ".join(chooser.choices(WORDS, k=chooser.randint(6, 18))).capitalize() + "."
                for _ in range(chooser.randint(1, 6))
            ]
            answer = ("\n" if chooser.random() < 0.3 else " ").join(sentences)
            moment = datetime(
                written_for.year, written_for.month, written_for.day,
                chooser.randint(7, 22), chooser.randint(0, 59), tzinfo=zone,
            )  # fmt: skip
            tags = tuple(chooser.sample(("team", "1on1", "retro", "budget"), chooser.randint(0, 2)))
            entries.append(
                Entry(
                    new_id(), moment, principle.number,
                    principle.prompts[prompt_index_for(written_for, len(principle.prompts))],
                    answer, tags,
                )
            )  # fmt: skip
    return Journal(Path("journal.toml"), True, 1, tuple(entries[:count]))


def write_journal(folder: Path, count: int) -> Path:
    """Write a journal of *count* entries (and its stamp) under *folder*."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / "journal.toml"
    journal = realistic_journal(count)
    path.write_bytes(journal_bytes(journal))
    path.chmod(0o600)
    if journal.entries:
        write_stamp(path, {entry.day for entry in journal.entries}, clock.today())
    return path


def measure(
    label: str, command: Sequence[str], env: dict[str, str], runs: int, warmup: int = 2
) -> Timing:
    """Run *command* warmup + runs times; wall time, and peak RSS from separate runs."""
    times: list[float] = []
    for index in range(warmup + runs):
        start = time.perf_counter()
        subprocess.run(
            command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, check=False,
        )  # fmt: skip
        if index >= warmup:
            times.append((time.perf_counter() - start) * 1000)
    return Timing(label, times, peak_memory(command, env))


def measure_pair(
    first: tuple[str, Sequence[str]],
    second: tuple[str, Sequence[str]],
    env: dict[str, str],
    runs: int,
    before: Callable[[int], None] = lambda slot: None,
) -> tuple[Timing, Timing]:
    """Time two commands in alternation, so that drift in the machine hits both alike.

    *before* runs, untimed, before each run of either (its slot: 0 or 1).
    """
    times: tuple[list[float], list[float]] = ([], [])
    for index in range(2 + runs):
        for slot, (_, command) in enumerate((first, second)):
            before(slot)
            start = time.perf_counter()
            subprocess.run(
                command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, check=False,
            )  # fmt: skip
            if index >= 2:
                times[slot].append((time.perf_counter() - start) * 1000)
    return (
        Timing(first[0], times[0], peak_memory(first[1], env, before=lambda: before(0))),
        Timing(second[0], times[1], peak_memory(second[1], env, before=lambda: before(1))),
    )


def peak_memory(
    command: Sequence[str], env: dict[str, str], runs: int = 3,
    before: Callable[[], None] = lambda: None,
) -> float:  # fmt: skip
    """Peak RSS in MiB, through GNU time: a child forked from this (large) Python
    process would report this process's size as its own high-water mark."""
    if not Path("/usr/bin/time").exists():
        return float("nan")
    peaks = []
    for _ in range(runs):
        before()
        result = subprocess.run(
            ["/usr/bin/time", "-f", "%M", *command], env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
        )  # fmt: skip
        peaks.append(int(result.stderr.strip().splitlines()[-1]) / 1024)
    return max(peaks)


def jrnl_journal(folder: Path, count: int) -> Path:
    """The same entries as ``realistic_journal(count)``, as a jrnl journal and its config.

    One jrnl entry per steentje entry, oldest first: the question as its title,
    the answer as its body, the tags as @tags. Returns the config file.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = folder / "journal.txt"
    with text.open("w", encoding="utf-8") as out:
        for entry in sorted(realistic_journal(count).entries, key=lambda entry: entry.date):
            tags = "".join(f" @{tag}" for tag in entry.tags)
            out.write(f"[{entry.date:%Y-%m-%d %H:%M}] {entry.prompt}\n{entry.answer}{tags}\n\n")
    config = folder / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: true\n"
        "indent_character: '|'\n"
        f"journals: {{default: {{journal: '{text}'}}}}\n"
        f"linewrap: 79\ntagsymbols: '@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\n"
        f"version: v{JRNL_VERSION}\n",
        encoding="utf-8",
    )
    return config


def install_jrnl(folder: Path) -> str | None:
    """jrnl's executable in a new virtual environment under *folder*, or None when pip fails."""
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    installed = subprocess.run(
        [str(folder / "bin" / "pip"), "install", "-q", f"jrnl=={JRNL_VERSION}"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if installed.returncode != 0:
        print(f"jrnl {JRNL_VERSION} could not be installed:\n{installed.stderr}", file=sys.stderr)
        return None
    return str(folder / "bin" / "jrnl")


def row(what: str, timing: Timing, ratio: float | None, target: str, ok: bool | None) -> str:
    spread = f"{min(timing.times):.1f} / {timing.median:.1f} / {max(timing.times):.1f}"
    shown = "" if ratio is None else f"{ratio:.2f}×"
    verdict = "" if ok is None else ("yes" if ok else "**no**")
    return f"| {what} | {spread} | {timing.peak_mib:.0f} | {shown} | {target} | {verdict} |"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command")
    parser.add_argument("--quick", action="store_true", help="5 runs, 10,000 instead of 50,000")
    parser.add_argument(
        "--no-jrnl", action="store_true", help=f"do not install jrnl {JRNL_VERSION} to compare with"
    )
    options = parser.parse_args(argv)
    runs = 5 if options.quick else options.runs
    big = 10_000 if options.quick else 50_000

    scratch = Path(tempfile.mkdtemp(prefix="steentje-bench-"))
    try:
        home = scratch / "home"
        env = {
            key: value for key, value in os.environ.items()
            if not key.startswith(("STEENTJE_", "XDG_", "LC_", "LANG", "PYTHONDONTWRITEBYTECODE"))
        }  # fmt: skip
        # An installed wheel comes with compiled bytecode; an editable checkout may not.
        import compileall

        import steentje

        compileall.compile_dir(Path(steentje.__file__).parent, quiet=1)
        env.update(
            HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"), LANG="C.UTF-8", COLUMNS="100",
        )  # fmt: skip
        # The stamps written here live in the cache folder the measured runs use.
        os.environ["XDG_CACHE_HOME"] = env["XDG_CACHE_HOME"]
        print(f"Building journals of 100, 10,000 and {big:,} entries …", file=sys.stderr)
        journals = {
            count: write_journal(scratch / f"j{count}", count) for count in (100, 10_000, big)
        }
        empty = scratch / "empty" / "journal.toml"

        def steentje(journal: Path, *args: str) -> list[str]:
            return [STEENTJE, "--journal", str(journal), *args]

        lines = [
            f"steentje benchmarks, {clock.today().isoformat()}, {platform.node() or 'here'}: "
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{runs} runs each (min / median / max ms; peak RSS MiB).",
            "",
            "| what | ms | MiB | ratio | target | met |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        python_pass = measure("python -c pass", [sys.executable, "-c", "pass"], env, runs * 2)
        sh_noop = measure("sh -c :", ["sh", "-c", ":"], env, runs * 2)
        lines.append(row("`python -c pass` (baseline)", python_pass, None, "", None))
        lines.append(row("`sh -c :` (baseline)", sh_noop, None, "", None))

        # The shell snippet when today is done: its cost inside an interactive shell.
        done = journals[100]
        write_stamp(done, {clock.today()}, clock.today())
        for shell, start, verb in (
            ("bash", ["bash", "--norc", "--noprofile", "-i", "-c"], "."),
            ("zsh", ["zsh", "-f", "-i", "-c"], "."),
            ("fish", ["fish", "--no-config", "-i", "-c"], "source"),
        ):
            if shutil.which(shell) is None:
                continue
            script = scratch / f"remind.{shell}"
            generated = subprocess.run(
                steentje(done, "shell-init", shell), env=env, capture_output=True, text=True,
                check=True,
            )  # fmt: skip
            script.write_text(generated.stdout, encoding="utf-8")
            bare = measure(f"{shell} alone", [*start, ":"], env, runs * 2)
            sourced = measure(f"{shell} + snippet", [*start, f"{verb} '{script}'"], env, runs * 2)
            overhead = Timing(
                f"{shell} snippet", [max(0.0, t - bare.median) for t in sourced.times],
                sourced.peak_mib,
            )  # fmt: skip
            ratio = overhead.median / sh_noop.median
            lines.append(
                row(f"{shell} snippet when done (its cost on top of `{shell} -i -c :`; no Python)",
                    overhead, ratio, "< 2× `sh -c :`", ratio < 2)
            )  # fmt: skip

        due = journals[100]
        write_stamp(due, {clock.today() - timedelta(days=1)}, clock.today())
        remind = measure("remind", steentje(due, "remind"), env, runs * 2)
        ratio = remind.median / python_pass.median
        lines.append(
            row("`steentje remind` when due", remind, ratio, "≤ 2.5× python", ratio <= 2.5)
        )

        config = home / ".config" / "steentje" / "config.toml"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text('lang = "nl"\nweek_starts = "monday"\n', encoding="utf-8")
        remind = measure("remind config", steentje(due, "remind"), env, runs * 2)
        ratio = remind.median / python_pass.median
        lines.append(
            row("`steentje remind` when due, with a config file", remind, ratio,
                "≤ 2.5× python", ratio <= 2.5)
        )  # fmt: skip
        config.unlink()

        today = measure("today", steentje(due, "today", "--no-input"), env, runs)
        ratio = today.median / python_pass.median
        lines.append(row("`steentje today --no-input`", today, ratio, "≤ 8× python", ratio <= 8))

        # Today answered already: its answers are shown, read through the journal's index.
        answered = write_journal(scratch / "answered", big)
        subprocess.run(
            steentje(answered, "log", "benchmark answer"), env=env, stdout=subprocess.DEVNULL,
            check=True,
        )  # fmt: skip
        shown = measure("today answered", steentje(answered, "today", "--no-input"), env, runs)
        ratio = shown.median / python_pass.median
        lines.append(
            row(f"`steentje today --no-input`, today answered, {big:,} entries", shown, ratio,
                "≤ 8× python", ratio <= 8)
        )  # fmt: skip

        log_empty, log_big = measure_pair(
            ("log empty", steentje(empty, "log", "benchmark answer")),
            ("log big", steentje(journals[big], "log", "benchmark answer")),
            env, runs,
        )  # fmt: skip
        ratio = log_big.median / log_empty.median
        lines.append(row("`steentje log TEXT`, empty journal", log_empty, None, "", None))
        lines.append(
            row(f"`steentje log TEXT`, {big:,} entries", log_big, ratio, "≤ 1.15× empty",
                ratio <= 1.15)
        )  # fmt: skip

        # review -n 10 reads through the index (warm: built by the warm-up runs).
        review_small, review_big = measure_pair(
            ("review 100", steentje(journals[100], "review", "-n", "10")),
            ("review big", steentje(journals[big], "review", "-n", "10")),
            env, runs,
        )  # fmt: skip
        ratio = review_big.median / review_small.median
        memory = review_big.peak_mib / review_small.peak_mib
        lines.append(row("`steentje review -n 10`, 100 entries", review_small, None, "", None))
        lines.append(
            row(f"`steentje review -n 10`, {big:,} entries", review_big, ratio,
                f"≤ 1.5× 100 entries (memory {memory:.2f}×)", ratio <= 1.5)
        )  # fmt: skip

        ten_k = journals[10_000]
        cache = home / ".cache"

        def cold(slot: int) -> None:
            """As after a change to the journal: nothing steentje keeps about it is left."""
            if slot == 0:
                for kept in cache.glob("steentje/*"):
                    if kept.name != "bundled-principles.json":
                        shutil.rmtree(kept) if kept.is_dir() else kept.unlink()

        def first_run(slot: int) -> None:
            """As on a new machine: not even the bundled principles' cache."""
            if slot == 0:
                shutil.rmtree(cache, ignore_errors=True)

        jrnl = None if options.no_jrnl else install_jrnl(scratch / "jrnl-venv")
        if jrnl is None:
            lines.append(f"| jrnl {JRNL_VERSION} | not measured (--no-jrnl, or no pip) | | | | |")
        else:
            config = jrnl_journal(scratch / "jrnl", 10_000)

            def jrnl_command(*args: str) -> list[str]:
                return [jrnl, "--config-file", str(config), *args]

            subprocess.run(jrnl_command("-n", "1"), env=env, capture_output=True, check=False)
            search = ("review", "--search", SEARCH_WORD)
            pairs = [
                ("cold `steentje stats`", ("stats",), True, "`jrnl --short`", ("--short",)),
                ("warm `steentje stats`", ("stats",), False, "`jrnl --short`", ("--short",)),
                ("first-run `steentje stats`", ("stats",), None, "`jrnl --short`", ("--short",)),
                ("cold `steentje review --search` (10 newest matches)", search, True,
                 "`jrnl -contains`", ("-contains", SEARCH_WORD)),
                ("warm `steentje review --search` (10 newest matches)", search, False,
                 "`jrnl -contains`", ("-contains", SEARCH_WORD)),
                ("cold `steentje review --search`", search, True,
                 "`jrnl -n 10 -contains` (10 newest matches too)",
                 ("-n", "10", "-contains", SEARCH_WORD)),
                ("cold `steentje export --format json`", ("export", "--format", "json"), True,
                 "`jrnl --short`", ("--short",)),
                ("warm `steentje export --format json`", ("export", "--format", "json"), False,
                 "`jrnl --short`", ("--short",)),
            ]  # fmt: skip
            baselines: dict[tuple[str, ...], Timing] = {}
            for label, args, is_cold, jrnl_label, jrnl_args in pairs:
                ours, theirs = measure_pair(
                    (label, steentje(ten_k, *args)), (jrnl_label, jrnl_command(*jrnl_args)),
                    env, runs,
                    before={True: cold, False: lambda slot: None, None: first_run}[is_cold],
                )  # fmt: skip
                ratio = ours.median / theirs.median
                if jrnl_args not in baselines:
                    baselines[jrnl_args] = theirs
                    lines.append(
                        row(f"{jrnl_label} (jrnl {JRNL_VERSION}), 10,000 entries", theirs, None,
                            "", None)
                    )  # fmt: skip
                target, met = "", None
                if is_cold is True and args[0] in ("stats", "review") and "-n" not in jrnl_args:
                    target, met = f"≤ 0.25× {jrnl_label}", ratio <= 0.25
                if args == ("stats",) and is_cold is True:
                    target += f"; memory {ours.peak_mib:.0f} ≤ {theirs.peak_mib:.0f} MiB"
                    met = met and ours.peak_mib <= theirs.peak_mib
                lines.append(
                    row(f"{label}, 10,000 entries (against {jrnl_label})", ours, ratio, target, met)
                )
        print("\n".join(lines))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
