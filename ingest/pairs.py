"""Synthetic instruction pairs (RAFT style) from the ingested chunks: `domainbot pairs`.

    chunks -> generate Q/A per chunk (rules | llm, cached by chunk) -> curate (grounded, deduped)
           -> assemble prompts: build_messages(question, gold + hard negatives) -> split by section
           -> pairs/train.jsonl, pairs/eval.jsonl, pairs/stats.json

The `rules` generator reads the language of legal and medical text (definitions, obligations,
amounts, durations, doses, table rows, section openings) and writes several question phrasings per
fact, formal and informal. Answers are extractive: the supporting sentence or clause, so every
number and term is copied verbatim, ending with the gold passage's citation marker "[n]".

Negatives come from the project's own hybrid retriever, so the model trains on exactly the kind
of distractors it sees at answer time; a share of examples has no gold passage and teaches the
refusal NO_ANSWER.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from chatbot.config import NO_ANSWER, DomainbotError, IngestConfig, PairsConfig, RetrieveConfig, Workspace
from chatbot.prompt import STOPWORDS, build_messages, content_words
from ingest.pdf import file_sha256
from ingest.schema import Chunk

# the rules' own source code versions the cache: editing a rule regenerates every chunk's Q/A
RULES_VERSION = "rules-" + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
MAX_ANSWER_CHARS = 400
MAX_QUESTION_CHARS = 300
MIN_SUPPORT = 0.8  # share of the answer's content words that must appear in its chunk
DUP_COSINE = 0.95  # questions closer than this (embedding cosine) count as duplicates
MAX_PASSAGE_CHARS = 700  # same trimming as inference (AnswerConfig.max_passage_chars)
KINDS = ("definition", "obligation", "amount", "duration", "dose", "table", "summary", "no_answer", "llm")


@dataclass
class QA:
    """One generated question/answer, grounded in one chunk. `answer` carries no citation marker."""

    question: str
    answer: str
    kind: str
    chunk_id: str = ""
    fact: str = ""  # the key span (number, term) the answer must keep; "" when none


@dataclass
class PairsReport:
    generator: str
    chunks: int = 0
    chunks_generated: int = 0  # chunks sent to the generator this run (the rest came from the cache)
    generated: int = 0
    kept: int = 0
    dropped: dict = field(default_factory=dict)  # reason -> count
    per_kind: dict = field(default_factory=dict)  # kind -> rows written (train + eval)
    per_source: dict = field(default_factory=dict)  # source -> rows written
    train: int = 0
    eval: int = 0
    no_answer: int = 0
    avg_prompt_chars: float = 0.0
    train_path: str = ""
    eval_path: str = ""
    stale_adapter: bool = False
    seconds: float = 0.0
    timings: dict = field(default_factory=dict)


# --- text helpers -------------------------------------------------------------------------------

_ABBREV = {"e.g", "i.e", "etc", "no", "dr", "mr", "mrs", "ms", "cl", "s", "para", "approx", "vs", "art", "sec",
           "fig", "inc", "ltd", "co", "st", "p", "pp", "ref", "max", "min", "incl", "v", "al", "resp"}
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(\[]?[A-Z0-9])")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORDNUM = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|"
            "twenty-one|twenty-eight|thirty|forty|forty-five|fifty|sixty|ninety|hundred")
_NUM = r"\d+(?:[.,]\d+)*"
_RANGE = rf"{_NUM}(?:\s?(?:-|–|to)\s?{_NUM})?"

_AMOUNT = re.compile(
    rf"(?:[$£€¥]\s?{_NUM}(?:\s?(?:million|billion|thousand|m|bn|k)\b)?"
    rf"|\b(?:USD|EUR|GBP|AUD|CAD|CHF|INR|NZD|ZAR)\s?{_NUM}(?:\s?(?:million|billion|thousand))?"
    rf"|\b{_NUM}\s?(?:dollars|pounds|euros|USD|EUR|GBP)\b)", re.I)
_PERCENT = re.compile(rf"\b{_RANGE}\s?(?:%|per ?cent\b)", re.I)
_DOSE = re.compile(
    rf"\b{_RANGE}\s?(?:mg|mcg|µg|μg|micrograms?|milligrams?|grams?|g|ml|mL|units?|IU|mmol|mEq)"
    rf"(?:\s?/\s?(?:kg|m2|m²|day|dose|hour|h|ml|mL|min|24 ?h(?:ours)?))*(?![\w/])", re.I)
_DURATION = re.compile(
    rf"\b(?:{_RANGE}|(?:{_WORDNUM})(?:\s?\({_NUM}\))?)\s?(?:business |working |calendar |clear |consecutive )?"
    r"(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?)(?:['’](?!s))?(?![\w])", re.I)
_FREQUENCY = re.compile(
    r"\b(?:(?:once|twice|three times|four times|\d+\s?times)\s(?:a |per |each )?(?:day|daily|week|weekly|month|year)"
    rf"|every\s{_RANGE}\s?(?:hours?|hrs?|days?|weeks?|months?)|(?:once|twice) (?:daily|weekly|monthly))\b", re.I)
_QUALIFIER = re.compile(
    r"\b(?:at least|not less than|no less than|not more than|no more than|up to|a maximum of|a minimum of|"
    r"maximum of|minimum of|within|no later than|not later than|of|for|about|approximately|exceeding|over)\s*$", re.I)

_VERB_GROUP = re.compile(
    r"\b(shall not|shall|must not|must|may not|may|will not|will|should not|should|cannot|can|"
    r"is required to|are required to|is entitled to|are entitled to|is obliged to|are obliged to|"
    r"is responsible for|are responsible for|is|are)\b")
_OBLIGATION = re.compile(r"\b(shall|must|may|is entitled to|are entitled to|is required to|are required to|"
                         r"is obliged to|are obliged to|is responsible for|are responsible for)\b")
_PRONOUNS = {"it", "he", "she", "they", "this", "that", "these", "those", "which", "who", "such", "there", "we",
             "you", "i", "each", "any", "either", "neither", "all", "both", "one", "what", "whom", "whose", "nothing"}
_LEAD_ENUM = re.compile(r"^\s*(?:\(?[a-z0-9]{1,4}[.)]|\d+(?:\.\d+)*\.?|[•\-–*])\s+", re.I)
_BOUNDARY = {"in", "on", "at", "by", "within", "for", "to", "from", "with", "after", "before", "and", "or", "unless",
             "if", "which", "that", "provided", "subject", "including", "without", "during", "until", "where",
             "when", "than", "as", "per", "under", "into", "upon", "prior", "following", "so", "but", "every",
             "once", "twice", "daily", "each", "monthly", "weekly", "yearly", "annually", "quarterly", "promptly",
             "immediately", "forthwith", "only", "not", "is", "are", "was", "be", "has", "have", "will", "shall", "must",
             "may", "can", "contains", "includes", "means", "increases", "reduces", "requires", "applies", "continues",
             "starts", "remains", "becomes", "gives", "takes", "makes", "provides", "covers", "exceeds", "should"}
_PARTIES = {"tenant", "landlord", "lessee", "lessor", "employee", "employer", "contractor", "client", "supplier",
            "customer", "buyer", "seller", "licensee", "licensor", "borrower", "lender", "patient", "company",
            "provider", "recipient", "party", "parties", "purchaser", "vendor", "guarantor", "consultant", "member",
            "user", "clinician", "prescriber", "nurse", "doctor", "practitioner", "owner", "occupier", "agent"}
_DEF_QUOTED = re.compile(r"[\"“']([^\"”']{2,60})[\"”']\s+(?:means|shall mean|has the meaning|refers to|is defined as|"
                         r"includes|shall include)\b", re.I)
_DEF_PLAIN = re.compile(r"^(?:[Tt]he\s+)?([A-Za-z][\w\-]*(?:\s+[\w\-]+){0,4}?)\s+(?:means|shall mean|refers to|is defined as)\b")
_LABEL = re.compile(r"^([A-Z][\w\-/()' ]{1,48}?)\s*:\s+(\S.{8,})$")
_HEADING_NUM = re.compile(r"^(?:section|clause|article|part|chapter)?\s*(\d+(?:\.\d+)*|[IVX]+|[A-Z])[.):]?\s+(.+)$", re.I)


def doc_title(source: str) -> str:
    """'legal/Commercial_Lease-Ashgrove.pdf' -> 'commercial lease ashgrove' (how a user names the document)."""
    stem = Path(source).stem
    stem = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", stem)  # camelCase
    words = [w for w in re.split(r"[\s_\-.+]+", stem) if w]
    return " ".join(words).lower() or source


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _split_sentences(paragraph: str) -> list[str]:
    if "•" in paragraph:  # bullet lists reflowed into one line: each bullet stands alone
        return [s for part in re.split(r"\s*•\s*", paragraph) if part.strip() for s in _split_sentences(part)]
    out: list[str] = []
    start = 0
    for m in _SENT_SPLIT.finditer(paragraph):
        before = paragraph[start : m.start()].rstrip()
        last = before.rsplit(" ", 1)[-1].rstrip(".").lower()
        if last in _ABBREV or re.fullmatch(r"[a-z]", last):
            continue
        out.append(paragraph[start : m.end()].strip())
        start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 10 and not line.rstrip().endswith((".", ";", ",")) and not _NUMBER.fullmatch(line.strip()) \
        and (line[:1].isupper() or _HEADING_NUM.match(line) is not None) and ":" not in line[:-1]


def _is_table_row(line: str) -> bool:
    cells = _cells(line)
    numeric = sum(1 for c in cells if _NUMBER.search(c))
    return len(cells) >= 3 and numeric >= 2 and len(line) <= 200


def _cells(line: str) -> list[str]:
    if "|" in line:
        return [c.strip() for c in line.strip().strip("|").split("|") if c.strip()]
    return [c.strip() for c in re.split(r"\t|\s{2,}", line.strip()) if c.strip()]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'%/.\-]+[,;:]?", text)


def _np(words: list[str], max_words: int = 5) -> str:
    """A short noun-phrase-ish topic: words up to the first boundary word or punctuation."""
    out = []
    for w in words:
        bare = w.strip(".,;:()\"“”'").lower()
        if not bare or (out and bare in _BOUNDARY) or w[:1] in "(\"“" and out:
            break
        if bare in _BOUNDARY and not out:
            continue
        out.append(w.strip(",;:()\"“”"))
        if w.endswith((",", ";", ":", ")")) or len(out) >= max_words:
            break
    while out and out[-1].lower() in STOPWORDS | {"its", "their", "a", "an", "the", "of"}:
        out.pop()
    return " ".join(out)


def _lower_first(s: str) -> str:
    """'The Tenant' -> 'the Tenant'; keeps acronyms and proper names."""
    first = s.split(" ", 1)[0]
    common = first.lower() in STOPWORDS or first.lower().rstrip("s") in _PARTIES or first.lower() in _PARTIES
    if first in ("The", "A", "An", "Each", "Any", "Every", "No", "All", "Either", "Neither", "Both") or (first.istitle() and common):
        return first.lower() + s[len(first):]
    return s


def _is_sentence(text: str) -> bool:
    """Prose, not a flattened table row or a heading: starts like a sentence, ends with a full stop,
    and is not mostly numbers."""
    tokens = text.split()
    numeric = sum(1 for t in tokens if _NUMBER.fullmatch(t.strip("().,;:%")))
    capitalised = sum(1 for t in tokens[1:] if t[:1].isupper())
    return bool(re.match(r"[\"“(A-Z0-9]", text)) and text.rstrip().endswith((".", ")", "!")) \
        and numeric <= 0.2 * len(tokens) and capitalised <= 0.5 * max(1, len(tokens) - 1)


def _trim_answer(sentence: str, fact: str, limit: int = 300) -> str:
    """Keep the answer to one sentence of <= ~300 chars: cut to the clause holding the fact if longer."""
    s = _LEAD_ENUM.sub("", _clean(sentence))
    if not _is_sentence(s) and not _LABEL.match(s):
        return ""
    if len(s) <= limit:
        return s
    clauses = re.split(r"(?<=;)\s+|,\s+(?=(?:but|provided|unless|except|which|where|whereas)\b)", s)
    if fact:
        for c in clauses:
            if fact in c and 40 <= len(c) <= limit:
                return c.strip().rstrip(";:,")
    return ""


@dataclass
class _Clause:
    subject: str
    verb_group: str  # "shall", "must not", "is", ...
    verb: str  # first word after the verb group ("pay"), or a participle after "be" ("paid")
    rest: str  # predicate after the verb
    passive: bool


def _parse_clause(sentence: str) -> _Clause | None:
    """Subject + modal/copula + predicate, when the sentence has that plain shape."""
    s = _LEAD_ENUM.sub("", _clean(sentence))
    m = _VERB_GROUP.search(s)
    if not m:
        return None
    subject = s[: m.start()].strip()
    if "," in subject:  # "Subject to clause 4, the Tenant" / "If the Tenant defaults, the Landlord"
        subject = subject.rsplit(",", 1)[1].strip()
    subject = subject.strip("\"“”()")
    words = subject.split()
    if not 1 <= len(words) <= 7 or (len(words) == 1 and words[0].lower() in _PRONOUNS) \
            or words[0].lower() in _BOUNDARY | {"if", "when", "where", "unless", "and", "or", "which", "that", "who", "it",
                                                "this", "because", "since", "while", "although", "though", "whether"}:
        return None
    if not content_words(subject) or not re.match(r"[A-Za-z]", subject) \
            or any(w.lower() in ("who", "which", "that", "whom") for w in words[1:]):
        return None
    vg = m.group(1)
    pred = s[m.end():].strip().rstrip(".")
    pw = pred.split()
    if not pw:
        return None
    passive = False
    if pw[0].lower() == "be" and len(pw) > 1:
        if pw[1].lower() in _BOUNDARY or not re.search(r"(?:ed|en|wn|id|ne|lt|pt|nt|ught|un|de)$", pw[1].lower()):
            return None  # "must be in writing": not a passive we can turn into a question
        passive, verb, rest = True, pw[1], " ".join(pw[2:])
    elif vg in ("is", "are"):
        verb, rest = "", pred
    elif vg.endswith((" to", " for")):
        verb, rest = "", pred
    else:
        verb, rest = pw[0], " ".join(pw[1:])
    if verb and not re.fullmatch(r"[a-z][a-z\-]+", verb):
        return None
    return _Clause(subject=subject, verb_group=vg, verb=verb, rest=rest, passive=passive)


# --- the rules generator ------------------------------------------------------------------------


def _facts(sentence: str) -> list[tuple[str, str, str]]:
    """(kind, span, flavour) facts in a sentence; flavour picks the question word."""
    found = []
    for kind, flavour, rx in (("dose", "frequency", _FREQUENCY), ("dose", "dose", _DOSE), ("amount", "amount", _AMOUNT),
                              ("amount", "percent", _PERCENT), ("duration", "duration", _DURATION)):
        for m in rx.finditer(sentence):
            if any(m.start() < e and s < m.end() for _, _, (s, e) in found):
                continue  # overlaps a fact already found ("every 4 hours" is a frequency, not a duration)
            found.append((kind, flavour, (m.start(), m.end())))
    medical = bool(_DOSE.search(sentence))
    out = []
    for kind, flavour, (s, e) in sorted(found, key=lambda t: t[2][0]):
        if flavour == "frequency" and not medical:
            kind = "duration"
        out.append((kind, sentence[s:e].strip(), flavour))
    return out


def _leads_with_fact(value: str) -> bool:
    """'500 mg every 6 hours' / 'maximum 4 g' / '£2,000' open with their fact; 'PL 40127/0031 (10 mg)' does not."""
    facts = _facts(value)
    if not facts:
        return False
    head = value[: value.find(facts[0][1])]
    return len(head) <= 15 and not _NUMBER.search(head)


def _wh(flavour: str, fact: str, before: str) -> str:
    if flavour == "dose":
        return "What dose"
    if flavour == "frequency":
        return "How often"
    if flavour == "amount":
        return "How much"
    if flavour == "percent":
        return "What percentage"
    unit = re.search(r"(day|week|month|year|hour|minute)", fact, re.I)
    unit = (unit.group(1).lower() + "s") if unit else "days"
    if re.search(r"\bwithin\s*$|\bno later than\s*$|\bnot later than\s*$", before, re.I):
        return f"Within how many {unit}"
    return "How long"


def _fact_questions(sentence: str, kind: str, fact: str, flavour: str, doc: str, section: str) -> list[str]:
    """Several phrasings of a question whose answer is `fact` in `sentence` (informal ones start with '~')."""
    s = _LEAD_ENUM.sub("", _clean(sentence))
    pos = s.find(fact)
    before = s[:pos]
    wh = _wh(flavour, fact, before)
    plain_wh = "How long" if wh.startswith("Within") else wh
    maxi = bool(re.search(r"\b(maximum|max\.?|not exceed|no more than|not more than|up to|at most)\b", s, re.I))

    # "Adults: 500 mg every 4-6 hours" / "Security deposit: £2,000"
    label = _LABEL.match(s)
    if label and _leads_with_fact(label.group(2)) and fact in label.group(2) and len(label.group(1).split()) <= 5:
        lab = label.group(1).strip()
        lab_l = lab.lower() if not lab.isupper() else lab
        noun = {"dose": "dose", "frequency": "dosing frequency", "amount": "amount", "percent": "rate"}.get(flavour, "period")
        if maxi:
            noun = "maximum " + noun
        qs = [f"What is the {noun} for {lab_l} in the {doc}?", f"According to the {doc}, what {noun} applies to {lab_l}?"]
        qs.append(f"~whats the {noun.replace('maximum', 'max')} for {lab_l}")
        return qs

    cl = _parse_clause(s)
    fronted = cl is not None and fact not in cl.rest and 0 <= s.find(fact) < s.find(cl.subject) and bool(cl.verb) \
        and not cl.passive and not cl.verb_group.endswith(" not") and cl.verb_group not in ("is", "are") \
        and not cl.subject.lower().startswith(("neither", "no "))
    if fronted:
        # "Within 10 Business Days of a request, the Receiving Party shall return ..." -> Within how many days must ...
        subj, modal = _lower_first(cl.subject), _norm_modal(cl.verb_group)
        obj = _np(_words(cl.rest), 6)
        q = f"{wh} {modal} {subj} {cl.verb}{(' ' + obj) if obj else ''}"
        return [q + "?", f"Under the {doc}, {q[0].lower() + q[1:]}?"]
    if cl and fact in cl.rest:
        between = cl.rest[: cl.rest.find(fact)]
        if ";" in between or _VERB_GROUP.search(between) or re.search(r",\s+(?:and|but|or|while|whereas)\b", between):
            cl = None  # the fact belongs to a later clause with its own subject
    if cl and fact in cl.rest:
        subj = _lower_first(cl.subject)
        vg = cl.verb_group
        modal = _norm_modal(vg.replace(" not", ""))
        neg = " not" if vg.endswith(" not") else ""
        at = cl.rest.find(fact)
        pre_words = _words(cl.rest[:at]) if at >= 0 else []
        post_words = _words(cl.rest[at + len(fact):]) if at >= 0 else _words(cl.rest)
        pre_left = _QUALIFIER.sub("", " ".join(pre_words)).strip()
        pre_np = _np(pre_left.split(), 6)
        attributive = bool(post_words) and post_words[0].lower() not in _BOUNDARY | {"of", "after", "before"} \
            and not _NUMBER.match(post_words[0]) and not wh.startswith("Within")
        post_np = _np(post_words, 4) if attributive else ""
        does = "do" if re.search(r"[^s]s$", subj) else "does"
        if vg in ("is", "are") and not cl.passive:
            if pre_left:
                return []  # "X is payable at 4% above ..." shapes: leave them to the keyword phrasing below
            # "The notice period is 90 days." -> How long is the notice period?
            qs = [f"What {vg} {subj}?" if wh in ("What dose", "What percentage") else f"{plain_wh} {vg} {subj}?",
                  f"Under the {doc}, what {vg} {subj}?",
                  f"~{'whats the max for' if maxi else 'whats' if wh.startswith('What') else plain_wh.lower() + ' ' + vg} {subj.lower()}"]
            return qs
        if not (cl.verb or cl.passive):
            return []
        if cl.passive:
            # "The deposit shall be returned within 30 days" -> Within how many days must the deposit be returned?
            qs = [f"{wh} {modal} {subj}{neg} be {cl.verb}?",
                  f"Under the {doc}, {wh[0].lower() + wh[1:]} {modal} {subj}{neg} be {cl.verb}?",
                  f"~{'how soon' if wh.startswith('Within') else wh.lower()} {does} {subj.lower()} need to be {cl.verb}"]
            return qs
        if attributive and post_np:
            unit = re.search(r"\b(day|week|month|year|hour)s?['’]?", fact, re.I)
            lead = f"How many {unit.group(0).lower()}" if unit else wh
            if not pre_np:
                # "give at least 90 days' written notice" -> How many days' written notice must the Tenant give?
                qs = [f"{lead} {post_np} {modal} {subj}{neg} {cl.verb}?"]
            else:
                qs = [f"{lead} {post_np} is required for {subj} to {cl.verb} {pre_np}?"]
            qs.append(f"Under the {doc}, how much {post_np} {'is required' if pre_np else modal + ' ' + subj + ' ' + cl.verb}"
                      f"{(' for ' + subj + ' to ' + cl.verb + ' ' + pre_np) if pre_np else ''}?")
            topic = post_np
        else:
            obj = _np(pre_left.split(), 7)
            qs = [f"{wh} {modal} {subj}{neg} {cl.verb}{(' ' + obj) if obj else ''}?",
                  f"Under the {doc}, {wh[0].lower() + wh[1:]} {modal} {subj}{neg} {cl.verb}{(' ' + obj) if obj else ''}?"]
            topic = obj
        party = subj.split()[-1].lower()
        who = f"as the {party}, " if party in _PARTIES and subj.lower().startswith("the ") else ""
        me = "do I" if who else f"{does} {subj.lower()}"
        if attributive and post_np:
            qs.append(f"~how much {post_np.lower()} is needed to {cl.verb} {pre_np.lower()}" if pre_np
                      else f"~{who}how much {post_np.lower()} {me} have to {cl.verb}")
            return [q for q in qs if len(q.split()) >= 4]
        if modal in ("must", "should") and not neg and (wh in ("How long", "How much") or wh.startswith("Within")):
            qs.append(f"~{who}{plain_wh.lower()} {me} have to {cl.verb}{(' ' + topic.lower()) if topic else ''}")
        else:
            qs.append(f"~{plain_wh.lower()} {modal} {subj.lower()}{neg} {cl.verb}{(' ' + topic.lower()) if topic else ''}")
        return [q for q in qs if len(q.split()) >= 4]

    # no usable clause: the question word plus the sentence's distinctive words, the way people type
    # into a search box ("how long obligations continue termination expiry"). A vague topic such as
    # "what about the tenant" would have dozens of right answers and teach the model to guess.
    topic = _keywords(s.replace(fact, " "), 5)
    if len(topic.split()) < 3:
        return []
    return [f"~{plain_wh.lower()} {topic.lower()}", f"{plain_wh}, under the {doc}: {topic}?"]


def _norm_modal(modal: str) -> str:
    return {"shall": "must", "will": "will", "is required to": "must", "are required to": "must",
            "is obliged to": "must", "are obliged to": "must"}.get(modal, modal)


# connective words of legal and clinical prose that say nothing about the topic (on top of
# STOPWORDS and _BOUNDARY, which _keywords skips too)
_FILLER = {"notwithstanding", "otherwise", "however", "also", "such", "other", "relevant", "applicable", "respect",
           "accordance", "pursuant", "thereof", "herein", "hereunder", "whether", "set", "out", "less", "more"}


def _keywords(text: str, n: int) -> str:
    """The first n content words of text, in order (a topic phrase for questions without a parse)."""
    out = []
    for w in _words(text):
        b = w.strip(".,;:()\"“”'").lower()
        if b and b not in STOPWORDS and b not in _BOUNDARY and b not in _FILLER and not _NUMBER.fullmatch(b) and len(b) > 2:
            out.append(w.strip(".,;:()\"“”'"))
        if len(out) >= n:
            break
    return " ".join(out)


def _definition_qas(sentence: str, doc: str) -> list[QA]:
    s = _LEAD_ENUM.sub("", _clean(sentence))
    parts = re.split(r";\s+", s)
    if sum(1 for p in parts if _DEF_QUOTED.search(p)) >= 2:  # a list: '"A" means ...; "B" means ...; and "C" ...'
        out = []
        for part in parts:
            m = _DEF_QUOTED.search(part)
            if m:
                part = part[m.start():].rstrip(" ,.")
                out += _definition_qas(part + ".", doc)
        return out
    m = _DEF_QUOTED.search(s) or _DEF_PLAIN.match(s)
    term = None
    if m:
        term = m.group(1).strip()
    else:
        lab = _LABEL.match(s)
        if lab and not _facts(lab.group(2)) and len(lab.group(1).split()) <= 4 and len(lab.group(2).split()) >= 4 \
                and not lab.group(1).isupper():
            term = lab.group(1).strip()
    if not term or len(term.split()) > 6 or term.lower() in _PRONOUNS or not content_words(term):
        return []
    ans = _trim_answer(s, term, limit=MAX_ANSWER_CHARS)  # a definition is only useful whole
    if not ans:
        return []
    qs = [f"What does \"{term}\" mean in the {doc}?", f"How is {term} defined in the {doc}?",
          f"~what is meant by {term.lower() if not term.isupper() else term}"]
    return [QA(q, ans, "definition", fact=term) for q in qs]


def _obligation_qas(sentence: str, doc: str) -> list[QA]:
    s = _LEAD_ENUM.sub("", _clean(sentence))
    if not _OBLIGATION.search(s):
        return []
    cl = _parse_clause(s)
    if cl is None or cl.verb_group in ("is", "are") or len(cl.rest.split()) < 2:
        return []
    subj = _lower_first(cl.subject)
    vg = cl.verb_group
    neg = vg.endswith(" not")
    if cl.passive:
        topic = subj
    else:
        topic = _np(_words(cl.rest), 5)
    if not topic or not content_words(topic):
        return []
    verb = cl.verb
    party = subj.split()[-1].lower()
    qs: list[str] = []
    if cl.passive:
        qs += [f"How {_norm_modal(vg.replace(' not', ''))} {subj}{' not' if neg else ''} be {verb}?",
               f"What does the {doc} say about how {subj} {'must not' if neg else 'must'} be {verb}?"]
    elif vg.startswith("may") and not neg:
        if subj.lower().startswith(("neither ", "no ")):  # "Neither Party may assign" -> Is either Party allowed to assign?
            subj = re.sub(r"^(?:neither|no)\b", lambda m: "either" if m.group(0).lower() == "neither" else "any",
                          subj, flags=re.I)
            qs += [f"Is {subj} allowed to {verb} {topic}?", f"~can {subj.lower()} {verb} {topic.lower()}"]
        else:
            qs += [f"Is {subj} allowed to {verb} {topic}?", f"What may {subj} do regarding {topic}?",
                   f"~as the {party}, can I {verb} {topic.lower()}" if party in _PARTIES else f"~can {subj.lower()} {verb} {topic.lower()}"]
    elif neg:
        qs += [f"Is {subj} allowed to {verb} {topic}?", f"What must {subj} not do regarding {topic}?",
               f"~as the {party}, can I {verb} {topic.lower()}" if party in _PARTIES else f"~can {subj.lower()} {verb} {topic.lower()}"]
    elif "entitled" in vg:
        qs += [f"What is {subj} entitled to?", f"Under the {doc}, what is {subj} entitled to regarding {_keywords(cl.rest, 3)}?"]
    elif "responsible" in vg:
        qs += [f"What is {subj} responsible for?", f"Who is responsible for {topic} under the {doc}?"]
    elif party not in _PARTIES and party.rstrip("s") not in _PARTIES:  # a thing, not a party: "The break notice shall take effect only if ..."
        qs += [f"What does the {doc} say about {subj}?", f"~what are the rules on {subj.lower()}"]
    else:  # shall / must / required / obliged / will / should
        qs += [f"What must {subj} do regarding {topic}?", f"What is {subj} required to do about {topic} under the {doc}?",
               f"~as the {party}, do I have to {verb} {topic.lower()}" if party in _PARTIES
               else f"~what are the rules on {topic.lower()}"]
    ans = _trim_answer(s, cl.verb_group)
    if not ans:
        return []
    return [QA(q, ans, "obligation", fact="") for q in qs]


def _table_qas(lines: list[str], doc: str, section: str) -> list[QA]:
    """Rows of numeric cells under a header line -> 'What is the <column> for <row label>?'."""
    out: list[QA] = []
    header: list[str] | None = None
    for line in lines:
        cells = _cells(line)
        if not _is_table_row(line):
            header = cells if len(cells) >= 3 and not any(_NUMBER.search(c) for c in cells) else header
            continue
        label = cells[0]
        if _NUMBER.fullmatch(label) or not re.search(r"[A-Za-z]", label):
            continue
        ctx = section or doc
        row = _clean(" ".join(cells))
        if header and len(header) == len(cells):
            for col, value in list(zip(header[1:], cells[1:]))[:2]:
                if not _NUMBER.search(value):
                    continue
                ans = f"{label}: {col} {value}"
                out += [QA(f"What is the {col} for {label} in the {ctx} table?", ans, "table", fact=value),
                        QA(f"~{col.lower()} for {label.lower()}", ans, "table", fact=value)]
        else:
            ans = row
            out += [QA(f"What does the {ctx} table list for {label}?", ans, "table", fact=cells[1]),
                    QA(f"~{label.lower()} values in the {doc}", ans, "table", fact=cells[1])]
    return out


def _summary_qas(chunk: Chunk, paragraphs: list[str], doc: str) -> list[QA]:
    section = chunk.section.strip()
    if not section or not paragraphs:
        return []
    head = chunk.text.lstrip()[: len(section) + 20]
    if section.lower() not in head.lower():
        return []  # only the chunk where the section starts summarises it
    sents = _split_sentences(paragraphs[0])
    ans = ""
    for sn in sents[:2]:
        cand = (ans + " " + _LEAD_ENUM.sub("", _clean(sn))).strip()
        if len(cand) > 300:
            break
        ans = cand
    if len(ans.split()) < 8 or not _is_sentence(ans):
        return []
    section = section.rstrip(":;,. ")
    m = _HEADING_NUM.match(section)
    if m and re.search(r"[A-Za-z]{3}", m.group(2)):
        num, name = m.group(1), m.group(2).strip()
        if name.isupper():
            name = name.capitalize()  # "GOVERNING LAW AND DISPUTES" -> "Governing law and disputes"
        label = f"section {num} ({name})"
    else:
        name = section.capitalize() if section.isupper() else section
        label = f"the \"{name}\" section"
    return [QA(f"Summarise {label} of the {doc}.", ans, "summary"),
            QA(f"What is {label} of the {doc} about?", ans, "summary"),
            QA(f"~what does the {doc} say about {name.lower()}", ans, "summary")]


def _blocks(text: str) -> tuple[list[str], list[list[str]]]:
    """Split chunk text into prose paragraphs and table blocks (runs of numeric rows with their header)."""
    paragraphs, tables, para, table = [], [], [], []
    lines = [ln for ln in text.splitlines()]
    for i, line in enumerate(lines):
        if not line.strip():
            if para:
                paragraphs.append(" ".join(para))
                para = []
            continue
        if _is_table_row(line) and (i + 1 < len(lines) and _is_table_row(lines[i + 1]) or table):
            if not table and para and len(_cells(para[-1])) >= 3:
                table.append(para.pop())  # the header line
            if para:
                paragraphs.append(" ".join(para))
                para = []
            table.append(line)
            continue
        if table:
            tables.append(table)
            table = []
        if len(_cells(line)) >= 3 and i + 1 < len(lines) and _is_table_row(lines[i + 1]) and not _NUMBER.search(line):
            if para:
                paragraphs.append(" ".join(para))
            para = [line]  # a table header: picked up by the rows below
            continue
        if _is_heading(line.strip()) or _LABEL.match(line.strip()):
            if para:
                paragraphs.append(" ".join(para))
            para = []
            if _LABEL.match(line.strip()):
                paragraphs.append(line.strip())
            continue
        para.append(line.strip())
    if para:
        paragraphs.append(" ".join(para))
    if table:
        tables.append(table)
    return paragraphs, tables


def rules_qas(chunk: Chunk, max_items: int = 6) -> list[QA]:
    """Deterministic Q/A items for one chunk, at most max_items, spread over its facts."""
    doc = doc_title(chunk.source)
    paragraphs, tables = _blocks(chunk.text)
    groups: list[list[QA]] = []  # one group of paraphrases per fact
    seen_answers: set[str] = set()
    for para in paragraphs:
        for sent in _split_sentences(para):
            if len(sent) < 15:
                continue
            for found in (_definition_qas(sent, doc), _fact_group(sent, doc, chunk.section), _obligation_qas(sent, doc)):
                by_answer: dict[str, list[QA]] = {}
                for qa in found:  # a definitions list yields several facts: one group each
                    by_answer.setdefault(qa.answer, []).append(qa)
                for answer, group in by_answer.items():
                    if answer not in seen_answers:
                        seen_answers.add(answer)
                        groups.append(group)
    for table in tables:
        qas = _table_qas(table, doc, chunk.section)
        groups += [qas[i : i + 2] for i in range(0, len(qas), 2)]
    summary = _summary_qas(chunk, paragraphs, doc)
    if summary:
        # one phrasing per section: summaries are a third of the rows otherwise, and they teach
        # "copy the section's opening" rather than "find the sentence that answers"
        pick = int(hashlib.sha256(chunk.chunk_id.encode()).hexdigest()[:8], 16) % len(summary)
        groups.insert(0, [summary[pick]])
    # round robin: the first phrasing of every fact before the second phrasing of any
    out: list[QA] = []
    depth = 0
    while len(out) < max_items and any(depth < len(g) for g in groups):
        for g in groups:
            if depth < len(g) and len(out) < max_items:
                out.append(g[depth])
        depth += 1
    for qa in out:
        qa.chunk_id = chunk.chunk_id
        qa.question = _polish(qa.question)
    return out


def _fact_group(sentence: str, doc: str, section: str) -> list[QA]:
    label = _LABEL.match(_LEAD_ENUM.sub("", _clean(sentence)))
    if label and not _leads_with_fact(label.group(2)):
        label = None  # "Package leaflet: ... 10 mg ..." is not a dose line; read it as a sentence
    facts = _facts(label.group(2) if label else sentence)
    if not facts:
        return []
    kind, fact, flavour = facts[0]  # one fact per sentence: the first is usually the one the clause is about
    if flavour == "frequency" and any(f[2] == "dose" for f in facts):
        kind, fact, flavour = next(f for f in facts if f[2] == "dose")  # "10 mg/kg every 6 hours": the dose
    ans = _trim_answer(sentence, fact)
    if not ans or fact not in ans:
        return []
    return [QA(q, ans, kind, fact=fact) for q in _fact_questions(sentence, kind, fact, flavour, doc, section)]


def _polish(q: str) -> str:
    """Tidy spacing; '~'-marked informal phrasings stay lower case without a question mark."""
    informal = q.startswith("~")
    q = re.sub(r"\s+", " ", q.lstrip("~")).strip()
    q = re.sub(r"\s+([?,.])", r"\1", q)
    q = re.sub(r"\bthe the\b", "the", q, flags=re.I)
    if informal:
        return q.rstrip("?")
    return q[:1].upper() + q[1:]


# --- the llm generator --------------------------------------------------------------------------

LLM_PROMPT = (
    "Write up to {n} question-answer pairs that a user of these documents might ask, answered ONLY from the "
    "passage below. Mix formal and informal questions. Each answer is one or two sentences copied or closely "
    "paraphrased from the passage, keeping numbers, amounts, durations and terms exactly as written. "
    "Output one JSON object per line: {{\"question\": \"...\", \"answer\": \"...\"}} and nothing else.\n\n"
    "Document: {doc}\nSection: {section}\nPassage:\n{text}"
)


def parse_llm_output(text: str) -> list[tuple[str, str]]:
    """JSON lines (or a JSON list) of {"question", "answer"} -> pairs; anything unparsable is skipped."""
    out = []
    text = re.sub(r"```(?:json)?", "", text)
    try:
        data = json.loads(text)
        items = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        items = []
        for m in re.finditer(r"\{[^{}]*\}", text):
            try:
                items.append(json.loads(m.group(0)))
            except json.JSONDecodeError:
                continue
    for it in items:
        if isinstance(it, dict) and isinstance(it.get("question"), str) and isinstance(it.get("answer"), str):
            q, a = it["question"].strip(), re.sub(r"\s*\[\d+\]", "", it["answer"]).strip()
            if q and a:
                out.append((q, a))
    return out


def llm_qas(chunk: Chunk, call: Callable[[list[dict]], str], max_items: int = 6) -> list[QA]:
    prompt = LLM_PROMPT.format(n=max_items, doc=doc_title(chunk.source), section=chunk.section or "-", text=chunk.text)
    reply = call([{"role": "user", "content": prompt}])
    return [QA(q, a, "llm", chunk_id=chunk.chunk_id) for q, a in parse_llm_output(reply)[:max_items]]


def make_llm_call(ws: Workspace, cfg: PairsConfig) -> Callable[[list[dict]], str]:
    """An OpenAI-compatible endpoint when cfg.base_url is set, else the local bundled model."""
    if cfg.base_url:
        from openai import OpenAI

        client = OpenAI(base_url=cfg.base_url, api_key=os.environ.get(cfg.api_key_env) or "none")
        model = cfg.model or "default"

        def call(messages: list[dict]) -> str:
            try:
                r = client.chat.completions.create(model=model, messages=messages, temperature=0.3, max_tokens=600)
            except Exception as e:  # connection refused, auth, unknown model: one line for the user
                raise DomainbotError(f"llm generator at {cfg.base_url}: {type(e).__name__}: {str(e)[:200]}") from None
            return r.choices[0].message.content or ""

        return call
    from chatbot.models import load_generator

    gen = load_generator(ws, adapter=None)  # the base model writes questions; the adapter is what we train
    return lambda messages: gen.generate(messages, max_new_tokens=400)


# --- curation -----------------------------------------------------------------------------------


def supported(answer: str, text: str, min_support: float = MIN_SUPPORT) -> bool:
    """The answer's content words are (mostly) in the text and every number in it is."""
    words = content_words(answer)
    if not words:
        return False
    have = content_words(text)
    if len(words & have) / len(words) < min_support:
        return False
    numbers = set(_NUMBER.findall(text))
    flat = text.replace(",", "")
    return all(n in numbers or n.replace(",", "") in flat for n in _NUMBER.findall(answer))


def _norm_question(q: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", q.lower()))


def curate(qas: list[QA], chunk_text: dict[str, str], encode: Callable[[list[str]], np.ndarray] | None,
           dropped: Counter) -> list[QA]:
    """Drop empty, overlong, ungrounded and duplicate items (counts by reason in `dropped`)."""
    ok = []
    for qa in qas:
        if not qa.question.strip() or not qa.answer.strip():
            dropped["empty"] += 1
        elif len(qa.answer) > MAX_ANSWER_CHARS or len(qa.question) > MAX_QUESTION_CHARS:
            dropped["too long"] += 1
        elif not supported(qa.answer, chunk_text.get(qa.chunk_id, "")):
            dropped["not supported by chunk"] += 1
        else:
            ok.append(qa)
    # exact duplicates first (cheap), then near duplicates by embedding
    seen, uniq = set(), []
    for qa in ok:
        key = _norm_question(qa.question)
        if key in seen:
            dropped["duplicate question"] += 1
            continue
        seen.add(key)
        uniq.append(qa)
    if encode is None or len(uniq) < 2:
        return uniq
    vecs = encode([qa.question for qa in uniq])
    keep_mask = _greedy_dedup(vecs, DUP_COSINE)
    dropped["near-duplicate question"] += int((~keep_mask).sum())
    return [qa for qa, k in zip(uniq, keep_mask) if k]


def _greedy_dedup(vecs: np.ndarray, threshold: float, block: int = 512) -> np.ndarray:
    """Keep a vector unless it is closer than threshold to an earlier kept one (blockwise, O(n^2/block) matmuls)."""
    n = len(vecs)
    keep = np.ones(n, dtype=bool)
    for start in range(0, n, block):
        blk = vecs[start : start + block]
        if start:
            prev = vecs[:start][keep[:start]]
            if len(prev):
                keep[start : start + len(blk)] &= (blk @ prev.T).max(axis=1) <= threshold
        sims = blk @ blk.T
        for i in range(len(blk)):
            if not keep[start + i]:
                continue
            later = np.nonzero(sims[i, i + 1:] > threshold)[0] + i + 1
            keep[start + later] = False
    return keep


# --- RAFT assembly ------------------------------------------------------------------------------


def cite(answer: str, n: int) -> str:
    """'The notice period is 90 days.' -> 'The notice period is 90 days [2].'"""
    a = answer.strip()
    if a.endswith("."):
        return f"{a[:-1]} [{n}]."
    return f"{a} [{n}]"


def _search_batch(retriever, questions: list[str], n: int) -> list[list[int]]:
    """Chunk rows of the top-n hybrid results per question. Embeds all questions in one call and fuses
    dense + BM25 ranks like Retriever.search (same RRF), which re-embeds per query and is ~5x slower."""
    if hasattr(retriever, "dense_candidates") and hasattr(retriever, "bm25_candidates") and questions:
        qvecs = retriever.embedder.encode(questions, batch_size=128)
        cand = max(getattr(retriever.cfg, "candidates", 30), n)
        rrf_k = getattr(retriever.cfg, "rrf_k", 60)
        out = []
        for q, v in zip(questions, qvecs):
            dense = retriever.dense_candidates(v, cand)
            dscore = dict(dense)
            fused: dict[int, float] = {}
            for results in (dense, retriever.bm25_candidates(q, cand)):
                for rank, (i, _) in enumerate(results, 1):
                    fused[i] = fused.get(i, 0.0) + 1.0 / (rrf_k + rank)
            ranked = sorted(fused.items(), key=lambda t: (-t[1], -dscore.get(t[0], -1.0), t[0]))
            out.append([i for i, _ in ranked[:n]])
        return out
    row = {c.chunk_id: i for i, c in enumerate(retriever.chunks)}
    return [[row[h.chunk.chunk_id] for h in retriever.search(q, k=n) if h.chunk.chunk_id in row] for q in questions]


def assemble(qas: list[QA], chunks: list[Chunk], neighbours: list[list[int]], cfg: PairsConfig,
             dropped: Counter) -> list[dict]:
    """RAFT rows: the gold chunk among k retrieved distractors at its retrieval rank (a random slot
    with gold_position="shuffle"), or (for a no_answer_fraction share, picked by a seeded draw) k
    distractors alone with the answer NO_ANSWER."""
    rng = random.Random(cfg.seed)
    place = random.Random(cfg.seed + 1)  # its own stream: the position draw leaves the no-answer draw unchanged
    row_of = {c.chunk_id: i for i, c in enumerate(chunks)}
    k = cfg.passages
    n_no = round(cfg.no_answer_fraction * len(qas))
    no_answer = set(rng.sample(range(len(qas)), n_no)) if n_no else set()
    rows = []
    for j, (qa, near) in enumerate(zip(qas, neighbours)):
        gold = chunks[row_of[qa.chunk_id]]
        # a distractor that also states the answer (overlapping chunks, repeated clauses) is not a distractor
        negs = [chunks[i] for i in near if chunks[i].chunk_id != gold.chunk_id and not supported(qa.answer, chunks[i].text)]
        if j in no_answer:
            passages, gold_index = negs[:k], None
            if not passages:
                dropped["no distractors"] += 1
                continue
            answer = NO_ANSWER
        else:
            passages = negs[: k - 1]
            if cfg.gold_position == "shuffle":
                gold_index = place.randint(1, len(passages) + 1)
            else:
                # the gold passage sits where the retriever ranks it (last when it falls outside the top k),
                # so training sees the position prior of inference: the best match is usually [1]
                ranked = [chunks[i].chunk_id for i in near]
                ahead = ranked.index(gold.chunk_id) if gold.chunk_id in ranked else len(ranked)
                gold_index = min(sum(1 for c in negs if c.chunk_id in ranked[:ahead]), len(passages)) + 1
            passages.insert(gold_index - 1, gold)
            answer = cite(qa.answer, gold_index)
        messages = build_messages(qa.question, passages, max_passage_chars=MAX_PASSAGE_CHARS)
        if gold_index is not None and not _fact_shown(qa, messages[1]["content"], gold_index):
            dropped["fact trimmed from passage"] += 1
            continue
        rows.append({
            "prompt": messages,
            "completion": [{"role": "assistant", "content": answer}],
            "metadata": {
                "chunk_id": gold.chunk_id, "source": gold.source, "page": int(gold.page), "section": gold.section,
                "kind": "no_answer" if gold_index is None else qa.kind,
                "gold_index": gold_index, "question": qa.question, "answer_plain": qa.answer,
            },
        })
    return rows


def _fact_shown(qa: QA, user_content: str, n: int) -> bool:
    """The gold passage as shown (after trimming) still holds the answer."""
    m = re.search(rf"^\[{n}\] [^\n]*\n(.*?)(?=\n\n\[\d+\] |\n\nQuestion: |\n\nEarlier questions: )", user_content, re.S | re.M)
    shown = m.group(1) if m else ""
    return (not qa.fact or _clean(qa.fact) in _clean(shown)) and supported(qa.answer, shown, 0.9)


def split_rows(rows: list[dict], eval_fraction: float, seed: int) -> tuple[list[dict], list[dict]]:
    """(source, section) groups go wholly to train or eval; every document keeps a train group.
    A group's side depends only on its name and the seed, so adding documents does not reshuffle."""
    groups = sorted({(r["metadata"]["source"], r["metadata"]["section"]) for r in rows})
    def score(g):
        return int(hashlib.sha256(f"{seed}|{g[0]}|{g[1]}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    held = {g for g in groups if score(g) < eval_fraction}
    by_doc = defaultdict(list)
    for g in groups:
        by_doc[g[0]].append(g)
    for doc, gs in by_doc.items():
        if all(g in held for g in gs):
            held.discard(max(gs, key=score))  # every document contributes to train
    if not held and eval_fraction > 0 and len(groups) > len(by_doc):
        # small corpora: hold out at least one section, from the document with the most sections
        doc = max(by_doc, key=lambda d: len(by_doc[d]))
        held.add(min(by_doc[doc], key=score))
    train = [r for r in rows if (r["metadata"]["source"], r["metadata"]["section"]) not in held]
    evals = [r for r in rows if (r["metadata"]["source"], r["metadata"]["section"]) in held]
    return train, evals


# --- cache, files, staleness --------------------------------------------------------------------


def _text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _generator_key(cfg: PairsConfig) -> str:
    return RULES_VERSION if cfg.generator == "rules" else f"llm:{cfg.base_url or 'local'}:{cfg.model or ''}"


def _read_cache(path: Path) -> dict[str, dict]:
    cache = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    row = json.loads(line)
                    cache[row["chunk_id"]] = row
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # a torn line costs one chunk's regeneration, nothing more
    except FileNotFoundError:
        pass
    return cache


def _write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def adapter_is_stale(ws: Workspace, train_sha: str, adapter: str = "default") -> bool:
    """True when a trained adapter records a train-data hash different from the new train.jsonl."""
    d = ws.adapter_dir(adapter)
    if not d.is_dir():
        return False
    for name in ("metrics.json", "training_config.json"):
        try:
            recorded = json.loads((d / name).read_text()).get("data_sha256")
        except (OSError, json.JSONDecodeError, AttributeError):
            continue
        if recorded:
            return recorded != train_sha
    return False


# --- entry point --------------------------------------------------------------------------------


def make_pairs(ws: Workspace, cfg: PairsConfig, ingest_cfg: IngestConfig | None = None, *,
               retriever=None, llm_call: Callable[[list[dict]], str] | None = None,
               progress: bool = True) -> PairsReport:
    """Generate, curate and assemble training pairs from the live index into ws.pairs_dir.

    retriever / llm_call can be injected (tests, notebooks); by default they are the project's
    hybrid retriever over the live index and `make_llm_call(ws, cfg)`.
    ingest_cfg is accepted for the `ingest` command's call; the embedder used for question dedup
    and negatives is always the one recorded in the index manifest (via the retriever).

    Raises:
        DomainbotError: no index yet, unknown generator, or the llm endpoint failed.
    """
    from tqdm.auto import tqdm

    t0 = time.perf_counter()
    if cfg.generator not in ("rules", "llm"):
        raise DomainbotError(f"unknown generator {cfg.generator!r}: use rules or llm")
    if cfg.gold_position not in ("rank", "shuffle"):
        raise DomainbotError(f"unknown gold position {cfg.gold_position!r}: use rank or shuffle")
    if not 0 <= cfg.no_answer_fraction < 1 or not 0 <= cfg.eval_fraction < 1 or cfg.passages < 1:
        raise DomainbotError("no_answer_fraction and eval_fraction must be in [0, 1) and passages >= 1")
    index_dir = ws.index_dir()
    if index_dir is None:
        raise DomainbotError(f"no index in {ws.root}: run `domainbot ingest FOLDER` first")
    if retriever is None:
        from ingest.retrieve import load_retriever

        retriever = load_retriever(ws, RetrieveConfig(k=cfg.passages, mode="hybrid"))
    chunks: list[Chunk] = list(retriever.chunks)
    report = PairsReport(generator=cfg.generator, chunks=len(chunks))
    ws.pairs_dir.mkdir(parents=True, exist_ok=True)

    # 1. generate per chunk, reusing the cache for unchanged chunks
    cache_path = ws.pairs_dir / "cache.jsonl"
    cache = _read_cache(cache_path)
    gkey = _generator_key(cfg)
    todo = [c for c in chunks if (cache.get(c.chunk_id) or {}).get("sha") != _text_sha(c.text)
            or cache[c.chunk_id].get("generator") != gkey]
    call = None
    if todo and cfg.generator == "llm":
        call = llm_call or make_llm_call(ws, cfg)
    for c in tqdm(todo, desc="pairs: generating", unit="chunk", disable=not progress or len(todo) < 20):
        items = rules_qas(c, cfg.max_per_chunk) if cfg.generator == "rules" else llm_qas(c, call, cfg.max_per_chunk)
        cache[c.chunk_id] = {"chunk_id": c.chunk_id, "sha": _text_sha(c.text), "generator": gkey,
                             "items": [asdict(qa) for qa in items]}
    live_ids = {c.chunk_id for c in chunks}
    cache = {cid: row for cid, row in cache.items() if cid in live_ids}  # pairs of removed chunks go
    _write_jsonl(cache_path, (cache[c.chunk_id] for c in chunks))
    report.chunks_generated = len(todo)
    qas = [QA(**it) for c in chunks for it in cache[c.chunk_id]["items"]]
    report.generated = len(qas)
    report.timings["generate_s"] = round(time.perf_counter() - t0, 2)

    # 2. curate
    t1 = time.perf_counter()
    dropped: Counter = Counter()
    encode = None
    try:
        embedder = retriever.embedder
        encode = (lambda texts: embedder.encode(texts, batch_size=128)) if embedder is not None else None
    except (DomainbotError, ImportError, AttributeError):
        encode = None  # normalised-text duplicates only
    qas = curate(qas, {c.chunk_id: c.text for c in chunks}, encode, dropped)
    report.timings["curate_s"] = round(time.perf_counter() - t1, 2)

    # 3. RAFT assembly: hard negatives from the project's own retriever, recomputed every run
    t2 = time.perf_counter()
    neighbours = _search_batch(retriever, [qa.question for qa in qas], cfg.passages + 3)
    report.timings["retrieve_s"] = round(time.perf_counter() - t2, 2)
    rows = assemble(qas, chunks, neighbours, cfg, dropped)
    report.kept = len(rows)
    report.dropped = dict(dropped)

    # 4. split and write
    train, evals = split_rows(rows, cfg.eval_fraction, cfg.seed)
    train_path, eval_path = ws.pairs_dir / "train.jsonl", ws.pairs_dir / "eval.jsonl"
    _write_jsonl(train_path, train)
    _write_jsonl(eval_path, evals)
    train_sha = file_sha256(train_path)
    report.train, report.eval = len(train), len(evals)
    report.train_path, report.eval_path = str(train_path), str(eval_path)
    report.per_kind = dict(Counter(r["metadata"]["kind"] for r in rows).most_common())
    report.per_source = dict(sorted(Counter(r["metadata"]["source"] for r in rows).items()))
    report.no_answer = report.per_kind.get("no_answer", 0)
    report.avg_prompt_chars = round(sum(len(r["prompt"][1]["content"]) for r in rows) / max(1, len(rows)), 1)
    report.stale_adapter = adapter_is_stale(ws, train_sha)
    report.seconds = round(time.perf_counter() - t0, 2)
    stats = {
        **asdict(report),
        "index": index_dir.name,
        "chunk_ids_sha256": hashlib.sha256("\n".join(sorted(live_ids)).encode()).hexdigest(),
        "train_sha256": train_sha,
        "config": asdict(cfg),
    }
    tmp = ws.pairs_dir / "stats.json.tmp"
    tmp.write_text(json.dumps(stats, indent=2))
    os.replace(tmp, ws.pairs_dir / "stats.json")
    return report


def print_pairs_report(report: PairsReport) -> None:
    p = print
    p(f"pairs ({report.generator}): {report.chunks} chunks, {report.chunks_generated} generated this run, "
      f"{report.generated} Q/A generated, {report.kept} kept in {report.seconds:.1f}s")
    if report.dropped:
        p("  dropped: " + ", ".join(f"{k} {v}" for k, v in sorted(report.dropped.items(), key=lambda t: -t[1])))
    p("  by kind: " + ", ".join(f"{k} {v}" for k, v in report.per_kind.items()))
    for src, n in report.per_source.items():
        p(f"  {n:6d}  {src}")
    p(f"  train {report.train}  eval {report.eval}  (no-answer {report.no_answer}; "
      f"avg prompt {report.avg_prompt_chars:.0f} chars)")
    p(f"  wrote {report.train_path} and {report.eval_path}")
    if report.kept == 0:
        p("  warning: no pairs kept; the documents may hold too little text", file=sys.stderr)
    if report.stale_adapter:
        p("adapter is stale: run `domainbot train`")
