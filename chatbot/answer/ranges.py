"""Scenario values and the bands they fall in: "my daughter weighs 17 kg" against a dosing table's
"15 to 20 kg" row, "potassium 6.3" against "above 6.0 mmol/L".

`asked.question_values` reads the values a question states; `text_bands` reads the ranges and thresholds
a sentence or table row states; `band_fit` says whether the sentence holds the question's value (1),
states bands of that quantity none of which holds it (-1), or says nothing about it (0).

Every pattern here is linear: no nested quantifiers, alternations on fixed words only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from chatbot.answer.clock import clock_times, date_points
from chatbot.answer.units import UNITS, odds

_UNIT = r"(?:(?:working|business|clear|calendar)\s+)?(?:per\s+cent|square\s+(?:met(?:re|er)s?|f(?:ee|oo)t)|sq\.?\s?(?:m|ft)\b|ml/min(?:ute)?(?:/1\.73\s?m2?)?|mmol/l|[µu]mol/l|micromol/l|(?:[mnµu]?g|iu)/d?l\b|°c|%|[a-zµ]+)"
# a number starts at the start of a digit run (linear on long runs); "1,000,000" is one number
# a negative value only as written alone ("a T-score of -2.1", "(-1.5)"), never a range's dash ("5-10")
_NUM = r"(?:(?<=[\s(:])[-−](?=\d))?(?<![\d.,])(?:\d{1,3}(?:,\d{3}){2,}(?!\d|,\d)(?:\.\d+)?|\d{1,3},\d{3}\.\d+|\d+(?:[.,]\d+)?)"  # ("40,000.01")
_CURRENCY = r"(?:(?:[£$€]|\b(?:GBP|USD|EUR)\b)\s?)?"
_MONEY_BEFORE = re.compile(r"(?:[£$€]|\b(?:gbp|usd|eur))\s?$", re.I)  # a currency written before the number

# "10-15 kg", "10 to 15 kg", "10 kg to 15 kg", "from 10 up to 15 kg", "10–<15", "between 10 and 15 kg"
_BETWEEN = re.compile(
    rf"(?:from\s+)?{_CURRENCY}({_NUM})\s*({_UNIT})?\s*(?:-|–|—|\bto\b|\bup\s+to\b|\buntil\b)\s*"
    rf"(?:<\s*|less\s+than\s+|under\s+|below\s+)?{_CURRENCY}({_NUM})\s*({_UNIT})?"
    rf"|between\s+{_CURRENCY}({_NUM})\s*({_UNIT})?\s*and\s*{_CURRENCY}({_NUM})\s*({_UNIT})?", re.I)
# "under 12 years", "< 30 mL/min", "less than 6.0", "up to 5 kg", "not more than 4", "at most", "≤ 10"
_BELOW = re.compile(
    rf"(?:<=?|≤|under|below|less\s+than|fewer\s+than|up\s+to|not\s+(?:more|greater|higher)\s+than|no\s+more\s+than|"
    rf"at\s+most|lower\s+than|younger\s+than|maximum\s+of|max\.?)\s*{_CURRENCY}({_NUM})\s*({_UNIT})?", re.I)
# "over 12 years", "> 6.0", "above", "more than", "at least", "≥ 50", "greater than", "exceeds", "older than"
_ABOVE = re.compile(
    rf"(?:>=?|≥|over|above|more\s+than|greater\s+than|higher\s+than|at\s+least|exceeds?|exceeding|older\s+than|"
    rf"not\s+less\s+than|no\s+less\s+than|minimum\s+of|min\.?)\s*{_CURRENCY}({_NUM})\s*({_UNIT})?", re.I)
# "12 years and over", "50 mL/min or more", "18 or older", "5 kg or less", "6.0 or below", "65+"
_TRAILING = re.compile(
    rf"{_CURRENCY}({_NUM})\s*({_UNIT})?\s*(?:(and|or)\s+(over|above|more|older|greater|higher|under|below|less|younger|fewer|lower)\b(?!\s*than\s*(?:[£$€]|gbp|usd|eur)?\s?\d)"
    r"(?!(?:(?<=over)|(?<=above|under|below))\s*(?:[£$€]|gbp|usd|eur)?\s?\d)|(\+)(?!\s*\d))",
    re.I)  # not "500 mg + 1 x 150 mg" (a sum) or "2 or over 65" (another band); "or more 1,500 mg" ends a cell
# a value in a question: "weighs 17 kg", "17kg", "CrCl of 25 mL/min", "potassium is 6.3", "aged 7", "99.2%"
VALUE = re.compile(rf"(?<![\w./-]){_CURRENCY}({_NUM})\s*({_UNIT})?", re.I)
# results a clinician writes straight before the number ("egfr 40", "INR 4.4", "K 6.1"): their name says what is measured
LAB_NAMES = frozenset("egfr gfr crcl inr bmi hba1c hb haemoglobin hemoglobin potassium sodium glucose creatinine platelets "
                 "crp wbc tsh spo2 sats saturations temperature temp pulse map rate rr hr systolic diastolic lactate "
                 "urea albumin calcium magnesium phosphate ferritin bilirubin troponin ketones cholesterol ldl psa".split())
_LOWER_WORDS = frozenset("over above more older greater higher".split())


# numbered things a question places in a range of a table: "flat 23" in "flats 17 to 40"
LABEL_NOUNS = frozenset("flat apartment room plot bay house floor ward bed".split())
# things counted in a table's bands ("Named Users 51 to 150", "Guests 61 to 120") and in a case ("we have
# 64 users", "about 80 guests"): the same noun on both sides
COUNT_NOUNS = frozenset("user member guest employee seat licence license delegate attendee pupil student learner "
                        "worker vehicle device site location".split())
_LABEL_BEFORE = re.compile(r"([A-Za-z]+)\s*$")


def label_unit(before: str) -> str | None:
    """The unit a range takes from the word just before it: "Months 5 to 8" -> month, "flats" -> flat."""
    m = _LABEL_BEFORE.search(before)
    if not m:
        return None
    word = m.group(1).lower()
    single = word[:-1] if word.endswith("s") else word
    if single in ("age", "aged"):
        return "year"  # "ages 18 to 65", "aged 2 to 5"
    return unit_name(word) or (single if single in LABEL_NOUNS | COUNT_NOUNS else None)


def unit_name(raw: str | None) -> str | None:
    if not raw:
        return None
    key = re.sub(r"^(?:working|business|clear|calendar)\s+", "", re.sub(r"\s+", " ", raw.lower().strip()))  # "30 working hours"
    if key.startswith("ml/min"):
        return "ml/min"
    return UNITS.get(key)


def parse_number(text: str) -> float | None:
    text = text.replace("−", "-")
    if text.count(",") > 1 or ("," in text and "." in text):  # "1,000,000", "40,000.01"
        text = text.replace(",", "")
    try:
        return float(text.replace(",", "") if text.count(",") == 1 and len(text.split(",")[1]) == 3 else text.replace(",", "."))
    except ValueError:
        return None


@dataclass(frozen=True)
class Band:
    low: float | None  # None: unbounded
    high: float | None
    unit: str | None
    low_open: bool = False  # "over 12": 12 itself is not in the band
    high_open: bool = False  # "under 12": 12 itself is not in the band
    start: int = 0  # where the band is written in the text
    end: int = 0
    label: str = ""  # a band the question asks about: the words it names it by ("CrCl 50 or more")

    def holds(self, value: float) -> bool:
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        if self.high is not None and (value > self.high or (self.high_open and value == self.high)):
            return False
        return True


@dataclass(frozen=True)
class Value:
    number: float
    unit: str | None
    label: str = ""  # a value without a unit: the words that say what it measures ("my CrCl is 40": crcl)


# between and around times of day (chatbot/answer/clock.py reads the times themselves)
_CLOCK_TO = re.compile(r"\s*(?:-|–|—|to|until|till|and)\s*$", re.I)  # between two times: a range
_CLOCK_BEFORE = re.compile(r"\b(?:before|by|until|till|up\s+to|no\s+later\s+than|not\s+after)\s*$", re.I)
_CLOCK_AFTER = re.compile(r"\b(?:after|from|later\s+than|not\s+before)\s*$", re.I)
_CLOCK_ONWARDS = re.compile(r"\s*(?:or\s+later|or\s+after|onwards)\b", re.I)


def clock_bands(text: str) -> list[Band]:
    """Times of day and dates a text bounds: "10:00 to 16:00", "before 12 noon", "12 noon or later",
    "after 2 pm", "1 July to 30 September" (days of the year: date_points)."""
    return _point_bands(text, clock_times(text), "clock") + _point_bands(text, date_points(text), "date")


def _point_bands(text: str, times: list[tuple[int, int, float]], unit: str) -> list[Band]:
    bands, used = [], set()
    for i, (a, b, t) in enumerate(times):
        if i in used:
            continue
        end = lambda j: times[j][2] or 24.0 * (unit == "clock")  # noqa: E731  ("before midnight": 24:00)
        if i + 1 < len(times) and _CLOCK_TO.match(text[b : times[i + 1][0]]) and end(i + 1) > t:
            bands.append(Band(t, end(i + 1), unit, start=a, end=times[i + 1][1]))
            used.add(i + 1)
        elif _CLOCK_BEFORE.search(text[max(0, a - 20) : a]):
            bands.append(Band(None, end(i), unit, high_open=True, start=a, end=b))
        elif _CLOCK_AFTER.search(text[max(0, a - 20) : a]) or _CLOCK_ONWARDS.match(text, b):
            bands.append(Band(t, None, unit, start=a, end=b))
    return bands


def _age_label(text: str, at: int) -> str | None:
    """"year" when an age word is written just before the band at `at` ("adults aged 18 and over")."""
    return "year" if re.search(r"\b(?:aged?|ages)\s*$", text[max(0, at - 8) : at], re.I) else None


def money_unit(text: str, at: int) -> str | None:
    """"money" when a currency is written just before the number at `at` ("GBP 250", "£250")."""
    return "money" if _MONEY_BEFORE.search(text[max(0, at - 5) : at]) else None


# a lower bound then an upper bound of one band: "97.0% or more but below 99.0%", "over 12 and under 18"
_BOTH_ENDS = re.compile(r"\s*,?\s*(?:but|and)?\s*$", re.I)


def text_bands(text: str, merge: bool = True) -> list[Band]:
    """The ranges and thresholds `text` states, each with its unit when it names one. With `merge`, a
    lower bound followed by an upper bound of the same quantity ("97.0% or more but below 99.0%") is
    one band, as a table row means it."""
    text = odds(text)
    bands: list[Band] = clock_bands(text)
    taken = [(a, b) for a, b, _ in clock_times(text) + date_points(text)]  # "10:00", "1 July" hold no band of 0 to 16

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _BETWEEN.finditer(text):
        if not free(m.start(), m.end()):
            continue  # inside a time of day ("10:00 to 16:00" is no band of 0 to 16)
        g = m.groups()[:4] if m.group(1) else m.groups()[4:]
        lo, hi = parse_number(g[0]), parse_number(g[2])
        if lo is not None and hi is not None and hi < lo < 0:
            lo, hi = hi, lo  # "between -1.0 and -2.5": written from zero down
        unit = unit_name(g[3]) or unit_name(g[1]) or money_unit(text, m.start(1) if m.group(1) else m.start(5))
        if lo is None or hi is None or lo >= hi:
            continue  # "1-2" in a date, "3-1" a clause number: not a band
        if unit_name(g[1]) and unit_name(g[3]) and unit_name(g[1]) != unit_name(g[3]):
            continue
        if unit is None and re.search(r"[/.]\s*$", text[: m.start()]):
            continue
        if unit is None:  # "flats 17 to 40", "Membership Months 5 to 8": the label before the numbers
            unit = label_unit(text[max(0, m.start() - 24) : m.start()])
        high_open = bool(re.search(r"<|less|under|below", m.group(0), re.I))
        bands.append(Band(lo, hi, unit, high_open=high_open, start=m.start(), end=m.end()))
        taken.append((m.start(), m.end()))
    for m in _TRAILING.finditer(text):
        if not free(m.start(), m.end()):
            continue
        x = parse_number(m.group(1))
        if x is None:
            continue
        unit = unit_name(m.group(2)) or money_unit(text, m.start(1)) or _age_label(text, m.start())
        if m.group(5) or (m.group(4) and m.group(4).lower() in _LOWER_WORDS):
            bands.append(Band(x, None, unit, start=m.start(), end=m.end()))  # "12 and over": 12 is in
        else:
            bands.append(Band(None, x, unit, start=m.start(), end=m.end()))  # "5 kg or less": 5 is in
        taken.append((m.start(), m.end()))
    for pattern, below in ((_BELOW, True), (_ABOVE, False)):
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            x = parse_number(m.group(1))
            if x is None:
                continue
            word = m.group(0)[: m.start(1) - m.start()].lower()  # the comparison, before the number
            inclusive = bool(re.search(r"=|≤|≥|up to|at most|at least|not|no (?:more|less)|maximum|minimum|max|min", word))
            unit = unit_name(m.group(2)) or money_unit(text, m.start(1)) or _age_label(text, m.start())
            if below:
                bands.append(Band(None, x, unit, high_open=not inclusive, start=m.start(), end=m.end()))
            else:
                bands.append(Band(x, None, unit, low_open=not inclusive, start=m.start(), end=m.end()))
            taken.append((m.start(), m.end()))
    # "1 in 1,001 or lower" (a chance) is 1,001 odds or more
    bands = [replace(b, low=b.high, high=b.low, low_open=b.high_open, high_open=b.low_open)
             if b.unit == "odds" and (b.low is None) != (b.high is None) else b for b in bands]
    bands.sort(key=lambda b: b.start)
    if not merge:
        return bands
    out: list[Band] = []
    for b in bands:
        a = out[-1] if out else None
        if (a is not None and a.high is None and a.low is not None and b.low is None and b.high is not None
                and b.high > a.low and (a.unit == b.unit or a.unit is None or b.unit is None)
                and _BOTH_ENDS.fullmatch(text[a.end : b.start])):
            out[-1] = Band(a.low, b.high, a.unit or b.unit, a.low_open, b.high_open, a.start, b.end)
        else:
            out.append(b)
    return out


# what a length measures, from the word after it ("3 metres tall": asked.question_values)
DIMENSIONS = frozenset("height length width depth thickness".split())
MOST_READ = 12  # values, asked bands and label mentions read: bounds the work on a pasted page


def labelled_bands(text: str, bands: list[Band], label: str) -> list[list[Band]]:
    """The bands of `text` written after a word of `label`, one list for each time the label is
    written: the first band within 40 characters of it and the bands of that band's unit after it, up
    to the label's next mention. "Test Sodium (mmol/L), Critical low Below 120, Urgent range 120 - 124
    or 155 - 159" gives all three for sodium; "(CrCl) 50 mL/min or more, ... at least 24 hours" gives
    only the first for crcl; "INR result 8.0 or above, ..., restart when INR is below 5.0" gives two
    mentions, the row's own band first."""
    words = [w for w in label.split() if w]
    if not words:
        return []
    mentions = sorted(m.end() for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.I))[:MOST_READ]
    out: list[list[Band]] = []
    for i, at in enumerate(mentions):
        until = mentions[i + 1] if i + 1 < len(mentions) else len(text) + 1
        after = [b for b in bands if at <= b.start < until]
        if after and after[0].start - at <= 40:
            out.append([b for b in after if b.unit == after[0].unit])
    return out


def disjoint(a: Band, b: Band) -> bool:
    def below(x: Band, y: Band) -> bool:  # x ends before y starts
        return (x.high is not None and y.low is not None
                and (x.high < y.low or (x.high == y.low and (x.high_open or y.low_open))))
    return below(a, b) or below(b, a)


def within(inner: Band, outer: Band) -> bool:
    return ((outer.low is None or (inner.low is not None and inner.low >= outer.low))
            and (outer.high is None or (inner.high is not None and inner.high <= outer.high)))


def _touches(asked: Band, b: Band) -> bool:
    """`b` meets the asked band only at one end: "to GBP 40,000" of "between 40k and 65k"."""
    return (asked.low is not None and asked.high is not None and asked.low < asked.high
            and (b.high == asked.low or b.low == asked.high))


# units a band writes out whenever it means them: a band without a unit ("3 or more", "Under 5") is not
# of times, periods, sums or distances ("picked up at 18:52", "a 4-month-old")
_WRITTEN = frozenset("clock month week day night hour minute second money mile %".split())
# quantities a measurement without a unit is not: "my CrCl is 40" is not "at least 24 hours"
_NOT_MEASURED = frozenset("hour day week month year minute clock money".split())


def row_key_fit(values: list[Value], text: str, bands: list[Band]) -> int:
    """A table row read by its first cell: 1 when a band there holds a value of its unit (and none
    there leaves one out), -1 when one there leaves a value of its unit out, 0 when the first cell
    states no band of the case's units. "Blood glucose 17.0 to 21.9 mmol/L, Extra insulin 4 units (or
    10% if your TDD is over 60 units)" holds glucose 18.4 whatever its other cells say of 40 units."""
    cut = text.find(", ")
    key = [b for b in bands if cut > 0 and b.end <= cut]
    held = left_out = False
    for v in values:
        own = [b for b in key if v.unit is not None and b.unit == v.unit]
        if not own:  # a key of one value, "Age 5 years": a case of 9 years is another row's
            head = text[: max(cut, 0)]
            said = [parse_number(m.group(1)) for m in VALUE.finditer(head) if v.unit and unit_name(m.group(2)) == v.unit]
            if said and not key and len(head.split()) <= 4:
                held, left_out = held or v.number in said, left_out or v.number not in said
            continue
        if any(b.holds(v.number) for b in own):
            held = True
        else:
            left_out = True
    return -1 if left_out else 1 if held else 0


_EXCEPTION = re.compile(r"\((?:[^()]*\d[^()]*\bfor|or\s[^()]*\bif|unless|except)\s[^()]*\)")  # "(15 minutes for children over 12)", "(or X if)"


def _of_other(before: str, label: str) -> bool:
    """A band of what is named just before it ("TDD under 20", "weight under 50 kg"), not the label's."""
    w = re.findall(r"[A-Za-z]\w+", before[-12:])[-1:]
    return bool(w) and (w[0].lower() in LAB_NAMES | {"weight", "age"} or w[0].isupper()) and w[0].lower() not in label.lower()


def band_fit(values: list[Value], text: str, asked: list[Band] | None = None, row: bool = False) -> int:
    """1: `text` states a band that holds one of the values (or the band the question asks about);
    -1: it states bands of the values' units (or, for a value without a unit, of any unit) and none
    holds it, or a band of one value's own unit leaves that value out ("3 to 5 months (over 5 kg)" for
    an 8-month-old of 8.5 kg: the weight fits, the age does not); 0: nothing to compare.
    A value without a unit is compared with the band written after its label ("my CrCl is 40" with
    "(CrCl) 30 to 49 mL/min"), else with the bands of no time or sum. An asked band ("CrCl 50 or
    more", "below 97%") fits a band it holds and is left out by one it does not overlap. In a table
    `row` whose first cell holds a band of the value's unit, that band is the row's own: "Days overdue
    90 days or more, ... notice giving you at least 14 days to pay" does not hold 25 days (where the
    bands are the columns', any of them may hold it)."""
    if not values and not asked:
        return 0
    values, asked = values[:MOST_READ], (asked or [])[:MOST_READ]  # a case states a few; a long paste is no case
    bands = text_bands(text)
    if not bands:
        return 0
    if row:
        key = row_key_fit(values, text, bands)
        if key:
            return key
    verdict, held, contradicted = 0, False, False
    excepted = [m.span() for m in _EXCEPTION.finditer(text)]
    dims = {v.label for v in values if v.label in DIMENSIONS}
    for v in values:
        mentions = labelled_bands(text, bands, v.label) if v.label and (v.unit is None or v.label in dims) else []
        if v.label in dims and not mentions and any(re.search(rf"\b{d}", text, re.I) for d in dims - {v.label}):
            continue  # "10 metres long" beside "Hedge height Over 2 metres": the row is of the other dimension
        # (over 100 is no percentage: "peak flow 300" is not read against "Peak flow (% of best) 80% or more")
        mentions = [m for m in ([b for b in m if b.unit != "%" or v.number <= 100] for m in mentions) if m]
        if mentions:  # the bands of the quantity the value's label names, where the text first names it
            if any(b.holds(v.number) for b in mentions[0]):
                held = True
            elif not any(b.holds(v.number) for m in mentions[1:] for b in m):
                contradicted = True
            continue
        same = [b for b in bands if v.unit is None or b.unit == v.unit or (b.unit is None and v.unit not in _WRITTEN
                                                                            and not v.label)]  # (months in years)
        if v.unit is None and v.label:
            same = [b for b in same if b.unit not in _NOT_MEASURED and (b.unit != "%" or v.number <= 100)
                    and not _of_other(text[:b.start], v.label)]
        typed = [b for b in same if b.unit == v.unit] if v.unit is not None else []
        same = typed or same
        if not same:
            continue
        if any(b.holds(v.number) for b in same) or typed and v.unit == "year" and any(
                b.unit is None and b.holds(v.number) for b in bands):  # "is over 75, is under 2 years old": 81
            held = True
        elif all(any(a <= b.start and b.end <= z for a, z in excepted) for b in same):
            continue  # "for 10 minutes (15 minutes for children over 12)": an exception that leaves the case out
        elif typed:
            contradicted = True
        else:
            verdict = -1
    for a in asked or ():
        mentions = labelled_bands(text, bands, a.label) if a.label else []
        own = [b for b in (mentions[0] if mentions else []) if a.unit is None or b.unit in (a.unit, None)]
        own = own or [b for b in bands if a.unit is not None and b.unit == a.unit]
        if not own:
            continue
        if any(within(b, a) for b in own):
            held = True
        elif all(disjoint(a, b) or _touches(a, b) for b in own):
            contradicted = True
    if contradicted:
        return -1
    return 1 if held else verdict
