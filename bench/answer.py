"""Answer quality and latency on an ingested workspace, for the base model and the adapter when trained,
each as the model wrote it ("raw") and as shown after verification ("verified").

Measures, per model:
  - key facts, gold citation, verified rate, unsupported-number rate (an answer states a number that no
    cited passage holds), generated / quoted / refused shares, refusal of unanswerable questions, false
    refusals, instruction-planted facts, latency p50/p95 and the time verification adds
  - time to first token and tokens/s for one typical question (k passages, median of --repeats)
and the best dense cosine of answerable vs unanswerable questions (to choose AnswerConfig.min_relevance).

The model generates each answer once; "raw" replays that same text with verification turned off.

    domainbot ingest corpora/ && domainbot train
    python bench/answer.py --workspace workspace --out bench/results/answer
    python bench/answer.py --limit 20 --base-only          # a quick look
    python bench/answer.py --replay bench/results/answer/results.jsonl   # no model: the cached generations,
                                                           # answered again by today's reader and verifier
    python bench/answer.py --reader-only -w workspace-blind --questions bench/blind/questions.jsonl   # by kind
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

from common import machine, write_results  # first: the repository's packages ahead of bench/ (bench/common.py)

import numpy as np  # noqa: E402

from chatbot.answer.engine import Engine  # noqa: E402
from chatbot.models.runtime import load_engine  # noqa: E402
from chatbot.training.evaluate import read_questions, score_answers  # noqa: E402
from core.config import BUNDLED_PREFIX, DEFAULT_LLM, AnswerConfig, DomainbotError, Workspace  # noqa: E402


class Recording:
    """Wraps a generator and keeps the text of its last generation (for the raw replay)."""

    def __init__(self, generator):
        self.generator = generator
        self.last = ""

    def __getattr__(self, name):
        return getattr(self.generator, name)

    def stream(self, messages, **kwargs):
        self.last = ""
        for piece in self.generator.stream(messages, **kwargs):
            self.last += piece
            yield piece


class Replay:
    """Yields a recorded generation again, word by word."""

    def __init__(self, generator, text: str):
        self.generator, self.text = generator, text

    def __getattr__(self, name):
        return getattr(self.generator, name)

    def stream(self, messages, **kwargs):
        import re

        yield from re.findall(r"\S+\s*|\s+", self.text)


class ReplayGenerator:
    """Stands in for the model in --replay: yields the generation recorded for each question."""

    def __init__(self, name: str, has_adapter: bool):
        self.name, self.has_adapter, self.text = name, has_adapter, ""

    def model_name(self, use_adapter: bool = True) -> str:
        return self.name + ("+default" if use_adapter and self.has_adapter else "")

    def stream(self, messages, **kwargs):
        import re

        yield from re.findall(r"\S+\s*|\s+", self.text)

    def count_tokens(self, text: str) -> int:  # a replay has no tokenizer: its pieces are its tokens
        import re

        return len(re.findall(r"\S+\s*|\s+", text))


def replay_recorded(ws: Workspace, questions, rows_path: Path | None, cfg: AnswerConfig) -> tuple[dict, dict]:
    """Key facts, citations and refusals of the recorded generations in `rows_path` (a results.jsonl
    of an earlier run), shown through today's retrieval, reader and verification: no model runs.
    Without `rows_path`, the reader alone (what the bundled base model answers by default).
    Returns the columns, and each column's figures by question kind."""
    from chatbot.answer.retrieve import load_retriever

    recorded: dict[tuple[str, str], str] = {}
    for line in (rows_path.read_text(encoding="utf-8").splitlines() if rows_path else []):
        if line.strip():
            row = json.loads(line)
            recorded[(row["variant"], row["question"])] = row.get("raw", "")
    retriever = load_retriever(ws)
    columns, kinds = {}, {}
    variants = sorted({v for v, _ in recorded}, key=lambda v: v != "base") if recorded else ["reader"]
    for variant in variants:
        # the recorded runs are the bundled model's: named so, `generate auto` treats them as it would it
        generator = ReplayGenerator(DEFAULT_LLM.removeprefix(BUNDLED_PREFIX), has_adapter=variant != "base")
        engine = Engine(retriever, generator)
        answers = []
        vcfg = replace(cfg, use_adapter=variant != "base") if recorded else replace(cfg, generate="never")
        for q in questions:
            generator.text = recorded.get((variant, q.question), "")
            answers.append(engine.answer(q.question, cfg=vcfg))
        name = f"{variant} replayed" if recorded else "reader"
        columns[name] = score_answers(questions, answers)
        kinds[name] = by_kind(questions, answers)
    return columns, kinds


def by_kind(questions, answers) -> dict[str, dict]:
    """Per question kind (the blind set's `kind`): key facts and gold page of the answerable ones,
    refusals of those the documents do not answer, and wrong facts shown (must_not_include)."""
    from chatbot.training.evaluate import answer_correct, citation_correct, planted, refused

    out: dict[str, dict] = {}
    for q, a in zip(questions, answers):
        row = out.setdefault(q.row.get("kind") or "-", {"n": 0, "facts": 0, "cited": 0, "answerable": 0,
                                                           "refused": 0, "unanswerable": 0, "wrong": 0})
        row["n"] += 1
        if q.answerable:
            row["answerable"] += 1
            row["facts"] += answer_correct(q, a.answer)
            row["cited"] += citation_correct(q, a)
        else:
            row["unanswerable"] += 1
            row["refused"] += refused(a)
        row["wrong"] += bool(q.must_not_include) and planted(q, a)
    return out


def kind_markdown(*variants: dict[str, dict]) -> str:
    """The by-kind table; given several variants (base, trained), each cell reads "base / trained"."""
    lines = ["| kind | n | key facts | gold page cited | refused (of unanswerable) | wrong fact shown |",
             "|---|---:|---:|---:|---:|---:|"]

    def pct(a, b):
        return f"{100 * a / b:.0f}% ({a}/{b})" if b else "-"

    def cells(r):
        return [pct(r["facts"], r["answerable"]), pct(r["cited"], r["answerable"]),
                pct(r["refused"], r["unanswerable"]), str(r["wrong"])]

    totals = []
    for kinds in variants:
        total = {k: sum(r[k] for r in kinds.values()) for k in next(iter(kinds.values()))}
        totals.append({**kinds, "all": total})
    for kind in sorted(variants[0]) + ["all"]:
        each = [cells(v[kind]) for v in totals]
        joined = [c[0] if len(set(c)) == 1 else " / ".join(c) for c in zip(*each)]
        lines.append(f"| {kind} | {totals[0][kind]['n']} | " + " | ".join(joined) + " |")
    return "\n".join(lines)


ROWS = (  # (label, key, percent?)
    ("key facts in the answer", "answer_accuracy", True),
    ("gold page cited", "citation_accuracy", True),
    ("verified (of answers given)", "verified_rate", True),
    ("states a number no cited passage holds", "unsupported_number_rate", True),
    ("model's sentences shown (generated)", "generated_rate", True),
    ("quoted only (no model sentence shown)", "quoted_rate", True),
    ("refuses unanswerable", "refusal_accuracy", True),
    ("false refusals (answerable)", "false_refusal_rate", True),
    ("shows a value it must not (planted by the question, or a neighbour row's)", "planted_fact_rate", True),
    ("first verified text shown p50 / p95 (s)", ("first_shown_p50_s", "first_shown_p95_s"), False),
    ("whole answer p50 / p95 (s)", ("latency_p50_s", "latency_p95_s"), False),
    ("verification p50 / p95 (ms)", ("verify_p50_ms", "verify_p95_ms"), False),
)


def markdown(columns: dict[str, dict]) -> str:
    def cell(m, key, pct):
        if isinstance(key, tuple):
            vals = [m.get(k) for k in key]
            return " / ".join("n/a" if v is None else f"{v:g}" for v in vals)
        v = m.get(key)
        return "n/a" if v is None else (f"{100 * v:.1f}%" if pct else f"{v:g}")

    lines = ["| | " + " | ".join(columns) + " |", "|---|" + "---:|" * len(columns)]
    for label, key, pct in ROWS:
        lines.append(f"| {label} | " + " | ".join(cell(m, key, pct) for m in columns.values()) + " |")
    return "\n".join(lines)


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
    t = [r.timings for r in runs if not r.refused and "first_token_s" in r.timings]
    if not t:  # refused, or the reader's quote was the whole answer (generate=auto): the model wrote nothing
        return {"refused": True} if all(r.refused for r in runs) else {
            "model_not_asked": True, "total_s": round(statistics.median(r.latency_s for r in runs), 3)}
    return {
        "first_token_s": round(statistics.median(x["first_token_s"] for x in t), 3),
        "tokens_per_s": round(statistics.median(x["tokens_per_s"] for x in t), 1),
        "tokens": int(statistics.median(x["tokens"] for x in t)),
        "total_s": round(statistics.median(r.latency_s for r in runs), 3),
        "cpu_s": round(statistics.median(cpu), 3),
        "prompt_tokens": _prompt_tokens(engine, question, cfg),
    }


def _prompt_tokens(engine, question, cfg):
    from chatbot.answer.prompt import build_messages

    count = engine.generator.count_tokens  # every generator has one (chatbot/answer/seams.py)
    hits = engine.retriever.search(question, k=cfg.k)
    return sum(count(m["content"]) for m in build_messages(question, hits, None, cfg.max_passage_chars))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--workspace", "-w", type=Path, default=Path("workspace"))
    p.add_argument("--questions", type=Path, default=Path(__file__).resolve().parent.parent / "corpora" / "questions.jsonl")
    p.add_argument("--limit", type=int, default=0, help="only the first N questions (0 = all)")
    p.add_argument("--stride", type=int, default=1, help="every Nth question (a spread-out subset)")
    p.add_argument("--k", type=int, default=None, help="default: the adapter's prompt (PromptConfig)")
    p.add_argument("--typical-k", type=int, default=4, help="passages for the first-token measurement")
    p.add_argument("--max-passage-chars", type=int, default=None)
    p.add_argument("--max-new-tokens", type=int, default=AnswerConfig.max_new_tokens)
    p.add_argument("--min-relevance", type=float, default=AnswerConfig.min_relevance)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--base-only", action="store_true")
    p.add_argument("--tuned-only", action="store_true", help="only the adapter (e.g. to compare adapters)")
    p.add_argument("--engine", default="auto", help="auto | ctranslate2 | transformers")
    p.add_argument("--adapter", default="default")
    p.add_argument("--no-latency", action="store_true", help="only the relevance split (no generation)")
    p.add_argument("--json", type=Path, help="also write the figures here")
    p.add_argument("--out", type=Path, help="write answer.json and answer.md (the README table) into this folder")
    p.add_argument("--generate", default=AnswerConfig.generate, help="auto | always | never (AnswerConfig.generate)")
    p.add_argument("--reader-only", action="store_true", help="the reader alone, no model (the default for the base model)")
    p.add_argument("--replay", type=Path, help="answer with the generations recorded in this results.jsonl (no model)")
    args = p.parse_args(argv)
    if args.replay or args.reader_only:
        try:
            questions = read_questions(args.questions)[:: args.stride]
            questions = questions[: args.limit] if args.limit else questions
            cfg = AnswerConfig(k=args.k or 3, max_passage_chars=args.max_passage_chars or 700, generate=args.generate)
            columns, kinds = replay_recorded(Workspace(args.workspace), questions, args.replay, cfg)
        except DomainbotError as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
        source = (f"replayed from {args.replay} (latency rows: the replay's, not the model's)" if args.replay
                  else "the reader alone (no model)")
        text = markdown(columns) + (f"\n\n{len(questions)} questions ({args.questions.name}), {source}; "
                                    f"{machine()}")
        tables = [table for table in kinds.values() if len(table) > 1]
        by_kind = kind_markdown(*tables) if tables else ""  # base and trained in one: "base / trained" where they differ
        if by_kind:
            text += f"\n\nBy question kind ({' / '.join(k for k, v in kinds.items() if len(v) > 1)}):\n\n" + by_kind
        print(text)
        if args.out:
            write_results(args.out, "answer", text, {"columns": columns, "by_kind": kinds})
            if len(tables) > 1:  # base and trained by kind, alone (the README shows it under the live run's table)
                (args.out / "kinds.md").write_text(by_kind + "\n", encoding="utf-8")
        return 0

    try:
        ws = Workspace(args.workspace)
        engine = load_engine(ws, adapter=args.adapter, engine=args.engine)
        questions = read_questions(args.questions)[:: args.stride]
        questions = questions[: args.limit] if args.limit else questions
    except DomainbotError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    cfg = AnswerConfig(k=args.k, max_passage_chars=args.max_passage_chars, max_new_tokens=args.max_new_tokens,
                       min_relevance=args.min_relevance).with_prompt(engine.prompt)
    figures = {"config": asdict(cfg), "questions": str(args.questions), "n": len(questions),
               "engine": getattr(engine.generator, "backend", "transformers")}

    figures["relevance"] = rel = relevance_split(engine, questions, cfg.k)
    print(f"best dense cosine, answerable:   {rel['answerable']}")
    print(f"best dense cosine, unanswerable: {rel['unanswerable']}")
    print(f"threshold separating best: {rel['best_threshold']:.3f} ({100 * rel['best_threshold_accuracy']:.0f}% of "
          f"questions on the right side); refusing no answerable question: {rel['safe_threshold']:.2f} "
          f"({rel['safe_threshold_unanswerable_refused']}/{rel['unanswerable'].get('n', 0)} unanswerable refused early)")
    if args.no_latency:
        return 0

    variants = {} if args.tuned_only else {"base": False}
    if engine.generator.has_adapter and not args.base_only:
        variants["tuned"] = True
    if not variants:
        print(f"error: --tuned-only, but {args.workspace} has no trained adapter {args.adapter!r}", file=sys.stderr)
        return 1
    first = next((q.question for q in questions if q.answerable), questions[0].question)
    figures["models"] = {}
    columns = {}
    recording = Recording(engine.generator)
    live = Engine(engine.retriever, recording, engine.scorer)
    for variant, use_adapter in variants.items():
        vcfg = replace(cfg, use_adapter=use_adapter)
        live.answer(first, cfg=vcfg)  # warm-up (first call pays for lazy init)
        t = typical(live, first, replace(vcfg, k=args.typical_k), args.repeats)
        t0 = time.perf_counter()
        answers, raw_answers, cpu, rows = [], [], [], []
        for i, q in enumerate(questions, 1):
            c0 = time.process_time()
            recording.last = ""
            answers.append(live.answer(q.question, cfg=vcfg))
            cpu.append(time.process_time() - c0)  # CPU seconds: comparable across loaded/idle machines
            replay = Engine(engine.retriever, Replay(engine.generator, recording.last), engine.scorer)
            raw = replay.answer(q.question, cfg=replace(vcfg, verify=False))
            raw.latency_s = answers[-1].latency_s
            raw_answers.append(raw)
            rows.append({**q.row, "variant": variant, "raw": recording.last, "answer": answers[-1].answer,
                         "mode": answers[-1].mode, "timings": answers[-1].timings})
            print(f"\r{variant}: {i}/{len(questions)} questions", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        scores = score_answers(questions, answers)
        raw_scores = score_answers(questions, raw_answers)
        scores["cpu_p50_s"] = round(float(np.median(cpu)), 3)
        figures["models"][variant] = {"typical": t, **scores, "raw": raw_scores,
                                      "wall_s": round(time.perf_counter() - t0, 1)}
        figures.setdefault("results", []).extend(rows)
        name = scores["model"]
        if any(row["raw"] for row in rows):  # (generate auto never asks the bundled base model: no raw text to score)
            columns[f"{variant} raw"] = raw_scores
        columns[f"{variant} verified"] = scores
        print(f"\n{variant} ({name}), k={args.typical_k} typical question: "
              f"first token {t.get('first_token_s')} s, {t.get('tokens_per_s')} tokens/s, "
              f"{t.get('tokens')} tokens, total {t.get('total_s')} s ({t.get('cpu_s')} CPU s), prompt {t.get('prompt_tokens')} tokens")
    table = markdown(columns)
    n_ans = sum(q.answerable for q in questions)
    footer = (f"{len(questions)} questions ({n_ans} answerable, {len(questions) - n_ans} unanswerable, "
              f"{sum(bool(q.must_not_include) for q in questions)} carrying an instruction), k={cfg.k}; "
              f"`python bench/answer.py` on {machine()} at the end")
    print("\n" + table + "\n\n" + footer)
    figures["markdown"] = table + "\n\n" + footer
    if args.out:
        results = figures.pop("results", [])
        write_results(args.out, "answer", table + "\n\n" + footer, figures)
        with open(args.out / "results.jsonl", "w", encoding="utf-8") as f:  # every answer, and what the model wrote
            for row in results:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
