"""Tables for diplo_extract.normalize.dates: resolving, finding and anchoring time expressions.

Expected dates were worked out by hand from a calendar; the weekday of every reference date is
written next to it and checked by `test_reference_weekdays`.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplo_extract.normalize.dates import (
    Resolved,
    find_date_mentions,
    find_reference_date,
    resolve_date,
)

# reference dates and their weekdays
LEAP = "2024-02-29"  # Thursday, a leap day
WED = "2023-05-03"  # Wednesday
THU = "2022-10-20"  # Thursday
JAN = "2020-01-16"  # Thursday
TUE = "2017-03-14"  # Tuesday
YEAR_END = "2022-12-30"  # Friday
NEW_YEAR = "2023-01-02"  # Monday
SUN = "2021-08-01"  # Sunday
SAT = "2019-11-30"  # Saturday, the last day of a 30-day month
MON = "2025-03-31"  # Monday, the last day of March

REFERENCE_WEEKDAYS = {
    LEAP: "Thursday",
    WED: "Wednesday",
    THU: "Thursday",
    JAN: "Thursday",
    TUE: "Tuesday",
    YEAR_END: "Friday",
    NEW_YEAR: "Monday",
    SUN: "Sunday",
    SAT: "Saturday",
    MON: "Monday",
}

P, F = "past", "future"

# (mention, reference, tense, start, end, precision)
RESOLVE = [
    # --- weekdays and deictic words around a leap day
    ("on Monday", LEAP, P, "2024-02-26", "2024-02-26", "day"),
    ("on Thursday", LEAP, P, "2024-02-29", "2024-02-29", "day"),
    ("on Thursday", LEAP, F, "2024-02-29", "2024-02-29", "day"),
    ("on Friday", LEAP, F, "2024-03-01", "2024-03-01", "day"),
    ("on Friday", LEAP, P, "2024-02-23", "2024-02-23", "day"),
    ("next Thursday", LEAP, F, "2024-03-07", "2024-03-07", "day"),
    ("last Thursday", LEAP, P, "2024-02-22", "2024-02-22", "day"),
    ("tomorrow", LEAP, F, "2024-03-01", "2024-03-01", "day"),
    ("yesterday", LEAP, P, "2024-02-28", "2024-02-28", "day"),
    ("next week", LEAP, F, "2024-03-04", "2024-03-10", "week"),
    ("this week", LEAP, P, "2024-02-26", "2024-02-29", "week"),
    ("this week", LEAP, F, "2024-02-29", "2024-03-03", "week"),
    ("next month", LEAP, F, "2024-03-01", "2024-03-31", "month"),
    ("later this month", LEAP, F, "2024-02-01", "2024-02-29", "month"),
    ("last month", LEAP, P, "2024-01-01", "2024-01-31", "month"),
    ("on the 29th", LEAP, P, "2024-02-29", "2024-02-29", "day"),
    ("on the 30th", LEAP, P, "2024-01-30", "2024-01-30", "day"),
    ("on the 30th", LEAP, F, "2024-03-30", "2024-03-30", "day"),
    ("on Monday next week", LEAP, F, "2024-03-04", "2024-03-04", "day"),
    ("this weekend", LEAP, F, "2024-03-02", "2024-03-03", "week"),
    ("Feb. 29", LEAP, None, "2024-02-29", "2024-02-29", "day"),
    ("March 1", LEAP, F, "2024-03-01", "2024-03-01", "day"),
    # --- a Wednesday: the named weekday is the reference itself
    ("on Wednesday", WED, F, "2023-05-03", "2023-05-03", "day"),
    ("on Wednesday", WED, P, "2023-05-03", "2023-05-03", "day"),
    ("next Wednesday", WED, F, "2023-05-10", "2023-05-10", "day"),
    ("last Wednesday", WED, P, "2023-04-26", "2023-04-26", "day"),
    ("on Sunday", WED, F, "2023-05-07", "2023-05-07", "day"),
    ("on Sunday", WED, P, "2023-04-30", "2023-04-30", "day"),
    ("Sunday's", WED, None, "2023-04-30", "2023-04-30", "day"),
    ("Saturday", WED, None, "2023-05-06", "2023-05-06", "day"),
    ("for two days from Sunday", WED, F, "2023-05-07", "2023-05-08", "day"),
    ("in March", WED, P, "2023-03-01", "2023-03-31", "month"),
    ("in March", WED, F, "2024-03-01", "2024-03-31", "month"),
    ("in March", WED, None, "2023-03-01", "2023-03-31", "month"),
    ("in the coming days", WED, F, "2023-05-04", "2023-05-10", "week"),
    ("this weekend", WED, F, "2023-05-06", "2023-05-07", "week"),
    ("this weekend", WED, P, "2023-04-29", "2023-04-30", "week"),
    ("over the weekend", WED, P, "2023-04-29", "2023-04-30", "week"),
    ("last weekend", WED, P, "2023-04-29", "2023-04-30", "week"),
    ("next weekend", WED, F, "2023-05-13", "2023-05-14", "week"),
    ("from Monday to Wednesday", WED, P, "2023-05-01", "2023-05-03", "day"),
    ("from Monday to Wednesday", WED, F, "2023-05-08", "2023-05-10", "day"),
    ("on Friday and Saturday", WED, F, "2023-05-05", "2023-05-06", "day"),
    ("on Friday and Saturday", WED, P, "2023-04-28", "2023-04-29", "day"),
    ("May 14-15", WED, F, "2023-05-14", "2023-05-15", "day"),
    ("in two weeks", WED, F, "2023-05-15", "2023-05-21", "week"),
    ("two days ago", WED, P, "2023-05-01", "2023-05-01", "day"),
    ("in three days", WED, F, "2023-05-06", "2023-05-06", "day"),
    ("this afternoon", WED, F, "2023-05-03", "2023-05-03", "day"),
    ("tonight", WED, F, "2023-05-03", "2023-05-03", "day"),
    ("within hours", WED, F, "2023-05-03", "2023-05-03", "day"),
    ("the day after tomorrow", WED, F, "2023-05-05", "2023-05-05", "day"),
    ("yesterday afternoon", WED, P, "2023-05-02", "2023-05-02", "day"),
    ("earlier this week", WED, P, "2023-05-01", "2023-05-02", "week"),
    ("later this week", WED, F, "2023-05-04", "2023-05-07", "week"),
    ("early next week", WED, F, "2023-05-08", "2023-05-10", "week"),
    ("the end of next week", WED, F, "2023-05-11", "2023-05-14", "week"),
    # --- a Thursday in October; "next Wednesday" is six days on
    ("next Wednesday", THU, F, "2022-10-26", "2022-10-26", "day"),
    ("on Thursday", THU, P, "2022-10-20", "2022-10-20", "day"),
    ("early January", THU, F, "2023-01-01", "2023-01-31", "month"),
    ("early January", THU, P, "2022-01-01", "2022-01-31", "month"),
    ("last January", THU, P, "2022-01-01", "2022-01-31", "month"),
    ("next January", THU, F, "2023-01-01", "2023-01-31", "month"),
    ("next October", THU, F, "2023-10-01", "2023-10-31", "month"),
    ("last October", THU, P, "2021-10-01", "2021-10-31", "month"),
    ("in October", THU, P, "2022-10-01", "2022-10-31", "month"),
    ("Nov. 17", THU, F, "2022-11-17", "2022-11-17", "day"),
    ("Thursday, Nov. 17", THU, None, "2022-11-17", "2022-11-17", "day"),
    ("Friday, Nov. 17", THU, None, "2023-11-17", "2023-11-17", "day"),
    ("Wednesday, Nov. 17", THU, F, "2021-11-17", "2021-11-17", "day"),
    ("Oct. 3", THU, P, "2022-10-03", "2022-10-03", "day"),
    ("Oct 3", THU, F, "2022-10-03", "2022-10-03", "day"),
    ("July 4", THU, F, "2023-07-04", "2023-07-04", "day"),
    ("Dec. 25", THU, P, "2021-12-25", "2021-12-25", "day"),
    ("Dec. 10", THU, P, "2022-12-10", "2022-12-10", "day"),
    ("this week", THU, None, "2022-10-17", "2022-10-23", "week"),
    ("mid-November", THU, F, "2022-11-01", "2022-11-30", "month"),
    # --- mid-January
    ("this week", JAN, P, "2020-01-13", "2020-01-16", "week"),
    ("later this month", JAN, F, "2020-01-01", "2020-01-31", "month"),
    ("the end of the month", JAN, F, "2020-01-01", "2020-01-31", "month"),
    ("the beginning of the year", JAN, F, "2020-01-01", "2020-12-31", "year"),
    ("last year", JAN, P, "2019-01-01", "2019-12-31", "year"),
    ("next year", JAN, F, "2021-01-01", "2021-12-31", "year"),
    ("later this year", JAN, F, "2020-01-01", "2020-12-31", "year"),
    ("in December", JAN, P, "2019-12-01", "2019-12-31", "month"),
    ("in December", JAN, F, "2020-12-01", "2020-12-31", "month"),
    ("December 30", JAN, P, "2019-12-30", "2019-12-30", "day"),
    ("December 30", JAN, None, "2019-12-30", "2019-12-30", "day"),
    ("last December", JAN, P, "2019-12-01", "2019-12-31", "month"),
    ("on the 20th", JAN, P, "2019-12-20", "2019-12-20", "day"),
    ("on the 20th", JAN, F, "2020-01-20", "2020-01-20", "day"),
    ("on the 10th", JAN, F, "2020-02-10", "2020-02-10", "day"),
    ("on the 10th", JAN, None, "2020-01-10", "2020-01-10", "day"),
    # --- a Tuesday in March
    ("next week", TUE, F, "2017-03-20", "2017-03-26", "week"),
    ("from March 23 to 26", TUE, F, "2017-03-23", "2017-03-26", "day"),
    ("March 23-26", TUE, F, "2017-03-23", "2017-03-26", "day"),
    ("in October last year", TUE, P, "2016-10-01", "2016-10-31", "month"),
    ("back in November", TUE, None, "2016-11-01", "2016-11-30", "month"),
    ("last year", TUE, P, "2016-01-01", "2016-12-31", "year"),
    ("April/June", TUE, F, "2017-04-01", "2017-06-30", "month"),
    ("between April and June", TUE, F, "2017-04-01", "2017-06-30", "month"),
    ("November-February", TUE, F, "2017-11-01", "2018-02-28", "month"),
    ("April 10 to April 12", TUE, F, "2017-04-10", "2017-04-12", "day"),
    ("the first week of April", TUE, F, "2017-04-01", "2017-04-07", "week"),
    # --- the turn of a year
    ("next week", YEAR_END, F, "2023-01-02", "2023-01-08", "week"),
    ("next month", YEAR_END, F, "2023-01-01", "2023-01-31", "month"),
    ("next year", YEAR_END, F, "2023-01-01", "2023-12-31", "year"),
    ("Jan. 5", YEAR_END, F, "2023-01-05", "2023-01-05", "day"),
    ("Jan. 5", YEAR_END, None, "2023-01-05", "2023-01-05", "day"),
    ("Jan. 5", YEAR_END, P, "2022-01-05", "2022-01-05", "day"),
    ("on Monday", YEAR_END, F, "2023-01-02", "2023-01-02", "day"),
    ("tomorrow", YEAR_END, F, "2022-12-31", "2022-12-31", "day"),
    ("early January", YEAR_END, F, "2023-01-01", "2023-01-31", "month"),
    ("this week", YEAR_END, P, "2022-12-26", "2022-12-30", "week"),
    ("Dec. 30-Jan. 2", YEAR_END, F, "2022-12-30", "2023-01-02", "day"),
    ("on the 2nd", YEAR_END, F, "2023-01-02", "2023-01-02", "day"),
    ("last week", NEW_YEAR, P, "2022-12-26", "2023-01-01", "week"),
    ("last month", NEW_YEAR, P, "2022-12-01", "2022-12-31", "month"),
    ("on Friday", NEW_YEAR, P, "2022-12-30", "2022-12-30", "day"),
    ("Dec. 30", NEW_YEAR, P, "2022-12-30", "2022-12-30", "day"),
    ("Dec. 30", NEW_YEAR, None, "2022-12-30", "2022-12-30", "day"),
    ("on Monday", NEW_YEAR, None, "2023-01-02", "2023-01-02", "day"),
    ("this week", NEW_YEAR, P, "2023-01-02", "2023-01-02", "week"),
    ("last December", NEW_YEAR, P, "2022-12-01", "2022-12-31", "month"),
    ("in December", NEW_YEAR, P, "2022-12-01", "2022-12-31", "month"),
    ("last night", NEW_YEAR, P, "2023-01-01", "2023-01-01", "day"),
    # --- a Sunday, a Saturday at a month's end, a Monday at a month's end
    ("this weekend", SUN, P, "2021-07-31", "2021-08-01", "week"),
    ("last weekend", SUN, P, "2021-07-24", "2021-07-25", "week"),
    ("next week", SUN, F, "2021-08-02", "2021-08-08", "week"),
    ("on Saturday", SUN, P, "2021-07-31", "2021-07-31", "day"),
    ("mid-August", SUN, F, "2021-08-01", "2021-08-31", "month"),
    ("early August", SUN, P, "2021-08-01", "2021-08-31", "month"),
    ("July 30-31", SUN, P, "2021-07-30", "2021-07-31", "day"),
    ("next month", SAT, F, "2019-12-01", "2019-12-31", "month"),
    ("on the 31st", SAT, P, "2019-10-31", "2019-10-31", "day"),
    ("on the 31st", SAT, F, "2019-12-31", "2019-12-31", "day"),
    ("Saturday", SAT, None, "2019-11-30", "2019-11-30", "day"),
    ("this Saturday afternoon", SAT, P, "2019-11-30", "2019-11-30", "day"),
    ("on Sunday", SAT, F, "2019-12-01", "2019-12-01", "day"),
    ("today", SAT, None, "2019-11-30", "2019-11-30", "day"),
    ("next month", MON, F, "2025-04-01", "2025-04-30", "month"),
    ("this week", MON, F, "2025-03-31", "2025-04-06", "week"),
    ("next Monday", MON, F, "2025-04-07", "2025-04-07", "day"),
    ("last Monday", MON, P, "2025-03-24", "2025-03-24", "day"),
    ("on Monday", MON, P, "2025-03-31", "2025-03-31", "day"),
    ("in two weeks", MON, F, "2025-04-14", "2025-04-20", "week"),
    ("today, April 2", MON, F, "2025-04-02", "2025-04-02", "day"),
    # --- absolute: no reference needed
    ("June 1, 2023", None, None, "2023-06-01", "2023-06-01", "day"),
    ("2026", None, None, "2026-01-01", "2026-12-31", "year"),
    ("in 2012", None, P, "2012-01-01", "2012-12-31", "year"),
    ("October 2011", None, None, "2011-10-01", "2011-10-31", "month"),
    ("early January 2023", None, F, "2023-01-01", "2023-01-31", "month"),
    ("early 2026", None, F, "2026-01-01", "2026-12-31", "year"),
    ("mid-2019", None, None, "2019-01-01", "2019-12-31", "year"),
    ("2025-02-27", None, None, "2025-02-27", "2025-02-27", "day"),
    ("3/2/2023", None, None, "2023-03-02", "2023-03-02", "day"),
    ("13/2/2023", None, None, "2023-02-13", "2023-02-13", "day"),
    ("2/13/2023", None, None, "2023-02-13", "2023-02-13", "day"),
    ("17 September 2023", None, None, "2023-09-17", "2023-09-17", "day"),
    ("12th Oct, 2020", None, None, "2020-10-12", "2020-10-12", "day"),
    ("Sept. 14, 2022", None, None, "2022-09-14", "2022-09-14", "day"),
    ("May 14-15, 2024", None, None, "2024-05-14", "2024-05-15", "day"),
    ("Tuesday 20 Nov 2012", None, None, "2012-11-20", "2012-11-20", "day"),
    ("the first of May 2023", None, None, "2023-05-01", "2023-05-01", "day"),
    ("April/June 2017", None, None, "2017-04-01", "2017-06-30", "month"),
    ("2020-2022", None, None, "2020-01-01", "2022-12-31", "year"),
    ("in 1978", None, P, "1978-01-01", "1978-12-31", "year"),
    ("Feb 29, 2024", None, None, "2024-02-29", "2024-02-29", "day"),
    ("the first week of March 2024", None, None, "2024-03-01", "2024-03-07", "week"),
    ("Wednesday, Nov. 17, 2021", THU, None, "2021-11-17", "2021-11-17", "day"),
    ("2021-07-24", THU, F, "2021-07-24", "2021-07-24", "day"),
    # --- seasons: three months, northern hemisphere; winter from December
    ("this summer", TUE, F, "2017-06-01", "2017-08-31", "month"),
    ("in the autumn", TUE, F, "2017-09-01", "2017-11-30", "month"),
    ("in the summer", TUE, P, "2016-06-01", "2016-08-31", "month"),
    ("next spring", TUE, F, "2018-03-01", "2018-05-31", "month"),  # this spring has begun
    ("last winter", TUE, P, "2016-12-01", "2017-02-28", "month"),
    ("this winter", JAN, F, "2019-12-01", "2020-02-29", "month"),  # the winter under way
    ("the fall of 2024", None, None, "2024-09-01", "2024-11-30", "month"),
    ("next summer", None, F, None, None, None),
    # --- forms left to dateparser; the year it fills in must not leak
    ("Mar-03-2021", None, None, "2021-03-03", "2021-03-03", "day"),
    ("03-Mar-2021", THU, P, "2021-03-03", "2021-03-03", "day"),
    ("03-Mar", "2021-03-10", P, "2021-03-03", "2021-03-03", "day"),
    ("Mar-03", YEAR_END, F, "2023-03-03", "2023-03-03", "day"),
    ("Dec-2019", THU, None, "2019-12-01", "2019-12-31", "month"),
    ("Mar-03", None, None, None, None, None),
    # --- relative without a reference: a time, but not anchored
    ("next Friday", None, F, None, None, None),
    ("on Tuesday", None, P, None, None, None),
    ("next week", None, F, None, None, None),
    ("June 1", None, None, None, None, None),
    ("later this month", None, F, None, None, None),
    ("today", None, None, None, None, None),
    ("in March", None, P, None, None, None),
    ("on the 25th", None, P, None, None, None),
    ("in the coming days", None, F, None, None, None),
    ("Thursday, Nov. 17", None, None, None, None, None),
]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@pytest.mark.parametrize(("mention", "reference", "tense", "start", "end", "precision"), RESOLVE)
def test_resolve_date(mention, reference, tense, start, end, precision):
    expected = Resolved(_date(start), _date(end), precision)
    assert resolve_date(mention, _date(reference), tense) == expected


NOT_A_TIME = [
    ("for six months", WED, None),
    ("since 1991", WED, P),
    ("since March", WED, P),
    ("decades", None, None),
    ("years", WED, None),
    ("a year ago", WED, P),
    ("two years ago", WED, P),
    ("11 months", WED, None),
    ("the 1990s", None, None),
    ("in the 1990s", None, P),
    ("every year", WED, None),
    ("eight times a year", WED, F),
    ("twice a month", WED, F),
    ("50-minute", WED, None),
    ("two-season", WED, None),
    ("three-day", WED, F),
    ("for the past two years", WED, P),
    ("over the past week", WED, P),
    ("the past year", WED, P),
    ("annually", None, None),
    ("several weeks", WED, None),
    ("in the past", WED, P),
    ("February 30", WED, None),
    ("13/13/2020", None, None),
]


@pytest.mark.parametrize(("mention", "reference", "tense"), NOT_A_TIME)
def test_not_a_point_in_time(mention, reference, tense):
    assert resolve_date(mention, _date(reference), tense) is None


@pytest.mark.parametrize(
    ("dayfirst", "expected"), [(None, "2023-03-02"), (False, "2023-03-02"), (True, "2023-02-03")]
)
def test_dayfirst_settles_ambiguous_numeric_dates(dayfirst, expected):
    found = resolve_date("3/2/2023", None, dayfirst=dayfirst)
    assert found == Resolved(_date(expected), _date(expected), "day")


def test_dayfirst_does_not_override_an_impossible_month():
    found = resolve_date("3/25/2023", None, dayfirst=True)
    assert found == Resolved(dt.date(2023, 3, 25), dt.date(2023, 3, 25), "day")


def test_reference_weekdays():
    for reference, weekday in REFERENCE_WEEKDAYS.items():
        assert dt.date.fromisoformat(reference).strftime("%A") == weekday


def test_precision_matches_the_schema():
    from diplo_extract.normalize import dates
    from diplo_extract.schema import Precision

    assert typing.get_args(dates.Precision) == typing.get_args(Precision)


WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(
    reference=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    weekday=st.integers(0, 6),
)
def test_weekdays_fall_on_the_right_side_of_the_reference(reference, weekday):
    name = WEEKDAY_NAMES[weekday]
    past = resolve_date(f"on {name}", reference, "past")
    future = resolve_date(f"on {name}", reference, "future")
    nearest = resolve_date(name, reference)
    after = resolve_date(f"next {name}", reference, "future")
    before = resolve_date(f"last {name}", reference, "past")
    assert past and future and nearest and after and before
    assert all(r.start == r.end and r.precision == "day" for r in (past, future, after, before))
    assert {r.start.weekday() for r in (past, future, nearest, after, before)} == {weekday}
    assert 0 <= (reference - past.start).days <= 6
    assert 0 <= (future.start - reference).days <= 6
    assert 1 <= (after.start - reference).days <= 7
    assert 1 <= (reference - before.start).days <= 7
    assert abs((nearest.start - reference).days) <= 3


def test_import_is_light():
    code = "import sys, diplo_extract.normalize.dates; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# sentence → mentions, in order
MENTIONS = [
    ("The foreign ministers met on Tuesday afternoon in Geneva.", ["on Tuesday afternoon"]),
    ("Envoys will gather next week and again later this month.", ["next week", "later this month"]),
    (
        "The forum opened Sept. 14 in Kigali; a second round followed on Sep 17 and a third on "
        "17 September 2023.",
        ["Sept. 14", "on Sep 17", "on 17 September 2023"],
    ),
    ("The premier lands on Thursday, Nov. 17, for a state visit.", ["on Thursday, Nov. 17"]),
    (
        "Delegations convene May 14-15 in Muscat and again from March 23 to 26.",
        ["May 14-15", "from March 23 to 26"],
    ),
    ("The mission stays in the capital from Monday to Wednesday.", ["from Monday to Wednesday"]),
    ("Both cabinets held sessions on Friday and Saturday.", ["on Friday and Saturday"]),
    ("He was asked to come in April/June, an aide said.", ["in April/June"]),
    ("The envoys sat down together on the 25th near the border.", ["on the 25th"]),
    ("The treaty, signed in 2012, is worth $53 billion and covers 2,000 troops.", ["in 2012"]),
    ("In 2026 the two kingdoms will mark 1000 years of ties.", ["In 2026"]),
    ("Some 2000 soldiers and 1500 police took part in the drill.", []),
    ("Resolution 1973 was cited by the delegates.", []),
    ("The trip was pushed back to early January 2023, officials said.", ["early January 2023"]),
    (
        "The two leaders spoke last September and plan to meet next November.",
        ["last September", "next November"],
    ),
    ("A ministerial round is pencilled in for mid-August.", ["mid-August"]),
    ("The mediator expects a breakthrough in the coming days.", ["in the coming days"]),
    (
        "Back in November the sides agreed to hold talks earlier this week.",
        ["Back in November", "earlier this week"],
    ),
    ("The memo is dated 2025-02-27; the cable, 3/2/2023.", ["2025-02-27", "3/2/2023"]),
    ("The minister flies to Accra today September 7th for talks.", ["today September 7th"]),
    (
        "The envoys arrived yesterday afternoon and leave tomorrow.",
        ["yesterday afternoon", "tomorrow"],
    ),
    ("USA Today said the presidents dined together last evening.", ["last evening"]),
    (
        "Ties have been frosty since 1991 and over the past year.",
        ["since 1991", "over the past year"],
    ),
    ("The leaders spoke by phone this weekend.", ["this weekend"]),
    ("His trip to Seoul in October 2011 was the last such visit.", ["in October 2011"]),
    ("Leaders may meet in May, but March talks may slip.", ["in May"]),
    ("The board would convene eight times a year.", []),
    ("Attempts at a settlement in the 1990s failed.", ["in the 1990s"]),
    ("The delegation will stay for two days from Sunday.", ["for two days from Sunday"]),
    ("They will sign the accord on Monday next week.", ["on Monday next week"]),
    ("Today, the ministers initialled the text.", ["Today"]),
    (
        "She goes to Hanoi later this year, after a stop in Manila in early 2026.",
        ["later this year", "in early 2026"],
    ),
    ("Sessions ran April 10 to April 12 in the resort.", ["April 10 to April 12"]),
    ("The king received him June 1 and again June 13, 2007.", ["June 1", "June 13, 2007"]),
    (
        "The visit was planned for Nov. 3 but fell through in October last year.",
        ["Nov. 3", "in October last year"],
    ),  # fmt: skip
    ("Talks took place 2020-2022 under Qatari auspices.", ["2020-2022"]),
    (
        "The envoy left three days ago and is due back in two weeks.",
        ["three days ago", "in two weeks"],
    ),  # fmt: skip
    ("No date has been set for the summit.", []),
    ("They will meet at the end of the month.", ["the end of the month"]),
    # a dateline's day is when the story was filed, not a time the sentence speaks of
    ("PARIS, July 1 (AFP) - The visit was due to begin on Sunday.", ["on Sunday"]),
    ("Doha, October 10 (QNA) - The Amir held talks on Tuesday.", ["on Tuesday"]),
    ("ABU DHABI, 12th Oct, 2020 (WAM) -- The minister met his counterpart today.", ["today"]),
    ("On Monday, March 3 - the day of the talks - they met.", ["On Monday, March 3"]),
    (
        "The president may visit this summer and the premier in the autumn.",
        ["this summer", "in the autumn"],
    ),
    ("Ties changed with the fall of the old regime in 1991.", ["in 1991"]),  # not a season
    ("The Arab Spring unrest of 2011 came up in talks last winter.", ["2011", "last winter"]),
]


@pytest.mark.parametrize(("sentence", "expected"), MENTIONS)
def test_find_date_mentions(sentence, expected):
    spans = find_date_mentions(sentence)
    assert [sentence[start:end] for start, end in spans] == expected
    assert spans == sorted(spans)
    assert all(
        end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False)
    )


@pytest.mark.parametrize(("sentence", "expected"), MENTIONS)
def test_every_found_mention_resolves_or_is_refused(sentence, expected):
    # each span is something resolve_date understands: a window, or a deliberate None
    reference = dt.date(2023, 5, 3)
    allowed_none = {"since 1991", "over the past year", "in the 1990s"}
    for start, end in find_date_mentions(sentence):
        mention = sentence[start:end]
        found = resolve_date(mention, reference, "past")
        if mention in allowed_none:
            assert found is None
        else:
            assert found is not None and found.start is not None, mention


REFERENCE_TEXTS = [
    (
        "Border talks resume\nThe two sides met.\nMore text.\nPublish date : 2025-02-27 11:03:18",
        "2025-02-27",
    ),  # fmt: skip
    ("Ministers meet\nPublished June 27, 2023 | 11:07 PM\nThe ministers met.", "2023-06-27"),
    ("Envoy visits\nPosted May. 03, 2023 08:01,\nUpdated May. 04, 2023 09:01\nBody.", "2023-05-03"),
    ("Updated story\nUpdated - November 13, 2013\nThe talks ended.", "2013-11-13"),
    (
        "Leader lands\nAuthor\nJane Roe,\nPublish Date\nTue, 25 Feb 2020, 9:21AM\nBody.",
        "2020-02-25",
    ),
    ("Summit ends\n2026-02-14 02:04:25\nLeaders left the venue.", "2026-02-14"),
    ("Presidents talk\n2021-07-24 | Politics\nThe presidents spoke.", "2021-07-24"),
    ("Premiers talk\nJune 23, 2020 - 20:14\nThe premiers spoke.", "2020-06-23"),
    ("Visit\nFriday, September 16, 2022 | 09:45\nThe visit began.", "2022-09-16"),
    ("Talks\nJohn Smith, Tuesday 20 Nov 2012\nThe envoy called for calm.", "2012-11-20"),
    ("Trade\nRebecca SmithMay 15, 2019, 20:40 IST\nExecutives spoke.", "2019-05-15"),
    ("Call\n16th Thursday, February 2017 - 11:31 UTC Full article\nThe call.", "2017-02-16"),
    ("WASHINGTON, March 3, 2024 — The president hosted his counterpart.", "2024-03-03"),
    ("ABU DHABI, 12th Oct, 2020 (WAM) -- The crown prince received the envoy.", "2020-10-12"),
    ("Kessel, January 31, 2023, NPA -- The crown prince received a call today.", "2023-01-31"),
    # an agency is an acronym: a comma and a word are the start of a sentence, not a dateline
    ("Kessel, January 31, 2023, Talks -- ended.", None),
    ("Chavez in Havana\nMérida, June 13, 2007 (example.com)— The president flew.", "2007-06-13"),
    ("Chronology\nT H U R M O N T, Md., July 20, 2000 -- Following is a timeline.", "2000-07-20"),
    # a publication line wins over a dateline, even when the dateline comes first
    ("PARIS, May 2, 2022 — Talks began.\nMore text.\nPublished: May 3, 2022", "2022-05-03"),
    # no year: nothing
    ("WASHINGTON, March 3 (Reuters) - The president met his counterpart.", None),
    ("Ruto hosts\nNAME\nPublished\nNairobi, Kenya, Sept 14 – The president met.", None),
    # dates in prose are not publication dates
    ("Talks\nThe talks held on June 8, 2024 ended without agreement.\nMore.", None),
    ("On June 8, 2024 leaders met in Paris", None),
    ("Summit set for June 8, 2024\nLeaders will meet.", None),
    ("Tweet\n— A Minister (@minister) July 9, 2018\nBody.", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCE_TEXTS)
def test_find_reference_date(text, expected):
    assert find_reference_date(text) == _date(expected)


@pytest.mark.parametrize(
    "sentence, mentions",
    [
        ("Lula will go ahead with his February travels to India.", ["February"]),
        ("Leaders prepared for the June summit in Rome.", ["June"]),
        ("The May summit was cancelled.", []),  # 'May' and 'March' stay ambiguous alone
    ],
)
def test_a_month_naming_an_encounter(sentence, mentions):
    assert [sentence[s:e] for s, e in find_date_mentions(sentence)] == mentions
