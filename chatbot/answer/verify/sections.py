"""Where a sentence stands in its passage: the words of its own section (a chunk may run into the
next section: "5. Ondavetron ..." after "4. Cefaroxin"), and the words that name a passage's document
(its file name). The Scorer reads each sentence with these (verify/scoring.py)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Protocol, Sequence

from chatbot.answer.verify.terms import Terms, terms


class Passage(Protocol):  # verify.scoring.Passage
    text: str
    context: str


@lru_cache(maxsize=1024)
def source_words(source: str) -> frozenset[str]:
    """Stems of a file name's words: "legal/commercial_lease_ashgrove.pdf" -> commerci, leas, ashgrov."""
    name = re.sub(r"\.pdf$", "", source.rsplit("/", 1)[-1], flags=re.I)
    return frozenset(terms(re.sub(r"[_\-.]+", " ", name)).words)


def passage_contexts(passages: Sequence[Passage]) -> dict[int, Terms]:
    return {n: terms(f"{p.context}\n{p.text}") for n, p in enumerate(passages, 1)}


_TOP_NUMBER = re.compile(r"^\s*(\d{1,2})\.?\s+(?=[A-Z])")


def section_starts(p: Passage) -> list[int]:
    return list(_section_starts(p.text, p.context))


@lru_cache(maxsize=256)
def _section_starts(text: str, context: str) -> tuple[int, ...]:
    """Where a section after the passage's own starts inside it: the next top-level number after the
    section's ("5. Ondavetron ..." in a chunk of "4. Cefaroxin"), or a heading line. A row of the
    Cefaroxin table is read with its own section's words, not the next drug's."""
    from ingest.chunk import find_headings  # the chunks' own heading rules

    starts = {off for off, _ in find_headings(text) if off > 0}
    m = re.search(r"(?:^|\s)(\d{1,2})\.?\s+[A-Z]", context)
    at = int(m.group(1)) if m else None
    pos = 0
    for line in text.split("\n"):
        if pos > 0 and line.rstrip().endswith("?"):
            starts.add(pos)  # a leaflet's question heads the answer below it
        n = _TOP_NUMBER.match(line)
        if at is not None and n and int(n.group(1)) == at + 1 and pos > 0 and not line.rstrip().endswith((".", ";", ",", ":")):
            starts.add(pos)
            at += 1
        pos += len(line) + 1
    return tuple(sorted(starts))


def block_context(passage: Passage, whole: Terms, starts: list[int], at: int) -> Terms:
    """The words around a sentence at `at`: its section's part of the passage (the whole passage and
    its label when the passage holds one section)."""
    if not starts:
        return whole
    i = bisect.bisect_right(starts, at)
    lo = starts[i - 1] if i else 0
    hi = starts[i] if i < len(starts) else len(passage.text)
    return terms(f"{passage.context}\n{passage.text[lo:hi]}" if not i else passage.text[lo:hi])
