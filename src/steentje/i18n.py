"""Locale-independent date formatting, in the words of the catalogue."""

from datetime import date

from steentje.words import LANGUAGES, MONTHS, WEEKDAYS, language_from_locale

__all__ = ["LANGUAGES", "format_long_date", "language_from_locale"]


def format_long_date(day: date, language: str) -> str:
    """Write a date the way the language does: 'maandag 30 november 2026'."""
    weekday = WEEKDAYS[language][day.weekday()]
    month = MONTHS[language][day.month - 1]
    return f"{weekday} {day.day} {month} {day.year}"
