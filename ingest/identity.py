"""What a document is, read by rules from its first pages, its PDF metadata and its file name.

    identify_document(first_pages, metadata, "reports/acme_10k_2022.pdf")
    -> {"title": "Acme Robotics Inc. Annual Report on Form 10-K", "doc_type": "annual report",
        "company": "Acme Robotics Inc.", "parties": [], "product": "", "year": 2022,
        "fiscal_year": 2022, "quarter": None, "period": "fiscal 2022", "date": ""}

No model is involved: document types, company suffixes, party labels, product strengths and periods
are patterns. A field the rules cannot fill stays empty ("" / [] / None); the retriever then simply
does not route on it. `describe(identity)` is the one-line label prepended to each chunk for
contextual retrieval, and `query_periods(text)` reads the years and quarters a question names (the
same patterns as at ingest, so the two sides agree).
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from core.text import STOPWORDS

FIRST_PAGES = 2  # identity is read from this many leading pages (a cover page and the one after it)
HEAD_CHARS = 2500  # of each of those pages

# (document type, pattern) in priority order: the first match in the title wins, then in the file
# name, then in the head of the first page.
DOC_TYPES: list[tuple[str, re.Pattern]] = [
    ("annual report", re.compile(r"\bform\s*10-?k\b|\b10-?k\b|\bannual\s+report\b|\bannual\s+financial\s+report\b", re.I)),
    ("quarterly report", re.compile(r"\bform\s*10-?q\b|\b10-?q\b|\b(quarterly|interim|half[- ]year(ly)?)\s+(financial\s+)?report\b", re.I)),
    ("earnings release", re.compile(r"\bearnings\b", re.I)),
    ("lease", re.compile(r"\b(lease|tenancy)\b", re.I)),
    ("NDA", re.compile(r"\bnda\b|non[- ]?disclosure|confidentiality\s+agreement", re.I)),
    ("supply agreement", re.compile(r"\bsupply\s+agreement\b", re.I)),
    ("leaflet", re.compile(r"\b(package|patient\s+information)\s+leaflet\b|\bleaflet\b", re.I)),
    ("guideline", re.compile(r"\bguidelines?\b|\bguidance\b", re.I)),
    ("policy", re.compile(r"\bpolicy\b", re.I)),
    ("agreement", re.compile(r"\bagreement\b|\bcontract\b", re.I)),
    ("letter", re.compile(r"^\s*dear\b|\byours\s+(sincerely|faithfully)\b", re.I | re.M)),
]
# words a question uses for each type (matched in the query; "10-K" and "annual report" are one type)
TYPE_WORDS: dict[str, re.Pattern] = {
    t: p for t, p in DOC_TYPES if t not in ("letter",)
}
TYPE_WORDS["letter"] = re.compile(r"\bletter\b", re.I)
# nouns that name a document of some kind in a question ("the supply agreement", "my policy wording")
DOC_NOUNS = re.compile(r"\b(?:agreements?|leases?|contracts?|nda|msa|tenanc(?:y|ies)|polic(?:y|ies)|wordings?|leaflets?|"
                       r"guidelines?|protocols?|letters?|documents?|deeds?|pdfs?|files?|summary)\b", re.I)
# units of measure: "5 mL" in a question does not name "Tarvamox 125 mg/5 mL"
UNIT_WORDS = frozenset("mg ml mcg ug kg g l mmol umol iu mm cm".split())

_SUFFIX = (r"(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|plc|PLC|Ltd\.?|Limited|LLC|L\.P\.|LLP|"
           r"Group|Holdings|AG|SE|S\.A\.|N\.V\.|GmbH)")
# "Acme Robotics Inc." at the start of a line, up to five capitalised words before the suffix
_COMPANY_RE = re.compile(rf"\b((?:[A-Z0-9][\w&'\-]*\.?\s+){{0,5}}{_SUFFIX})(?=[\s,.;:)]|$)")
_REGISTRANT_RE = re.compile(r"^([^\n(]{3,80}?)[ \t]*\n?[ \t]*\(exact name of registrant", re.I | re.M)
_PARTY_LABEL_RE = re.compile(
    r"^\s*(?:the\s+)?(landlord|tenant|lessor|lessee|supplier|customer|buyer|seller|purchaser|licensor|licensee|"
    r"discloser|recipient|employer|employee|party\s+a|party\s+b|company|contractor|client)\s*[:\-–]\s*(.{2,90})$",
    re.I | re.M)
_NUMBERED_PARTY_RE = re.compile(r"^\(?[1-4]\)\s+([A-Z][\w&.'\- ]{2,80}?)(?:,|\s\(|\s+whose\b)", re.M)
_LABEL_NAME_RE = re.compile(
    rf"\b(?:Landlord|Tenant|Lessor|Lessee|Supplier|Customer|Buyer|Seller|Licensor|Licensee|Contractor|Client)\s+"
    rf"((?:[A-Z][\w&'\-]*\.?\s+){{1,5}}{_SUFFIX})(?=[\s,.;:)]|$)")
_BETWEEN_RE = re.compile(r"\bbetween\s*:?\s+(.{2,120}?)\s+(?:\(.*?\)\s*)?,?\s*and\s+(.{2,120}?)(?:\s*\(|,|;|\.\s|\n|$)",
                         re.I | re.S)
_STRENGTH_RE = re.compile(r"\b([A-Z][a-zA-Z\-]{2,}(?:\s+[A-Z][a-zA-Z\-]{2,})?)\s+\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|micrograms?|g|ml|mL|%)\b")
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DATE_RE = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+((?:19|20)\d\d)|{_MONTH}\s+\d{{1,2}},?\s+((?:19|20)\d\d)|((?:19|20)\d\d)-\d\d-\d\d)\b")
_FISCAL_RE = re.compile(
    rf"\b(?:fiscal|financial)\s+year\s+(?:ended|ending)\s+(?:{_MONTH}\s+\d{{1,2}},?\s+|\d{{1,2}}\s+{_MONTH}\s+)?((?:19|20)\d\d)\b"
    rf"|\b(?:for\s+the\s+)?year\s+ended\s+(?:{_MONTH}\s+\d{{1,2}},?\s+|\d{{1,2}}\s+{_MONTH}\s+)((?:19|20)\d\d)\b"
    r"|\bfiscal(?:\s+year)?\s+((?:19|20)\d\d)\b|\bFY\s?((?:19|20)\d\d)\b"
    r"|\bannual\s+report\s+(?:for\s+)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+annual\s+report\b", re.I)
_QUARTER_ENDED_RE = re.compile(rf"\bquarterly\s+period\s+ended\s+({_MONTH})\s+\d{{1,2}},?\s+((?:19|20)\d\d)", re.I)
_QUARTER_RE = re.compile(r"(?:\b|(?<=\d))Q([1-4])\b|\b(first|second|third|fourth)\s+quarter\b|\b([1-4])Q\b", re.I)
_YEAR_RE = re.compile(r"(?<![\d.,$£€])((?:19|20)\d\d)(?![\d,])")
_FY_SHORT_RE = re.compile(r"\bFY\s?'?(\d\d)\b", re.I)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_BAD_TITLES = re.compile(r"^(untitled|document\d*|microsoft word\b.*|slide \d+|\s*)$", re.I)


def _clean(s: str) -> str:
    return " ".join(s.replace("\u00ad", "").split()).strip(" ,;:-–")


def _first_match(patterns, *texts) -> str:
    for text in texts:
        if not text:
            continue
        for name, p in patterns:
            if p.search(text):
                return name
    return ""


def _title(head: str, metadata: dict, stem: str) -> str:
    meta_title = _clean(str(metadata.get("title") or ""))
    if meta_title and not _BAD_TITLES.match(meta_title) and len(meta_title) >= 4:
        return meta_title[:160]
    for line in head.split("\n")[:8]:
        line = _clean(line)
        if 4 <= len(line) <= 120 and sum(c.isalpha() for c in line) >= 4 and not _DATE_RE.fullmatch(line):
            return line
    return stem


def _company(head: str, title: str, metadata: dict) -> str:
    m = _REGISTRANT_RE.search(head)
    registrant = [m.group(1)] if m else []  # the line may hold more than the name ("... 2023 Acme Inc.")
    for text in registrant + [title, str(metadata.get("author") or ""), str(metadata.get("subject") or ""), head]:
        for m in _COMPANY_RE.finditer(text):
            name = _clean(m.group(1))
            words = name.split()
            # drop leading words that are not part of a name ("Annual Report of Acme Inc." -> "Acme Inc.")
            while len(words) > 1 and (words[0].lower() in _GENERIC or words[0].lower() in ("of", "the", "by")
                                      or words[0].isdigit()):
                words = words[1:]
            if len(words) >= 2:
                return " ".join(words)
    return _clean(registrant[0]) if registrant else ""


def _parties(head: str) -> list[str]:
    found: list[str] = []
    for m in _PARTY_LABEL_RE.finditer(head):
        found.append(_clean(re.split(r"\s*[(,;]|\s+(?:of|whose|registered|company number)\b", m.group(2))[0]))
    if not found:
        found = [m.group(1) for m in _LABEL_NAME_RE.finditer(head)]
    if not found:
        found = [m.group(1) for m in _NUMBERED_PARTY_RE.finditer(head)]
    if not found:
        m = _BETWEEN_RE.search(head)
        if m:
            found = [_clean(re.split(r"\s*[(,;]|\s+(?:of|whose|registered|company number)\b", g)[0]) for g in m.groups()]
    out = []
    for p in found:
        p = _clean(p)
        if p.isupper():  # "HARBOR ANALYTICS LIMITED" -> "Harbor Analytics Limited"
            p = " ".join(w.capitalize() if w.isalpha() else w for w in p.split())
        if 2 <= len(p) <= 80 and p not in out and p[:1].isupper():
            out.append(p)
    return out[:4]


def _period(head: str, title: str, stem: str) -> tuple[int | None, int | None, int | None, str]:
    """(year, fiscal year, quarter, date text)."""
    fiscal = quarter = None
    for text in (title, head):
        m = _FISCAL_RE.search(text)
        if m:
            fiscal = int(next(g for g in m.groups() if g))
            break
    for text in (title, stem.replace("_", " "), head[:800]):
        m = _QUARTER_RE.search(text)
        if m:
            quarter = int(m.group(1) or m.group(3)) if (m.group(1) or m.group(3)) else _ORDINAL[m.group(2).lower()]
            break
    m = _QUARTER_ENDED_RE.search(head)  # a 10-Q cover: "For the quarterly period ended March 31, 2023"
    if m:
        month = next(i for i, name in enumerate(_MONTHS[:12]) if name.startswith(m.group(1).lower()[:3]))
        quarter = quarter or month // 3 + 1
        fiscal = fiscal or int(m.group(2))
    date = ""
    d = _DATE_RE.search(head)
    if d:
        date = _clean(d.group(1))
    year = fiscal
    if year is None:
        m = _YEAR_RE.search(title) or _YEAR_RE.search(re.sub(r"[_\-]", " ", stem))
        if m:
            year = int(m.group(1))
    if year is None and d:
        year = int(next(g for g in d.groups()[1:] if g))
    return year, fiscal, quarter, date


def _product(head: str, doc_type: str) -> str:
    if doc_type != "leaflet":
        return ""
    m = _STRENGTH_RE.search(head)
    if not m:
        return ""
    words = [w for w in m.group(1).split() if w.lower() not in _GENERIC]
    return " ".join(words)


def identify_document(first_pages: list[str], metadata: dict | None, source: str) -> dict:
    """The identity of one document from the text of its first pages (cleaned), its PDF metadata
    (keys title, author, subject, creation_date; any may be missing) and its file name."""
    metadata = metadata or {}
    head = "\n".join(p[:HEAD_CHARS] for p in first_pages[:FIRST_PAGES])
    stem = PurePosixPath(source).stem
    stem_words = _clean(re.sub(r"[_\-.]+", " ", stem))
    title = _title(head, metadata, stem_words)
    doc_type = _first_match(DOC_TYPES, title, stem_words, head[:1200])
    year, fiscal, quarter, date = _period(head, title, stem)
    company = _company(head, title, metadata)
    parties = []
    if doc_type not in ("annual report", "quarterly report", "earnings release", "leaflet"):
        parties = _parties(head)
        if parties:
            company = ""  # an agreement has parties, not one company
    product = _product(head, doc_type)
    if re.search(r"securities\s+and\s+exchange\s+commission|^form\s+10-?[kq]$", title, re.I) and company:
        title = f"{company} {'Form 10-Q' if doc_type == 'quarterly report' else 'Form 10-K'}"  # an SEC cover's first line
    if fiscal and quarter:
        period = f"Q{quarter} fiscal {fiscal}"
    elif fiscal:
        period = f"fiscal {fiscal}"
    elif year and quarter:
        period = f"Q{quarter} {year}"
    else:
        period = str(year) if year else ""
    return {"title": title, "doc_type": doc_type, "company": company, "parties": parties, "product": product,
            "year": year, "fiscal_year": fiscal, "quarter": quarter, "period": period, "date": date}


def describe(identity: dict | None) -> str:
    """The one-line label of a document: "Acme Robotics Inc. | annual report | fiscal 2022"."""
    if not identity:
        return ""
    who = identity.get("company") or " and ".join(identity.get("parties") or []) or identity.get("product") or ""
    parts = [who or identity.get("title", ""), identity.get("doc_type", ""), identity.get("period", "")]
    if who and identity.get("title") and identity.get("doc_type") in ("lease", "agreement", "supply agreement", "NDA",
                                                                        "guideline", "policy", "leaflet", ""):
        parts.insert(0, identity["title"])  # a lease's premises, a guideline's topic live in its title
    return " | ".join(p for p in parts if p)[:240]


# words that name no document in particular (corporate suffixes, type words, months)
_GENERIC = frozenset(
    "inc incorporated corporation corp company co plc ltd limited llc lp llp group holdings ag se sa nv gmbh "
    "annual quarterly interim report reports form 10-k 10k 10-q 10q financial statements statement fiscal year "
    "lease agreement deed contract tenancy the of and for a an to in on by with between dated page draft final "
    "package leaflet information user patient guideline guidelines guidance policy letter nda non-disclosure "
    "mutual supply commercial clinical management earnings release".split() + _MONTHS
)


def name_words(identity: dict, source: str = "") -> set[str]:
    """Lower-case words that name this document in particular: its company, parties, product and title
    and file name, minus generic words, stopwords, units, years and single characters."""
    text = " ".join([identity.get("company", ""), " ".join(identity.get("parties") or []), identity.get("product", ""),
                     identity.get("title", ""), re.sub(r"[_\-.]+", " ", PurePosixPath(source).stem)])
    words = set()
    for w in re.findall(r"[a-z0-9][a-z0-9&']*", text.lower()):
        w = w.strip("'")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) < 2 or w in _GENERIC or w in UNIT_WORDS or w in STOPWORDS or _YEAR_RE.fullmatch(w) or w.isdigit() and len(w) > 4:
            continue
        words.add(w)
    return words


def proper_names(identity: dict) -> set[str]:
    """The words of its company, parties and product alone (the names people use for a document)."""
    return name_words({"company": identity.get("company", ""), "parties": identity.get("parties") or [],
                       "product": identity.get("product", "")})


def query_periods(text: str) -> tuple[set[int], int | None]:
    """(years, quarter) a question names: "FY2022", "fiscal 2021", "in 2023", "FY22", "Q3", "third quarter"."""
    years = {int(y) for y in _YEAR_RE.findall(text)}
    years |= {2000 + int(y) for y in _FY_SHORT_RE.findall(text)}
    quarter = None
    m = _QUARTER_RE.search(text)
    if m:
        quarter = int(m.group(1) or m.group(3)) if (m.group(1) or m.group(3)) else _ORDINAL[m.group(2).lower()]
    return years, quarter


# "a warning letter", "an insurance policy", "any contract": a thing of the case the question describes,
# not a document of the index it asks about (up to two words between the article and the type word)
# ("after that letter", "since the notice": an event of the case the question tells, not a document it names)
_INDEFINITE_BEFORE = re.compile(r"\b(?:(?:a|an|another|any|some|that)\s+|(?:after|since|following|until)\s+(?:the|that|this|their|its|his|her|your|our|my)\s+)"
                                r"(?:[\w'-]+\s+){0,2}$", re.I)


def query_types(text: str) -> set[str]:
    """Document types a question names ("the 10-K", "under the lease"). A type word after an
    indefinite article names something in the case ("we got a warning letter", "after that letter"), not a
    document."""
    return {t for t, p in TYPE_WORDS.items()
            if any(not _INDEFINITE_BEFORE.search(text[max(0, m.start() - 60) : m.start()]) for m in p.finditer(text))}


def pdf_metadata(reader) -> dict:
    """title / author / subject / creation_date of an open pypdf reader ({} when it has none)."""
    try:
        meta = reader.metadata or {}
    except Exception:  # damaged info dictionaries are common; identity falls back on the text
        return {}
    out = {}
    for key, name in (("/Title", "title"), ("/Author", "author"), ("/Subject", "subject"), ("/CreationDate", "creation_date")):
        try:
            value = meta.get(key)
        except Exception:
            value = None
        if value:
            out[name] = str(value)[:300]
    return out
