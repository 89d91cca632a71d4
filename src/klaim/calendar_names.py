"""Day and month names per language, from CLDR through Babel, plus spellings CLDR lacks.

Every lookup is lower-cased and has a trailing full stop removed, so ``Jun.``, ``jun`` and
``JUN`` all name June. Names of the article's language are merged with English ones because
news copy quotes English sources and datelines. Loaded lazily per language and cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

# Spellings newsrooms use that CLDR does not list. Keys are languages; values map a lower-case
# spelling to a weekday (0 = Monday) or a month (1 = January). Why each exists:
WEEKDAY_ALIASES: dict[str, dict[str, int]] = {
    # Indonesian: the apostrophe spelling of Friday is common; "Ahad" is the Arabic-derived
    # name of Sunday used by many outlets.
    "id": {"jum'at": 4, "jum’at": 4, "jumaat": 4, "ahad": 6},
    # English: abbreviations from wire styles (AP uses "Tues.", "Thurs.").
    "en": {"tues": 1, "weds": 2, "thur": 3, "thurs": 3},
}
MONTH_ALIASES: dict[str, dict[str, int]] = {
    # Indonesian: older and informal spellings still common in copy ("Pebruari", "Nopember",
    # "Agt", "Agust", "Sept").
    "id": {
        "pebruari": 2, "peb": 2, "nopember": 11, "nop": 11, "agt": 8, "agus": 8,
        "agust": 8, "sept": 9, "okt": 10, "des": 12, "nov": 11,
    },
    # English: AP style abbreviates "Sept."
    "en": {"sept": 9},
}


def _key(name: str) -> str:
    return name.strip().rstrip(".").casefold()


@dataclass(frozen=True)
class CalendarNames:
    """The weekday and month names klaim recognises for one language (plus English)."""

    lang: str
    weekdays_wide: dict[str, int]
    weekdays_abbreviated: dict[str, int]
    months: dict[str, int]
    day_first: bool
    """True when the locale writes numeric dates day first (``3/9`` is 3 September)."""

    def weekday(self, name: str, *, allow_abbreviated: bool = True) -> int | None:
        """Return the weekday (0 = Monday) a name stands for, or None."""
        key = _key(name)
        found = self.weekdays_wide.get(key)
        if found is None and allow_abbreviated:
            found = self.weekdays_abbreviated.get(key)
        return found

    def month(self, name: str) -> int | None:
        """Return the month (1 = January) a name or abbreviation stands for, or None."""
        return self.months.get(_key(name))

    def weekday_name(self, weekday: int) -> str:
        """The wide CLDR name of a weekday in this language."""
        return str(get_day_names("wide", locale=_locale(self.lang))[weekday])


def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _names(lang: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    locale = _locale(lang)
    wide: dict[str, int] = {}
    abbreviated: dict[str, int] = {}
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_day_names("wide", context=context, locale=locale).items():
            wide[_key(name)] = number
        for number, name in get_day_names("abbreviated", context=context, locale=locale).items():
            abbreviated[_key(name)] = number
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, context=context, locale=locale).items():
                months[_key(name)] = number
    base = lang.split("-")[0].split("_")[0]
    wide.update(WEEKDAY_ALIASES.get(base, {}))
    months.update(MONTH_ALIASES.get(base, {}))
    return wide, abbreviated, months


@cache
def calendar_names(lang: str) -> CalendarNames:
    """Names for ``lang`` merged with English; the article's language wins on a clash."""
    wide, abbreviated, months = _names("en")
    if lang.split("-")[0].split("_")[0] != "en":
        own_wide, own_abbreviated, own_months = _names(lang)
        wide.update(own_wide)
        abbreviated.update(own_abbreviated)
        months.update(own_months)
    pattern = _locale(lang).date_formats["short"].pattern
    day_first = pattern.lower().find("d") < pattern.lower().find("m")
    return CalendarNames(lang, wide, abbreviated, months, day_first)
