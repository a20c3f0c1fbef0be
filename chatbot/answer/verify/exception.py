"""A case's own rule beside the general one. "Give a bolus of 500 mL of crystalloid ... For patients with
heart failure or on dialysis, give 250 mL boluses." When the question names the case ("a patient with
known heart failure"), the sentence scoped to it answers, and the general sentence's value in the same
unit is the other patients'; when it does not, the general rule leads and the exception stays beside it.

    picked = case_rule(qa, picked, ranked) or picked   # verdict.quoted_answer
"""
from __future__ import annotations

import re
from typing import Sequence

from chatbot.answer.verify.question import QuestionTerms
from chatbot.answer.verify.scoring import Candidate
from chatbot.answer.verify.terms import LAY_TERMS, strip_label, terms

# "For patients with X, ...", "In adults taking X: ...", "Patients on X should ...", "If you have X, ..."
_WHO = r"(?:patients?|people|persons?|adults?|children|women|men|those|anyone|babies|infants|residents|members|customers|clients)"
_SCOPED = re.compile(
    rf"^(?:(?:for|in)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?{_WHO}\s+(?:with|on|who\s+(?:have|has|are|take)|taking|having)\s+"
    rf"(?P<a>[^,:;.]{{3,80}})[,:]"
    rf"|{_WHO}\s+(?:with|on|taking)\s+(?P<b>[^,:;.]{{3,80}}?)\s+(?:should|must|need|needs|may|can|are|get|have)\b"
    rf"|if\s+(?:you|the\s+patient|they|he|she)\s+(?:has|have|are|is|take|takes)\s+(?P<c>[^,:;.]{{3,60}})[,:])", re.I)
RATIO = 0.75  # the scoped sentence must score this close to the best: the reader still judged it an answer


def case_of(sentence: str) -> list[set[str]]:
    """The cases a sentence is scoped to, each as its content words' stems ("heart failure or on
    dialysis" -> [{heart, failur}, {dialysi}]); [] for a sentence of no one case."""
    m = _SCOPED.match(strip_label(sentence))
    if not m:
        return []
    case = next(g for g in m.groups() if g)
    return [w for part in re.split(r"\s+or\s+|\s*/\s*", case) if (w := terms(re.sub(r"^(?:on|with)\s+", "", part)).words)]


def _units(c: Candidate) -> set[str]:
    return {u for _, u in terms(c.text).quantities}


def case_rule(qa: QuestionTerms, picked: Sequence[Candidate], ranked: Sequence[Candidate]) -> list[Candidate] | None:
    """The quotes with the question's own case leading: the sentence scoped to a case every word of
    which the question names, in place of the general sentence (and any other quote) that gives a value
    in the same unit. None when the best quote is already scoped, or no such sentence is close."""
    best = picked[0]
    if case_of(best.text):
        return None
    asked = qa.terms.words
    named = lambda w: w in asked or bool(LAY_TERMS.get(w, frozenset()) & asked)  # noqa: E731
    for c in ranked[1:6]:
        if c.n != best.n or c.score < RATIO * best.score:
            continue
        cases = [case for case in case_of(c.text) if all(named(w) for w in case)]
        units = _units(c) & _units(best)
        if not cases or not units or any(case <= terms(best.text).words for case in cases):
            continue
        return [c] + [p for p in picked if p is not best and p is not c and not _units(p) & units]
    return None
