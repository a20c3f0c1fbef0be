"""A document rebuilt from its chunks, cut into clauses, and its kind: what the key-terms abstract
(abstract.py) and topic summaries (summarise.py) read.

The document's text is rebuilt from its chunks (their character offsets) and cut into clauses at its
headings and clause numbers ("11.", "11.2"); an unnumbered section that runs long is cut into groups
of sentences. Its kind is decided by rules from its text (`document_kind`): counts of contract words
(landlord, party, shall, agreement...) against clinical words (dose, mg, patient, treatment...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from core.schema import Chunk
from core.text import sentence_spans

# --- the document and its clauses ------------------------------------------------------------------


@dataclass
class Document:
    """One document's text rebuilt from its chunks (chunk.start/end are offsets into it)."""

    source: str
    text: str
    chunks: list[Chunk]  # sorted by start

    @property
    def title(self) -> str:
        for line in self.text.splitlines():
            if len(line.strip()) > 3:
                return line.strip()[:160]
        return self.source

    def page_at(self, offset: int) -> int:
        page = self.chunks[0].page if self.chunks else 1
        for c in self.chunks:
            if c.start > offset:
                break
            if c.end > offset and c.page_end and c.page_end != c.page:  # inside a chunk spanning a page break
                breaks = [m.start() for m in re.finditer(r"\n\n", c.text)]
                return c.page + min(c.page_end - c.page, sum(1 for b in breaks if c.start + b < offset))
            page = c.page_end or c.page if c.end <= offset else c.page
        return page

    def locate(self, start: int, end: int) -> list[tuple[Chunk, int, int]]:
        """The quote [start, end) of the document as (chunk, start, end) parts, fewest chunks first."""
        for c in self.chunks:  # one chunk holds it all (chunks overlap a little)
            if c.start <= start and end <= c.end:
                return [(c, start - c.start, end - c.start)]
        parts, pos = [], start
        for c in self.chunks:
            if c.end <= pos or c.start > pos:
                continue
            e = min(end, c.end)
            parts.append((c, pos - c.start, e - c.start))
            pos = e
            if pos >= end:
                break
        return parts


def read_document(chunks: Sequence[Chunk]) -> Document:
    """The document text from its chunks: each chunk's text placed at its offset."""
    chunks = sorted(chunks, key=lambda c: (c.start, c.page))
    size = max((c.end for c in chunks), default=0)
    buf = ["\n"] * size  # the gaps between chunks are line or page breaks
    for c in chunks:
        buf[c.start:c.start + len(c.text)] = list(c.text)
    text = "".join(buf)[:size]
    return Document(chunks[0].source if chunks else "", text, list(chunks))


@dataclass
class Clause:
    """A numbered clause ("11.2"), a heading's own text, or a list item; `heading` is the section it sits in."""

    label: str  # "11.2", "11. TENANT'S BREAK OPTION", "Cancelling your policy"
    heading: str  # the enclosing top-level heading ("11. TENANT'S BREAK OPTION"); "" before the first
    start: int
    end: int

    def text(self, doc: Document) -> str:
        return doc.text[self.start:self.end]


SUB_CLAUSE = re.compile(r"(?m)^[ \t]*(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?[ \t]+(?=\S)")
TOP_HEADING = re.compile(r"(?m)^[ \t]*(\d{1,2})\.?[ \t]+([A-Z][^\n]{1,90})$")
CAPS_HEADING = re.compile(r"(?m)^[ \t]*((?:SCHEDULE|PART|ARTICLE|SECTION|Section)\b[^\n]{0,80}|[A-Z][A-Z ,'&()/-]{4,70})$")
LIST_ITEM = re.compile(r"(?m)^[ \t]*(\d{1,2})\.[ \t]+(?=[A-Z])")
MAX_CLAUSE_CHARS = 900  # an unnumbered section longer than this is cut into sentence groups


def _is_top_heading(line: str) -> bool:
    words = line.split()
    if len(words) > 12 or line.rstrip().endswith((".", ";", ",")):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and (sum(ch.isupper() for ch in letters) / len(letters) > 0.6 or len(words) <= 8)


def document_clauses(doc: Document) -> list[Clause]:
    """The document cut at its headings and clause numbers, in order."""
    from ingest.chunk import find_headings  # the same heading rules as the chunks' sections

    marks: dict[int, tuple[str, bool]] = {}  # offset -> (label, is a top-level heading)
    for off, heading in find_headings(doc.text):
        marks[off] = (heading, True)
    for m in TOP_HEADING.finditer(doc.text):
        if _is_top_heading(m.group(2)):
            marks[m.start(1)] = (f"{m.group(1)}. {m.group(2).strip()}", True)
    for m in CAPS_HEADING.finditer(doc.text):
        if _is_top_heading(m.group(1)):
            marks.setdefault(m.start(1), (m.group(1).strip(), True))
    for m in SUB_CLAUSE.finditer(doc.text):
        off = m.start(1)
        if off in marks and marks[off][1]:
            line = doc.text[off:doc.text.find("\n", off) if "\n" in doc.text[off:] else len(doc.text)]
            if len(line) > 100:  # "2.1 Do not take Veltraxin:" is a sub-clause, not a section
                marks[off] = (m.group(1), False)
            continue
        marks[off] = (m.group(1), False)
    for m in LIST_ITEM.finditer(doc.text):
        marks.setdefault(m.start(1), (f"{m.group(1)}.", False))
    offsets = sorted(marks)
    clauses, heading = [], ""
    bounds = list(zip(offsets, offsets[1:] + [len(doc.text)]))
    if offsets and offsets[0] > 0:
        bounds.insert(0, (0, offsets[0]))
        marks[0] = marks.get(0, ("", True))
    for start, end in bounds:
        label, top = marks[start]
        if top:
            heading = label
            body = doc.text.find("\n", start)
            body = end if body < 0 or body > end else body + 1
            if end - body < 15:  # a heading line alone: its clauses follow
                continue
        clauses.extend(_split_long(Clause(label, heading, start, end), doc))
    return clauses


def _split_long(clause: Clause, doc: Document) -> list[Clause]:
    if clause.end - clause.start <= MAX_CLAUSE_CHARS:
        return [clause]
    out, cur = [], clause.start
    for s, e in sentence_spans(clause.text(doc), enders=".!?"):
        s, e = s + clause.start, e + clause.start
        if e - cur > MAX_CLAUSE_CHARS * 0.6 and s > cur:
            out.append(Clause(clause.label, clause.heading, cur, s))
            cur = s
    out.append(Clause(clause.label, clause.heading, cur, clause.end))
    return out


# --- the document's kind ---------------------------------------------------------------------------

LEGAL_WORDS = re.compile(r"\b(agreement|lease|tenancy|landlord|tenant|part(?:y|ies)|shall|hereby|clause|governed|"
                         r"supplier|customer|insur\w+|policy|liabilit\w+|terminat\w+|notices?)\b", re.I)
CLINICAL_WORDS = re.compile(r"\b(dose|doses|dosing|mg|mmol|patients?|tablets?|treatment|side effects?|clinical|guideline|"
                            r"diagnos\w+|prescri\w+|medicines?|infections?|symptoms?|blood pressure|antibiotics?)\b", re.I)
SUBKINDS = [  # (kind, subkind, pattern on the first 3000 characters), first match wins
    ("contract", "residential tenancy", r"\b(assured shorthold|residential (lease|tenancy)|tenancy agreement|dwelling)\b"),
    ("contract", "lease", r"\b(lease|landlord)\b"),
    ("contract", "insurance policy", r"\b(insurance|policy wording|insurer)\b"),
    ("contract", "agreement", r"\b(agreement|contract)\b"),
    ("clinical", "patient leaflet", r"\b(package leaflet|patient information|leaflet)\b"),
    ("clinical", "guideline", r"\b(guideline|protocol)\b"),
    ("clinical", "letter", r"\b(discharge|dear dr|yours sincerely|clinic letter)\b"),
]


def document_kind(text: str) -> tuple[str, str]:
    """("contract" | "clinical", subkind) by counting each register's words; the subkind from the title area."""
    legal, clinical = len(LEGAL_WORDS.findall(text)), len(CLINICAL_WORDS.findall(text))
    kind = "clinical" if clinical > legal else "contract"
    head = text[:3000]
    for k, sub, pattern in SUBKINDS:
        if k == kind and re.search(pattern, head, re.I):
            return kind, sub
    return kind, "agreement" if kind == "contract" else "clinical document"
