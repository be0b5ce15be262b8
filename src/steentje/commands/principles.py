"""``principles``: the seven principles, or one in full with its questions."""

from __future__ import annotations

from steentje.settings import Settings


def principles(settings: Settings, number: int | None) -> None:
    """Print the table of principles and the conclusion, or one principle in full."""
    from steentje.output import render
    from steentje.principles import load_catalog

    catalog = load_catalog(settings.language)
    console = render.make_console()
    if number is None:
        console.print(render.principles_table(catalog))
        console.print(render.conclusion_text(catalog))
        if catalog.source:
            console.print(render.source_text(catalog))
    else:
        console.print(render.principle_panel(catalog.principle(number), catalog.language))
