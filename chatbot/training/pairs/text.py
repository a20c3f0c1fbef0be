"""Reading legal and medical text for the rules generator: sentences, headings, tables, clauses,
and the regular expressions for amounts, doses, durations and obligations."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from core.text import STOPWORDS, content_words, split_sentences

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORDNUM = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|"
            "twenty-one|twenty-eight|thirty|forty|forty-five|fifty|sixty|ninety|hundred")
_NUM = r"\d+(?:[.,]\d+)*"
_RANGE = rf"{_NUM}(?:\s?(?:-|–|to)\s?{_NUM})?"
# "(?<!\d[.,])": a number is matched from its first digit, not again from each digit after a "," or "."
# (tried from every "1," of "1,1,1,..." the patterns below were quadratic)

AMOUNT = re.compile(
    rf"(?:[$£€¥]\s?{_NUM}(?:\s?(?:million|billion|thousand|m|bn|k)\b)?"
    rf"|\b(?:USD|EUR|GBP|AUD|CAD|CHF|INR|NZD|ZAR)\s?{_NUM}(?:\s?(?:million|billion|thousand))?"
    rf"|\b(?<!\d[.,]){_NUM}\s?(?:dollars|pounds|euros|USD|EUR|GBP)\b)", re.I)
PERCENT = re.compile(rf"\b(?<!\d[.,]){_RANGE}\s?(?:%|per ?cent\b)", re.I)
DOSE = re.compile(
    rf"\b(?<!\d[.,]){_RANGE}\s?(?:mg|mcg|µg|μg|micrograms?|milligrams?|grams?|g|ml|mL|units?|IU|mmol|mEq)"
    rf"(?:\s?/\s?(?:kg|m2|m²|day|dose|hour|h|ml|mL|min|24 ?h(?:ours)?))*(?![\w/])", re.I)
DURATION = re.compile(
    rf"\b(?<!\d[.,])(?:{_RANGE}|(?:{_WORDNUM})(?:\s?\({_NUM}\))?)\s?(?:business |working |calendar |clear |consecutive )?"
    r"(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?)(?:['’](?!s))?(?![\w])", re.I)
FREQUENCY = re.compile(
    r"\b(?:(?:once|twice|three times|four times|\d+\s?times)\s(?:a |per |each )?(?:day|daily|week|weekly|month|year)"
    rf"|every\s{_RANGE}\s?(?:hours?|hrs?|days?|weeks?|months?)|(?:once|twice) (?:daily|weekly|monthly))\b", re.I)
QUALIFIER = re.compile(
    r"\b(?:at least|not less than|no less than|not more than|no more than|up to|a maximum of|a minimum of|"
    r"maximum of|minimum of|within|no later than|not later than|of|for|about|approximately|exceeding|over)\s*$", re.I)

VERB_GROUP = re.compile(
    r"\b(shall not|shall|must not|must|may not|may|will not|will|should not|should|cannot|can|"
    r"is required to|are required to|is entitled to|are entitled to|is obliged to|are obliged to|"
    r"is responsible for|are responsible for|is|are)\b")
OBLIGATION = re.compile(r"\b(shall|must|may|is entitled to|are entitled to|is required to|are required to|"
                         r"is obliged to|are obliged to|is responsible for|are responsible for)\b")
PRONOUNS = {"it", "he", "she", "they", "this", "that", "these", "those", "which", "who", "such", "there", "we",
             "you", "i", "each", "any", "either", "neither", "all", "both", "one", "what", "whom", "whose", "nothing"}
LEAD_ENUM = re.compile(r"^\s*(?:\(?[a-z0-9]{1,4}[.)]|\d+(?:\.\d+)*\.?|[•\-–*])\s+", re.I)
BOUNDARY = {"in", "on", "at", "by", "within", "for", "to", "from", "with", "after", "before", "and", "or", "unless",
             "if", "which", "that", "provided", "subject", "including", "without", "during", "until", "where",
             "when", "than", "as", "per", "under", "into", "upon", "prior", "following", "so", "but", "every",
             "once", "twice", "daily", "each", "monthly", "weekly", "yearly", "annually", "quarterly", "promptly",
             "immediately", "forthwith", "only", "not", "is", "are", "was", "be", "has", "have", "will", "shall", "must",
             "may", "can", "contains", "includes", "means", "increases", "reduces", "requires", "applies", "continues",
             "starts", "remains", "becomes", "gives", "takes", "makes", "provides", "covers", "exceeds", "should"}
PARTIES = {"tenant", "landlord", "lessee", "lessor", "employee", "employer", "contractor", "client", "supplier",
            "customer", "buyer", "seller", "licensee", "licensor", "borrower", "lender", "patient", "company",
            "provider", "recipient", "party", "parties", "purchaser", "vendor", "guarantor", "consultant", "member",
            "user", "clinician", "prescriber", "nurse", "doctor", "practitioner", "owner", "occupier", "agent"}
DEF_QUOTED = re.compile(r"[\"“']([^\"”']{2,60})[\"”']\s+(?:means|shall mean|has the meaning|refers to|is defined as|"
                         r"includes|shall include)\b", re.I)
DEF_PLAIN = re.compile(r"^(?:[Tt]he\s+)?([A-Za-z][\w\-]*(?:\s+[\w\-]+){0,4}?)\s+(?:means|shall mean|refers to|is defined as)\b")
LABEL = re.compile(r"^([A-Z][\w\-/()' ]{1,48}?)\s*:\s+(\S.{8,})$")
HEADING_NUM = re.compile(r"^(?:section|clause|article|part|chapter)?\s*(\d+(?:\.\d+)*|[IVX]+|[A-Z])[.):]?\s+(.+)$", re.I)


def doc_title(source: str) -> str:
    """'legal/Commercial_Lease-Ashgrove.pdf' -> 'commercial lease ashgrove' (how a user names the document)."""
    stem = Path(source).stem
    stem = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", stem)  # camelCase
    words = [w for w in re.split(r"[\s_\-.+]+", stem) if w]
    return " ".join(words).lower() or source


def squash_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def paragraph_sentences(paragraph: str) -> list[str]:
    """Sentences of a reflowed paragraph; clauses joined by ";" or ":" stay whole (a question needs them),
    and each bullet of a bullet list reflowed into one line stands alone."""
    parts = re.split(r"\s*•\s*", paragraph) if "•" in paragraph else [paragraph]
    return [s for part in parts if part.strip() for s in split_sentences(part, enders=".!?")]


def is_table_row(line: str) -> bool:
    cells = table_cells(line)
    numeric = sum(1 for c in cells if NUMBER.search(c))
    return len(cells) >= 3 and numeric >= 2 and len(line) <= 200


def table_cells(line: str) -> list[str]:
    if "|" in line:
        return [c.strip() for c in line.strip().strip("|").split("|") if c.strip()]
    return [c.strip() for c in re.split(r"\t|\s{2,}", line.strip()) if c.strip()]


def punctuated_words(text: str) -> list[str]:
    return re.findall(r"[\w’'%/.\-]+[,;:]?", text)


def noun_phrase(words: list[str], max_words: int = 5) -> str:
    """A short noun-phrase-ish topic: words up to the first boundary word or punctuation."""
    out = []
    for w in words:
        bare = w.strip(".,;:()\"“”'").lower()
        if not bare or (out and bare in BOUNDARY) or w[:1] in "(\"“" and out:
            break
        if bare in BOUNDARY and not out:
            continue
        out.append(w.strip(",;:()\"“”"))
        if w.endswith((",", ";", ":", ")")) or len(out) >= max_words:
            break
    while out and out[-1].lower() in STOPWORDS | {"its", "their", "a", "an", "the", "of"}:
        out.pop()
    return " ".join(out)


def lower_first(s: str) -> str:
    """'The Tenant' -> 'the Tenant'; keeps acronyms and proper names."""
    first = s.split(" ", 1)[0]
    common = first.lower() in STOPWORDS or first.lower().rstrip("s") in PARTIES or first.lower() in PARTIES
    if first in ("The", "A", "An", "Each", "Any", "Every", "No", "All", "Either", "Neither", "Both") or (first.istitle() and common):
        return first.lower() + s[len(first):]
    return s


def is_sentence(text: str) -> bool:
    """Prose, not a flattened table row or a heading: starts like a sentence, ends with a full stop,
    and is not mostly numbers."""
    tokens = text.split()
    numeric = sum(1 for t in tokens if NUMBER.fullmatch(t.strip("().,;:%")))
    capitalised = sum(1 for t in tokens[1:] if t[:1].isupper())
    return bool(re.match(r"[\"“(A-Z0-9]", text)) and text.rstrip().endswith((".", ")", "!")) \
        and numeric <= 0.2 * len(tokens) and capitalised <= 0.5 * max(1, len(tokens) - 1)


def trim_answer(sentence: str, fact: str, limit: int = 300) -> str:
    """Keep the answer to one sentence of <= ~300 chars: cut to the clause holding the fact if longer."""
    s = LEAD_ENUM.sub("", squash_spaces(sentence))
    if not is_sentence(s) and not LABEL.match(s):
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


def parse_clause(sentence: str) -> _Clause | None:
    """Subject + modal/copula + predicate, when the sentence has that plain shape."""
    s = LEAD_ENUM.sub("", squash_spaces(sentence))
    m = VERB_GROUP.search(s)
    if not m:
        return None
    subject = s[: m.start()].strip()
    if "," in subject:  # "Subject to clause 4, the Tenant" / "If the Tenant defaults, the Landlord"
        subject = subject.rsplit(",", 1)[1].strip()
    subject = subject.strip("\"“”()")
    words = subject.split()
    if not 1 <= len(words) <= 7 or (len(words) == 1 and words[0].lower() in PRONOUNS) \
            or words[0].lower() in BOUNDARY | {"if", "when", "where", "unless", "and", "or", "which", "that", "who", "it",
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
        if pw[1].lower() in BOUNDARY or not re.search(r"(?:ed|en|wn|id|ne|lt|pt|nt|ught|un|de)$", pw[1].lower()):
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
