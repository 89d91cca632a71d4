"""Articles: reading, the dateline, language, and paragraphs with their lines and offsets.

Two formats: plain text (title line, dateline line, one paragraph per line; the lines of a
hard-wrapped text are joined into their paragraphs, see ``_unwrapped``) and Markdown with YAML
front matter (``title``, ``published``, ``lang``, ``timezone``).
Reading never raises on bad input: problems are returned as :class:`Problem` values that the
engine turns into KL001 (unreadable) or KL006 (dateline) findings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from pathlib import Path

from klaim.calendar_names import calendar_names
from klaim.lexicon import folded_words, lexicon, phrase_pattern, with_english
from klaim.text import DOUBLE_MARKS, LINE_BREAK, LineIndex

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with an input file, located at a 1-based line and column."""

    code: str
    message: str
    line: int = 1
    column: int = 1
    data: dict[str, object] = field(default_factory=dict)
    hint: str = ""


@dataclass(slots=True, unsafe_hash=True)
class Paragraph:
    """One block of the article body (not frozen, though never changed: one is made per block of
    every article, and a frozen dataclass pays a call per field to build; see klaim.attribution)."""

    index: int
    kind: str  # "paragraph" | "heading" | "caption" | "boilerplate"
    line: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """The publication date as the article states it."""

    line: int
    start: int
    end: int
    text: str
    date: dt.date | None
    time: dt.time | None = None
    utc_offset: dt.timedelta | None = None
    zone: str | None = None


@dataclass
class Article:
    """A loaded article. Offsets are 0-based code points of the decoded text (BOM dropped)."""

    path: str
    text: str
    title: str
    lang: str
    lang_source: str
    format: str
    dateline: Dateline | None
    paragraphs: list[Paragraph]
    problems: list[Problem] = field(default_factory=list)

    @cached_property
    def lines(self) -> LineIndex:
        """Offset to line/column mapping."""
        return LineIndex(self.text)

    @property
    def published_date(self) -> dt.date | None:
        """The publication date, when the dateline gives one."""
        return self.dateline.date if self.dateline else None

    @property
    def published(self) -> dt.datetime | None:
        """The publication datetime: aware when the dateline names a zone or offset."""
        if self.dateline is None or self.dateline.date is None:
            return None
        moment = dt.datetime.combine(self.dateline.date, self.dateline.time or dt.time())
        if self.dateline.utc_offset is not None:
            moment = moment.replace(tzinfo=dt.timezone(self.dateline.utc_offset))
        return moment


# --- reading ---------------------------------------------------------------------------------


def _too_large(size: int, max_bytes: int) -> Problem:
    return Problem("KL001", f"file is {size} bytes, over the limit of {max_bytes}",
                   data={"reason": "too-large", "bytes": size, "limit": max_bytes},
                   hint="split the file, or raise the limit with --max-bytes or [tool.klaim] max-bytes")


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | Problem:
    """The bytes of a regular file, reading at most ``max_bytes + 1`` of them, or why not.

    A file over the limit is refused by its size before anything is read. Folders, pipes and
    devices are refused too, and the file is opened without blocking, so a FIFO named as an
    article cannot hang the run.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except IsADirectoryError:
        return Problem("KL001", "is a folder, not a file", data={"reason": "folder"},
                       hint="name the article or claims file itself")
    except OSError as error:
        return Problem("KL001", f"cannot be read: {error.strerror or error}", data={"reason": "os-error"},
                       hint="check that the file exists, is readable, and is not a broken or looping symlink")
    except ValueError as error:  # a NUL in the path
        return Problem("KL001", f"cannot be read: {error}", data={"reason": "os-error"},
                       hint="check the file name")
    try:
        mode = os.fstat(descriptor)
        if stat.S_ISDIR(mode.st_mode):
            return Problem("KL001", "is a folder, not a file", data={"reason": "folder"},
                           hint="name the article or claims file itself")
        if not stat.S_ISREG(mode.st_mode):
            return Problem("KL001", "is not a regular file (a pipe, socket or device)",
                           data={"reason": "not-a-file"}, hint="name a text file saved in the repository")
        if mode.st_size > max_bytes:
            return _too_large(mode.st_size, max_bytes)
        raw = _read_to_limit(descriptor, mode.st_size, max_bytes + 1)
    finally:
        os.close(descriptor)
    if len(raw) > max_bytes:  # the file grew after it was measured
        return _too_large(len(raw), max_bytes)
    return raw


_GROWTH_CHUNK = 64 * 1024


def _read_to_limit(descriptor: int, size: int, limit: int) -> bytes:
    """An open file's bytes, read until it ends or ``limit`` bytes have been read.

    The first read asks for the size ``fstat`` gave plus one byte, not for ``limit``: a read
    allocates what it asks for, and the limit is megabytes for a file of a few kilobytes. A file
    that grew since (or reports no size, as /proc files do) is read on in chunks, up to the limit.
    """
    chunks = []
    total = 0
    want = min(size + 1, limit)
    while total < limit:
        chunk = os.read(descriptor, want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total == size and size:
            break  # all that fstat promised, and a short read: the end (one read per file, not two)
        want = min(limit - total, _GROWTH_CHUNK)
    return b"".join(chunks)


def decode(raw: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str | Problem:
    """Decode UTF-8 (BOM dropped) or say, with a location, why the bytes are not readable text."""
    if len(raw) > max_bytes:
        return _too_large(len(raw), max_bytes)
    nul = raw.find(b"\0")
    if nul != -1:
        line, column = _byte_position(raw, nul)
        return Problem("KL001", "file contains a NUL byte: it is binary, not text", line, column,
                       data={"reason": "binary", "byte_offset": nul},
                       hint="check that the path names the text of the article or claims")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_position(raw, error.start)
        return Problem("KL001", f"file is not valid UTF-8 (byte 0x{raw[error.start]:02x})",
                       line, column, data={"reason": "encoding", "byte_offset": error.start},
                       hint="re-save the file as UTF-8")
    return text.removeprefix("\ufeff")


def _byte_position(raw: bytes, byte_offset: int) -> tuple[int, int]:
    # Columns count code points of the decoded text, which has no BOM.
    before = raw[:byte_offset].decode("utf-8", errors="replace").removeprefix("\ufeff")
    return LineIndex(before).position(len(before))


# --- dateline --------------------------------------------------------------------------------

_ZONES: dict[str, int] = {
    "wib": 7 * 60, "wita": 8 * 60, "wit": 9 * 60, "utc": 0, "gmt": 0, "z": 0,
    "est": -5 * 60, "edt": -4 * 60, "cst": -6 * 60, "cdt": -5 * 60, "mst": -7 * 60,
    "mdt": -6 * 60, "pst": -8 * 60, "pdt": -7 * 60, "akst": -9 * 60, "akdt": -8 * 60,
    "hst": -10 * 60, "bst": 60, "cet": 60, "cest": 120, "wet": 0, "west": 60, "eet": 120,
    "eest": 180, "jst": 9 * 60, "kst": 9 * 60, "sgt": 8 * 60, "myt": 8 * 60,
    "pht": 8 * 60, "hkt": 8 * 60, "ict": 7 * 60, "ist": 5 * 60 + 30, "pkt": 5 * 60,
    "eat": 3 * 60, "cat": 2 * 60, "wat": 60, "sast": 2 * 60, "msk": 3 * 60,
    "aest": 10 * 60, "aedt": 11 * 60, "acst": 9 * 60 + 30, "acdt": 10 * 60 + 30, "awst": 8 * 60,
    "nzst": 12 * 60, "nzdt": 13 * 60,
}
# Zones that follow US daylight saving: standard offset, then the rule below.
_US_GENERIC = {"et": -5 * 60, "ct": -6 * 60, "mt": -7 * 60, "pt": -8 * 60}

_TIME = re.compile(
    r"(?<!\d)(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?",
    re.IGNORECASE)
_LEADING_TIME = re.compile(
    r"(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?(?:\s+(?:WIB|WITA|WIT|UTC|GMT))?)"
    r"(?:\s+(?:on|pada)\s+|\s*[,|/-]?\s+)(?=\w)", re.IGNORECASE)  # ("4:45 pm on 6 March 2024")
_OFFSET = re.compile(r"(?:utc|gmt)?\s*(?P<sign>[+\-−])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?(?!\d)",
                     re.IGNORECASE)
_ZONE_NAME = re.compile(r"\b(?P<zone>[a-z]{1,4})\b\.?", re.IGNORECASE)
_ISO = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?:[T ](?P<rest>.*))?$")
"""A date that starts with its year: ISO 8601, or with slashes or dots (``2017/11/02``), always
year, month, day."""
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})(?!\d)")
_PARENTHESISED_DATE = re.compile(r"\((?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2}))\)(?!\d)")
"""A numeric date with its year in parentheses, after a weekday: ``Senin (6/5/2024)``."""
_PART = r"(?:\s*[-\u2013]\s*|\s+)"
"""Between the parts of a date with a month name: spaces, or a dash (``June - 14 - 2023``)."""
_DAY_MONTH_YEAR = re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?{_PART}(?P<mon>[^\W\d_]+)\.?,?"
                             rf"(?:{_PART})?(?P<y>\d{{4}})")
"""A day, a month's name and a year; the year may be glued to the name (``11 Jun2019``: letters
then digits part without doubt, as a day glued to a year, ``Apr 122009``, does not)."""
_MONTH_DAY_YEAR = re.compile(rf"(?P<mon>[^\W\d_]+)\.?{_PART}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?{_PART}(?P<y>\d{{4}})")


def _us_dst(day: dt.date) -> bool:
    """US daylight saving time (since 2007): second Sunday of March to first Sunday of November."""
    march = dt.date(day.year, 3, 8)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    november = dt.date(day.year, 11, 1)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return start <= day < end


def own_zone(dateline: Dateline | None, lang: str = "") -> Callable[[str], bool] | None:
    """Whether a zone's name (``WIB``, ``ET``) is the dateline's own zone, the same offset on the
    dateline's day; when the dateline gives no zone, whether it is a zone of the country the
    article's language is written in (lexicon ``home_zones``: ``WIB``, ``WITA``, ``WIT``), which
    dates its story as the text does; None when there is neither."""
    if dateline is None or dateline.utc_offset is None or dateline.date is None:
        home = folded_words(lang, "home_zones") if lang else frozenset()  # (read once per language)
        return (lambda name: name.strip().rstrip(".").casefold() in home) if home else None
    offset, day = dateline.utc_offset, dateline.date
    return lambda name: _zone_after(name, day)[0] == offset


def _zone_after(text: str, day: dt.date) -> tuple[dt.timedelta | None, str | None]:
    text = text.strip().lstrip(",").strip()
    offset = _OFFSET.match(text)
    if offset:
        sign = -1 if offset["sign"] in "-−" else 1
        minutes = int(offset["h"]) * 60 + int(offset["m"] or 0)
        return dt.timedelta(minutes=sign * minutes), offset.group(0).strip()
    name = _ZONE_NAME.match(text)
    if name:
        key = name["zone"].lower()
        if key in _ZONES:
            return dt.timedelta(minutes=_ZONES[key]), name["zone"]
        if key in _US_GENERIC:
            minutes = _US_GENERIC[key] + (60 if _us_dst(day) else 0)
            return dt.timedelta(minutes=minutes), name["zone"]
    return None, None


def _time_after(text: str) -> tuple[dt.time | None, str]:
    found = _TIME.search(text[:20])
    if not found or text[: found.start()].strip(" ,-–|/") not in ("", "pukul", "jam", "at", "pkl", "pkl."):
        return None, text
    hour = int(found["h"])
    ampm = (found["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return dt.time(hour, int(found["m"]), int(found["s"] or 0)), text[found.end():]


ParsedDateline = tuple[dt.date, dt.time | None, dt.timedelta | None, str | None]


_HIJRI_BEFORE = re.compile(r"\d{1,2}\s+[^\W\d_][\w'’ -]{2,20}?\s+1[34]\d\d(?:\s*H\.?)?\s*/\s*(?=\d)")
"""A Hijri date (its year 1300 to 1499), then a slash before the Gregorian date."""


def parse_dateline_value(value: str, lang: str) -> ParsedDateline | None:
    """Parse the part of a dateline after its keyword; None when no date can be read."""
    value = value.strip()
    names = calendar_names(lang)
    day: dt.date | None = None
    rest = ""
    # A time printed before the date ("09:11, August 19, 2011") is read after it.
    lead = _LEADING_TIME.match(value)
    if lead:
        value = value[lead.end():] + " " + lead.group("time")
    try:
        iso = _ISO.match(value)
        if iso:
            day = dt.date(int(iso["y"]), int(iso["mo"]), int(iso["d"]))
            rest = iso["rest"] or ""
            if rest and not rest[:1].isdigit():
                rest = " " + rest
        else:
            # A leading weekday name ("Senin, 24 Juni 2024") is not part of the date.
            head = re.match(r"[^\W\d_]+(?:['’][^\W\d_]+)?\.?(?:,\s*|\s+)", value)  # ("Wed,Mar 06 2024" too)
            if head and names.weekday(head.group(0).strip(" ,")) is not None:
                value = value[head.end():]
                # The date in parentheses after its weekday, as a lead gives it: "Senin (6/5/2024)".
                inside = _PARENTHESISED_DATE.match(value)
                if inside:
                    value = inside["date"] + value[inside.end():]
            # The Hijri date before the Gregorian one and a slash: "12 Sya'ban 1438/9 Mei 2017".
            hijri = _HIJRI_BEFORE.match(value)
            if hijri:
                value = value[hijri.end():]
            numeric = _NUMERIC.match(value)
            named = _DAY_MONTH_YEAR.match(value) or _MONTH_DAY_YEAR.match(value)
            if numeric:
                first, second = int(numeric["a"]), int(numeric["b"])
                d, m = (first, second) if names.day_first else (second, first)
                year = int(numeric["y"])
                year += 2000 if year < 100 else 0
                day = dt.date(year, m, d)
                rest = value[numeric.end():]
            elif named:
                month = names.month(named["mon"])
                if month is None:
                    return None
                day = dt.date(int(named["y"]), month, int(named["d"]))
                rest = value[named.end():]
    except ValueError:
        return None
    if day is None:
        return None
    time, rest = _time_after(rest.lstrip(", "))
    if time is None and lead:  # a zone after the date, before the moved time: "16:45 on 6 March 2024 GMT"
        time = _time_after(lead.group("time"))[0]
    offset, zone = _zone_after(rest, day)
    return day, time, offset, zone


# A publication date outside these years is a typo (0024, 20245), not a date to reason from: the
# time checks count days and years around it, which near year 1 or 9999 leaves the calendar.
MIN_YEAR, MAX_YEAR = 1000, 2999


def _plausible(day: dt.date) -> bool:
    return MIN_YEAR <= day.year <= MAX_YEAR


def _unreadable(what: str, parsed: ParsedDateline | None) -> str:
    if parsed is None:
        return f"{what} could not be read as a date"
    return f"{what} gives the year {parsed[0].year}, outside {MIN_YEAR}-{MAX_YEAR}"


def parse_iso_published(value: str) -> ParsedDateline | None:
    """Parse Markdown front matter ``published`` (ISO 8601, offset recommended)."""
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    only_date = len(value.strip()) <= 10
    return moment.date(), None if only_date else moment.time().replace(tzinfo=None), moment.utcoffset(), None


# --- language --------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text: str, candidates: Sequence[str], dateline_word: str | None = None) -> str:
    """Pick the candidate language with the most evidence (cheap: counts over the first words).

    Evidence: the dateline keyword (weighted), function words, and weekday/month names. Ties go
    to the first candidate, so the configured order is the default.
    """
    words = _WORD.findall(text[:20000].lower())[:3000]
    best, best_score = candidates[0], -1.0
    for lang in candidates:
        function_words, keywords = _language_words(lang)
        score = float(sum(map(function_words.__contains__, words)))  # (counted at C speed)
        if dateline_word and dateline_word.lower() in keywords:
            score += 10
        if score > best_score:
            best, best_score = lang, score
    return best


@functools.lru_cache(maxsize=64)
def _language_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """A language's function words and dateline keywords, as sets (read once per language)."""
    lex = lexicon(lang)
    return frozenset(lex.get("function_words", ())), frozenset(lex.get("dateline_keywords", ()))


# --- structure -------------------------------------------------------------------------------

_HEADING_MAX_WORDS = 8
_TITLE_HEADING_MAX_WORDS = 16
"""The most words of a heading in title case (every word of four letters or more after the first
capitalised; :func:`title_case`): a headline, unpunctuated, no sentence of prose."""
_FINAL_PUNCTUATION = tuple('.!?:;,"\'”’»)…')


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(1-based line, start, end) of each line, without its break."""
    out = []
    start = 0
    if "\r" not in text:  # LF breaks only (the usual case): ``str.split`` finds them at C speed
        for number, line in enumerate(text.split("\n"), 1):
            end = start + len(line)
            out.append((number, start, end))
            start = end + 1
        return out
    number = 1
    for brk in LINE_BREAK.finditer(text):
        out.append((number, start, brk.start()))
        start = brk.end()
        number += 1
    out.append((number, start, len(text)))
    return out




_Boilerplate = tuple[tuple[str, ...], frozenset[str], int, frozenset[str], "re.Pattern[str] | None",
                     "re.Pattern[str] | None", tuple[str, ...]]
"""The starts of navigation lines ("baca juga", "read more") and the whole lines that are
boilerplate ("advertisement"), lower-case (``boilerplate_prefixes``, ``boilerplate_lines``), and
how long such a line can be with the bullets and dashes around it, the calls to action
("klik", "join") that make a line with a web address a promotion, the calls to read the site's
own policy pages ("read our privacy policy"; ``boilerplate_policies``) that make a short line
its notice, the calls to share the story (``boilerplate_share_calls``) that do so near the
line's start, and the calls that end a short line that is a link (``boilerplate_link_ends``:
``… Click here``)."""
_NO_BOILERPLATE: _Boilerplate = ((), frozenset(), 0, frozenset(), None, None, ())
_LINK_LINE_WORDS = 12
"""The most words of a line that ends with a link's call (``… Click here``)."""
_SHARE_CALL_LEAD = 24
"""How far into a line a call to share the story may start (after "Quickly", "Enjoyed this
story?"); farther on, the line tells of a message's call (a hoax's "… segera bagikan berita ini")."""
_POLICY_LINE_WORDS = 50
"""The most words of a line that is a site's notice calling the reader to its policy pages or
for money (a news paragraph that cites a policy runs longer)."""
_SHARE_LINE_WORDS = 30
"""The most words of a line that is a share widget's call."""
_BOILERPLATE_MARGIN = 12
"""Characters of bullets, dashes and spaces a boilerplate line may carry ("- Advertisement -")."""
_BOILERPLATE_TRIM = " \t.:|*-–—_·•»«()[]"
_BULLETS = "-*•>»"


_LINKED_SITE = re.compile(r"\((?:www\.)?[a-z0-9-]{3,}(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\)\Z")
"""A web site's name in parentheses ending a list's item: the item links to a page there (a
label of three characters or more before its domain: not a degree, ``(s.pd)``)."""
_LINKED_SITE_REACH = 80
_ENTRY_TIME = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}(?!\d)|(?<!\d)\d{1,2}[.:]\d{2}(?!\d)")
"""A numeric date or a clock time (``14/5``, ``02.00``): a timeline's entry, no link's title."""


def _short_notice(lowered: str, most: int = _POLICY_LINE_WORDS) -> bool:
    """Whether a line is short enough for a site's notice (``most`` words at most) and quotes no
    one."""
    return DOUBLE_MARK_SET.isdisjoint(lowered) and len(lowered.split(None, most)) <= most


def _is_boilerplate(lowered: str, boilerplate: _Boilerplate) -> bool:
    """Whether a stripped, lower-cased line is a site's navigation or advertising line: it starts
    with a navigation phrase as whole words ("Baca juga: …", "Also Read | …", after a list
    bullet too), it is a list's item with no numeric date or time that ends with a site's name in parentheses
    (a link: "* Paper retracts error (example.com)"), it is one of the boilerplate lines
    ("ADVERTISEMENT", "- Advertisement -") and nothing else, or it gives a web address with a call
    to action ("klik", "join"), or is one alone (an embedded post: "https://twitter.com/…")."""
    prefixes, lines, longest, calls, policies, shares, ends = boilerplate
    if lowered.startswith(("http://", "https://", "www.")) and _BARE_ADDRESS.fullmatch(lowered):
        return True  # a web address alone, an embedded post's: "https://twitter.com/…/status/…"
    if ends and lowered.rstrip(" .!»>→").endswith(ends) and _short_notice(lowered, _LINK_LINE_WORDS):
        return True  # "+Looking for more live video? Click here": a link
    if calls and ("http://" in lowered or "https://" in lowered or "www." in lowered) and \
            not calls.isdisjoint(re.findall(r"[^\W\d_]+", lowered)):
        return True  # "Gabung di grup kami, caranya klik link https://…": a promotion
    if policies is not None and policies.search(lowered) and not lowered.startswith(("'", "‘")) \
            and _short_notice(lowered):
        return True  # "We care about the protection of your data. Read our Privacy Policy."
    if shares is not None and (share := shares.search(lowered, 0, _SHARE_CALL_LEAD + 40)) is not None \
            and share.start() <= _SHARE_CALL_LEAD and ":" not in lowered[:share.start()] \
            and not any(c.isdigit() for c in lowered) and _short_notice(lowered, _SHARE_LINE_WORDS):
        # "Quickly share this news with your network—keep everyone informed …!" (not a hoax's
        # words after a label, "Narasi: Segera bagikan berita ini, …", nor a line with a date)
        return True
    if lowered and lowered[0] in _BULLETS:
        site = _LINKED_SITE.search(lowered, max(0, len(lowered) - _LINKED_SITE_REACH))
        if site is not None and _ENTRY_TIME.search(lowered, 0, site.start()) is None:
            # a list's link to another page: "* Paper retracts error (example.com)" (not an entry
            # of a timeline that cites its source: "- Sungai meluap Rabu (14/5) pukul 02.00 (bpbd.go.id)")
            return True
        lowered = lowered.lstrip(_BULLETS + " ")
    if prefixes and lowered.startswith(prefixes):
        for prefix in prefixes:
            if lowered.startswith(prefix) and (
                    len(lowered) == len(prefix) or not prefix[-1].isalnum()
                    or not (lowered[len(prefix)].isalnum() or lowered[len(prefix)] == "_")):
                return True
    # (A paragraph, longer than any such line with its dashes, is not copied to be stripped.)
    return len(lowered) <= longest and lowered.strip(_BOILERPLATE_TRIM) in lines


_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
"""A web address and nothing else on its line."""


def _kind(line: str, prefixes: Sequence[str], boilerplate: _Boilerplate = _NO_BOILERPLATE,
          minor: frozenset[str] = frozenset()) -> str:
    """A block's kind: a caption starts like one (``prefixes``) or ends with a credit that does
    (``(Photo by …)``, or after its last sentence: ``Foto: Dewi Lestari/Kabar``), a
    boilerplate line is a site's navigation or advertising (see ``_is_boilerplate``), a heading
    is short and unpunctuated (or longer, up to ``_TITLE_HEADING_MAX_WORDS``, in title case: a
    headline; ``minor``, the language's words a title leaves in lower case, lexicon
    ``title_minor_words``: ``… Parkir Liar yang Bikin Macet``; so is a headline in title case
    that exclaims or asks, with no quotation mark), and leaves no quotation open."""
    stripped = line.strip()
    lowered = stripped.lower()
    if lowered.startswith(tuple(prefixes)) or lowered.startswith("!["):
        return "caption"
    credit = _CREDIT_AT_END.search(lowered)
    if credit is not None and (credit.group(1).startswith(tuple(prefixes))
                               or ("(" + credit.group(1)).startswith(tuple(prefixes))):
        return "caption"  # a photo's subject and its credit: "Sam Lee (Photo by Jane Doe/Getty Images)"
    if ":" in lowered[-_CREDIT_TAIL:] and _credit_sentence(stripped, lowered, prefixes):
        return "caption"  # "Parman menjahit sepatu. Foto: Dewi Lestari/Kabar"
    if _is_boilerplate(lowered, boilerplate):
        return "boilerplate"
    if stripped.startswith("#"):
        return "heading"
    # Counting words only up to one past the limit: a paragraph is not split into all of them.
    if not stripped.endswith(_FINAL_PUNCTUATION):
        words = stripped.split(None, _TITLE_HEADING_MAX_WORDS)
        if (len(words) <= _HEADING_MAX_WORDS
                or (len(words) <= _TITLE_HEADING_MAX_WORDS and title_case(words, minor))) \
                and _SENTENCE_INSIDE.search(stripped) is None and not _open_quotation(stripped):
            # (a longer headline in title case too: "Harisson Minta OPD Perbaiki SOP dan Temuan
            # BPK: Jangan Sampai Berulang", another story's under "Recent Posts"; not a line that
            # leaves a quotation open: "“Tersangka kami tangkap di")
            return "heading"
    elif stripped.endswith(("!", "?")):
        # a headline that exclaims or asks, in title case ("Ultimatum Kepala BKPM: Jangan Sampai
        # Aparat Persulit Investor!"; audit round 132)
        words = stripped.split(None, _TITLE_HEADING_MAX_WORDS)
        if _HEADLINE_MIN_WORDS <= len(words) <= _TITLE_HEADING_MAX_WORDS and title_case(words, minor) \
                and _SENTENCE_INSIDE.search(stripped) is None and not _open_quotation(stripped) \
                and DOUBLE_MARK_SET.isdisjoint(stripped):
            return "heading"
    return "paragraph"


_HEADLINE_MIN_WORDS = 4
"""The fewest words of a headline that ends with an exclamation or a question mark."""


_CREDIT_AT_END = re.compile(r"\(([^()]{3,120})\)\s*(?:(?<=[\s)])[\"”]\s*)?\Z")
"""A closing parenthesis that may hold a photo credit (a caption prefix opens it), perhaps inside
the closing mark of a caption printed in quotation marks (``"Warung Lama tetap dicintai … (Foto:
Gandhi Wasono M) "``)."""
_CREDIT_TAIL = 80
"""The most characters of a credit that ends a caption's sentences (``Foto: Dewi Lestari/Kabar``)."""
_CREDIT_WORDS = 8
_CAPTION_LENGTH = 300
"""The most characters of a caption before its credit (a sentence or two): prose runs longer."""
_CAPTION_SENTENCE = re.compile(r"[a-z0-9)][.!?][\"”’]?\s+[A-Z\"“]")
"""A sentence's end inside a block (``… sepeda. Kakek …``; an abbreviation's full stop counts
too, ``Dr. Jane``): a caption before its credit holds one or two sentences."""


def _credit_sentence(block: str, lowered: str, prefixes: Sequence[str]) -> bool:
    """Whether a lower-cased block ends with a credit after its last sentence: a caption prefix
    with a colon (``foto:``, ``photo:``) after a sentence's end, no further than a caption runs
    (``_CAPTION_LENGTH``, two sentences at most, no quotation marks: prose that quotes someone
    and then credits a photo stays prose), then a few words
    (``_CREDIT_WORDS``: ``Foto: ANTARA/M. Risyal Hidayat``). Prose goes on for longer."""
    for prefix in prefixes:
        if not prefix.endswith(":"):
            continue
        at = lowered.rfind(prefix, max(0, len(lowered) - _CREDIT_TAIL))
        if at <= 0 or at > _CAPTION_LENGTH or not lowered[at - 1].isspace() \
                or not lowered[:at].rstrip().endswith((".", "!", "?")):
            continue
        if len(block) != len(lowered):
            return False  # (lower-casing changed the length, "İ": offsets would not agree)
        credit = lowered[at + len(prefix):]
        if 0 < len(credit.split()) <= _CREDIT_WORDS and not any(mark in lowered[:at] for mark in DOUBLE_MARKS) \
                and len(_CAPTION_SENTENCE.findall(block, 0, at)) <= 1:
            return True
    return False


_SENTENCE_INSIDE = re.compile(r"(?<![^\W\d_])[a-z]{3,}[.!?]\s+[A-Z]")
"""A sentence that ends inside a line (``… korsleting listrik. Kerugian di``): prose broken by a
hard line break, not a heading (``Prof. H. Amin``: a capitalised abbreviation ends no sentence)."""


@functools.lru_cache(maxsize=64)
def _caption_prefixes(lang: str) -> tuple[str, ...]:
    return with_english(lang, "caption_prefixes")


@dataclass(frozen=True)
class _OpinionWords:
    """What marks a piece as opinion in a language (each list with English's, from the lexicon)."""

    labels: tuple[str, ...]
    """Title labels (``opinion_labels``: ``opinion:``, ``tajuk rencana``)."""
    first_person: frozenset[str]
    """The language's own first person singular (``first_person_singular``: ``saya``), folded."""
    disclaimer_leads: frozenset[str]
    """The words that may stand before a disclaimer in its line (``disclaimer_leads``: ``isi``,
    ``tulisan``, ``catatan``), folded."""
    disclaimers: tuple[str, ...]
    """Words of a note at the foot that the writer answers for the piece, anywhere in a short
    line (``opinion_disclaimers``: ``sepenuhnya tanggung jawab penulis``), folded."""
    address_words: frozenset[str]
    """The words that open a street address (``address_words``: ``jl``, ``jalan``), folded: a
    letter's signature holds one on the line under the name."""
    standfirst_verbs: frozenset[str]
    """Verbs of writing that end a standfirst before the writer's name (``standfirst_byline_verbs``:
    ``writes``), folded."""
    standalone: frozenset[str]
    """Rubrics that are labels only alone: the whole title or a block of the body's head
    (``standalone_labels``: ``resonansi``), folded."""
    openings: tuple[str, ...]
    """A letter's first words (``opinion_openings``)."""
    salutations: tuple[str, ...]
    """A letter's salutation on a line of its own (``letter_salutations``)."""
    notes: tuple[str, ...]
    """A note on the writer (``opinion_notes``: ``penulis adalah``)."""
    bylines: tuple[str, ...]
    """Words that open a byline (``byline_words``: ``oleh``, ``by``)."""
    roles: frozenset[str]
    """Roles, one of which opens a columnist's post (``role_nouns``, ``writer_posts``)."""
    newsroom: frozenset[str]
    """Newsroom jobs, which make a staff byline (``newsroom_jobs``)."""
    honorifics: frozenset[str]
    """Honorifics, folded, without a full stop (``honorifics``: ``pak``, ``mr``)."""
    bureaus: frozenset[str]
    """A news bureau's words (``bureau_words``: ``biro``): a post after a comma that holds one is
    a staff byline's (``Kepala Biro Sukamaju``)."""
    academic_titles: frozenset[str]
    """Academic titles, folded, without a full stop (``academic_titles``: ``prof``): a byline
    that carries one is a guest's."""
    degrees: frozenset[str]
    """The degrees after a name, folded, without full stops (``name_degrees``: ``phd``, ``msi``)."""
    byline_heads: frozenset[str]
    """The byline's words, folded, without a colon (``byline_words``: ``oleh``, ``penulis``)."""
    credit_words: frozenset[str]
    """The byline's words written with their colon, folded (``penulis:``, ``author:``): a credit,
    which a staff writer's page prints too."""
    bureau_offices: frozenset[str]
    """Words right after a bureau's word that make it a government's office (``bureau_offices``:
    ``hukum``, ``of``): no news bureau."""
    government_words: frozenset[str]
    """Words of a government anywhere in a post (``government_words``: ``setda``)."""
    clause_words: frozenset[str]
    """Words of a clause (``clause_words``: ``had``, ``telah``): a byline's post holds none."""
    post_place: re.Pattern[str] | None
    """A post's place (``post_place_prepositions`` before a capitalised word: ``… at Westbrook
    College``, ``… di Universitas …``); a headline that opens with a role names none."""
    masthead_labels: frozenset[str]
    """Labels that may follow the masthead's words on the headline under it (``masthead_labels``:
    ``comment:``)."""
    outlet_labels: frozenset[str]
    """Labels that may follow an outlet's name in a title (``outlet_labels``: ``editorial:``)."""
    editorial_boards: tuple[str, ...]
    """Names of an outlet's editorial board, a byline's whole (``editorial_boards``)."""
    closing_labels: frozenset[str]
    """Labels that may close a title after a spaced dash or a bar (``closing_labels``: ``our view``)."""
    outlet_words: frozenset[str]
    """Words that end a newspaper's name (``outlet_name_words``: ``Inquirer``, ``Times``)."""
    section_lines: tuple[str, ...]
    """Words that open a line naming the page's sections (``section_lines``: ``published in``)."""
    view_words: frozenset[str]
    """Words of an outlet's view after its name at a title's head (``outlet_view_words``: ``view``)."""
    view_openers: frozenset[str]
    """Words that open a column's name before a view word (``outlet_view_openers``: ``morning``)."""
    self_references: re.Pattern[str] | None
    """The piece naming itself a column (``opinion_self_references``: ``this column``), as whole
    words in any case; None when the language has none."""


def newsroom_jobs(lang: str) -> frozenset[str]:
    """The lexicon's ``newsroom_jobs`` of ``lang`` and English: jobs that make a staff byline."""
    return _opinion_words(lang).newsroom


def writer_post(line: str, lang: str) -> bool:
    """Whether ``line`` is only a writer's post (:func:`_post_alone`: ``Ketua Forum Wartawan
    Olahraga Sukamaju``, ``Dosen Fakultas Hukum …``; a role of ``lang``'s lexicon or English's
    opens it, no newsroom job is in it)."""
    words = _opinion_words(lang)
    return _post_alone(line, words.roles, words.newsroom)


@functools.lru_cache(maxsize=64)
def byline_words(lang: str) -> frozenset[str]:
    """The lexicon's ``byline_words`` of ``lang`` and English (``by``, ``oleh``, ``penulis:``),
    folded and without their colon."""
    return frozenset(word.casefold().rstrip(":") for word in _opinion_words(lang).bylines)


@functools.lru_cache(maxsize=64)
def _opinion_words(lang: str) -> _OpinionWords:
    return _OpinionWords(
        labels=tuple(sorted(with_english(lang, "opinion_labels"))),
        standalone=frozenset(word.casefold() for word in with_english(lang, "standalone_labels")),
        standfirst_verbs=frozenset(word.casefold() for word in with_english(lang, "standfirst_byline_verbs")),
        address_words=frozenset(word.casefold() for word in with_english(lang, "address_words")),
        disclaimers=tuple(sorted(phrase.casefold() for phrase in with_english(lang, "opinion_disclaimers"))),
        disclaimer_leads=frozenset(word.casefold() for word in with_english(lang, "disclaimer_leads")),
        # (the language's own: English "I" opens a Balinese name, "I Wayan Sudarsa")
        first_person=frozenset(word.casefold() for word in lexicon(lang).get("first_person_singular", ())),
        openings=tuple(sorted(with_english(lang, "opinion_openings"))),
        salutations=tuple(sorted(with_english(lang, "letter_salutations"))),
        notes=tuple(sorted(with_english(lang, "opinion_notes"))),
        bylines=tuple(sorted(with_english(lang, "byline_words"))),
        roles=frozenset((*with_english(lang, "role_nouns"), *with_english(lang, "writer_posts"))),
        newsroom=frozenset(with_english(lang, "newsroom_jobs")),
        honorifics=frozenset(word.casefold().rstrip(".") for word in with_english(lang, "honorifics")),
        bureaus=frozenset(word.casefold() for word in with_english(lang, "bureau_words")),
        bureau_offices=frozenset(word.casefold() for word in with_english(lang, "bureau_offices")),
        government_words=frozenset(word.casefold() for word in with_english(lang, "government_words")),
        clause_words=frozenset(word.casefold() for word in with_english(lang, "clause_words")),
        academic_titles=frozenset(word.casefold().replace(".", "") for word in with_english(lang, "academic_titles")),
        degrees=frozenset(word.casefold().replace(".", "") for word in with_english(lang, "name_degrees")),
        byline_heads=frozenset(word.casefold().rstrip(":") for word in with_english(lang, "byline_words")),
        credit_words=frozenset(word.casefold() for word in with_english(lang, "byline_words") if word.endswith(":")),
        post_place=_post_place_pattern(with_english(lang, "post_place_prepositions")),
        outlet_labels=frozenset(with_english(lang, "outlet_labels")),
        masthead_labels=frozenset(with_english(lang, "masthead_labels")),
        editorial_boards=tuple(with_english(lang, "editorial_boards")),
        closing_labels=frozenset(with_english(lang, "closing_labels")),
        outlet_words=frozenset(word.casefold() for word in with_english(lang, "outlet_name_words")),
        section_lines=tuple(sorted(with_english(lang, "section_lines"))),
        view_words=frozenset(word.casefold() for word in with_english(lang, "outlet_view_words")),
        view_openers=folded_words(lang, "outlet_view_openers"),
        self_references=phrase_pattern(with_english(lang, "opinion_self_references")))


DOUBLE_MARK_SET = frozenset(DOUBLE_MARKS)
"""Double quotation marks: an even number of them before a phrase leaves it outside quotation."""
_AFFILIATION = re.compile(r"\(\s*[^\W\d_][^()\n]{2,80}\)")
"""A writer's post in parentheses by a byline: ``(Guru SMA Negeri 1 Kota Baru)``; it opens
with a role noun of the lexicon, and ends the block but for a mark or a date (:func:`_after_post`)."""
_AFTER_POST = " \t.*"
"""What may follow a writer's post in parentheses on the byline's line (or a date after a dash or
a bar: :func:`_after_post`)."""


def _after_post(rest: str, lang: str) -> bool:
    """Whether ``rest``, after a writer's post in parentheses, is nothing but a mark or a date
    after a dash or a bar (``(Dosen FISIP …) - 3 Maret 2021``): a byline's, no sentence's."""
    rest = rest.strip(_AFTER_POST)
    if not rest:
        return True
    dated = rest.lstrip("-–—| \t")
    return dated != rest and any(_whole_date(dated, name) for name in dict.fromkeys([lang, "id", "en"]))
_DASHED_POST = re.compile(r"(?:\s[-–—]\s+|\s*,\s*)([^\W\d_][^\n]{2,80}?)\s*\Z")
"""A writer's post after a spaced dash or a comma by a byline: ``– Ketua LBH Sinar Keadilan``,
``,Dokter Spesialis di RS …``; it opens with a role noun of the lexicon."""
_HEAD_DASH = re.compile(r"\A([^:\-–—|]{1,32}?)\s+[-–—]\s+")
"""A title's head closed by a spaced dash, as by a colon (``In Our Opinion - …``)."""
_LABEL_OVER_NAME = re.compile(r"(?P<label>[^\W\d_][^:\-–—|]{0,31}?)\s*(?:\s[-–—]|:|\|)\s+"
                              r"(?P<name>@?[^\W\d_][\w.'’@ -]*)")
"""A label, a separator and a name on one line (``penulis opini - @rofiq bib hasan``, folded)."""
_TITLE_SEPARATOR = re.compile(r"\s[-–—/]+\s|\s*\|\s*")
"""A spaced dash or slash, or a bar, between a title's parts (``… — Our View``, ``… | Opinion |
The Paper``, ``2018-12-05 / Editorial``)."""
_SPACED_HEAD_COLON = re.compile(r"\A([^:\n]{1,31}?)\s+:(?=\s)")
"""A title's head with a space before its colon (``OPINI : …``), as typed on many sites."""
_LABEL_HEAD = 32
"""The most characters before the colon of a title's label (``In Our Opinion:``)."""
_LABEL_HEAD_WORDS = 3
_HEADLINE_REACH = 4
"""How many of the body's first blocks may be the headline under a masthead read as the title."""
_HEADLINE_WORDS = 20
"""The most words of such a headline."""
_LEDE_WORDS = 60
"""The fewest words of a first line that is no headline but the story's first paragraph."""
_STATED_LEDE_WORDS = 30
"""The fewest words of such a line that ends a statement (``… the clerk said.``)."""
_ENDS_LEDE = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}[.!?…]['\"’”)]*\s*\Z")
"""A line that ends a sentence: a word and its mark, perhaps a closing quotation mark."""
_LABEL_HEAD_OPENERS = frozenset({"in", "our", "my", "guest", "reader", "readers", "reader's", "readers'",
                                 "weekend", "sunday", "the", "a"})
"""The words that may stand before a label in a title's head (``In Our Opinion:``)."""
BYLINE_NAME_WORDS = 5
"""The most words of the name in a column's byline."""
_BYLINE_NAME = re.compile(r"[^\W\d_][\w'’.,-]*(?:\s+[^\W\d_][\w'’.,-]*){0,4}")
"""A name of up to five words, degrees too (``Rina Hartati, M.Pd``); each must be capitalised."""
_NOTE_MARK = re.compile(r"\s*\*+\)?\Z")
"""The mark after a byline's name that points to a note on the writer at the foot (``*``, ``*)``)."""
_NOTE_END = 2
"""How many body paragraphs at the end of an article may hold a note on the writer."""
_NOTE_WORDS = 40
"""The most words of a note on the writer."""
_NOTE_REACH = 5
"""How many body blocks at the head of an article may hold a column's byline (a site may print a
line or two before it)."""
_SITE_LINE_WORDS = 3
"""The most words of a site's short line under a piece (``Franchise``, ``Bagikan``)."""
_HEAD_BLOCKS = 12
"""The most blocks of short headings at the body's head a byline may stand under."""


_DATED_OPENING = re.compile(r"[^\W_][\w.,/ ]{0,18}?\s[—–-]\s*(?=\S)")
"""A date before a spaced dash at the head of a letter (``Nov. 15 — To the Editor:``)."""
_SALUTATION_WORDS = 12
"""The most words of a salutation line (``Yth. Bapak Sugiri Sancoko, Bupati Ponorogo tercinta,``)."""
_OPENING_REACH = 2
"""How many blocks at the body's head may open a letter (``Yth. Bapak Bupati,`` after a
standfirst that introduces the letter)."""


def ends_head(block: Paragraph) -> bool:
    """Whether a block of the body ends the page's head, as its story's first paragraph or its
    headline does: a paragraph, or a heading longer than a short one, in title case (review 74
    H2: "Opinion" over "Why the City Council Should Finally Fix the Drains …" over the writer's
    name is a column's head; a sidebar's teasers over a news story end it)."""
    return block.kind == "paragraph" or (
        block.kind == "heading" and len(block.text.split(None, _HEADING_MAX_WORDS)) > _HEADING_MAX_WORDS)


def title_case(words: Sequence[str], minor: frozenset[str] = frozenset()) -> bool:
    """Whether a title's words are in title case: its words of four letters or more, after the
    first, all capitalised (``Publisher Apologises to Readers``; not ``Governor should use …``),
    but for the ``minor`` words a title leaves in lower case (``yang``, ``untuk``)."""
    long = [word for word in words[1:] if len(word) >= 4 and word[:1].isalpha() and word not in minor]
    return bool(long) and all(word[:1].isupper() for word in long)


_HASHTAG_MARK = re.compile(r"^#(?=[^\W\d_])")
"""A hashtag's mark at the head of a line, before a letter: a site's rubric as a tag (``#EDITORIAL``)."""


def opinion_label(article: Article) -> str | None:
    """The label that marks the article as opinion, not news, or None: a title (or, when the title is a
    line of the page's navigation or advertising, ``Skip to main content``, ``Advertisement``, the
    body's first heading) that starts with one or is one without its colon (``Opinion:``,
    ``Editorial:``, ``Letter:``, ``Opini:``, ``Tajuk Rencana``, ``EDITORIALS``, perhaps after a
    hashtag's mark, ``#EDITORIAL``; with its colon after
    the outlet's short prefix, ``J-S: Letter: …``; after the outlet's name, a label no news title
    takes, ``Sacramento Bee Editorial: …``, lexicon ``outlet_labels``; a label's word in capitals
    before a title in mixed case, ``OPINI Kebijakan …``; or closing it after a spaced dash or slash
    or a bar, perhaps before the site's name, lexicon ``closing_labels``: ``… — Our View``, ``… |
    Opinion | The Paper``, or after the outlet's name as the title's last part after a bar or a
    spaced dash, ``… | Inquirer Opinion``, ``… – Scotsman comment``, lexicon ``outlet_name_words``;
    so may the page's date line over the title, ``2018-12-05 /
    Editorial``, or open it before its date, ``Letters - December 30, 2019``, lexicon
    ``opinion_labels``), a headline among the body's first blocks
    that opens with a label and its colon (``Editorial: Time has come …``, under a masthead read as
    the title; a label no news headline takes, ``outlet_labels``; any label and its colon on
    the headline right over the story's first sentence that the page prints twice, at its
    breadcrumb's end too, ``HomeOpinionOPINION: Parking meters …`` over ``OPINION: Parking
    meters …``; not a teaser under a news title), a label where the first
    paragraph's dateline puts its place, in capitals (``OPINI, DIALOGMASA.com – …``, ``OPINI - …``),
    or a block of the body's head
    (its first, or the short line right over its first paragraph of prose or over a headline of
    four words or more, not under two of a menu's items of one or two words) that is only a label, without a
    colon (``Catatan Redaksi``, ``Opini``; a rubric of the lexicon's ``standalone_labels`` marks
    opinion only so or as the whole title, ``Resonansi``, not ``Resonansi: Pameran …``), or
    the outlet's name before one in lower case (``Mail Tribune editorial``) or its editorial board as
    a byline (``The Oklahoman Editorial Board``, lexicon ``editorial_boards``), a label and the
    writer's handle as the whole title (``Opini BangFauzi``), the writer's name and post on one line
    in the body's first blocks, perhaps after a byline's word, a name the story gives nowhere else
    (``Rina Hartati Peneliti Lembaga …``, ``Oleh : Rina Hartati Mahasiswi Prodi …``), a byline of
    a name alone with an academic title or degree (``Prof. Tjipta Lesmana``,
    lexicon ``academic_titles``), or a label over the writer's name (``| Penulis Opini - @rofiq bib
    Hasan |``), one of the
    first two paragraphs opening a letter (``To the editor``, ``Redaksi Yth.``, perhaps after its
    date: ``Nov. 15 — To the Editor:``) or a letter's salutation on a line of its own in the first
    two or as the title (``Dear Mayor Reyes,``, ``Editor,``, ``Yth. Bapak Bupati …,``), a byline of a
    name alone and, among the body's first blocks, a note on the writer in prose (a word in
    lower case other than a function word) that opens with that name and a comma (``Oleh
    Mawardi Nur`` near ``Mawardi Nur, Diaspora asal Aceh Timur …``; no newsroom job or bureau,
    no credit's line: ``Ann Lee, Special to the Star Tribune``), a column's author box at the
    head (the writer's name alone on two lines in a row, then a line of ``_AUTHOR_BOX_WORDS``
    words at most with a body's word, lexicon ``body_words``, and no newsroom job: ``Fretycia
    Laurenty`` twice over ``Pendidikan Fisika FKIP Universitas Riau``; or the writer's photo
    caption twice, a name with its degrees the story never names again, ``Advokat Gabriel Ndawi
    Ndickend, SH, MH. Foto: …``), a column's byline with the
    writer's affiliation in parentheses or after a dash or a comma (``Oleh: Budi Santoso`` over
    ``(Guru SMA Negeri 1)``, ``Oleh : Rahmat Hidayat SH – Ketua LBH …``; at the body's head or at
    its foot: a role or a writer's post of the lexicon opens the post, ``role_nouns``,
    ``writer_posts``, the parenthesis ends the line, no newsroom job is in it, and after a comma the
    line is no sentence and names no news bureau, ``Kepala Biro Sukamaju``; or a name marked for a
    note on the writer, ``Oleh : Budi Santoso*``; at the body's head a label may stand for the
    byline word, ``Opini : Budi Santoso (Pemerhati …)``; or the post first, then a comma and the
    name, as the title or at the body's head: ``Penulis: Pemerhati transportasi Kota Makassar,
    Benny Nurdin Yusuf``), a standfirst, the body's first block, that ends with a comma, a verb of
    writing and a person's name, quoting no one (``…, writes James Campbell.``; lexicon
    ``standfirst_byline_verbs``; not a post, a paper or a body), a piece that calls itself a column or
    disclaims the outlet's view outside quotation marks (``As I write this column``, ``Konten …
    tidak mewakili pandangan redaksi``), a byline at the head (perhaps read as the title) with the
    writer's post alone on the last line (``Oleh: Sari Wulandari`` … ``Mahasiswi Universitas Tanjung
    Raya``; a role of the lexicon, no newsroom job) or a short note on the writer in the last two
    paragraphs, above the site's short lines (``Penulis adalah dosen …``, ``The writer is a
    professor …``), or a short line naming the page's sections, one of them a closing label, in the
    date line or the last two paragraphs (``Published in Editorials on …``, ``Kategori: Opini``;
    lexicon ``section_lines``). From the language's lexicon (``opinion_labels``,
    ``opinion_openings``, ``letter_salutations``, ``byline_words``, ``opinion_self_references``,
    ``opinion_notes``) and English's."""
    vocabulary = _opinion_words(article.lang)
    labels, openings, notes, bylines, roles, newsroom = (
        vocabulary.labels, vocabulary.openings, vocabulary.notes, vocabulary.bylines, vocabulary.roles,
        vocabulary.newsroom)
    # A spaced dash may stand for the label's colon: "In Our Opinion - City should …".
    # A title that is the page's navigation or advertising ("Skip to main content",
    # "Advertisement") is furniture: the headline is the body's first heading.
    # A hashtag's mark before a rubric is no part of it: "#EDITORIAL", "#Opini".
    title_text = _HASHTAG_MARK.sub("", article.title.strip(), count=1)
    first_block = next((p for p in article.paragraphs if p.kind in ("paragraph", "heading")), None)
    title_block = None  # (the body's first heading, when it stands for the title)
    if first_block is not None and first_block.kind == "heading" and navigation_line(title_text, article.lang):
        title_text = _HASHTAG_MARK.sub("", first_block.text.strip(), count=1)
        title_block = first_block
    raw_title = _HEAD_DASH.sub(lambda found: found.group(1) + ": ", title_text, count=1)
    raw_title = _SPACED_HEAD_COLON.sub(r"\1:", raw_title, count=1)  # "OPINI : …" is "OPINI: …"
    title = raw_title.casefold()
    # A label may close a short head before a colon: "In Our Opinion: …", "Guest Column: …"; the
    # words before it are of the few that open such heads ("Spending Review:" is a news title).
    head = title[:title.find(":", 0, _LABEL_HEAD) + 1] if ":" in title[:_LABEL_HEAD] else ""
    # A label and the outlet's initials before the colon: "Editorial MCP : …" (capitals only:
    # "Opini Publik: …" is news about public opinion).
    raw_head = raw_title[:len(head)].replace(":", " ").split()
    initials = len(raw_head) in (2, 3) and all(w.isupper() and w.isalpha() and len(w) <= 5 for w in raw_head[1:])
    # An outlet's name, each word capitalised, before a label no news title takes (lexicon
    # ``outlet_labels``), over a title in sentence case: "Sacramento Bee Editorial: Governor
    # should …" ("Spending Review: …" is news; so is a headline in title case, "Paper Pulls
    # Editorial: Publisher Apologises to Readers").
    after_head = raw_title[len(head):].split()
    outlet = head.split()[-1] if 1 < len(raw_head) <= _LABEL_HEAD_WORDS + 1 and all(
        word[:1].isupper() for word in raw_head[:-1]) and not title_case(after_head) else ""
    if outlet in vocabulary.outlet_labels:
        return outlet
    if len(head.split()) > _LABEL_HEAD_WORDS or not all(word in _LABEL_HEAD_OPENERS for word in head.split()[:-1]):
        head = ""
    # A label with its own colon after the outlet's or the section's short prefix: "J-S: Letter:
    # …", "Metro: Opini: …" ("Kendal: Opini publik terbelah" has no label's colon: news).
    prefix = title.find(":", 0, _LABEL_HEAD)
    after_prefix = title[prefix + 1:].lstrip() if prefix > 0 and \
        len(title[:prefix].split()) <= _LABEL_HEAD_WORDS else ""
    bare_title = title.strip().strip("|-–—").strip()
    # A label and the writer's name or handle as the whole title: "Opini BangFauzi", "Opini Pak
    # Rahmat" (not "Opini Publik", news about public opinion).
    first_word, _, named = raw_title.strip().partition(" ")
    if named and f"{first_word.casefold()}:" in labels and _writers_handle(named.split(), vocabulary.honorifics):
        return f"{first_word.casefold()}:"
    for label in labels:
        if title.startswith(label) or (head and label.endswith(":") and head.endswith(" " + label)):
            return label
        if bare_title == label.rstrip(":|").strip():
            return label  # the label is the whole title: "EDITORIALS" over the page's body
        if initials and label.endswith(":") and raw_head[0].casefold() == label[:-1]:
            return label
        if after_prefix and label.endswith(":") and after_prefix.startswith(label):
            return label
    if bare_title in vocabulary.standalone:
        return bare_title  # a rubric alone over the column: "Resonansi" (not "Resonansi: Pameran …")
    # The outlet's view, named after it at the title's head: "The Irish Times view on the housing
    # crisis: …", "The Guardian view on …" (lexicon ``outlet_view_words``).
    view = _OUTLET_VIEW.match(title_text)
    if view is not None and view["view"].casefold() in vocabulary.view_words and ":" in title_text[view.end():]:
        return view["view"].casefold()
    # A column's name as the whole title, a view word after the outlet's name in the possessive
    # or after a word of the lexicon's: the leader's rubric over the page ("The Star's Verdict",
    # "Morning View"; not "Chauvin Verdict", "Sea View", news).
    view = _VIEW_RUBRIC.fullmatch(title_text.strip())
    before = view["before"].strip() if view is not None else ""
    if view is not None and view["view"].casefold() in vocabulary.view_words and (
            before.endswith(("'s", "’s")) or before.casefold() in vocabulary.view_openers):
        return view["view"].casefold()
    # A label closing the title after a spaced dash or slash or a bar, perhaps before the site's
    # name: "Why did we elect these folks? — Our View", "Stand firm | Opinion | The Paper", a
    # date and the section over the headline, "2018-12-05 / Editorial" (the page's date line:
    # the dateline's own text too).
    date_line = article.dateline.text.casefold() if article.dateline is not None else ""
    for segment in [*_TITLE_SEPARATOR.split(title_text.casefold())[1:], *_TITLE_SEPARATOR.split(date_line)[1:]]:
        if segment.strip() in vocabulary.closing_labels:
            return segment.strip()
    # The outlet's name before the label, as the title's last part after a bar or a spaced dash:
    # "Duterte’s perfect storm | Inquirer Opinion", "… net-zero emissions – Scotsman comment" (a
    # newspaper's word last, lexicon ``outlet_name_words``; a closing label, or one the masthead's
    # words take, ``masthead_labels``; not "… | Public Opinion", "… | Fifth Circuit Opinion",
    # "… | Vogue Editorial").
    parts = _TITLE_SEPARATOR.split(title_text)
    closing_words = parts[-1].split() if len(parts) > 1 else []
    if 2 <= len(closing_words) <= _LABEL_HEAD_WORDS + 1 and closing_words[-2].casefold() in vocabulary.outlet_words \
            and all(word[:1].isupper() for word in closing_words[:-1]) and (
                closing_words[-1].casefold() in vocabulary.closing_labels
                or (f"{closing_words[-1].casefold()}:" in vocabulary.masthead_labels
                    and closing_words[-2].casefold() not in folded_words(article.lang, "role_nouns"))):
        return closing_words[-1].casefold()  # (not "… – Opposition Leader comment": a person's)
    # A label opening the page's date line before its date: "Letters - December 30, 2019"
    # (lexicon ``opinion_labels``, with its colon).
    date_head = _TITLE_SEPARATOR.split(date_line, maxsplit=1)
    if len(date_head) == 2 and date_head[0].strip() in {label.rstrip(":| ") for label in labels}:
        return date_head[0].strip()  # ("Letters to the Editor - …", "Surat Pembaca - …")
    # A rubric in capitals before a title in mixed case, with no colon: "OPINI Kebijakan …" (an
    # all-capitals title says nothing: "OPINI PUBLIK TERBELAH" is news about public opinion).
    first, _, rest = title_text.partition(" ")
    if first.isupper() and first.isalpha() and rest[:1].isupper() and not rest.split()[0].isupper():
        for label in labels:
            if label.endswith(":") and first.casefold() == label[:-1]:
                return label
    body = [p for p in article.paragraphs if p.kind in ("paragraph", "heading") and p is not title_block]
    # The headline under the page's masthead, read into the body: "Editorial: Time has come …",
    # "Star comment: …" under "Express & Star" (a label no news headline takes, perhaps after
    # the masthead's words, lexicon ``outlet_labels``, and its colon, over a line
    # that ends with no sentence's mark), among the body's first blocks ("Analysis: …",
    # "Opinion: …" in a news page's head may be teasers of other pieces).
    # (a masthead is a short title of capitalised words, "Express & Star", "The Harbour Gazette":
    # a news headline printed again under the title, "No Comment: Mayor Declines …", is none)
    masthead = title_text.split()
    if len(masthead) > _LABEL_HEAD_WORDS + 1 or not all(word[:1].isupper() or word == "&" for word in masthead):
        masthead = []
    for block in body[:_HEADLINE_REACH]:
        line = block.text.strip()
        if line.endswith(_FINAL_PUNCTUATION) or len(line.split(None, _HEADLINE_WORDS)) > _HEADLINE_WORDS:
            continue
        folded = line.casefold()
        for label in vocabulary.outlet_labels:
            if folded.startswith(label) and line[len(label):].strip()[:1].isupper():
                return label
        if not masthead or line == title_text.strip():
            continue
        for label in (*sorted(vocabulary.outlet_labels), *sorted(vocabulary.masthead_labels)):
            # after the outlet's name the masthead gives: "Star comment: Supermarkets need …"
            # under "Express & Star" (lexicon ``masthead_labels``)
            at = folded.find(" " + label)
            masthead_words = line[:at].split() if at > 0 else []
            if masthead_words and len(masthead_words) <= _LABEL_HEAD_WORDS \
                    and masthead[-len(masthead_words):] == masthead_words \
                    and line[at + 1 + len(label):].strip()[:1].isupper():
                return label
    # The headline right over the story's first sentence, under a page's sign-up lines and
    # breadcrumb, that opens with a label and its colon: "OPINION: Parking meters are the wrong
    # fix …".
    at_story = next((at for at, block in enumerate(body[:_HEAD_BLOCKS])
                     if block.kind == "paragraph" and block.text.rstrip().endswith(_FINAL_PUNCTUATION)), 0)
    headline = body[at_story - 1].text.strip() if at_story else ""
    # (the page prints it twice, at its breadcrumb's end too: it is the page's headline;
    # "Analysis: What the Fed's pause means …" under a news title is a teaser)
    printed_twice = headline != "" and at_story >= 2 and body[at_story - 2].text.strip().endswith(headline)
    if printed_twice and not headline.endswith(_FINAL_PUNCTUATION) \
            and len(headline.split(None, _HEADLINE_WORDS)) <= _HEADLINE_WORDS:
        folded = headline.casefold()
        for label in labels:
            if label.endswith(":") and folded.startswith(label) and headline[len(label):].strip()[:1].isupper():
                return label
    # A label where the first paragraph's dateline puts its place, perhaps before the outlet's
    # name, and a dash: "OPINI, DIALOGMASA.com – …", "OPINI - …" (the label's words, its colon or
    # bar aside). The lede is the first block of the story's sentences, under a column's lines
    # of its writer and course: "Oleh : …" / "MK : …" / "OPINI - Pendidikan bukan …".
    lede = body[at_story] if at_story or (body and body[0].kind == "paragraph") else None
    placed = _LABEL_AS_PLACE.match(lede.text) if lede is not None else None
    # (in capitals, as a dateline writes its place, over an outlet's name with no word in lower
    # case: not "Letters, cards and flowers — …", "Analisis, evaluasi dan perbaikan – …")
    if placed is not None and placed["label"].isupper() \
            and not any(word[:1].islower() for word in (placed["outlet"] or "").split()):
        for label in labels:
            if placed["label"].casefold() == label.rstrip(":|").strip():
                return label
    # (the title too: a letter with no headline opens with its salutation, "Dear Editor,")
    for index, block_text in enumerate([article.title, *(block.text for block in body[:_OPENING_REACH])]):
        opening = block_text.strip().casefold()
        dated = _DATED_OPENING.match(opening)  # "Nov. 15 — To the Editor:"
        after_date = dated.end() if dated is not None else 0
        for label in openings if index else ():
            if opening.startswith(label) or opening.startswith(label, after_date):
                return label
        # A salutation on a line of its own, perhaps after a standfirst: "Dear Mayor Reyes,"
        if opening.endswith((",", ":")) and len(opening.split()) <= _SALUTATION_WORDS:
            for label in vocabulary.salutations:
                if opening.startswith(label) or opening.startswith(label, after_date):
                    return label
    # A column's byline with the writer's affiliation ("Oleh: Budi Santoso (Guru SMA …)"), or
    # its note on the writer ("Penulis adalah …", "The writer is …").
    # (the body's head: its first block, or the short line a page prints right over the first
    # paragraph of prose: "Log In", the headline, "Editorial")
    prose = next((at for at, block in enumerate(body[:_HEAD_BLOCKS]) if ends_head(block)), 0)
    for at, block in enumerate(body[:max(1, prose)]):
        if at and at != prose - 1 and not _headline_below(body, at, [article.lang]):
            continue  # a menu's or a sidebar's item: "Home" / "Local News" / "Opinion" / "Public Notices"
        if at >= 2 and _menu_item(body[at - 1]) and _menu_item(body[at - 2]):
            # an item of the page's menu, under others: "Local News" / "Public Notices" /
            # "Opinion" (not under a writer's name alone, "Jane Doe" / "Opinion")
            continue
        # A label standing alone at the head of the body: "Catatan Redaksi", "Opinion" (with a
        # colon it introduces a note: "Catatan Redaksi: Artikel ini telah diperbarui").
        # (also "-Editorial-", "#Opini")
        alone = _HASHTAG_MARK.sub("", block.text.strip().strip("|-–—").strip(), count=1).casefold()
        # Or over the writer's name on the same line: "| Penulis Opini - @rofiq bib Hasan |".
        over_name = _LABEL_OVER_NAME.fullmatch(alone) if len(alone) <= _LABEL_HEAD * 3 else None
        # Or after the outlet's name, in lower case as no headline writes it: "Mail Tribune
        # editorial" (lexicon ``outlet_labels``).
        line_words = block.text.split()
        if 2 <= len(line_words) <= _LABEL_HEAD_WORDS + 2 and f"{line_words[-1]}:" in vocabulary.outlet_labels \
                and all(word[:1].isupper() for word in line_words[:-1]):
            return f"{line_words[-1]}:"
        # Or the byline of the outlet's editorial board: "The Oklahoman Editorial Board", "By the
        # Editorial Board" (lexicon ``editorial_boards``; the outlet's name capitalised before it).
        board = next((name for name in vocabulary.editorial_boards if alone.endswith(name)), None)
        if board is not None and len(line_words) <= _LABEL_HEAD_WORDS + 4:
            owner = block.text.strip()[:len(block.text.strip()) - len(board)].split()
            if owner[:1] and owner[0].casefold().rstrip(":") in vocabulary.byline_heads:
                owner = owner[1:]  # "By the Editorial Board"
            # (the outlet's name: "The …" or two words at most; "Ledger Names New Editorial Board"
            # and "Tempo Umumkan Susunan Dewan Redaksi" are news headlines)
            if all(word[:1].isupper() or word.casefold() == "the" for word in owner) and (
                    len(owner) <= 2 or owner[0].casefold() == "the"):
                return board
        if alone in vocabulary.standalone:
            return alone
        for label in labels:
            if alone == label.rstrip(":|").strip():
                return label
            if over_name is not None and over_name["label"] == label.rstrip(":|").strip() \
                    and len(over_name["name"].split()) <= BYLINE_NAME_WORDS:
                return label
    # At the body's head, or at its foot, perhaps over a source's line ("Oleh : Rahmat Hidayat SH
    # – Ketua LBH …" / "Sumber : …").
    # (the head reaches past a page's short headings over the first paragraph of prose: "TERBARU",
    # "DAERAH", the headline, then "OLEH: RAHMAT HIDAYAT*")
    head_end = min(len(body), max(_NOTE_REACH, prose + 1))
    # (the foot ends before the site's short lines under the piece: "Franchise", "<12 3")
    tail = len(body)
    while tail > head_end and len(body[tail - 1].text.split()) <= _SITE_LINE_WORDS \
            and not body[tail - 1].text.rstrip().endswith(_FINAL_PUNCTUATION):
        tail -= 1
    foot = range(max(head_end, tail - _NOTE_END - 1), tail)
    for at in [*range(head_end), *foot]:
        words: list[str] = body[at].text.split(None, 1)
        head = words[0].rstrip(":").casefold() if words else ""
        # ("penulis:", "author:" open a byline with their colon, or as a block of their own:
        # "Author Jane Smith (professor …) spoke at …" is a lede)
        rest = words[1].rstrip() if len(words) == 2 else ""
        by_itself = len(words) == 2 and (words[0].endswith(":") or words[1].startswith(":") or (
            rest.endswith(")") and rest.count("(") == 1
            and len(rest[:rest.index("(")].split()) <= BYLINE_NAME_WORDS))
        if len(words) == 2 and (head in bylines or (by_itself and f"{head}:" in bylines)
                                or (at == 0 and f"{head}:" in labels)):
            # "Oleh: Name (Post)", and a label over the byline at the body's head: "Opini : Name (Post)"
            words[1] = words[1].lstrip(": ") if words[1].startswith(":") else words[1]
            # A name marked for a note on the writer: "Oleh : Budi Santoso*", "… Santoso *)".
            marked = words[1].lstrip(": ").rstrip()
            mark = _NOTE_MARK.search(marked)
            name = marked[:mark.start()] if mark else marked
            if mark and _BYLINE_NAME.fullmatch(name) and all(w[:1].isupper() for w in name.split()):
                return words[0].casefold()
            after = body[at + 1].text if at + 1 < len(body) else ""
            affiliation = _AFFILIATION.search(words[1]) or _AFFILIATION.fullmatch(after.strip())
            if affiliation is not None and affiliation.string is words[1] \
                    and not _after_post(words[1][affiliation.end():], article.lang):
                affiliation = None  # a sentence that opens with "Oleh": "Oleh Budi (warga setempat), ular itu …"
            name = words[1][:affiliation.start()] if affiliation and affiliation.string is words[1] else words[1]
            post = [word.strip(",.;:") for word in affiliation.group()[1:-1].casefold().split()] if affiliation else []
            dashed = _DASHED_POST.search(words[1]) if not post else None
            if dashed is not None and "," in words[1][dashed.start():dashed.start(1)] and (
                    _calendar_word(words[1][:dashed.start()], article.lang)
                    or _ENDS_SENTENCE.search(words[1]) is not None
                    or not vocabulary.clause_words.isdisjoint(w for w in dashed.group(1).split() if w.islower())
                    or _news_bureau(dashed.group(1).casefold().split(), vocabulary)):
                # a sentence, no byline: "By Tuesday, Mayor Ann Ford had declared …", "By
                # Election Day, Governor Ann Ford had visited every county in Ohio."; or a news
                # bureau's chief: "Oleh: Rina Hartati, Kepala Biro Sukamaju" (not a government's
                # bureau: "Kepala Biro Hukum Setda …", "Director of the Bureau of Economic Research")
                dashed = None
            if dashed is not None:  # the post after a spaced dash: "Oleh : Rahmat Hidayat SH – Ketua LBH …"
                name, post = words[1][:dashed.start()], dashed.group(1).casefold().split()
            elif not post and _post_alone(after, roles, newsroom) \
                    and not folded_words(article.lang, "body_words").isdisjoint(after.casefold().split()):
                # the post alone on the line below, at a body: "Oleh : Wira …" / "Founder Komunitas …"
                # (not a deck or a caption's name: "By Ann Lee" / "Mayor Says Crews Are Coming")
                post = after.casefold().split()
            # A name (capitalised words) and a post that is no newsroom job: "Oleh: Rina Hartati
            # (Dosen …)"; not "By Jane Doe (Reuters)", "By Ann Lee (Chief Political
            # Correspondent)", "Oleh karena itu, Sukirman (Ketua RT 05)".
            if post and _opens_with_role(post, roles) \
                    and not _holds_job(post, newsroom) and name.split() \
                    and len(name.split()) <= BYLINE_NAME_WORDS and all(w[:1].isupper() for w in name.split()):
                return words[0].casefold()
    # A standfirst, the body's first block, that ends with a verb of writing and the writer's
    # name: "Voters have turned off Labor …, writes James Campbell." (quoting no one, and a
    # person's name: not "…, writes Auditor General Jane Marsh.", "…, writes El País.")
    standfirst = _SIGNED_STANDFIRST.search(body[0].text) if vocabulary.standfirst_verbs and body else None
    if standfirst is not None and standfirst["verb"].casefold() in vocabulary.standfirst_verbs \
            and not any(mark in body[0].text for mark in DOUBLE_MARKS) \
            and not _opens_with_role(standfirst["name"].casefold().replace("-", " ").split(), roles) \
            and standfirst["name"].split()[0].casefold() not in _NAME_ARTICLES \
            and standfirst["name"].split()[-1].casefold().rstrip(".") not in folded_words(article.lang, "body_words"):
        # (a person: not "Auditor-General Jane Marsh", "Human Rights Watch", "the Grattan Institute")
        return standfirst["verb"].casefold()
    # A byline's word, the writer's post, then a comma and the name, as the title or at the
    # body's head: "Penulis: Pemerhati transportasi Kota Makassar, Benny Nurdin Yusuf".
    for line in (article.title, *(block.text for block in body[:head_end])):
        if (word := _post_then_name(line, vocabulary)):
            return word
    # A byline of a name alone with an academic title or degree, at the body's head: "Prof.
    # Tjipta Lesmana", "Oleh: Rina Hartati, M.Si" (no staff byline carries one). A titled name
    # with no byline's word is no byline when the story names the person again ("Dr. Ann Lee"
    # over a story about her clinic) or beside another such line (a list of speakers).
    titles = vocabulary.honorifics | roles
    for at, block in enumerate(body[:head_end]):
        name, signed = _academic_byline(block.text, vocabulary)
        if not name:
            continue
        # (not in a note on the writer at the foot, which opens with the name: "Ann Lee is a
        # professor …", "*) Prof. Budi Santoso adalah …")
        writer_notes = {id(other) for other in body[max(at + 1, tail - _NOTE_END):tail]
                        if _opens_note(other.text, name, vocabulary.academic_titles)}
        if not signed and (
                any(_academic_byline(body[k].text, vocabulary)[0] for k in (at - 1, at + 1) if 0 <= k < len(body))
                or any(_names_again(name, other.text, titles) for other in body
                       if other is not block and id(other) not in writer_notes)):
            continue
        return "academic byline"
    # The writer's name and post on one line at the body's head, with no byline's word: "Rina
    # Hartati Peneliti Lembaga Kajian Anggaran Publik".
    # (so may the title, after a byline's word: a page whose excerpt lost its headline)
    titled: list[Paragraph | None] = [None] if _byline_head(article.title, bylines) else []
    for head_block in [*titled, *body[:_NAME_POST_REACH]]:
        # (perhaps after a byline's word: "Oleh : Rina Hartati Mahasiswi Prodi Ilmu Hukum …"; not
        # a news bureau's chief: "Oleh: Rina Hartati Kepala Biro Sukamaju"; or, under the writer's
        # photo, after its credit and before a dash: "Bali Pos / Made Sudana - Dosen …")
        block_text = article.title if head_block is None else head_block.text
        bylined_line = _byline_head(block_text, bylines)
        line = _BYLINE_HEAD_WORD.sub("", block_text, count=1) if bylined_line else block_text
        line = _PHOTO_CREDIT_HEAD.sub("", line, count=1)
        name = _name_and_post(line, roles, newsroom)
        if name and bylined_line and _news_bureau(line[len(name):].casefold().split(), vocabulary):
            continue
        # (a name the story gives again, "kata Budi", is its subject's; not a byline of the name
        # alone over the line, which a post after a dash needs: a caption's "Made Sudana - Kepala
        # SMAN 2" over a news story names its subject)
        bylined = bool(name) and any(_name_alone(other.text, name, bylines) for other in body[:_NAME_POST_REACH + 1])
        if name and line[len(name):].lstrip()[:1] in _SPACED_DASHES and not bylined:
            continue
        if name and not any(_names_again(name, other.text, titles) for other in body
                            if other is not head_block and not _name_alone(other.text, name, bylines)):
            return "name and post"
    # A byline of a name alone at the head and, near it, a note on the writer that opens with
    # that name and a comma: "Oleh Mawardi Nur" / "Mawardi Nur, Diaspora asal Aceh Timur yang
    # tinggal di …" (not a newsroom's post or bureau: "By Ann Lee" / "Ann Lee, Staff Writer").
    head_blocks = body[:_HEAD_BLOCKS]
    function = folded_words(article.lang, "function_words")
    for block in head_blocks:
        if not _byline_head(block.text, bylines):
            continue
        name = " ".join(_BYLINE_HEAD_WORD.sub("", block.text, count=1).split())
        if not 2 <= len(name.split()) <= BYLINE_NAME_WORDS or not all(w[:1].isupper() for w in name.split()):
            continue
        for other in head_blocks:
            line = other.text.strip()
            if not line.startswith(name + ",") or not DOUBLE_MARK_SET.isdisjoint(line):
                continue
            about = line[len(name) + 1:].casefold().split()
            # (prose about a person, a word in lower case other than a function word, not a
            # credit's line: "Ann Lee, Special to the Star Tribune", "Ann Lee, USA TODAY Network")
            prose = any(word.isalpha() and word.islower() and word not in function
                        for word in line[len(name) + 1:].split())
            if len(about) >= _WRITER_NOTE_WORDS and prose \
                    and not _holds_job(about, newsroom) and not _news_bureau(about, vocabulary):
                return "writer's note"
    # A column's author box at the head: the writer's name alone on two lines in a row (the
    # page's link and its box), then where the writer works or studies, a body's word and no
    # newsroom's job ("Fretycia Laurenty" / "Fretycia Laurenty" / "Pendidikan Fisika FKIP
    # Universitas Riau"; not "Ann Lee" / "Ann Lee" / "Staff Writer, Daily Planet").
    # So is the writer's photo caption printed twice, a name with its degrees, perhaps after a
    # profession's word and before the photo's credit ("Advokat Gabriel Ndawi Ndickend, SH, MH.
    # Foto: Rmol Jateng", twice), when the story does not name that person again.
    bodies = folded_words(article.lang, "body_words")
    boxed = [block for block in article.paragraphs if block.kind in ("paragraph", "heading", "caption")
             and block is not title_block][:_HEAD_BLOCKS]
    for at in range(len(boxed) - 1):
        line = " ".join(boxed[at].text.split())
        if " ".join(boxed[at + 1].text.split()) != line:
            continue
        words = _PHOTO_CREDIT_TAIL.sub("", line).replace(",", " ").split()
        if words and words[0].casefold() in roles:
            words = words[1:]
        last = len(words)
        while last > 0 and words[last - 1].casefold().replace(".", "") in vocabulary.degrees:
            last -= 1
        boxed_name = words[:last]
        if not 2 <= len(boxed_name) <= BYLINE_NAME_WORDS \
                or not all(word[:1].isupper() and word.isalpha() for word in boxed_name):
            continue
        if any(_names_again(" ".join(boxed_name), other.text, titles, opening_given=False) for other in body
               if other.start > boxed[at + 1].start):
            continue  # the story's own subject, whose photo card opens it ("Sri Indarti" / "Sri
            # Indarti" / "Rektor Universitas Riau", then "kata Rektor …, Sri Indarti")
        if last < len(words):  # (degrees after the name)
            return "author box"
        if at + 2 < len(boxed) and last == len(_PHOTO_CREDIT_TAIL.sub("", line).split()):
            where = boxed[at + 2].text.casefold().replace(",", " ").split()
            if len(where) <= _AUTHOR_BOX_WORDS and not bodies.isdisjoint(where) and not _holds_job(where, newsroom):
                return "author box"
    # A byline at the head (perhaps read as the title) and the writer's post alone on the last
    # line: "Oleh: Sari Wulandari" … "Mahasiswi Universitas Tanjung Raya".
    if len(body) >= 3 and _post_alone(body[-1].text, roles, newsroom) and not _named_before(body):
        folded_bylines = {word.casefold().rstrip(":") for word in bylines}
        for line in [article.title, *(block.text for block in body[:_NOTE_REACH])]:
            words = line.replace(":", " ").split()
            if words and words[0].casefold() in folded_bylines and 2 <= len(words) - 1 <= BYLINE_NAME_WORDS \
                    and all(word[:1].isupper() for word in words[1:]):
                return words[0].casefold()
    # A line naming the page's sections, in the date line or at the foot: "Published in
    # Editorials on August 17, 2005 11:04 AM", "Filed under: Opinion, Local".
    lines = [block.text for block in body[-_NOTE_END:]]
    if article.dateline is not None:
        lines.append(article.dateline.text)
    for line in lines:
        section = _section_label(line, vocabulary)
        if section is not None:
            return section
    # The piece calling itself a column, outside quotation marks: "As I write this column, …"
    # (not "“This editorial cartoon should never have run,” she said", nor what someone said of
    # another piece: "A spokesman said the article reflects the author's opinion …"; but "I have
    # said in this column …" is the piece's own).
    if vocabulary.self_references is not None:
        for paragraph in body:
            for found in vocabulary.self_references.finditer(paragraph.text):
                if sum(map(DOUBLE_MARK_SET.__contains__, paragraph.text[:found.start()])) % 2 == 0 and (
                        not _OWN_PIECE.isdisjoint(found.group().casefold().split())
                        or not _reported_before(paragraph.text, found.start(), article.lang)):
                    return found.group().casefold()
    for paragraph in body[max(0, tail - _NOTE_END):tail] or body[-_NOTE_END:]:
        # (a note closes the piece, above the site's short lines; "The author is due in court" opens news)
        line = paragraph.text.lstrip("*) ").casefold()
        if len(line.split()) <= _NOTE_WORDS:
            for note in notes:
                if line.startswith(note):
                    return note
            # a disclaimer's words anywhere in the short line: "Isi tulisan ini sepenuhnya …",
            # "(Tulisan ini …)", "Catatan: Tulisan ini …" (lexicon ``opinion_disclaimers``)
            for disclaimer in vocabulary.disclaimers:
                lead = line.find(disclaimer)
                # (after the piece's own name or a label only: "isi tulisan ini", "(catatan:
                # tulisan ini"; not a statement reported or quoted: "Penerbit menyatakan isinya …",
                # "“Isi buku sepenuhnya …,” kata Budi"; lexicon ``disclaimer_leads``)
                if lead >= 0 and all(word.strip("(:,") in vocabulary.disclaimer_leads for word in line[:lead].split()) \
                        and not any(mark in line for mark in DOUBLE_MARKS):
                    return disclaimer
    # A reader's letter signed with the writer's name and street address on the lines right under
    # its last paragraph, which speaks in the first person outside quotation marks: "… Saya
    # sebagai warga Cinere …" / "S.Warokka" / "Jl Kuta-6 No:5, Cinere" (lexicon ``address_words``;
    # not a feature's box, a shop's name over its address), with no prose under it up to the
    # site's furniture.
    if vocabulary.address_words:
        for at in range(1, len(body) - 1):
            if body[at - 1].kind == "paragraph" and body[at].kind == "heading" \
                    and _signature_name(body[at].text) and body[at + 1].kind == "heading" \
                    and body[at + 1].text.split(None, 1)[0].casefold() in vocabulary.address_words \
                    and _first_person_outside_quotes(body[at - 1].text, vocabulary.first_person) \
                    and _no_prose_under(article.paragraphs, body[at + 1]):
                # (the piece's last blocks, no prose and no quotation under them: not a letter a news
                # story quotes, "Berikut isi surat tersebut:", then goes on)
                return "signature"
    return None


def _no_prose_under(blocks: Sequence[Paragraph], after: Paragraph) -> bool:
    """Whether no prose stands under ``after``: up to the site's furniture (its first boilerplate
    line, ``Baca Juga``), no line of ``_PROSE_WORDS`` words or more that ends a sentence (more of
    the address, a phone number, a note or the site's short lines stand there: ``Kelurahan
    Sukamaju, Kecamatan Cimanggis, Depok``, ``Telp 0812 3456 7890``, ``(red)``, ``Source :
    kompas``), and no quotation anywhere below in a sentence of prose, perhaps ended with a full
    stop inside its closing mark (a story that quotes a letter goes on under the site's links:
    ``Baca Juga: …`` / ``… ," kata …``, ``… mengatakan, "Kami akan cek."``; not a question in
    marks, ``…: "Kapan Jalan Kami Diperbaiki, Pak?"``, nor a note in brackets; the headlines of
    other stories there may quote: ``Bupati Sukamaju: "Perbaikan Jalan Dimulai April"``)."""
    furniture = False
    for block in blocks[blocks.index(after) + 1:]:
        if block.kind == "boilerplate":
            furniture = True
            continue
        if block.kind not in ("paragraph", "heading"):
            continue
        ending = block.text.rstrip()
        sentence = len(block.text.split()) >= _PROSE_WORDS and (
            ending.endswith((".", "!", "?")) or (ending[-1:] in DOUBLE_MARKS and ending[:-1].endswith(".")))
        quoting = not DOUBLE_MARK_SET.isdisjoint(block.text)
        if (quoting and (sentence or not furniture)) or (sentence and not furniture):
            return False  # (under the furniture, a headline that quotes is another story's)
    return True


_PROSE_WORDS = 8
"""The fewest words of a sentence of prose under a letter's signature: the story going on."""


def _first_person_outside_quotes(text: str, first_person: frozenset[str]) -> bool:
    """Whether ``text`` holds a word of ``first_person`` outside double quotation marks."""
    outside = "".join(part for at, part in enumerate(_DOUBLE_MARK_SPLIT.split(text)) if at % 2 == 0)
    return not first_person.isdisjoint(word.casefold() for word in _LETTERS.findall(outside))


_DOUBLE_MARK_SPLIT = re.compile(f"[{re.escape(DOUBLE_MARKS)}]")
"""A double quotation mark, to split a text into what lies outside and inside quotations."""
_LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters (a word)."""


_OWN_PIECE = frozenset(("this", "ini", "we", "i", "our", "kami", "penulis"))
"""Words by which a self-reference names the piece itself or its writer (``this column``, ``melalui
tulisan ini``, ``we editorialized``, ``hemat penulis``): the piece's own, whoever the sentence's
verb has speak; any other (``the article reflects …``, ``do not represent the views of …``,
``tidak mencerminkan pandangan redaksi``) may be another piece's, reported."""


def _reported_before(text: str, at: int, lang: str) -> bool:
    """Whether a reporting verb (lexicon ``reporting_verbs``, one word) stands in the sentence
    before ``at``: the words after it are someone's report, not the piece's own."""
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at)) + 1
    verbs = folded_words(lang, "reporting_verbs", one_word=True)
    return any(word.casefold() in verbs for word in _LETTERS.findall(text, start, at))


def _signature_name(line: str) -> bool:
    """Whether ``line`` is a name alone as a letter is signed: one to four words, each capitalised,
    initials with their full stops too (``S.Warokka``, ``Budi Santoso``, ``H. Rahmat``)."""
    words = line.split()
    return 1 <= len(words) <= BYLINE_NAME_WORDS - 1 and all(
        word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha() for word in words)


_LABEL_AS_PLACE = re.compile(r"\s*(?P<label>[^\W\d_]+(?:\s[^\W\d_]+)?)(?:\s*,\s*"
                             r"(?P<outlet>[^\s,–—-][^,\n–—]{0,40}?))?\s*(?:--?|[–—])\s")
"""A first paragraph's dateline with one or two words where the place stands, perhaps the
outlet's name, and a dash (``OPINI, DIALOGMASA.com – …``, ``OPINI - …``)."""
_POST_LINE_WORDS = 12
"""The most words of a writer's post on a line of its own."""


def _opens_note(text: str, name: str, titles: frozenset[str]) -> bool:
    """Whether a paragraph opens with ``name``, perhaps after a note's mark and an academic title
    (``titles``; ``Ann Lee is …``, ``*) Prof. Budi Santoso adalah …``, ``— Dr. Ann Lee is …``): a
    note on the writer."""
    head = text.lstrip(" \t*)—–-")
    first = head.split(None, 1)
    if first and first[0].casefold().replace(".", "") in titles and len(first) == 2:
        head = first[1]
    return head.startswith(name)


def _academic_byline(line: str, vocabulary: _OpinionWords) -> tuple[str, bool]:
    """The name of a byline of a name alone that a capitalised academic title opens (``Prof.
    Tjipta Lesmana``, ``By Dr. Ann Lee``; lexicon ``academic_titles``) or, after a byline's
    word with no colon (``Oleh``, ``By``; not a staff credit, ``Penulis:``), a degree closes
    (``Oleh: Rina Hartati, M.Si``; lexicon ``name_degrees``), and whether a byline's word stands
    before it; ("", False) when the line is none. The name has two to five capitalised words
    besides the title and the degrees, and the line ends no sentence."""
    words = line.replace(",", " ").split()
    byword = ""
    if words and words[0].casefold().rstrip(":") in vocabulary.byline_heads:
        byword = words[0].casefold()
        words = words[1:]
    if words and words[0] == ":":
        byword += ":"
        words = words[1:]
    if not words or line.rstrip().endswith(("!", "?", ":", ";")) or any(mark in line for mark in DOUBLE_MARKS):
        return "", False
    folded = [word.casefold().replace(".", "") for word in words]
    first = 1 if folded[0] in vocabulary.academic_titles and words[0][:1].isupper() else 0
    last = len(words)
    while last > first and folded[last - 1] in vocabulary.degrees:
        last -= 1
    name = words[first:last]
    credit = byword.endswith(":") and byword in vocabulary.credit_words
    if not (first or (last < len(words) and byword and not credit)) or not 2 <= len(name) <= BYLINE_NAME_WORDS \
            or not all(word[:1].isupper() and word.replace(".", "").replace("'", "").replace("’", "").isalpha()
                       for word in name):
        return "", False
    return " ".join(name), bool(byword)


def _post_alone(line: str, roles: frozenset[str], newsroom: frozenset[str]) -> bool:
    """Whether ``line`` is only a writer's post: a role of the lexicon opening a short line that
    ends no sentence, with no newsroom job in it (``Mahasiswi Universitas Tanjung Raya``, ``Dosen
    Fakultas Hukum …``; not ``Wartawan Harian Sukamaju``)."""
    written = line.split()
    words = line.strip().casefold().split()
    if not 2 <= len(words) <= _POST_LINE_WORDS or line.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    if any(word[:1].islower() and word not in _POST_CONNECTORS for word in written):
        return False  # a caption's verb or a sentence: "Mayor John Baker speaks at City Hall"
    return _opens_with_role(words, roles) and not _holds_job(words, newsroom)


_ENDS_SENTENCE = re.compile(r"(?<![^\W\d_])[a-z]{3,}[.!?]\s*\Z")
"""A line that ends a sentence: a word in lower case and its mark (``… had declared an
emergency.``; not a degree's or a name's full stop, ``S.Pd.``, ``Westbrook College.``)."""


_ENDS_STATEMENT = re.compile(r"(?<![^\W\d_])[a-z]{3,}\.\s*\Z")
"""A line that ends a statement, a word in lower case and its full stop (a question may end a
headline: ``Will the river flood again?``)."""


def _calendar_word(name: str, lang: str) -> bool:
    """Whether a byline's "name" of one word is a weekday's or a month's (``By Tuesday, Mayor …``
    opens a sentence)."""
    words = name.split()
    if len(words) != 1:
        return False
    names = calendar_names(lang)
    return names.weekday(words[0]) is not None or names.month(words[0]) is not None


def _news_bureau(post: Sequence[str], vocabulary: _OpinionWords) -> bool:
    """Whether a folded post names a news bureau (lexicon ``bureau_words``: ``Kepala Biro
    Sukamaju``, ``Capitol Bureau``), not a government's office: a word of ``bureau_offices``
    right after the bureau's word (``Biro Hukum``, ``Bureau of …``), or a government's word
    anywhere in the post (``government_words``: ``setda``, ``kementerian``)."""
    at = next((i for i, word in enumerate(post) if word in vocabulary.bureaus), None)
    if at is None:
        return False
    return vocabulary.government_words.isdisjoint(post) and \
        not (at + 1 < len(post) and post[at + 1] in vocabulary.bureau_offices)


def _holds_job(words: Sequence[str], newsroom: frozenset[str]) -> bool:
    """Whether folded ``words`` hold a newsroom job of the lexicon: one of its words, or one of
    its phrases word for word (``digital news`` in ``director of digital news``; one that opens
    with ``of`` at the end: ``director of news``)."""
    words = [word.strip(",.;:") for word in words]  # ("Resident Reporter, Riverton Ledger")
    if not newsroom.isdisjoint(words):
        return True
    joined = f" {' '.join(words)} "
    # (a phrase that opens with "of" names a post's field only at its end: "Director of News",
    # not "Director of News Literacy Project")
    return any(" " in job and (_OF_FIELD_END.search(joined[joined.find(f" {job} ") + len(job) + 1:]) is not None
                               if job.startswith("of ") and f" {job} " in joined else f" {job} " in joined)
               for job in newsroom)


_OF_FIELD_END = re.compile(r"\A\s*(?:\Z|(?:at|and|for|,)\s)")
"""What may follow a post's field after "of" (``Director of News``, ``Head of News at the
Oakdale Herald``, ``Director of News and Sport``): its end, or a place's or another field's word."""


def _writers_handle(words: Sequence[str], honorifics: frozenset[str]) -> bool:
    """Whether one or two capitalised words are a writer's name or handle: a word with a capital
    inside it (``BangFauzi``, ``PakRahmat``) or an honorific before a name (``Pak Rahmat``)."""
    if not 1 <= len(words) <= 2 or not all(word[:1].isupper() and word.isalpha() for word in words):
        return False
    if len(words) == 2:
        return words[0].casefold().rstrip(".") in honorifics
    return any(char.isupper() for char in words[0][1:]) and not words[0].isupper()


def _names_again(name: str, text: str, titles: frozenset[str], *, opening_given: bool = True) -> bool:
    """Whether ``text`` names the person called ``name`` again: the whole name (``Kepala Desa
    Ahmad Fauzi``), one of its words standing alone (``kata Budi``), or its last after a title
    (``titles``, folded: honorifics and roles; ``Pak Fauzi``), not inside another proper name after
    a capitalised word (``Mahkamah Agung`` for ``Agung``). Without ``opening_given``, a word
    before the last that opens a sentence does not count, as for an author box or a photo card:
    many given names are words too (``Fajar baru pendidikan …`` under ``Fajar Nugroho``;
    ``Indarti mengatakan`` under ``Sri Indarti`` names her)."""
    if " " in name and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        return True
    last = name.split()[-1]
    for word in name.split():
        for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            before = text[:found.start()].rstrip().rsplit(None, 1)
            if before and before[-1][:1].isupper() and not before[-1].endswith((".", ",", ":")) \
                    and not (word == last and before[-1].casefold().rstrip(".") in titles):
                continue  # inside another proper name ("Yayasan Fajar Harapan")
            # ("Pak Ahmad" after "Ahmad Fauzi …" may be another Ahmad: a surname only)
            if opening_given or word == last or _SENTENCE_OPENING.search(text, 0, found.start()) is None:
                return True
    return False


_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?…:]['’\"”)]*)\s*\Z")
"""What stands before a word that opens its sentence: the text's start or a sentence's end."""


def _menu_item(block: Paragraph) -> bool:
    """Whether a block is a heading of one or two words, as the items of a page's menu stand
    (``Local News``, ``Berita Terkini``, ``Opini``)."""
    return block.kind == "heading" and len(block.text.split()) <= _MENU_ITEM_WORDS


_MENU_ITEM_WORDS = 2
"""The most words of an item of a page's menu."""
_RUBRIC_HEADLINE_WORDS = 4
"""The fewest words of a headline under a rubric (``Editorial`` over ``Banjir yang Menerjang
Jakarta Lagi``); a menu's next item has fewer."""


def _headline_below(body: Sequence[Paragraph], at: int, langs: Sequence[str]) -> bool:
    """Whether the block under ``body[at]`` is a headline: a heading of four words or more in
    title case (``Banjir yang Menerjang Jakarta Lagi Sejak Kemarin``), so that a label alone over
    it is the piece's rubric, not a menu's item; not when a menu's item follows it (a sidebar's
    teaser, ``Opinion`` / ``Why The Council Must Act Now`` / ``Sports``), though a date may."""
    if at + 1 >= len(body) or body[at + 1].kind != "heading":
        return False
    text = body[at + 1].text.strip()
    if len(text.split()) < _RUBRIC_HEADLINE_WORDS or not _title_case_words(text):
        return False
    return at + 2 >= len(body) or not _menu_item(body[at + 2]) or _date_like(body[at + 2].text, langs)


_BYLINE_HEAD_WORD = re.compile(r"\A\s*[^\W\d_]+\s*:?\s*")
"""A byline's word, perhaps with its colon, at a line's head (``Oleh :``, ``By``)."""


def _byline_head(line: str, bylines: Sequence[str]) -> bool:
    """Whether ``line`` opens with one of the language's ``bylines`` words (``Oleh``, ``By``),
    perhaps with its colon."""
    word = _BYLINE_HEAD_WORD.match(line)
    return word is not None and word.group().strip(" \t:").casefold() in {b.casefold().rstrip(":") for b in bylines}


def _name_and_post(line: str, roles: frozenset[str], newsroom: frozenset[str]) -> str:
    """The writer's name when ``line`` is a name (two to ``_NAME_POST_WORDS`` capitalised words,
    none a role's; the first may be a one-letter particle, Balinese ``I``, ``Ni``) and a post
    (``_post_alone``) with nothing between them but a spaced dash: ``Rina Hartati Peneliti
    Lembaga Kajian Anggaran Publik``, ``I Made Sudana - Dosen …``; else an empty string."""
    words = line.split()
    folded = [word.casefold() for word in words]
    for cut in range(2, min(_NAME_POST_WORDS, len(words) - 2) + 1):
        name = words[:cut]
        if not all(word[:1].isupper() and word.isalpha() and (not word.isupper() or (at == 0 and len(word) == 1))
                   for at, word in enumerate(name)):
            return ""
        if any(_opens_with_role(folded[at:], roles) for at in range(cut)):
            return ""  # a role inside the "name": "Ketua RT Budi Santoso …"
        post = words[cut + 1:] if words[cut] in _SPACED_DASHES else words[cut:]
        if _post_alone(" ".join(post), roles, newsroom):
            return " ".join(name)
    return ""


_SPACED_DASHES = frozenset({"-", "–", "—"})
_PHOTO_CREDIT_HEAD = re.compile(r"\A\s*(?:[A-Z][\w.&'’-]*\s+){0,2}[A-Z][\w.&'’-]*\s+/\s+")
"""A photo's credit at the head of the line under a writer's photo: a name of up to three words
in title case and a spaced slash (``Bali Pos / …``)."""


def _name_alone(line: str, name: str, bylines: Sequence[str]) -> bool:
    """Whether ``line`` is ``name`` alone, perhaps after a byline's word (``Oleh: Made Sudana``)."""
    text = _BYLINE_HEAD_WORD.sub("", line, count=1) if _byline_head(line, bylines) else line
    return " ".join(text.split()) == name


def _post_place_pattern(prepositions: Sequence[str]) -> re.Pattern[str] | None:
    """A preposition of a post's place before a capitalised word (``… at Westbrook College``)."""
    if not prepositions:
        return None
    words = "|".join(re.escape(word) for word in sorted(set(prepositions), key=len, reverse=True))
    return re.compile(rf"\s(?:{words})\s+[A-Z]")


_WRITER_NOTE_WORDS = 5
"""The fewest words after the name and its comma in a note on the writer at the head (``Mawardi
Nur, Diaspora asal Aceh Timur …``; ``Ann Lee, Chicago Tribune`` says where she writes)."""
_PHOTO_CREDIT_TAIL = re.compile(r"[.\s]*\b(?:Foto|Photo)\s*:.*\Z", re.IGNORECASE)
"""A photo's credit closing its caption (``… Ndickend, SH, MH. Foto: Rmol Jateng``)."""
_AUTHOR_BOX_WORDS = 12
"""The most words of the line under a column's author box that says where the writer works."""
_NAME_POST_REACH = 2
"""How many of the body's first blocks may hold a writer's name and post on one line."""
_NAME_POST_WORDS = 4
"""The most words of the writer's name before the post on one line."""


_NAME_ARTICLES = frozenset({"the", "el", "la", "le", "les", "los", "las", "der", "die", "das", "il", "de"})
"""Articles that open a publication's name, in the languages whose papers are cited by name
(``writes El País``, ``writes The Times``): no writer's name."""
_SIGNED_STANDFIRST = re.compile(
    r",\s+(?P<verb>[^\W\d_]+)\s+(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3})\s*\.?\s*\Z")
"""A comma, a verb, and a name of two to four capitalised words ending a block (``…, writes
James Campbell.``; the verb is looked up in ``standfirst_byline_verbs``)."""


def _post_then_name(line: str, vocabulary: _OpinionWords) -> str:
    """The byline's word (folded) when ``line`` is one with its colon, a writer's post and, after a
    comma, the writer's name (``Penulis: Pemerhati transportasi Kota Makassar, Benny Nurdin
    Yusuf``): a role of the lexicon opens the post, no newsroom job or news bureau is in it
    (``Penulis: Koordinator liputan dan redaktur Kota Padang, …`` is a staff byline), and the
    name is two to ``BYLINE_NAME_WORDS`` capitalised words; else ``""``."""
    head = _BYLINE_HEAD_WORD.match(line)
    # (with its colon: "Oleh Warga, Jalan Rusak Ditanami Pisang" is a headline; review 75 M1)
    if head is None or ":" not in head.group() or not _byline_head(line, vocabulary.bylines):
        return ""
    post, comma, name = line[head.end():].rpartition(",")
    names = name.split()
    if not comma or not 2 <= len(names) <= BYLINE_NAME_WORDS or not all(
            word[:1].isupper() and word.replace(".", "").isalpha() for word in names):
        return ""
    words = [word.strip(",.;:") for word in post.casefold().split()]  # ("Pemerhati, Dosen …, Name")
    if not _opens_with_role(words, vocabulary.roles) or _holds_job(words, vocabulary.newsroom) \
            or _news_bureau(words, vocabulary):
        return ""
    return head.group().strip(" \t:").casefold()


def _opens_with_role(words: Sequence[str], roles: frozenset[str]) -> bool:
    """Whether the folded ``words`` open with a role of the lexicon (``dosen``, ``ketua umum``):
    a writer's post."""
    return any(" ".join(words[:len(role.split())]) == role for role in roles)


def _named_before(body: Sequence[Paragraph]) -> bool:
    """Whether the last block's last two words stand in the body before it: a person or a body the
    story names (a caption's ``Kepala Dinas … Rina Hartati``), no writer's post."""
    tail = " ".join(body[-1].text.split()[-2:])
    return bool(tail) and any(tail in block.text for block in body[:-1])


_POST_CONNECTORS = frozenset({"dan", "di", "of", "and", "the", "for", "at", "in", "de", "van"})
"""Lower-case words a writer's post may hold (``Dosen Fakultas Hukum dan Ilmu Politik``)."""


_OUTLET_VIEW = re.compile(r"The(?:\s+[A-Z][\w'’.&-]*){1,4}\s+(?P<view>[a-z]+)\s+(?:on|of)\s")
"""An outlet's name and a word of its view, in lower case as the outlet's own style writes it,
at a title's head (``The Irish Times view on …``; not ``The Public View on Immigration: Poll …``)."""
_VIEW_RUBRIC = re.compile(r"(?P<before>(?:[A-Z][\w'’.&-]*\s+){1,2})(?P<view>[A-Z][a-z]+)")
"""A column's name as a title: a word or two in title case, then a word of an outlet's view."""
_SECTIONS_NAMED = 2
"""The most sections a page's own section line names (more make a menu)."""
_SECTION_LINE_WORDS = 16
"""The most words of a line naming the page's sections."""
_SECTIONS_END = re.compile(r"\s+(?:on|pada)\s+\S.*\Z", re.IGNORECASE | re.DOTALL)
"""The date after the sections (``… on August 17, 2005``, ``… pada 3 Maret 2023``)."""
_SECTION_SEPARATOR = re.compile(r"\s*[,|/;]\s*|\s+(?:and|dan)\s+", re.IGNORECASE)


def _section_label(line: str, vocabulary: _OpinionWords) -> str | None:
    """The opinion label among the sections a short line names after its opening words (lexicon
    ``section_lines``: ``Published in Editorials on …``; a label of ``closing_labels``), or None."""
    folded = line.strip().casefold()
    if len(folded.split()) > _SECTION_LINE_WORDS:
        return None
    for opening in vocabulary.section_lines:
        if folded.startswith(opening) and not folded[len(opening):len(opening) + 1].isalnum():
            sections = _SECTION_SEPARATOR.split(_SECTIONS_END.sub("", folded[len(opening):].lstrip(" :")))
            if len(sections) > _SECTIONS_NAMED:
                return None  # a menu of the site's sections ("Kanal: Berita | Daerah | Opini")
            for section in sections:
                if section.strip(" .") in vocabulary.closing_labels:
                    return section.strip(" .")
    return None


@functools.lru_cache(maxsize=64)
def _boilerplate(lang: str) -> _Boilerplate:
    """The article language's navigation and advertising lines, and English ones (sites in any
    language print "ADVERTISEMENT")."""
    prefixes = tuple(sorted(with_english(lang, "boilerplate_prefixes")))
    lines = frozenset(with_english(lang, "boilerplate_lines"))
    calls = frozenset(with_english(lang, "boilerplate_calls"))
    policies = phrase_pattern(with_english(lang, "boilerplate_policies"))
    shares = phrase_pattern(with_english(lang, "boilerplate_share_calls"))
    ends = tuple(sorted(phrase.casefold() for phrase in with_english(lang, "boilerplate_link_ends")))
    longest = max(map(len, lines), default=-_BOILERPLATE_MARGIN) + _BOILERPLATE_MARGIN
    return prefixes, lines, longest, calls, policies, shares, ends


_SALUTATION_NAME_WORDS = 2
"""The most capitalised words of the outlet's name inside a salutation to its readers (``Dear
TIME Reader,``)."""


@functools.lru_cache(maxsize=16)
def _reader_salutations(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The salutations to a site's readers (lexicon ``reader_salutations``, with English): each
    as its first folded word and the rest (``dear``, ``(reader,)``)."""
    return tuple((words[0], tuple(words[1:])) for phrase in with_english(lang, "reader_salutations")
                 if (words := phrase.casefold().split()))


def reader_salutation(line: str, lang: str) -> bool:
    """Whether ``line`` is a salutation to the site's readers on a line of its own, perhaps with
    the outlet's name inside (``Dear TIME Reader,``, ``Pembaca yang budiman,``): a notice from
    the site opens there (a plea to turn an ad blocker off, a call to subscribe)."""
    words = line.strip().rstrip(",:!").split()
    folded = [word.casefold() for word in words]
    for first, rest in _reader_salutations(lang):
        if not folded or folded[0] != first or len(folded) < 1 + len(rest) \
                or len(folded) > 1 + len(rest) + _SALUTATION_NAME_WORDS:
            continue
        if tuple(folded[len(folded) - len(rest):]) == rest and \
                all(word[:1].isupper() for word in words[1:len(words) - len(rest)]):
            return True
    return False


def navigation_line(text: str, lang: str, *, notices: bool = True) -> bool:
    """Whether ``text`` reads as a site's navigation or advertising line (``Read the rest of this
    entry``, ``Baca juga: …``; see ``_is_boilerplate``), wherever it stands; without ``notices``,
    a notice pointing at the site's policy pages or calling to share the story is none (a
    speaker may say those words)."""
    boilerplate = _boilerplate(lang)
    return _is_boilerplate(text.strip().lower(),
                           boilerplate if notices else (*boilerplate[:4], None, None, boilerplate[6]))


@functools.lru_cache(maxsize=64)
def _dateline_leads(languages: tuple[str, ...]) -> frozenset[str]:
    """Words that may stand before a dateline keyword (``Page last updated``), in any of
    ``languages``."""
    return frozenset(word for lang in languages for word in lexicon(lang).get("dateline_leads", ()))


def _dateline_keywords(languages: Sequence[str]) -> dict[str, str]:
    return _dateline_keyword_table(tuple(languages))


@functools.lru_cache(maxsize=64)
def _dateline_keyword_table(languages: tuple[str, ...]) -> dict[str, str]:
    return {word: lang for lang in languages for word in lexicon(lang).get("dateline_keywords", ())}


_BULLET = r"(?:[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2219*/|]\s*|[-\u2013\u2014]\s+)?"
"""A list bullet or a separator a site sets before its date line (``• 2025-10-07 11:23 AM``,
``/ 02:34 PM September 15, 2016``, ``- Minggu, 07 Januari 2024 | 19:20 WIB``: what stood before
it, a section's name or a byline, was not copied); a dash only before a space."""
_BARE_DATELINE = re.compile(rf"\s*{_BULLET}(?:(?P<kw>[^\W\d_]+)(?:\s*:\s*|\s+)"
                            r"(?:in\s+(?:[A-Z][\w&'’-]*,?\s+){1,3}(?=on\s))?(?:(?:on|at|pada)(?:\s*:\s*|\s+))?)?(?P<value>.*)")
"""A keyword, perhaps the site's section after it (``Published in News on …``), and the date; a
colon may follow the keyword or the preposition after it (``Diposting pada : 3 Maret 2023``)."""
# Byline fields or an update stamp printed after the date on the same line: "Rabu, 14
# September 2016 Reporter: …", "11:08 WIB Last Updated 2021-09-11T08:29:52Z", "May 11,
# 2008|By Don Aines" (a bar, spaced or not).
_BYLINE_AFTER = re.compile(r"(?:\s+|\s*+[|]\s*+)(?:Reporter|Penulis|Pewarta|Editor|Redaktur|Writer|Author|By"
                           r"|(?:Written|Posted|Ditulis)\s+(?:by|oleh)|Oleh|Share|Bagikan"
                           r"|(?:Last\s+)?Updated|Diperbarui)\b\s*:?.*\Z", re.IGNORECASE | re.DOTALL)
_PAGE_AFTER = re.compile(r"\s*+[,;|/\-\u2013]?\s*+\b(?:Page|Pg\.?|Halaman|Hal\.)\s*+[A-Z]?\d{1,3}[A-Z]?\s*+\Z",
                         re.IGNORECASE)
"""The page of a print edition after the date on its line (``12 March 2009, Page 17``,
``Kamis, 5 Mei 2011, Halaman 3``): no part of the date."""
_AGE_AFTER = re.compile(r"\s*[|/·•]\s*(?:about\s+|sekitar\s+)?\d{1,3}\s+(?:years?|months?|weeks?|days?|hours?"
                        r"|minutes?|mins?|hrs?|tahun|bulan|minggu|pekan|hari|jam|menit)\s+(?:ago|(?:yang\s+)?lalu)"
                        r"\s*\Z", re.IGNORECASE)
"""The story's age after its date on the line, as a site prints it (``/ 2 years ago``, ``· 3
hari lalu``), after a site's separator (not a comma: ``26 Desember 2004, 20 tahun lalu`` is an
anniversary's kicker): no part of the date."""
_AGE_REACH = 40
"""The most characters of a story's age at a line's end."""
_PAGE_REACH = 24
"""The most characters of a page reference at a line's end (``, Halaman 12A``): it is looked
for there only, so that a long line costs no more than a short one."""
# Up to six words of outlet, section or byline and a spaced bar, dash or bullet before the date
# ("Kompas.com - ", "Published By : Admin | ", "Staff Report • ", a byline the site printed twice:
# "Ana RusliAna Rusli - "), or up to four and a comma ("Xinhua, "; not "Page last updated at
# 10:15 GMT, ").
_OUTLET_PREFIX = re.compile(r"\s*(?:(?:[^\s|–—•·,-]+\s+){0,5}[^\s|–—•·,-]+\s+[|–—•·-]\s+"
                            r"|(?:[^\s|–—,-]+\s+){0,3}[^\s|–—,-]+,\s+)")
_DASHED_OUTLET = re.compile(r"\s*[-–—•]\s+(?P<words>(?:[^\s|–—•·,-]+\s+){1,6})[|–—•·-]\s+")
"""An outlet's name between two dashes or bullets before the date (``- Associated Press -
Monday, …``, ``- admin -``); not prose (checked apart, :func:`_prose_before`: ``- Sebanyak lima
warga - 12 Maret`` is a list's line)."""
_BYLINE_PLACE = re.compile(r"\s*(?i:by|oleh)\s+(?:[^\s|]+\s+){0,3}[^\s|]+\s+\|\s+(?:[^\s|]+\s+){0,2}[^\s|]+\s+\|\s+")
"""A byline and the story's place, each before a bar, before the date (``BY SUSAN KIM | BALTIMORE
| June 28, 2006``)."""
_TAGLINE_OUTLET = re.compile(r"\s*(?P<outlet>(?:[^\s|–—•·,-]+\s+){0,2}[^\s|–—•·,-]+)\s+[|–—•·-]\s+"
                             r"(?P<words>[^|–—•·\n-]{1,60}?)\s+[|–—•·-]\s+")
"""An outlet's name and its tagline, each before a dash or a bar, before the date (``NTVNews -
Berita Hari Ini, Terbaru dan Viral - 8 Jul 2024, 17:12``); the tagline is in title case, no
prose (checked apart, :func:`_title_case_words`), and the outlet's name is one (a word with a
capital inside it or a web address: ``NTVNews``, ``Kabar.com``), the tagline holds a news site's
word (lexicon ``tagline_words``: ``Berita``, ``News``) or a time follows the date (a
kicker and a deck before an event's date, ``Laga Besar - Persib vs Persija - 20 Mei 2024``, are
none)."""
@functools.lru_cache(maxsize=64)
def _tagline_words(langs: tuple[str, ...]) -> re.Pattern[str]:
    """The lexicon's ``tagline_words`` of ``langs`` and English: words of a news site's tagline
    (``Berita``, ``News``, ``Terkini``), whole, in any case."""
    found = [word for lang in dict.fromkeys(langs) for word in with_english(lang, "tagline_words")]
    return phrase_pattern(found) or re.compile("(?!)")


_OUTLET_WORD = re.compile(r"\S*[a-z][A-Z]\S*|\S+\.[A-Za-z]{2,}\S*")
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
# A relative update stamp and a separator before the date: "Updated 1 year ago · Published on …".
_UPDATE_BEFORE = re.compile(r"\s*(?:last\s+)?(?:updated|diperbarui)\b[^·|•\n]{0,40}[·|•]\s*", re.IGNORECASE)
_BRACKETED_DATE = re.compile(r"\s*(?:[^\s()]+\s+){0,5}[^\s()]+\s*\((?P<kw>)(?P<value>[^()]+)\)\s*\Z")
"""Up to six words of outlet, school or office and the date in parentheses after them, ending
the line (``SMPN 3 Sukamaju (14 Juni 2023)``, ``detikNews (…)``); no prose (checked apart:
:func:`_prose_before`)."""
_JOB_BYLINE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*,\s*(?P<job>[^\W\d_]+)\s*[-–—|]\s*")
"""A byline with the writer's newsroom job (checked apart: lexicon ``newsroom_jobs``) and a dash
or bar, perhaps glued, before the date (``Arief Setyadi , Jurnalis-Sabtu, 22 Februari 2025``)."""
_BYLINE_WORDS = frozenset({"by", "oleh"})
"""Words that open a byline before a dateline keyword (``by Jane Doe Published …``)."""
_BARE_DATELINE_LENGTH = 80
_BARE_LINE_MAX = 1000
"""The longest second line read as a dateline with byline or site fields after the date (the
date and what is left after cutting them must then be short too)."""
_BARE_DATELINE_WORDS = 14
_SECTION_AFTER_SLASH = re.compile(r"[A-Z][^\W\d_]{1,15}(?:[ \t][A-Z][^\W\d_]{1,15}){0,2}")
"""A section's name after a slash and a date, one to three capitalised words (``2008-04-18 /
Columnists``, ``/ Local News``; not a time, an update stamp or prose)."""
_DATELINE_FIELDS = 6
"""The most fields after a bar that a dateline's length leaves out (``… 2016 | 312 views | 0
comments | print``)."""


def _title_case_words(words: str) -> bool:
    """Whether a run of words is a tagline's, in title case: two words or more, and all of them
    but one in three capitalised (``Berita Hari Ini, Terbaru dan Viral``)."""
    found = re.findall(r"[^\W\d_]+", words)
    return len(found) >= 2 and sum(word[0].isupper() for word in found) * 3 >= len(found) * 2


_FOOT_LINES = 2
"""How many of the last blocks may hold a sign-off's place and date (a credit may follow it)."""
_SIGN_OFF = re.compile(r"[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){0,3},\s")
"""A sign-off's place or writer's name (up to four capitalised words) and its comma before the
date (``Surabaya, ``, ``Kota Batu, ``, ``Ismail Umar Sanji, ``)."""


def _foot_dateline(text: str, body: Sequence[tuple[int, int, int]], keywords: dict[str, str],
                   langs: Sequence[str]) -> Dateline | None:
    """A sign-off's place (or writer) and whole date on one of the last lines, under a block that
    ends a sentence (``Surabaya, 27 Juni 2019``), as the date line of a page that has none at its
    head; None when there is none, or it does not read as a plausible date. It dates nothing (no
    year is inferred from it): a line of the same shape may give an event's place and date, or a
    photo's."""
    for at in range(len(body) - 1, max(0, len(body) - _FOOT_LINES) - 1, -1):
        n, s, e = body[at]
        line = text[s:e].strip()
        place = _SIGN_OFF.match(line)
        if place is None or not all(word[:1].isupper() for word in line[:place.end()].split()) or at == 0 \
                or not text[body[at - 1][1]:body[at - 1][2]].rstrip().endswith(tuple(".!?…”\"’')")):
            continue
        found = _bare_dateline(line, keywords, langs)
        if found is None or found.start("value") != place.end():
            continue
        if any(_whole_date(found["value"], lang) is not None for lang in dict.fromkeys(langs)):
            return Dateline(n, s, e, text[s:e], None)
    return None


def _bare_dateline(line: str, keywords: dict[str, str], langs: Sequence[str]) -> re.Match[str] | None:
    """The line after the title as a dateline without a ``Keyword:``, or None.

    Newsroom copy often prints the date alone (``Rabu, 11/07/2012 21:59 WIB``, ``March 7,
    2018 10:15 AM``) or after a keyword without a colon (``Published on June 21, 2024``). Such
    a line is short, and a date (with weekday, time and zone) is all it says; a paragraph
    that opens with a date is longer. Read in the article's language first, then in the
    configured ones (a weekday name may be all that is not a number).
    """
    if len(line) > _BARE_LINE_MAX:
        return None  # (no dateline, however its fields run: and the searches below stay short)
    # A bar glued between the date and the outlet's name ("May 10, 2012|The State") is spaced
    # as a field's bar (offsets before it stay the same).
    line = _GLUED_BAR.sub(" | ", line)
    byline = _BYLINE_AFTER.search(line)
    if byline is not None and byline.start() > 0 and any(c.isdigit() for c in line[:byline.start()]):
        line = line[:byline.start()].rstrip(";,")  # ("… CST; updated …"; "Page last updated at …"
        # keeps its date: the byline or stamp must come after it)
    content = line.rstrip()
    page = _PAGE_AFTER.search(content, max(0, len(content) - _PAGE_REACH))
    if page is not None and any(c.isdigit() for c in line[:page.start()]):
        line = line[:page.start()]  # the print page after the date: "12 March 2009, Page 17"
    age = _AGE_AFTER.search(line, max(0, len(line) - _AGE_REACH))
    if age is not None and any(c.isdigit() for c in line[:age.start()]):
        line = line[:age.start()]  # the story's age after its date: "July 9, 2015 / 6:21 AM / 2 years ago"
    stripped = line.strip()
    # (a site's short fields after a bar do not count: ``_only_a_date`` reads them, "… 2016 | 312
    # views | 0 comments | print")
    head = stripped.split(" |", 1)[0] if stripped.count(" |") <= _DATELINE_FIELDS else stripped
    words = [word for word in head.split() if any(c.isalnum() for c in word)]
    if len(head) > _BARE_DATELINE_LENGTH or len(words) > _BARE_DATELINE_WORDS:
        return None
    prefixed = _OUTLET_PREFIX.match(line)  # "Kompas.com - 18/04/2014, 02:59 WIB"
    dashed = _DASHED_OUTLET.match(line)  # "- Associated Press - Monday, January 10, 2011"
    if dashed is not None and _prose_before(dashed["words"], langs, names_only=True):
        dashed = None  # a list's line: "- Sebanyak lima warga - 12 Maret 2024"
    tagline = _TAGLINE_OUTLET.match(line)
    if tagline is not None and (not _title_case_words(tagline["words"]) or not (
            any(_OUTLET_WORD.fullmatch(word) for word in tagline["outlet"].split())
            or _CLOCK_TIME.search(line, tagline.end())
            or _tagline_words(tuple(langs)).search(tagline["words"]) is not None)):
        tagline = None  # prose between two dashes, "Banjir - warga mengungsi ke masjid - 12 Maret", or a kicker
    prefixed = prefixed or dashed
    update = _UPDATE_BEFORE.match(line)  # "Updated 1 year ago · Published on 31 May 2022"
    byline_before = _BYLINE_BEFORE.match(line) or _WRITTEN_ON.match(line)  # "By humas 22 Des 2022"
    job = _JOB_BYLINE.match(line)  # "Arief Setyadi , Jurnalis-Sabtu, 22 Februari 2025 |16:35 WIB"
    if job is not None and not any(job["job"].casefold() in newsroom_jobs(lang) for lang in langs):
        job = None
    placed = _BYLINE_PLACE.match(line)  # "BY SUSAN KIM | BALTIMORE | June 28, 2006"
    bracketed = _BRACKETED_DATE.match(line)  # "SMPN 3 Sukamaju (14 Juni 2023)"
    if bracketed is not None and _prose_before(line[:bracketed.start("value")], langs):
        bracketed = None  # an event's date: "Banjir bandang di Desa … (2 Januari 2024)"
    candidates = (_BARE_DATELINE.match(line), re.match(rf"\s*{_BULLET}(?P<kw>)(?P<value>.*)", line),
                  re.compile(r"(?P<kw>)(?P<value>.*)").match(line, prefixed.end()) if prefixed else None,
                  _BARE_DATELINE.match(line, update.end()) if update else None,
                  re.compile(r"(?P<kw>)(?P<value>.*)").match(line, byline_before.end()) if byline_before else None,
                  bracketed,
                  _WHOLE_VALUE.match(line, job.end()) if job else None,
                  _WHOLE_VALUE.match(line, tagline.end()) if tagline else None,
                  _WHOLE_VALUE.match(line, placed.end()) if placed else None,
                  *_after_a_name(line),
                  *_keyword_inside(line, keywords, _dateline_leads(tuple(langs))))
    for found in candidates:
        if found is None or (found["kw"] and found["kw"].lower() not in keywords):
            continue
        for lang in dict.fromkeys(langs):
            if _whole_date(found["value"], lang) is not None:
                return found
    return None


_GLUED_BAR = re.compile(r"(?<=\d)\|(?=[^\W\d_])")
"""A bar with no space around it between a date's last digit and a word (``2012|The State``)."""
_GLUED_DATELINE = re.compile(r"[ \t]*(?P<kw>[^\W\d_]+)[ \t]+(?P<value>\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?)"
                             r"[ \t]+(?=\S)")
"""A dateline's keyword and an ISO date before other words on the first line (`` date 2019-02-17
CLARK COUNTY, WA – …``): an export's date glued to the title."""
_DATED_TITLE = re.compile(r"[ \t]*(?P<kw>)(?P<value>\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})[ \t]+[—–-][ \t]+(?=\S)")
"""A site's numeric date stamp, a spaced dash, then the headline on the first line (``05/27/10 —
Foot in it, again?``; two words at least; a date in words heads an anniversary's headline,
``September 11, 2001 — Twenty Years Later``)."""
_HEADLINE_WORD = re.compile(r"[^\W\d_]{2,}")


def _whole_date(value: str, lang: str) -> ParsedDateline | None:
    """``value`` read in ``lang`` when it is a whole date with its year and nothing else (a
    plausible one), else None."""
    parsed = parse_dateline_value(value, lang)
    return parsed if parsed is not None and _plausible(parsed[0]) and _only_a_date(value, lang) else None


_GLUED_MONTH = re.compile(r"[ \t]*(?P<kw>[^\W\d_]+)[ \t]+\d{4}-\d{2}[ \t]+(?=\S)")
"""An archive's keyword and a year and month only before the first line's words (`` date
2021-12 Minggu, 5 Desember 2021 | 20:14 WIB``): a stamp too coarse to date the story."""
_KEYWORD_DATELINE = re.compile(r"\s*(?P<kw>[^\W\d_]+)\s*[:：]\s*(?P<value>.*)")
"""A dateline with its keyword and a colon (``Tanggal: 23 Jun 2024``; the keyword checked apart)."""
_DATED_HEADING = re.compile(r"(?<=\d)[ \t]*:[ \t]*$", re.MULTILINE)
"""A date and a colon ending its line (``Friday, March 3, 2023:``; not a site's fields, ``…
Boyolali Share :``)."""
_SCHEDULE_REACH = 3
"""How many lines before or after a dated heading may hold another."""


def _heads_schedule(text: str, content: Sequence[tuple[int, int, int]], at: int,
                    keywords: dict[str, str], langs: Sequence[str]) -> bool:
    """Whether the non-blank line ``content[at]`` heads a schedule's entries: a date alone and a
    colon ending it (:data:`_DATED_HEADING`; no keyword: not ``Published …:``), with another such
    line among the ``_SCHEDULE_REACH`` before or after it (``Friday, March 3, 2023:`` / ``- Quiz
    Night …`` / ``Saturday, March 4, 2023:``, both); not a dateline with a colon over the story, bulleted or not
    (``Monday, March 4, 2019:`` / ``- The council …``), nor over a line ending in another number
    and a colon (``… on Measure 12:``)."""
    def dated_heading(line_at: int) -> bool:
        _, start, end = content[line_at]
        colon = _DATED_HEADING.search(text, start, end)
        if colon is None:
            return False
        found = _bare_dateline(text[start:colon.start()], keywords, langs)
        return found is not None and not found["kw"]
    near = range(max(0, at - _SCHEDULE_REACH), min(len(content), at + 1 + _SCHEDULE_REACH))
    return dated_heading(at) and any(dated_heading(other) for other in near if other != at)
_BELOW_REACH = 10
"""The furthest non-blank line after the first, counting from it, read as a dateline when the
lines between are short (a page's furniture: ``KTRK logo``, a market ticker, ``Follow us:``, a
standfirst, a byline)."""
_FURNITURE_LENGTH = 160
"""The longest line a dateline further down may stand below; a longer one is the story."""
_STANDFIRST_LENGTH = 80
"""The longest line of one sentence a dateline further down may stand below (a standfirst)."""
_HEAD_REACH = 40
"""How far down the page's head a dateline is looked for when none stands within
``_BELOW_REACH`` and no lede dates the story: below a widget's many short lines, or below one
line that ends a sentence (a teaser, a photo's caption)."""
_SENTENCE_CLOSE = "\"”’'»)"
"""What may close a sentence after its last stop (``… datang.”``)."""


_SECTION_LABEL = re.compile(r"[A-Z][^\W\d_]{1,15}(?:[ \t][A-Z][^\W\d_]{1,15})?")
"""A site's section label alone on its line, one or two capitalised words (``Headline``,
``Fokus``, ``Top Stories``): the line under it is a teaser."""


def _dateline_below(text: str, content: Sequence[tuple[int, int, int]], keywords: dict[str, str],
                    langs: Sequence[str]) -> tuple[int, re.Match[str], bool] | None:
    """A dateline a few lines below the title, where a page's furniture stands between them or
    before the title (``Dark/Light Mode``, ``KTRK logo``, a standfirst, a byline): its index in
    ``content`` (the non-blank lines), its match, and whether it is near.

    Near: up to ``_BELOW_REACH`` lines down, each line before it after the first short and no
    paragraph of the story: a line of two sentences or more, or a long one that ends a sentence,
    ends that search (``Banjir melanda desa selama tiga hari. Berikut kronologinya.`` over a
    chronology's ``Senin, 3 Juni 2024``; not a standfirst of one sentence, nor a teaser of one
    under a section's label, ``Headline`` / ``Presiden sebut …``, when a headline stands between
    it and the date line (right under it, the date may be a chronology's), nor a byline's initial or a
    title's abbreviation: ``Penulis: Budi S.``, ``Gov. Beshear``). Further down the head
    (up to ``_HEAD_REACH`` lines: the caller takes it only when no lede dates the story), a
    date line one line at most before which ends a sentence (a teaser, a caption: the story's own
    sentences end the search) and that is no item of a list of dates (another date line among
    the two after it: related stories, a chronology, a schedule); a line of two sentences or a
    long one ends that search too. A date and a colon heads a schedule's entries, no dateline,
    when another such line stands near (:func:`_heads_schedule`).
    """
    near, ended, headed, deadline = True, 0, True, 0
    for at in range(2, min(len(content), _HEAD_REACH + 1)):
        _, s, e = content[at - 1]
        before = text[s:e].strip()
        site_line = any(_is_boilerplate(before.lower(), _boilerplate(lang)) for lang in dict.fromkeys(langs))
        # (a site's line is no paragraph of the story: "Welcome to the site! Login or Signup below.")
        if not site_line and (e - s > _FURNITURE_LENGTH or _SENTENCE_INSIDE.search(before) is not None):
            return None
        stops = before.endswith(".") and not before.endswith("...")
        # (a site's teaser of one sentence under its section's label: "Headline" / "Presiden
        # sebut negara butuh …." / "Fokus" / "…." over the title; no sentence of the story)
        _, s, e = content[at - 2]
        teaser = _SECTION_LABEL.fullmatch(text[s:e].strip()) is not None
        if teaser:
            # (the date line must follow the headline under the teaser: right under the teaser it
            # may be a chronology's first entry, and further down the teaser was the story's lede)
            headed, deadline = False, at + 1
        elif not before.endswith(_FINAL_PUNCTUATION):
            headed = True  # a headline between the teaser and the date line
        if near and (at > _BELOW_REACH or (stops and len(before) > _STANDFIRST_LENGTH and not teaser)
                     or (not teaser and deadline and at > deadline)):
            near = False
        if before.rstrip(_SENTENCE_CLOSE).endswith((".", "!", "?")) and not before.endswith("...") and not teaser:
            ended += 1
        if not near and ended > 1:
            return None
        _, s, e = content[at]
        # (a date and a colon heads a schedule's entries: "Friday, March 3, 2023:" / "- Quiz …")
        found = _bare_dateline(text[s:e], keywords, langs) \
            if not _heads_schedule(text, content, at, keywords, langs) else None
        if found is None:
            continue
        listed = any(_bare_dateline(text[s2:e2], keywords, langs) is not None for _, s2, e2 in content[at + 1:at + 3])
        if near and headed and not (deadline and listed):
            return at, found, True  # (near through a teaser, no chronology's entry: another date follows)
        if not listed:
            return at, found, False
    return None


def _furniture_line(line: str, langs: Sequence[str]) -> bool:
    """Whether ``line`` is, whole, one of the lexicon's ``boilerplate_lines`` of any of ``langs``
    (``Advertisement``, ``Skip to main content``), or several glued as a page's links are copied
    (``Go to main contentsGo to main menu``)."""
    lines = [_boilerplate(lang)[1] for lang in dict.fromkeys(langs)]
    parts = _GLUED_LINK.split(line.strip()) if len(line) <= _GLUED_LINKS_LENGTH else [line]
    return all(any(part.strip().casefold().rstrip(".:") in known for known in lines) for part in parts)


_GLUED_LINK = re.compile(r"(?<=[a-z])(?=[A-Z])")
"""Where one link's words end and the next one's begin, glued (``contentsGo``)."""
_GLUED_LINKS_LENGTH = 120
"""The longest line read as links glued together."""


_TEMPERATURE = re.compile(r"-?\d{1,3}(?:[.,]\d{1,2})?\s?°?\s?[CF]")
"""A temperature alone on its line (``62.1 F``, ``31°C``): a weather widget's reading."""
_DEGREES = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?[ \t]?°[ \t]?[CF]\b")
"""A temperature in degrees (``61°F``, ``31 °C``)."""
_WEATHER_WORDS = 8
"""The most words of a weather widget's line that gives a temperature in degrees."""


def _weather_line(line: str) -> bool:
    """Whether ``line`` is a weather widget's: a temperature alone (``62.1 F``, ``31°C``), or a
    short line with one in degrees (``[Masthead] Fair ~ 61°F``, ``High: 77°F ~ Low: 63°F``)."""
    line = line.strip()
    return _TEMPERATURE.fullmatch(line) is not None or (
        _DEGREES.search(line) is not None and len(line.split(None, _WEATHER_WORDS)) <= _WEATHER_WORDS)


_WIDGET_LINES = 2
"""The most lines of a weather widget from its temperature to its date (the place between)."""
_WIDGET_WORDS = 3
"""The most words of a line between a weather widget's temperature and its date (``Los Angeles``)."""


def _date_alone(line: str, keywords: dict[str, str], langs: Sequence[str], *, placed: bool = False) -> bool:
    """Whether ``line`` is a date with nothing before it, no dateline's keyword, place or byline
    (``Saturday, November 23, 2024 at 2:50 AM``; not ``Published May 14, 2024``, ``Date: …``,
    ``Oakdale, May 14, 2024``, ``By Ann Lee | May 14, 2024``): a site's date of the day. With
    ``placed``, a place may stand before it (a weather widget's ``Jakarta, Senin, 6 Januari 2025``)."""
    words = line.split(None, 1)
    if not words or words[0].casefold().rstrip(":") in keywords:
        return False
    found = _bare_dateline(line, keywords, langs)
    return found is not None and (placed or not line[:found.start("value")].strip(" \t" + _BULLETS))


def _byline_word_alone(line: str, langs: Sequence[str]) -> bool:
    """Whether ``line`` is only a byline's word (``oleh``, ``By:``, ``Penulis:``; lexicon
    ``byline_words`` of any of ``langs``): the copy left the writer's name out."""
    word = line.strip().rstrip(":").rstrip().casefold()
    return any(word in byline_words(lang) for lang in dict.fromkeys(langs))


def _date_line(line: str, keywords: dict[str, str], langs: Sequence[str]) -> bool:
    """Whether ``line`` is a dateline, with its keyword or without, or a date with a typo."""
    found = _KEYWORD_DATELINE.match(line)
    return (found is not None and found["kw"].lower() in keywords) \
        or _bare_dateline(line, keywords, langs) is not None or _date_like(line, langs)


_NAME_BEFORE_WORDS = 3
"""The most capitalised words of an outlet's name before the date with no separator (``Potret
Kalteng 20 Jun 2024, 15:14:49 WIB``, ``News May 18, 2001``)."""
_CAPITALISED = re.compile(r"[A-Z][\w.&'’-]*\s+")


def _after_a_name(line: str) -> Iterator[re.Match[str]]:
    """The line's value after each of its first one to ``_NAME_BEFORE_WORDS`` words, while they
    are capitalised: an outlet's or a section's name before the date, with no separator, or a
    writer's name and the desk's initials after a slash (``Lenny Tristia Tambun / FER Kamis, 13
    Juni 2019 | 15:49 WIB``). (The date must still be all that follows: see :func:`_only_a_date`.)"""
    at = len(line) - len(line.lstrip())
    for _ in range(_NAME_BEFORE_WORDS):
        word = _CAPITALISED.match(line, at)
        if word is None:
            return
        at = word.end()
        value = _WHOLE_VALUE.match(line, at)
        assert value is not None  # (it matches everywhere)
        yield value
        desk = _DESK_INITIALS.match(line, at)
        if desk is not None:
            value = _WHOLE_VALUE.match(line, desk.end())
            assert value is not None
            yield value


_WHOLE_VALUE = re.compile(r"(?P<kw>)(?P<value>.*)")
_DESK_INITIALS = re.compile(r"[ \t]*/[ \t]*[A-Z]{2,5}[ \t]+")
"""An editor's initials after a slash, between a writer's name and the date (``/ FER``)."""


def _prose_before(head: str, langs: Sequence[str], *, names_only: bool = False) -> bool:
    """Whether the words before a date are prose, not a source's name: a function word of one of
    ``langs`` (lexicon ``function_words``) among them, other than a byline's (``by``, ``oleh``):
    ``Banjir bandang di Desa Sukamaju (2 Januari 2024)``, not ``SMPN 3 Sukamaju (…)``,
    ``detikNews (…)`` nor ``Posted by admin (…)``. With ``names_only``, also three words or more,
    two of them in lower case, and no byline word, as a sentence goes (``Sebanyak lima warga``,
    ``lima warga dievakuasi``; not ``Staff report``, ``posted by admin``)."""
    function = frozenset().union(*(_language_words(lang)[0] for lang in dict.fromkeys(langs)))
    words = re.findall(r"[^\W\d_]+", head)
    if any(word.casefold() in function and word.casefold() not in _BYLINE_WORDS for word in words):
        return True
    return names_only and len(words) >= 3 and sum(word.islower() for word in words) >= 2 and \
        not any(w.casefold() in _BYLINE_WORDS for w in words)


def _keyword_inside(line: str, keywords: dict[str, str], leads: frozenset[str]) -> Iterator[re.Match[str]]:
    """The dateline keywords standing after other words on the line, each with the value after
    it: after a byline (``Jane Doe (@JaneDoe) Published March 05, 2024``: a name, no word in
    lower case; ``The report was published June 21, 2024`` is a sentence) or after the
    lexicon's ``dateline_leads`` (``Page last updated at …``)."""
    for word in re.finditer(r"(?<=\s)[^\W\d_]+", line):
        if word.group().lower() in keywords:
            found = _BARE_DATELINE.match(line, word.start())  # (always matches: its parts are optional)
            before = line[:word.start()].split()
            if before and before[0].lower() in _BYLINE_WORDS:
                before = before[1:]  # "by Jane Doe Published …"
            if found is not None and (all(w.lower() in leads for w in before)
                                      or not any(w[:1].islower() for w in before)):
                yield found
            return


# Words a dateline may hold besides numbers and calendar names.
_DATELINE_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "pukul", "jam", "pkl", "at", "on", "pada", "et", "pt",
                             "ct", "mt", "local", "time", "waktu", "setempat", *_ZONES})
_UPDATE_PART = re.compile(r"(?i:updated|update|diperbarui|last\s+updated|edited)\b")
_AM_PM = re.compile(r"(?<![^\W\d_])[ap]\.?\s?m\.?(?![^\W\d_])", re.IGNORECASE)
_DATELINE_TOKEN = re.compile(r"\d{1,4}(?:st|nd|rd|th)?|[^\W\d_]+\.?", re.IGNORECASE)


_SENTENCE_MARK = re.compile("[" + re.escape(DOUBLE_MARKS) + "!?;]")
_ZONE_TAIL = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*+(?:[AaPp]\.?\s?[Mm]\.?\s*+)?(?i:"
                        + "|".join(sorted([*_ZONES, *_US_GENERIC], key=len, reverse=True))
                        + r")(?![^\W\d_])(?P<tail>(?:\s++[^\W\d_][\w'’-]*+){1,3})\s*+\Z")
"""A clock time and its zone, then up to three words that end the line (a site's section, or its
buttons: ``8:10 PM ET E-mail | Print``)."""
_WIDGET_TAIL = re.compile(r"(?<![\d.:-])\d{4}(?P<tail>,?(?:\s++in(?=\s))?(?:,?\s++[^\W\d_][\w'’-]*+){1,6})\s*+\Z")
"""A year, then up to six words that end the line, each capitalised (checked apart): a site's
buttons copied with the date (``June 17, 2017 Email To Friend  Print Version``), or its
sections after "in" (``January 22, 2021, in Headline News, Sports``, ``June 17, 2017 in
Uncategorized``; a birth line's place, ``June 17, 1950, in Hightown``, reads the same)."""
_BYLINE_BEFORE = re.compile(r"\s*+(?:by|oleh)\s++(?:[^\W\d_][\w.'’-]*+\s++){1,3}?(?=\d|[^\W\d_]++\.?\s++\d)",
                            re.IGNORECASE)
"""A byline right before the date, without a separator: the fewest words before a number or a
word and a number (``By humas 22 Des 2022, 08:11 WIB``, ``By Observer editorial January 10,
2014``)."""
_WRITTEN_ON = re.compile(r"\s*+(?:(?:written|posted|ditulis)(?:\s++(?:by|oleh)(?:\s++[^\W\d_][\w.'’-]*+){0,3}?)?"
                         r"|(?:by|oleh)(?:\s++[^\W\d_][\w.'’-]*+){1,3}?)\s++(?:on|pada)\s++(?:hari\s++)?",
                         re.IGNORECASE)
"""A byline stamp before the date, perhaps with no name left in it (``Written by on August 26,
2015``, ``Posted by Jane Roe on …``, ``Ditulis oleh Budi pada …``), or the byline alone
(``Oleh Rina Hartati pada hari Senin, …``, ``By Jane Roe on March 3, 2019``)."""
_DATELINE_FIELD_WORDS = 4
"""The most words of a site's field after a date and a bar, a spaced colon or a spaced dash on the
dateline (``| Newswire``, ``- Dibaca 4.57k kali``, ``| From Times Wire Reports``)."""


_FIELD_LIST = re.compile(r"\s[+·•]\s")
"""What joins a site's categories in one field (``- Filed under kantor + dapur``): a symbol no
prose writes between words; each category is a field's length."""


def _only_a_date(value: str, lang: str) -> bool:
    """Whether a line without a keyword says a date and nothing else: numbers, day and month
    names, a time and a zone, and perhaps an update stamp after a separator (``March 7, 2018 /
    10:15 AM / Updated 6 years ago``) or a site's short fields after a bar, a spaced colon or a
    spaced dash, section sign or dot, or a section's name after a slash (``14.3.2024 10:05 CET |
    Newswire | Press release``, ``2008-04-18 / Columnists``,
    ``Januari 10, 2011 § 31 Komentar``, ``7/8/2009 10:49:42 AM : Story
    Author : GhanaDistrict.Com``, a view counter: ``09 October 2022 | 12:10 - Dibaca 4.57k kali``,
    categories: ``- Filed under kantor + dapur``).
    ``1 Mei 2024: "Kami tidak akan mundur."`` says more. A clock time and
    its zone may be followed by a section's name of up to three words (``08:11:43 WIB umum``), and
    a year by up to six capitalised words, a site's buttons (``June 17, 2017 Email To Friend``), or
    by its sections after "in" (``January 22, 2021, in Headline News, Sports``)."""
    names = calendar_names(lang)
    # (the fields after a bar are read below: "… 2019 in Local News, Politics | 2 comments")
    bar = value.find(" |")
    head, fields = (value[:bar], value[bar:]) if bar > 0 else (value, "")
    tail = _ZONE_TAIL.search(head)
    if tail is not None and not _SENTENCE_MARK.search(tail.group("tail")):
        # "22 Des 2022, 08:11:43 WIB umum": the site's section; "8:10 PM ET E-mail | Print": its buttons
        value = head[:tail.start("tail")] + fields
    else:
        tail = _WIDGET_TAIL.search(head)
        if tail is not None:
            words = tail.group("tail").replace(",", " ").split()
            after_in = words[0] == "in"  # ("Posted on June 17, 2017 in Uncategorized": a site's section)
            if all(word[:1].isupper() for word in words[after_in:]):
                value = head[:tail.start("tail")] + fields  # "June 17, 2017 Email To Friend  Print Version"
    pieces = re.split(r"(\s[|/:\-\u2013\u2014§·•]\s|\s[|]|[|]\s)", value)  # parts, with the separators between
    for number, part in enumerate(pieces[::2]):
        if number and _UPDATE_PART.match(part.strip()):
            continue
        if number and "/" not in pieces[2 * number - 1] and not _SENTENCE_MARK.search(part) \
                and all(len(item.split()) <= _DATELINE_FIELD_WORDS for item in _FIELD_LIST.split(part)):
            continue  # a site's field after the date: "| Newswire | Press release", ": Story Author"
        if number and _SECTION_AFTER_SLASH.fullmatch(part.strip()):
            continue  # a section's name after a slash: "2008-04-18 / Columnists"
        for token in _DATELINE_TOKEN.findall(_AM_PM.sub(" ", part)):
            word = token.casefold()
            if token[0].isdigit() or word in _DATELINE_WORDS or word.rstrip(".") in _DATELINE_WORDS:
                continue
            if names.weekday(word) is None and names.month(word) is None:
                return False
        if _SENTENCE_MARK.search(part):
            return False
    return True


def _date_like(line: str, langs: Sequence[str]) -> bool:
    """Whether a short line is made of calendar words and numbers (a month or weekday name, a
    number, a time), or of three numbers that could be a day, a month and a year, as a dateline
    is, though no date can be read from it (``Apr 122009``, ``23 04-2019``)."""
    stripped = line.strip()
    if len(stripped) > _BARE_DATELINE_LENGTH or _SENTENCE_MARK.search(stripped) \
            or not any(c.isdigit() for c in stripped):
        return False
    tokens = _DATELINE_TOKEN.findall(_AM_PM.sub(" ", stripped))
    if not tokens or len(tokens) > _BARE_DATELINE_WORDS:
        return False
    names = [calendar_names(lang) for lang in dict.fromkeys(langs)]
    calendar = 0
    for token in tokens:
        word = token.casefold().rstrip(".")
        if token[0].isdigit() or word in _DATELINE_WORDS:
            continue
        if not any(n.weekday(word) is not None or n.month(word) is not None for n in names):
            return False  # a word of prose
        calendar += 1
    # Or numbers alone that could be a day, a month and a year: "23 04-2019" (not a range of
    # years, "2019-2024", a season, "2024/25", or a telephone number).
    return calendar > 0 or _numeric_date_like(stripped)


def _date_like_line(line: str, keywords: dict[str, str], langs: Sequence[str]) -> bool:
    """:func:`_date_like`, perhaps after a dateline's keyword with no colon (``Published 03/28
    2014 09:32PM``): a dateline with a typo."""
    if _date_like(line, langs):
        return True
    words = line.split(None, 1)
    if len(words) != 2 or words[0].casefold().rstrip(":") not in keywords:
        return False
    value = _TRAILING_CLOCK.sub("", words[1])  # ("… 2014 09:32PM": the time is no part of the date's numbers)
    return _date_like(value, langs)


_TRAILING_CLOCK = re.compile(r"\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*\Z")


_NUMBERS_ONLY = re.compile(r"[0-9]{1,4}(?:[ /.,-]{1,2}[0-9]{1,4}){2}")


def _numeric_date_like(line: str) -> bool:
    """Whether a line is three numbers that could be a day, a month and a year (in some order):
    one year of four digits, the others of two digits at most, one of them a month."""
    if _NUMBERS_ONLY.fullmatch(line) is None:
        return False
    numbers = re.findall(r"[0-9]+", line)
    years = [n for n in numbers if len(n) == 4 and n[:2] in ("19", "20")]
    others = [int(n) for n in numbers if len(n) <= 2]
    return len(years) == 1 and len(others) == 2 and all(1 <= n <= 31 for n in others) and min(others) <= 12


def load_article(text: str, path: str, *, lang: str | None = None,
                 languages: Sequence[str] = ("id", "en")) -> Article:
    """Build an Article from decoded text. ``lang`` is the caller's resolved override, if any."""
    if path.lower().endswith((".md", ".markdown")) and text.startswith("---"):
        return _load_markdown(text, path, lang, languages)
    return _load_plain(text, path, lang, languages)


def _load_plain(text: str, path: str, lang: str | None, languages: Sequence[str]) -> Article:
    lines = _lines(text)
    content = [(n, s, e) for n, s, e in lines if text[s:e].strip()]
    every = [*languages, "id", "en"]
    keywords = _dateline_keywords(every)
    # A dateline's keyword and an ISO date glued before the title on its line, as an archive's
    # export writes it (" date 2019-02-17 CLARK COUNTY, WA – …"): the dateline, and the title
    # (or the page's furniture) after it.
    glued = None
    untitled = False  # (the first line is all the page's date: no title before the body)
    if content:
        n, s, e = content[0]
        found = _GLUED_DATELINE.match(text[s:e])
        month = _GLUED_MONTH.match(text[s:e]) if found is None else None
        dated = _DATED_TITLE.match(text[s:e]) if found is None and month is None else None
        if found is not None and found["kw"].lower() in keywords:
            glued = (n, s, s + found.end("value"), found)
            content = [(n, s + found.end(), e), *content[1:]]
        elif dated is not None and len(_HEADLINE_WORD.findall(text, s + dated.end(), e)) >= 2 \
                and any(_whole_date(dated["value"], lang) for lang in dict.fromkeys(every)) \
                and not (len(content) > 1 and _date_line(text[content[1][1]:content[1][2]], keywords, every)):
            # The page's date before the headline and a dash: "05/27/10 — Foot in it, again? …"
            glued = (n, s, s + dated.end("value"), dated)
            content = [(n, s + dated.end(), e), *content[1:]]
        elif month is not None and month["kw"].lower() in keywords:
            # An archive's stamp of the year and month only, before the page's own date line
            # (" date 2021-12 Minggu, 5 Desember 2021 | 20:14 WIB"): that line is the dateline.
            rest = _bare_dateline(text[s + month.end():e], keywords, every)
            if rest is not None:
                glued, untitled = (n, s + month.end(), e, rest), True
                content = content[1:]
            else:
                content = [(n, s + month.end(), e), *content[1:]]
    # A line of the page's navigation or advertising over a date alone, over the headline, is
    # furniture: the date is over the title ("Go to main menu" / "Saturday, November 23, 2024" /
    # the headline; not over a keyword's dateline, "Skip to main content" / "Date: …").
    while len(content) > 2 and _furniture_line(text[content[0][1]:content[0][2]], every) \
            and _date_alone(text[content[1][1]:content[1][2]], keywords, every):
        content = content[1:]
    # A weather widget over the headline, its temperature, perhaps its place, then the date of
    # the day ("62.1 F" / "Los Angeles" / "Monday, Dec 5, 2022"): the date is over the title.
    # (Over a headline: no full stop ends the line under the date. "31°C" / "Banjir Lagi" /
    # "Selasa, 14 Mei 2024" / the lede is a headline and its dateline under a temperature.)
    # (A weather line may carry more: "[Masthead] Fair ~ 61°F" / "High: 77°F ~ Low: 63°F".)
    if len(content) > 3 and _weather_line(text[content[0][1]:content[0][2]]):
        for skip in range(1, _WIDGET_LINES + 1):
            if _date_alone(text[content[skip][1]:content[skip][2]], keywords, every, placed=True):
                headline = text[content[skip + 1][1]:content[skip + 1][2]].rstrip()
                if not headline.endswith(".") and len(headline.split(None, _HEADLINE_WORDS)) <= _HEADLINE_WORDS:
                    content = content[skip:]
                break
            between = text[content[skip][1]:content[skip][2]]
            if len(between.split()) > _WIDGET_WORDS and not _weather_line(between):
                break
    # A byline's word alone over the title, or a whole line of the page's navigation or
    # advertising ("Advertisement", "Skip to main content"; not "Watch: …", a headline), is the
    # page's furniture: the title is the line below (not a dateline there: "By:" / "Date: …").
    while len(content) > 2 and not _date_line(text[content[1][1]:content[1][2]], keywords, every):
        first = text[content[0][1]:content[0][2]]
        if not (_byline_word_alone(first, every) or _furniture_line(first, every) or (
                # a column's writer's post over its headline and date: "Senior Fellow at …" /
                # "My rent warnings drew questions. …" / "March 9th, 2023"
                len(content) > 3 and _date_line(text[content[2][1]:content[2][2]], keywords, every)
                and any((place := _opinion_words(lang).post_place) is not None and place.search(first)
                        for lang in dict.fromkeys(every))
                # (the column's headline under it is a sentence: "My rent warnings drew questions.
                # Here are my replies."; a news headline, "Chief of Police Resigns", ends none)
                and text[content[1][1]:content[1][2]].rstrip().endswith((".", "?", "!"))
                and any(_post_alone(first, _opinion_words(lang).roles, _opinion_words(lang).newsroom)
                        for lang in dict.fromkeys(every)))):
            break
        content = content[1:]
    problems: list[Problem] = []
    title = text[content[0][1]:content[0][2]].strip() if content else ""
    dateline_match = None
    dateline: Dateline | None = None
    body = content[1:]
    if glued is not None:
        dateline_match = glued
        if content and (untitled or _ENDS_STATEMENT.search(title) is not None
                        or len(title.split(None, _HEADLINE_WORDS)) > _HEADLINE_WORDS):
            title, body = "", content  # the story's lede after the date, no headline: "CLARK COUNTY, WA – …."
    elif len(content) > 1:
        n, s, e = content[1]
        found = _KEYWORD_DATELINE.match(text[s:e])
        if found and found["kw"].lower() in keywords:
            dateline_match = (n, s, e, found)
            body = content[2:]
    resolved_lang, source = _resolve_lang(text, lang, languages,
                                          dateline_match[3]["kw"] if dateline_match else None)
    if dateline_match is None and len(content) > 1:
        n, s, e = content[1]
        langs = [resolved_lang, *languages]
        # (a date and a colon heads a schedule's entries, "Friday, March 3, 2023:": no dateline)
        heading = _heads_schedule(text, content, 1, keywords, langs)
        bare = _bare_dateline(text[s:e], keywords, langs) if not heading else None
        # (not when the line after the title is a dateline with a typo: "Apr 122009", below)
        searched = bare is None and (heading or not _date_like_line(text[s:e], keywords, langs))
        below = _dateline_below(text, content, keywords, langs) if searched else None
        if bare is not None:
            dateline_match = (n, s, e, bare)
            body = content[2:]
        elif below is not None and below[2]:
            at, found, _ = below
            dateline_match = (*content[at], found)
            body = content[1:at] + content[at + 1:]
        elif searched and _bare_dateline(text[content[0][1]:content[0][2]], keywords, langs) is not None:
            # A date alone over the title: a blog's date ("Thursday, August 04, 2005", then the
            # headline), or a site's date of the day, which may be years after the story. The
            # page has its date line (no KL006), but it dates nothing: no year is inferred from it.
            n, s, e = content[0]
            dateline = Dateline(n, s, e, text[s:e], None)
            _, s, e = content[1]
            title = text[s:e].strip() if e - s <= _FURNITURE_LENGTH else ""
            body = content[2:] if title else content[1:]
        elif below is not None:
            # Further down the page's head (below a widget of many short lines, a teaser or a
            # caption), unless a lede dates the story: "PITTSBURGH, July 11, 2011 /PRNewswire/ --".
            dateline = _lede_dateline(text, _lede_blocks(text, body), langs)
            if dateline is None:
                at, found, _ = below
                dateline_match = (*content[at], found)
                body = content[1:at] + content[at + 1:]
    if dateline_match:
        n, s, e, found = dateline_match
        # In the article's language, else in another configured one ("Rabu, 11/07/2012" over
        # an article whose few words read as English).
        parsed = None
        for name in dict.fromkeys([resolved_lang, *languages]):
            parsed = parse_dateline_value(found["value"], name)
            if parsed is not None:
                break
        value_start = s + found.start("value")
        if parsed is None or not _plausible(parsed[0]):
            problems.append(Problem(
                "KL006", _unreadable("the dateline", parsed), n, value_start - s + 1,
                data={"reason": "unparsed", "dateline": text[s:e]},
                hint=f"write it like {_dateline_example(resolved_lang)}"))
            dateline = Dateline(n, s, e, text[s:e], None)
        else:
            dateline = Dateline(n, s, e, text[s:e], *parsed)
    elif len(content) > 1 and not _heads_schedule(text, content, 1, keywords, [resolved_lang, *languages]) \
            and _date_like_line(text[content[1][1]:content[1][2]], keywords, [resolved_lang, *languages]):
        # A line of calendar words and numbers that reads as no date ("Apr 122009"): a dateline
        # with a typo, not a first paragraph.
        n, s, e = content[1]
        body = content[2:]
        problems.append(Problem(
            "KL006", "the line after the title looks like a dateline but could not be read as a date", n, 1,
            data={"reason": "unparsed", "dateline": text[s:e]},
            hint=f"write it like {_dateline_example(resolved_lang)}"))
        dateline = Dateline(n, s, e, text[s:e], None)
    elif dateline is None and (lede := _lede_dateline(text, _lede_blocks(text, body), [resolved_lang, *languages])):
        dateline = lede  # "PITTSBURGH, July 11, 2011 /PRNewswire/ -- …": the lede dates the story
    elif dateline is None and (foot := _foot_dateline(text, body, keywords, [resolved_lang, *languages])):
        # A letter's or a column's sign-off, its place and date on the last lines ("Surabaya, 27
        # Juni 2019"): the page's date line, which dates nothing. It is no paragraph of the piece.
        dateline = foot
        body = [block for block in body if block[0] != foot.line]
    elif dateline is None:
        line = content[1][0] if len(content) > 1 else (content[0][0] + 1 if content else 1)
        problems.append(Problem(
            "KL006", "the article has no dateline on the line after its title", line, 1,
            data={"reason": "missing"},
            hint=f"add a line such as {_dateline_example(resolved_lang)} after the title"))
    if title and content and body[:1] != content[:1] and text[content[0][1]:content[0][2]].strip() == title \
            and (len(title.split(None, _LEDE_WORDS - 1)) >= _LEDE_WORDS
                 or (len(title.split(None, _STATED_LEDE_WORDS - 1)) >= _STATED_LEDE_WORDS
                     and _ENDS_LEDE.search(title) is not None
                     # (a long headline over its dateline stays the title: "… Sudah Saatnya …." /
                     # "Tanggal: …")
                     and not (dateline is not None and len(content) > 1 and dateline.line == content[1][0]))):
        # A first line of many words is the story itself, with no headline over it ("Surabaya,
        # Memorandum.co.id - Lantaran suhu badan … ,” tukas Widarti."): its first paragraph.
        title, body = "", [content[0], *body]
        # Its own place and date may date it: "Sukamaju, 13 Maret 2024 – Terdakwa …".
        lede = _lede_dateline(text, _lede_blocks(text, body), [resolved_lang, *languages]) \
            if dateline is None else None
        if lede is not None:
            dateline = lede
        missing = [problem for problem in problems
                   if problem.code == "KL006" and problem.data.get("reason") == "missing"]
        problems = [problem for problem in problems if problem not in missing]
        if missing and lede is None:
            problems.append(Problem("KL006", "the article has no title and no dateline over its first paragraph",
                                    content[0][0], 1, data={"reason": "missing"},
                                    hint=f"add a title and a line such as {_dateline_example(resolved_lang)} under it"))
    prefixes, boilerplate = _caption_prefixes(resolved_lang), _boilerplate(resolved_lang)
    minor = folded_words(resolved_lang, "title_minor_words")
    if len(body) > 1:
        body = _unwrapped(text, body, prefixes, boilerplate, minor)
    paragraphs: list[Paragraph] = []
    folded_title = " ".join(title.split()).casefold()
    links = False  # (under a site's label over a list of links: "Berita terkait:", "Related:")
    head = True  # (no sentence of the story yet: the page's head)
    notice = False  # (under a salutation to the site's readers after the story: the site's notice)
    for i, (n, s, e) in enumerate(body):
        block = text[s:e]
        if not head and not notice and len(block) <= _SALUTATION_LENGTH and len(body) - i - 1 <= _NOTICE_BLOCKS \
                and not (i and text[body[i - 1][1]:body[i - 1][2]].rstrip().endswith(":")) \
                and reader_salutation(block, resolved_lang):
            # "Dear TIME Reader," / "As a regular visitor to TIME.com, we are sure you …", at the
            # page's foot (not a letter the story quotes after "The email read:", nor one
            # the story goes on after)
            notice = True
        if notice:
            paragraphs.append(Paragraph(i, "boilerplate", n, s, e, block))
            continue
        kind = _kind(block, prefixes, boilerplate, minor)
        if kind == "paragraph" and folded_title and i < _REPEATED_TITLE_REACH and len(block) < 2 * len(title) \
                and " ".join(block.split()).casefold() == folded_title:
            kind = "heading"  # the headline printed again over the story: no paragraph of it
        elif kind == "paragraph" and head and dateline is None and i + 1 < len(body) \
                and not block.rstrip().endswith(_FINAL_PUNCTUATION) \
                and len(block.split(None, _HEADLINE_WORDS)) <= _HEADLINE_WORDS \
                and _date_line(text[body[i + 1][1]:body[i + 1][2]].strip(), keywords, [resolved_lang, *every]):
            # The headline right over its date line, under the page's menu read as the title
            # ("It's time for action! Framework …" / "published: Sunday | June 1, 2008").
            kind = "heading"
        if kind == "paragraph" and _SENTENCE_MARK_END.search(block) is not None:
            head = False  # (the story's first sentence: "… Senin (4/3/2024).", "… since 2013.")
        links, kind = _under_links_label(links, block, kind, boilerplate[0])
        paragraphs.append(Paragraph(i, kind, n, s, e, block))
    _caption_over_lines(paragraphs)
    return Article(path, text, title, resolved_lang, source, "text", dateline, paragraphs, problems)


def _caption_over_lines(paragraphs: list[Paragraph]) -> None:
    """A photo's caption a page split over lines at its credit's bracket: the block that ends
    with the open bracket over a caption's line, and the credit's close under it, are the caption
    too (``The number of cases has gone up (Stock photo) (`` / ``Image:`` / ``Getty Images)``)."""
    for at, paragraph in enumerate(paragraphs):
        if paragraph.kind != "caption" or not at or not paragraphs[at - 1].text.rstrip().endswith("("):
            continue
        paragraphs[at - 1] = dataclasses.replace(paragraphs[at - 1], kind="caption")
        if at + 1 < len(paragraphs):
            below = paragraphs[at + 1].text.strip()
            if below.endswith(")") and "(" not in below and len(below.split()) <= _CREDIT_CLOSE_WORDS:
                paragraphs[at + 1] = dataclasses.replace(paragraphs[at + 1], kind="caption")


_CREDIT_CLOSE_WORDS = 5
"""The most words of the line that closes a split caption's credit (``Getty Images)``)."""


def _under_links_label(links: bool, block: str, kind: str, prefixes: Sequence[str]) -> tuple[bool, str]:
    """Whether the blocks after ``block`` stand under a site's label over a list of links, and
    the block's kind: a list's item under such a label is a link, the page's navigation, whatever
    it holds (``Berita terkait:`` / ``* Harga beras tembus Rp 15.000, Rabu (14/5) (detik.com)``:
    another story's date, no date of this one). The label is a navigation phrase of the lexicon
    and its colon, nothing else (``Related:``, ``Baca juga:``; not ``Simak juga jadwal
    lengkapnya:``, which introduces the story's own list); the list's items open with a bullet or
    a number (``1.``), and it ends at the first block that is no item."""
    stripped = block.strip()
    label = stripped.casefold()
    if kind == "boilerplate" and label.endswith(":") and (label in prefixes or label[:-1].rstrip() in prefixes):
        return True, kind
    if links and (stripped[:1] in _BULLETS or _NUMBERED_ITEM.match(stripped)) and kind in ("paragraph", "heading"):
        return True, "boilerplate"
    return False, kind


_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)][ \t]")
"""A list's item number at a block's head (``1. …``, ``2) …``)."""


_SENTENCE_MARK_END = re.compile(r"[^\s.][.!?…]['\"’”)]*\s*\Z")
"""A block that ends with a sentence's mark, whatever stands before it (``… (4/3/2024).``)."""
_SALUTATION_LENGTH = 60
"""The most characters of a salutation to the site's readers on a line of its own."""
_NOTICE_BLOCKS = 3
"""The most blocks under a salutation to the site's readers that end the page as its notice."""
_REPEATED_TITLE_REACH = 3
"""How many of the body's first blocks may be the headline printed again (a closing line that
repeats it is the story's)."""
_WRAPPED_MIN_BREAKS = 3
"""The fewest lines broken inside a sentence that make a text hard-wrapped."""
_WRAPPED_SHARE = 0.2
"""The least share of a hard-wrapped text's adjacent lines broken inside a sentence."""
_SHORT_WRAPPED_BREAKS = 2
"""The fewest such lines that make a short text hard-wrapped, when they are half its adjacent
lines or more."""
_WRAPPED_FULL = 0.6
"""How long a line is, as a share of the text's width, to count as broken inside a sentence when
it ends with none of a sentence's marks over a line in lower case (which makes a text
hard-wrapped), and to run on in such a text into the next line whatever that line begins with."""
_SPACED_RATIO = 1
"""How many times as many body blocks stand after a blank line as right under another in a text
whose paragraphs stand between blank lines (at least as many)."""
_LINE_END = re.compile(r"[.!?…:;|][\"”’'»)\]*]*\s*\Z")
"""The end of a line that may end a paragraph: a sentence's mark (perhaps inside a quotation or
parentheses), a colon, a semicolon, a table's bar."""


def _unwrapped(text: str, body: list[tuple[int, int, int]], prefixes: Sequence[str],
               boilerplate: _Boilerplate, minor: frozenset[str] = frozenset()) -> list[tuple[int, int, int]]:
    """The body's blocks, with the lines of a paragraph broken over lines joined into it.

    A text is hard-wrapped when at least ``_WRAPPED_MIN_BREAKS`` of its adjacent lines, and
    ``_WRAPPED_SHARE`` of them (or ``_SHORT_WRAPPED_BREAKS`` and half of them, in a short story
    whose paragraphs do not stand between blank lines), are broken inside a sentence: a long
    line (``_WRAPPED_FULL`` of the text's width) that ends with no sentence's mark over one that
    begins in lower case (``… it does shut out the public in`` / ``some way, since …``); one
    paragraph per line, as klaim's articles are written, has none (a poem's lines and a list's
    items are short). In such a text a line runs on into the next when the next begins in lower
    case (a line may end with an abbreviation's full stop, ``… 7 p.m.`` / ``meetings.``, and a
    page's wrapping may break short lines too, ``“Tersangka berhasil kita tangkap`` / ``saat
    sedang tidur …``), or when it is long or leaves a quotation open and ends with no sentence's
    mark (``… the Newport Beach City`` / ``Council has met …``, ``bertemakan “Bersih Desa`` /
    ``Sehat Warga” yang …``).
    A text whose paragraphs stand between blank lines (``_SPACED_RATIO`` times as many blocks
    after a blank line as right under another, the first one too) has single breaks inside its
    paragraphs too: a line that leaves a quotation open and ends with a comma or a word in lower
    case runs on into the line right under it (``“Yang rajin akan memetik hasil,`` / ``yang
    malas akan menyesal.”``), and so does one that leaves it open after a sentence's end, when
    the line under it closes it and opens with no mark (``"… serta luka lecet.`` / ``Dan saat
    ini sedang dirawat," ungkapnya.``).
    A caption or a line of the site's navigation takes no line and is taken by none. A block
    spans its lines (its text holds their breaks); its line is its first."""
    if body[-1][0] - body[0][0] + 1 == len(body) and len(body) > 2 and sum(
            1 for _, s, e in body if text[s].islower() or (text[s].isspace() and text[s:e].lstrip()[:1].islower())
    ) < _SHORT_WRAPPED_BREAKS:
        return body  # (one block per line, no blank line between, too few in lower case: most articles)
    lengths = [len(text[s:e].strip()) for _, s, e in body]
    full = _WRAPPED_FULL * sorted(lengths)[len(lengths) * 9 // 10]  # (the width: the 90th percentile)
    adjacent = broken = 0
    # (a blank line over the first block counts: the head stands apart from the body)
    first = body[0][1]
    spaced = int(first > 1 and text[text.rfind("\n", 0, first - 1) + 1:first - 1].strip() == "")
    for at, ((n, s, e), (n2, s2, e2)) in enumerate(pairwise(body)):
        if n2 == n + 1:
            adjacent += 1
            if lengths[at] >= full and _LINE_END.search(text, s, e) is None \
                    and _runs_on(text[s2:e2]):
                broken += 1
        else:
            spaced += 1
    between_blanks = bool(adjacent) and spaced >= _SPACED_RATIO * adjacent
    wrapped = (broken >= _WRAPPED_MIN_BREAKS and broken >= _WRAPPED_SHARE * adjacent) or (
        # (a short story, wrapped: not one whose paragraphs stand between blank lines)
        broken >= _SHORT_WRAPPED_BREAKS and 2 * broken >= adjacent and not between_blanks)
    if not wrapped and not between_blanks:
        return body
    blocks: list[tuple[int, int, int]] = []
    last_n = -1
    ended = taker = soft = long = opened = False  # (of the line before: whether it ends a sentence,
    # may take this line, leaves a quotation open after a comma or a word in lower case, is long,
    # leaves a quotation open)
    for at, (n, s, e) in enumerate(body):
        line = text[s:e]
        kind = _kind(line, prefixes, boilerplate, minor)
        joins = blocks and taker and n == last_n + 1 and kind not in ("caption", "boilerplate") and (
            (_runs_on(line) or ((long or opened) and not ended)) if wrapped
            else soft or (opened and _closes_quotation(line)))
        if joins:
            blocks[-1] = (blocks[-1][0], blocks[-1][1], e)
        else:
            blocks.append((n, s, e))
        last_n = n
        taker = kind not in ("caption", "boilerplate")
        ended = _LINE_END.search(text, s, e) is not None
        long = lengths[at] >= full
        words = line.split()
        opened = _open_quotation(line)
        soft = bool(words) and opened and (
            words[-1].endswith(",") or (words[-1][:1].islower() and words[-1][-1:].isalpha()))
    return blocks


def _runs_on(line: str) -> bool:
    """Whether a line begins in lower case, as a sentence's continuation does: its first word in
    lower case throughout (not a brand's or an identity card's name, ``e-KTP``, ``iPhone``)."""
    first = line.lstrip()[:_RUN_ON_WORD].split(None, 1)
    return bool(first) and first[0][:1].islower() and not any(char.isupper() for char in first[0])


_RUN_ON_WORD = 24
"""How many characters of a line's first word are read to tell a continuation."""


def _open_quotation(line: str) -> bool:
    """Whether a line leaves a quotation open: more opening double marks than closing ones (a
    closing mark typed to open one, ``”Aturan``, opens it), or an odd number of straight ones."""
    typed = len(_TYPED_OPENING.findall(line)) if "”" in line else 0
    return line.count("“") + typed > line.count("”") - typed or line.count("«") > line.count("»") \
        or line.count('"') % 2 == 1


def _closes_quotation(line: str) -> bool:
    """Whether a line closes a quotation a line before it left open: its first double mark that
    pairs with none before it on the line is a closing one or a straight one right after a word
    or a mark (``Dan saat ini dirawat," ungkapnya.``, ``… dirawat,”kata Dewi.``, past a pair
    inside, ``menyebut kondisinya “stabil” dan dirawat,” kata Dewi.``); a mark after a space, a
    bracket, a colon or a dash (but a closing shape after a dash closes: ``when—”``), or at the
    line's start, opens (``Ia menyebut ”peringatan keras” …``, a closing shape typed to open;
    ``menambahkan:"Kami …``), and so does a straight one glued before a capital or a digit but
    after no clause's mark (not ``RSUD"ungkapnya``); a guillemet counts for nothing (``»`` is a
    breadcrumb's separator too)."""
    depth = 0
    for found in _DOUBLE_MARK.finditer(line):
        at = found.start()
        before = line[at - 1] if at else ""
        mark = found.group()
        opens = at == 0 or before.isspace() or (before in "([:—–-" and mark != "”") or mark in "“„" or (
            # (a straight mark glued before a capital or a digit opens, but not after a clause's
            # mark: 'ujarnya"Kami …', not 'dirawat,"Kata' nor 'RSUD"ungkapnya')
            mark == '"' and (line[at + 1:at + 2].isupper() or line[at + 1:at + 2].isdigit())
            and before not in ",.!?")
        if opens and not (mark in '"”' and at + 1 < len(line) and line[at + 1].isspace()):
            depth += 1
        elif depth:
            depth -= 1
        else:
            return mark in '"”'
    return False


_DOUBLE_MARK = re.compile('["“”„]')
"""The double marks a line's quotations are read by when the loader joins lines."""


_TYPED_OPENING = re.compile(r"(?:^|(?<=\s))”(?=\w)")
"""A closing double mark typed where a quotation opens: at a line's start or after a space, before
a word."""


def _dateline_example(lang: str) -> str:
    """A dateline to copy in a hint, in the article's language where klaim has one to show."""
    return _DATELINE_EXAMPLES.get(lang.split("-")[0], "'Tanggal: 23 Jun 2024 09:05 WIB' or 'Date: 2024-06-23'")


_DATELINE_EXAMPLES = {"id": "'Tanggal: 23 Jun 2024 09:05 WIB'",
                      "en": "'Date: 2024-06-23' or 'Published: June 23, 2024'"}

_LEDE_REACH = 3
"""How many body blocks after the title may open with the story's place and date."""
_LEDE_LENGTH = 80
"""The fewest characters of the first block of prose, the lede, further down the page's head."""


def _lede_blocks(text: str, body: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The body blocks that may be the lede: the first ``_LEDE_REACH``, and, when they are all
    short, the first block of more than ``_LEDE_LENGTH`` characters up to ``_HEAD_REACH`` lines
    below the body's first, under a release's contact box or a page's widget of short lines
    (``SPRINGVALE, Ohio (March 4, 2019) — …`` under ``EXHIBIT 99.1``, ``CONTACTS`` and their
    names and numbers); not a photo's caption (``… (Foto arsip)``, ``file photo``), which may
    open with an old date."""
    blocks = list(body[:_LEDE_REACH])
    if all(e - s <= _LEDE_LENGTH for _, s, e in blocks):  # (else the lede is among them)
        for block in body[_LEDE_REACH:]:
            if block[0] - body[0][0] > _HEAD_REACH:
                break
            if block[2] - block[1] > _LEDE_LENGTH:
                if _PHOTO_WORD.search(text, block[1], block[2]) is None:
                    blocks.append(block)
                break
    return blocks


_PHOTO_WORD = re.compile(r"(?i)\b(?:foto|photos?|ilustrasi|dokumentasi)\b")
"""A word that marks a photo's caption or credit."""


_LEDE_HEAD = 100
"""The most characters of a lede's place and date before their dash."""
_LEDE_DASH = re.compile(r"[ \t](?:--?|[—–])[ \t]|(?<=[0-9)])[—–][ \t]?")
"""The dash after a lede's place and date (``PITTSBURGH, July 11, 2011 --``), a long one perhaps
right after the year (``SUKAMAJU, 14 Maret 2023— …``)."""
_LEDE_WIRE = re.compile(r"[ \t]*/[^/\n]{1,60}/[ \t]*\Z")
"""A wire's or a release service's name between slashes before the dash (``/PRNewswire/``)."""
_LEDE_SITE = re.compile(r"[ \t]+[\w-]+(?:\.[\w-]+)+[ \t]*\Z")
"""The outlet's site after the date (``SAMPANG, Jumat (5/4/2024) suaraindonesia-news.com –``)."""
_BRACKETED_LEDE_DATE = re.compile(r"[ \t]*\[(?P<value>[^\]\n]{6,40})\](?=[ \t]+\S)")
"""A whole date in square brackets opening the lede (``[October 02, 2014]  SPRINGFIELD — …``)."""
_GLUED_LEDE_DATE = re.compile(r"[ \t]*(?P<value>[^\n]{5,30}?(?:19|20)\d\d)(?=[A-Z][a-z])")
"""A whole date glued to the lede's first word, no space between (``27 Juni 2018Pilkada``)."""
_DATE_THEN_PLACE = re.compile(r"[ \t]*(?P<date>[^()\n]{6,40}?)[ \t]*\((?P<place>[A-Z][A-Z.'’ -]{1,40})\)[ \t]+(?=\S)")
"""A lede's date, then its place in capitals in parentheses (``September 29, 2009 (CHICAGO)``)."""
_LEDE_PLACE_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_LEDE_PLACE_WORDS = 4
"""The most words of each comma-separated part of a lede's place (``ROCKY MOUNT, N.C.``)."""


_OUTLET_IN_PARENTHESES = re.compile(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}")
"""An outlet's name in parentheses after a lede's date: up to four capitalised words."""


def _lede_dateline(text: str, blocks: Sequence[tuple[int, int, int]], langs: Sequence[str]) -> Dateline | None:
    """The date a story's lede opens with, after its place and before a dash, as wire copy and
    press releases print it: ``PITTSBURGH, July 11, 2011 /PRNewswire/ -- The …``, ``Rocky Mount,
    N.C., Sept. 16, 2018 — …``, ``JAKARTA (5 Maret 2024) - …``, ``SAMPANG, Jumat (5/4/2024)
    contoh.com – …`` (a wire's name between slashes, the outlet's site or its name in
    parentheses may stand before the dash: ``BRIGHAM CITY, Utah, May 27, 2021 (Gephardt
    Daily) —``). The place is one or two comma-separated parts of capitalised words, and the
    date a whole one with its year (``JAKARTA, KOMPAS.com -`` names the outlet, no date).
    ``blocks``: the first body blocks, (line, start, end). Or its date, then its place in
    capitals in parentheses, as a broadcaster prints it: ``September 29, 2009 (CHICAGO) The …``;
    or a whole date glued to its first word, as a page's date element is copied into the lede
    (``27 Juni 2018Pilkada Serentak …``), or in square brackets before it (``[October 02, 2014]
    SPRINGFIELD — …``)."""
    for n, s, e in blocks:
        glued = _GLUED_LEDE_DATE.match(text, s, min(e, s + _LEDE_HEAD)) or \
            _BRACKETED_LEDE_DATE.match(text, s, min(e, s + _LEDE_HEAD))
        placed = _DATE_THEN_PLACE.match(text, s, min(e, s + _LEDE_HEAD))
        # (the date, and where the dateline ends: glued to the first word or in brackets, or
        # after its place in parentheses)
        dates: list[tuple[str, int]] = []
        if glued is not None:
            dates.append((glued["value"], glued.end("value")))
        if placed is not None:
            dates.append((placed["date"], placed.end("place") + 1))
        for value, end in dates:
            for lang in dict.fromkeys(langs):
                parsed = _whole_date(value, lang)
                if parsed is not None:
                    return Dateline(n, s, end, text[s:end], *parsed)
        dash = _LEDE_DASH.search(text, s, min(e, s + _LEDE_HEAD))
        if dash is None:
            continue
        head = text[s:dash.start()]
        wire = _LEDE_WIRE.search(head) or _LEDE_SITE.search(head)
        if wire is not None:
            head = head[:wire.start()]
        splits = []
        comma_head: str | None = head
        if head.endswith(")") and "(" in head:
            cut = head.rindex("(")
            splits.append((head[:cut].rstrip(" ,"), head[cut + 1:-1]))  # "JAKARTA (5 Maret 2024)"
            inside = head[cut + 1:-1]
            # or the outlet's name: "…, May 27, 2021 (Gephardt Daily)" (not calendar words,
            # "BANTUL, 27 Mei 2006 (Sabtu pagi)", an anniversary's lede)
            comma_head = head[:cut].rstrip() if _OUTLET_IN_PARENTHESES.fullmatch(inside) and not any(
                calendar_names(lang).weekday(word) is not None or calendar_names(lang).month(word) is not None
                for lang in dict.fromkeys(langs) for word in inside.split()) else None
        if comma_head is not None:
            parts = comma_head.split(",")
            splits += [(",".join(parts[:k]), ",".join(parts[k:])) for k in range(1, min(len(parts), 3))]
        for place, value in splits:
            sections = [section.split() for section in place.split(",")]
            if not all(1 <= len(words) <= _LEDE_PLACE_WORDS and all(
                    word[:1].isupper() and _LEDE_PLACE_WORD.fullmatch(word) for word in words)
                    for words in sections):
                continue
            for lang in dict.fromkeys(langs):
                parsed = parse_dateline_value(value.strip(), lang)
                if parsed is not None and _plausible(parsed[0]):
                    return Dateline(n, s, dash.end(), text[s:dash.end()], *parsed)
    return None


def _resolve_lang(text: str, lang: str | None, languages: Sequence[str],
                  dateline_word: str | None) -> tuple[str, str]:
    if lang:
        return lang, "configured"
    return detect_language(text, list(languages) or ["id", "en"], dateline_word), "detected"


_LANG_TAG = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def _load_markdown(text: str, path: str, lang: str | None, languages: Sequence[str]) -> Article:
    from klaim.yamlload import YamlError, load_yaml

    lines = _lines(text)
    end_line = next((i for i, (n, s, e) in enumerate(lines[1:], 1) if text[s:e].strip() == "---"), None)
    problems: list[Problem] = []
    meta: dict[str, object] = {}
    if end_line is None:
        problems.append(Problem("KL006", "front matter is not closed by a '---' line", 1, 1,
                                data={"reason": "unparsed"}, hint="close the front matter with '---'"))
        body_lines = lines[1:]
    else:
        front = text[lines[1][1]:lines[end_line][1]] if end_line > 1 else ""
        try:
            loaded = load_yaml(front)
            meta = loaded if isinstance(loaded, dict) else {}
        except YamlError as error:
            problems.append(Problem("KL006", f"front matter is not valid YAML: {error.problem}",
                                    error.line + 1, error.column, data={"reason": "unparsed"},
                                    hint="fix the YAML between the '---' lines"))
        body_lines = lines[end_line + 1:]
    title = str(meta.get("title", "")).strip()
    meta_lang = meta.get("lang")
    # Only a language tag is a language: the value names data files and CLDR locales.
    if isinstance(meta_lang, str) and _LANG_TAG.fullmatch(meta_lang):
        resolved_lang, source = meta_lang, "front-matter"
    else:
        resolved_lang, source = _resolve_lang(text, lang, languages, None)
    published = meta.get("published")
    dateline: Dateline | None = None
    if published is None:
        problems.append(Problem("KL006", "front matter has no 'published' date", 1, 1,
                                data={"reason": "missing"},
                                hint="add 'published: 2024-06-23T09:05:00+07:00' to the front matter"))
    else:
        parsed = parse_iso_published(str(published))
        pub_line = next((n for n, s, e in lines[: (end_line or 0) + 1]
                         if text[s:e].lstrip().startswith("published")), 1)
        n, s, e = lines[pub_line - 1]
        if parsed is None or not _plausible(parsed[0]):
            problems.append(Problem("KL006", _unreadable("front matter 'published'", parsed), pub_line, 1,
                                    data={"reason": "unparsed", "dateline": str(published)},
                                    hint="write it like 2024-06-23T09:05:00+07:00"))
            dateline = Dateline(n, s, e, text[s:e], None)
        else:
            dateline = Dateline(n, s, e, text[s:e], *parsed)
    prefixes, boilerplate = _caption_prefixes(resolved_lang), _boilerplate(resolved_lang)
    minor = folded_words(resolved_lang, "title_minor_words")
    paragraphs: list[Paragraph] = []
    block: list[tuple[int, int, int]] = []
    links = False

    def flush() -> None:
        nonlocal links
        if block:
            n, s, _ = block[0]
            e = block[-1][2]
            links, kind = _under_links_label(links, text[s:e], _kind(text[s:e], prefixes, boilerplate, minor),
                                             boilerplate[0])
            paragraphs.append(Paragraph(len(paragraphs), kind, n, s, e, text[s:e]))
            block.clear()

    for n, s, e in body_lines:
        line = text[s:e]
        if not line.strip():
            flush()
        elif line.lstrip().startswith("#"):
            flush()
            paragraphs.append(Paragraph(len(paragraphs), "heading", n, s, e, line))
        else:
            block.append((n, s, e))
    flush()
    return Article(path, text, title, resolved_lang, source, "markdown", dateline, paragraphs, problems)
