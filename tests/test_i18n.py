"""Language choice and the way dates are written."""

from datetime import date

import pytest

from steentje.config import Config
from steentje.i18n import format_long_date, language_from_locale
from steentje.settings import resolve_language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LC_MESSAGES": "nl_NL", "LANG": "en_US"}, "nl"),
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "nl_NL"}, "en"),
        ({"LC_ALL": "", "LANG": "nl_NL"}, "nl"),
    ],
)
def test_language_from_locale(environ: dict[str, str], expected: str) -> None:
    assert language_from_locale(environ) == expected


def test_option_wins_over_locale() -> None:
    assert resolve_language("en", {"LANG": "nl_NL"}, Config).value == "en"
    assert resolve_language(None, {"LANG": "nl_NL"}, Config).value == "nl"


def test_long_dates() -> None:
    assert format_long_date(date(2026, 11, 30), "nl") == "maandag 30 november 2026"
    assert format_long_date(date(2026, 11, 30), "en") == "Monday 30 November 2026"
    assert format_long_date(date(2027, 1, 3), "nl") == "zondag 3 januari 2027"
