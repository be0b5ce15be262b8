"""render.Grid draws what rich's Table.grid draws, without loading rich.table when rows fit."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from rich.console import Console
from rich.text import Text

from steentje.output.render import Grid


def drawn(renderable: object, width: int, *, colour: bool) -> str:
    buffer = io.StringIO()
    # rich's default console, which highlights numbers in plain text: a table does not.
    console = Console(
        file=buffer, width=width, force_terminal=colour,
        color_system="truecolor" if colour else None, legacy_windows=False,
    )  # fmt: skip
    console.print(renderable)
    return buffer.getvalue()


def summary() -> Grid:
    grid = Grid(gap=2)
    grid.add_column(style="bold")
    grid.add_column(justify="right")
    grid.add_row("Reflections", "10000")
    grid.add_row("Dagen met een reflectie", "7940")
    grid.add_row("[not markup] as text", Text("3 days", style="dim"))
    return grid


def bars() -> Grid:
    grid = Grid(gap=1)
    grid.add_column(justify="right", style="bold")
    grid.add_column(no_wrap=True, overflow="ellipsis", max_width=24)
    grid.add_column(no_wrap=True)
    for number, title in enumerate(
        ["Why should a manager have a monopoly on ideas?", "界" * 20, "Kort", ""], start=1
    ):
        grid.add_row(str(number), Text(title), Text.assemble(("█" * number * 3, "green"), " 12"))
    return grid


@pytest.mark.parametrize("make", [summary, bars])
@pytest.mark.parametrize("colour", [False, True])
def test_every_width_draws_as_table_grid_draws(make: object, colour: bool) -> None:
    for width in range(4, 90):
        grid = make()  # type: ignore[operator]
        assert drawn(grid, width, colour=colour) == drawn(grid._table(), width, colour=colour)


def test_rows_that_fit_need_no_rich_table() -> None:
    code = (
        "import sys, io\n"
        "from rich.console import Console\n"
        "from tests.output.test_grid import summary\n"
        "Console(file=io.StringIO(), width=80).print(summary())\n"
        "print('rich.table' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
