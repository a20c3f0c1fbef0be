"""The cell of a table row that holds the case: rows read as "Key, Heading value, Heading value" whose
columns split one quantity ("Morning appointment (before 12 noon) ..., Afternoon appointment (12 noon or
later) ...", "eGFR above 50 mL/min ..., eGFR 20 to 50 mL/min ..."); the reader quotes the row's key and
that one cell (verify/scoring.py)."""
from __future__ import annotations

import re

from chatbot.answer.ranges import MOST_READ, Band, Value, disjoint, text_bands, within


def _touch(a: Band, b: Band) -> bool:
    """One band ends where the other starts ("before 12 noon" / "12 noon or later", "0 to 3 months" /
    "3 to 6 months")."""
    return any(x is not None and y is not None and abs(x - y) <= max(1.0, 0.02 * abs(y))
               for x, y in ((a.high, b.low), (b.high, a.low)))


def held_cell(values: list[Value], row: str) -> tuple[int, int] | None:
    """In a table row read as "Key, Heading value, Heading value", the one cell whose band holds a
    value when the row's other cells hold bands of that unit that leave it out: "Sachet 2, Morning
    appointment (before 12 noon) 9 pm ..., Afternoon appointment (12 noon or later) 7 am ..." for a
    2.30 pm appointment gives the afternoon cell's (start, end). None otherwise."""
    cuts = [m.start() for m in re.finditer(r", (?![a-z]+\b)", row)]  # ", max 5 mg daily" goes on its cell, "eGFR" not
    if len(cuts) < 2:
        return None
    bands = text_bands(row)
    for v in values[:MOST_READ]:
        if v.unit is None and v.label and _heads(v.label, row[: cuts[0]]):
            own = [b for b in bands if b.start > cuts[0]]  # "Feature Respiratory rate (/min), Mild Under 50, ..."
        elif v.unit is None and v.label:  # "a heart rate of 142": the cells headed "Heart rate ... (/min)"
            own = [b for b in bands
                   if b.start > cuts[0] and _heads(v.label, row[max(c for c in cuts if c < b.start) : b.start])]
        else:
            own = [b for b in bands if v.unit is not None and b.unit == v.unit and b.start > cuts[0]]
        holding = [b for b in own if b.holds(v.number)]
        if len(own) < 2 or len(holding) != 1:
            continue
        b = holding[0]
        # the columns are a split of one quantity ("before 12 noon" / "12 noon or later"), not another
        # quantity of the unit ("ages 18 to 65" beside "protection lasts 1 to 2 years")
        if not any(_touch(o, b) for o in own if o is not b):
            continue
        start = max(c + 2 for c in cuts if c < b.start)
        end = min([c for c in cuts if c >= b.end] + [len(row)])
        if any(o.start < start or o.start >= end for o in own if o is not b):
            return start, end  # the other bands are in other cells: the columns of the case's choice
    return None


def asked_key_fit(asked: list[Band], row: str) -> int:
    """A table row's first cell against a band the question asks about in its own words ("smoked more than
    20 a day" of "Cigarettes a day More than 20, Weeks 9 and 10 14 mg/24 h, ..."): 1 when the key's one band
    lies within the asked band, -1 when the two share nothing ("Fewer than 10", "10 to 20"), 0 otherwise.
    The asked band has no unit (one with a unit is matched by ranges.band_fit); the key's may ("a day 10 to 20")."""
    cut = row.find(", ")
    key = [b for b in text_bands(row) if 0 < cut and b.end <= cut]
    if len(key) != 1:
        return 0
    unitless = [a for a in asked if a.unit is None]
    if any(disjoint(a, key[0]) for a in unitless):
        return -1
    return 1 if any(within(key[0], a) for a in unitless) else 0

def held_clause(values: list[Value], sentence: str) -> tuple[int, int, int] | None:
    """In a sentence of clauses split by ";", each stating a band of one unit ("cancelled 7 to 14 days
    before ... 50% of the booking; those cancelled less than 7 days before ... 100%"), the one clause whose
    band holds the case: (lead, start, end), where the lead is the first clause's words before its band
    ("Long Room bookings cancelled"), 0 when that clause is the one. None otherwise."""
    stops = list(re.finditer(r";\s+", sentence))
    if not stops:
        return None
    starts, ends = [0] + [m.end() for m in stops], [m.start() for m in stops] + [len(sentence.rstrip())]
    spans = list(zip(starts, ends))
    bands = text_bands(sentence)

    def clause(b: Band) -> int:
        return sum(s <= b.start for s in starts) - 1

    for v in values[:MOST_READ]:
        own = [b for b in bands if v.unit is not None and b.unit == v.unit]
        holding = [b for b in own if b.holds(v.number)]
        if len(holding) != 1 or len({clause(b) for b in own}) < 2:
            continue
        k = clause(holding[0])
        if k == 0:
            return 0, *spans[0]
        first = min(b.start for b in own)
        lead = len(sentence[:first].rstrip()) if first < spans[0][1] else 0
        return (lead, *spans[k]) if lead else None
    return None


_CONDITION = re.compile(r"\b(?:if|when|whenever|after|before|within|until|unless|more|less|over|under|below|above|is|are|was|were|be)\b", re.I)


def named_clause(asked: set[str], sentence: str, words_of) -> tuple[int, int, int] | None:
    """In a sentence of clauses split by ";" (or "and"), each giving a value of its own item ("suits GBP
    15 per garment per day; gowns GBP 40 per gown per day"), the one clause whose item the question names and
    no other clause's item is: (lead, start, end) as held_clause gives. An item is a clause's words before
    its value (after the lead-in's colon); `words_of` gives a text's word stems (verify.terms)."""
    # "Dogs and cats may join from 8 weeks and rabbits from 10 weeks": split at "and" (a sentence, not a row's cells)
    joined = ";" not in sentence and "," not in re.sub(r",\s+and\s", " ", sentence)
    stops = list(re.finditer(r",?\s+and\s+" if joined else r";\s+", sentence))
    label = re.match(r"\s*\(?\d+(?:\.\d+)*\)?\.?\s+", sentence)  # "2.1 ": a clause's number, no value
    starts, ends = [label.end() if label else 0] + [m.end() for m in stops], [m.start() for m in stops] + [len(sentence.rstrip())]
    if joined:  # a part without a number names more of the next part's item ("Dogs" of "Dogs and cats ... 8 weeks")
        keep = [i for i in range(len(starts)) if re.search(r"\d", sentence[starts[i] : ends[i]]) or i == len(starts) - 1]
        starts = [starts[0]] + [starts[i] for i in keep[1:]] if keep else []
        ends = [ends[i] for i in keep]
    if len(starts) < 2 or not all(re.search(r"\d", sentence[a:b]) for a, b in zip(starts, ends)):
        return None
    if joined:  # one value each, of one unit ("from 8 weeks", "from 10 weeks"); not "starts on 1 May and runs 36 months"
        found = [re.findall(r"(?<![\d.,])\d[\d,.]*\s*([A-Za-z%]*)", sentence[a:b]) for a, b in zip(starts, ends)]
        if any(len(f) != 1 for f in found) or len({f[0].lower().rstrip("s") for f in found}) != 1:
            return None
    colon = sentence.rfind(":", 0, ends[0])
    # an item is named before its value: "suits and other Garments" of "suits and other Garments GBP 15 ...",
    # in a few words that set no condition ("if 8 to 12 hours ago, ..." is a band: held_clause)
    names = [re.split(r"[£$€\d]|\b(?:GBP|USD|EUR)\b", sentence[(colon + 1 if i == 0 and colon >= 0 else a) : b], maxsplit=1)[0]
             for i, (a, b) in enumerate(zip(starts, ends))]
    if not all(0 < len(n.split()) <= 6 and not _CONDITION.search(n) for n in names):
        return None
    items = [words_of(n) for n in names]
    own = [(w - set().union(*(o for j, o in enumerate(items) if j != i))) & asked for i, w in enumerate(items)]
    named = [i for i, w in enumerate(own) if w]
    if len(named) != 1 or (named[0] == 0 and colon < 0 and not joined):
        return None  # (the first clause's item is told from its lead-in only after a colon)
    k = named[0]
    whole = [words_of(sentence[a:b]) & asked for a, b in zip(starts, ends)]
    if any(w - whole[k] for j, w in enumerate(whole) if j != k):
        return None  # another clause says something asked ("below 300 if tophi"): not one item's value
    return (0, 0, ends[0]) if k == 0 else (max(colon + 1, 0), starts[k], ends[k])  # (the first with its number)


def _heads(label: str, cell: str) -> bool:
    """Every word of a value's label is in the cell's heading ("heart rate" / "Heart rate RED (/min)"), or
    its abbreviation ("respiratory rate" / "Resp. rate AMBER")."""
    cell = cell.lower()
    heading = set(re.findall(r"[a-z]+", cell))
    return all(any(w == h or len(h) >= 3 and w.startswith(h) and re.search(rf"\b{h}\.", cell) for h in heading)
               for w in label.lower().split())


def named_by_numbers(question: str, row: str) -> tuple[int, int] | None:
    """The one cell of a row whose heading the question writes out with its numbers ("in weeks 9 and 10"
    picks "Weeks 9 and 10 14 mg/24 h" of "Cigarettes a day More than 20, Weeks 1 to 8 21 mg/24 h, Weeks 9
    and 10 14 mg/24 h, ..."): its (start, end), or None."""
    asked = " ".join(question.lower().split())
    cuts = [0] + [m.end() for m in re.finditer(r", (?![a-z]+\b)", row)]
    spans = [(a, (cuts[i + 1] - 2) if i + 1 < len(cuts) else len(row)) for i, a in enumerate(cuts)][1:]
    found = []
    for a, b in spans:
        words = row[a:b].split()
        # the cell's first words, a value after them; or from its first number on ("Children 6 to 11 years
        # 5 mg" for "children aged 6 to 11 years"), where a value must follow the band ("Above my dry weight
        # by 2.1 to 3.0 kg" is the case's band, no value)
        first = next((i for i, w in enumerate(words) if re.search(r"\d", w)), 0)
        heads = [" ".join(words[j:k]).lower() for j in dict.fromkeys((0, first))
                 for k in range(min(j + 5, len(words) - 1), j + 1, -1)
                 if j == 0 or re.search(r"\d", words[k]) and words[k - 1].lower() not in ("to", "and", "or", "-", "from")]
        # ("on a 12 month contract" names "12 months"; "30-day" is "30 day")
        if any(re.search(r"\d", h) and re.search(rf"(?<!\w){re.escape(h.removesuffix('s'))}s?(?![\w.])", asked.replace("-", " "))
               for h in (h.replace("-", " ") for h in heads) if len(h.split()) >= 2):
            found.append((a, b))
    return found[0] if len(found) == 1 and len(spans) > 1 else None


# a row laid out in spaces, its values at its end ("E. Boarding fees GBP 800 GBP 1,250 GBP 2,250")
_CELL_VALUE = (r"(?:(?:GBP|USD|EUR|gbp|[£$€])\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?(?:\s?(?:%|[a-zµ]{1,6}(?:/[A-Za-z\d.]+)*)\b)?"
               r"|[Nn]ot (?:covered|included|available)|[Ii]ncluded|[Nn]il|[Nn]one|N/A|n/a|-|–)")
_ROW_TAIL = re.compile(rf"(?:(?<=\s)|^){_CELL_VALUE}(?:\s+{_CELL_VALUE})+\s*$")


def _tail_values(line: str) -> list[tuple[int, int]]:
    m = _ROW_TAIL.search(line)
    if not m:
        return []
    return [(m.start() + v.start(), m.start() + v.end()) for v in re.finditer(_CELL_VALUE, line[m.start() :])]


def header_column(question: str, passage: str, start: int, end: int) -> tuple[tuple[int, int], int, tuple[int, int]] | None:
    """In a table laid out in spaces, whose column headings sit on their own line above the rows
    ("Section and benefit Lifetime 3000 Lifetime 6000 Lifetime 10000"), the column the question names
    ("on the Lifetime 10000 cover level"): (that heading's span in the passage, the row's label length,
    the row's value in that column, relative to start). None when the row is not such a row or the
    question names no one column."""
    row = passage[start:end]
    if "\n" in row.strip():
        return None
    values = _tail_values(row.rstrip())
    if len(values) < 2 or not row[: values[0][0]].strip():
        return None
    n, at = len(values), passage.rfind("\n", 0, start) + 1
    while at > 0:  # up past the sibling rows, to the line of headings
        above = passage.rfind("\n", 0, at - 1) + 1
        line = passage[above : at - 1]
        at = above
        if len(_tail_values(line.rstrip())) == n:
            continue
        tokens = [(above + m.start(), above + m.end()) for m in re.finditer(r"\S+", line)]
        asked = " ".join(question.lower().split())
        for k in (2, 3, 1):
            if len(tokens) < n * k:
                continue
            groups = [tokens[len(tokens) - n * k + g * k : len(tokens) - n * k + (g + 1) * k] for g in range(n)]
            words = [[passage[a:b].lower() for a, b in grp] for grp in groups]
            if k > 1 and len({w[0] for w in words}) != 1 or k == 1 and not all(w[0].isalpha() for w in words):
                continue  # "Lifetime 3000 Lifetime 6000 ...", "Bronze Silver Gold": one heading per value
            named = [g for g, w in enumerate(words) if re.search(rf"(?<![\w.]){re.escape(' '.join(w))}(?![\w.])", asked)]
            if len(named) == 1:
                g = named[0]
                return (groups[g][0][0], groups[g][-1][1]), len(row[: values[0][0]].rstrip()), values[g]
            return None
        return None
    return None


# "the second stage payment", "the final instalment": a row of a table of stages, by its place
_ORDINAL_ROW = re.compile(r"\b(first|second|third|fourth|fifth|sixth|last|final)\s+(?:[a-z]+\s+)?"
                          r"(?:stages?|instalments?|installments?|payments?|phases?|steps?)\b", re.I)
_PLACES = {w: i for i, w in enumerate("first second third fourth fifth sixth".split(), 1)}
_NUMBERED = re.compile(r"\b(?:stage|instal+ment|payment|phase|step)\s+(\d+)", re.I)  # "Stage 2. Vehicle in, ..."


def _row_of(line: str, key: str) -> bool:
    """A line that is a row read with its headings ("Stage Deposit, When due ..."), under the first heading `key`."""
    return ", " in line and line.split(maxsplit=1)[:1] == [key]


def ordinal_row(question: str, text: str, start: int) -> bool | None:
    """Is the table row at `start` of `text` the one the question names by its place ("when is the second
    stage payment due?": the table's second row)? Where the rows number themselves ("Deposit", "Instalment
    1", "Instalment 2"), the row numbered so. None when the question names no place, or the row is alone."""
    m = _ORDINAL_ROW.search(question)
    if not m:
        return None
    lines = text.split("\n")
    at = text.count("\n", 0, start)
    key = lines[at].split(maxsplit=1)[:1]
    if not key or not _row_of(lines[at], key[0]):
        return None
    first = last = at
    while first > 0 and _row_of(lines[first - 1], key[0]):
        first -= 1
    while last + 1 < len(lines) and _row_of(lines[last + 1], key[0]):
        last += 1
    place = m.group(1).lower()
    if first == last:
        return None
    if place in ("last", "final"):
        return at == last
    if any(_NUMBERED.search(line) for line in lines[first : last + 1]):
        own = _NUMBERED.search(lines[at])
        return bool(own) and int(own.group(1)) == _PLACES[place]
    return at - first + 1 == _PLACES[place]
