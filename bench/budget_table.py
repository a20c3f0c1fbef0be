"""What a training time budget costs: adapters trained with and without one, side by side.

    domainbot train --time-budget none                          # adapters/default
    domainbot train --time-budget 15m --adapter budget15
    python bench/answer.py --out bench/results/answer
    python bench/answer.py --adapter budget15 --tuned-only --out bench/results/answer-budget15
    python bench/budget_table.py --run "none=default:answer" --run "15m=budget15:answer-budget15"

Each --run is LABEL=ADAPTER:RESULTS (a folder of bench/results holding answer.json). Writes
bench/results/finetune/budget.md (the README table).
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workspace", "-w", type=Path, default=ROOT / "workspace")
    ap.add_argument("--run", action="append", required=True, help="LABEL=ADAPTER:RESULTS")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "finetune" / "budget.md")
    args = ap.parse_args(argv)
    lines = ["| time budget | steps | pairs trained on | wall time | eval loss base → tuned | key facts raw / verified "
             "| gold page raw / verified | false refusals raw / verified |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for spec in args.run:
        label, rest = spec.split("=", 1)
        adapter, results = rest.split(":", 1)
        metrics = json.loads((args.workspace / "adapters" / adapter / "metrics.json").read_text())
        scores = json.loads((ROOT / "bench" / "results" / results / "answer.json").read_text())["models"]["tuned"]
        raw = scores["raw"]
        total = metrics.get("train_examples")
        used = metrics.get("pairs_used", total)
        lines.append(
            f"| {label} | {metrics['steps']} | {used} of {total} | {metrics['wall_time_s'] / 60:.1f} min | "
            f"{metrics.get('eval_loss_base', float('nan')):.3f} → {metrics['eval_loss_tuned']:.3f} | {100 * raw['answer_accuracy']:.1f}% / {100 * scores['answer_accuracy']:.1f}% | "
            f"{100 * raw['citation_accuracy']:.1f}% / {100 * scores['citation_accuracy']:.1f}% | "
            f"{100 * raw['false_refusal_rate']:.1f}% / {100 * scores['false_refusal_rate']:.1f}% |")
    footer = (f"Sample corpora, bundled SmolLM2-135M, batch 2 x 2, 2 epochs, {os.cpu_count()} CPU cores; wall time "
              "includes timing a step, the (cached) base eval, the final eval, saving and the CTranslate2 conversion; "
              "answers on corpora/questions.jsonl through `bench/answer.py`.")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n\n" + footer + "\n")
    print(args.out.read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
