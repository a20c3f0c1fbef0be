"""What a question takes for granted. A premise's number ("Hobnail can raise the rental by 10% a year,
so ...?") is corrected by the sentence that says the rule; a price asked of one thing ("for an
accompanied viewing on a bank holiday") is not answered by the price of another."""
from __future__ import annotations

import functools
import re
from typing import Sequence

from chatbot.answer.verify.question import LAY_PHRASE, QUESTION_WORDS, QuestionTerms, premise_of
from chatbot.answer.verify.scoring import Candidate, Passage, Scorer
from chatbot.answer.verify.sections import source_words
from chatbot.answer.verify.tables import CONTRAST_KINDS, FRAME_WORDS
from chatbot.answer.verify.terms import LAY_TERMS, STOPWORDS, is_title, near, stem, strip_label, terms

_CLAIM_UNITS = frozenset({"%", "money", "day", "week", "month", "hour", "minute", None})  # not an age in years


def _dimension(unit: str) -> str:
    return "time" if unit in ("minute", "hour", "day", "week", "month", "year") else unit


def premise_correction(qa: QuestionTerms, ranked: list[Candidate], passages: Sequence[Passage], scorer: Scorer,
                       source: str) -> Candidate | None:
    """The sentence that corrects the number a question's premise states: "Hobnail can raise the
    rental by 10% every year, so ...?" -> "The Owner may increase the Rental once a year by up to 5%".
    It says what the premise is about (a good share of its words) with the same unit and another
    value, and never the premise's own. None when the question states no number as a claim."""
    premise = premise_of(qa.text)
    if not premise:
        return None
    pt = terms(premise)
    # a weight, an age or a result is the case's own measurement, no claim about the rules
    case = {v.number for v in qa.values if v.unit not in _CLAIM_UNITS}
    claims = {(n, u) for n, u in pt.quantities | {(m, "money") for m in pt.money} if float(n) not in case}
    words = pt.words - QUESTION_WORDS - source_words(source) - {stem(w.lower()) for n in qa.terms.names for w in n.split()}
    # without a number, a sentence that says the premise's thing the other way: "This loan is unsecured"
    # for "my loan is secured against my car", "Never stop your background insulin" for "I should stop it"
    polar = not claims and not pt.negated
    if polar and pt.numbers:
        return None  # its numbers are the case's own ("CrCl 42 mL/min - what dose ..."): no claim to correct
    need = (0.5 if polar else 0.4) * sum(scorer.idf(w) for w in words)
    for c in ranked:
        if passages[c.n - 1].source != source or is_title(c.text):
            continue
        ct = terms(strip_label(c.text))
        said = ct.quantities | {(m, "money") for m in ct.money}
        if polar:
            if not (ct.negated or any(f"un{w}" in ct.words or f"non{w}" in ct.words for w in words)):
                continue
        elif said & claims or not any(_dimension(u) == _dimension(v) and n != m for n, u in claims for m, v in said):
            continue
        said_words = ct.words | terms(passages[c.n - 1].context).words  # "it" of "3. Rental": the rental
        held = {w for w in words if w in said_words or near(w, said_words) or LAY_TERMS.get(w, frozenset()) & said_words}
        if need > 0 and sum(scorer.idf(w) for w in held) >= need:
            return c
    return None


# what a price question asks the price of: "how much does Swiftbarrow charge to collect a parcel from
# a home address", "what do they charge for an accompanied viewing on a bank holiday"
_CHARGED_FOR = re.compile(r"\b(?:charge|charges|cost|costs|pay|fee|price)\s+(?:\w+\s+){0,2}?(?:to|for)\s+"
                          r"((?:\(?[a-z][\w'-]*\)?\s+){0,7}\(?[a-z][\w'-]*)", re.I)  # ("on hold (freeze)": a lay word's reading too)


# "how much does the client portal module cost per user", "what will a second key cost", "how much stamp
# duty will she pay"
_COSTS = re.compile(r"\b(?:how\s+much|what)\s+(?:does|do|will|would|did)\s+((?:[a-z][\w'-]*\s+){0,6}?[a-z][\w'-]*)\s+cost\b|"
                    r"\bhow\s+much\s+((?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*)\s+(?:will|would|do|does|did|must|should)\s+"
                    r"(?:[a-z][\w'-]*\s+){1,3}?pay\b", re.I)
# no thing priced: "cost to get it back", "charge for taking it away" (the thing is the pronoun's, named before)
_DOING = frozenset(stem(w) for w in "put get make do keep take give have use back again out up off away remove done".split())


def charged_for_elsewhere(qa: QuestionTerms, best: Candidate, passages: Sequence[Passage], scorer: Scorer,
                          beside: Sequence[Candidate] = ()) -> bool:
    """A price question whose best sentence prices another thing: it names less than half (by weight)
    of what the price is asked for ("collect a parcel from a home address" against a fuel surcharge).
    `beside`: sentences quoted with it, which may name the thing ("Language consultancy, full day"
    above "Consultancy on a Saturday")."""
    kinds = {qa.kind.kind, *(k.kind for k in qa.kind.also)} if qa.kind else set()
    m = _CHARGED_FOR.search(qa.text) if "money" in kinds else None
    # "what will the annual resident permit cost": the thing is the subject, which a table's rows leave to
    # their passage ("3.1 Annual resident permit prices ..."): it is looked for in the whole passage
    costs = None if m or "money" not in kinds else _COSTS.search(qa.text)
    m = m or costs
    if not m:
        return False
    naming = source_words(passages[best.n - 1].source) | {stem(w.lower()) for n in qa.terms.names for w in n.split()}
    asked = m.group(1) or m.group(2)
    for pattern, _ in LAY_PHRASE:  # "on hold (freeze)": the document's word stands for the phrase
        asked = pattern.sub(" ", asked)
    thing = terms(asked).words - QUESTION_WORDS - FRAME_WORDS - naming - _DOING
    if not thing:
        return False
    text = strip_label(best.text)
    if best.header is not None:
        text = passages[best.n - 1].text[best.header[0] : best.header[1]] + "\n" + text
    said = terms(text).words.union(*(terms(c.text).words for c in beside))
    if costs and costs.group(1):  # ("how much X will she pay": the sentence priced must name X, as for a charge)
        said |= terms(passages[best.n - 1].text).words
    held = {w for w in thing if w in said or near(w, said) or LAY_TERMS.get(w, frozenset()) & said}
    return sum(scorer.idf(w) for w in held) < 0.5 * sum(scorer.idf(w) for w in thing)


_KIND_OF = {w: (g, k) for g, group in enumerate(CONTRAST_KINDS) for k, kind in enumerate(group.split()) for w in kind.split("/")}
_WORD = re.compile(r"[a-z][a-z-]*")


@functools.lru_cache(maxsize=256)
def _asked_kinds(question: str) -> tuple:  # (group, kind, the words of the thing it is a kind of)
    q = _WORD.findall(question.lower())
    return tuple((*_KIND_OF[w], frozenset(q[i + 1:i + 3]) - STOPWORDS - set(_KIND_OF)) for i, w in enumerate(q) if w in _KIND_OF)


def other_kind_quoted(question: str, quote: str) -> bool:
    """Whether the quote gives another kind of the thing the question asks of ("what maintenance
    dose ...?" against "Loading dose 750 mg"), without saying the asked kind (CONTRAST_KINDS)."""
    asked = _asked_kinds(question)
    if not asked:
        return False
    said = _WORD.findall(quote.lower())
    for group, kind, things in asked:
        if things and not any(_KIND_OF.get(w) == (group, kind) for w in said) and any(
                _KIND_OF.get(w, (None,))[0] == group and things & set(said[j + 1:j + 3]) for j, w in enumerate(said)):
            return True
    return False
