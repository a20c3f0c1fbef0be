"""The parts of a compound question ("How big is the deposit, and how long to return it?"), each a question
of its own, and the sentences of a question that tell the case rather than ask (verify/question.py reads
each part alone)."""
from __future__ import annotations

import re

from chatbot.answer.verify.tables import ASKING_WORDS, FRAME_WORDS
from chatbot.answer.verify.terms import stems, terms
from core.text import sentence_spans

QUESTION_WORDS = stems(ASKING_WORDS)  # the words a question uses to ask, not to name what it is about
_DESCRIBES = re.compile(r"\b(?<!how\s)(large|big|small|long|new)\b", re.I)


def describing_words(question: str) -> set[str]:
    """The asking words a question uses to describe its case instead ("for a large garden", not "how
    large"): they name a row ("Garden Size Large") as any other word would."""
    return stems(w.lower() for w in _DESCRIBES.findall(question))


# where a compound question asks its next part: "..., and how long ...", "...; can I ...", "... and the deposit"
_PART_BREAK = re.compile(r"[,;]\s*(?:and\s+|also\s+|plus\s+)?|\s(?:and|also|plus|as\s+well\s+as)\s+", re.I)
# a clause that asks ("how long ...", "for how long ...", "whether ...", "am I ...")
ASKING = re.compile(r"(?:(?:for|by|until|from|in|at)\s+(?=how|what|when|which)|)(?:how|what|when|where|who|whom|whose|which|why|whether|is|are|was|were|can|could|do|does|did|"
                   r"will|would|should|must|may|might|has|have|had|am)\b", re.I)
_ASKS_WH = re.compile(r"(?:(?:for|by|until|from|in|at)\s+)?(?:how\s+(?:long|much|many|often|soon)|when|where|who)\b", re.I)
_NAMES_THING = re.compile(r"(?:the|a|an|any|my|our|their|its|his|her|your)\s+[a-z]", re.I)
_FRAME = re.compile(r"\s*(?:how\s+\w+|what|when|where|who|which|whose)(?:\s+(?:is|are|was|were|do|does|did|must|"
                    r"can|should|will|would|has|have))?\b", re.I)


_CONDITION = re.compile(r"\s*(?:if|when|whenever|once|after|before|unless|since|because|although|given|suppose|"
                        r"supposing|assuming|in\s+case)\b", re.I)
# "When can the infusion be stopped and ...": "when" asking (an auxiliary follows), not a condition
_ASKS_WHEN = re.compile(r"\s*when\s+(?:can|could|do|does|did|is|are|was|were|should|must|will|would|may|might|has|"
                        r"have)\b", re.I)
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|this|that|these|those)\b", re.I)
_SUBJECT = re.compile(r"\b(?!(?:how|what|when|where|who|which|why|is|are|was|were|the|a|an|big|much|many|long|my|our|"
                      r"can|could|do|does|did|i|we|you)\b)[a-z][a-z'-]{2,}\b", re.I)


MAX_PARTS = 6
_SCENE_END = re.compile(r"[,;:]\s*|\s[-–]\s")  # "Brightwater HomeGuard: what ...", "Patient on 18 units - what rate"


def question_parts(question: str) -> list[str]:
    """The parts of a compound question, each a question of its own ("How big is the deposit, and how
    long to return it?" -> "How big is the deposit" / "how long to return it"; "What are the notice
    period and the deposit?" -> "What are the notice period" / "What are the deposit"). A list of
    names ("Harbor and Lumen", "terms and conditions") is not split. One part: [question]."""
    parts: list[str] = []
    spans = sentence_spans(question) or [(0, len(question))]
    asking = [(a, b) for a, b in spans if question[a:b].rstrip().endswith("?")]
    # "I forgot my atorvastatin this morning." sets the scene: no part to answer, but each part is asked of it
    told = " ".join(question[a:b].strip(" .") for a, b in spans if asking and b <= asking[0][0])
    for a, b in asking or spans:
        sentence = question[a:b].strip()
        scene = told
        if not (ASKING.match(sentence) or _FRAME.match(sentence)):
            # "For a clot in my leg, what dose ... and for how long?": the case before the first asking
            # clause is no part; each part is asked of it
            first = next((m for m in _SCENE_END.finditer(sentence) if ASKING.match(sentence, m.end())), None)
            if first is not None:
                scene, sentence = sentence[: first.start()].strip(" ,;:"), sentence[first.end():]
        pieces, last = [], 0
        breaks = list(_PART_BREAK.finditer(sentence))[:MAX_PARTS * 2]  # a question has a few parts, not hundreds
        for i, m in enumerate(breaks):
            rest = sentence[m.end() : breaks[i + 1].start() if i + 1 < len(breaks) else len(sentence)]
            head = sentence[last : m.start()]
            if not content_words_of(head) or not (content_words_of(rest) or _ASKS_WH.match(rest)):
                continue  # ("... and for how long?" asks a part of its own though it names nothing)
            if _CONDITION.match(sentence[last:]) and not _ASKS_WHEN.match(sentence[last:]):
                continue  # "If the supplier gets hacked and our data leaks, how fast ...": one question
            asks = ASKING.match(rest)
            thing = _NAMES_THING.match(rest) and _FRAME.match(sentence)
            if asks or thing:
                pieces.append(head)
                last = m.end()
        pieces.append(sentence[last:])
        frame = _FRAME.match(sentence)
        for i, piece in enumerate(pieces):
            piece = piece.strip(" ,;")
            if i and not ASKING.match(piece) and frame:
                # "the deposit" asks what the first part asks, of its own thing: "What should I do about my
                # ramipril and my HRT" -> "What should I do about my HRT"
                lead = frame.group(0).strip()
                if _NAMES_THING.match(piece):
                    first = _NAMES_THING.search(pieces[0], frame.end())
                    lead = pieces[0][: first.start()].strip() if first else lead
                piece = f"{lead} {piece}"
            if i and _PRONOUN.search(piece):  # "when is it due": "it" is the first part's subject
                piece = f"{piece} ({' '.join(_SUBJECT.findall(pieces[0]))})"
            if piece and scene:
                piece = f"{piece} ({scene})"
            if piece:
                parts.append(piece)
    asked = [p for p in parts if content_words_of(p)][:MAX_PARTS]
    return asked if len(asked) > 1 else [question]


def scene_spans(question: str) -> list[tuple[int, int]]:
    """The sentences that tell the case ("She is being treated for cystitis.") of a question that asks
    in another sentence. Their phrases are the story: a restriction is read where it is asked."""
    spans = sentence_spans(question, ".!?")
    if not any(question[a:b].rstrip().endswith("?") for a, b in spans):
        return []
    # (a statement: not a compound part's "(security deposit)", the subject its pronoun stands for)
    return [(a, b) for a, b in spans if question[a:b].rstrip().endswith((".", "!"))]


def content_words_of(text: str) -> set[str]:
    return terms(text).words - QUESTION_WORDS - FRAME_WORDS
