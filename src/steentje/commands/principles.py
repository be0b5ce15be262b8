"""``principles``: the set in use, or one in full; checking and starting a set of one's own."""

from __future__ import annotations

import sys

from steentje.settings import Settings


def principles(settings: Settings, number: int | None) -> None:
    """Print the table of principles and the conclusion, or one principle in full."""
    from steentje.output import render
    from steentje.storage.principle_sets import catalog_for

    catalog = catalog_for(settings)
    if number is not None:
        catalog.principle(number)  # a number the set does not hold: one line, before any output
    console = render.make_console()
    if number is None:
        console.print(render.principles_table(catalog))
        if catalog.conclusion.title:
            console.print(render.conclusion_text(catalog))
        if catalog.source:
            console.print(render.source_text(catalog))
    else:
        console.print(render.principle_panel(catalog.principle(number), catalog.language))


def check(path: str) -> int:
    """Report every problem in the principles file *path*, one line each; 1 when there are any."""
    from steentje.own_set import file_problems, own_catalog
    from steentje.storage.principle_sets import read_set_file
    from steentje.words import language, t

    raw = read_set_file(path, configured=False)
    problems = file_problems(raw)
    if problems:
        for problem in problems:
            print(problem.described(path))
        print(t("own_check_failed", file=path, count=len(problems)), file=sys.stderr)
        return 1
    catalog = own_catalog(raw, path, language())
    print(t("own_check_ok", file=path, id=catalog.set_id, count=catalog.count))
    return 0


def template() -> None:
    """Print a commented starter file for principles of one's own (it passes ``--check``)."""
    from steentje.rotation import MAX_PRINCIPLES
    from steentje.words import t

    sys.stdout.write(t("own_template", most=MAX_PRINCIPLES))
