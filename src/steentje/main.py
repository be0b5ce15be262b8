"""The command line: parse with typer, call one function per command, map errors once.

The work of each command lives in ``steentje.commands``; words live in
``steentje.words``; output in ``steentje.output``. Imports inside functions
in this package are there for start-up time only: steentje runs from shell
start-up, so a command loads what it uses and nothing more.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from steentje import __version__
from steentje.dates import When  # typer reads the annotations of MomentOption at run time
from steentje.error_handler import run_guarded
from steentje.errors import SteentjeError, UsageError, print_error
from steentje.rotation import MAX_PRINCIPLES
from steentje.settings import Settings
from steentje.week import DEFAULT_WEEKS, MOST_WEEKS
from steentje.words import t

if TYPE_CHECKING:
    from steentje.commands.review import Filters


class Language(StrEnum):
    """The languages steentje speaks."""

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


class ImportOrigin(StrEnum):
    """What ``import`` reads: a steentje export, or a jrnl journal (file or JSON export)."""

    steentje = "steentje"
    jrnl = "jrnl"


class _Interrupted(Exception):
    """Ctrl-C, carried past typer (which would turn it into a silent exit 130) to run_guarded."""


class SteentjeGroup(TyperGroup):
    """Turns every failure into one line on stderr and a documented exit code."""

    def invoke(self, ctx: Any) -> Any:
        """Run the command; an interrupt goes to the one error handler, as on the fast path."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as interrupt:
            raise _Interrupted(interrupt) from None

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line, non-standalone, and finish the job in one line."""
        # typer's own handling prints a framed, multi-line box; steentje prints
        # one line, so run non-standalone and finish the job here.
        from typer._click.exceptions import ClickException

        from steentje import words

        arguments = list(sys.argv[1:] if args is None else args)
        language = _early_language(arguments)
        words.use(language)
        translate(self, language)
        from steentje.typer_words import speak

        speak(language)  # typer's and click's own words (Usage:, Options, errors) too

        def work() -> int:
            try:
                result = super(SteentjeGroup, self).main(
                    args, prog_name, complete_var, standalone_mode=False, **extra
                )
            except ClickException as error:
                # An empty message: a group called without a command, its help shown already.
                if error.format_message():
                    print_error(_usage_message(error))
                return error.exit_code
            except _Interrupted as carried:
                raise carried.args[0] from None  # as it was raised (on a fresh line, say)
            except typer.Abort:
                raise KeyboardInterrupt from None
            return result if isinstance(result, int) else 0

        code = run_guarded(work)
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
        # "--since: 'ooit' is geen dag; ..." is shorter than click's "Invalid value for"
        # frame, and reads the same in both languages.
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


def _early_language(arguments: list[str]) -> str:
    """The language before typer has parsed anything: --lang in *arguments*, else as settled.

    Help texts and usage mistakes need it before the root callback runs.
    """
    chosen = None
    for position, argument in enumerate(arguments):
        if argument == "--lang" and position + 1 < len(arguments):
            chosen = arguments[position + 1]
        elif argument.startswith("--lang="):
            chosen = argument.split("=", 1)[1]
    chosen = chosen.lower() if chosen else None
    try:
        # warn=False: the command's own settings name unknown config keys, once.
        return Settings(chosen if chosen in ("nl", "en") else None, warn=False).language
    except SteentjeError:
        from steentje.words import language_from_locale

        return language_from_locale(os.environ)


def _without_type_label(kind: Any) -> Any:
    """A copy of a click type that gives --help no label of its own (a choice keeps its list)."""
    if getattr(kind, "choices", None):
        return kind
    import copy

    quiet = copy.copy(kind)
    quiet.get_metavar = lambda param=None, ctx=None: ""
    return quiet


def translate(command: Any, language: str, path: str = "") -> None:
    """Put the help texts of *language* from the catalogue on a click command tree."""
    from steentje.words import (
        HELP_COMMANDS,
        HELP_EPILOG,
        HELP_PARAMETERS,
        HELP_SPECIFIC,
        METAVARS,
    )

    if path in HELP_COMMANDS:
        command.help = HELP_COMMANDS[path][language]
    if not path:
        command.epilog = HELP_EPILOG[language]
    for parameter in command.params:
        texts = HELP_SPECIFIC.get((path, parameter.name)) or HELP_PARAMETERS.get(parameter.name)
        if texts is not None and hasattr(parameter, "help"):
            parameter.help = texts[language]
        if parameter.param_type_name == "argument" and not hasattr(parameter, "written_metavar"):
            # typer prints the type (<str>, <path>, <int range>) beside an argument's name:
            # code, in English. The metavar (TEXT, FILE, N) already says what goes there.
            parameter.type = _without_type_label(parameter.type)
        # The English name is kept on the parameter, so a later run in English gets it back.
        if not hasattr(parameter, "written_metavar"):
            parameter.written_metavar = parameter.metavar
        written = parameter.written_metavar
        if written is not None:
            parameter.metavar = METAVARS[language].get(written, written)
    for name, sub in getattr(command, "commands", {}).items():
        translate(sub, language, f"{path} {name}".strip())


app = typer.Typer(
    cls=SteentjeGroup,
    name="steentje",
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
    """A day option (--date of today and week, --since, --until): one grammar, dates.py's."""
    from steentje import clock
    from steentje.dates import parse_day

    try:
        return parse_day(value, clock.today())
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def _parse_moment(value: str) -> When:
    """A day with an optional time of day (--date of log and edit)."""
    from steentje import clock
    from steentje.dates import parse_when

    try:
        return parse_when(value, clock.today())
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def _complete_principle(incomplete: str) -> list[tuple[str, str]]:
    """Principle numbers with their titles (of the set in use), for shell completion."""
    from steentje.storage.principle_sets import catalog_for

    try:
        catalog = catalog_for(Settings(warn=False), warn=False)
    except SteentjeError:
        return []
    return [
        (str(principle.number), principle.title)
        for principle in catalog.principles
        if str(principle.number).startswith(incomplete)
    ]


def _complete_entry_id(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Entry ids, newest first, with the start of their answer, for shell completion."""
    from steentje.search import select_entries
    from steentje.storage.reading import all_entries

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


def _complete_journal(incomplete: str) -> list[tuple[str, str]]:
    """The names of the config's [journals] table, with where each points."""
    from steentje.settings import named_journals

    try:
        settings = Settings(warn=False)
        journals = named_journals(settings.environ, settings.config)
    except SteentjeError:
        return []
    return [(name, where) for name, _, where in journals if name.startswith(incomplete)]


def _complete_setting(incomplete: str) -> list[tuple[str, str]]:
    from steentje.config import KEYS

    return [(key, t(f"setting_{key}")) for key in KEYS if key.startswith(incomplete)]


def _settings(ctx: typer.Context) -> Settings:
    settings: Settings = ctx.find_root().obj
    return settings


DayOption = Annotated[
    date | None, typer.Option("--date", parser=_parse_day, metavar="WHEN", show_default=False)
]
MomentOption = Annotated[
    When | None, typer.Option("--date", parser=_parse_moment, metavar="WHEN", show_default=False)
]
TagsOption = Annotated[
    list[str] | None, typer.Option("--tag", "-t", metavar="NAME", show_default=False)
]
SinceOption = Annotated[
    date | None, typer.Option("--since", parser=_parse_day, metavar="WHEN", show_default=False)
]
UntilOption = Annotated[
    date | None, typer.Option("--until", parser=_parse_day, metavar="WHEN", show_default=False)
]
PrincipleOption = Annotated[
    list[int] | None,
    typer.Option(
        "--principle", "-p", min=1, max=MAX_PRINCIPLES, metavar="N", show_default=False,
        autocompletion=_complete_principle,
    ),
]  # fmt: skip
AllTagsOption = Annotated[bool, typer.Option("--all-tags")]
NotTagsOption = Annotated[
    list[str] | None, typer.Option("--not-tag", metavar="NAME", show_default=False)
]
StarredOption = Annotated[bool, typer.Option("--starred")]
SearchOption = Annotated[
    str | None, typer.Option("--search", "-s", metavar="TEXT", show_default=False)
]
NoPagerOption = Annotated[bool, typer.Option("--no-pager")]
EntryId = Annotated[str, typer.Argument(metavar="ID", autocompletion=_complete_entry_id)]
SettingKey = Annotated[
    str, typer.Argument(metavar="KEY", autocompletion=_complete_setting, show_default=False)
]


# The commands that read the journal: each says when conflict copies lie beside it
# (the launcher's fast path for today's panel too). doctor lists them; merge merges them.
_READS_JOURNAL = frozenset(
    {None, "today", "log", "review", "show", "stats", "tags", "week", "export", "import",
     "edit", "star", "unstar", "delete"}
)  # fmt: skip


@app.callback()
def _root(
    ctx: typer.Context,
    lang: Annotated[
        Language | None, typer.Option("--lang", case_sensitive=False, show_default=False)
    ] = None,
    journal: Annotated[
        str | None,
        # No envvar= here: settings.resolve_journal is the one place that knows
        # $STEENTJE_JOURNAL, and config show must say where the path came from.
        typer.Option(
            "--journal", metavar="PATH", show_default=False, autocompletion=_complete_journal
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version_callback, is_eager=True)
    ] = False,
) -> None:
    """Today's question, or one of the commands."""
    # The language is already in use (SteentjeGroup.main settled it from the same
    # arguments); a broken config file is reported by the commands that need it.
    reminding = ctx.invoked_subcommand == "remind"  # silent but for its line, whatever is wrong
    ctx.obj = Settings(lang.value if lang else None, journal or None, warn=not reminding)
    if not reminding:
        ctx.obj.check_language_variable()
    if ctx.invoked_subcommand in _READS_JOURNAL:
        from steentje.commands.sync import notice_conflict_copies

        notice_conflict_copies(ctx.obj)
    if ctx.invoked_subcommand is None:
        from steentje.commands.today import show_today

        show_today(ctx.obj, None, no_input=False)


@app.command()
def today(
    ctx: typer.Context,
    day: DayOption = None,
    no_input: Annotated[bool, typer.Option("--no-input")] = False,
) -> None:
    """Today's principle and question, then your answer."""
    from steentje.commands.today import show_today

    show_today(_settings(ctx), day, no_input=no_input)


@app.command()
def principles(
    ctx: typer.Context,
    number: Annotated[
        int | None,
        typer.Argument(
            min=1, max=MAX_PRINCIPLES, metavar="N", show_default=False,
            autocompletion=_complete_principle,
        ),
    ] = None,
    check_path: Annotated[
        str | None, typer.Option("--check", metavar="PATH", show_default=False)
    ] = None,
    print_template: Annotated[bool, typer.Option("--template")] = False,
) -> None:  # fmt: skip
    """The principles, or one in full."""
    from steentje.commands import principles as command

    if (check_path is not None) + print_template + (number is not None) > 1:
        raise UsageError(t("own_check_alone"))
    if print_template:
        command.template()
    elif check_path is not None:
        raise typer.Exit(command.check(check_path))
    else:
        with _numbers_of_the_set():
            command.principles(_settings(ctx), number)


@contextmanager
def _numbers_of_the_set() -> Iterator[None]:
    """A principle number the set in use does not hold, told as typer tells a bad value."""
    from steentje.principles import NoSuchPrinciple

    try:
        yield
    except NoSuchPrinciple as error:
        raise typer.BadParameter(str(error)) from None


@app.command()
def log(
    ctx: typer.Context,
    text: Annotated[str | None, typer.Argument(metavar="TEXT", show_default=False)] = None,
    edit: Annotated[bool, typer.Option("--edit", "-e")] = False,
    day: MomentOption = None,
    tags: TagsOption = None,
    star: Annotated[bool, typer.Option("--star")] = False,
    free: Annotated[bool, typer.Option("--free")] = False,
    intention: Annotated[
        str | None, typer.Option("--intention", "-i", metavar="TEXT", show_default=False)
    ] = None,
) -> None:
    """Write down your answer."""
    from steentje.commands.today import log as log_answer

    if text is not None and edit:
        raise typer.BadParameter(t("text_and_edit"))
    log_answer(
        _settings(ctx), text, edit=edit, day=day, tags=tags or (), star=star, free=free,
        intention=intention,
    )  # fmt: skip


def _filters(
    principle: list[int] | None,
    tag: list[str] | None,
    search: str | None,
    since: date | None,
    until: date | None,
    limit: int | None = None,
    *,
    all_tags: bool = False,
    not_tags: list[str] | None = None,
    starred: bool = False,
) -> Filters:
    from steentje.commands.review import Filters
    from steentje.journal import clean_tags

    if since is not None and until is not None and since > until:
        raise UsageError(t("since_after_until", since=since, until=until))
    if all_tags and not tag:
        raise UsageError(t("all_tags_needs_tag"))
    return Filters(
        set(principle or ()), clean_tags(tag or ()), search, since, until, limit,
        all_tags=all_tags, not_tags=clean_tags(not_tags or ()), starred=starred,
    )  # fmt: skip


@app.command()
def review(
    ctx: typer.Context,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", min=1, metavar="N", show_default="10")
    ] = None,
    show_all: Annotated[bool, typer.Option("--all")] = False,
    principle: PrincipleOption = None,
    tag: TagsOption = None,
    all_tags: AllTagsOption = False,
    not_tags: NotTagsOption = None,
    starred: StarredOption = False,
    search: SearchOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    output: Annotated[
        ReviewFormat, typer.Option("--format", "-f", case_sensitive=False)
    ] = ReviewFormat.table,
    no_pager: NoPagerOption = False,
    intentions: Annotated[bool, typer.Option("--intentions")] = False,
    conflicts: Annotated[bool, typer.Option("--conflicts")] = False,
) -> None:
    """Look back at your reflections."""
    from steentje.commands.review import review as review_entries

    if show_all and limit is not None:
        raise UsageError(t("all_and_limit"))
    if conflicts:
        from steentje.journal import CONFLICT_TAG

        # The versions a merge kept carry this tag; with other tags, all of them.
        all_tags = all_tags or bool(tag)
        tag = [*(tag or []), CONFLICT_TAG]
    filters = _filters(
        principle, tag, search, since, until, None if show_all else limit or 10,
        all_tags=all_tags, not_tags=not_tags, starred=starred,
    )  # fmt: skip
    with _numbers_of_the_set():
        if intentions:
            from steentje.commands.intentions import review_intentions

            review_intentions(_settings(ctx), filters, output.value, pager=not no_pager)
            return
        review_entries(_settings(ctx), filters, output.value, pager=not no_pager)


@app.command()
def show(ctx: typer.Context, entry_id: EntryId, no_pager: NoPagerOption = False) -> None:
    """One entry whole."""
    from steentje.commands.entries import show as show_entry

    show_entry(_settings(ctx), entry_id, pager=not no_pager)


@app.command()
def followup(
    ctx: typer.Context,
    entry_id: EntryId,
    text: Annotated[str | None, typer.Argument(metavar="TEXT", show_default=False)] = None,
    edit: Annotated[bool, typer.Option("--edit", "-e")] = False,
    drop: Annotated[bool, typer.Option("--drop")] = False,
) -> None:
    """Tell how an intention went."""
    from steentje.commands.intentions import followup as follow_up

    if text is not None and edit:
        raise typer.BadParameter(t("text_and_edit"))
    if drop and (text is not None or edit):
        raise typer.BadParameter(t("outcome_and_drop"))
    follow_up(_settings(ctx), entry_id, text, edit=edit, drop=drop)


@app.command()
def stats(
    ctx: typer.Context,
    weeks: Annotated[
        int, typer.Option("--weeks", "-w", min=1, max=MOST_WEEKS, metavar="N")
    ] = DEFAULT_WEEKS,
    output: Annotated[
        StatsFormat, typer.Option("--format", "-f", case_sensitive=False)
    ] = StatsFormat.text,
) -> None:
    """Your patterns."""
    from steentje.commands.patterns import stats as show_stats

    show_stats(_settings(ctx), weeks, output.value)


@app.command()
def tags(
    ctx: typer.Context,
    output: Annotated[
        StatsFormat, typer.Option("--format", "-f", case_sensitive=False)
    ] = StatsFormat.text,
) -> None:
    """Every tag with its count."""
    from steentje.commands.patterns import tags as list_tags

    list_tags(_settings(ctx), output.value)


@app.command()
def week(ctx: typer.Context, day: DayOption = None, no_pager: NoPagerOption = False) -> None:
    """A weekly review on one screen."""
    from steentje.commands.patterns import week as show_week

    show_week(_settings(ctx), day, pager=not no_pager)


@app.command()
def export(
    ctx: typer.Context,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", case_sensitive=False)
    ] = ExportFormat.markdown,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    principle: PrincipleOption = None,
    tag: TagsOption = None,
    all_tags: AllTagsOption = False,
    not_tags: NotTagsOption = None,
    starred: StarredOption = False,
    search: SearchOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Take your reflections out."""
    from steentje.commands.exchange import export as export_entries

    filters = _filters(
        principle, tag, search, since, until, all_tags=all_tags, not_tags=not_tags, starred=starred
    )
    with _numbers_of_the_set():
        export_entries(_settings(ctx), filters, output_format.value, output, force=force)


@app.command("import")
def import_(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(metavar="FILE", show_default=False)],
    keep_both: Annotated[bool, typer.Option("--keep-both")] = False,
    origin: Annotated[
        ImportOrigin, typer.Option("--from", case_sensitive=False)
    ] = ImportOrigin.steentje,
) -> None:
    """Bring in entries from an export."""
    from steentje.commands.exchange import import_file

    import_file(_settings(ctx), source, keep_both=keep_both, origin=origin.value)


@app.command()
def edit(
    ctx: typer.Context,
    entry_id: EntryId,
    answer: Annotated[
        str | None, typer.Option("--answer", "-a", metavar="TEXT", show_default=False)
    ] = None,
    tags: TagsOption = None,
    untags: Annotated[
        list[str] | None, typer.Option("--untag", metavar="NAME", show_default=False)
    ] = None,
    when: MomentOption = None,
) -> None:
    """Change an entry."""
    from steentje.commands.entries import edit as edit_entry

    edit_entry(
        _settings(ctx),
        entry_id,
        answer=answer,
        add_tags=tags or (),
        remove_tags=untags or (),
        when=when,
    )


@app.command()
def star(ctx: typer.Context, entry_id: EntryId) -> None:
    """Give an entry a star."""
    from steentje.commands.entries import star as set_star

    set_star(_settings(ctx), entry_id, starred=True)


@app.command()
def unstar(ctx: typer.Context, entry_id: EntryId) -> None:
    """Take an entry's star away."""
    from steentje.commands.entries import star as set_star

    set_star(_settings(ctx), entry_id, starred=False)


@app.command()
def delete(
    ctx: typer.Context, entry_id: EntryId, yes: Annotated[bool, typer.Option("--yes", "-y")] = False
) -> None:
    """Delete an entry."""
    from steentje.commands.entries import delete as delete_entry
    from steentje.commands.today import interactive

    delete_entry(_settings(ctx), entry_id, yes=yes, interactive=interactive())


@app.command()
def merge(
    ctx: typer.Context,
    files: Annotated[
        list[Path] | None, typer.Argument(metavar="FILE...", show_default=False)
    ] = None,
    conflicts: Annotated[bool, typer.Option("--conflicts")] = False,
) -> None:
    """Merge other copies of your journal into it."""
    from steentje.commands.sync import merge as merge_copies

    code = merge_copies(_settings(ctx), files or [], conflicts=conflicts)
    if code:
        raise typer.Exit(code)


@app.command("merge-driver")
def merge_driver(
    ancestor: Annotated[Path, typer.Argument(metavar="ANCESTOR", show_default=False)],
    ours: Annotated[Path, typer.Argument(metavar="OURS", show_default=False)],
    theirs: Annotated[Path, typer.Argument(metavar="THEIRS", show_default=False)],
) -> None:
    """git's merge driver for the journal."""
    from steentje.commands.sync import merge_driver as merge_three

    merge_three(ancestor, ours, theirs)


@app.command()
def sync(
    ctx: typer.Context,
    setup: Annotated[bool, typer.Option("--setup")] = False,
    remote: Annotated[str | None, typer.Argument(metavar="REMOTE", show_default=False)] = None,
) -> None:
    """Sync your journal through git."""
    from steentje.commands.sync import sync as sync_journal

    code = sync_journal(_settings(ctx), setup=setup, remote=remote)
    if code:
        raise typer.Exit(code)


@app.command()
def doctor(ctx: typer.Context, repair: Annotated[bool, typer.Option("--repair")] = False) -> None:
    """Check the journal."""
    from steentje.commands.doctor import doctor as check

    code = check(_settings(ctx), repair=repair)
    if code:
        raise typer.Exit(code)


@app.command()
def remind(ctx: typer.Context) -> None:
    """One line while today's reflection is due."""
    from steentje.commands.shell import remind as run_reminder

    settings = _settings(ctx)
    # The same call as the launcher's fast path: it settles its own settings and
    # always exits 0, whatever the environment or the config file says.
    run_reminder(settings.lang_option, settings.journal_option)


@app.command("shell-init")
def shell_init(
    ctx: typer.Context,
    shell: Annotated[Shell, typer.Argument(metavar="SHELL", show_default=False)],
) -> None:
    """The shell snippet."""
    from steentje.commands.shell import shell_init as print_snippet

    settings = _settings(ctx)
    print_snippet(settings, shell.value, explicit_journal=settings.journal_option is not None)


@app.command()
def path(ctx: typer.Context) -> None:
    """Where your journal is."""
    from steentje.commands.shell import path as print_path

    print_path(_settings(ctx))


config_app = typer.Typer(
    name="config", no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]}
)
app.add_typer(config_app)


@config_app.command("path")
def config_path(ctx: typer.Context) -> None:
    """Where the config file is."""
    from steentje.commands.settings import config_path as print_config_path

    print_config_path(_settings(ctx))


@config_app.command("show")
def config_show(ctx: typer.Context) -> None:
    """Every setting and where it comes from."""
    from steentje.commands.settings import config_show as print_settings

    print_settings(_settings(ctx))


@config_app.command("set")
def config_set(
    ctx: typer.Context,
    key: SettingKey,
    value: Annotated[str, typer.Argument(metavar="VALUE", show_default=False)],
) -> None:
    """Store a setting."""
    from steentje.commands.settings import config_set as store_setting

    try:
        store_setting(_settings(ctx), key, value)
    except UsageError as error:
        raise typer.BadParameter(str(error)) from None


@config_app.command("unset")
def config_unset(ctx: typer.Context, key: SettingKey) -> None:
    """Remove a setting."""
    from steentje.commands.settings import config_unset as remove_setting

    try:
        remove_setting(_settings(ctx), key)
    except UsageError as error:
        raise typer.BadParameter(str(error)) from None


def main() -> None:
    """Run the steentje command line."""
    app(prog_name="steentje")
