"""`make_pairs`: the stages in order, with the per-chunk cache, atomic files and the report."""
from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Callable, Iterable

from chatbot.training.pairs.assemble import assemble, split_rows
from chatbot.training.pairs.curate import curate
from chatbot.training.pairs.llm import llm_qas, make_llm_call
from chatbot.training.pairs.records import QA, RULES_VERSION, PairsReport
from chatbot.training.pairs.rules import rules_qas
from core.config import DomainbotError, PairsConfig, RetrieveConfig, Workspace
from core.files import atomic_write_jsonl, atomic_write_text
from core.schema import Chunk
from ingest.pdf import file_sha256


def _text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _generator_key(cfg: PairsConfig) -> str:
    return RULES_VERSION if cfg.generator == "rules" else f"llm:{cfg.base_url or 'local'}:{cfg.model or ''}"


def _read_cache(path: Path) -> dict[str, dict]:
    cache = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    row = json.loads(line)
                    cache[row["chunk_id"]] = row
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # a torn line costs one chunk's regeneration, nothing more
    except FileNotFoundError:
        pass
    return cache


def _write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    atomic_write_jsonl(path, rows)


def adapter_is_stale(ws: Workspace, train_sha: str, adapter: str = "default") -> bool:
    """True when a trained adapter records a train-data hash different from the new train.jsonl."""
    d = ws.adapter_dir(adapter)
    if not d.is_dir():
        return False
    for name in ("metrics.json", "training_config.json"):
        try:
            recorded = json.loads((d / name).read_text()).get("data_sha256")
        except (OSError, json.JSONDecodeError, AttributeError):
            continue
        if recorded:
            return recorded != train_sha
    return False


# --- entry point --------------------------------------------------------------------------------


def make_pairs(ws: Workspace, cfg: PairsConfig, *,
               retriever=None, llm_call: Callable[[list[dict]], str] | None = None,
               progress: bool = True) -> PairsReport:
    """Generate, curate and assemble training pairs from the live index into ws.pairs_dir.

    retriever / llm_call can be injected (tests, notebooks); by default they are the project's
    hybrid retriever over the live index and `make_llm_call(ws, cfg)`.
    The embedder used for question dedup and negatives is the one recorded in the index manifest
    (via the retriever).

    Raises:
        DomainbotError: no index yet, unknown generator, or the llm endpoint failed.
    """
    from tqdm.auto import tqdm

    t0 = time.perf_counter()
    index_dir = ws.index_dir()
    if index_dir is None:
        raise DomainbotError(f"no index in {ws.root}: run `domainbot ingest FOLDER` first")
    if retriever is None:
        from chatbot.answer.retrieve import load_retriever

        retriever = load_retriever(ws, RetrieveConfig(k=cfg.passages, mode="hybrid"))
    chunks: list[Chunk] = list(retriever.chunks)
    report = PairsReport(generator=cfg.generator, chunks=len(chunks))
    ws.pairs_dir.mkdir(parents=True, exist_ok=True)

    # 1. generate per chunk, reusing the cache for unchanged chunks
    cache_path = ws.pairs_dir / "cache.jsonl"
    cache = _read_cache(cache_path)
    gkey = _generator_key(cfg)
    todo = [c for c in chunks if (cache.get(c.chunk_id) or {}).get("sha") != _text_sha(c.text)
            or cache[c.chunk_id].get("generator") != gkey]
    call = None
    if todo and cfg.generator == "llm":
        call = llm_call or make_llm_call(ws, cfg)
    for c in tqdm(todo, desc="pairs: generating", unit="chunk", disable=not progress or len(todo) < 20):
        items = rules_qas(c, cfg.max_per_chunk) if cfg.generator == "rules" else llm_qas(c, call, cfg.max_per_chunk)
        cache[c.chunk_id] = {"chunk_id": c.chunk_id, "sha": _text_sha(c.text), "generator": gkey,
                             "items": [asdict(qa) for qa in items]}
    live_ids = {c.chunk_id for c in chunks}
    cache = {cid: row for cid, row in cache.items() if cid in live_ids}  # pairs of removed chunks go
    _write_jsonl(cache_path, (cache[c.chunk_id] for c in chunks))
    report.chunks_generated = len(todo)
    qas = [QA(**it) for c in chunks for it in cache[c.chunk_id]["items"]]
    report.generated = len(qas)
    report.timings["generate_s"] = round(time.perf_counter() - t0, 2)

    # 2. curate
    t1 = time.perf_counter()
    dropped: Counter = Counter()
    encode = None
    try:
        embedder = retriever.embedder
        encode = (lambda texts: embedder.encode(texts, batch_size=128)) if embedder is not None else None
    except (DomainbotError, ImportError, AttributeError):
        encode = None  # normalised-text duplicates only
    qas = curate(qas, {c.chunk_id: c.text for c in chunks}, encode, dropped)
    report.timings["curate_s"] = round(time.perf_counter() - t1, 2)

    # 3. RAFT assembly: hard negatives from the project's own retriever, recomputed every run
    t2 = time.perf_counter()
    neighbours = retriever.search_rows([qa.question for qa in qas], cfg.passages + 3)
    report.timings["retrieve_s"] = round(time.perf_counter() - t2, 2)
    rows = assemble(qas, chunks, neighbours, cfg, dropped)
    report.kept = len(rows)
    report.dropped = dict(dropped)

    # 4. split and write
    train, evals = split_rows(rows, cfg.eval_fraction, cfg.seed)
    train_path, eval_path = ws.pairs_dir / "train.jsonl", ws.pairs_dir / "eval.jsonl"
    _write_jsonl(train_path, train)
    _write_jsonl(eval_path, evals)
    cfg.prompt().save(ws.pairs_dir)  # train copies it beside the adapter; answers read it back
    train_sha = file_sha256(train_path)
    report.train, report.eval = len(train), len(evals)
    report.train_path, report.eval_path = str(train_path), str(eval_path)
    report.per_kind = dict(Counter(r["metadata"]["kind"] for r in rows).most_common())
    report.per_source = dict(sorted(Counter(r["metadata"]["source"] for r in rows).items()))
    report.no_answer = report.per_kind.get("no_answer", 0)
    report.avg_prompt_chars = round(sum(len(r["prompt"][1]["content"]) for r in rows) / max(1, len(rows)), 1)
    report.stale_adapter = adapter_is_stale(ws, train_sha)
    report.seconds = round(time.perf_counter() - t0, 2)
    stats = {
        **asdict(report),
        "index": index_dir.name,
        "chunk_ids_sha256": hashlib.sha256("\n".join(sorted(live_ids)).encode()).hexdigest(),
        "train_sha256": train_sha,
        "config": asdict(cfg),
    }
    atomic_write_text(ws.pairs_dir / "stats.json", json.dumps(stats, indent=2), fsync=False)
    return report


def print_pairs_report(report: PairsReport) -> None:
    p = print
    p(f"pairs ({report.generator}): {report.chunks} chunks, {report.chunks_generated} generated this run, "
      f"{report.generated} Q/A generated, {report.kept} kept in {report.seconds:.1f}s")
    if report.dropped:
        p("  dropped: " + ", ".join(f"{k} {v}" for k, v in sorted(report.dropped.items(), key=lambda t: -t[1])))
    p("  by kind: " + ", ".join(f"{k} {v}" for k, v in report.per_kind.items()))
    for src, n in report.per_source.items():
        p(f"  {n:6d}  {src}")
    p(f"  train {report.train}  eval {report.eval}  (no-answer {report.no_answer}; "
      f"avg prompt {report.avg_prompt_chars:.0f} chars)")
    p(f"  wrote {report.train_path} and {report.eval_path}")
    if report.kept == 0:
        p("  warning: no pairs kept; the documents may hold too little text", file=sys.stderr)
    if report.stale_adapter:
        p("adapter is stale: run `domainbot train`")
