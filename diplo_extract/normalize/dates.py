"""Time expressions in news text: find them, and resolve them to a window of dates.

Plain functions over strings and dates; no spaCy. Relative expressions are resolved only against
the explicit `reference` argument, never against the clock (house rule 10): with `reference=None`
"next Friday" gives a `Resolved` whose start and end are None, while "June 1, 2023" still resolves.
Regular expressions resolve everything they recognise; `dateparser` (one lazily built parser, fixed
`RELATIVE_BASE`, absolute parsing only) is the fallback for other forms that name a month.

Choices made here (each one is exercised by tests/test_dates.py):

- A weekday without tense ("Sunday's talks") is the nearest such day within three days either
  side of the reference. "next Wednesday" is the first Wednesday strictly after the reference,
  "last Monday" the last Monday strictly before it (the gold data reads "next" that way).
- A day and month without a year ("June 1") takes the reference's year, except: future tense and
  more than 60 days before the reference → the next year; past tense and more than 60 days after
  it → the previous year; no tense → whichever of the three neighbouring years is nearest. With
  a weekday ("Thursday, Nov. 17") the year in which the weekday agrees wins, nearest first.
- A bare month: past tense → the latest such month on or before the reference month, future →
  the first on or after it, no tense → the reference's year; "back in" forces the past reading.
  Qualifiers (early, mid-, late, the end of) widen to the whole month or year.
- Week windows have precision "week" (`_WEEK`; the dev gold of README rule 6 writes "day" for
  them, with the same start and end). "this week" is Monday → reference (past), reference → Sunday
  (future), Monday → Sunday (no tense); "earlier/later this week" stop/start one day before/after
  the reference; "early"/"late" a week are Mon-Wed/Thu-Sun. "in the coming days" (and "the days
  ahead", "within days", "in the coming week") is reference+1 → reference+7. "in two weeks" is
  the Monday-Sunday week holding reference+14. "this weekend"/"the weekend" is the Saturday and
  Sunday of the reference's week when the reference is itself a weekend day or the tense is not
  past; with past tense it is the weekend before. "next weekend"/"last weekend" are the weekends
  of the next/previous Monday-Sunday week.
- "today", "tonight", "this afternoon", "later today", "shortly", "in two hours" → the reference;
  "yesterday", "last night" → reference-1; "N days ago" → reference-N. "a year ago", "two weeks
  ago", durations ("for six months", "since 1991", "11 months", "the past week"), decades and
  frequencies ("every year") are not points in time: `resolve_date` returns None for them.
- Numeric dates: ISO "2025-02-27" always; "3/2/2023" is day-first when the first number is above
  12, month-first when the second is, otherwise month-first (US) unless `dayfirst=True`. Two-digit
  years are 20xx.
- `find_reference_date`: a publication line ("Published", "Posted", "Publish date", "Updated" -
  the first two kinds preferred) anywhere in the text, then a line that is only a date stamp or
  a byline with a date, among the first 15 and last 5 non-blank lines, then a dateline
  ("WASHINGTON, March 3, 2024 —") among the first 10. A dateline without a year ("SYDNEY, July 25
  (Reuters) -") gives nothing: guessing its year from other lines would be guessing from prose.
- `find_date_mentions` also returns durations that contain a date or a date-like word ("since
  1991", "over the past year"), so that "1991" or "last year" are not lifted out of them;
  `resolve_date` then returns None for those spans.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any, Literal, TypeGuard

__all__ = ["Resolved", "Tense", "find_date_mentions", "find_reference_date", "resolve_date"]

Tense = Literal["past", "future"]
# Same values as schema.Precision (a test keeps them equal); not imported so that this module
# stays free of pydantic and cheap to import.
Precision = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class Resolved:
    start: dt.date | None
    end: dt.date | None
    precision: Precision | None


def to_the_day(resolved: Resolved | None) -> TypeGuard[Resolved]:
    """Whether a time is told to the day ("on Tuesday", "from April 5 to 7"): a day span always
    has its days."""
    return resolved is not None and resolved.precision == "day"


_UNANCHORED = Resolved(None, None, None)
_WEEK: Precision = "week"
_DAY = dt.timedelta(days=1)

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            (),
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for name in names
}
# The months' names written out, which a rule tells from a person's name ("March", "May").
MONTH_NAMES = frozenset(name.lower() for name in calendar.month_name if name)
_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "weds", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        ]
    )
    for name in names
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3,
}  # fmt: skip


def _alt(words: Any) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# ---------------------------------------------------------------------------------------------
# resolve_date: patterns over the normalised mention (lower case, no commas, no ordinal suffixes,
# no periods after letters, single spaces, no spaces around "-" and "/").

_MON = f"(?:{_alt(_MONTHS)})"
_WD = f"(?:{_alt(_WEEKDAYS)})"
_D = r"(?:3[01]|[12]\d|0?[1-9])"
_Y = r"(?:1[5-9]\d\d|2[01]\d\d)"
_NUMW = rf"(?:{_alt(_NUMBERS)}|\d+)"
_TOD = r"(?:morning|afternoon|evening|night|noon|midday)"
_SEP = r"(?:-| (?:to|and|or|through|thru|until|till) )"
_QUAL = (
    r"(?:early|earlier|late|later|mid|the end of|end of|the beginning of|beginning of"
    r"|the start of|start of|the middle of|middle of|the first half of|first half of"
    r"|the second half of|second half of)"
)
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century|season|term)"

_PREFIX = re.compile(
    r"(on|in|at|during|from|between|by|until|till|through|around|about|circa|as of|as early as"
    r"|over|starting|beginning|effective|no later than|back in|back) "
)
_DEICTIC = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "later tonight": 0, "shortly": 0,
    "earlier in the day": 0, "later in the day": 0, "yesterday": -1, "last night": -1,
    "last evening": -1, "the day before yesterday": -2, "day before yesterday": -2,
    "tomorrow": 1, "the day after tomorrow": 2, "day after tomorrow": 2,
}  # fmt: skip


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_RX = {
    "deictic_rest": _c(r"(?P<word>today|tonight|yesterday|tomorrow)(?: (?P<rest>.+))?"),
    "iso": _c(r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:[ t].*)?"),
    "numeric": _c(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})"),
    "md": _c(rf"(?:(?P<wd>{_WD}) )?(?P<mon>{_MON}) (?:the )?(?P<d>{_D})(?: (?P<y>{_Y}))?"),
    "dm": _c(rf"(?:(?P<wd>{_WD}) )?(?:the )?(?P<d>{_D}) (?:of )?(?P<mon>{_MON})(?: (?P<y>{_Y}))?"),
    "md_range": _c(
        rf"(?P<mon>{_MON}) (?P<d>{_D}){_SEP}(?:(?P<mon2>{_MON}) )?(?P<d2>{_D})(?: (?P<y>{_Y}))?"
    ),
    "dm_range": _c(
        rf"(?:the )?(?P<d>{_D})(?: (?:of )?(?P<mon>{_MON}))?{_SEP}(?:the )?(?P<d2>{_D}) "
        rf"(?:of )?(?P<mon2>{_MON})(?: (?P<y>{_Y}))?"
    ),
    "nth": _c(rf"the (?P<d>{_D})"),
    "week_of_month": _c(
        rf"(?:the )?(?P<n>first|second|third|fourth|last) week of (?P<mon>{_MON})(?: (?P<y>{_Y}))?"
    ),
    "weekday": _c(
        r"(?P<mod>this coming|this past|the coming|the following|the previous|coming|this|next"
        rf"|last|past|following|previous)? ?(?P<wd>{_WD})(?: {_TOD})?"
        rf"(?:{_SEP}(?:on )?(?P<wd2>{_WD})(?: {_TOD})?)?(?: (?P<week>this|next|last) week)?"
    ),
    "window": _c(
        rf"(?:(?P<qual>{_QUAL})[ -])?(?P<mod>this coming|this past|the coming|the following"
        r"|the previous|the current|coming|this|next|last|following|previous|current)"
        r" (?P<unit>week|weekend|month|year)"
    ),
    "in_the": _c(r"(?P<qual>earlier|later) in the (?P<unit>week|month|year)"),
    # "at the end of the month": the current one
    "qual_the": _c(rf"(?P<qual>{_QUAL}) the (?P<unit>week|month|year)"),
    "weekend": _c(r"(?:the )?weekend"),
    "month": _c(
        r"(?P<mod>this coming|this past|coming|last|next|this|past)? ?"
        rf"(?:(?P<qual>{_QUAL})[ -])?(?P<mon>{_MON})(?: (?:of )?(?P<y>{_Y})"
        r"| (?:of )?(?P<rel>last|this|next) year)?"
    ),
    "month_range": _c(
        rf"(?:(?P<qual>{_QUAL})[ -])?(?P<mon>{_MON})(?: (?P<y>{_Y}))?"
        rf"(?:/|-| (?:to|and|or|through|until|till) )(?P<mon2>{_MON})(?: (?P<y2>{_Y}))?"
    ),
    "season": _c(
        r"(?:(?:early|late|mid)[ -])?(?:(?P<mod>this coming|this past|the coming|coming|this|next"
        rf"|last|past|the) )?(?P<season>spring|summer|autumn|fall|winter)(?: (?:of )?(?P<y>{_Y}))?"
    ),
    "year": _c(rf"(?:(?P<qual>{_QUAL})[ -])?(?:the year )?(?P<y>{_Y})"),
    "year_range": _c(rf"(?P<y>{_Y})(?:-|/| (?:to|and|through|until) )(?P<y2>{_Y}|\d\d)"),
    # forms that need their leading word, checked before prefixes are stripped
    "coming_days": _c(
        r"(?:in|within|over) (?:the )?(?:(?:coming|next|following)(?: (?:few|several|couple of))?"
        r" days|days (?:ahead|to come)|(?:a )?few days|coming days|coming week)|within days"
    ),
    "hours": _c(
        rf"(?:in|within) (?:the (?:next )?|the next {_NUMW} |{_NUMW} |a few |a couple of )?"
        r"(?:hours?|minutes?)|within the hour"
    ),
    "in_n": _c(
        rf"in (?P<n>{_NUMW}) (?P<unit>days?|weeks?)(?: time)?"
        rf"|(?P<n2>{_NUMW}) (?P<unit2>days?|weeks?) from (?:now|today)"
    ),
    "days_ago": _c(rf"(?P<n>{_NUMW}) days? ago"),
    "for_n_days": _c(
        rf"for (?P<n>{_NUMW}) days? (?:from|starting|beginning|as of)(?: on)? (?P<rest>.+)"
    ),
}
_NOT_A_TIME = [
    re.compile(p)
    for p in (
        r"(?:since|for|every|each|throughout|ever|per)\b.*",
        r"(?:over|in|during|within|for) the (?:past|last|next|previous) .*",
        r"in the past",
        rf"(?:the )?(?:past|last|next|previous|coming|first|final|recent) (?:{_NUMW} )?"
        rf"(?:few |several |many )?{_UNIT}s?",
        rf"(?:(?:more than|less than|nearly|almost|about|around|over|some|at least|up to) )?"
        rf"(?:{_NUMW} )?(?:(?:full|long|straight|consecutive|whole|entire|few|several|many) )?"
        rf"{_UNIT}s?(?: (?:long|old|later|earlier|before|after|running|in a row|ago|of \w+))?",
        rf"\S+-{_UNIT}s?(?:-\w+)*",
        rf"(?:once|twice|thrice|{_NUMW} times?) (?:a|an|per|each|every) {_UNIT}",
        r"(?:annual|annually|daily|weekly|monthly|yearly|biannual|biennial|quarterly)\b.*",
        r"(?:the )?(?:early |late |mid-?)?(?:'|1[5-9]|20)?\d0s",
        r"(?:the )?(?:early |late |mid-?)?(?:nineteen )?(?:twenties|thirties|forties|fifties"
        r"|sixties|seventies|eighties|nineties)",
    )
]
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
    )
}
# "the first of May", "May the third": only next to a month, so "the first week" stays words
_ORDINAL_BEFORE = re.compile(rf"\b(?:{_alt(_ORDINALS)})\b(?= of {_MON}\b)")
_ORDINAL_AFTER = re.compile(rf"\b({_MON}) the ({_alt(_ORDINALS)})\b")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)\d{4}(?!\d)")
_MONTH_IN_TEXT = re.compile(rf"\b{_MON}\b")


_PUNCTUATION = str.maketrans("–—‒’\u00a0", "---' ")


def _normalize(mention: str) -> str:
    s = mention.strip().lower()
    s = s.translate(_PUNCTUATION)
    s = re.sub(r"(?<=[a-z])\.", "", s)
    s = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", s)
    s = re.sub(r"'s\b", "", s)
    s = _ORDINAL_BEFORE.sub(lambda m: str(_ORDINALS[m[0]]), s)
    s = _ORDINAL_AFTER.sub(lambda m: f"{m[1]} the {_ORDINALS[m[2]]}", s)
    s = re.sub(r"\b(?:at )?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?[ap]m)?\b|\b\d{1,2} ?[ap]m\b", " ", s)
    s = re.sub(r"\b(?:gmt|utc|est|edt|cet|cest|bst|ist|local time)\b", " ", s)
    s = re.sub(r"[,;()\"“”]", " ", s)
    s = re.sub(r"\s*([-/])\s*", r"\1", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip(" .:!?'")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_span(year: int, month: int) -> Resolved:
    return Resolved(dt.date(year, month, 1), _month_end(year, month), "month")


def _year_span(year: int, last: int | None = None) -> Resolved:
    return Resolved(dt.date(year, 1, 1), dt.date(last or year, 12, 31), "year")


def _day(day: dt.date) -> Resolved:
    return Resolved(day, day, "day")


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def _month(word: str) -> int:
    return _MONTHS[word]


def _weekday_near(ref: dt.date, weekday: int, mode: str | None) -> dt.date:
    ahead = (weekday - ref.weekday()) % 7
    behind = (ref.weekday() - weekday) % 7
    if mode == "future":
        return ref + dt.timedelta(ahead)
    if mode == "next":
        return ref + dt.timedelta(ahead or 7)
    if mode == "past":
        return ref - dt.timedelta(behind)
    if mode == "last":
        return ref - dt.timedelta(behind or 7)
    return ref + dt.timedelta(ahead) if ahead <= 3 else ref - dt.timedelta(behind)


def _month_year(month: int, ref: dt.date, mode: str | None) -> int:
    if mode == "last":
        return ref.year if month < ref.month else ref.year - 1
    if mode == "next":
        return ref.year if month > ref.month else ref.year + 1
    if mode == "past":
        return ref.year if month <= ref.month else ref.year - 1
    if mode == "future":
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year


def _pick_day(
    month: int, day: int, ref: dt.date, tense: str | None, weekday: int | None = None
) -> dt.date:
    """A day and month without a year, placed in the year the module docstring describes."""
    span = 4 if (month, day) == (2, 29) else 1
    candidates = []
    for year in range(ref.year - span, ref.year + span + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError(f"no such day: {month}/{day}")

    def distance(d: dt.date) -> int:
        return abs((d - ref).days)

    if weekday is not None:
        agreeing = [d for d in candidates if d.weekday() == weekday]
        if agreeing:
            return min(agreeing, key=distance)
    if tense is None:
        return min(candidates, key=distance)
    near = min(candidates, key=lambda d: (abs(d.year - ref.year), distance(d)))
    limit = dt.timedelta(days=60)
    if tense == "future" and near < ref - limit:
        later = [d for d in candidates if d >= ref - limit]
        return min(later) if later else near
    if tense == "past" and near > ref + limit:
        earlier = [d for d in candidates if d <= ref + limit]
        return max(earlier) if earlier else near
    return near


class _Ctx:
    __slots__ = ("ref", "tense", "dayfirst")
    ref: dt.date | None
    tense: str | None
    dayfirst: bool | None

    def __init__(self, ref: dt.date | None, tense: str | None, dayfirst: bool | None) -> None:
        self.ref = ref
        self.tense = tense
        self.dayfirst = dayfirst


def _day_month(ctx: _Ctx, g: dict[str, str | None]) -> Resolved:
    month, day = _month(g["mon"] or ""), int(g["d"] or 0)
    if g.get("y"):
        return _day(dt.date(int(g["y"] or 0), month, day))
    if ctx.ref is None:
        return _UNANCHORED
    wd = g.get("wd")
    weekday = _WEEKDAYS[wd] if wd else None
    return _day(_pick_day(month, day, ctx.ref, ctx.tense, weekday))


def _day_range(ctx: _Ctx, g: dict[str, str | None]) -> Resolved:
    month = _month(g["mon"] or g["mon2"] or "")
    mon2 = g.get("mon2")
    month2 = _month(mon2) if mon2 else month
    day, day2 = int(g["d"] or 0), int(g["d2"] or 0)
    if g.get("y"):
        year2 = int(g["y"] or 0)
        year = year2 - 1 if (month, day) > (month2, day2) else year2
        start = dt.date(year, month, day)
    elif ctx.ref is None:
        return _UNANCHORED
    else:
        start = _pick_day(month, day, ctx.ref, ctx.tense)
        year2 = start.year + 1 if (month, day) > (month2, day2) else start.year
    end = dt.date(year2, month2, day2)
    return Resolved(start, end, "day") if end >= start else Resolved(end, start, "day")


def _numeric(ctx: _Ctx, a: int, b: int, year: int) -> Resolved:
    year = year + 2000 if year < 100 else year
    if a > 12 or (b <= 12 and ctx.dayfirst):
        day, month = a, b
    else:
        month, day = a, b
    return _day(dt.date(year, month, day))


def _nth(ref: dt.date, day: int, tense: str | None) -> dt.date:
    step = 0
    if tense == "past" and day > ref.day:
        step = -1
    elif tense == "future" and day < ref.day:
        step = 1
    year, month = _add_months(ref.year, ref.month, step)
    direction = step or (1 if tense == "future" else -1)
    while day > calendar.monthrange(year, month)[1]:
        year, month = _add_months(year, month, direction)
    return dt.date(year, month, day)


def _week(monday: dt.date, first: int = 0, last: int = 6) -> Resolved:
    return Resolved(monday + dt.timedelta(first), monday + dt.timedelta(last), _WEEK)


def _window(ctx: _Ctx, qual: str | None, mod: str, unit: str) -> Resolved:
    ref = ctx.ref
    if ref is None:
        return _UNANCHORED
    offset = {"next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1, "past": -1}
    n = offset.get(mod.replace("the ", "").replace("this ", ""), 0)
    if unit == "year":
        return _year_span(ref.year + n)
    if unit == "month":
        return _month_span(*_add_months(ref.year, ref.month, n))
    monday = ref - dt.timedelta(ref.weekday()) + dt.timedelta(weeks=n)
    if unit == "weekend":
        if n == 0 and ref.weekday() < 5 and ctx.tense == "past":
            monday -= dt.timedelta(weeks=1)
        return _week(monday, 5, 6)
    if qual in ("early", "the beginning of", "beginning of", "the start of", "start of"):
        return _week(monday, 0, 2)
    if qual in ("late", "the end of", "end of"):
        return _week(monday, 3, 6)
    if qual in ("mid", "the middle of", "middle of"):
        return _week(monday, 1, 3)
    if n == 0:
        today = ref.weekday()
        if qual == "earlier":
            return _week(monday, 0, max(today - 1, 0))
        if qual == "later":
            return _week(monday, min(today + 1, 6), 6)
        if ctx.tense == "past":
            return _week(monday, 0, today)
        if ctx.tense == "future":
            return _week(monday, today, 6)
    return _week(monday)


def _weekdays(ctx: _Ctx, g: dict[str, str | None]) -> Resolved:
    ref = ctx.ref
    if ref is None:
        return _UNANCHORED
    weekday = _WEEKDAYS[g["wd"] or ""]
    mod = (g.get("mod") or "").replace("the ", "").replace("this ", "")
    if g.get("week"):
        n = {"this": 0, "next": 1, "last": -1}[g["week"] or ""]
        start = ref - dt.timedelta(ref.weekday()) + dt.timedelta(weeks=n, days=weekday)
    else:
        mode = {"next": "next", "coming": "next", "following": "next", "last": "last",
                "past": "last", "previous": "last"}.get(mod, ctx.tense)  # fmt: skip
        start = _weekday_near(ref, weekday, mode)
    end = start
    if g.get("wd2"):
        end = start + dt.timedelta((_WEEKDAYS[g["wd2"] or ""] - weekday) % 7)
    return Resolved(start, end, "day")


def _months(ctx: _Ctx, g: dict[str, str | None], past: bool) -> Resolved:
    month = _month(g["mon"] or "")
    if g.get("y"):
        return _month_span(int(g["y"] or 0), month)
    if ctx.ref is None:
        return _UNANCHORED
    if g.get("rel"):
        return _month_span(ctx.ref.year + {"last": -1, "this": 0, "next": 1}[g["rel"] or ""], month)
    mod = (g.get("mod") or "").replace("this ", "")
    mode = {"last": "last", "past": "last", "next": "next", "coming": "next"}.get(mod)
    if mode is None:
        mode = "past" if past else ctx.tense
    return _month_span(_month_year(month, ctx.ref, mode), month)


def _month_range(ctx: _Ctx, g: dict[str, str | None], past: bool) -> Resolved:
    month, month2 = _month(g["mon"] or ""), _month(g["mon2"] or "")
    if g.get("y2") or g.get("y"):
        year2 = int(g.get("y2") or g.get("y") or 0)
        y = g.get("y")
        year = int(y) if y else (year2 - 1 if month > month2 else year2)
    elif ctx.ref is None:
        return _UNANCHORED
    else:
        year = _month_year(month, ctx.ref, "past" if past else ctx.tense)
        year2 = year + 1 if month > month2 else year
    return Resolved(dt.date(year, month, 1), _month_end(year2, month2), "month")


def _week_of_month(ctx: _Ctx, g: dict[str, str | None]) -> Resolved:
    month = _month(g["mon"] or "")
    if g.get("y"):
        year = int(g["y"] or 0)
    elif ctx.ref is None:
        return _UNANCHORED
    else:
        year = _month_year(month, ctx.ref, ctx.tense)
    if g["n"] == "last":
        end = _month_end(year, month)
        return Resolved(end - dt.timedelta(6), end, _WEEK)
    first = 1 + 7 * ["first", "second", "third", "fourth"].index(g["n"] or "")
    return Resolved(dt.date(year, month, first), dt.date(year, month, first + 6), _WEEK)


# The first month of each season, as northern-hemisphere news and annotators count them.
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_span(year: int, first: int) -> Resolved:
    return Resolved(dt.date(year, first, 1), _month_end(*_add_months(year, first, 2)), "month")


def _season(ctx: _Ctx, g: dict[str, str | None]) -> Resolved:
    """ "this summer", "next spring", "in the autumn", "the summer of 2024": the season's three
    months ("winter" from December); a bare season is the one the clause's tense points to."""
    first = _SEASONS[g["season"] or ""]
    if g.get("y"):
        return _season_span(int(g["y"] or 0), first)
    ref = ctx.ref
    if ref is None:
        return _UNANCHORED
    # the season of the reference's year (in January or February, the winter begun before)
    year = ref.year - 1 if first == 12 and ref.month <= 2 else ref.year
    span = _season_span(year, first)
    assert span.start is not None and span.end is not None
    mod = (g.get("mod") or "").replace("this ", "").replace("the ", "")
    if mod in ("next", "coming") and span.start <= ref:
        year += 1
    elif mod in ("last", "past") and span.end >= ref:
        year -= 1
    elif mod in ("", "the") and ctx.tense == "future" and span.end < ref:
        year += 1
    elif mod in ("", "the") and ctx.tense == "past" and span.start > ref:
        year -= 1
    return _season_span(year, first)


def _relative(s: str, ctx: _Ctx) -> Resolved | None:
    """Forms whose leading word carries meaning ("in two days", "for two days from Sunday")."""
    ref = ctx.ref
    if _RX["coming_days"].fullmatch(s):
        if ref is None:
            return _UNANCHORED
        return Resolved(ref + _DAY, ref + 7 * _DAY, _WEEK)
    if _RX["hours"].fullmatch(s):
        return _UNANCHORED if ref is None else _day(ref)
    m = _RX["in_n"].fullmatch(s)
    if m:
        if ref is None:
            return _UNANCHORED
        n, unit = _number(m["n"] or m["n2"]), m["unit"] or m["unit2"]
        if unit.startswith("day"):
            return _day(ref + dt.timedelta(n))
        target = ref + dt.timedelta(weeks=n)
        return _week(target - dt.timedelta(target.weekday()))
    m = _RX["days_ago"].fullmatch(s)
    if m:
        return _UNANCHORED if ref is None else _day(ref - dt.timedelta(_number(m["n"])))
    m = _RX["for_n_days"].fullmatch(s)
    if m:
        first = _resolve(m["rest"], ref, ctx.tense, ctx.dayfirst)
        if first is None or first.start is None or first.precision != "day":
            return first
        return Resolved(first.start, first.start + dt.timedelta(_number(m["n"]) - 1), "day")
    return None


def _absolute_or_window(s: str, ctx: _Ctx, past: bool) -> Resolved | None:
    ref = ctx.ref
    m = _RX["deictic_rest"].fullmatch(s)
    if m and m["rest"] and not re.fullmatch(_TOD, m["rest"]):
        explicit = _absolute_or_window(m["rest"], ctx, past)
        if to_the_day(explicit):
            return explicit
    if m:
        s = m["word"]
    if s in _DEICTIC:
        return _UNANCHORED if ref is None else _day(ref + dt.timedelta(_DEICTIC[s]))

    if m := _RX["iso"].fullmatch(s):
        return _day(dt.date(int(m["y"]), int(m["m"]), int(m["d"])))
    if m := _RX["numeric"].fullmatch(s):
        return _numeric(ctx, int(m["a"]), int(m["b"]), int(m["y"]))
    tense = "past" if past else ctx.tense
    ctx = _Ctx(ref, tense, ctx.dayfirst)
    for name in ("md", "dm"):
        if m := _RX[name].fullmatch(s):
            return _day_month(ctx, m.groupdict())
    for name in ("md_range", "dm_range"):
        if m := _RX[name].fullmatch(s):
            return _day_range(ctx, m.groupdict())
    if m := _RX["nth"].fullmatch(s):
        return _UNANCHORED if ref is None else _day(_nth(ref, int(m["d"]), tense))
    if m := _RX["week_of_month"].fullmatch(s):
        return _week_of_month(ctx, m.groupdict())
    if m := _RX["weekday"].fullmatch(s):
        return _weekdays(ctx, m.groupdict())
    if m := _RX["window"].fullmatch(s):
        return _window(ctx, m["qual"], m["mod"], m["unit"])
    if m := _RX["in_the"].fullmatch(s):
        return _window(ctx, m["qual"], "this", m["unit"])
    if m := _RX["qual_the"].fullmatch(s):
        return _window(ctx, m["qual"].removeprefix("the "), "this", m["unit"])
    if _RX["weekend"].fullmatch(s):
        return _window(ctx, None, "this", "weekend")
    if m := _RX["month"].fullmatch(s):
        return _months(ctx, m.groupdict(), past)
    if m := _RX["month_range"].fullmatch(s):
        return _month_range(ctx, m.groupdict(), past)
    if m := _RX["season"].fullmatch(s):
        return _season(ctx, m.groupdict())
    if m := _RX["year"].fullmatch(s):
        return _year_span(int(m["y"]))
    if m := _RX["year_range"].fullmatch(s):
        y, y2 = m["y"], m["y2"]
        last = int(y2) if len(y2) == 4 else int(y[:2] + y2)
        return _year_span(int(y), last) if last > int(y) else None
    return None


@functools.cache
def _parser() -> Any:
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    # A fixed RELATIVE_BASE: dateparser must never read the clock; the year it fills in for a
    # year-less date is replaced below.
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),
            "PREFER_DAY_OF_MONTH": "first",
            "PARSERS": ["absolute-time"],
        },
    )


def _fallback(s: str, ctx: _Ctx) -> Resolved | None:
    data = _parser().get_date_data(s)
    found = data.date_obj
    if found is None or data.period not in ("day", "month", "year", "time"):
        return None
    if data.period == "year":
        return _year_span(found.year)
    has_year = _YEAR_IN_TEXT.search(s) is not None
    if data.period == "month":
        if has_year:
            return _month_span(found.year, found.month)
        if ctx.ref is None:
            return _UNANCHORED
        return _month_span(_month_year(found.month, ctx.ref, ctx.tense), found.month)
    if has_year:
        return _day(found.date())
    if ctx.ref is None:
        return _UNANCHORED
    return _day(_pick_day(found.month, found.day, ctx.ref, ctx.tense))


@functools.lru_cache(maxsize=4096)
def _resolve(
    mention: str, ref: dt.date | None, tense: str | None, dayfirst: bool | None
) -> Resolved | None:
    s = _normalize(mention)
    if not s:
        return None
    ctx = _Ctx(ref, tense, dayfirst)
    try:
        found = _relative(s, ctx)
        if found is not None:
            return found
        if any(p.fullmatch(s) for p in _NOT_A_TIME[:3]):
            return None
        past = False
        while m := _PREFIX.match(s):
            past = past or m[1].startswith("back")
            s = s[m.end() :]
        found = _absolute_or_window(s, ctx, past)
        if found is not None:
            return found
        if any(p.fullmatch(s) for p in _NOT_A_TIME):
            return None
        if _MONTH_IN_TEXT.search(s):
            return _fallback(s, _Ctx(ref, "past" if past else tense, dayfirst))
    except ValueError:  # "February 30", "13/13/2020": not a date
        return None
    return None


_STAY = re.compile(r"\b(?P<n>[a-z]+|\d{1,2})\s*-\s*days?\b", re.IGNORECASE)


def stay_length(phrase: str) -> int | None:
    """The days a visit lasts, as its phrase says: "a three-day state visit", "his 6-day trip"."""
    match = _STAY.search(phrase)
    if match is None:
        return None
    word = match.group("n").lower()
    days = int(word) if word.isdigit() else _NUMBERS.get(word)
    return days if days is not None and 1 <= days <= 31 else None


def within_stay(resolved: Resolved | None, days: int | None) -> Resolved | None:
    """A visit dated by its first day and told to last `days` days spans them all."""
    if days is None or days < 2 or not to_the_day(resolved):
        return resolved
    if resolved.start is None or resolved.end != resolved.start:
        return resolved
    return Resolved(resolved.start, resolved.start + (days - 1) * _DAY, "day")


def resolve_date(
    mention: str,
    reference: dt.date | None,
    tense: Tense | None = None,
    *,
    dayfirst: bool | None = None,
) -> Resolved | None:
    """None when the mention is not a point/window in time for an event (durations and background:
    'for six months', 'since 1991', 'decades', 'years', 'a year ago', '11 months', 'the 1990s',
    'every year', 'eight times a year', '50-minute', 'two-season'). A Resolved with start/end None
    when it is a time expression that cannot be anchored (relative, reference None).

    `tense` is that of the clause the mention belongs to; `dayfirst` settles "3/2/2023" when
    neither number is above 12 (default month-first)."""
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    return _resolve(mention, reference, tense, dayfirst)


# ---------------------------------------------------------------------------------------------
# find_date_mentions: patterns over the original sentence. Month and weekday names must be
# capitalised ("may", "march" are verbs); a bare month counts only after a word that makes it a
# time ("in May", "last May", "early May").

_T_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_T_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_T_MON = rf"(?:\b(?:{_T_FULL})\b(?:\.(?=\s?\d))?|\b(?:{_T_ABBR})\b\.?)"
_T_WD = r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_T_DAY = r"(?<![\d,.$£€])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![,.:]\d)"
_T_YEAR = r"(?<![\d,.$£€#])(?:1[89]\d\d|20\d\d)\b(?![,.]\d|%|-(?:strong|member|odd))"
_T_SEP = r"\s*(?:[-–—]|\b(?:to|through|until|till|and)\b)\s*"
_T_QUAL = (
    r"(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of"
    r"|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of|the\s+first\s+half\s+of"
    r"|the\s+second\s+half\s+of)"
)
_T_TOD = r"(?i:morning|afternoon|evening|night)"
_T_NUMW = rf"(?i:{_alt(w for w in _NUMBERS if ' ' not in w)}|\d+)"
_T_YR = rf"(?:,?\s+{_T_YEAR})?"
_T_MD = rf"{_T_MON}\s*{_T_DAY}"
_T_DM = rf"(?:(?i:the)\s+)?{_T_DAY}\s+(?:of\s+)?{_T_MON}"
_T_DATE = (
    rf"(?:{_T_WD},?\s+(?:the\s+)?)?(?:{_T_MD}(?:{_T_SEP}(?:{_T_MON}\s*)?{_T_DAY}"
    rf"(?!\s+(?:of\s+)?{_T_MON}))?"
    rf"|(?:(?:the\s+)?{_T_DAY}(?:\s+(?:of\s+)?{_T_MON})?{_T_SEP})?{_T_DM}){_T_YR}"
)
_T_ONE_WD = rf"{_T_WD}(?:\s+{_T_TOD})?"

_YEAR_MENTION = re.compile(
    rf"(?:\b(?i:in|since|during)\s+)?(?:{_T_QUAL}[\s-]+)?{_T_YEAR}"
    rf"(?:\s*[-–/]\s*(?:{_T_YEAR}|\d\d\b))?"
)
_MENTION_PATTERNS = [_YEAR_MENTION] + [
    re.compile(p)
    for p in (
        r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])",
        r"(?<![\d/.])\d{1,2}/\d{1,2}/\d{4}(?![\d/])",
        rf"(?:(?i:on|from|between|since)\s+)?{_T_DATE}",
        rf"\b(?i:today|tomorrow|yesterday),?\s+(?:{_T_MD}|{_T_DM}){_T_YR}",
        rf"\b(?i:for)\s+{_T_NUMW}\s+(?i:days?)\s+(?i:from|starting|beginning)\s+(?:(?i:on)\s+)?"
        rf"(?:{_T_WD}|{_T_DATE}|\b(?i:today|tomorrow))",
        r"\b(?i:on\s+the)\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b",
        rf"(?:\b(?i:in|back\s+in|since|last|next|this|coming|this\s+coming|this\s+past|during)\s+"
        rf"(?:{_T_QUAL}[\s-]+)?{_T_MON}|(?:\b(?i:in)\s+)?\b{_T_QUAL}[\s-]+{_T_MON})"
        rf"(?:,?\s+{_T_YEAR}|\s+(?:of\s+)?(?i:last|this|next)\s+year\b)?",
        rf"(?:\b(?i:in|back\s+in|since|during)\s+)?{_T_MON},?\s+(?:of\s+)?{_T_YEAR}",
        rf"(?:\b(?i:in|between|from|back\s+in)\s+)?(?:{_T_QUAL}[\s-]+)?{_T_MON}\s*"
        rf"(?:/|[-–]|\s(?:to|and|or|through|until)\s)\s*{_T_MON}{_T_YR}",
        r"(?:\b(?i:in|since|during)\s+)?(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?"
        r"(?:1[5-9]|20)\d0s\b",
        rf"(?:\b(?i:on|this|next|last|this\s+coming|this\s+past|coming|past|since|from|between)"
        rf"\s+)?{_T_ONE_WD}(?:{_T_SEP.replace('and', 'and|or')}(?:(?i:on)\s+)?{_T_ONE_WD})?"
        r"(?:\s+(?i:this|next|last)\s+week\b)?",
        rf"\b(?i:today|tonight|yesterday(?:\s+{_T_TOD})?|tomorrow(?:\s+{_T_TOD})?"
        r"|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening)|(?:earlier|later)\s+today"
        r"|later\s+tonight|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))\b",
        r"\b(?i:(?:(?:early|earlier|late|later|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of"
        r"|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of)[\s-]+)?"
        r"(?:this|next|last|the\s+coming|the\s+following|the\s+previous|this\s+past)\s+"
        r"(?:week|weekend|month|year)|(?:earlier|later)\s+in\s+the\s+(?:week|month|year)"
        r"|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?:week|month|year)"
        r"|(?:over|at|on)\s+the\s+weekend|in\s+the\s+(?:coming|next\s+few|next\s+several"
        r"|next\s+couple\s+of)\s+days|in\s+the\s+days\s+(?:ahead|to\s+come)|in\s+the\s+coming"
        r"\s+week|within\s+days|in\s+a\s+few\s+days|shortly(?!\s+(?:after|before)))\b",
        rf"\b(?i:(?:in|within)\s+(?:{_T_NUMW}|a\s+few|the\s+next(?:\s+few)?)\s+hours?"
        rf"|in\s+{_T_NUMW}\s+(?:days?|weeks?)(?:\s+time)?|{_T_NUMW}\s+days?\s+ago)\b",
        # a month naming an encounter: "his February travels", "the June summit"
        r"\b(?:January|February|April|June|July|August|September|October|November|December)\b"
        r"(?=\s+(?:travels?|trips?|tours?|visits?|summit|meetings?|talks|session)\b)",
        # a season: "this summer", "next spring", "in the autumn", "the fall of 2024" (not "the
        # fall of Saigon")
        rf"\b(?i:(?:(?:early|late|mid)[\s-]+)?(?:this\s+coming|this\s+past|the\s+coming|this|next"
        rf"|last|coming|(?:in|during|by|until)\s+the)\s+(?:spring|summer|autumn|fall|winter)"
        rf"(?:\s+of\s+{_T_YEAR})?(?!\s+of\b)|(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
        rf"{_T_YEAR})",
        # durations that would otherwise yield "last year" or a bare year
        rf"\b(?i:(?:over|in|during|for|within|throughout)\s+the\s+(?:past|last|next|previous"
        rf"|coming)\s+(?:{_T_NUMW}\s+)?(?:few\s+|several\s+)?"
        r"(?:days?|weeks?|months?|years?|decades?)|a\s+year\s+ago)\b",
    )
]
_YEAR_ONLY = re.compile(rf"(?:\w+[\s-]+)*{_T_YEAR}")
_NOT_YEAR_BEFORE = {
    "resolution", "no", "number", "article", "flight", "route", "chapter", "section", "item",
    "page", "room", "highway", "paragraph", "rule", "law", "vision", "agenda", "model", "code",
    "about", "some", "nearly", "almost", "over", "around", "than", "approximately", "roughly",
}  # fmt: skip
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:years|months|weeks|days|hours|people|persons|troops|soldiers|police|officers|km"
    r"|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|votes|members|delegates"
    r"|participants|dollars|euros|yuan|rupees"
    r"|barrels|megawatts|mw|hectares|units|cases|deaths|refugees|migrants|workers|students"
    r"|prisoners|detainees|homes|houses|vehicles|children|families|jobs|seats)\b",
    re.IGNORECASE,
)


def _keep(text: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    found = text[start:end]
    if found.startswith("Today") and start > 0:
        before = text[:start].rstrip()
        # "USA Today", "China Today": a title, unless it opens a sentence
        if before and before[-1] not in ".!?\"“”'‘’(:—–-\n":
            return False
    if (
        pattern is _YEAR_MENTION
        and _YEAR_ONLY.fullmatch(found)
        and not re.search(r"[-–/]\s*\d", found)
    ):
        words = re.findall(r"[A-Za-z]+", text[max(0, start - 20) : start])
        if words and words[-1].lower() in _NOT_YEAR_BEFORE and found[0].isdigit():
            return False
        if _NOT_YEAR_AFTER.match(text, end):
            return False
    return True


def find_date_mentions(text: str) -> list[tuple[int, int]]:
    """Character spans of time expressions in a sentence (regex, no model): weekdays, 'today',
    'yesterday (afternoon)', month names with day/year, day and month ranges, 'on the 25th',
    years (not counts or amounts), relative windows ('next week', 'later this year', 'in the coming
    days'), numeric dates. Leading 'on', 'in', 'from', 'since', 'back in' are part of the span.
    Longest match wins; spans do not overlap; sorted."""
    found: list[tuple[int, int]] = []
    for pattern in _MENTION_PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if end > start and _keep(text, start, end, pattern):
                found.append((start, end))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(found), key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(span for span in chosen if not _in_dateline(text, *span))


# "PARIS, July 1 (AFP) -", "Doha, October 10 (QNA) -": the day the story was filed.
_DATELINE_BEFORE = re.compile(r"[A-ZÀ-Þ][^\n,.;]{0,40}(?:,\s*[A-ZÀ-Þ][^\n,.;]{0,30})?,\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,60}\))?\s*(?:[-–—]{1,2}|:)\s")


def _in_dateline(text: str, start: int, end: int) -> bool:
    lead = text[:start].lstrip()
    return bool(_DATELINE_BEFORE.fullmatch(lead) and _DATELINE_AFTER.match(text, end))


# ---------------------------------------------------------------------------------------------
# find_reference_date


def _cased(names: str) -> str:
    return "|".join(f"{n}|{n.upper()}" for n in names.split("|"))


_R_MON = "(?<![A-Z])(?P<mon>" + _cased(_T_FULL + "|" + _T_ABBR) + r")\b\.?"
_R_WD = _cased(
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri"
    "|Sat|Sun"
)
_R_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_FULL_DATES = [
    re.compile(p)
    for p in (
        r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?!\d)",
        rf"(?:(?:{_R_WD})\.?,?\s+)?{_R_MON}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_R_YEAR}",
        rf"(?:(?:{_R_WD})\.?,?\s+)?(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"(?:(?:{_R_WD}),?\s+)?(?:of\s+)?{_R_MON},?\s+{_R_YEAR}",
        rf"(?<![\d/.])(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.]{_R_YEAR}(?![\d/])",
    )
]
_KEYWORD_PUBLISHED = re.compile(
    r"(?:^|[|•·])\W*(?:first\s+)?(?:published(?:\s+date)?|publish(?:ing)?\s+date|publication"
    r"\s+date|date\s+published|posted|release\s+date|released|date)\b(?:\s+(?:on|at))?"
    r"\s*[:\-–—|]*\s*",
    re.IGNORECASE,
)
_KEYWORD_UPDATED = re.compile(
    r"(?:^|[|•·])\W*(?:last\s+)?(?:updated|modified|edited)\b(?:\s+(?:on|at))?\s*[:\-–—|]*\s*",
    re.IGNORECASE,
)
_STAMP_PRE = re.compile(r"[\W_]*(?:(?:By|by)\s+)?(?:[A-ZÀ-Þ][\w'’.-]*[\s,|•·–—-]*){0,4}")
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
_DATELINE_PLACE = r"[A-ZÀ-Þ][^,\n]{0,40}(?:,\s*[A-ZÀ-Þ][^,\n]{0,24}){0,2},\s*"
# after the date, the agency in brackets or after a comma ("(WAM) --", ", SPA --")
_DATELINE_TAIL = r"\s*(?:\([^)\n]{1,60}\)|,\s*[A-Z]{2,8})?\s*(?:[-–—]{1,2}|:)"
# one pattern per date form: the place must be able to give back a comma to the date
_DATELINES = [re.compile(_DATELINE_PLACE + p.pattern + _DATELINE_TAIL) for p in _FULL_DATES[1:3]]
_STAMP_WORDS = {"am", "pm", "a", "m", "local", "time", "hrs"}


def _date_from(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g.get("a"):
            a, b = int(g["a"]), int(g["b"])
            month, day = (b, a) if a > 12 else (a, b)
            return dt.date(int(g["y"]), month, day)
        month = int(g["m"]) if g.get("m") else _MONTHS[g["mon"].lower()]
        return dt.date(int(g["y"]), month, int(g["d"]))
    except ValueError:
        return None


def _first_full_date(line: str, pos: int = 0) -> tuple[dt.date, int, int] | None:
    best: tuple[dt.date, int, int] | None = None
    for pattern in _FULL_DATES:
        m = pattern.search(line, pos)
        if m and (best is None or m.start() < best[1]):
            day = _date_from(m)
            if day is not None:
                best = (day, m.start(), m.end())
    return best


def _after_keyword(lines: list[str], keyword: re.Pattern[str]) -> dt.date | None:
    for i, line in enumerate(lines):
        if len(line) > 120:
            continue
        m = keyword.search(line)
        if not m:
            continue
        rest = line[m.end() :].strip()
        if not rest and i + 1 < len(lines):
            rest = lines[i + 1]
        found = _first_full_date(rest)
        if found and found[1] <= 16:
            return found[0]
    return None


def _stamp(line: str) -> dt.date | None:
    """A line that is a date stamp or a byline with a date, not a sentence."""
    if len(line) > 100:
        return None
    found = _first_full_date(line)
    if found is None:
        return None
    day, start, end = found
    if not _STAMP_PRE.fullmatch(line[:start]):
        return None
    post = _TIME.sub(" ", line[end:]).strip()
    # after the date: a time and zone, then perhaps "| Section" or "- Full article"
    head = re.split(r"[|•·–—-]", post, maxsplit=1)[0]
    if any(w.islower() and w not in _STAMP_WORDS for w in re.findall(r"[A-Za-z]+", head)):
        return None
    if len(re.findall(r"[A-Za-z]+", post)) > 5 or re.search(r"\w[.!?]$|[.!?]\s", post):
        return None
    return day


def _dateline(line: str) -> dt.date | None:
    for pattern in _DATELINES:
        m = pattern.match(line)
        if m:
            return _date_from(m)
    return None


def find_reference_date(text: str) -> dt.date | None:
    """The publication date the text states about itself, else None: a publication line
    ('Publish date : 2025-02-27 11:03:18', 'Posted May. 03, 2023 08:01'; 'Updated …' only when no
    such line exists), then a date-stamp or byline line near the top or the end, then a dateline
    ('WASHINGTON, March 3, 2024 —'). Dates inside ordinary prose are never used, and a dateline
    without a year gives None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for keyword in (_KEYWORD_PUBLISHED, _KEYWORD_UPDATED):
        found = _after_keyword(lines, keyword)
        if found:
            return found
    for line in lines[:15] + lines[15:][-5:]:
        found = _stamp(line)
        if found:
            return found
    for line in lines[:10]:
        found = _dateline(line)
        if found:
            return found
    return None
