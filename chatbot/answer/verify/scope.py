"""A document's scope: a case it says it does not cover is not answered from it.

"What is the enoxaparin dose for a pregnant woman?" read against a protocol that says "It does not
cover pregnant patients (see obstetric protocol OB-11)" is refused, though the protocol is full of
enoxaparin doses; so is "the critical potassium limits for a 10 year old" against limits that
"apply to patients aged 16 and over". A question that asks which document to follow instead is
answered by the exclusion itself ("see obstetric protocol OB-11").
"""
from __future__ import annotations

import re
from typing import Sequence

from chatbot.answer.asked import question_ages
from chatbot.answer.verify.question import QUESTION_WORDS, QuestionTerms
from chatbot.answer.verify.scoring import Passage
from chatbot.answer.verify.tables import ADULT_WORDS, CHILD_WORDS, FRAME_WORDS
from chatbot.answer.verify.pieces import is_table_like, row_headings
from chatbot.answer.verify.terms import LAY_TERMS, STOPWORDS, stem, stems, terms
from core.text import sentence_spans
from ingest.clean import is_heading

# "does not cover", "does not apply to", "not for", "excludes": what follows is left out of the document
_EXCLUDES = re.compile(r"\b(?:(?:does|do|shall|will|is|are)\s+not\s+(?:apply|cover|extend|include|intended)|"
                       r"not\s+(?:for|intended\s+for|suitable\s+for|to\s+be\s+used\s+(?:for|in))|excludes?|excluding|"
                       r"except\s+for|other\s+than)\b", re.I)
_FORBIDS = re.compile(r"\b(?:not|never|no|prohibited|forbidden|banned)\b", re.I)
# "adults aged 18 and over", "patients aged 16 or over", "16 years and older"
_MIN_AGE = re.compile(r"\baged?\s+(\d{1,2})\s*(?:years?\s*)?(?:and|or)\s+(?:over|older|above)\b|"
                      r"\b(\d{1,2})\s*years?\s*(?:and|or)\s+(?:over|older|above)\b", re.I)
# the oldest a scope covers: "for children aged 3 months to 12 years", "for children up to 11 years"
_MAX_AGE = re.compile(r"\baged?\s+\d{1,2}\s*(?:months?|years?)?\s*(?:to|-|–)\s*(\d{1,2})\s*years?\b|"
                      r"\b(?:children|child)\s+(?:aged\s+)?(?:up\s+to|under)\s+(\d{1,2})\s*(?:years?)?\b", re.I)
# a question asking which document or rules to follow instead: the exclusion's "see protocol HT-09" answers it
_ASKS_DOCUMENT = re.compile(r"\b(?:which|what)\s+(?:\w+\s+){0,2}(?:guideline|guidance|protocol|policy|procedure|"
                            r"document|leaflet|pathway|rules?)s?\b", re.I)
_CODE = re.compile(r"\b([A-Za-z]+)[-/]?\d")  # "CG-117", "DT03": a document's code names it, it is no case
ADULT_AGE = 18
# "Exclude cases and contacts from work, nursery and school": people kept away from a place, no scope
_KEPT_AWAY = re.compile(r"\bexcluded?\b[^.;:]{0,60}?\bfrom\s+(?:work|school|nursery|childcare|"
                        r"college|class|sport|the\s+(?:ward|unit|premises|setting))\b", re.I)
_BACK = re.compile(r"\s*(?:to\s+)?(?:them|it|these|those|this|that|him|her)\b", re.I)
# "..., and clause 2.2 does not apply": another clause is set aside, no case left out of the document
_CLAUSE_SET_ASIDE = re.compile(r"\b(?:clause|section|paragraph|condition|rule)s?\s+\d[\d.]*(?:\([a-z]\))?\s*$", re.I)
_NEXT_CLAUSE = re.compile(r"\n\s*\d+(?:\.\d+)*\.?\s")  # "\n1.3 ", "\n2. "
# words of a scope statement ("these limits apply to patients aged 16 and over", "only for adults")
_SCOPE_WORDS = re.compile(r"\b(?:appl(?:y|ies)|cover(?:s|ed)?|intended|suitable|only|restricted|licensed|"
                          r"for\s+(?:use\s+in\s+)?(?:adults|patients|people|children|women|men)|"
                          r"(?:leaflet|guideline|guidance|protocol|chart|booklet|information)\s+(?:is\s+)?for)\b", re.I)
CHILD = stems(CHILD_WORDS)
# "children aged 6 and over may use Product B instead": an option for some, no limit on who the document covers
_PERMITS = re.compile(r"\b(?:may|can|could|instead)\b", re.I)
# what a case of any child is excluded by: "does not cover children", not "babies under 1 month" (a toddler)
ANY_CHILD = stems(("child", "children", "paediatric", "pediatric", "kid", "kids"))
ADULT = stems(ADULT_WORDS)


def asks_for_document(question: str) -> bool:
    return bool(_ASKS_DOCUMENT.search(question))


# "does the rent include the water bill", "is flood damage covered": the exclusion is the answer (no)
_ASKS_INCLUDED = re.compile(r"^\s*(?:does|do|is|are|will|would)\b[^?]*\b(?:include[sd]?|cover(?:s|ed)?|appl(?:y|ies)\s+to)\b", re.I)


def asks_if_included(question: str) -> bool:
    return bool(_ASKS_INCLUDED.search(question))


def _is_title(text: str) -> bool:
    return is_heading(text.strip())


def excluded_case(qa: QuestionTerms, passages: Sequence[Passage], source: str) -> list[tuple[int, int, int]]:
    """The sentences (n, start, end) of `source`'s shown passages that leave the question's case out:
    "It does not cover children" for "a 12 year old"; "These limits apply to patients aged 16 and
    over" for "a 10 year old"; a section headed "(adults)" for a child ((n, 0, 0): no sentence). A
    word of the question is an excluded case when the document names it only to exclude it: a word
    it also uses elsewhere ("pneumonia" in "does not apply to hospital-acquired pneumonia") is its
    subject. Empty: the case is in scope."""
    codes = {stem(m.group(1)) for m in _CODE.finditer(qa.text)}
    asked = qa.terms.words - QUESTION_WORDS - FRAME_WORDS - codes
    ages = question_ages(qa.text)
    child = bool(asked & CHILD) or any(a < ADULT_AGE for a in ages)
    case = asked | (ANY_CHILD if child else set())
    shown = [(n, p) for n, p in enumerate(passages, 1) if p.source == source]
    excluding, used, adult_only = [], set(), False
    for n, p in shown:
        adult_only = adult_only or bool(ADULT & terms(p.context).words)  # "3. Critical limits (adults)"
        listed_to = 0  # the end of an exclusion's list: its items are what it leaves out, not the subject
        for a, b in sentence_spans(p.text):
            text = p.text[a:b]
            if a < listed_to:
                continue
            m = _EXCLUDES.search(text)
            if m and m.group(0)[0].lower() in "eo" and _FORBIDS.search(text[: m.start()]) or m and _KEPT_AWAY.search(text):
                m = None  # "Private generators are not allowed, except for ...": an exception to a ban, no scope;
                # "exclude contacts from work": people kept away
            # "apply to patients aged 16 and over" sets a scope; a dose table's row "12 years and over" does not
            # (a row read with its headings, "Body weight 40 kg and over, Age 12 years and over, Dose ...", too)
            scoping = (bool(_SCOPE_WORDS.search(text)) and not is_table_like(text) and not row_headings(text)
                       and not _PERMITS.search(text))
            ages_from = [int(g) for mm in _MIN_AGE.finditer(text) for g in mm.groups() if g] if scoping else []
            ages_to = [int(g) for mm in _MAX_AGE.finditer(text) for g in mm.groups() if g] if scoping else []
            if ages_from and any(age < ages_from[0] for age in ages) or ages_to and any(age >= ages_to[0] + 1 for age in ages):
                excluding.append((n, a, b, set()))  # "aged 16 and over" for "a 10 year old"; "to 12 years" for a 14-year-old
            elif m:
                # "Not for use in pregnancy or under 18s: contact the ... Alcohol Liaison Team": what follows
                # the colon says what to do instead ("does not apply to: jewellery, ..." lists what it leaves out)
                left_out = re.split(r"[:;]\s*(?=\S)", text[m.end():], maxsplit=1)[0]
                left_out = left_out if terms(left_out).words else text[m.end():]
                if not terms(left_out).words and text.rstrip().endswith(":"):
                    # "It does not apply to:" and its list below, up to the next numbered clause
                    after = p.text[b : b + 600]
                    clause = _NEXT_CLAUSE.search(after)
                    left_out = after[: clause.start()] if clause else after
                    listed_to = b + len(left_out)
                if not terms(left_out).words and _CLAUSE_SET_ASIDE.search(text[: m.start()]):
                    continue
                if terms(left_out).words or not _BACK.match(text[m.end():]):  # ("does not apply to them": a thing named before)
                    excluding.append((n, a, b, terms(left_out).words))
            elif not _is_title(text):
                words = terms(text).words
                used |= words
                adult_only = adult_only or bool(ADULT & words and (_MIN_AGE.search(text) or len(words) <= 8))
    out = []
    qualified = _qualified(qa.text)
    for n, a, b, left_out in excluding:
        named = {w for w in case - used if (w in left_out or LAY_TERMS.get(w, frozenset()) & left_out)
                 and not LAY_TERMS.get(w, frozenset()) & used
                 and not any(m not in left_out and not LAY_TERMS.get(m, frozenset()) & left_out for m in qualified.get(w, ()))}
        if not left_out or named:
            out.append((n, a, b))
    if not out and child and adult_only and not used & CHILD:
        out = [(n, 0, 0) for n, _ in shown[:1]]  # in scope only for adults: no sentence to quote
    return out


def _qualified(question: str) -> dict[str, set[str]]:
    """The question's words said with a qualifier before them ("a skin infection" -> infect: {skin}): a
    scope that leaves out "diabetic foot infection" or "hospital-acquired pneumonia" leaves out another
    kind of the thing unless it says the qualifier too."""
    out: dict[str, set[str]] = {}
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", question)
    for before, word in zip(words, words[1:]):
        m, w = stem(before.lower()), stem(word.lower())
        if before.lower() not in STOPWORDS and m not in QUESTION_WORDS | FRAME_WORDS and not before[0].isupper():
            out.setdefault(w, set()).add(m)
    return out
