"""Which sentence answers the question: the hand-tuned lexical Scorer vs the trained cross-encoder
reader (chatbot/training/reader.py) vs both, accuracy@1 on the held-out pairs (pairs/eval.jsonl), on the
questions as written and rewritten into lay words, scenarios and typos.

    domainbot ingest corpora/ -w /tmp/ws            # index + pairs
    python bench/reader.py -w /tmp/ws --train       # trains workspace/reader/ first (what `domainbot train` does)
    python bench/reader.py -w /tmp/ws               # evaluates the reader already there

Prints the load average: timings on shared cores are only comparable at a similar load.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from common import REPO as ROOT, load_average  # first: the repository's packages ahead of bench/ (bench/common.py)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-w", "--workspace", default="workspace")
    p.add_argument("--train", action="store_true", help="train the reader first")
    p.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: cores, at most 4)")
    p.add_argument("--budget", type=float, default=None,
                   help="training time budget in seconds (default: ReaderConfig's)")
    p.add_argument("--questions", default=str(Path(__file__).resolve().parent.parent / "corpora" / "questions.jsonl"),
                   help="questions people wrote, with must_include (answered from retrieved passages); '' to skip")
    p.add_argument("--out", default=None,
                   help="also write the table (markdown) here, e.g. bench/results/reader/corpora.md")
    p.add_argument("--weight", type=float, default=0.5, help="combined = weight * lexical + (1 - weight) * cross")
    args = p.parse_args()

    import torch

    from chatbot.training.reader import ReaderConfig, evaluate_questions, evaluate_reader, load_reader, train_reader
    from core.config import Workspace
    from ingest.embed import load_embedder

    if args.threads:
        torch.set_num_threads(args.threads)
    ws = Workspace(Path(args.workspace))
    print(f"load average before: {load_average()} on {os.cpu_count()} cores, "
          f"{torch.get_num_threads()} torch threads")
    if args.train:
        cfg = ReaderConfig() if args.budget is None else ReaderConfig(time_budget_s=args.budget)
        m = train_reader(ws, cfg)
        print(f"trained in {m['train_runtime_s']:.0f} s ({m['steps']}/{m['planned_steps']} steps, "
              f"{m['examples']} examples), load average {' '.join(f'{x:.2f}' for x in m['load_average'])}")
    reader = load_reader(ws, threads=args.threads)
    if reader is None:
        sys.exit(f"no reader in {ws.root / 'reader'}: run with --train (or `domainbot train`)")
    embedder = load_embedder()
    load_before = load_average()
    t = time.time()
    table = evaluate_reader(ws, reader, weight=args.weight, encode=embedder.encode)
    k = table["top_k"]
    lines = [f"| accuracy@1 | lexical | cross-encoder | combined ({args.weight:g}/{1 - args.weight:g}) "
             f"| combined, cross on lexical top {k} |", "| --- | ---: | ---: | ---: | ---: |"]
    for name in ("plain", "rewritten") if table["n"] else ():  # a small workspace may hold no eval pairs
        r = table[name]
        lines.append(f"| held-out pairs, {name} ({table['n']}) | {r['lexical']:.3f} | {r['cross']:.3f} "
                     f"| {r['combined']:.3f} | {r['rerank']:.3f} |")
    notes = [] if not table["n"] else [
        f"Held-out pairs: the workspace's pairs/eval.jsonl ({ws.root.name}), the prompt's passages as trimmed "
        f"for training, {table['sentences_per_question']:.1f} sentences a question; rewritten = lay words, scenario, "
        f"typos (the training's rules, another seed: flatters the cross-encoder)."]
    human: dict = {}
    if args.questions:
        human = evaluate_questions(ws, Path(args.questions), reader, weight=args.weight, top_k=k)
        r = human["questions"]
        tuned_on = Path(args.questions).resolve() == ROOT / "corpora" / "questions.jsonl"
        tuned = ("the lexical scorer's weights were chosen on them" if tuned_on
                 else "not used to tune the lexical scorer")
        lines.append(f"| people's questions ({human['n']}) | {r['lexical']:.3f} | {r['cross']:.3f} "
                     f"| {r['combined']:.3f} "
                     f"| {r['rerank']:.3f} |")
        notes.append(f"People's questions: {os.path.relpath(args.questions, ROOT)} (written by hand; "
                     f"{tuned}), passages as answering retrieves them (k=3 whole chunks, "
                     f"{human['sentences_per_question']:.1f} sentences), gold = a sentence holding every "
                     f"must_include string ({human['skipped']} questions without one left out).")
    timed = table if table.get("ms_per_sentence") else human  # a workspace may hold no eval pairs
    notes.append(f"Scoring (int8, {reader.threads or torch.get_num_threads()} thread(s)): "
                 f"{timed['ms_per_sentence']:.1f} ms a sentence, "
                 f"~{timed['ms_per_sentence'] * 40:.0f} ms for 40 sentences, {timed['ms_per_rerank']:.0f} ms for the "
                 f"lexical top {k}; evaluated in {time.time() - t:.0f} s at load average "
                 f"{load_before} -> {load_average()} "
                 f"on {os.cpu_count()} cores.")
    meta = json.loads((ws.reader_dir / "reader.json").read_text())
    notes.append(f"Reader: {meta['steps']}/{meta['planned_steps']} steps on {meta['examples']} examples in "
                 f"{meta['train_runtime_s']:.0f} s ({meta['threads']} thread(s), load average at the end "
                 f"{' '.join(f'{x:.2f}' for x in meta['load_average'])}).")
    title = f"**{os.path.relpath(args.questions, ROOT) if args.questions else ws.root.name}**\n\n"
    text = title + "\n".join(lines) + "\n\n" + "\n".join(notes) + "\n"
    print("\n" + text)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text)

if __name__ == "__main__":
    main()
