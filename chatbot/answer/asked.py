"""The values a question states about its case ("my daughter weighs 17 kg", "aged 7", "we have 64 users",
"my appointment is at 2.30 pm") and the bands it asks about ("if availability is below 97%"), to be read
against the bands of the documents' rows and clauses (`ranges.text_bands`, `ranges.band_fit`).

Every pattern here is linear: no nested quantifiers, alternations on fixed words only.
"""
from __future__ import annotations

import re
from dataclasses import replace

from chatbot.answer.clock import clock_times, date_gap, date_points
from chatbot.answer.ranges import LAB_NAMES, VALUE, Band, Value, money_unit, parse_number, text_bands, unit_name
from chatbot.answer.units import odds, spoken_thousands
from core.text import STOPWORDS

# a value without a unit is the case's measurement only after one of these ("potassium is 6.3"),
# not a code, a clause or a day number ("CG-117", "clause 4.2", "by day 3")
_MEASURED = frozenset("is was are were now currently of at reads reading level levels weighs weighed weighing measured measures scored "
                      "score got had around about approximately roughly nearly".split())

# "is 7" is an age only of a person ("my son is 7"; "my CrCl is 40" is a measurement)
_PERSON = (r"(?:he|she|i|they|who|son|daughter|boy|girl|child|kid|baby|toddler|infant|grandson|granddaughter|"
           r"brother|sister|mum|mom|dad|mother|father|husband|wife|partner|nan|gran|grandma|grandad|grandpa|"
           r"grandmother|grandfather|patient|niece|nephew)")
_AGE = re.compile(r"\b(?:aged?|age\s+of)\s+(\d{1,3})\b(?![.,]\d)|\b(\d{1,3})[\s-]*(?:years?|yrs?|y)[\s-]*old\b"
                  rf"|\b(?:{_PERSON}(?:'s|\s+is|\s+(?:just\s+)?turn(?:s|ed)?|(?:\s+will|['’]ll)\s+be)|i'm|im|i\s+am)\s+(\d{{1,2}})"
                  r"(?=\s*(?:[,.?!;](?!\d)|$|\band\b|\bbut\b|\bso\b|\b(?:now|next|last|this|in|on)\b))", re.I)

# "an 8-month-old", "a 3 week old baby": an age in months, weeks or days
_AGE_IN = re.compile(r"\b(\d{1,2})[\s-]*(months?|weeks?|days?)[\s-]*old\b", re.I)
_PER_YEAR = {"month": 12.0, "week": 52.0, "day": 365.0}

# "we have 64 users", "about 80 guests", "9 of us": a count read against "Named Users 51 to 150"
_COUNTED = re.compile(r"\b(\d{1,3}(?:,\d{3})*|\d+)\s+(?:(?!per\b)[a-z-]+\s+)?(users?|members?|guests?|employees?|seats?|"
                      r"licen[cs]es?|delegates?|attendees?|pupils?|students?|learners?|workers?|vehicles?|devices?|"
                      r"sites?|locations?|staff|people|persons|(?<=of\s)us|earners?|lawyers?|solicitors?|colleagues?|"
                      r"clinicians?|doctors?|nurses?|teachers?|volunteers?)\b", re.I)  # ("9 of us")

_COUNT_OF = re.compile(r"\b(\d{1,4})\s+of\s+(?:the|their|our|my|your|his|her|its|these|those)\s+([a-z]+)\b", re.I)
_LABELLED = re.compile(r"\b(flats?|apartments?|rooms?|plots?|bays?|houses?|floors?|wards?|beds?|stages?|levels?|grades?)"
                       r"\s+(?:no\.?\s*|number\s+)?(\d{1,4})\b(?![.,:]\d)", re.I)


def question_ages(question: str) -> list[float]:
    """The ages a question gives its case ("a 12 year old", "aged 9")."""
    out = []
    for m in _AGE.finditer(question):
        x = parse_number(next(g for g in m.groups() if g))
        if x is not None:
            out.append(x)
    for m in _AGE_IN.finditer(question):
        out.append(float(m.group(1)) / _PER_YEAR[unit_name(m.group(2))])
    return out


_DIMENSION = re.compile(r"\s*(tall|high|long|wide|deep|thick)\b", re.I)
_DIMENSIONS = {"tall": "height", "high": "height", "long": "length", "wide": "width", "deep": "depth", "thick": "thickness"}
_ASKS_WHEN = re.compile(r"\b(?:when|what\s+date|which\s+date|what\s+day|how\s+long)\b", re.I)


def question_values(question: str) -> list[Value]:
    """The values a question states about the case it describes (not the bands it asks about:
    "is 30 mL/min or more enough" gives none)."""
    question = odds(spoken_thousands(question))
    values: list[Value] = []
    banded = text_bands(question)
    for m in _AGE.finditer(question):
        group = next(i for i in (1, 2, 3) if m.group(i))
        x = parse_number(m.group(group))
        if x is not None and not any(b.start <= m.start(group) < b.end for b in banded):
            values.append(Value(x, "year"))
    weight = re.search(r"\d\s*(?:kg|kilos?)\b", question, re.I)  # (a dose goes by weight before the age guide)
    for m in _AGE_IN.finditer(question):  # an 18-month-old is in "12 to 23 months", and in "1 to 2 years"
        values += [Value(float(m.group(1)), unit_name(m.group(2)))] + (
            [] if weight else [Value(float(m.group(1)) / _PER_YEAR[unit_name(m.group(2))], "year", "months")])
    for m in _LABELLED.finditer(question):  # "I own flat 23" ("by day 3" is a day of a regimen, not the case)
        word = m.group(1).lower()
        single = word[:-1] if word.endswith("s") else word
        unit = unit_name(word) or single
        if not any(b.start <= m.start(2) < b.end for b in banded):
            values.append(Value(float(m.group(2)), unit))
    for m in _COUNTED.finditer(question):  # "we have 64 users": read against "Named Users 51 to 150"
        word = m.group(2).lower()
        if re.search(r"\b[A-Z][A-Za-z]*\s*$", question[max(0, m.start() - 12) : m.start()]):
            continue  # "Tier 4 price per user": a row's name, no count
        if not any(b.start <= m.start(1) < b.end for b in banded):
            values.append(Value(float(m.group(1).replace(",", "")), unit_name(word) or ("person" if word == "us" else word.rstrip("s"))))
    for m in _COUNT_OF.finditer(question):  # "he filled 5 of their bags": 5 bags
        if (unit := unit_name(m.group(2).lower())) and not any(v.number == float(m.group(1)) and v.unit == unit for v in values):
            values.append(Value(float(m.group(1)), unit))
    if not _ASKS_WHEN.search(question):  # (a date asked for is no gap to place in a band: "when is it due?")
        values += [Value(n, unit) for n, unit in date_gap(question)]  # "wedding on 12 September, letter on 20 January"
        days = date_points(question)
        # "we send notice on 14 August"; not "I'll be 25 on 1 April": the day of an age, no case to place
        values += [Value(days[0][2], "date")] if len(days) == 1 and not re.search(
            r"\b(?:be|turns?|is|am|i'm)\s+\d+\s+on\s*$", question[: days[0][0]], re.I) else []
    clocks = clock_times(question)
    for a, _, hours in clocks:  # "my appointment is at 2.30 pm"
        if not any(b.start <= a < b.end for b in banded):
            values.append(Value(hours, "clock"))
    for m in VALUE.finditer(question):
        if any(b.start <= m.start() < b.end for b in banded) or any(a <= m.start() < b for a, b, _ in clocks):
            continue
        x = parse_number(m.group(1))
        unit = money_unit(question, m.start(1)) or unit_name(m.group(2))
        if x is None:
            continue
        label = ""
        if unit is None:
            before = re.findall(r"[a-z]+", question[max(0, m.start() - 20) : m.start()].lower())
            if not before or (before[-1] not in _MEASURED and before[-1] not in LAB_NAMES) or re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
                continue  # a code, a clause number, a day or a year: not the case's measurement
            label = label_before(question, m.start())
        elif dim := _DIMENSION.match(question, m.end()):  # "3 metres tall and 10 metres long": which is the height
            label = _DIMENSIONS[dim.group(1).lower()]
        if any(v.number == x and (v.unit == unit or unit is None) for v in values):
            continue
        values.append(Value(x, unit, label))
    return values


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+]*")
# verbs a band follows in a question ("can I take more than 4"): they name no quantity
_ACTS = frozenset("take takes taking give given use used have get pay paid drink eat need needs do does go stay "
                  "wait work book bring keep spend".split())


_WHEN = frozenset("today tonight yesterday morning afternoon evening night now currently recently earlier later "
                  "just still again last first".split())


def label_before(text: str, at: int) -> str:
    """The words just before a value that say what it measures: "my CrCl is 40" -> "crcl",
    "potassium level 6.3" -> "potassium" (up to two words; "is", "level", stopwords skipped)."""
    out: list[str] = []
    start = max([at - 40] + [text.rfind(c, max(0, at - 40), at) + 1 for c in ",;:?!()"])  # within its own clause
    for w in reversed(_WORD.findall(text[max(0, start) : at])):
        lw = w.lower()
        if lw in _WHEN:
            continue  # "peak flow this morning was 340": what is measured, not when
        if lw in _MEASURED or lw in STOPWORDS or lw in _ACTS:
            if out or lw in _ACTS:
                break
            continue
        out.append(lw)
        if len(out) == 2:
            break
    return " ".join(reversed(out))


def question_bands(question: str) -> list[Band]:
    """The bands a question asks about, each with the words it names it by: "(CrCl 50 or more)",
    "if availability is below 97%". A band without a unit and without such words is left out:
    "can I take more than 4" names no quantity a table's band could be matched on."""
    question = spoken_thousands(question)
    out = []
    for b in text_bands(question):
        label = label_before(question, b.start)
        if b.unit is not None or label:
            out.append(replace(b, label=label))
    return out
