"""Does fine-tuning help? Train with the defaults on the sample corpora, then compare base vs tuned.

Prints: training tokens/s with and without packing, wall time, peak memory, eval loss of base vs
tuned, and on corpora/questions.jsonl the share of answers containing the key facts and citing
the gold source/page, for base+retrieval vs tuned+retrieval.

    python bench/finetune.py                       # full run (ingest if needed, train, eval)
    python bench/finetune.py --limit 30            # evaluate on the first 30 questions only
    python bench/finetune.py --skip-train          # re-evaluate the existing adapter
"""
from __future__ import annotations

import argparse
import os
import shutil
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
from common import REPO as ROOT  # first: the repository's packages ahead of bench/ (bench/common.py)

from core.config import IngestConfig, PairsConfig, TrainConfig, Workspace  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workspace", type=Path, default=ROOT / "bench" / "out" / "ws-finetune")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    ap.add_argument("--questions", type=Path, default=ROOT / "corpora" / "questions.jsonl")
    ap.add_argument("--limit", type=int, default=0, help="evaluate on the first N questions (0 = all)")
    ap.add_argument("--packing-steps", type=int, default=8, help="steps per packing/no-packing timing run (0 = skip)")
    ap.add_argument("--skip-train", action="store_true")
    args = ap.parse_args()

    from chatbot.training.evaluate import run_eval
    from chatbot.training.pairs import make_pairs
    from chatbot.training.train import train
    from ingest.pipeline import run_ingest

    ws = Workspace(args.workspace)
    if ws.index_dir() is None:
        run_ingest([args.corpus], ws, IngestConfig())
        make_pairs(ws, PairsConfig())

    rows = []
    if args.packing_steps and not args.skip_train:
        for packing in (False, True):
            name = f"bench-packing-{packing}".lower()
            m = train(ws, TrainConfig(adapter=name, packing=packing, max_steps=args.packing_steps))
            rows.append((f"train tokens/s, packing={packing}", f"{m['train_tokens_per_s']:.0f}"))
            shutil.rmtree(ws.adapter_dir(name), ignore_errors=True)

    if not args.skip_train:
        t0 = time.time()
        m = train(ws, TrainConfig())
        rows += [
            ("train tokens/s (defaults)", f"{m['train_tokens_per_s']:.0f}"),
            ("train wall time", f"{(time.time() - t0) / 60:.1f} min ({m['steps']} steps, {m['train_examples']} pairs)"),
            ("peak memory (RSS)", f"{m['peak_rss_mb']:.0f} MB"),
            ("eval loss base -> tuned", f"{m['eval_loss_base']:.3f} -> {m['eval_loss_tuned']:.3f}"),
        ]

    report = run_eval(ws, args.questions, limit=args.limit, out=ws.root / "eval")
    print("\n## Fine-tuning benchmark\n")
    print("| measure | value |\n| --- | --- |")
    for k, v in rows:
        print(f"| {k} | {v} |")
    models = report["models"]
    for name, r in models.items():
        print(f"| {name}: answers with key facts | {100 * r['answer_accuracy']:.1f}% |")
        print(f"| {name}: answers citing gold source/page | {100 * r['citation_accuracy']:.1f}% |")
        print(f"| {name}: answers grounded in their cited passages | {100 * r['grounded_rate']:.1f}% |")
        print(f"| {name}: refusal accuracy (unanswerable) | {100 * (r['refusal_accuracy'] or 0):.1f}% |")
        print(f"| {name}: latency p50 / p95 | {r['latency_p50_s']} s / {r['latency_p95_s']} s |")
    print(f"\n(reports in {ws.root / 'eval'})")


if __name__ == "__main__":
    main()
