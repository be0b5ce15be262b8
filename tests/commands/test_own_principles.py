"""Principles of one's own: configuring, checking, starting, and answering them day by day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from steentje.storage.reading import read_journal
from tests.conftest import Invoke
from tests.test_launcher import fast_path_agrees, needs_script

# Thursday 26 November 2026 (the pinned day) is day 1060 since the rotation's start:
# with three principles that is principle 2 (1060 % 3 = 1), its turn 353.
TEAM = """\
id = "team"

[[principles]]
number = 1
[principles.en]
title = "We say what we see"
prompts = ["What did you keep to yourself lately?", "Whom did you tell something difficult?"]
[principles.nl]
title = "We zeggen wat we zien"
prompts = ["Wat hield je de laatste tijd voor je?", "Wie vertelde je iets lastigs?"]

[[principles]]
number = 2
[principles.en]
title = "We finish what we start"
key_phrase = "Done is a gift."
prompts = ["What did you finish lately that you almost dropped?", "What did you let go of?"]
[principles.nl]
title = "We maken af waar we aan beginnen"
prompts = ["Wat maakte je onlangs af terwijl je het bijna liet vallen?", "Wat liet je los?"]

[[principles]]
number = 3
[principles.en]
title = "We ask before we assume"
prompts = ["Whom did you ask, lately, instead of assuming?"]
"""
# Turn 353 of principle 2's two questions: the second.
TODAYS_QUESTION = {"en": "What did you let go of?", "nl": "Wat liet je los?"}


@pytest.fixture
def team(isolated_home: Path) -> Path:
    path = isolated_home / "team.toml"
    path.write_text(TEAM, encoding="utf-8")
    return path


@pytest.fixture
def use_team(team: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(team))
    return team


def ok(result: object) -> str:
    assert result.exit_code == 0, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    return str(result.stdout)  # type: ignore[attr-defined]


# --- check and template ------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_template_passes_check(run: Invoke, tmp_path: Path, language: str) -> None:
    template = ok(run("--lang", language, "principles", "--template"))
    assert template.startswith("# ")
    path = tmp_path / "mine.toml"
    path.write_text(template, encoding="utf-8")
    checked = ok(run("--lang", language, "principles", "--check", str(path)))
    expected = {"en": "set my-team, 1 principle, ready to use", "nl": "set mijn-team, 1 principe"}
    assert expected[language] in checked


@pytest.mark.parametrize("language", ["en", "nl"])
def test_check_reports_every_problem_one_line_each(
    run: Invoke, tmp_path: Path, language: str
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(TEAM.replace('id = "team"', 'id = ""').replace("number = 3", "number = 4"))
    result = run("--lang", language, "principles", "--check", str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    principle = {"en": "principle", "nl": "principe"}[language]
    assert [line.split(": ")[0:2] for line in lines] == [
        [f"{path}:1", "id"],
        [f"{path}:23", f"{principle} 3, number"],
    ]
    summary = {"en": "2 problems; nothing in it is used", "nl": "2 problemen; er wordt niets"}
    assert summary[language] in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "arguments",
    [["--check", "x.toml", "--template"], ["2", "--template"], ["2", "--check", "x.toml"]],
)
def test_check_and_template_go_alone(run: Invoke, arguments: list[str]) -> None:
    result = run("principles", *arguments)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_checking_what_is_no_file_is_one_line(run: Invoke, tmp_path: Path) -> None:
    for path, words in ((tmp_path / "none.toml", "there is no file"), (tmp_path, "a folder")):
        result = run("--lang", "en", "principles", "--check", str(path))
        assert result.exit_code == 1
        assert words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


# --- the setting -------------------------------------------------------------------


def test_config_show_names_the_set_and_where_it_comes_from(
    run: Invoke, team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "principles = the bundled seven (set steentje)  # default" in ok(
        run("--lang", "en", "config", "show")
    )
    ok(run("config", "set", "principles", str(team)))
    assert f'principles = "{team}"  # from the config file' in ok(
        run("--lang", "en", "config", "show")
    )
    monkeypatch.setenv("STEENTJE_PRINCIPLES", "~/team.toml")
    shown = ok(run("--lang", "nl", "config", "show"))
    home = Path("~/team.toml").expanduser()
    assert f'principles = "{home}"  # uit $STEENTJE_PRINCIPLES' in shown


def test_config_set_refuses_a_broken_file_and_keeps_a_path_typed_here(
    run: Invoke, team: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('id = "x"\n')
    refused = run("--lang", "en", "config", "set", "principles", str(broken))
    assert refused.exit_code != 0
    assert "principles" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    monkeypatch.chdir(team.parent)
    ok(run("config", "set", "principles", "team.toml"))
    assert f'principles = "{team}"' in ok(run("config", "show"))


def test_a_relative_path_in_the_config_file_is_taken_from_its_folder(
    run: Invoke, isolated_home: Path
) -> None:
    folder = isolated_home / ".config" / "steentje"
    folder.mkdir(parents=True)
    (folder / "team.toml").write_text(TEAM, encoding="utf-8")
    (folder / "config.toml").write_text('principles = "team.toml"\n', encoding="utf-8")
    assert "We finish what we start" in ok(run("--lang", "en", "today", "--no-input"))


@pytest.mark.parametrize(
    "command",
    [
        ["today", "--no-input"],
        ["log", "x"],
        ["principles"],
        ["principles", "1"],
        ["stats"],
        ["week"],
    ],
)
@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_broken_configured_file_is_one_line_never_a_traceback(
    run: Invoke,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    journal_path: Path,
    command: list[str],
    language: str,
) -> None:
    broken = tmp_path / "team.toml"
    broken.write_text(TEAM.replace("number = 2", "number = 5"), encoding="utf-8")
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(broken))
    result = run("--lang", language, *command)
    assert result.exit_code == 1
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"steentje: {broken}:13: ")
    assert not journal_path.exists()  # nothing half-done


def test_a_missing_configured_file_says_where_to_look(
    run: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(tmp_path / "gone.toml"))
    result = run("--lang", "nl", "today", "--no-input")
    assert result.exit_code == 1
    assert "bestaat niet" in result.stderr and "steentje config show" in result.stderr


# --- answering, and what entries keep ---------------------------------------------


@pytest.mark.parametrize("language", ["en", "nl"])
def test_today_asks_the_sets_principle_of_the_day(
    run: Invoke, use_team: Path, language: str
) -> None:
    shown = ok(run("--lang", language, "today", "--no-input"))
    title = {"en": "2. We finish what we start", "nl": "2. We maken af waar we aan beginnen"}
    assert title[language] in shown
    assert TODAYS_QUESTION[language] in shown


def test_a_principle_in_one_language_falls_back_with_a_one_line_note(
    run: Invoke, use_team: Path, given_now: object
) -> None:
    from datetime import datetime, timedelta, timezone

    given_now(datetime(2026, 11, 27, 9, 0, tzinfo=timezone(timedelta(hours=1))))  # type: ignore[operator]
    result = run("--lang", "nl", "today", "--no-input")
    assert result.exit_code == 0
    assert "3. We ask before we assume" in result.stdout
    assert result.stderr == (
        "steentje: set team: principe 3 heeft geen Nederlandse tekst en staat er daarom in "
        "het Engels\n"
    )
    assert ok(run("--lang", "en", "today", "--no-input"))  # in English: nothing to say


def test_an_answer_keeps_its_set_and_the_bundled_set_writes_none(
    run: Invoke, team: Path, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok(run("--lang", "en", "log", "Bundled answer"))
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(team))
    saved = ok(run("--lang", "en", "log", "Team answer"))
    assert "principle 2" in saved
    bundled, own = read_journal(journal_path).entries
    assert (bundled.principle_set, bundled.set_id) == ("", "steentje")
    assert (own.principle, own.prompt, own.principle_set) == (2, TODAYS_QUESTION["en"], "team")
    text = journal_path.read_text(encoding="utf-8")
    assert text.count("set = ") == 1
    assert text.rstrip().endswith('tags = []\nset = "team"')


def test_switching_sets_never_relabels_old_entries(
    run: Invoke, team: Path, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok(run("--lang", "en", "log", "Bundled answer"))
    bundled_question = read_journal(journal_path).entries[0].prompt
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(team))
    ok(run("--lang", "en", "log", "Team answer"))
    seen_with_team = ok(run("--lang", "en", "review", "--format", "full"))
    assert "4 (steentje)" in seen_with_team  # the bundled principle 4: no team title on it
    assert "2. We finish what we start" in seen_with_team
    assert bundled_question in seen_with_team  # the question as it was asked
    monkeypatch.delenv("STEENTJE_PRINCIPLES")
    seen_bundled = ok(run("--lang", "en", "review", "--format", "full"))
    assert "2 (team)" in seen_bundled
    assert TODAYS_QUESTION["en"] in seen_bundled
    assert "We finish what we start" not in seen_bundled
    markdown = ok(run("--lang", "en", "export", "--format", "markdown"))
    assert "2 (team)" in markdown


def test_review_principle_means_the_number_in_the_set_in_use(
    run: Invoke, team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pinned Thursday: bundled principle 4; a day later (Friday) bundled 5, team 3.
    ok(run("--lang", "en", "log", "Bundled four"))
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(team))
    ok(run("--lang", "en", "log", "Team two"))
    ok(run("--lang", "en", "log", "--date", "2 days ago", "Team three"))  # day 1058: 3
    found = json.loads(ok(run("review", "-p", "2", "-p", "3", "--format", "json")))
    assert [item["answer"] for item in found] == ["Team two", "Team three"]
    assert {item["set"] for item in found} == {"team"}
    too_far = run("--lang", "en", "review", "-p", "4")
    assert too_far.exit_code == 2
    assert "there is no principle 4; choose 1 to 3" in too_far.stderr
    monkeypatch.delenv("STEENTJE_PRINCIPLES")
    found = json.loads(ok(run("review", "-p", "2", "-p", "4", "--format", "json")))
    assert [item["answer"] for item in found] == ["Bundled four"]
    exported = json.loads(ok(run("export", "-p", "4", "--format", "json")))
    assert [item["answer"] for item in exported] == ["Bundled four"]


def test_stats_count_the_set_in_use_and_the_others_apart(
    run: Invoke, use_team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok(run("log", "Team two"))
    ok(run("log", "--date", "2 days ago", "Team three"))
    monkeypatch.delenv("STEENTJE_PRINCIPLES")
    ok(run("log", "--date", "yesterday", "Bundled three"))
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(use_team))
    figures = json.loads(ok(run("stats", "--format", "json")))
    assert figures["per_principle"] == {"1": 0, "2": 1, "3": 1}
    assert (figures["set"], figures["other_sets"], figures["total"]) == ("team", 1, 3)
    shown = ok(run("--lang", "nl", "stats"))
    assert "We maken af waar we aan beginnen" in shown
    assert "1 reflectie beantwoordt een andere set principes dan team." in shown


def test_week_shows_the_sets_questions_day_by_day(run: Invoke, use_team: Path) -> None:
    ok(run("log", "Team two"))
    shown = ok(run("--lang", "en", "week", "--no-pager"))
    # Monday 23 November is day 1057: principle 2, then 3, 1, 2 (Thursday), 3, 1, 2.
    assert shown.count("We finish what we start") == 3
    assert shown.count("We ask before we assume") == 2
    assert shown.count("We say what we see") == 2
    assert "Team two" in shown


def test_principles_lists_the_set_and_refuses_a_number_it_lacks(
    run: Invoke, use_team: Path
) -> None:
    listed = ok(run("--lang", "en", "principles"))
    assert "team" in listed and "We ask before we assume" in listed
    assert "Done is a gift." in listed
    one = ok(run("--lang", "nl", "principles", "2"))
    assert "Wat liet je los?" in one
    refused = run("--lang", "en", "principles", "4")
    assert refused.exit_code == 2
    assert "there is no principle 4; choose 1 to 3" in refused.stderr


def test_an_export_carries_the_set_and_an_import_keeps_it(
    run: Invoke, use_team: Path, journal_path: Path, tmp_path: Path
) -> None:
    ok(run("log", "Team two"))
    exported = tmp_path / "out.json"
    ok(run("export", "--format", "json", "--output", str(exported)))
    journal_path.unlink()
    ok(run("import", str(exported)))
    (entry,) = read_journal(journal_path).entries
    assert entry.principle_set == "team"


# --- the reminder --------------------------------------------------------------------


def test_the_reminder_names_the_sets_principle_and_follows_an_edit(
    run: Invoke, use_team: Path
) -> None:
    assert ok(run("--lang", "en", "remind")) == (
        "steentje · 2. We finish what we start · answer with: steentje\n"
    )
    # The same length, so only the fingerprint's times and the words tell the change.
    use_team.write_text(TEAM.replace("We finish what", "We end up what"), encoding="utf-8")
    assert "2. We end up what we start" in ok(run("--lang", "en", "remind"))
    use_team.write_text(TEAM.replace("number = 2", "number = 7"), encoding="utf-8")
    broken = ok(run("--lang", "en", "remind"))
    assert broken.startswith("steentje: your principles need attention: ")
    assert len(broken.splitlines()) == 1


@needs_script
@pytest.mark.parametrize(
    "arguments",
    [["remind"], ["--lang", "nl", "remind"], ["today", "--no-input"], ["--lang", "nl"]],
)
def test_the_fast_path_agrees_with_typer_for_an_own_set(
    run: Invoke, use_team: Path, arguments: list[str]
) -> None:
    from steentje.storage.principle_sets import forget_notes

    for _ in range(2):  # the titles' cache made, then read
        forget_notes()  # each command line is a process of its own: a note once in each
        shown = fast_path_agrees(run, arguments)
        assert "We finish what we start" in shown or "We maken af" in shown


def test_the_reminder_reads_no_principles_module_for_an_own_set(use_team: Path) -> None:
    from tests.conftest import imports_module

    imports_module("tomllib", ["remind"])  # makes the titles' cache
    assert not imports_module("tomllib", ["remind"])
    assert not imports_module("steentje.principles", ["remind"])


def test_an_own_sets_brackets_are_words_not_markup(
    run: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marked = tmp_path / "marked.toml"
    marked.write_text(TEAM.replace("We finish what we start", "[bold]We finish[/bold]"))
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(marked))
    ok(run("log", "Team two"))
    for command in (["principles"], ["review"], ["stats"], ["week", "--no-pager"], ["today"]):
        assert "[bold]We finish[/" in ok(run("--lang", "en", *command)), command


def test_doctor_checks_the_principles_file_in_use(
    run: Invoke, team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok(run("log", "An answer"))
    assert "principles" not in ok(run("--lang", "en", "doctor"))  # the bundled set: nothing to say
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(team))
    assert f"ok: {team}: set team, 3 principles, ready to use" in ok(run("--lang", "en", "doctor"))
    team.write_text(TEAM.replace('id = "team"', 'id = "steentje"'), encoding="utf-8")
    result = run("--lang", "nl", "doctor")
    assert result.exit_code == 1
    assert f"probleem: {team}:1: id: 'steentje' is de id van de meegeleverde principes" in (
        result.stdout
    )


# --- today with a set of any size (found by a fresh-eyes review) ---------------------


def own_set(count: int, prompts: int, languages: tuple[str, ...] = ("en",)) -> str:
    """An own set of *count* principles, each with *prompts* questions, in *languages*."""
    lines = ['id = "many"']
    for number in range(1, count + 1):
        lines += ["", "[[principles]]", f"number = {number}"]
        for language in languages:
            asked = ", ".join(f'"{language} {number}.{turn}?"' for turn in range(1, prompts + 1))
            lines += [f"[principles.{language}]", f'title = "P{number}"', f"prompts = [{asked}]"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("count", "prompts"), [(31, 2), (1, 12), (9, 9)])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_today_asks_any_principle_and_question_of_a_set_in_one_language(
    run: Invoke, isolated_home: Path, monkeypatch: pytest.MonkeyPatch, given_now,
    count: int, prompts: int, language: str,
) -> None:  # fmt: skip
    """Principles past the seventh and questions past the eighth, asked in the other language."""
    from datetime import date, datetime, timedelta

    path = isolated_home / "many.toml"
    path.write_text(own_set(count, prompts), encoding="utf-8")
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(path))
    run("log", "before the set's first day")  # the last-answer lookup reads the journal
    for day in range(40):  # every principle and turn of the question
        moment = datetime.combine(date(2027, 1, 1) + timedelta(days=day), datetime.min.time())
        given_now(moment.replace(hour=9).astimezone())
        shown = run("--lang", language, "today", "--no-input")
        assert shown.exit_code == 0, (day, shown.stdout, shown.stderr)
        assert "en " in shown.stdout  # the English question, shown in either language


def test_the_last_answer_is_to_the_question_of_the_set_in_use(
    run: Invoke, use_team: Path, monkeypatch: pytest.MonkeyPatch, given_now
) -> None:
    """Not the bundled set's question of the same number in the other language."""
    from datetime import datetime

    monkeypatch.delenv("STEENTJE_PRINCIPLES")
    given_now(datetime(2026, 11, 30, 9).astimezone())  # bundled principle 1
    ok(run("--lang", "nl", "log", "bundled answer"))
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(use_team))
    given_now(datetime(2027, 2, 2, 9).astimezone())
    shown = ok(run("--lang", "en", "today", "--no-input"))
    assert "bundled answer" not in shown


def test_the_reminder_names_a_broken_file_in_its_own_language(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the launcher's fast path calls it: no command line has set the language before."""
    from steentje import remind, words

    words.reset()
    monkeypatch.setenv("STEENTJE_PRINCIPLES", str(isolated_home / "missing.toml"))
    assert remind.main("nl", None) == 0
    line = capsys.readouterr().out
    assert "je principesbestand" in line and "does not exist" not in line
