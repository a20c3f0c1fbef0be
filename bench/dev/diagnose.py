"""Per-question diagnosis of the reader on a question set (default: the dev set), no model.

Answers every question as `bench/answer.py --reader-only` does (the reader alone, k=3, 700-character
passages), then classifies each failure by where it went wrong:

  wrong passage        the passages retrieved (top k) do not hold the key facts (refused or not)
  refused (answered)   they do, and the reader refused
  compound part missing  some of a multi-fact question's facts were shown, not all
  wrong sentence/row   none were shown: the reader quoted other text
  near-topic quoted    the documents do not answer it, the reader quoted a nearby clause
  wrong value shown    the answer shows a value the question tried to plant (must_not_include)

    python bench/dev/diagnose.py -w /tmp/devset-ws --questions bench/dev/questions.jsonl --out /tmp/devset-diag.jsonl

--trained-reader: the workspace's trained reader (`domainbot train --reader`, workspace/reader/) re-orders
the hand-tuned scorer's best sentences (Scorer.rerank): base vs trained on the same questions.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from chatbot.answer.engine import Engine  # noqa: E402
from chatbot.training.evaluate import answer_correct, citation_correct, covers, planted, read_questions, refused  # noqa: E402
from chatbot.answer.retrieve import load_retriever  # noqa: E402
from core.config import BUNDLED_PREFIX, DEFAULT_LLM, AnswerConfig, DomainbotError, Workspace  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from answer import ReplayGenerator  # noqa: E402  (bench/answer.py: the same stand-in as its --reader-only)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def classify(q, a, hits) -> str:
    """The failure class of one answer ("ok" when it passed)."""
    if not q.answerable:
        return "ok" if refused(a) else "near-topic quoted"
    if q.must_not_include and planted(q, a):
        return "wrong value shown"
    if answer_correct(q, a.answer):
        return "ok"
    retrieved = " ".join(_norm(h.chunk.text) for h in hits)
    if not all(_norm(m) in retrieved for m in q.must_include):
        return "wrong passage"
    if refused(a):
        return "refused (answered)"
    if any(_norm(m) in _norm(a.answer) for m in q.must_include):
        return "compound part missing"
    return "wrong sentence/row"


def kind_table(rows: list[dict]) -> str:
    """Markdown: per kind, key facts and gold page (answerable), refusals (unanswerable), false
    refusals (answerable refused), wrong values shown, and the failure classes."""
    lines = ["| kind | n | key facts | gold page | refused (unanswerable) | false refusals "
             "| wrong value shown | failures |", "|---|---:|---:|---:|---:|---:|---:|---|"]

    def share(count, of):
        return f"{count}/{len(of)}" if of else "-"
    for kind in sorted({r["kind"] or "-" for r in rows}) + ["all"]:
        rs = [r for r in rows if kind == "all" or (r["kind"] or "-") == kind]
        ans = [r for r in rs if r["gold"]]
        una = [r for r in rs if not r["gold"]]
        fails = Counter(r["class"] for r in rs if r["class"] != "ok")
        cells = [kind, len(rs), share(sum(r["facts_ok"] for r in ans), ans),
                 share(sum(r["gold_cited"] for r in ans), ans), share(sum(r["refused"] for r in una), una),
                 share(sum(r["refused"] for r in ans), ans), sum(r["class"] == "wrong value shown" for r in rs),
                 ", ".join(f"{c} {n}" for c, n in fails.most_common())]
        lines.append("| " + " | ".join(map(str, cells)) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--workspace", "-w", type=Path, default=Path("/tmp/devset-ws"))
    p.add_argument("--questions", type=Path, default=Path(__file__).resolve().parent / "questions.jsonl")
    p.add_argument("--k", type=int, default=3, help="passages the reader sees (as bench/answer.py --reader-only)")
    p.add_argument("--out", type=Path, help="write one JSON row per question here")
    p.add_argument("--trained-reader", action="store_true",
                   help="the workspace's trained reader (workspace/reader/) re-orders the scorer's best sentences")
    args = p.parse_args(argv)
    try:
        questions = read_questions(args.questions)
        retriever = load_retriever(Workspace(args.workspace))
        reader = None
        if args.trained_reader:
            from chatbot.training.reader import load_reader

            reader = load_reader(Workspace(args.workspace))
            if reader is None:
                raise DomainbotError(f"no trained reader in {Workspace(args.workspace).reader_dir}: "
                                     "run `domainbot train --reader`")
    except DomainbotError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    # as bench/answer.py --reader-only: the bundled model's name, an adapter, generate=never (no model runs)
    engine = Engine(retriever, ReplayGenerator(DEFAULT_LLM.removeprefix(BUNDLED_PREFIX), has_adapter=True),
                    rerank=reader.score if reader is not None else None)
    cfg = replace(AnswerConfig(k=args.k, max_passage_chars=700), generate="never")
    rows, classes = [], Counter()
    for q in questions:
        a = engine.answer(q.question, cfg=cfg)
        hits = list(retriever.search(a.retrieval_query or q.question, k=10))
        gold_rank = next((i for i, h in enumerate(hits, 1) if q.answerable and
                          covers(q.source, q.page, h.chunk.source, h.chunk.page, h.chunk.page_end)), None)
        cls = classify(q, a, hits[: args.k])
        retrieved = " ".join(_norm(h.chunk.text) for h in hits[: args.k])
        facts_retrieved = q.answerable and all(_norm(m) in retrieved for m in q.must_include)
        classes[cls] += 1
        rows.append({
            "id": q.row.get("id"), "kind": q.row.get("kind"), "class": cls, "question": q.question,
            "must_include": q.must_include, "gold": f"{q.source} p{q.page}" if q.answerable else None,
            "gold_rank_top10": gold_rank, "facts_retrieved": facts_retrieved,
            "gold_cited": q.answerable and citation_correct(q, a), "refused": refused(a),
            "facts_ok": q.answerable and answer_correct(q, a.answer), "answer": a.answer,
            "cited": [f"{c.source} p{c.page}" for c in a.citations],
            "retrieved": [f"{h.chunk.source} p{h.chunk.page} {h.chunk.section}"[:90] for h in hits[: args.k]]})
        if cls != "ok":
            where = f"gold@{gold_rank} {'facts in top k' if facts_retrieved else ''}"
            print(f"{rows[-1]['id'] or '-':5} {q.row.get('kind') or '-':13} {cls:22} {where:22} {q.question[:70]}")
            print(f"      -> {_norm(a.answer)[:160]}")
    print("\n" + kind_table(rows))
    print("\n" + ", ".join(f"{c}: {n}" for c, n in classes.most_common()) +
          f"  ({len(questions)} questions; load {os.getloadavg()[0]:.1f})")
    ranks = [r["gold_rank_top10"] for r in rows if r["gold"]]
    if ranks:  # the retrieval figure: the gold page is the top passage
        print(f"retrieval: gold page hit@1 {sum(r == 1 for r in ranks) / len(ranks):.3f}, "
              f"hit@{args.k} {sum(r is not None and r <= args.k for r in ranks) / len(ranks):.3f} "
              f"({len(ranks)} answerable)")
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
