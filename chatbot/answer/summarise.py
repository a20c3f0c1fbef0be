"""Summaries of a topic in a named document, overviews (key terms) and side-by-side comparisons.

    "Summarise the termination provisions of Fenwick's supply agreement" -> every clause on termination
    "Give me an overview of the Marlow Court tenancy" / "key terms of the NDA" -> its key-terms abstract
    "Compare the termination clauses of lease A and lease B"            -> the two documents' clauses side by side

A free generation over a dozen passages is where a small model invents most, and a retriever asked
for "termination clauses of the lease" may well rank another document's clause first. So a summary
is built from the named document's own clauses (chatbot.answer.abstract cuts it at its headings and clause
numbers): every clause under a heading about the topic, with all its sub-clauses, and every clause
elsewhere whose words deal with it ("either party may terminate" under INSURANCE), one bullet each,
quoted verbatim with its citation. Names of parties, products and documents in the question choose the
document and are never part of the topic. When no clause deals with the topic the answer says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from chatbot.answer.abstract import EXCLUDED, EXCLUDED_HEADINGS, Abstract, Quote, abstract_document, make_quotes
from chatbot.answer.clauses import Clause, Document, document_clauses, read_document
from chatbot.answer.verify.question import QUESTION_WORDS
from chatbot.answer.verify.tables import STOPWORDS
from chatbot.answer.verify.terms import stem, strip_label, terms
from core.schema import Chunk
from ingest.identity import DOC_NOUNS

# asked for as such: "Summarise ...", "Give me an overview of ...", "What are the key terms of ...", "Compare ..."
_INTENT = re.compile(
    r"^\W*(?:please\s+|can you\s+|could you\s+)?(?:summari[sz]e|sum up|outline|recap|"
    r"(?:give|write|make|show)(?: me| us)? (?:a |an |the )?(?:short |brief |quick |one-page )?(?:summary|overview|outline|rundown|abstract|key terms)|"
    r"(?:what are|list|show me|extract) the (?:key|main) (?:points|terms|provisions|obligations|clauses|facts)|"
    r"(?:the )?key terms|(?:a |an )?(?:short |brief )?(?:summary|overview|abstract) of|tl;?dr|"
    r"compare|put side by side|(?:what is|what are) the differences? between)\b", re.I)
_OVERVIEW = re.compile(r"\b(?:overview|key terms|abstract|key points|main terms|key facts|rundown)\b", re.I)
_COMPARE = re.compile(r"^\W*(?:please\s+|can you\s+)?(?:compare|put side by side|(?:what is|what are) the differences? between)\b", re.I)
# words that name a document or its kind: they choose the document, never the topic
_PREPOSITION = re.compile(r"\s(?:of|in|under|from|for|within)\s", re.I)
# words that name a document's parts or kinds, not a topic
STRUCTURE_WORDS = frozenset(stem(w) for w in (
    "clause clauses section sections provision provisions term terms part parts paragraph paragraphs rule rules "
    "article articles schedule schedules point points document documents file contract agreement "
    "say says said give me please briefly short brief whole entire all main key what does do about "
    "master services service residential commercial mutual supply").split())
MAX_BULLETS = 20
# a topic word -> the words of the clauses that deal with it ("termination" is also a break, forfeiture, cancellation)
TOPIC_FAMILIES = {
    "terminat": r"\b(?:terminat\w*|break (?:option|clause|date|notice|premium)|re-enter\w*|forfeit\w*|cancel\w*|"
                r"end (?:this|the) (?:lease|tenancy|agreement|contract|policy)|ending the tenancy|seek possession)",
    "rent": r"\brent(?:s|-free)?\b",
    "deposit": r"\bdeposits?\b",
    "pet": r"\bpets?\b|\banimals?\b|\bdogs?\b|\bcats?\b",
    "liabil": r"\bliabilit\w*|\bliable\b|\bindemn\w*",
    "confidenti": r"\bconfidential\w*",
    "payment": r"\bpay(?:s|able|ment|ments)?\b|\bfees?\b|\bcharges?\b|\binvoice\w*",
    "side": r"\bside effects?\b|\badverse\b",
    "dose": r"\bdos(?:e|es|ing|age)\b",
    "renew": r"\brenew\w*|\bperiodic\b",
    "assign": r"\bassign\w*|\bunderlet\w*|\bsublet\w*|\balienation\b",
    "repair": r"\brepair\w*|\bdecorat\w*",
    "insur": r"\binsur\w+",
}
TOPIC_ALIASES = {"cancel": "terminat", "break": "terminat", "end": "terminat", "forfeitur": "terminat",
                 "fee": "payment", "charg": "payment", "pay": "payment", "effect": "side", "dosag": "dose",
                 "liabl": "liabil", "confidenti": "confidenti", "indemn": "liabil", "anim": "pet"}


@dataclass
class SummaryRequest:
    source: str | None  # the document named in the question (None: every document)
    topic: str  # the question's topic words ("" for a whole-document summary or overview)
    topic_words: set[str] = field(default_factory=set)  # stems
    topic_phrase: str = ""  # the topic as the question words it ("termination")
    mode: str = "summary"  # summary (a topic) | overview (key terms) | compare (two documents, one topic)
    sources: list[str] = field(default_factory=list)  # compare: the two documents


def _name_words(source: str) -> set[str]:
    """Stems of the words of a file path: 'legal/commercial_lease_ashgrove.pdf' -> lease, commerci, ..."""
    stemless = re.sub(r"\.pdf$", "", source, flags=re.I)
    return {stem(w) for w in re.findall(r"[A-Za-z]{2,}", stemless)} - {"pdf"}


def _proper_words(text: str) -> set[str]:
    """Stems of the capitalised words of a question that are not its first word: names (Fenwick, Quillon)."""
    words = re.findall(r"(?<![.?!]\s)(?<!^)\b([A-Z][A-Za-z'’-]+)", text.strip())
    return {stem(re.sub(r"['’]s$", "", w)) for w in words}


def _best_source(text: str, sources: Sequence[str], titles: dict[str, str] | None,
                 heads: dict[str, str] | None) -> str | None:
    """The document whose file name, title or opening (parties) shares the most words with `text`;
    a tie or no match: None."""
    q_words = terms(text).words
    names = _proper_words(text)
    best, best_hits, tie = None, 0, False
    for source in sources:  # a word of the file name counts twice a word of the title, four times a name in its opening
        title = terms(titles.get(source, "")).words if titles else set()
        head = terms(heads.get(source, "")).words if heads else set()
        hits = 2 * len(q_words & _name_words(source)) + len(q_words & title - _name_words(source)) \
            + 0.5 * len(names & head - title - _name_words(source))  # a name in its opening (a party)
        if hits > best_hits:
            best, best_hits, tie = source, hits, False
        elif hits and hits == best_hits:
            tie = True
    return None if tie else best


MAX_TOPIC_CHARS = 300


def _topic_head(rest: str) -> str:
    """The topic part of what follows the intent: before 'of/in/under <the document>', without "X's"."""
    rest = rest.strip(" ?.!:")[:MAX_TOPIC_CHARS]  # a topic is a few words: the patterns below stay linear
    for m in _PREPOSITION.finditer(" " + rest + " "):
        tail = rest[m.end() - 1:]
        if DOC_NOUNS.search(tail) or re.search(r"[A-Z]|['’]s\b", tail):
            rest = rest[:m.start()]
            break
    rest = re.sub(r"\b[\w.-]+['’]s\b", " ", rest)  # "the lease's", "Fenwick's"
    rest = re.sub(r"(?<!^)\b[A-Z][\w'-]*", " ", rest)  # names inside the topic part
    return DOC_NOUNS.sub(" ", rest)


def summary_request(question: str, sources: Sequence[str], titles: dict[str, str] | None = None,
                    heads: dict[str, str] | None = None) -> SummaryRequest | None:
    """A SummaryRequest when the question asks for a summary, an overview or a comparison, else None.

    The document is the one whose file name (or title, or the names in its opening) shares the most
    words with the question; a tie or no match means every document. `heads`: source -> its opening text."""
    intent = _INTENT.search(question)
    if not intent:
        return None
    rest = question[intent.end():]
    mode = "compare" if _COMPARE.search(question) else "overview" if _OVERVIEW.search(question) else "summary"
    head = _topic_head(rest)
    named_sources: list[str] = []
    if mode == "compare":
        tail = rest[len(head):] if rest.startswith(head) else rest
        m = _PREPOSITION.search(" " + rest + " ")
        tail = rest[m.end() - 1:] if m else rest
        parts = [p for p in re.split(r"\s+(?:and|with|vs\.?|versus|against)\s+|,\s*", tail) if p.strip()]
        for part in parts:
            src = _best_source(part, sources, titles, heads)
            if src and src not in named_sources:
                named_sources.append(src)
        if len(named_sources) < 2:
            mode = "summary"
    source = named_sources[0] if named_sources else _best_source(question, sources, titles, heads)
    named = set()
    for src in named_sources or ([source] if source else []):
        named |= _name_words(src) | (terms(titles.get(src, "")).words if titles else set())
    stops = {stem(w) for w in STOPWORDS}
    topic_words = terms(head).words - named - STRUCTURE_WORDS - QUESTION_WORDS - stops - _proper_words(question)
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", head) if terms(w).words & topic_words]
    phrase = " ".join(dict.fromkeys(words))
    if mode == "summary" and not topic_words:
        mode = "overview"  # "Summarise the NDA": the whole document, as its key terms
    return SummaryRequest(source, phrase, topic_words, phrase, mode, named_sources)


def topic_pattern(topic_words: set[str]) -> re.Pattern:
    """The words of a clause that deal with the topic: its family's words, or the topic words' stems."""
    alts = []
    for w in sorted(topic_words):
        fam = TOPIC_ALIASES.get(w, w)
        family = next((v for k, v in TOPIC_FAMILIES.items() if fam.startswith(k) or k.startswith(fam)), None)
        alts.append(family or rf"\b{re.escape(w[:max(4, len(w) - 1)] if len(w) > 4 else w)}\w*")
    return re.compile("|".join(f"(?:{a})" for a in alts) or r"(?!x)x", re.I)


@dataclass
class TopicBullet:
    label: str  # "11.2", or the heading of an unnumbered section
    heading: str  # the section it sits in
    quotes: list[Quote]  # verbatim, in order (two when the clause straddles two chunks)
    in_heading: bool = False  # under a heading about the topic (else: a clause elsewhere that deals with it)


DEFINITION = re.compile(r"^[\s\W]*(?:\([a-z]\)\s*)?[\"“][^\"”]{1,60}[\"”] means\b")
MAX_BULLET_CHARS = 700  # a clause elsewhere: longer ones are cut to their sentences on the topic
MAX_HEADING_CLAUSE_CHARS = 1600  # a clause under the topic's heading keeps all its items ((a), (b), (c)...)


def _clause_quote(doc: Document, clause: Clause, pattern: re.Pattern, whole: bool) -> tuple[int, int] | None:
    """The clause itself when short enough (its conditions and numbers with it), else its sentences on the topic."""
    from core.text import sentence_spans

    text = clause.text(doc)
    s = len(text) - len(text.lstrip())
    e = len(text.rstrip())
    if e - s <= (MAX_HEADING_CLAUSE_CHARS if whole else MAX_BULLET_CHARS) and (whole or pattern.search(text)):
        return clause.start + s, clause.start + e
    spans = [(a, b) for a, b in sentence_spans(text, enders=".!?") if pattern.search(text[a:b])]
    if not spans:
        return None
    a, b = spans[0][0], spans[-1][1]
    if b - a > MAX_BULLET_CHARS:
        a, b = spans[0]
    return clause.start + a, clause.start + b


def topic_bullets(req: SummaryRequest, chunks: Sequence[Chunk], max_bullets: int = MAX_BULLETS) -> list[TopicBullet]:
    """One bullet per clause on the topic, in document order: every clause under a heading about it (all
    sub-clauses) and every clause elsewhere whose words deal with it. Never a title line, a signature
    block, a contact line or a definition."""
    if not chunks or not req.topic_words:
        return []
    doc = read_document(chunks)
    pattern = topic_pattern(req.topic_words)
    title_end = doc.text.find("\n") if "\n" in doc.text else len(doc.text)
    out: list[TopicBullet] = []
    for clause in document_clauses(doc):
        if EXCLUDED_HEADINGS.search(clause.heading) or clause.end <= title_end + 1:
            continue
        label_is_heading = not re.match(r"\d", clause.label)
        in_heading = bool(pattern.search(clause.heading) or (label_is_heading and pattern.search(clause.label)))
        text = clause.text(doc)
        if not in_heading and (not pattern.search(text) or DEFINITION.search(text)
                               or re.search(r"definition", clause.heading, re.I)):
            continue
        span = _clause_quote(doc, clause, pattern, whole=in_heading)
        if span is None:
            continue
        quotes = [q for q in make_quotes(doc, *span, label=clause.label) if not EXCLUDED.search(q.text)]
        if not quotes or len(re.findall(r"\w+", " ".join(q.text for q in quotes))) < 4:
            continue
        out.append(TopicBullet(clause.label, clause.heading, quotes, in_heading))
    if len(out) > max_bullets:  # the heading's own clauses first, then the earliest others
        keep = {id(b) for b in sorted(out, key=lambda b: not b.in_heading)[:max_bullets]}
        out = [b for b in out if id(b) in keep]
    return out


def _heading_name(heading: str) -> str:
    h = strip_label(heading).strip().rstrip(":") if heading else ""
    return h.capitalize() if h.isupper() else h


def topic_bullet_text(b: TopicBullet, first_n: int) -> str:
    body = " ".join(" ".join(q.text.split()) for q in b.quotes)
    marks = "".join(f"[{first_n + i}]" for i in range(len(b.quotes)))
    where = _heading_name(b.heading)
    lead = f"{where}: " if where and where.lower() not in body.lower()[:120] else ""
    return f"• {lead}\u201c{body}\u201d {marks}"


@dataclass
class Summary:
    """What Engine.summarise shows: the text, its quotes (cited in order: [1], [2]...) and the intent."""

    text: str
    intent: str  # summary | overview | compare
    quotes: list[Quote] = field(default_factory=list)
    refused: bool = False  # the document has no clause on the topic
    abstract: dict | None = None  # overview: the key-terms abstract (Abstract.to_dict())


def overview_summary(abstract: Abstract) -> Summary:
    """The abstract as a Markdown table, each quote cited."""
    quotes: list[Quote] = []
    lines = [f"Key terms of {abstract.source} ({abstract.subkind}):", "", "| Field | What the document says | Page |",
             "|---|---|---|"]
    for f in abstract.fields:
        cells = []
        for q in f.quotes:
            quotes.append(q)
            cells.append(f"\u201c{' '.join(q.text.split())}\u201d [{len(quotes)}]")
        value = " ".join(cells) if cells else "not stated"
        lines.append(f"| {f.label} | {value.replace('|', '/')} | {', '.join(map(str, f.pages)) or '-'} |")
    return Summary("\n".join(lines), "overview", quotes, abstract=abstract.to_dict())


def compare_summary(req: SummaryRequest, docs: dict[str, list[Chunk]]) -> Summary:
    """The two documents' clauses on the topic in two columns (a Markdown table), each cited."""
    a, b = req.sources[:2]
    columns = [topic_bullets(req, docs[a]), topic_bullets(req, docs[b])]
    quotes: list[Quote] = []
    cells: list[list[str]] = [[], []]
    for col, bullets in enumerate(columns):
        for bl in bullets:
            marks = "".join(f"[{len(quotes) + i + 1}]" for i in range(len(bl.quotes)))
            quotes.extend(bl.quotes)
            body = " ".join(" ".join(q.text.split()) for q in bl.quotes).replace("|", "/")
            cells[col].append(f"\u201c{body}\u201d {marks}")
    for col in (0, 1):
        if not cells[col]:
            cells[col].append(f"no clause on {req.topic_phrase}")
    lines = [f"{req.topic_phrase.capitalize()}: {a} and {b} side by side:", "", f"| | {a} | {b} |", "|---|---|---|"]
    for i in range(max(len(cells[0]), len(cells[1]))):
        left = cells[0][i] if i < len(cells[0]) else ""
        right = cells[1][i] if i < len(cells[1]) else ""
        lines.append(f"| {i + 1} | {left} | {right} |")
    return Summary("\n".join(lines), "compare", quotes)


def summarise_question(question: str, docs: dict[str, list[Chunk]]) -> Summary | None:
    """The summary, overview or comparison a question asks for, from these documents; None when it asks
    for none (or names no document an overview could be of)."""
    ordered = {src: sorted(cs, key=lambda c: c.start) for src, cs in docs.items() if cs}
    titles = {src: cs[0].text.strip().split("\n")[0][:160] for src, cs in ordered.items()}
    heads = {src: " ".join(c.text for c in cs[:3])[:2500] for src, cs in ordered.items()}
    req = summary_request(question, list(ordered), titles, heads)
    if req is None:
        return None
    if req.mode == "compare":
        return compare_summary(req, ordered)
    if req.mode == "overview":
        if req.source is None:
            if len(ordered) != 1:
                return None  # which document? answered as a question instead
            req.source = next(iter(ordered))
        return overview_summary(abstract_document(ordered[req.source]))
    sources = [req.source] if req.source else list(ordered)
    bullets = [b for src in sources for b in topic_bullets(req, ordered[src])]
    where = req.source or "the documents"
    if not bullets:
        return Summary(f"{where} has no clause on {req.topic_phrase}.", "summary", refused=True)
    lines, quotes = [f"Summary of {where} ({req.topic_phrase}):"], []
    for b in bullets:
        lines.append(topic_bullet_text(b, len(quotes) + 1))
        quotes.extend(b.quotes)
    return Summary("\n".join(lines), "summary", quotes)
