"""Typos: of the questions the reader answers with their key facts, how many it still answers when two of
their words are misspelt (a swapped, dropped, doubled or changed letter, seeded by the question's id).
Questions of the kinds direct, table, scenario and range; reader alone, k=3.

    python bench/dev/make_dev.py && domainbot ingest bench/dev/docs -w /tmp/ws-dev --no-pairs
    python bench/typos.py -w /tmp/ws-dev --questions bench/dev/questions.jsonl
    python bench/typos.py -w /tmp/ws-dev --questions bench/dev/questions.jsonl --show   # the misses
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from answer import ReplayGenerator  # bench/answer.py (first: it puts the repository's packages ahead of bench/)

from chatbot.answer.engine import Engine  # noqa: E402
from chatbot.answer.retrieve import load_retriever  # noqa: E402
from chatbot.training.evaluate import answer_correct, read_questions  # noqa: E402
from core.config import BUNDLED_PREFIX, DEFAULT_LLM, AnswerConfig, Workspace  # noqa: E402

KINDS = ("direct", "table", "scenario", "range")


def misspell(word: str, rng: random.Random) -> str:
    """One typing slip inside the word (never its first or last letter)."""
    i, kind = rng.randrange(1, len(word) - 1), rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # two letters swapped
    if kind == 1:
        return word[:i] + word[i + 1:]  # one left out
    if kind == 2:
        return word[:i] + word[i] + word[i:]  # one doubled
    return word[:i] + rng.choice("aeiou") + word[i + 1:]  # one changed


def with_typos(question: str, seed: str, n: int = 2) -> str | None:
    rng = random.Random(seed)
    words = list(re.finditer(r"\b[a-z]{5,}\b", question))
    if len(words) < n:
        return None
    for m in sorted(rng.sample(words, n), key=lambda m: m.start(), reverse=True):
        question = question[: m.start()] + misspell(m.group(0), rng) + question[m.end():]
    return question


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-w", "--workspace", required=True)
    p.add_argument("--questions", type=Path, required=True)
    p.add_argument("--show", action="store_true", help="print the typo'd questions no longer answered")
    args = p.parse_args()
    no_model = ReplayGenerator(DEFAULT_LLM.removeprefix(BUNDLED_PREFIX), has_adapter=False)  # the reader alone
    engine = Engine(load_retriever(Workspace(args.workspace)), no_model)
    cfg = AnswerConfig(k=3, max_passage_chars=700, generate="never")
    answered = kept = 0
    for q in read_questions(args.questions):
        if not q.answerable or q.row.get("kind") not in KINDS:
            continue
        typed = with_typos(q.question, str(q.row.get("id", q.question)))
        if typed is None or not answer_correct(q, engine.answer(q.question, cfg=cfg).answer):
            continue
        answered += 1
        ok = answer_correct(q, engine.answer(typed, cfg=cfg).answer)
        kept += ok
        if args.show and not ok:
            print(f"  no longer answered: {typed}")
    print(f"{kept} of {answered} answered questions still answered with two typos each "
          f"({args.questions}, reader alone, k=3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
