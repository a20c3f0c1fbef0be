"""Inference engines side by side on one real prompt: prompt processing (prefill) and decoding speed of
transformers and CTranslate2 (float32 and int8), and whether their greedy answers are the same.

    domainbot ingest corpora/ && domainbot train
    python bench/engine.py --workspace workspace --questions 24

Prefill is timed as the first token of a generation; decoding as the rest, per token. "same as
transformers" compares the whole greedy answer to at most --max-new-tokens tokens, question by question,
for the adapter (merged into its base for CTranslate2).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import machine, write_results  # first: the repository's packages ahead of bench/ (bench/common.py)

from core.config import DomainbotError, Workspace  # noqa: E402


def timed_stream(stream) -> tuple[float, float, str]:
    """(seconds to the first piece, seconds per later piece, text)."""
    t0 = time.perf_counter()
    first, pieces = None, []
    for piece in stream:
        if first is None:
            first = time.perf_counter() - t0
        pieces.append(piece)
    total = time.perf_counter() - t0
    per = (total - first) / max(len(pieces) - 1, 1) if first is not None else 0.0
    return first or total, per, "".join(pieces)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workspace", "-w", type=Path, default=Path("workspace"))
    ap.add_argument("--questions", type=int, default=24, help="questions of corpora/questions.jsonl (every 3rd)")
    ap.add_argument("--max-new-tokens", type=int, default=48)
    ap.add_argument("--out", type=Path, help="write engine.json and engine.md here")
    args = ap.parse_args(argv)

    from chatbot.models import ct2
    from chatbot.models.load import load_generator
    from chatbot.answer.prompt import build_messages
    from chatbot.answer.retrieve import load_retriever

    ws = Workspace(args.workspace)
    try:
        retriever = load_retriever(ws)
        hf = load_generator(ws, engine="transformers")
        fast = load_generator(ws, engine="ctranslate2")
    except DomainbotError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in (Path(__file__).resolve().parent.parent / "corpora" / "questions.jsonl")
            .read_text().splitlines() if line.strip()][::3][: args.questions]
    prompts = [build_messages(r["question"], retriever.search(r["question"], k=3)) for r in rows]

    # an int8 copy of the same merged model, for comparison (the default keeps small models float32)
    int8_dir = Path(tempfile.mkdtemp(prefix="domainbot-int8-"))
    source = fast.tuned_dir or fast.base_dir
    merged = Path(tempfile.mkdtemp(prefix="domainbot-merged-"))
    if fast.has_adapter:
        ct2._merge(Path(json.loads((source / "domainbot.json").read_text())["base"]), hf_adapter_dir(ws), merged)
    else:
        merged = Path(json.loads((source / "domainbot.json").read_text())["base"])
    ct2._convert(merged, int8_dir, "int8")
    ct2.tokenizer_files(source, int8_dir)
    (int8_dir / "domainbot.json").write_text(json.dumps({"quantization": "int8"}))
    int8 = ct2.CT2Generator(fast.tokenizer, None, int8_dir, fast.base_name, fast.adapter_name or "int8")

    engines = {"transformers": hf, "ctranslate2 float32 (default)": fast, "ctranslate2 int8": int8}
    for gen in engines.values():  # warm-up: model loads, thread pools, the static prompt cache
        gen.generate(prompts[0], max_new_tokens=4)
    results = {name: {"first": [], "per": [], "texts": []} for name in engines}
    for i, messages in enumerate(prompts, 1):
        for name, gen in engines.items():
            first, per, text = timed_stream(gen.stream(messages, max_new_tokens=args.max_new_tokens))
            r = results[name]
            r["first"].append(first)
            r["per"].append(per)
            r["texts"].append(text.strip())
        print(f"\r{i}/{len(prompts)} prompts", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    reference = results["transformers"]["texts"]
    n_tokens = statistics.median(hf.count_tokens(hf.tokenizer.apply_chat_template(p, tokenize=False,
                                                                                   add_generation_prompt=True))
                                 for p in prompts)
    lines = ["| engine | first token p50 | per token p50 | tokens/s | same answer as transformers |",
             "|---|---:|---:|---:|---:|"]
    summary = {}
    for name, r in results.items():
        same = sum(a == b for a, b in zip(r["texts"], reference))
        per = statistics.median(r["per"])
        summary[name] = {"first_token_p50_s": round(statistics.median(r["first"]), 3),
                         "per_token_p50_ms": round(1000 * per, 1), "tokens_per_s": round(1 / per, 1) if per else None,
                         "same_as_transformers": f"{same}/{len(reference)}"}
        s = summary[name]
        lines.append(f"| {name} | {s['first_token_p50_s']} s | {s['per_token_p50_ms']} ms | {s['tokens_per_s']} | "
                     f"{s['same_as_transformers']} |")
    footer = (f"{len(prompts)} prompts of corpora/questions.jsonl (median {n_tokens:.0f} prompt tokens, k=3), "
              f"greedy, up to {args.max_new_tokens} new tokens, model {fast.name}; `python bench/engine.py` on "
              f"{machine()}")
    table = "\n".join(lines) + "\n\n" + footer
    print(table)
    if args.out:
        write_results(args.out, "engine", table, summary)
    return 0


def hf_adapter_dir(ws: Workspace) -> Path:
    return ws.adapter_dir("default")


if __name__ == "__main__":
    raise SystemExit(main())
