"""Intentions and their follow-up (log --intention, followup, review --intentions, stats, JSON),
and the last answer to today's question shown under it (issue 13, part A)."""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from steentje.daily import daily_prompt
from steentje.journal import last_answer, newest_open_intention
from steentje.principles import load_catalog
from steentje.storage.caches import coach_entries
from steentje.storage.reading import all_entries, read_journal
from steentje.storage.stamps import coach_path, read_coach_stamp, write_coach_stamp
from tests.conftest import PINNED_NOW, TODAY, Invoke


def logged(run: Invoke, *arguments: str, language: str = "en") -> str:
    result = run("--lang", language, "log", *arguments)
    assert result.exit_code == 0, result.stderr
    return result.stdout.split()[1]


def same_question_before(day: date, language: str = "en") -> date:
    """The last day before *day* that asked the same question."""
    catalog = load_catalog(language)
    asked = daily_prompt(catalog, day).prompt
    earlier = day - timedelta(weeks=1)
    while daily_prompt(catalog, earlier).prompt != asked:
        earlier -= timedelta(weeks=1)
    return earlier


# --- log --intention ---------------------------------------------------------------


def test_log_keeps_an_intention_written_after_the_known_fields(
    run: Invoke, journal_path: Path
) -> None:
    result = run("--lang", "en", "log", "I decided alone", "-i", "  Ask the team first  ")
    assert result.exit_code == 0, result.stderr
    assert "Intention kept: from the next day on, steentje asks how it went." in result.stdout
    (entry,) = read_journal(journal_path).entries
    assert entry.intention == "Ask the team first" and entry.intention_open
    text = journal_path.read_text(encoding="utf-8")
    assert text.index("tags = []") < text.index('intention = "Ask the team first"')
    assert "outcome" not in text  # written only when set


def test_an_entry_without_intention_is_written_as_before(run: Invoke, journal_path: Path) -> None:
    logged(run, "An answer")
    assert "intention" not in journal_path.read_text(encoding="utf-8")


def test_the_intention_comes_back_from_the_next_day_on_not_the_same_day(
    run: Invoke, given_now
) -> None:
    entry_id = logged(run, "I decided alone", "--intention", "Ask the team first")
    same_day = run("--lang", "en", "today", "--no-input")
    assert "You meant to" not in same_day.stdout
    given_now(PINNED_NOW + timedelta(days=1))
    shown = run("--lang", "en", "today", "--no-input")
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "You meant to (Thursday 26 November 2026): Ask the team first"
    assert lines[1] == f'How did it go?  Tell it with: steentje followup {entry_id} "…"'
    assert "Today's question" in shown.stdout  # the question below it
    dutch = run("--lang", "nl", "today", "--no-input")
    assert dutch.stdout.startswith("Je nam je voor (donderdag 26 november 2026): Ask the team")
    assert f'Hoe ging het?  Vertel het met: steentje followup {entry_id} "…"' in dutch.stdout


def test_at_most_one_intention_is_shown_the_newest_open_one(run: Invoke, given_now) -> None:
    older = logged(run, "one", "--date", "2026-11-20", "-i", "the older one")
    newer = logged(run, "two", "--date", "2026-11-23", "-i", "the newer one")
    shown = run("--lang", "en", "today", "--no-input").stdout
    assert "the newer one" in shown and "the older one" not in shown
    assert shown.count("You meant to") == 1
    assert run("followup", newer, "it went well").exit_code == 0
    shown = run("--lang", "en", "today", "--no-input").stdout
    assert "the older one" in shown and older in shown
    assert run("followup", older, "--drop").exit_code == 0
    assert "You meant to" not in run("--lang", "en", "today", "--no-input").stdout


def test_another_day_shows_no_intention(run: Invoke) -> None:
    logged(run, "one", "--date", "2026-11-20", "-i", "try it")
    assert "You meant to" in run("--lang", "en", "today", "--no-input").stdout
    other = run("--lang", "en", "today", "--no-input", "--date", "2026-11-25")
    assert "You meant to" not in other.stdout


# --- followup ------------------------------------------------------------------------


def test_followup_records_the_outcome_and_its_day(run: Invoke, journal_path: Path) -> None:
    entry_id = logged(run, "one", "--date", "2026-11-20", "-i", "try it")
    result = run("--lang", "en", "followup", entry_id[:4], "It went better than I thought")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"Noted how it went: {entry_id} · Thursday 26 November 2026\n"
    (entry,) = read_journal(journal_path).entries
    assert entry.outcome == "It went better than I thought"
    assert entry.outcome_date == TODAY and not entry.intention_open
    assert "outcome_date = 2026-11-26\n" in journal_path.read_text(encoding="utf-8")
    again = run("--lang", "en", "followup", entry_id, "It went better than I thought")
    assert again.exit_code == 0
    assert "has this outcome already; nothing was changed" in again.stderr


def test_followup_reads_a_pipe_and_the_editor(
    run: Invoke, journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = logged(run, "one", "--date", "2026-11-20", "-i", "try it")
    second = logged(run, "two", "--date", "2026-11-21", "-i", "try that")
    assert run("followup", first, input="From a pipe\n").exit_code == 0
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys\nfrom pathlib import Path\n"
        "draft = Path(sys.argv[1])\n"
        "assert '# Intention: try that' in draft.read_text(encoding='utf-8')\n"
        "draft.write_text(draft.read_text(encoding='utf-8') + 'From the editor\\n')\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    result = run("--lang", "en", "followup", second, "--edit")
    assert result.exit_code == 0, result.stderr
    outcomes = {entry.id: entry.outcome for entry in read_journal(journal_path).entries}
    assert outcomes == {first: "From a pipe", second: "From the editor"}


def test_drop_lets_an_intention_go_and_keeps_an_outcome(run: Invoke, journal_path: Path) -> None:
    entry_id = logged(run, "one", "--date", "2026-11-20", "-i", "try it")
    dropped = run("--lang", "nl", "followup", entry_id, "--drop")
    assert dropped.exit_code == 0, dropped.stderr
    assert dropped.stdout.startswith(f"Het voornemen van {entry_id} is losgelaten")
    (entry,) = read_journal(journal_path).entries
    assert entry.intention_dropped and entry.outcome == "" and entry.outcome_date == TODAY
    assert "already" in run("--lang", "en", "followup", entry_id, "--drop").stderr
    # An outcome told later still counts; once told, it cannot be dropped.
    assert run("followup", entry_id, "It happened after all").exit_code == 0
    refused = run("--lang", "en", "followup", entry_id, "--drop")
    assert refused.exit_code == 1
    assert "followed up already, so it cannot be let go" in refused.stderr
    assert read_journal(journal_path).entries[0].outcome == "It happened after all"


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["followup", "{id}", "text", "--drop"], 2, "give the outcome or --drop, not both"),
        (["followup", "{id}", "text", "--edit"], 2, "give the answer as TEXT or with --edit"),
        (["followup", "{plain}", "text"], 1, "has no intention to follow up"),
        (["followup", "{id}", "   "], 1, "the outcome is empty; nothing was saved"),
        (["followup", "zzzzzzzz", "text"], 1, "no entry with id 'zzzzzzzz'"),
    ],
)
def test_followup_mistakes_are_one_line_and_change_nothing(
    run: Invoke, journal_path: Path, arguments: list[str], code: int, message: str
) -> None:
    entry_id = logged(run, "one", "--date", "2026-11-20", "-i", "try it")
    plain = logged(run, "two", "--date", "2026-11-21")
    before = journal_path.read_bytes()
    called = [part.format(id=entry_id, plain=plain) for part in arguments]
    result = run("--lang", "en", *called)
    assert result.exit_code == code
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert journal_path.read_bytes() == before


def test_followup_mistakes_speak_dutch(run: Invoke) -> None:
    plain = logged(run, "two", "--date", "2026-11-21")
    result = run("--lang", "nl", "followup", plain, "tekst")
    assert result.exit_code == 1
    assert "heeft geen voornemen om op terug te komen" in result.stderr


# --- review --intentions, stats, JSON, export and import --------------------------


def test_review_intentions_lists_the_open_ones_first(run: Invoke) -> None:
    done = logged(run, "one", "--date", "2026-11-24", "-i", "newest, followed up")
    open_old = logged(run, "two", "--date", "2026-11-20", "-i", "older, still open")
    logged(run, "three", "--date", "2026-11-22")  # no intention: not listed
    run("followup", done, "fine")
    listed = run("--lang", "en", "review", "--intentions", "--format", "json")
    assert [item["id"] for item in json.loads(listed.stdout)] == [open_old, done]
    table = run("--lang", "en", "review", "--intentions", "--no-pager").stdout
    assert table.index("older, still open") < table.index("newest, followed up")
    assert "Outcome: open" in table and f"steentje followup {open_old}" in table
    assert "Outcome (Thursday 26 November 2026): fine" in table
    dutch = run("--lang", "nl", "review", "--intentions", "--no-pager").stdout
    assert "Voornemen: older, still open" in dutch and "Uitkomst: open" in dutch


def test_review_intentions_says_when_there_are_none(run: Invoke) -> None:
    logged(run, "one")
    result = run("--lang", "en", "review", "--intentions")
    assert result.exit_code == 0
    assert result.stderr.startswith("No intentions yet.")
    logged(run, "two", "-i", "try")
    filtered = run("--lang", "en", "review", "--intentions", "--search", "nowhere")
    assert filtered.exit_code == 0 and not filtered.stderr.startswith("No intentions yet.")


def test_show_and_markdown_carry_intention_and_outcome(run: Invoke) -> None:
    entry_id = logged(run, "one", "--date", "2026-11-20", "-i", "try it")
    run("followup", entry_id, "it worked")
    shown = run("--lang", "en", "show", entry_id, "--no-pager").stdout
    assert "Intention: try it" in shown
    assert "Outcome (Thursday 26 November 2026): it worked" in shown
    markdown = run("--lang", "en", "export").stdout
    assert "**Intention:** try it  \n**Outcome (Thursday 26 November 2026):** it worked" in markdown


def test_stats_count_intentions_set_and_followed_up_per_principle(run: Invoke) -> None:
    first = logged(run, "one", "--date", "2026-11-23", "-i", "a")  # a Monday: principle 1
    logged(run, "two", "--date", "2026-11-24", "-i", "b")  # principle 2
    third = logged(run, "three", "--date", "2026-11-16", "-i", "c")  # principle 1
    logged(run, "four", "--date", "2026-11-25")
    run("followup", first, "went well")
    run("followup", third, "--drop")
    figures = json.loads(run("stats", "--format", "json").stdout)["intentions"]
    assert figures == {
        "set": 3, "followed_up": 1, "let_go": 1, "open": 1,
        "per_principle": {"1": {"set": 2, "followed_up": 1}, "2": {"set": 1, "followed_up": 0}},
    }  # fmt: skip
    text = run("--lang", "en", "stats").stdout
    assert "Intentions" in text and "Followed up  1" in text
    assert "Voornemens" in run("--lang", "nl", "stats").stdout


def test_stats_without_intentions_show_no_such_section(run: Invoke) -> None:
    logged(run, "one")
    assert "Intentions" not in run("--lang", "en", "stats").stdout
    figures = json.loads(run("stats", "--format", "json").stdout)["intentions"]
    assert figures == {"set": 0, "followed_up": 0, "let_go": 0, "open": 0, "per_principle": {}}


def test_export_and_import_keep_intention_outcome_and_its_day(run: Invoke, tmp_path: Path) -> None:
    entry_id = logged(run, "one", "--date", "2026-11-20", "-i", "try it")
    logged(run, "two", "--date", "2026-11-21", "-i", "still open")
    run("followup", entry_id, "it worked")
    exported = run("export", "--format", "json").stdout
    items = json.loads(exported)
    assert items[0]["intention"] == "try it" and items[0]["outcome"] == "it worked"
    assert items[0]["outcome_date"] == "2026-11-26"
    assert items[1]["outcome"] is None and items[1]["outcome_date"] is None
    source = tmp_path / "export.json"
    source.write_text(exported, encoding="utf-8")
    other = tmp_path / "other.toml"
    assert run("--journal", str(other), "import", str(source)).exit_code == 0
    imported = {entry.id: entry for entry in read_journal(other).entries}
    assert imported[entry_id].outcome_date == date(2026, 11, 26)
    assert imported[entry_id].outcome == "it worked"
    assert [entry.intention_open for entry in imported.values()] == [False, True]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("intention", 3, "'intention' must be text"),
        ("outcome_date", "yesterday", "'outcome_date' must be a date such as 2026-11-30"),
        ("outcome_date", "2026-11-26T10:00:00+01:00", "'outcome_date' must be a date"),
    ],
)
def test_import_refuses_a_wrong_intention_field(
    run: Invoke, tmp_path: Path, field: str, value: object, message: str
) -> None:
    logged(run, "one", "-i", "try")
    items = json.loads(run("export", "--format", "json").stdout)
    items[0][field] = value
    source = tmp_path / "export.json"
    source.write_text(json.dumps(items), encoding="utf-8")
    result = run("--lang", "en", "--journal", str(tmp_path / "o.toml"), "import", str(source))
    assert result.exit_code == 1 and message in result.stderr


def test_a_hand_written_outcome_date_that_is_no_date_is_named(
    run: Invoke, journal_path: Path
) -> None:
    logged(run, "one", "-i", "try")
    with journal_path.open("a", encoding="utf-8") as journal:
        journal.write('outcome_date = "soon"\n')
    result = run("--lang", "en", "review")
    assert result.exit_code == 1
    assert "'outcome_date' must be a date" in result.stderr


# --- your own words from last time ---------------------------------------------------


def test_today_shows_the_last_answer_to_the_same_question(run: Invoke) -> None:
    earlier = same_question_before(TODAY)
    logged(run, "--date", earlier.isoformat(), "First line\n\nSecond line\nThird line")
    logged(run, "--date", (TODAY - timedelta(days=7)).isoformat(), "Another question's answer")
    shown = run("--lang", "en", "today", "--no-input").stdout
    long_date = f"{earlier:%A} {earlier.day} {earlier:%B %Y}"
    assert f"Last time, {long_date}:" in shown
    assert "First line" in shown and "Second line …" in shown
    assert "Third line" not in shown and "Another question's answer" not in shown


def test_the_last_answer_is_found_in_the_other_language_too(run: Invoke) -> None:
    earlier = same_question_before(TODAY)
    logged(run, "--date", earlier.isoformat(), "Geschreven in het Nederlands", language="nl")
    assert "Geschreven in het Nederlands" in run("--lang", "en", "today", "--no-input").stdout


def test_show_last_answer_off_hides_it(run: Invoke) -> None:
    earlier = same_question_before(TODAY)
    logged(run, "--date", earlier.isoformat(), "My earlier words")
    assert "My earlier words" in run("--lang", "nl", "today", "--no-input").stdout
    assert run("config", "set", "show_last_answer", "uit").exit_code == 0
    assert "My earlier words" not in run("--lang", "nl", "today", "--no-input").stdout
    shown = run("--lang", "en", "config", "show").stdout
    assert "show_last_answer" in shown


def test_no_last_answer_when_the_question_is_new(run: Invoke) -> None:
    logged(run, "--date", (TODAY - timedelta(days=1)).isoformat(), "Yesterday's answer")
    shown = run("--lang", "en", "today", "--no-input").stdout
    assert "Last time" not in shown


# --- what the index and the coach's stamp find, against all entries -----------------


def test_the_index_finds_what_all_entries_say(run: Invoke, journal_path: Path) -> None:
    earlier = same_question_before(TODAY)
    logged(run, "--date", f"{earlier.isoformat()} 09:00", "the first")
    logged(run, "--date", f"{earlier.isoformat()} 09:00", "the same moment, written later")
    first = logged(run, "an answer", "--date", "2026-11-20", "-i", "one")
    logged(run, "an answer", "--date", "2026-11-21", "-i", "two")
    second = logged(run, "an answer", "--date", "2026-11-22", "-i", "three")
    logged(run, "an answer", "-i", "today's: not yet")
    run("followup", second, "--drop")
    question = daily_prompt(load_catalog("en"), TODAY).prompt
    entries = all_entries(journal_path) or ()
    found = coach_entries(journal_path, before=TODAY, questions=[question])
    assert found is not None
    intention, answer = found
    assert intention == newest_open_intention(entries, TODAY) and intention is not None
    assert intention.intention == "two"
    assert answer == last_answer(entries, [question], TODAY) and answer is not None
    assert answer.answer == "the same moment, written later"
    assert first != intention.id


def test_the_coach_stamp_is_exact_or_unused(run: Invoke, journal_path: Path) -> None:
    logged(run, "an answer", "--date", "2026-11-20", "-i", "line one\nback\\slash")
    assert "You meant to" in run("--lang", "en", "today", "--no-input").stdout
    kept = read_coach_stamp(journal_path, TODAY, "-")
    assert kept is None  # kept under the question's key, not another
    stamp = Path(coach_path(journal_path))
    key = stamp.read_text(encoding="utf-8").split("\n")[1].split()[1]
    found = read_coach_stamp(journal_path, TODAY, key)
    assert found is not None and found[0] is not None
    assert found[0][1:] == (date(2026, 11, 20), "line one\nback\\slash")
    # Another day, or the journal changed in any way: not used.
    assert read_coach_stamp(journal_path, TODAY + timedelta(days=1), key) is None
    os.utime(journal_path, ns=(0, 0))
    assert read_coach_stamp(journal_path, TODAY, key) is None


def test_a_hand_edit_is_seen_at_once(run: Invoke, journal_path: Path) -> None:
    logged(run, "an answer", "--date", "2026-11-20", "-i", "try it")
    assert "try it" in run("--lang", "en", "today", "--no-input").stdout
    text = journal_path.read_text(encoding="utf-8")
    journal_path.write_text(text.replace("try it", "changed by hand"), encoding="utf-8")
    assert "changed by hand" in run("--lang", "en", "today", "--no-input").stdout


def test_a_coach_stamp_of_an_older_journal_is_not_written(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_text("version = 1\n", encoding="utf-8")
    write_coach_stamp(journal_path, "0 0 0 0", TODAY, "k", None, (TODAY, "x"))
    assert not Path(coach_path(journal_path)).exists()


def test_a_damaged_coach_stamp_is_never_trusted(run: Invoke, journal_path: Path) -> None:
    logged(run, "an answer", "--date", "2026-11-20", "-i", "try it")
    run("today", "--no-input")
    stamp = Path(coach_path(journal_path))
    lines = stamp.read_text(encoding="utf-8").split("\n")
    for damaged in ([*lines[:2], "I x", *lines[3:]], [*lines[:2], "I a b \\q", *lines[3:]]):
        stamp.write_text("\n".join(damaged), encoding="utf-8")
        shown = run("--lang", "en", "today", "--no-input")
        assert shown.exit_code == 0 and "try it" in shown.stdout


def test_a_broken_journal_shows_the_question_quietly(run: Invoke, journal_path: Path) -> None:
    logged(run, "an answer", "--date", "2026-11-20", "-i", "try it")
    journal_path.write_text("this is [ not toml", encoding="utf-8")
    shown = run("--lang", "en", "today", "--no-input")
    assert shown.exit_code == 0 and "Today's question" in shown.stdout


def test_a_moment_in_another_zone_counts_by_its_own_day(run: Invoke) -> None:
    """An intention written late on the 25th elsewhere is from the 25th: shown on the 26th."""
    moment = datetime(2026, 11, 25, 23, 30).isoformat() + "-05:00"
    logged(run, "an answer", "--date", moment, "-i", "from far away")
    assert "from far away" in run("--lang", "en", "today", "--no-input").stdout


def test_an_outcome_told_already_is_never_overwritten(
    run: Invoke, journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second `followup ID TEXT` is refused, naming both; --edit changes the one shown."""
    entry_id = logged(run, "one", "--date", "2026-11-20", "-i", "try it")
    assert run("followup", entry_id, "Bram had a plan").exit_code == 0
    for language, words in (("en", "has an outcome already"), ("nl", "heeft al een uitkomst")):
        refused = run("--lang", language, "followup", entry_id, "second\noutcome")
        assert refused.exit_code == 1 and refused.stderr.count("\n") == 1
        assert words in refused.stderr
        assert "(Bram had a plan)" in refused.stderr and "(second outcome)" in refused.stderr
    assert read_journal(journal_path).entries[0].outcome == "Bram had a plan"
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys\nfrom pathlib import Path\ndraft = Path(sys.argv[1])\n"
        "draft.write_text(draft.read_text(encoding='utf-8').replace('Bram', 'Sanne'))\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    assert run("followup", entry_id, "--edit").exit_code == 0
    assert read_journal(journal_path).entries[0].outcome == "Sanne had a plan"


def test_an_outcome_told_meanwhile_from_another_shell_is_kept(
    run: Invoke, journal_path: Path
) -> None:
    """Shell A asks how it went; shell B tells it first; A's text is refused and shown."""
    from steentje.commands.intentions import save_outcome
    from steentje.errors import SteentjeError
    from steentje.settings import Settings

    entry_id = logged(run, "one", "--date", "2026-11-20", "-i", "try it")
    assert run("followup", entry_id, "from B").exit_code == 0  # while A's prompt was open
    with pytest.raises(SteentjeError, match=r"\(from B\).*\(from A\)"):
        save_outcome(Settings(), entry_id, "from A")  # A saw no outcome when it asked
    assert read_journal(journal_path).entries[0].outcome == "from B"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_damaged_journal_is_not_hidden_at_shell_start(
    run: Invoke, journal_path: Path, language: str
) -> None:
    """today --no-input still shows the question, and says once that the journal needs a look."""
    logged(run, "one", "--date", "2026-11-20", "-i", "try it")
    logged(run, "two")
    text = journal_path.read_text(encoding="utf-8").replace('answer = "one"', "answer = 5")
    journal_path.write_text(text, encoding="utf-8")
    shown = run("--lang", language, "today", "--no-input")
    assert shown.exit_code == 0 and "steentje" in shown.stdout
    assert shown.stderr.count("steentje doctor") == 1 and shown.stderr.count("\n") == 1


@pytest.mark.parametrize("given", ["", "   "])
def test_an_empty_intention_is_refused_not_dropped(
    run: Invoke, journal_path: Path, given: str
) -> None:
    result = run("--lang", "en", "log", "an answer", "-i", given)
    assert result.exit_code == 2
    assert "the intention is empty; nothing was saved" in result.stderr
    assert not journal_path.exists()


def test_one_intention_a_day_at_most(run: Invoke, journal_path: Path, given_now) -> None:
    """Once the coach asked about one today (told or skipped), the next waits for tomorrow."""
    from steentje.storage.notes import remember_asked

    older = logged(run, "one", "--date", "2026-11-20", "-i", "try the older thing")
    newer = logged(run, "two", "--date", "2026-11-21", "-i", "try the newer thing")
    assert "try the newer thing" in run("today", "--no-input").stdout
    remember_asked(journal_path, newer, TODAY)  # as the prompt does, whatever the answer
    assert run("followup", newer, "it went fine").exit_code == 0
    assert "try the" not in run("today", "--no-input").stdout  # not the older one today
    given_now(PINNED_NOW + timedelta(days=1))
    tomorrow = run("today", "--no-input").stdout
    assert "try the older thing" in tomorrow and older in tomorrow


def test_a_text_of_several_lines_stays_under_its_label(run: Invoke) -> None:
    """review --intentions and show indent the lines after the first of an intention or outcome."""
    entry_id = logged(run, "one", "--date", "2026-11-20", "-i", "try one\nand two")
    assert run("followup", entry_id, "line one\nline two").exit_code == 0
    for arguments in (["review", "--intentions", "--no-pager"], ["show", entry_id, "--no-pager"]):
        lines = run("--lang", "en", *arguments).stdout.splitlines()
        assert lines[lines.index("Intention: try one") + 1] == "  and two", arguments
        outcome = next(at for at, line in enumerate(lines) if line.endswith(": line one"))
        assert lines[outcome + 1] == "  line two", arguments
