"""Times of day in text: "2.30 pm", "9am", "14:00", "12 noon", and the spoken forms a question uses
("half three in the afternoon", "quarter to four", "at 7 on a Saturday morning"), as hours after
midnight. `ranges.clock_bands` reads the ranges they bound ("10:00 to 16:00", "before 12 noon").

Every pattern here is linear: no nested quantifiers, alternations on fixed words only.
"""
from __future__ import annotations

import datetime
import re

# a time of day: "2.30 pm", "9am", "14:00", "12 noon", "midnight" (hours after midnight, unit "clock")
_CLOCK = re.compile(r"(?<![\d.:])(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?|(?<![\d.:])(\d{1,2}):(\d{2})(?![\d:])|"
                    r"(?:\b12\s*)?\b(noon|midday|midnight)\b", re.I)
_HOUR_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
# "half three", "half past 3", "quarter to four", "four o'clock", "3 in the afternoon"
_CLOCK_SPOKEN = re.compile(
    r"\b(?:(half|quarter)\s+(past|to|after)\s+|(half)\s+)?"
    r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?![.:,]\d)"
    r"(\s*o'?\s?clock)?(?:\s+(?:on\s+(?:a\s+|the\s+)?[a-z]+\s+)?(?:in\s+the\s+)?(morning|afternoon|evening|at\s+night|tonight))?", re.I)
_AT_TIME = re.compile(r"\b(?:at|around|about|by|before|after|until|till|from|past|to)\s*$", re.I)


def _spoken_times(text: str) -> list[tuple[int, int, float]]:
    out = []
    for m in _CLOCK_SPOKEN.finditer(text):
        past_to, half, oclock, part = m.group(1) or m.group(3), m.group(3), m.group(5), m.group(6)
        bare_at = (re.search(r"\bat\s*$", text[max(0, m.start() - 4) : m.start()])
                   and re.match(r"\s*(?:[,.?!;]|$)", text[m.end():]))
        if not (past_to or oclock or part or bare_at):
            continue  # a bare number is no time of day, unless said alone after "at" ("I noticed at 11, ...")
        if not (past_to or oclock) and not _AT_TIME.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "take 2 in the morning": tablets, not a time
        word = m.group(4).lower()
        h = _HOUR_WORDS.get(word) or int(word)
        if not 1 <= h <= 12:
            continue
        mins = 0
        if half:
            mins = 30  # British "half three" is 3.30
        elif m.group(1):
            mins = 30 if m.group(1).lower() == "half" else 15
            if m.group(2).lower() == "to":
                h, mins = (h - 1) or 12, 60 - mins
        if part:
            pm = part.lower() != "morning" and not (part.lower().endswith("night") and h == 12)
        else:
            pm = h <= 6 or h == 12  # "half three": the afternoon; "ten o'clock": the morning
        hours = (h % 12) + (12 if pm else 0) + mins / 60
        out.append((m.start(), m.end(), hours))
    return out


def clock_times(text: str) -> list[tuple[int, int, float]]:
    """(start, end, hours after midnight) of each time of day `text` names."""
    out = []
    for m in _CLOCK.finditer(text):
        if m.group(6):
            hours = 0.0 if m.group(6).lower() == "midnight" else 12.0
        elif m.group(3):
            h, mins = int(m.group(1)), int(m.group(2) or 0)
            if h > 12 or mins > 59:
                continue
            hours = (h % 12) + (12 if m.group(3).lower() == "p" else 0) + mins / 60
        else:
            h, mins = int(m.group(4)), int(m.group(5))
            if h > 23 or mins > 59:
                continue
            hours = h + mins / 60
        out.append((m.start(), m.end(), hours))
    for a, b, hours in _spoken_times(text):
        if all(b <= x or a >= y for x, y, _ in out):
            out.append((a, b, hours))
    return sorted(out)


def clock_cell(hours: list[float], row: str, cells: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of a table row's cells (offsets), the one whose heading names the case's time of day when its
    siblings name other times: "Morning list (admission 07:00) Stop at 02:00, Afternoon list (admission
    12:00) Stop at 08:00" for "admission time is 12:00" gives the afternoon cell. None otherwise."""
    if not hours or len(cells) < 3:
        return None
    firsts = [(span, times[0][2]) for span in cells[1:] if (times := clock_times(row[span[0] : span[1]]))]
    named = [span for span, t in firsts if t in hours]
    others = [t for span, t in firsts if t not in hours]
    return named[0] if len(named) == 1 and others else None


# "12 September 2026", "20 Jan": a calendar date in a question (day first, as UK documents write it)
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                   r"(?:,?\s+(\d{4}))?\b", re.I)


def date_gap(text: str) -> list[tuple[float, str]]:
    """The time between the two dates a question states ("the wedding is on 12 September 2026 and the
    letter goes on 20 January 2026"), in days, weeks and months, to be read against a table's bands
    ("6 to 9 months before the Event Date"). [] unless exactly two dates are given."""
    found = [(int(m.group(1)), _MONTH_NAMES.index(m.group(2).lower()) + 1, int(m.group(3)) if m.group(3) else None)
             for m in _DATE.finditer(text)]
    if len(found) != 2:
        return []
    (d1, m1, y1), (d2, m2, y2) = found
    y1 = y1 or y2 or 2001
    y2 = y2 or y1
    try:
        days = abs((datetime.date(y2, m2, d2) - datetime.date(y1, m1, d1)).days)
    except ValueError:  # "31 February"
        return []
    return [(float(days), "day"), (round(days / 7, 2), "week"), (round(days / 30.4375, 2), "month")]


def date_points(text: str) -> list[tuple[int, int, float]]:
    """(start, end, day of the year) of each calendar date without a year or in one year ("14 August",
    "1 March 2027"), for bands of dates in a table ("Notice received 1 July to 30 September"). A leap
    day counts as 28 February (no year is known)."""
    out = []
    for m in _DATE.finditer(text):
        day, month = int(m.group(1)), _MONTH_NAMES.index(m.group(2).lower()) + 1
        try:
            doy = datetime.date(2001, month, min(day, 28) if month == 2 else day).timetuple().tm_yday
        except ValueError:  # "31 April"
            continue
        out.append((m.start(), m.end(), float(doy)))
    return out


# days of the week a text names: "Saturday", "Mon-Fri", "Friday to Sunday", "weekends", "weekdays"
_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# (a short form only capitalised: "Sat", not "sat down"; "Sun", not "sun cream")
_DAY = r"\b(?:(mon|tues|wednes|thurs|fri|satur|sun)days?\b|(?-i:(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun))\b\.?)"
_DAYS = re.compile(rf"{_DAY}(?:\s*(?:-|–|to|until|till|through|thru)\s*{_DAY})?|\b(week\s?ends?|week\s?days?)\b", re.I)


def days_named(text: str) -> set[int]:
    """The days of the week (0 = Monday) that `text` names, ranges spread out ("Friday to Sunday" ->
    {4, 5, 6}, wrapping past Sunday), "weekend" as Saturday and Sunday and "weekday" as Monday to Friday."""
    out: set[int] = set()
    for m in _DAYS.finditer(text):
        if m.group(5):
            out |= {5, 6} if m.group(5).lower().startswith("weekend") else set(range(5))
            continue
        a = _DAY_NAMES.index((m.group(1) or m.group(2))[:3].lower())
        b = _DAY_NAMES.index((m.group(3) or m.group(4))[:3].lower()) if m.group(3) or m.group(4) else a
        out |= {(a + i) % 7 for i in range((b - a) % 7 + 1)}
    return out


def asked_days(question: str) -> set[int]:
    """The one day, or one set of days ("at the weekend", "on weekdays"), a question names; empty when it
    names none or several ("I rang on Monday to cancel Tuesday's visit": which one picks no price)."""
    found = [days_named(m.group(0)) for m in _DAYS.finditer(question)]
    return found[0] if found and all(f == found[0] for f in found) else set()


def cell_heading(cell: str) -> str:
    """A table cell's words before its first value ("Monday to Friday " of "Monday to Friday GBP 32"); the
    whole cell when it holds none."""
    m = re.search(r"(?:[£$€]|\b(?:GBP|USD|EUR)\b)?\s?\d", cell)
    return cell[: m.start()] if m else cell


def day_cell(days: set[int], row: str, cells: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of a table row's value cells, the one whose heading covers the asked days when a sibling's does
    not: "Monday to Friday GBP 32, Saturday, Sunday and bank holidays GBP 45" for "on a Saturday" gives
    the second (a heading cell with no value is read with the value cell after it). None otherwise."""
    if not days or len(cells) < 3:
        return None
    spans, start = [], None
    for a, b in cells[1:]:
        if not re.search(r"\d", row[a:b]):
            start = a if start is None else start
            continue
        spans.append((start if start is not None else a, b))
        start = None
    named = [(span, covered) for span in spans if (covered := days_named(cell_heading(row[span[0] : span[1]])))]
    holding = [span for span, covered in named if days <= covered]
    return holding[0] if len(holding) == 1 and len(named) > 1 else None


def day_fit(days: set[int], row: str) -> int:
    """1 when a table row is keyed by days that hold the asked ones ("Additional Services, Sunday or
    bank holiday, GBP 38.00" for "on a Sunday"), -1 when keyed by other days, 0 when its days head
    columns instead (named after its first value) or it names none."""
    head = cell_heading(row)
    covered = days_named(head)
    if not days or not covered or days_named(row[len(head):]):
        return 0
    return 1 if days <= covered else -1
