"""The command line: parse, call the core, render, and turn errors into exit codes."""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from steentje import __version__
from steentje.errors import SteentjeError, print_error
from steentje.flows import Settings, interactive
from steentje.messages import t

# Usage mistakes exit 2 through click; these are the others.
EXIT_OK, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 130


class Language(StrEnum):
    """The languages of the principles and prompts."""

    nl = "nl"
    en = "en"


class Shell(StrEnum):
    """The shells ``shell-init`` writes a snippet for."""

    bash = "bash"
    zsh = "zsh"
    fish = "fish"


class StatsFormat(StrEnum):
    """How ``stats`` prints its figures."""

    text = "text"
    json = "json"


class ExportFormat(StrEnum):
    """What ``export`` writes."""

    markdown = "markdown"
    json = "json"


class ReviewFormat(StrEnum):
    """How ``review`` prints entries."""

    table = "table"
    full = "full"
    markdown = "markdown"
    json = "json"


class SteentjeGroup(TyperGroup):
    """Turns every failure into one line on stderr and a documented exit code."""

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        # typer's own handling prints a framed, multi-line box; steentje prints
        # one line, so run non-standalone and finish the job here.
        from typer._click.exceptions import ClickException

        arguments = list(sys.argv[1:] if args is None else args)
        if {"--help", "-h"} & set(arguments) or arguments == ["config"]:
            from steentje.helptexts import translate

            translate(self, _help_language(arguments))
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else EXIT_OK
        except SteentjeError as error:
            print_error(str(error))
            code = error.exit_code
        except ClickException as error:
            # An empty message: a group called without a command, its help shown already.
            if error.format_message():
                print_error(_usage_message(error))
            code = error.exit_code
        except typer.Abort:
            print_error(t("aborted"))
            code = EXIT_INTERRUPTED
        except Exception as error:
            # A bug, not a user error: still one line, with a way to see more.
            if os.environ.get("STEENTJE_DEBUG"):
                raise
            print_error(t("unexpected", error=f"{type(error).__name__}: {error}"))
            code = EXIT_ERROR
        if not standalone_mode:
            return code
        sys.exit(code)


def _usage_message(error: Any) -> str:
    """One line for a usage mistake: the option and what is wrong, and where to read more."""
    from typer._click.exceptions import BadParameter

    parameter = getattr(error, "param", None)
    if isinstance(error, BadParameter) and not error.message:
        text = error.format_message()  # a missing argument says so itself
    elif isinstance(error, BadParameter) and parameter is None:
        text = error.message  # raised by a command about its own input
    elif isinstance(error, BadParameter) and parameter is not None:
        # "--since: 'ooit' is geen dag; ..." reads in both languages; click's own
        # "Invalid value for" frame would stay English.
        if parameter.param_type_name == "argument":
            names = parameter.human_readable_name
        else:
            names = " / ".join(parameter.opts)
        text = f"{names}: {error.message}"
    else:
        text = error.format_message()
    # click lists choices on lines of their own; steentje's errors are one line.
    text = " ".join(text.split())
    context = getattr(error, "ctx", None)
    if context is None:
        return text
    return f"{text} ({t('see_help', command=f'{context.command_path} --help')})"


def _help_language(arguments: list[str]) -> str:
    """The language for --help: --lang in *arguments*, else as for every command."""
    chosen = None
    for position, argument in enumerate(arguments):
        if argument == "--lang" and position + 1 < len(arguments):
            chosen = arguments[position + 1]
        elif argument.startswith("--lang="):
            chosen = argument.split("=", 1)[1]
    try:
        return Settings(chosen if chosen in ("nl", "en") else None).language
    except SteentjeError:
        from steentje.i18n import language_from_locale

        return language_from_locale(os.environ)


HELP = """\
A pebble in your shoe for leaders who live in a terminal.

Every day one of the seven principles of *het nieuwe leidinggeven* asks you one
question about your own last day or week. Answer it in a few lines; steentje
keeps your answers in a plain TOML journal that only you can read.

Run `steentje` without a command to see today's question and answer it.
"""

EPILOG = "Exit codes: 0 ok, 1 error, 2 wrong usage, 130 interrupted."

app = typer.Typer(
    cls=SteentjeGroup,
    name="steentje",
    help=HELP,
    epilog=EPILOG,
    invoke_without_command=True,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version_callback(value: bool) -> None:
    if value:
        print(f"steentje {__version__}")
        raise typer.Exit()


def _parse_day(value: str) -> date:
    from steentje.dates import parse_day

    try:
        return parse_day(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def _complete_principle(incomplete: str) -> list[tuple[str, str]]:
    """Principle numbers with their titles, for shell completion."""
    from steentje.principles import load_catalog

    catalog = load_catalog(Settings().language)
    return [
        (str(principle.number), principle.title)
        for principle in catalog.principles
        if str(principle.number).startswith(incomplete)
    ]


def _complete_entry_id(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Entry ids, newest first, with the start of their answer, for shell completion."""
    from steentje.index import all_entries
    from steentje.review import select_entries

    option = ctx.find_root().params.get("journal")
    try:
        entries = all_entries(Settings(journal_option=option).journal) or ()
    except SteentjeError:
        return []
    return [
        (entry.id, f"{entry.date:%Y-%m-%d} {' '.join(entry.answer.split())[:40]}")
        for entry in select_entries(entries)
        if entry.id.startswith(incomplete.lower())
    ]


def _parse_when(value: str) -> date:
    from steentje.dates import parse_when

    try:
        return parse_when(value, date.today())
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


DayOption = Annotated[
    date | None,
    typer.Option(
        "--date",
        parser=_parse_day,
        metavar="YYYY-MM-DD",
        help="Another day instead of today.",
        show_default=False,
    ),
]


@app.callback()
def _root(
    ctx: typer.Context,
    lang: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            case_sensitive=False,
            help="Language of the principles and prompts (default: Dutch when your locale is "
            "Dutch, else English).",
            show_default=False,
        ),
    ] = None,
    journal: Annotated[
        Path | None,
        typer.Option(
            "--journal",
            envvar="STEENTJE_JOURNAL",
            metavar="PATH",
            help="Use this journal file instead of the one in your config folder.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    from steentje import messages
    from steentje.flows import show_today

    messages.reset()
    ctx.obj = Settings(lang.value if lang else None, journal)
    # Settle the language now, so even early errors speak it. A broken config
    # file is reported by the commands that need it ('config path' does not).
    with contextlib.suppress(SteentjeError):
        messages.use(ctx.obj.language)
    if ctx.invoked_subcommand is None:
        show_today(ctx.obj, None, no_input=False)


@app.command()
def today(
    ctx: typer.Context,
    day: DayOption = None,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Only show the question; do not ask for an answer.")
    ] = False,
) -> None:
    """Show today's principle and question, then ask for your answer.

    On a terminal steentje asks for the answer right away (Enter skips). With
    --no-input, or when input is not a terminal, it only shows the question.

    Example: `steentje today --date 2026-12-01 --no-input`
    """
    from steentje.flows import show_today

    show_today(ctx.obj, day, no_input=no_input)


@app.command()
def principles(
    ctx: typer.Context,
    number: Annotated[
        int | None,
        typer.Argument(
            min=1,
            max=7,
            metavar="N",
            help="Show this principle (1-7) in full.",
            show_default=False,
            autocompletion=_complete_principle,
        ),
    ] = None,
) -> None:
    """List the seven principles, or show one in full with its reflection prompts.

    Example: `steentje --lang en principles 5`
    """
    from steentje import render
    from steentje.principles import load_catalog

    catalog = load_catalog(ctx.obj.language)
    console = render.make_console()
    if number is None:
        console.print(render.principles_table(catalog))
        console.print(render.conclusion_text(catalog))
    else:
        console.print(render.principle_panel(catalog.principle(number), catalog.language))


@app.command()
def log(
    ctx: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(
            help="Your answer. Without it: piped input, --edit, or a prompt.", show_default=False
        ),
    ] = None,
    edit: Annotated[
        bool, typer.Option("--edit", "-e", help="Write the answer in $VISUAL or $EDITOR.")
    ] = False,
    day: DayOption = None,
    tags: Annotated[
        list[str] | None,
        typer.Option(
            "--tag", "-t", metavar="NAME", help="Add a tag (repeat for more).", show_default=False
        ),
    ] = None,
) -> None:
    """Write down your answer to today's question.

    The answer comes from TEXT, else from --edit, else from piped input, else
    steentje asks for it. --date backfills another day, with that day's question.

    Example: `steentje log "Let Sam run the planning; it went better" -t team`
    """
    settings: Settings = ctx.obj
    from steentje.dates import local_now
    from steentje.flows import collect_answer, daily_for, save_answer

    if text is not None and edit:
        raise typer.BadParameter(t("text_and_edit"))
    now = local_now()
    daily = daily_for(settings, day or now.date())
    answer = text if text is not None else collect_answer(settings, daily, edit=edit)
    save_answer(settings, daily, answer, tags or (), now)


SinceOption = Annotated[
    date | None,
    typer.Option(
        "--since",
        parser=_parse_when,
        metavar="WHEN",
        help="Only entries on or after this day: YYYY-MM-DD, today, yesterday, 7d, 4w, 3m, 1y.",
        show_default=False,
    ),
]
UntilOption = Annotated[
    date | None,
    typer.Option(
        "--until",
        parser=_parse_when,
        metavar="WHEN",
        help="Only entries on or before this day (the same forms as --since).",
        show_default=False,
    ),
]
PrincipleOption = Annotated[
    list[int] | None,
    typer.Option(
        "--principle",
        "-p",
        min=1,
        max=7,
        metavar="N",
        help="Only this principle (repeat for more).",
        show_default=False,
        autocompletion=_complete_principle,
    ),
]
TagOption = Annotated[
    list[str] | None,
    typer.Option(
        "--tag", "-t", metavar="NAME", help="Only entries with this tag (repeat for more).",
        show_default=False,
    ),
]  # fmt: skip
SearchOption = Annotated[
    str | None,
    typer.Option(
        "--search", "-s", metavar="TEXT",
        help="Only entries whose answer or prompt holds TEXT (case and accents ignored).",
        show_default=False,
    ),
]  # fmt: skip
NoPagerOption = Annotated[
    bool, typer.Option("--no-pager", help="Print everything at once, without a pager.")
]


@app.command()
def review(
    ctx: typer.Context,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most N entries.")
    ] = 10,
    show_all: Annotated[bool, typer.Option("--all", help="Show every entry.")] = False,
    principle: PrincipleOption = None,
    tag: TagOption = None,
    search: SearchOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    output: Annotated[
        ReviewFormat,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="table, full (each entry whole), markdown or json.",
        ),
    ] = ReviewFormat.table,
    no_pager: NoPagerOption = False,
) -> None:
    """Look back at your reflections, newest first.

    Filters combine: --principle 5 --tag team --since 4w shows entries on
    principle 5, tagged team, from the last four weeks. Matches of --search are
    highlighted. Long output goes through your pager on a terminal.

    Example: `steentje review -p 5 --search vertrouwen --since 3m --format full`
    """
    settings: Settings = ctx.obj
    found = _filtered(
        settings, principle, tag, search, since, until, limit=None if show_all else limit
    )
    if found is None:
        print(t("no_journal_yet"), file=sys.stderr)
        found = []
    elif not found:
        print(t("no_match"), file=sys.stderr)
    _print_entries(found, settings.language, output, search=search, pager=not no_pager)


def _filtered(
    settings: Settings,
    principle: list[int] | None,
    tag: list[str] | None,
    search: str | None,
    since: date | None,
    until: date | None,
    limit: int | None = None,
) -> list[Any] | None:
    """The entries the shared filter options select (None: no journal yet)."""
    from steentje.review import review_entries

    return review_entries(
        settings.journal,
        principles=set(principle or ()),
        tags=tag or (),
        search=search,
        since=since,
        until=until,
        limit=limit,
    )


def _print_entries(
    entries: list[Any], language: str, output: ReviewFormat, *, search: str | None, pager: bool
) -> None:
    from steentje import formats
    from steentje.principles import load_catalog

    if output is ReviewFormat.json:
        _emit(formats.entries_to_json(entries) + "\n", pager=pager)
        return
    if not entries:
        return
    catalog = load_catalog(language)
    if output is ReviewFormat.markdown:
        _emit(formats.entries_to_markdown(entries, catalog), pager=pager)
        return
    from steentje import render

    console = render.make_console()
    if output is ReviewFormat.full:
        parts = render.entries_full(entries, catalog, search)
    else:
        parts = [render.entries_table(entries, catalog, search)]
    render.page(console, parts, use_pager=pager)


def _emit(text: str, *, pager: bool) -> None:
    """Plain text to stdout, through the pager when it is long and stdout is a terminal."""
    if pager and sys.stdout.isatty():
        import shutil

        if text.count("\n") >= shutil.get_terminal_size().lines:
            from steentje.render import show_in_pager

            show_in_pager(text)
            return
    sys.stdout.write(text)


@app.command()
def show(
    ctx: typer.Context,
    entry_id: EntryId,
    no_pager: NoPagerOption = False,
) -> None:
    """Show one entry whole: its day, principle, the question as asked, and your answer.

    Example: `steentje show k3f9`
    """
    settings: Settings = ctx.obj
    from steentje import render
    from steentje.index import all_entries
    from steentje.journal import find_entry
    from steentje.principles import load_catalog

    entry = find_entry(all_entries(settings.journal) or (), entry_id)
    catalog = load_catalog(settings.language)
    render.page(
        render.make_console(), render.entries_full([entry], catalog), use_pager=not no_pager
    )


@app.command()
def stats(
    ctx: typer.Context,
    weeks: Annotated[
        int,
        typer.Option("--weeks", "-w", min=1, max=520, metavar="N", help="Weeks in the calendar."),
    ] = 26,
    output: Annotated[
        StatsFormat,
        typer.Option("--format", "-f", case_sensitive=False, help="text or json."),
    ] = StatsFormat.text,
) -> None:
    """Your patterns: totals, streaks, entries per principle, tags, and a calendar.

    The current streak counts the days in a row with a reflection up to today
    (or yesterday, while today's is still to come). Which principle have you
    been avoiding?

    Example: `steentje stats --weeks 52`
    """
    settings: Settings = ctx.obj
    from steentje.index import all_entries
    from steentje.principles import load_catalog
    from steentje.stats import compute_stats

    figures = compute_stats(all_entries(settings.journal) or (), date.today(), weeks)
    if output is StatsFormat.json:
        import json

        print(json.dumps(figures.to_dict(), ensure_ascii=False, indent=2))
        return
    from steentje import render

    render.print_all(
        render.make_console(), render.stats_view(figures, load_catalog(settings.language))
    )


@app.command()
def week(ctx: typer.Context, day: DayOption = None) -> None:
    """A weekly review on one screen: the week's seven principles and your answers.

    Monday to Sunday of the week that holds --date (default: this week), each
    day's question and what you wrote, or a dash; then the article's closing
    thought. Good before a 1:1 or a team retrospective.

    Example: `steentje week --date 2026-11-23`
    """
    settings: Settings = ctx.obj
    from steentje import render
    from steentje.index import all_entries
    from steentje.principles import load_catalog
    from steentje.stats import week_review

    catalog = load_catalog(settings.language)
    days = week_review(
        all_entries(settings.journal) or (), catalog, day or date.today(), settings.week_start
    )
    render.print_all(render.make_console(), render.week_view(days, catalog))


@app.command()
def export(
    ctx: typer.Context,
    output_format: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", case_sensitive=False, help="markdown or json."),
    ] = ExportFormat.markdown,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE instead of stdout.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")] = False,
    principle: PrincipleOption = None,
    tag: TagOption = None,
    search: SearchOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Take your reflections out, oldest first: Markdown grouped by week, or JSON.

    Takes the same filters as review. A file written with --output is readable
    by you alone; an existing one is only replaced with --force.

    Example: `steentje export --since 3m -o kwartaal.md`
    """
    settings: Settings = ctx.obj
    from steentje import formats
    from steentje.exchange import chronological
    from steentje.principles import load_catalog

    entries = chronological(_filtered(settings, principle, tag, search, since, until) or [])
    if output_format is ExportFormat.json:
        text = formats.entries_to_json(entries) + "\n"
    else:
        text = formats.entries_to_markdown(entries, load_catalog(settings.language))
    if output is None:
        sys.stdout.write(text)
        return
    from steentje.store import write_export

    write_export(output, text, overwrite=force)
    print(t("exported", count=len(entries), path=output), file=sys.stderr)


@app.command("import")
def import_(
    ctx: typer.Context,
    source: Annotated[
        Path, typer.Argument(metavar="FILE", help="A JSON export of steentje.", show_default=False)
    ],
) -> None:
    """Bring in entries from a JSON export (from another machine, say).

    Entries already in your journal (the same id, or the same date and answer)
    are skipped; a malformed file changes nothing.

    Example: `steentje import laptop.json`
    """
    settings: Settings = ctx.obj
    from steentje.exchange import import_file

    added, skipped = import_file(settings.journal, source)
    print(t("imported", count=added, skipped=skipped))


EntryId = Annotated[
    str,
    typer.Argument(
        metavar="ID",
        help="The entry's id (as review shows it) or its first letters.",
        autocompletion=_complete_entry_id,
    ),
]


@app.command()
def edit(
    ctx: typer.Context,
    entry_id: EntryId,
    answer: Annotated[
        str | None,
        typer.Option(
            "--answer",
            "-a",
            help="The new answer, instead of opening the editor.",
            show_default=False,
        ),
    ] = None,
    tags: Annotated[
        list[str] | None,
        typer.Option(
            "--tag", "-t", metavar="NAME", help="Add a tag (repeat for more).", show_default=False
        ),
    ] = None,
    untags: Annotated[
        list[str] | None,
        typer.Option(
            "--untag", metavar="NAME", help="Remove a tag (repeat for more).", show_default=False
        ),
    ] = None,
) -> None:
    """Change an entry's answer in your editor, or its tags.

    Without --answer, --tag or --untag the answer opens in $VISUAL or $EDITOR;
    leaving it unchanged changes nothing, emptying it is refused. The previous
    journal is kept as journal.toml.bak.

    Example: `steentje edit k3f9x2ab --tag 1on1 --untag team`
    """
    settings: Settings = ctx.obj
    from steentje.journal import edited_entry, find_entry
    from steentje.store import read_journal, update_entry

    entry = find_entry(read_journal(settings.journal).entries, entry_id)
    new_answer = answer
    if new_answer is None and not tags and not untags:
        from steentje import answers

        instructions = [
            t(
                "editor_entry_header",
                id=entry.id,
                day=f"{entry.date:%Y-%m-%d}",
                principle=entry.principle,
            ),
            entry.prompt,
            t("editor_instructions_edit"),
        ]
        new_answer = answers.edit_answer(instructions, entry.answer, os.environ, settings.editor)
    changed = edited_entry(
        entry, answer=entry.answer if new_answer is None else new_answer,
        add_tags=tags or (), remove_tags=untags or (),
    )  # fmt: skip
    if changed is None:
        print(t("no_changes", id=entry.id), file=sys.stderr)
        return
    update_entry(settings.journal, entry.id, lambda _current: changed)
    print(t("updated", id=entry.id))


@app.command()
def delete(
    ctx: typer.Context,
    entry_id: EntryId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; for scripts.")] = False,
) -> None:
    """Delete an entry, after asking on a terminal.

    The previous journal is kept as journal.toml.bak, so one delete can be undone.

    Example: `steentje delete k3f9x2ab --yes`
    """
    settings: Settings = ctx.obj
    from steentje.journal import find_entry
    from steentje.store import backup_path, delete_entry, read_journal

    entry = find_entry(read_journal(settings.journal).entries, entry_id)
    if not yes:
        if not interactive():
            raise SteentjeError(t("delete_needs_yes", id=entry.id))
        summary = " ".join(entry.answer.split())
        summary = summary if len(summary) <= 60 else summary[:59] + "…"
        question = t("confirm_delete", id=entry.id, day=f"{entry.date:%Y-%m-%d}", summary=summary)
        from steentje import render

        if not render.confirm(render.make_console(), question, settings.language):
            print(t("nothing_deleted"), file=sys.stderr)
            return
    delete_entry(settings.journal, entry.id)
    print(t("deleted", id=entry.id, backup=backup_path(settings.journal)))


@app.command()
def doctor(
    ctx: typer.Context,
    repair: Annotated[
        bool,
        typer.Option(
            "--repair",
            help="Set a damaged last entry aside, renumber repeated ids, make the files private.",
        ),
    ] = False,
) -> None:
    """Check the journal: it parses, every entry is valid, ids are unique, files are private.

    Exits 1 when something needs attention. With --repair, a last entry torn by
    an interrupted write is moved to a side file (every intact entry stays) and
    the previous journal is kept as journal.toml.bak.

    Example: `steentje doctor --repair`
    """
    settings: Settings = ctx.obj
    from steentje.dates import local_now
    from steentje.store import examine
    from steentje.store import repair as repair_journal

    if repair:
        done = repair_journal(settings.journal, now=local_now())
        for action in done.actions:
            print(t("doctor_repaired", message=action))
    findings = examine(settings.journal)
    for finding in findings:
        print(t("doctor_ok" if finding.ok else "doctor_problem", message=finding.message))
    if not all(finding.ok for finding in findings):
        if any(finding.repairable for finding in findings):
            print(t("doctor_can_repair"), file=sys.stderr)
        raise typer.Exit(EXIT_ERROR)


@app.command()
def remind(ctx: typer.Context) -> None:
    """Print one line while today's reflection is due; nothing once it is written.

    Meant for shell start-up (see shell-init): it always exits 0, and
    STEENTJE_REMIND=off silences it.

    Example: `steentje remind`
    """
    settings: Settings = ctx.obj
    from steentje.remind import main as run_reminder

    run_reminder(settings.language, str(settings.journal))


@app.command("shell-init")
def shell_init(
    ctx: typer.Context,
    shell: Annotated[Shell, typer.Argument(help="bash, zsh or fish.", show_default=False)],
) -> None:
    """Print the shell snippet that reminds you until today's reflection is written.

    Write it to a file once and source that file from your rc file: then a new
    shell starts no Python at all once today is done (an `eval "$(steentje
    shell-init bash)"` line would start Python in every shell).

    Example: `steentje shell-init bash > ~/.config/steentje/remind.bash`
    """
    settings: Settings = ctx.obj
    from steentje.shell import snippet, steentje_command

    explicit = ctx.parent is not None and ctx.parent.params.get("journal") is not None
    print(
        snippet(
            shell.value,
            journal=str(settings.journal),
            explicit_journal=explicit,
            command=steentje_command(),
        ),
        end="",
    )


config_app = typer.Typer(
    name="config",
    help="Show, find and change your settings (config.toml in your config folder).",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(config_app)


def _complete_setting(incomplete: str) -> list[tuple[str, str]]:
    from steentje.config import KEYS

    return [(key, text) for key, text in KEYS.items() if key.startswith(incomplete)]


SettingKey = Annotated[
    str,
    typer.Argument(
        metavar="KEY",
        help="lang, journal, editor, remind or week_starts.",
        autocompletion=_complete_setting,
        show_default=False,
    ),
]


@config_app.command("path")
def config_path() -> None:
    """Print where the config file is (or would be); works even when it is broken.

    Example: `$EDITOR "$(steentje config path)"`
    """
    from steentje.config import config_file

    print(config_file(os.environ))


@config_app.command("show")
def config_show(ctx: typer.Context) -> None:
    """Show every setting in effect and where it comes from.

    Settings come from an option, else the environment, else the config file,
    else the default.

    Example: `steentje config show`
    """
    settings: Settings = ctx.obj
    from steentje.config import config_file, describe

    print(f"# {config_file(os.environ)}")
    option = str(settings.journal_option) if settings.journal_option else None
    for key, value, source in describe(settings.config, settings.lang_option, option, os.environ):
        shown = str(value).lower() if isinstance(value, bool) else f'"{value}"'
        print(t("config_show_line", key=key, value=shown, source=source))


@config_app.command("set")
def config_set(
    key: SettingKey,
    value: Annotated[str, typer.Argument(metavar="VALUE", show_default=False)],
) -> None:
    """Store a setting in the config file.

    lang nl|en; journal PATH; editor COMMAND; remind on|off; week_starts monday..sunday.

    Example: `steentje config set lang nl`
    """
    from steentje.config import config_file, read_table, value_from_text, write_table

    try:
        stored = value_from_text(key, value)
    except SteentjeError as error:
        raise typer.BadParameter(str(error)) from None
    path = config_file(os.environ)
    table = read_table(path)
    table[key] = stored
    write_table(path, table)
    shown = str(stored).lower() if isinstance(stored, bool) else f'"{stored}"'
    print(t("config_set", key=key, value=shown, path=path))


@config_app.command("unset")
def config_unset(key: SettingKey) -> None:
    """Remove a setting from the config file, so its default applies again.

    Example: `steentje config unset week_starts`
    """
    from steentje.config import KEYS, config_file, read_table, write_table

    if key not in KEYS:
        raise typer.BadParameter(f"unknown setting {key!r}; known: {', '.join(KEYS)}")
    path = config_file(os.environ)
    table = read_table(path)
    if table.pop(key, None) is None:
        print(t("config_not_set", key=key, path=path), file=sys.stderr)
        return
    write_table(path, table)
    print(t("config_removed", key=key, path=path))


@app.command()
def path(ctx: typer.Context) -> None:
    """Print where your journal is.

    Example: `$EDITOR "$(steentje path)"`
    """
    print(ctx.obj.journal)


def main() -> None:
    """Run the steentje command line."""
    app(prog_name="steentje")
