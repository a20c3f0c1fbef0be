"""Summaries of a topic in a named document (or of a whole document), one verified bullet per section.

    "Summarise the termination clauses of the lease"  -> the lease's sections about termination
    "Give me an overview of the NDA"                   -> every section of the NDA

A free generation over a dozen passages is where a small model invents most, and a retriever asked
for "termination clauses of the lease" may well rank another document's clause first. So a summary
is built from the named document's own sections: each bullet quotes the sentence of one section that
best matches the topic (or the section's opening sentence for a whole-document summary), verbatim,
with its citation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from chatbot.verify import (
    QUESTION_WORDS,
    STOPWORDS,
    Passage,
    Scorer,
    Span,
    analyse_question,
    format_quote,
    passage_contexts,
    stem,
    strip_label,
    terms,
)
from core.schema import Chunk

# asked for as such: "Summarise ...", "Give me an overview of ...", "What are the key points of ..."
_INTENT = re.compile(
    r"^\W*(?:please\s+|can you\s+|could you\s+)?(?:summari[sz]e|sum up|outline|recap|"
    r"(?:give|write|make)(?: me| us)? (?:a |an )?(?:short |brief |quick |one-page )?(?:summary|overview|outline|rundown)|"
    r"(?:what are|list) the (?:key|main) (?:points|terms|provisions|obligations|clauses)|"
    r"(?:a |an )?(?:short |brief )?(?:summary|overview) of|tl;?dr)\b", re.I)
# words that name a document's parts or kinds, not a topic
STRUCTURE_WORDS = frozenset(stem(w) for w in (
    "clause clauses section sections provision provisions term terms part parts paragraph paragraphs rule rules "
    "article articles schedule schedules point points document documents file contract agreement "
    "say says said give me please briefly short brief whole entire all main key").split())
MAX_BULLETS = 10
MIN_TOPIC_SCORE = 0.5  # share of the topic's (IDF-weighted) words a section must hold (heading words count twice)
MIN_TOPIC_COSINE = 0.45  # or: cosine of the topic with one of the section's chunks


@dataclass
class SummaryRequest:
    source: str | None  # the document named in the question (None: every document)
    topic: str  # the question's topic words ("" for a whole-document summary)
    topic_words: set[str] = field(default_factory=set)  # stems
    topic_phrase: str = ""  # the topic as the question words it ("termination")


def _name_words(source: str) -> set[str]:
    """Stems of the words of a file path: 'legal/commercial_lease_ashgrove.pdf' -> lease, commerci, ..."""
    stemless = re.sub(r"\.pdf$", "", source, flags=re.I)
    return {stem(w) for w in re.findall(r"[A-Za-z]{2,}", stemless)} - {"pdf"}


def summary_request(question: str, sources: Sequence[str], titles: dict[str, str] | None = None) -> SummaryRequest | None:
    """A SummaryRequest when the question asks for a summary, else None.

    The document is the one whose file name (or title) shares the most words with the question;
    a tie or no match means every document.
    """
    if not _INTENT.search(question):
        return None
    q_words = terms(question).words
    best, best_hits, tie = None, 0, False
    for source in sources:  # a word of the file name counts twice a word of the title
        title = terms(titles.get(source, "")).words if titles else set()
        hits = 2 * len(q_words & _name_words(source)) + len(q_words & title - _name_words(source))
        if hits > best_hits:
            best, best_hits, tie = source, hits, False
        elif hits and hits == best_hits:
            tie = True
    source = None if tie or best is None else best
    named = (_name_words(source) | (terms(titles.get(source, "")).words if titles and source else set())) if source else set()
    intent = terms(_INTENT.search(question).group(0)).words
    topic_words = q_words - named - STRUCTURE_WORDS - QUESTION_WORDS - intent - {stem(w) for w in STOPWORDS}
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", question) if terms(w).words & topic_words]
    phrase = " ".join(dict.fromkeys(words))
    return SummaryRequest(source, phrase, topic_words, phrase)


@dataclass
class Bullet:
    chunk: Chunk
    section: str
    start: int  # the quoted span in the chunk's text
    end: int
    score: float


def section_groups(chunks: Sequence[Chunk]) -> list[list[Chunk]]:
    """The chunks of one document grouped by section, in document order."""
    groups: list[list[Chunk]] = []
    for c in sorted(chunks, key=lambda c: (c.start, c.page)):
        if groups and groups[-1][0].section == c.section:
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def summary_bullets(req: SummaryRequest, chunks: Sequence[Chunk], scorer: Scorer,
                    cosines: dict[str, float] | None = None, max_bullets: int = MAX_BULLETS) -> list[Bullet]:
    """One bullet per matching section: the sentence of the section that best matches the topic (the
    opening sentence when there is no topic). `cosines`: chunk_id -> cosine with the topic."""
    cosines = cosines or {}
    topic_q = analyse_question(req.topic) if req.topic else None
    total = sum(scorer.idf(w) for w in req.topic_words) or 1.0
    bullets = []
    for group in section_groups(chunks):
        section = group[0].section
        if req.topic_words:
            text_words = terms(section + "\n" + "\n".join(c.text for c in group)).words
            lexical = sum(scorer.idf(w) for w in req.topic_words & text_words) / total
            heading = sum(scorer.idf(w) for w in req.topic_words & terms(section).words) / total
            cosine = max((cosines.get(c.chunk_id, 0.0) for c in group), default=0.0)
            score = max(lexical + heading, cosine)
            if lexical + heading < MIN_TOPIC_SCORE and cosine < MIN_TOPIC_COSINE:
                continue
        else:
            score = 1.0
        passages = [Passage(c.text, context=f"{c.source} {c.section}") for c in group]
        cands = [cand for cand in scorer.candidates(passages) if len(terms(strip_label(cand.text)).words) >= 3]
        if not cands:
            continue
        if topic_q is not None:
            ranked = scorer.score(topic_q, cands, passages, passage_contexts(passages))
            pick = ranked[0]
        else:  # the section's first informative sentence (not a title, not a lead-in ending in ':')
            pick = next((c for c in cands if len(terms(strip_label(c.text)).words) >= 6
                         and not c.text.rstrip().endswith(":")), cands[0])
        bullets.append(Bullet(group[pick.n - 1], section, pick.start, pick.end, score))
    if len(bullets) > max_bullets:  # keep the best-matching sections, still in document order
        keep = {id(b) for b in sorted(bullets, key=lambda b: -b.score)[:max_bullets]}
        bullets = [b for b in bullets if id(b) in keep]
    return bullets


def bullet_text(b: Bullet, n: int) -> str:
    heading = strip_label(b.section).strip().rstrip(":") if b.section else ""
    lead = f"{heading}: " if heading and heading.lower() not in b.chunk.text[b.start:b.end].lower() else ""
    return f"• {lead}{format_quote(b.chunk.text, b.start, b.end)} [{n}]"


def spans_of(bullets: Sequence[Bullet]) -> list[Span]:
    return [Span(i, b.start, b.end) for i, b in enumerate(bullets, 1)]
