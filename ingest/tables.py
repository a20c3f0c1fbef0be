"""Ruled tables on born-digital pages, read as rows that carry their column headings.

pypdf flattens a table into lines that reflow then runs together ("Body weight Dose 5 to 10 kg 2.5 mL
10 to 20 kg 5 mL ..."), so a row cannot be quoted alone and its numbers do not say what they are.
Here pdfplumber finds the table's grid and each row is written as one sentence on its own line:

    Body weight 10 to 20 kg, Dose 5 mL, How often three times a day.

"," joins the cells (core/text.sentence_spans splits at ";" and ":" before a capital or a digit, never
at ","), and the final "." ends the row, so the reader quotes one row, and chatbot/ranges.text_bands
reads its band with the quantity's name beside it. ingest/boxes.py finds such a row on the page by
its cell values (the headings are printed once, above).

    tables = TableReader(Path("leaflet.pdf"))
    text = tables.rewrite(page_index, pypdf_page, cleaned_text)   # the page text, tables as rows
    tables.close()

Cheap where there is nothing to find: a page whose content stream draws fewer than MIN_RULE_OPS
rectangles or lines is never given to pdfplumber (it lays out every character of a page: tens of
ms), nor is one drawing more than MAX_RULE_OPS (a chart or a drawing), and a document stops being
searched once pdfplumber has spent DOC_BUDGET_S on it.

Limits: only ruled tables (drawn cell borders or rules; pdfplumber's "lines" strategy), not tables
laid out with spaces alone; a table whose first row is not recognisably a heading row (bold above
plain cells, or no numbers above a numeric first column) keeps its cells without headings, one row
a line; a row whose cell spans rows (a merged cell) repeats that cell's value; a heading spanning
columns is read into each column it spans, and a second heading row is joined to the first; a table
that runs over a page break takes the previous page's headings when its first row is not a heading
row and it has as many columns. A table whose text cannot be found in the page's extracted text (a
different reading order) is left as pypdf read it.
"""
from __future__ import annotations

import logging
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

MIN_RULE_OPS = 4  # a table needs at least a few rules or cell rectangles
MAX_RULE_OPS = 3000  # more is a chart or a drawing: pdfplumber takes ~1 ms a rule (seconds a page) for nothing
DOC_BUDGET_S = 20.0  # pdfplumber time per document; past it, later pages keep pypdf's flattened text
MAX_HEADING_WORDS = 8
MAX_LOCATE_TRIES = 200  # places tried for a table's text when its cells were read in another order
_RULE_OP = re.compile(rb"(?<![A-Za-z])(?:re|l)(?=[\s\[\]/<>(){}%]|$)")  # path operators: rectangle, line
_YEAR = re.compile(r"^(?:FY\s?)?(?:19|20)\d\d$", re.I)


@dataclass
class Table:
    """One table: its headings (one per column, "" when unknown) and its rows of cell texts."""

    headings: list[str]
    rows: list[list[str]]
    top: float  # share of the page height above the table (0: at the top)
    bottom: float  # share of the page height above the table's bottom edge
    cells: list[list[str]] = field(default_factory=list)  # every row as printed (a merged cell once), headings included
    first_bold: bool = False  # the first row (headings or data) is set in bold
    bold_headings: bool = False  # the headings are set in bold (carried over a page break with them)
    filled: list[list[str]] = field(default_factory=list)  # every row, merged cells repeated, headings included


def rule_ops(pypdf_page) -> int:
    """How many rectangle and line operators the page's content stream and its forms (XObjects a
    page draws whole, as some generators draw tables) hold: a cheap pre-check."""
    n = 0
    try:
        contents = pypdf_page.get_contents()
        n += len(_RULE_OP.findall(contents.get_data())) if contents is not None else 0
        xobjects = pypdf_page["/Resources"].get_object().get("/XObject")
        for ref in (xobjects.get_object().values() if xobjects is not None else ()):
            form = ref.get_object()
            if form.get("/Subtype") == "/Form":
                n += len(_RULE_OP.findall(form.get_data()))
            if n > MAX_RULE_OPS:
                break
    except Exception:
        pass  # a damaged stream: what was counted
    return n


def _cell(text) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


_NUMBER_WORD = re.compile(r"^[(\[<>≤≥~±+\-–£$€]*\d")  # "10", "£41,000", "(2.5", "<30"; not "CURB-65", "NEWS2"


def _digits(text: str) -> bool:
    """A number in a cell, not counting years, names with digits ("CURB-65") and parenthesised units
    ("CrCl (mL/min/1.73 m2)")."""
    text = re.sub(r"\([^)]*\)", "", text)
    return any(_NUMBER_WORD.match(w) and not _YEAR.match(w) for w in text.split())


# a day of a month in a heading ("Age on 1 April") is no number of the column's
_DAY_OF_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b", re.I)


# a time of day in a heading names its column ("Friday after 17:00", "Before 12 noon"); a cell of a time alone is data
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|noon)\b", re.I)  # (not "GBP 12.50")


def _heading_like(row: list[str]) -> bool:
    cells = [c for c in row if c]
    return len(cells) >= 2 and all(len(c.split()) <= MAX_HEADING_WORDS and not c.endswith((".", ";")) and not _digits(
        _CLOCK.sub("", _DAY_OF_MONTH.sub("", c)) if re.search(r"[A-Za-z]{2}", _CLOCK.sub("", c)) else c) for c in cells)


# a column heading that is a band of a quantity: "CrCl 30 to 60 mL/min", "Weight under 10 kg", ">= 65 years",
# or a length of term ("Plan | UK data | 24 months | 12 months | 30-day rolling")
_BAND_WORDS = re.compile(r"\b(?:to|above|below|over|under|or\s+more|or\s+less|or\s+over|or\s+under|and\s+over|"
                         r"and\s+under|at\s+least|less\s+than|more\s+than|up\s+to|from)\b|[<>≤≥]|\d\s*(?:[-–]|and)\s*\d|"
                         r"^\d+[\s-](?:hours?|days?|weeks?|months?|years?)\b", re.I)  # a term's length: "24 months"


def _band_headings(row: list[str]) -> bool:
    """A heading row whose numbered cells are bands ("Drug | CrCl above 60 mL/min | CrCl 30 to 60 mL/min"):
    the columns split a quantity, each row is one item. The first cell names the rows, without a number."""
    cells = [c for c in row if c]
    return len(cells) >= 3 and bool(row[0]) and not _digits(row[0]) and all(
        len(c.split()) <= MAX_HEADING_WORDS and not c.endswith((".", ";")) and (not _digits(c) or _BAND_WORDS.search(c))
        for c in cells) and sum(bool(_digits(c)) for c in cells[1:]) >= 2


def _bold(chars) -> bool:
    """Most characters set in a bold face."""
    if not chars:
        return False
    return sum("bold" in (ch.get("fontname") or "").lower() for ch in chars) > 0.5 * len(chars)


def _fill(rows: list[list[str | None]]) -> list[list[str]]:
    """Merged cells: pdfplumber gives None for the cells a merged cell covers. A body cell covered from
    above repeats the value above (the row still says it alone); a heading covered from the left
    repeats the heading to its left."""
    out: list[list[str]] = []
    for r, row in enumerate(rows):
        filled = []
        for c, cell in enumerate(row):
            if cell is None:
                if r > 0 and out[-1][c]:
                    cell = out[-1][c]
                elif c > 0:
                    cell = filled[-1]
            filled.append(_cell(cell))
        out.append(filled)
    return out


def _header_rows(rows: list[list[str]], bold_rows: list[bool]) -> int:
    """How many rows at the top are headings (0, 1 or 2). `bold_rows`: whether each of the first rows
    is set in bold (as many as were looked at)."""
    if len(rows) >= 2 and _band_headings(rows[0]) and not any(_band_headings(r) for r in rows[1:2]):
        return 1  # columns by band: the body's cells are doses or actions, the bands are the headings
    bold_rows = bold_rows + [False] * (len(rows) - len(bold_rows))
    # a bold row of short labels above plain rows heads its columns, numbers and all ("130 gsm silk",
    # "Price per 1,000 copies"); not a scale's scores ("3 | 2 | 1 | 0")
    labels = [c for c in rows[0] if c]
    bold_labels = bold_rows[0] and not any(bold_rows[1:]) and len(labels) >= 2 and all(
        len(c.split()) <= MAX_HEADING_WORDS and not c.endswith((".", ";")) and re.search(r"[A-Za-z]{2}", c) for c in labels)
    if len(rows) < 2 or not (_heading_like(rows[0]) or bold_labels):
        return 0
    # a second heading row under a heading spanning columns ("Dose" over "Child" | "Adult")
    spans = len(set(c for c in rows[0] if c)) < len([c for c in rows[0] if c])
    n = 2 if spans and len(rows) > 2 and _heading_like(rows[1]) and bold_rows[1] == bold_rows[0] else 1
    body = rows[n:]
    # bold headings above plain cells (how most generators set a heading row)
    bold = bold_rows[0] and not any(bold_rows[n:])
    # no numbers in the heading row above a numeric column, the first one (a band: "10 to 20 kg")
    # or, with three columns or more, any one: a two-column table of labels and values
    # ("Rent | £45,000") has a first row of data that looks the same
    cols = range(len(rows[0])) if len(rows[0]) >= 3 else range(1)
    numeric = any(sum(_digits(r[c]) for r in body) >= max(1, len(body) / 2) for c in cols)
    return n if bold or numeric else 0


# headings that say nothing about their column ("Item | Detail" over a lease's particulars): not repeated
GENERIC_HEADINGS = frozenset("item items detail details description value values field particular particulars "
                             "entry information info".split())


def _headings(rows: list[list[str]], n: int) -> list[str]:
    if n == 0:
        return [""] * len(rows[0])
    heads = rows[0] if n == 1 else [
        a if a == b or not b else (b if not a else f"{a} {b}") for a, b in zip(rows[0], rows[1])]
    return ["" if h.lower() in GENERIC_HEADINGS else h for h in heads]


_CELL_STOP = re.compile(r"(?<=[^\s\d])(?:[;:](?=\s+\S)|[.!?](?=\s+[A-Z]))")  # not "14:00", "2.5", "max. 4"


def format_row(headings: list[str], row: list[str]) -> str:
    """One row as one sentence: "Body weight 10 to 20 kg, Dose 5 mL, How often three times a day."
    Without headings the cells are kept as pypdf read them, one row a line."""
    if not any(headings):
        return " ".join(c for c in row if c)
    # a cell's own stops ("Gym only; Mon-Fri 10:00 to 16:00", "Birth partner: any time. Others ...") become
    # commas: the row stays one sentence, so it is read, quoted and verified whole
    row = [_CELL_STOP.sub(",", v) for v in row]
    # a value that starts with its heading ("Day" over "Day 3") is not given it twice
    parts = [f"{h} {v}" if h and not re.match(rf"{re.escape(h)}\b", v, re.I) else v for h, v in zip(headings, row) if v]
    text = ", ".join(parts)
    return text if text.endswith((".", "!", "?")) else text + "."


# --- finding the table's text in the page text --------------------------------------------------


def _normalised(text: str) -> tuple[str, list[int]]:
    """Lowercase letters and digits of `text`, and the offset in `text` of each."""
    chars, where = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).lower():
            if c.isalnum():
                chars.append(c)
                where.append(i)
    return "".join(chars), where


def locate(text: str, rows: list[list[str]]) -> tuple[int, int] | None:
    """[start, end) of the table's cells in `text`: exactly in row order, else from its first cell to
    its last when what lies between has the table's length (cells read in another order)."""
    norm, where = _normalised(text)
    cells = ["".join(_normalised(c)[0]) for row in rows for c in row]
    whole = "".join(cells)
    if not whole:
        return None
    i = norm.find(whole)
    if i >= 0:
        return _widen(text, where[i], where[i + len(whole) - 1] + 1)
    first = next(c for c in cells if c)
    last = next(c for c in reversed(cells) if c)
    letters = sorted(whole)
    i, tries = norm.find(first), 0
    while i >= 0 and tries < MAX_LOCATE_TRIES:  # a first cell of "1" can occur all over the page
        j = norm.find(last, i + len(first))
        while j >= 0 and j + len(last) - i <= 1.1 * len(whole) and tries < MAX_LOCATE_TRIES:
            tries += 1
            if j + len(last) - i >= 0.9 * len(whole) and sorted(norm[i:j + len(last)]) == letters:
                return _widen(text, where[i], where[j + len(last) - 1] + 1)
            j = norm.find(last, j + 1)
        i, tries = norm.find(first, i + 1), tries + 1
    return None


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the marks around the first and last cells' letters ("£41,000", "(angioedema)")."""
    while start > 0 and not text[start - 1].isspace() and not text[start - 1].isalnum():
        start -= 1
    while end < len(text) and not text[end].isspace() and not text[end].isalnum():
        end += 1
    return start, end


# --- reading a document's tables ----------------------------------------------------------------


class TableReader:
    """Reads the tables of one PDF with pdfplumber, page by page, opening it only when a page may
    hold one. Carries a table's headings over a page break."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._pdf = None
        self.seconds = 0.0  # spent in pdfplumber
        self.pages_read = 0
        self._carry: Table | None = None  # the previous page's last table, when it has headings
        self.gave_up = False

    def close(self) -> None:
        if self._pdf is not None:
            try:
                self._pdf.close()
            finally:
                self._pdf = None

    def tables(self, index: int, pypdf_page=None) -> list[Table]:
        """The tables on page `index` (0-based), top to bottom; [] when the page has no rules, or the
        document has used its pdfplumber budget."""
        carry, self._carry = self._carry, None
        if self.gave_up or (pypdf_page is not None and not MIN_RULE_OPS <= rule_ops(pypdf_page) <= MAX_RULE_OPS):
            return []
        if self.seconds > DOC_BUDGET_S:
            self.gave_up = True
            log.info("%s: table detection stopped after %.0f s", self.path.name, self.seconds)
            return []
        t0 = time.perf_counter()
        try:
            found = self._read(index)
        finally:
            self.seconds += time.perf_counter() - t0
            self.pages_read += 1
        if found and carry is not None:
            first = found[0]
            goes_on = len(first.headings) == len(carry.headings) and first.top < 0.25 and carry.bottom > 0.6
            # its first row is data: no headings found, or taken for headings only by having no numbers
            # while the headings above the break were bold and this row is not
            plain = not any(first.headings) or (carry.bold_headings and not first.first_bold)
            if goes_on and plain and first.filled[0] != carry.filled[0]:
                first.headings, first.rows = list(carry.headings), first.filled  # the table goes on
                first.bold_headings, first.filled = carry.bold_headings, [carry.filled[0]] + first.filled
        if found and any(found[-1].headings):
            self._carry = found[-1]
        return found

    def _read(self, index: int) -> list[Table]:
        if self._pdf is None:
            import pdfplumber

            self._pdf = pdfplumber.open(self.path)
        page = self._pdf.pages[index]
        try:
            out = []
            height = float(page.height) or 1.0
            for t in sorted(page.find_tables(), key=lambda t: t.bbox[1]):
                raw = t.extract()
                if len(raw) < 2 or max(len(r) for r in raw) < 2:
                    continue  # a box round a paragraph, a rule under a heading
                width = max(len(r) for r in raw)
                raw = [list(r) + [None] * (width - len(r)) for r in raw]
                printed = [[_cell(c) for c in r] for r in raw]  # a merged cell once, as on the page
                rows = _fill(raw)
                bold = [_bold(page.crop(r.bbox, strict=False).chars) for r in t.rows[:4]]  # a few body rows suffice
                kept = [i for i, r in enumerate(rows) if any(r)]
                rows, bold = [rows[i] for i in kept], [bold[i] for i in kept if i < len(bold)]
                printed = [printed[i] for i in kept]
                if len(rows) < 2 or sum(1 for r in rows for c in r if c) < 4:
                    continue
                n = _header_rows(rows, bold)
                out.append(Table(_headings(rows, n), rows[n:], t.bbox[1] / height, t.bbox[3] / height, cells=printed,
                                 filled=rows, first_bold=bold[:1] == [True], bold_headings=n > 0 and bold[:1] == [True]))
            return out
        finally:
            page.close()  # drop the page's parsed objects: memory stays flat on long documents

    def rewrite(self, index: int, pypdf_page, text: str) -> str:
        """`text` (the page's cleaned text) with each table found in it replaced by its rows, one a
        line, as a paragraph of its own. Tables not found in the text are left as they were."""
        try:
            tables = self.tables(index, pypdf_page)
        except Exception as e:  # a malformed page: its text stays as pypdf read it
            log.warning("%s: page %d: table detection failed (%s)", self.path.name, index + 1, type(e).__name__)
            return text
        for table in tables:
            span = locate(text, table.cells)
            if span is None:
                continue
            start, end = span
            lines = [format_row(table.headings, row) for row in table.rows]
            before, after = text[:start].rstrip(), text[end:].lstrip()
            text = "\n\n".join(x for x in (before, "\n".join(l for l in lines if l), after) if x)
        return text
