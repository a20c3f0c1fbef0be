"""Chunks read beside the retrieved ones, because a document says once what its other chunks rely on:
the row of a table cut into chunks that holds the question's case, the opening that sets the
document's scope, and the definition that gives a defined term its value."""
from __future__ import annotations

import functools
import re
from typing import Sequence

from chatbot.answer.asked import question_ages, question_bands, question_values
from chatbot.answer.prompt import neutralise
from chatbot.answer.ranges import band_fit
from chatbot.answer.verify import Passage
from chatbot.answer.verify.question import analyse_question
from chatbot.answer.verify.scope import ADULT, CHILD, excluded_case
from core.schema import Hit


def row_beside(hits: Sequence[Hit], question: str, chunks: Sequence, rows: dict[str, int]) -> Hit | None:
    """The chunk beside a retrieved table chunk that holds the row of the question's case, when no
    retrieved chunk does: a dosing table cut into chunks puts "21.1 to 25.0 kg" beside the rows that
    were found for "weighs 23 kg" ("41 to 50 kg", "Under 8.0 kg"). None when there is nothing to add."""
    values, asked = question_values(question), question_bands(question)
    if not values and not asked:
        return None

    def fits(chunk) -> list[int]:
        return [band_fit(values, line, asked, row=True) for line in chunk.text.splitlines()[:200]]

    seen = {h.chunk.chunk_id for h in hits}
    tables = []
    for h in hits:
        found = fits(h.chunk)
        if 1 in found:
            return None  # a retrieved row already holds the case
        if -1 in found:
            tables.append(h)  # a table of the case's quantity whose shown rows leave it out
    for h in tables:
        at = rows.get(h.chunk.chunk_id)
        for i in (at - 1, at + 1, at - 2, at + 2) if at is not None else ():
            if 0 <= i < len(chunks):
                c = chunks[i]
                if (c.chunk_id not in seen and c.source == h.chunk.source and c.section == h.chunk.section
                        and c.collection == h.chunk.collection and 1 in fits(c)):
                    return Hit(chunk=c, score=h.score, rank=len(hits) + 1, dense_score=h.dense_score,
                               document=h.document)
    return None


def scope_beside(hits: Sequence[Hit], question: str, documents: dict[str, list]) -> Hit | None:
    """The opening chunk of the best hit's document when it leaves the question's case out of its
    scope ("For adults aged 18 and over only" for "a 6-year-old", "for children aged 3 months to 12
    years" for a 14-year-old) and was not retrieved: a scope is stated once, at the top, and the
    passages found for the dose never say it. None when there is nothing to add."""
    qa = analyse_question(question)
    if not question_ages(question) and not (qa.terms.words & (CHILD | ADULT)):
        return None
    top, seen = hits[0], {h.chunk.chunk_id for h in hits}
    for c in documents.get(top.chunk.source, [])[:2]:
        if c.chunk_id in seen or c.collection != top.chunk.collection:  # (a scoped key sees only its collections)
            continue
        shown = [Passage(neutralise(c.text), context=f"{c.source} {c.section}", source=c.source)]
        if excluded_case(qa, shown, c.source):
            return Hit(chunk=c, score=top.score, rank=len(hits) + 1, dense_score=top.dense_score, document=top.document)
    return None


# a contract's defined term with its value: '"Termination Date" means 31 January 2027'
_DEFINES = re.compile(r"[\"“]([A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){1,4})[\"”]\s+(?:means|is|shall mean)\b[^.;\n]*?\d")


@functools.lru_cache(maxsize=4096)
def _defined_terms(text: str) -> tuple[str, ...]:
    return tuple(m.group(1).lower() for m in _DEFINES.finditer(text))


def definition_beside(hits: Sequence[Hit], question: str, documents: dict[str, list]) -> Hit | None:
    """The chunk of the best hit's document that defines a term the question names, with a value
    ('"Termination Date" means 31 January 2027' for "what is his termination date"), when no retrieved
    chunk does: a contract states the value once, in its definitions, and uses the term everywhere
    else. None when there is nothing to add."""
    top, seen = hits[0], {h.chunk.chunk_id for h in hits}
    asked = " ".join(re.findall(r"[a-z0-9'’-]+", question.lower()))
    found = None
    for c in documents.get(top.chunk.source, []):
        if c.collection != top.chunk.collection:
            continue
        for term in _defined_terms(c.text):
            if re.search(rf"\b{re.escape(term)}\b", asked) and (found is None or len(term) > len(found[0])):
                found = (term, c)
    if found is None or found[1].chunk_id in seen:
        return None
    return Hit(chunk=found[1], score=top.score, rank=len(hits) + 1, dense_score=top.dense_score, document=top.document)
