"""The pieces a passage is read in, as the verifier checks a claim against it and quotes it:
sentences, word windows of a long one, table rows with their cells and headings, the lead-in of a
list item, a label with its value."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from chatbot.answer.clock import cell_heading
from chatbot.answer.verify.terms import NUMBER, strip_label, terms
from core.text import sentence_spans


LONG_SENTENCE = 500  # characters; a longer "sentence" (a flattened table, a run-on clause) is quoted in part
WINDOW_WORDS = 48


def _windows(text: str, start: int, end: int, size: int = WINDOW_WORDS) -> list[tuple[int, int]]:
    """Overlapping word windows of a long sentence, as [start, end) offsets in `text`."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    if len(words) <= size:
        return [(start, end)]
    step = max(1, size // 2)
    out = []
    for i in range(0, len(words) - size // 2, step):
        j = min(len(words), i + size)
        out.append((words[i][0], words[j - 1][1]))
        if j == len(words):
            break
    return out


def is_table_like(text: str) -> bool:
    """A flattened table row or several: two or more numbers and no sentence-final punctuation."""
    return not text.rstrip().endswith((".", "!", "?", ";")) and len(NUMBER.findall(text)) >= 2


def row_headings(text: str) -> list[str]:
    """The first word of each cell of a table row read as a sentence ("Indication Mechanical mitral
    valve, Target INR 3.5, Acceptable range 3.0 to 4.0." -> indication, target, acceptable)."""
    cells = [c.split() for c in text.split(", ")]
    return [c[0].lower() for c in cells if c] if len(cells) >= 3 else []


def row_cells(row: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row read as "Key, Heading value, Heading value"; a piece
    after ", " that starts with a lower-case word (not "eGFR") continues its cell ("Dapagliflozin, empagliflozin or ..."), as
    does one inside brackets ("3 doses (days 0, 7 and 21 to 28)")."""
    cells: list[tuple[int, int]] = []
    at = 0
    for piece in row.split(", "):
        if cells and (re.match(r"[a-z]+\b", piece) or row.count("(", 0, at) > row.count(")", 0, at)):
            cells[-1] = (cells[-1][0], at + len(piece))
        else:
            cells.append((at, at + len(piece)))
        at += len(piece) + 2
    return cells


def negated_words(question: str) -> set[str]:
    """The words a question names only to rule them out ("the standard (non-peak) rate", "we pay
    quarterly, not annually", "posted rather than collected"): they name no column the case picks."""
    found = re.findall(r"\bnon[-\s]?([a-z]{3,})|\bnot\s+(?:an?\s+|the\s+)?([a-z]{3,})|"  # "not a sleeve"
                       r"\b(?:rather\s+than|instead\s+of)\s+(?:(?:me|us|you|them|the|an?|my|our)\s+)?([a-z]{3,})",
                       question.lower())
    return set().union(*(terms(" ".join(f)).words for f in found)) if found else set()


_ORDINALS = frozenset({"second", "third", "fourth", "addit", "extra", "subsequ"})


def named_cell(asked: set[str], row: str) -> tuple[int, int] | None:
    """In a table row read as "Key, Heading value, Heading value", the one cell whose heading the
    question names when another cell gives a value of the same kind under a heading it does not:
    "Sole Agency rate 1.10%, Multi-Agency rate 1.75%" for "as a multi-agency" gives the Multi-Agency
    cell's (start, end). None otherwise."""
    cells = row_cells(row)
    if len(cells) < 3:
        return None

    def kind(text: str) -> str:
        t = terms(text)
        # (or what it counts: "3 FTU" beside "2 FTU")
        return "money" if t.money else next((u for _, u in sorted(t.quantities)), "") or min((w for _, w in t.counted), default="")

    heads = []
    for a, b in cells[1:]:
        head = cell_heading(row[a:b])
        valued = len(head) < b - a  # (a cell without a value heads nothing)
        heads.append(((a, b), terms(head).words if valued else set(), kind(row[a:b]) if valued else ""))
    # each cell's own heading words (less those every cell of its kind shares: "Price"), and how much of
    # them the question says: "paid annually in advance" for "if we pay annually in advance"
    said = []
    for span, h, k in heads:
        same = [hh for _, hh, kk in heads if kk == k]
        own = h - set.intersection(*same)
        if k and len(same) > 1 and own:
            said.append((len(own & asked) / len(own), span, k))
    if not said:
        return None
    # an ordinal the question says ("the second one") picks the one cell headed by it ("Second or third dog")
    ordinal = [sp for sh, sp, kk in said if _ORDINALS & asked & terms(row[sp[0] : sp[1]]).words]
    if len(ordinal) == 1:
        return ordinal[0]
    share, span, k = max(said)
    others = [sh for sh, sp, kk in said if kk == k and sp != span]
    return span if share >= 0.5 and others and max(others) < share else None


# "GBP 2,250 plus VAT (Sole Agency) or GBP 3,000 plus VAT (Multi-Agency)": one value for each named case
_VALUE_OF_CASE = r"(?<![\w.,])(?:[£$€]|\b(?:GBP|USD|EUR)\s?)?\d[\d,.]*(?:\s+[A-Za-z%/][^();\d]{0,25}?)?"
_ALTERNATIVES = re.compile(rf"(?P<a>{_VALUE_OF_CASE})\s*\((?P<la>[^()]{{2,40}})\)\s+or\s+(?P<b>{_VALUE_OF_CASE})\s*"
                           r"\((?P<lb>[^()]{2,40})\)")


def named_alternative(asked: set[str], text: str) -> tuple[int, int, int] | None:
    """In a sentence that gives one value for each of two named cases ("A freeze costs GBP 5 a month
    (Standard) or GBP 8 a month (Platinum)"), the case the question names and not the other: (end of
    the lead-in "A freeze costs", start, end of "GBP 5 a month (Standard)"). None otherwise."""
    m = _ALTERNATIVES.search(text)
    if not m:
        return None
    if not text[: m.start("a")].strip():
        return None  # no lead-in to quote it with
    a, b = (terms(m.group(g).replace("-", " ")).words for g in ("la", "lb"))
    named = [g for g, w in (("a", a - b), ("b", b - a)) if w and w <= asked]
    if len(named) != 1:
        return None
    g = named[0]
    return m.start("a"), m.start(g), m.end("l" + g) + 1


# "GBP 24 collected from the studio or GBP 31 posted", "within 72 hours of the treatment, or within 48 hours for
# a spray tan": one value for each case, the case said after its value
_VALUE = r"(?:\b(?:within|for|at|of|about|up\s+to)\s+)?(?:[£$€]\s?|\b(?:GBP|USD|EUR)\s?)?(?<![\w.,-])\d"
_OR_VALUE = re.compile(rf",?\s+or\s+(?={_VALUE})")


def named_after(asked: set[str], text: str) -> tuple[int, int, int] | None:
    """In a sentence that gives two values, each followed by its own case ("... for GBP 24 collected
    from the studio or GBP 31 posted"), the case the question names and not the other: (end of the
    lead-in, start, end) of its value and case, as named_alternative gives. None otherwise."""
    split = list(_OR_VALUE.finditer(text))
    if len(split) != 1:
        return None
    first = list(re.finditer(_VALUE, text[: split[0].start()]))
    if not first or not text[: first[-1].start()].strip():
        return None  # no lead-in to quote it with
    a, b = (first[-1].start(), split[0].start()), (split[0].end(), len(text.rstrip().rstrip(".")))
    if any(len(re.findall(r"(?<![\w.,])\d", text[i:j])) != 1 for i, j in (a, b)):
        return None  # one value a side
    case_a, case_b = (terms(text[i:j].split("(")[0]).words for i, j in (a, b))  # (not what a bracket defines)
    named = [span for span, own in ((a, case_a - case_b), (b, case_b - case_a)) if own & asked]
    if len(named) != 1 or not case_a - case_b or not case_b - case_a:
        return None
    return a[0], named[0][0], named[0][1]


def same_table(a: str, b: str) -> bool:
    """Two rows of one table: the same first heading and at least two more headings in common (one,
    of a two-column table: "When you test ..., Target (mmol/L) ...")."""
    ha, hb = ([t[i:j].split()[0].lower() for i, j in row_cells(t) if t[i:j].split()] for t in (a, b))
    # headings in common, by name or by place ("CrCl above 60 mL/min, CrCl 30 to 60 mL/min": one name, two columns)
    common = max(len(set(ha[1:]) & set(hb[1:])), sum(x == y for x, y in zip(ha[1:], hb[1:])))
    # (or one row key but its number, and the next heading: a cell's own comma adds a false heading)
    key = [re.sub(r"\d[\d.,]*", "#", t.split(", ")[0]).lower() for t in (a, b)]
    return bool(len(ha) > 1 and len(hb) > 1 and ha[0] == hb[0] and (
        common >= max(1, min(2, len(ha) - 1, len(hb) - 1)) or key[0] == key[1] and "#" in key[0] and ha[1] == hb[1]))


def key_named_rows(keys: dict[int, set[str]], shared: Mapping[str, int], asked: set[str],
                   rows: dict[int, str]) -> set[int]:
    """The table rows whose key the question says in full when a row of the same table has a key it
    does not say, and no other row of its table is said in full: "Garden Size Large" for "a large
    garden", not "Garden Size Extra Large" beside it.
    `keys`: each row's key words; `shared`: how many rows' keys hold a word (3 or more: a heading)."""
    own = {i: {w for w in k if shared[w] < 3} for i, k in keys.items()}
    said = {i for i, o in own.items() if o and o <= asked and any(
        o2 - asked and o2 != o and same_table(rows[i], rows[j]) for j, o2 in own.items() if j != i)}
    # one such row of its table: a case told in several rows' words ("SpO2 93% in air ... 60% of feeds") picks none
    return {i for i in said if not any(j != i and same_table(rows[i], rows[j]) for j in said)}


_LIST_ITEM = re.compile(r"\s*(?:[-\u2022*\u2013]\s|\(?[a-z]{1,3}\)\s|\(?\d{1,2}\)\s)")  # "- ", "(a) ", "ii) ", "3) "


def list_lead(passage: str, units: list[tuple[int, int]], i: int, look_back: int = 8) -> tuple[int, int] | None:
    """For a list item ("- prevent stroke ..."), the sentence that introduces its list ("It is used in
    adults to:"): the nearest unit above ending with a colon, with only list items between."""
    if not _LIST_ITEM.match(passage[units[i][0] : units[i][1]]):
        return None
    for k in range(i - 1, max(-1, i - 1 - look_back), -1):
        text = passage[units[k][0] : units[k][1]]
        if text.rstrip().endswith(":"):
            return units[k]
        if not _LIST_ITEM.match(text):
            return None
    return None


def table_header(passage: str, units: list[tuple[int, int]], i: int, look_back: int = 8) -> tuple[int, int] | None:
    """The nearest line above unit i that names columns (words, no numbers), for a table row."""
    for k in range(i - 1, max(-1, i - 1 - look_back), -1):
        text = passage[units[k][0] : units[k][1]]
        if not NUMBER.search(strip_label(text)) and len(terms(text).words) >= 2:
            # column headings end without a full stop: "Check the glucose every hour." is prose
            return None if text.rstrip().endswith((".", "!", "?")) else units[k]
        if not (is_table_like(text) or (NUMBER.search(text) and not text.rstrip().endswith((".", "!", "?", ";")))):
            return None  # prose in between: no longer the same table ("99.8% or higher Nil" is still a row)
    return None


def label_end(text: str, start: int, end: int) -> int:
    """Where a label's value ends: a unit ending in ':' ("6.2 Target peak anti-Xa range:") is read
    with the rest of its line, or with the sentence after it when the line ends at the label. Any
    other unit ends where it ends."""
    if not text[start:end].rstrip().endswith(":"):
        return end
    following = [(a, b) for a, b in support_units(text) if a >= end]
    if not following:
        return end
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    same_line = [b for a, b in following if b <= line_end]
    return same_line[-1] if same_line and same_line[-1] - start <= LONG_SENTENCE else following[0][1]


@lru_cache(maxsize=2048)
def support_units(text: str) -> tuple[tuple[int, int], ...]:
    """Sentences of `text`, long ones cut into overlapping word windows: the pieces a claim is checked
    against and a quote is taken from."""
    spans: list[tuple[int, int]] = []
    for a, b in sentence_spans(text):  # a row whose column heading asks ("..., Can they fly? Yes, ...") is one row
        if spans and text[spans[-1][1] - 1] == "?" and "\n" not in text[spans[-1][1] : a] and (
                ", " in text[spans[-1][0] : spans[-1][1]] and len(row_headings(text[spans[-1][0] : b])) >= 3):
            a = spans.pop()[0]
        spans.append((a, b))
    out = []
    for start, end in spans:
        out.extend(_windows(text, start, end) if end - start > LONG_SENTENCE else [(start, end)])
    return tuple(out)
