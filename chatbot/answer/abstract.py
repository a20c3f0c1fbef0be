"""Key-terms abstracts: one document's terms as fields, each a verbatim quote with its page, or "not stated".

    domainbot abstract corpora/legal/commercial_lease_ashgrove.pdf
    "Give me an overview of the Ashgrove lease"     (chat / API: intent "overview")

A contract or lease gets parties, dates and term, renewal, money (rent and fees, deposit, caps and
credits), notice periods, termination rights, liability, governing law and anything unusual (and pets
for a residential tenancy); a clinical document (leaflet, guideline, letter) gets what it is for, who
must not take it, dose by group, monitoring, and common and serious side effects.

No model is involved. The document is read and cut into clauses by clauses.py (at its headings and
clause numbers: "11.", "11.2"), which also decides its kind; each field is filled by rules:
the sentences that hold the field's cue words (and, for money or notice, an amount or a period) under
a heading about it score highest; the quote is that sentence, verbatim, cut to a window around the cue
when it is a long table row. A quote is shown only when it is still the chunk's own text and holds
what the field needs (the check in `verify_quote`); a field with no such quote is "not stated".
"""
from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field
from typing import Iterable, Sequence

from chatbot.answer.clauses import Clause, Document, document_clauses, document_kind, read_document
from core.schema import Chunk
from core.text import sentence_spans

NOT_STATED = "not stated"
MAX_QUOTE_CHARS = 320  # a longer sentence (a table row joined into one line) is cut to a window around the cue


# --- fields -----------------------------------------------------------------------------------------

MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE = rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)? {MONTHS},? \d{{4}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{4}}\b|\b{MONTHS} \d{{4}}\b)"
NUM_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six)"
PERIOD = rf"\b{NUM_WORD}\s+(?:business days?|working days?|days?|weeks?|months?|years?)\b"
MONEY = r"(?:£|GBP|USD|EUR|\$|€)\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*\.\d{2}\b|\b\d[\d,]*(?:\.\d+)?\s?(?:GBP|pounds)\b"
PERCENT = r"\b\d+(?:\.\d+)?\s?%"
DOSE = r"\b\d+(?:\.\d+)?\s?(?:mg|g|micrograms|mL|ml)\b"
NOTICE = (rf"(?:{NUM_WORD}\s+(?:business days|working days|days|weeks|months|month|day|week)['’]?s?['’]?\s+"
          rf"(?:prior\s+)?(?:written\s+)?notice\b|\bnotice\s+of\s+at\s+least\s+{NUM_WORD}\s+\w+|"
          rf"\bnotice\b[^.\n]{{0,30}}?\b(?:at least|not less than|within)\s+{NUM_WORD}\s+\w+)")
# never a field's quote: signature blocks, execution, contact lines, a leaflet's table of contents
EXCLUDED = re.compile(r"\bsignature\s*:|\bsigned (for and )?on behalf\b|\bexecuted as a deed\b|^\s*(cc|yours sincerely)\b|"
                      r"what is in this leaflet|\btel(ephone)?\b.{0,20}\d{4}|@\w", re.I | re.M)
EXCLUDED_HEADINGS = re.compile(r"\b(execution|signatures?|signed|document control|contents)\b", re.I)


@dataclass(frozen=True)
class FieldSpec:
    """How one field is found: cue patterns (weight each), a heading pattern (bonus), what a quote must hold."""

    name: str
    label: str
    cues: tuple[tuple[str, float], ...]
    heading: str = ""
    require: str = ""  # the quote must match this (an amount, a period...) to be shown
    max_quotes: int = 2
    min_score: float = 1.0
    stop: str = ""  # a long table row is cut before the next of these labels
    min_words: int = 5  # shorter quotes are headings or fragments ("2.4 Blood tests.")
    exclude: str = ""  # a sentence matching this is never this field's quote
    flags: int = re.I


PARTY_LABELS = r"\b(?:Landlord's address|Tenant(?:\(s\))?|Guarantor|Premises|Property|Managing agent|Term|Start date|Car parking|Permitted)\b"
CONTRACT_FIELDS = (
    FieldSpec("parties", "Parties", (
        (r"(?m)^\s*\(\d\)\s+[A-Z][A-Za-z&.,' -]{3,}", 3.0),
        (r"\b(?:Landlord|Tenant\(s\)|Tenant|Guarantor)\s+(?:Mr|Mrs|Ms|Dr|[A-Z][a-z]+ [A-Z]|[A-Z]{2})", 3.0),
        (r"\bcontract of insurance with\b", 3.0),
        (r"\bis made between\b|\bbetween:", 1.0)),
        heading=r"parties|particulars", require=r"[A-Z][a-z]+|[A-Z]{3,}", max_quotes=3, stop=PARTY_LABELS, min_words=2,
        exclude=r"^\s*(LANDLORD|TENANT\(S\)|TENANT)\s*:", flags=0),
    FieldSpec("dates_term", "Dates and term", (
        (r"^\s*(?:this agreement is )?dated\b|\b(?:effective date|start date)\b", 2.0),
        (rf"\bTerm\b\s+{NUM_WORD}\s+(?:years?|months?)", 3.0),
        (r"\b(?:initial term|continues for|fixed term|commences on|starts on)\b", 2.0),
        (r"\b(?:starting|renewing) on or after\b", 1.5)),
        heading=r"\bterm\b|particulars|commencement", require=rf"{DATE}|{PERIOD}", max_quotes=3, min_words=3, min_score=2.0,
        stop=r"\b(?:Initial Annual Rent|Rent|Deposit|Premises|Permitted)\b", exclude=r"\breview date\b|\bpage \d"),
    FieldSpec("renewal", "Renewal", ((r"\brenew\w*\b|\bperiodic tenancy\b|\boption to (?:renew|extend)\b|\broll(?:s|ing)? over\b", 3.0),),
              heading=r"renew|term", require=r"renew|periodic|extend|roll", max_quotes=2),
    FieldSpec("rent_fees", "Rent and fees", (
        (rf"\b(?:initial annual rent|annual rent|rent)\b[^.\n]{{0,40}}(?:{MONEY})", 3.0),
        (rf"\b(?:charges?|fees?|price|premium|service charge)\b[^.\n]{{0,80}}(?:{MONEY})", 2.0),
        (r"\bshall pay the (?:charges|fees|rent)\b", 2.0)),
        heading=r"\brent\b|charges|payment|fees", require=rf"{MONEY}|Schedule", max_quotes=3, min_score=2.5, min_words=3,
        stop=r"\b(?:Rent Commencement Date|Rent payment date|Deposit|Permitted|Tenant's Proportion)\b",
        exclude=r"\bdeposit\b|\binterest\b|\blimit\b|\bliabilit"),
    FieldSpec("deposit", "Deposit", ((rf"\bdeposit\b[^.\n]{{0,40}}(?:{MONEY})", 3.0), (r"\bdeposit\b", 1.0)),
              heading=r"deposit", require=rf"{MONEY}|weeks'|months'", max_quotes=2,
              stop=r"\b(?:Deposit scheme|Tenant's Proportion|Permitted)\b"),
    FieldSpec("caps_credits", "Caps and credits", (
        (r"\b(?:shall not exceed|not exceeding|no more than|capped|limited to|maximum|service credits?|compulsory excess|limit)\b", 2.0),),
        heading=r"limit|service level|credit|excess|liabilit", require=rf"{MONEY}|{PERCENT}", max_quotes=3,
        exclude=r"\bmeans\b"),
    FieldSpec("notice_periods", "Notice periods", ((NOTICE, 3.0),), heading=r"notice|terminat|ending|break",
              require=PERIOD, max_quotes=3),
    FieldSpec("termination", "Termination rights", (
        (r"\b(?:may|can|is entitled to|shall be entitled to)\b[^.\n]{0,80}\b(?:terminat\w*|end (?:this|the) (?:lease|tenancy|agreement)|"
         r"re-enter|cancel\w*|seek possession)\b", 3.0),
        (r"\bbreak (?:clause|option|date)\b|\bforfeit\w*\b", 1.5),
        (r"\bterminat\w*\b|\bcancel\w*\b", 1.0)),
        heading=r"terminat|break|forfeit|ending|cancel", require=r"terminat|end|re-enter|cancel|break|possession",
        max_quotes=5, min_score=2.5, exclude=r"\bmeans\b|\bsurvives?\b|\bdoes not affect\b"),
    FieldSpec("liability", "Liability", (
        (r"\b(?:liabilit\w+|liable)\b[^.\n]{0,120}\b(?:not exceed|limited|limit|no limit|excluded?|cap)\b", 3.0),
        (r"\b(?:liabilit\w+|liable|indemnif\w+)\b", 1.0)),
        heading=r"liabilit|indemn", require=r"liab|indemn", max_quotes=3, min_score=2.0),
    FieldSpec("governing_law", "Governing law", ((r"\bgoverned by\b|\bgoverning law\b|\bthe law of\b|\bexclusive jurisdiction\b", 3.0),),
              require=r"\blaw\b|jurisdiction", max_quotes=1, min_score=3.0),
    FieldSpec("unusual", "Unusual terms", (
        (r"\b(?:exclude[sd]? the security of tenure|not valid|non-refundable|upward-only|liquidated damages|automatically renew|"
         r"sole discretion|irrevocabl\w+|waive[sd]?|prohibit\w*|no break clause|head lease|without liability|clean team|"
         r"notwithstanding|will not pay for|shall never|may not be copied)\b", 2.0),),
        require=r"\w", max_quotes=3, min_score=2.0, exclude=r"\bmeans\b"),
)
PETS_FIELD = FieldSpec("pets", "Pets", ((r"\b(?:pets?|animals?|cats?|dogs?)\b", 3.0),), heading=r"\bpets?\b|animals",
                       require=r"pet|animal|cat|dog", max_quotes=3)

CLINICAL_FIELDS = (
    FieldSpec("purpose", "What it is for", (
        (r"\b(?:is used to treat|is used for|indicated for|this guideline (?:covers|describes)|it is used)\b", 3.0),
        (r"^\s*1\.\s+[A-Z][^\n]{5,}", 1.0)),
        heading=r"purpose|scope|used for|indication|diagnos", require=r"\w{4}", max_quotes=2, min_score=2.0,
        exclude=r"is and what it is used for"),
    FieldSpec("contraindications", "Who must not take it", (
        (r"\b(?:do not (?:take|give|use|combine|restart)|must not (?:take|be given|be used)|contraindicat\w+|"
         r"should not be (?:used|given|taken)|does not (?:apply|cover)|not (?:suitable|recommended) for|avoid all)\b", 3.0),
        (r"^\s*allergies\b", 2.0)),
        heading=r"before you|do not take|contraindicat|warning", require=r"\w{4}", max_quotes=3, min_score=2.0,
        exclude=r"\bdouble dose\b|\bdo not (?:crush|chew|store|throw|use a kitchen)|\bmore than \d+ doses\b|\bdispose"),
    FieldSpec("dose_by_group", "Dose by group", (
        (rf"(?:{DOSE})[^.]{{0,60}}?\b(?:once|twice|three\s+times|four\s+times|daily|a\s+day|per\s+day|every)\b", 2.0),
        (r"\b(?:adults?|children|child|aged|weigh\w*|kg|elderly|kidney|renal|CrCl|eGFR)\b", 1.0),
        (r"\b(?:usual|maintenance|recommended|starting) dose\b", 1.5)),
        heading=r"how to (?:take|give)|dos(?:e|ing)|treatment|medications?|drugs", require=DOSE, max_quotes=4, min_score=3.0,
        exclude=r"\bif you (?:take|give) more\b|\bcontains?\b"),
    FieldSpec("monitoring", "Monitoring", (
        (r"\b(?:blood tests?|check (?:your|u&e|liver|potassium)|recheck|repeat the|liver function|"
         r"weigh yourself|observations|please check)\b", 3.0),
        (r"\bmonitor\w*", 2.0),
        (r"\bevery \d+ (?:hours|weeks|months)\b", 1.0)),
        heading=r"monitor|follow-up|review", require=r"\w{4}", max_quotes=3, min_score=3.0, exclude=r"\breview date\b"),
    FieldSpec("side_effects_common", "Common side effects", (
        (r"\b(?:very common|common)\b[^.\n]{0,20}\((?:may affect|more than|up to)", 3.0),),
        heading=r"side effects", require=r"common", max_quotes=2, min_score=3.0,
        stop=r"\b(?:Uncommon|Rare|Very rare|Not known)\b"),
    FieldSpec("side_effects_serious", "Serious side effects", (
        (r"\b(?:stop (?:taking|giving)|get medical help|seek (?:urgent )?medical|contact a doctor immediately|"
         r"serious allergic|angioedema)\b", 3.0),),
        heading=r"side effects|special situations", require=r"\w{4}", max_quotes=2, min_score=3.0),
)


def field_specs(kind: str, subkind: str) -> tuple[FieldSpec, ...]:
    if kind == "clinical":
        return CLINICAL_FIELDS
    if subkind == "residential tenancy":
        return CONTRACT_FIELDS[:-1] + (PETS_FIELD, CONTRACT_FIELDS[-1])
    return CONTRACT_FIELDS


@dataclass
class Quote:
    """A verbatim span of one chunk: what a field or a bullet shows, and its citation."""

    text: str
    source: str
    page: int
    chunk_id: str
    start: int  # in the chunk's text
    end: int
    label: str = ""  # the clause it is from ("11.2", "PARTICULARS")
    doc_start: int = 0  # in the document's text
    doc_end: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Field:
    name: str
    label: str
    quotes: list[Quote] = field(default_factory=list)

    @property
    def stated(self) -> bool:
        return bool(self.quotes)

    @property
    def value(self) -> str:
        return " / ".join(q.text for q in self.quotes) if self.quotes else NOT_STATED

    @property
    def pages(self) -> list[int]:
        return sorted({q.page for q in self.quotes})

    def to_dict(self) -> dict:
        return {"name": self.name, "label": self.label, "value": self.value,
                "pages": self.pages, "quotes": [q.to_dict() for q in self.quotes]}


@dataclass
class Abstract:
    source: str
    title: str
    kind: str  # contract | clinical
    subkind: str  # lease, residential tenancy, agreement, insurance policy, patient leaflet, guideline, letter
    fields: list[Field]
    seconds: float = 0.0

    def get(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def to_dict(self) -> dict:
        return {"source": self.source, "title": self.title, "kind": self.kind, "subkind": self.subkind,
                "seconds": round(self.seconds, 4), "fields": [f.to_dict() for f in self.fields]}

    def row(self) -> dict:
        """One flat row (CSV): source, title, kind, then each field's value and pages."""
        out = {"source": self.source, "title": self.title, "kind": self.kind, "subkind": self.subkind}
        for f in self.fields:
            out[f.name] = f.value
            out[f"{f.name}_pages"] = " ".join(map(str, f.pages))
        return out


# --- finding a field's quotes ------------------------------------------------------------------------


def _sentence_of(doc: Document, clause: Clause, pos: int) -> tuple[int, int]:
    """The sentence of the clause holding `pos` (document offsets)."""
    text = clause.text(doc)
    for s, e in sentence_spans(text, enders=".!?"):
        if s + clause.start <= pos < e + clause.start:
            return s + clause.start, e + clause.start
    return clause.start, clause.end


def _window(doc: Document, start: int, end: int, pos: int, stop: str, flags: int) -> tuple[int, int]:
    """A sentence cut to at most MAX_QUOTE_CHARS around `pos`, ending before the next `stop` label or line."""
    line_start = doc.text.rfind("\n", start, pos) + 1 or start
    start = max(start, line_start) if pos - start > 160 else start
    if end - start > MAX_QUOTE_CHARS and pos - start > 40:  # a long table row: start at the cue
        start = pos
    if stop:
        m = re.compile(stop, flags).search(doc.text, pos + 3, end)
        if m and m.start() > pos:
            end = m.start()
    if end - start > MAX_QUOTE_CHARS:
        if pos - start > 60:
            start = max(start, doc.text.rfind(" ", start, pos - 40) + 1)
        cut = doc.text.rfind(" ", start, start + MAX_QUOTE_CHARS)
        end = cut if cut > pos else min(end, start + MAX_QUOTE_CHARS)
    while end > start and doc.text[end - 1] in " \n,;(":
        end -= 1
    while start < end and doc.text[start] in " \n":
        start += 1
    return start, end


def _extend_list(doc: Document, start: int, end: int, clause: Clause) -> int:
    """A sentence ending in ':' goes on to the list under it (bullets or (a), (b) items), within the clause."""
    if not doc.text[start:end].rstrip().endswith(":"):
        return end
    stop = min(clause.end, end + MAX_QUOTE_CHARS + 80)
    nxt = doc.text.rfind("\n", end, stop)
    return nxt if nxt > end else stop


def verify_quote(doc: Document, q: Quote, spec: FieldSpec | None = None) -> bool:
    """The quote is the chunk's own text at its span, the document's at its offsets, and (for a field)
    holds what the field needs; never a signature block or a contact line."""
    chunk = next((c for c in doc.chunks if c.chunk_id == q.chunk_id), None)
    if chunk is None or chunk.text[q.start:q.end] != q.text or doc.text[q.doc_start:q.doc_end] != q.text:
        return False
    if EXCLUDED.search(q.text):
        return False
    return spec is None or re.search(spec.require, q.text, spec.flags) is not None


def make_quotes(doc: Document, start: int, end: int, label: str = "") -> list[Quote]:
    """The span [start, end) of the document as quotes of the chunks that hold it (one, unless it straddles two)."""
    out = []
    for c, s, e in doc.locate(start, end):
        if e > s:
            out.append(Quote(c.text[s:e], doc.source, doc.page_at(c.start + s), c.chunk_id, s, e, label,
                             c.start + s, c.start + e))
    return out


def find_field(doc: Document, clauses: Sequence[Clause], spec: FieldSpec) -> Field:
    found: list[tuple[float, int, int, str]] = []  # (score, start, end, label)
    heading_re = re.compile(spec.heading, re.I) if spec.heading else None
    exclude_re = re.compile(spec.exclude, re.I | re.M) if spec.exclude else None
    for clause in clauses:
        if EXCLUDED_HEADINGS.search(clause.heading or ""):
            continue
        text = clause.text(doc)
        bonus = 1.5 if heading_re and (heading_re.search(clause.heading) or heading_re.search(clause.label)) else 0.0
        best: dict[tuple[int, int], float] = {}
        for pattern, weight in spec.cues:
            for m in re.finditer(pattern, text, spec.flags | re.M):
                pos = clause.start + m.start()
                s, e = _sentence_of(doc, clause, pos)
                e = _extend_list(doc, s, e, clause)
                s, e = _window(doc, s, e, pos, spec.stop, spec.flags)
                if e - s < 8:
                    continue
                key = (s, e)  # the best cue counts, each further cue in the same sentence adds a little
                best[key] = max(best[key], weight + bonus) + 0.25 if key in best else weight + bonus
        for (s, e), score in best.items():
            quote = doc.text[s:e]
            if score < spec.min_score or not re.search(spec.require, quote, spec.flags):
                continue
            if EXCLUDED.search(quote) or (exclude_re and exclude_re.search(quote)):
                continue
            if len(re.findall(r"[A-Za-z0-9£$€%]+", quote)) < spec.min_words:
                continue
            if s < len(doc.title) + 2 and "\n" not in doc.text[:s] and spec.name not in ("dates_term",):
                continue  # the title line is never a field's value
            found.append((score, s, e, clause.label))
    found.sort(key=lambda t: (-t[0], t[1]))
    chosen: list[tuple[float, int, int, str]] = []
    for cand in found:
        if len(chosen) >= spec.max_quotes:
            break
        if any(cand[1] < c[2] and c[1] < cand[2] for c in chosen):  # overlaps one already chosen
            continue
        if any(" ".join(doc.text[cand[1]:cand[2]].split()) == " ".join(doc.text[c[1]:c[2]].split()) for c in chosen):
            continue  # the same words again (a table row repeated across a page break)
        chosen.append(cand)
    quotes = []
    for _, s, e, label in sorted(chosen, key=lambda t: t[1]):
        quotes.extend(q for q in make_quotes(doc, s, e, label) if verify_quote(doc, q, None) and len(q.text) >= 8)
    quotes = [q for q in quotes if re.search(spec.require, q.text, spec.flags)]  # each part stands on its own
    return Field(spec.name, spec.label, quotes)


def abstract_document(chunks: Sequence[Chunk]) -> Abstract:
    """The key-terms abstract of one document (its chunks, any order)."""
    t0 = time.perf_counter()
    doc = read_document(chunks)
    kind, subkind = document_kind(doc.text)
    clauses = document_clauses(doc)
    fields = [find_field(doc, clauses, spec) for spec in field_specs(kind, subkind)]
    return Abstract(doc.source, doc.title, kind, subkind, fields, time.perf_counter() - t0)


def group_documents(chunks: Iterable[Chunk], collections: Sequence[str] | None = None) -> dict[str, list[Chunk]]:
    """source -> its chunks, optionally only those of the given collections."""
    docs: dict[str, list[Chunk]] = {}
    for c in chunks:
        if collections is None or c.collection in collections:
            docs.setdefault(c.source, []).append(c)
    return docs


def pick_sources(sources: Sequence[str], wanted: Sequence[str]) -> list[str]:
    """The indexed sources that the given files name (a path, its tail or its file name). Raises
    ValueError naming a file that matches none."""
    out = []
    for w in wanted:
        w_norm = w.replace("\\", "/").lstrip("./")
        hits = [s for s in sources if s == w_norm or w_norm.endswith("/" + s) or s.endswith("/" + w_norm)
                or s.rsplit("/", 1)[-1] == w_norm.rsplit("/", 1)[-1]]
        if not hits:
            raise ValueError(f"{w}: no indexed document of that name (run `domainbot ingest` on it first)")
        out.extend(h for h in hits if h not in out)
    return out


# --- output -----------------------------------------------------------------------------------------


def format_table(a: Abstract) -> str:
    """An abstract as a Markdown table: field | what the document says | page."""
    lines = [f"Key terms of {a.source} ({a.subkind}):", "", "| Field | What the document says | Page |", "|---|---|---|"]
    for f in a.fields:
        value = " / ".join(f"\u201c{' '.join(q.text.split())}\u201d" for q in f.quotes) if f.quotes else f"*{NOT_STATED}*"
        lines.append(f"| {f.label} | {value.replace('|', '/')} | {', '.join(map(str, f.pages)) or '-'} |")
    return "\n".join(lines)


def write_csv(abstracts: Sequence[Abstract], out) -> None:
    """One row per document; the columns are the union of the documents' fields (a clinical field is
    empty for a contract)."""
    import csv

    rows = [a.row() for a in abstracts]
    columns: list[str] = []
    for r in rows:
        columns.extend(k for k in r if k not in columns)
    writer = csv.DictWriter(out, fieldnames=columns, restval="")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: " ".join(str(v).split()) for k, v in r.items()})
