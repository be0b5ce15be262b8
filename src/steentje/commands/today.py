"""``steentje``, ``today`` and ``log``: the day's question, and saving an answer to it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from steentje import clock
from steentje.daily import daily_prompt
from steentje.settings import Settings
from steentje.words import t

if TYPE_CHECKING:
    # Types only: the journal module (and secrets, hashlib) is not needed to show a question.
    from steentje.daily import DailyPrompt
    from steentje.dates import When
    from steentje.journal import Entry


def interactive() -> bool:
    """True when both input and output are a terminal, so asking makes sense."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def daily_for(settings: Settings, day: date) -> DailyPrompt:
    """The principle and prompt of *day* in the settings' language, from the set in use."""
    from steentje.storage.principle_sets import catalog_for

    return daily_prompt(catalog_for(settings), day, settings.week_start)


# How many of a day's answers are shown under its question (a line says when there are more).
SHOWN_ANSWERS = 3


def show_today(settings: Settings, day: date | None, *, no_input: bool) -> None:
    """Show the day's panel with its answers so far and, on a terminal, take and save an answer.

    Above today's question comes the newest intention that waits for its outcome
    (on a terminal steentje asks how it went first; Enter skips it for the day);
    under the question, dimmed, the last answer to the same question from before.
    Enter on an empty first line skips. A day that has an answer already asks
    first whether to add another (no, unless the person says yes).
    """
    from steentje.output import render

    now = clock.now()
    daily = daily_for(settings, day or now.date())
    # A day still to come is shown, never answered: it would count before its time.
    ask = not no_input and interactive() and daily.day <= now.date()
    # At shell start (nobody asked) a journal that cannot be read still shows the
    # question, with one line that says so; otherwise the error is the command's.
    quiet = None if ask else _once(lambda: print(t("remind_needs_doctor"), file=sys.stderr))
    answered = day_answers(settings, daily.day, now.date(), quiet=quiet)
    is_today = daily.day == now.date()
    intention, last = coach_entries(settings, daily, now.date(), quiet=quiet)
    console = render.make_console()
    if intention is not None:
        entry_id, written, text = intention
        note = render.intention_note(entry_id, written, text, settings.language, hint=not ask)
        console.print(note)
        if ask:
            ask_outcome(settings, entry_id, now.date())
    panel = render.daily_panel(
        daily,
        settings.language,
        show_hint=not ask,
        is_today=is_today,
        answered=answered[:SHOWN_ANSWERS],
        more=len(answered) > SHOWN_ANSWERS,
        last=last,
    )
    console.print(panel)
    if not ask:
        return
    if answered and not render.confirm(console, t("add_another"), settings.language):
        return
    answer = ask_answer(settings.language, can_skip=True)
    if not answer.strip():
        print(t("skipped"), file=sys.stderr)
        return
    save_answer(settings, daily, answer, (), now, intention=ask_intention(settings.language))


def coach_entries(
    settings: Settings, daily: DailyPrompt, today: date, *, quiet: Callable[[], None] | None
) -> tuple[tuple[str, date, str] | None, tuple[date, str] | None]:
    """The intention to bring back above *daily*'s question, and the last answer to it.

    The intention, as (id, day, text): the newest one still open from before
    today, shown on today's question only, and not again on a day its outcome
    was skipped. The last answer, as (day, text): the newest to the same
    question (in either language) from before the day, unless
    ``show_last_answer`` is off. Both are read through the journal's exact index
    (only those entries are parsed) and kept in the coach's stamp, so that shell
    starts of the same day read one small file. With *quiet* (a call that says
    so), a journal that cannot be read shows neither (``doctor`` says what is wrong).
    """
    wants_last = settings.show_last_answer
    if daily.day > today or not (wants_last or daily.day == today):
        return None, None
    if not settings.journal.exists():
        return None, None
    from zlib import crc32

    from steentje.storage.stamps import fingerprint, read_coach_stamp, write_coach_stamp

    # The question as asked decides the others (the same one in the other language).
    asked = (
        f"{settings.language} {daily.set_id} {daily.principle.number} {daily.prompt_index} "
        f"{daily.prompt}"
    )
    key = f"{crc32(asked.encode('utf-8')):08x}" if wants_last else "-"
    found = read_coach_stamp(settings.journal, daily.day, key)
    if found is None:
        from steentje.errors import SteentjeError

        known = fingerprint(settings.journal)
        questions = same_questions(settings, daily) if wants_last else ()
        try:
            found = _find_in_journal(settings, daily.day, questions)
        except SteentjeError:
            if quiet:
                quiet()
                return None, None
            raise
        write_coach_stamp(settings.journal, known, daily.day, key, *found)
    intention, last = found
    if intention is not None and daily.day != today:
        intention = None
    if intention is not None:
        from steentje.storage.notes import asked_today

        # One intention a day at most: asked already today (skipped or told), the
        # coach brings no other until tomorrow.
        if asked_today(settings.journal, today):
            intention = None
    return intention, last


def _find_in_journal(
    settings: Settings, day: date, questions: tuple[str, ...]
) -> tuple[tuple[str, date, str] | None, tuple[date, str] | None]:
    """``coach_entries``' two finds, from the index, else from all entries."""
    from steentje.storage import caches

    found = caches.coach_entries(settings.journal, before=day, questions=questions)
    if found is None:
        from steentje.journal import last_answer, newest_open_intention
        from steentje.storage.reading import all_entries

        entries = all_entries(settings.journal) or ()
        found = newest_open_intention(entries, day), last_answer(entries, questions, day)
    intention, last = found
    return (
        None if intention is None else (intention.id, intention.day, intention.intention),
        None if last is None else (last.day, last.answer),
    )


def same_questions(settings: Settings, daily: DailyPrompt) -> tuple[str, ...]:
    """The day's question in every language steentje speaks (a journal may hold both).

    In the set in use: another set's question is another question, even where
    its number is the same.
    """
    from steentje.storage.principle_sets import catalog_for
    from steentje.words import LANGUAGES

    found = [daily.prompt]
    for language in LANGUAGES:
        if language != settings.language:
            other = catalog_for(settings, language, warn=False)
            if daily.principle.number > len(other.principles):
                continue
            prompts = other.principle(daily.principle.number).prompts
            # An own set may ask a principle's questions in one language only.
            if daily.prompt_index < len(prompts):
                found.append(prompts[daily.prompt_index])
    return tuple(found)


def ask_outcome(settings: Settings, entry_id: str, today: date) -> None:
    """Ask how the intention went; Enter skips it (and any other) until another day."""
    from steentje.output import render
    from steentje.output.answer_prompt import ask_answer as prompt_for_answer
    from steentje.storage.notes import remember_asked

    render.make_console().print(render.prompt_label(settings.language, "outcome"))
    outcome = prompt_for_answer()
    # Told or skipped, that was today's one intention (Ctrl-C does not count).
    remember_asked(settings.journal, entry_id, today)
    if not outcome.strip():
        print(t("outcome_skipped", id=entry_id), file=sys.stderr)
        return
    from steentje.commands.intentions import save_outcome

    save_outcome(settings, entry_id, outcome)


def ask_intention(language: str) -> str:
    """What the person will try, asked after an answer; "" when skipped.

    Ctrl-C here skips the question only: the answer above it is kept.
    """
    from steentje.output import render
    from steentje.output.answer_prompt import ask_answer as prompt_for_answer

    render.make_console().print(render.prompt_label(language, "intention"))
    try:
        return prompt_for_answer().strip()
    except KeyboardInterrupt:
        return ""


def day_answers(
    settings: Settings, day: date, today: date, *, quiet: Callable[[], None] | None
) -> list[Entry]:
    """Up to SHOWN_ANSWERS + 1 of *day*'s entries, newest first: no more is read.

    The stamp answers "is today written?" without opening the journal (the
    common case at shell start: it is not); otherwise the journal's index reads
    just that day's entries. With *quiet* (a call that says so), a journal that
    cannot be read shows no answers rather than failing (``today --no-input``
    runs from shell start-up; ``doctor`` says what is wrong).
    """
    from steentje.errors import SteentjeError
    from steentje.storage.stamps import stamped_days

    if day > today or not settings.journal.exists():
        return []  # not answerable yet, or nothing written yet
    if day == today:
        days = stamped_days(settings.journal)
        # Exact for every day from the stamp's newest day on (a clock set back is not).
        if days is not None and day not in days and (not days or day > min(days)):
            return []
    from steentje.commands.review import Filters, review_entries

    try:
        found = review_entries(
            settings.journal, Filters(since=day, until=day, limit=SHOWN_ANSWERS + 1)
        )
    except SteentjeError:
        if quiet:
            quiet()
            return []
        raise
    return found or []


def ask_answer(language: str, *, can_skip: bool) -> str:
    """The answer a person types at the terminal, with line editing; "" when left empty."""
    from steentje.output import render
    from steentje.output.answer_prompt import ask_answer as prompt_for_answer

    render.make_console().print(render.answer_label(language, can_skip=can_skip))
    return prompt_for_answer()


def log(
    settings: Settings,
    text: str | None,
    *,
    edit: bool,
    day: When | None,
    tags: Iterable[str],
    star: bool = False,
    free: bool = False,
    intention: str | None = None,
) -> Entry:
    """Save an answer to the question of *day* (default: now), at its time of day when given.

    The answer comes from *text*, the editor, a pipe or a prompt. With *free* it
    is a free reflection: it answers no principle and no question (and so does
    not silence the day's reminder). *intention* is what the person will try;
    when the answer was typed at the prompt, steentje asks for it.
    """
    from steentje.dates import moment_on, require_past
    from steentje.journal import clean_tags

    tags = clean_tags(tags)  # a mistyped tag is refused before anything is typed
    now = clock.now()
    moment = now if day is None else moment_on(day.day, now, day.at)
    require_past(moment, now)  # before anything is typed
    daily = None if free else daily_for(settings, moment.date())
    if intention is not None:
        from steentje.journal import require_text

        if not intention.strip():  # rather than drop it without a word
            from steentje.errors import UsageError

            raise UsageError(t("intention_empty"))
        require_text(intention, t("field_name_intention"))
    typed = text is None and not edit and interactive()
    answer = text if text is not None else collect_answer(settings, daily, edit=edit)
    if intention is None and typed and answer.strip():
        intention = ask_intention(settings.language)
    if daily is None:
        return save_free(settings, answer, tags, moment, starred=star, intention=intention or "")
    # save_answer keeps a moment that lies on the daily's day as it is.
    return save_answer(
        settings, daily, answer, tags, moment, starred=star, intention=intention or ""
    )


def collect_answer(settings: Settings, daily: DailyPrompt | None, *, edit: bool) -> str:
    """The answer from the editor, else from piped input, else asked on the terminal.

    Without *daily* (a free reflection) no question is shown.
    """
    from steentje import answers
    from steentje.output import render

    if edit:
        if daily is None:
            instructions = [text_label(settings.language, "free"), t("editor_instructions_new")]
        else:
            instructions = [
                f"{daily.principle.number}. {daily.principle.title}",
                daily.prompt,
                t("editor_instructions_new"),
            ]
        return answers.edit_answer(instructions, "", settings.editor)
    if answers.stdin_is_piped():
        return answers.read_piped_answer(sys.stdin.buffer)
    console = render.make_console()
    if daily is None:  # a free reflection: no question above the prompt, only what it is
        print(t("free_prompt_header"))
        return ask_answer(settings.language, can_skip=False)
    is_today = daily.day == clock.today()
    console.print(render.daily_panel(daily, settings.language, show_hint=False, is_today=is_today))
    return ask_answer(settings.language, can_skip=False)


def save_answer(
    settings: Settings,
    daily: DailyPrompt,
    answer: str,
    tags: Iterable[str],
    now: datetime,
    *,
    starred: bool = False,
    intention: str = "",
) -> Entry:
    """Append the answer to the journal and confirm it with the entry's id.

    The answer's #words become tags too, unless ``inline_tags = false``.
    """
    from steentje.dates import moment_on
    from steentje.i18n import format_long_date
    from steentje.journal import inline_tags, new_entry
    from steentje.storage.appending import append_entry

    if settings.inline_tags:
        tags = [*tags, *inline_tags(answer)]
    entry = new_entry(
        when=moment_on(daily.day, now),
        principle=daily.principle.number,
        prompt=daily.prompt,
        answer=answer,
        tags=tags,
        starred=starred,
        principle_set=daily.set_id,
        intention=intention,
    )
    append_entry(settings.journal, entry)
    when = format_long_date(daily.day, settings.language)
    print(t("saved", id=entry.id, principle=entry.principle, when=when))
    if entry.intention:
        print(t("intention_kept"))
    return entry


def save_free(
    settings: Settings,
    answer: str,
    tags: Iterable[str],
    moment: datetime,
    *,
    starred: bool,
    intention: str = "",
) -> Entry:
    """Append a free reflection (no principle, no question) at *moment*; confirm it."""
    from steentje.i18n import format_long_date
    from steentje.journal import FREE, inline_tags, new_entry
    from steentje.storage.appending import append_entry

    if settings.inline_tags:
        tags = [*tags, *inline_tags(answer)]
    entry = new_entry(
        when=moment, principle=FREE, prompt="", answer=answer, tags=tags, starred=starred,
        intention=intention,
    )  # fmt: skip
    append_entry(settings.journal, entry)
    when = format_long_date(entry.day, settings.language)
    print(t("saved_free", id=entry.id, when=when))
    if entry.intention:
        print(t("intention_kept"))
    return entry


def text_label(language: str, key: str) -> str:
    """A screen label as plain text (for the editor's instructions)."""
    from steentje.words import LABELS

    return str(LABELS[language][key])


def _once(say: Callable[[], None]) -> Callable[[], None]:
    """*say*, to be called any number of times, saying it the first time only."""
    said: list[bool] = []

    def once() -> None:
        if not said:
            said.append(True)
            say()

    return once
