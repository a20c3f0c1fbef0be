"""Curation: keep answers their chunk supports, drop near-duplicate questions."""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

import numpy as np

from chatbot.training.pairs.records import DUP_COSINE, MAX_ANSWER_CHARS, MAX_QUESTION_CHARS, MIN_SUPPORT, QA
from chatbot.training.pairs.text import NUMBER
from core.text import content_words


def supported(answer: str, text: str, min_support: float = MIN_SUPPORT) -> bool:
    """The answer's content words are (mostly) in the text and every number in it is."""
    words = content_words(answer)
    if not words:
        return False
    have = content_words(text)
    if len(words & have) / len(words) < min_support:
        return False
    numbers = set(NUMBER.findall(text))
    flat = text.replace(",", "")
    return all(n in numbers or n.replace(",", "") in flat for n in NUMBER.findall(answer))


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
