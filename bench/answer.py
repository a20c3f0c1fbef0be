"""Answer latency and quality on an ingested workspace (base model, and the adapter when trained).

Measures, per model:
  - time to first token and tokens/s for one typical question (k passages, median of --repeats)
  - end-to-end latency p50/p95, answer accuracy and refusal accuracy over the question set
and the best dense cosine of answerable vs unanswerable questions (to choose AnswerConfig.min_relevance).

    domainbot ingest corpora/
    python bench/answer.py --workspace workspace --limit 20
    python bench/answer.py --k 3 --max-passage-chars 500 --max-new-tokens 96   # try other settings

Targets on 2 CPU cores with the bundled SmolLM2-135M: first token < 1 s, whole answer < 4 s p50.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from chatbot.answer import load_engine  # noqa: E402
from chatbot.config import AnswerConfig, DomainbotError, Workspace  # noqa: E402
from chatbot.evaluate import read_questions, score_answers  # noqa: E402


def relevance_split(engine, questions, k: int) -> dict:
    """Best dense cosine per question, and the threshold that best separates the two groups."""
    best = {True: [], False: []}
    for q in questions:
        hits = engine.retriever.search(q.question, k=k)
        best[q.answerable].append(max((h.dense_score for h in hits if h.dense_score is not None), default=0.0))
    answerable, unanswerable = best[True], best[False]
    candidates = sorted(set(np.round(answerable + unanswerable, 3))) + [1.0]
    # accuracy of "refuse below t" on both groups; ties go to the lower threshold (never refuse good questions)
    def score(t):
        return sum(a >= t for a in answerable) + sum(u < t for u in unanswerable)

    threshold = max(candidates, key=lambda t: (score(t), -t)) if unanswerable else 0.0
    safe = float(np.round(min(answerable), 2) - 0.01) if answerable else 0.0  # refuses no answerable question
    return {
        "answerable": _describe(answerable),
        "unanswerable": _describe(unanswerable),
        "best_threshold": float(threshold),
        "best_threshold_accuracy": score(threshold) / max(len(answerable) + len(unanswerable), 1),
        "safe_threshold": safe,
        "safe_threshold_unanswerable_refused": sum(u < safe for u in unanswerable),
    }


def _describe(values):
    if not values:
        return {}
    v = np.array(values)
    return {"n": len(v), "min": round(float(v.min()), 3), "p10": round(float(np.percentile(v, 10)), 3),
            "p50": round(float(np.median(v)), 3), "p90": round(float(np.percentile(v, 90)), 3),
            "max": round(float(v.max()), 3)}


def typical(engine, question: str, cfg: AnswerConfig, repeats: int) -> dict:
    runs, cpu = [], []
    for _ in range(repeats):
        c0 = time.process_time()
        runs.append(engine.answer(question, cfg=cfg))
        cpu.append(time.process_time() - c0)
    t = [r.timings for r in runs if not r.refused]
    if not t:
        return {"refused": True}
    return {
        "first_token_s": round(statistics.median(x["first_token_s"] for x in t), 3),
        "tokens_per_s": round(statistics.median(x["tokens_per_s"] for x in t), 1),
        "tokens": int(statistics.median(x["tokens"] for x in t)),
        "total_s": round(statistics.median(r.latency_s for r in runs), 3),
        "cpu_s": round(statistics.median(cpu), 3),
        "prompt_tokens": _prompt_tokens(engine, question, cfg),
    }


def _prompt_tokens(engine, question, cfg):
    from chatbot.prompt import build_messages

    count = getattr(engine.generator, "count_tokens", None)
    if count is None:
        return None
    hits = engine.retriever.search(question, k=cfg.k)
    return sum(count(m["content"]) for m in build_messages(question, hits, None, cfg.max_passage_chars))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--workspace", "-w", type=Path, default=Path("workspace"))
    p.add_argument("--questions", type=Path, default=Path(__file__).resolve().parent.parent / "corpora" / "questions.jsonl")
    p.add_argument("--limit", type=int, default=0, help="only the first N questions (0 = all)")
    p.add_argument("--stride", type=int, default=1, help="every Nth question (a spread-out subset)")
    p.add_argument("--k", type=int, default=AnswerConfig.k)
    p.add_argument("--typical-k", type=int, default=4, help="passages for the first-token measurement")
    p.add_argument("--max-passage-chars", type=int, default=AnswerConfig.max_passage_chars)
    p.add_argument("--max-new-tokens", type=int, default=AnswerConfig.max_new_tokens)
    p.add_argument("--min-relevance", type=float, default=AnswerConfig.min_relevance)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--base-only", action="store_true")
    p.add_argument("--no-latency", action="store_true", help="only the relevance split (no generation)")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args(argv)

    try:
        ws = Workspace(args.workspace)
        engine = load_engine(ws)
        questions = read_questions(args.questions)[:: args.stride]
        questions = questions[: args.limit] if args.limit else questions
    except DomainbotError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    cfg = AnswerConfig(k=args.k, max_passage_chars=args.max_passage_chars, max_new_tokens=args.max_new_tokens,
                       min_relevance=args.min_relevance)
    figures = {"config": asdict(cfg), "questions": str(args.questions), "n": len(questions)}

    figures["relevance"] = rel = relevance_split(engine, questions, cfg.k)
    print(f"best dense cosine, answerable:   {rel['answerable']}")
    print(f"best dense cosine, unanswerable: {rel['unanswerable']}")
    print(f"threshold separating best: {rel['best_threshold']:.3f} ({100 * rel['best_threshold_accuracy']:.0f}% of "
          f"questions on the right side); refusing no answerable question: {rel['safe_threshold']:.2f} "
          f"({rel['safe_threshold_unanswerable_refused']}/{rel['unanswerable'].get('n', 0)} unanswerable refused early)")
    if args.no_latency:
        return 0

    variants = {"base": False}
    if engine.generator.has_adapter and not args.base_only:
        variants["tuned"] = True
    first = next((q.question for q in questions if q.answerable), questions[0].question)
    figures["models"] = {}
    for variant, use_adapter in variants.items():
        vcfg = replace(cfg, use_adapter=use_adapter)
        engine.answer(first, cfg=vcfg)  # warm-up (first call pays for lazy init)
        t = typical(engine, first, replace(vcfg, k=args.typical_k), args.repeats)
        t0 = time.perf_counter()
        answers, cpu = [], []
        for q in questions:
            c0 = time.process_time()
            answers.append(engine.answer(q.question, cfg=vcfg))
            cpu.append(time.process_time() - c0)  # CPU seconds: comparable across loaded/idle machines
        scores = score_answers(questions, answers)
        scores["cpu_p50_s"] = round(float(np.median(cpu)), 3)
        figures["models"][variant] = {"typical": t, **scores, "wall_s": round(time.perf_counter() - t0, 1)}
        print(f"\n{variant} ({scores['model']}), k={args.typical_k} typical question: "
              f"first token {t.get('first_token_s')} s, {t.get('tokens_per_s')} tokens/s, "
              f"{t.get('tokens')} tokens, total {t.get('total_s')} s ({t.get('cpu_s')} CPU s), prompt {t.get('prompt_tokens')} tokens")
        print(f"  over {len(questions)} questions (k={cfg.k}): latency p50 {scores['latency_p50_s']} s, "
              f"p95 {scores['latency_p95_s']} s; answer accuracy {scores['answer_accuracy']}, "
              f"citation accuracy {scores['citation_accuracy']}, refusal accuracy {scores['refusal_accuracy']}, "
              f"false refusals {scores['false_refusal_rate']}; CPU per answer p50 {scores['cpu_p50_s']} s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
