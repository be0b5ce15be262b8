"""Language choice and locale-independent date formatting."""

from collections.abc import Callable, Mapping
from datetime import date

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "en"
LANG_ENV = "STEENTJE_LANG"

# Names are spelled out here rather than taken from the C library's locale
# tables, which are often missing (a fresh Debian has no nl_NL locale).
_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def language_from_locale(environ: Mapping[str, str]) -> str:
    """Return "nl" when the POSIX locale variables ask for Dutch, else English."""
    # POSIX precedence: the first of these that is set and non-empty wins.
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def resolve_language(
    option: str | None,
    environ: Mapping[str, str],
    configured: Callable[[], str | None] = lambda: None,
) -> str:
    """The language: --lang, else $STEENTJE_LANG, else the config file, else the locale.

    *configured* is asked only when neither the option nor the environment decides,
    so the config file is not read without need.
    """
    if option is not None:
        return option
    from_environment = environ.get(LANG_ENV, "").strip().lower()
    if from_environment:
        if from_environment not in LANGUAGES:
            from steentje.errors import SteentjeError
            from steentje.messages import t

            raise SteentjeError(t("lang_env_bad", variable=LANG_ENV, value=from_environment))
        return from_environment
    return configured() or language_from_locale(environ)


def format_long_date(day: date, language: str) -> str:
    """Write a date the way the language does: 'maandag 30 november 2026'."""
    weekday = _WEEKDAYS[language][day.weekday()]
    month = _MONTHS[language][day.month - 1]
    return f"{weekday} {day.day} {month} {day.year}"
