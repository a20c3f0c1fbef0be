"""RAFT assembly: each Q/A becomes a prompt with its gold passage among hard negatives from the
project's own retriever, and a completion ending with the gold passage's [n]; split by section."""
from __future__ import annotations

import hashlib
import random
import re
from collections import Counter, defaultdict

from chatbot.training.pairs.curate import supported
from chatbot.training.pairs.records import QA
from chatbot.training.pairs.text import squash_spaces
from chatbot.answer.prompt import build_messages
from core.config import NO_ANSWER, PairsConfig
from core.schema import Chunk


def cite(answer: str, n: int) -> str:
    """'The notice period is 90 days.' -> 'The notice period is 90 days [2].'"""
    a = answer.strip()
    if a.endswith("."):
        return f"{a[:-1]} [{n}]."
    return f"{a} [{n}]"


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
        # a distractor that also states the answer (overlapping chunks, repeated clauses) is not a distractor;
        # nor is another collection's chunk: a row shows what a key scoped to the gold's collection would see
        negs = [chunks[i] for i in near if chunks[i].chunk_id != gold.chunk_id and chunks[i].collection == gold.collection
                and not supported(qa.answer, chunks[i].text)]
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
        messages = build_messages(qa.question, passages, max_passage_chars=cfg.max_passage_chars)  # trimmed as at inference
        if gold_index is not None and not _fact_shown(qa, messages[1]["content"], gold_index):
            dropped["fact trimmed from passage"] += 1
            continue
        rows.append({
            "prompt": messages,
            "completion": [{"role": "assistant", "content": answer}],
            "metadata": {
                "chunk_id": gold.chunk_id, "source": gold.source, "page": int(gold.page), "section": gold.section,
                "collection": gold.collection,
                "kind": "no_answer" if gold_index is None else qa.kind,
                "gold_index": gold_index, "question": qa.question, "answer_plain": qa.answer,
            },
        })
    return rows


def _fact_shown(qa: QA, user_content: str, n: int) -> bool:
    """The gold passage as shown (after trimming) still holds the answer."""
    m = re.search(rf"^\[{n}\] [^\n]*\n(.*?)(?=\n\n\[\d+\] |\n\nQuestion: |\n\nEarlier questions: )", user_content, re.S | re.M)
    shown = m.group(1) if m else ""
    return (not qa.fact or squash_spaces(qa.fact) in squash_spaces(shown)) and supported(qa.answer, shown, 0.9)


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
