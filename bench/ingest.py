"""Ingest + retrieval benchmark: domainbot vs a naive LangChain pipeline, and retrieval quality.

    .venv/bin/python bench/ingest.py                       # ~300-page corpus built from corpora/, full table
    .venv/bin/python bench/ingest.py --corpus ~/pdfs       # throughput on your own PDFs
    .venv/bin/python bench/ingest.py --skip-throughput     # only hit@1/hit@5 on corpora/questions.jsonl

Throughput (pages/s, chunks/s): each pipeline is a whole process of its own, timed end to end
(Python start, imports, model load, writing the index):
  `domainbot ingest --no-pairs` int8 (default) and --exact (fp32); the naive pipeline PyPDFDirectoryLoader ->
  RecursiveCharacterTextSplitter(1000, 200) -> HuggingFaceEmbeddings (same MiniLM) -> FAISS.from_documents
  (needs the bench extra: pip install -e '.[bench]'); and a no-change re-ingest.
Retrieval: hit@k on corpora/questions.jsonl (a hit = same source and the question's page within
[page, page_end]) for dense / bm25 / hybrid, int8 / fp32, chunk sizes 500 / 800 / 1200.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from common import REPO, ingest_figures, load_average, run_cli_json  # noqa: E402 - first: the repository's packages ahead of bench/ (bench/common.py)

# light imports only: the naive pipeline's own process (--naive-child) must not pay for domainbot's
import ingest.embed as embed_mod  # noqa: E402
from core.config import IngestConfig, RetrieveConfig, Workspace  # noqa: E402


def build_corpus(src: Path, dst: Path, min_pages: int) -> int:
    """Copies of the sample PDFs until >= min_pages. Each copy gets a trailing PDF comment so its
    sha256 differs (PDF readers ignore bytes after %%EOF)."""
    from pypdf import PdfReader

    pdfs = sorted(p for p in src.rglob("*.pdf"))
    if not pdfs:
        raise SystemExit(f"no PDFs under {src}: run corpora/make_corpora.py first")
    sizes = {p: len(PdfReader(p).pages) for p in pdfs}
    pages, copy = 0, 0
    while pages < min_pages:
        for p in pdfs:
            out = dst / f"copy{copy:02d}" / p.relative_to(src)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(p.read_bytes() + f"\n%bench copy {copy}\n".encode())
            pages += sizes[p]
        copy += 1
    return pages


def timed_process(cmd: list[str]) -> tuple[float, str]:
    """(wall seconds, stdout) of a whole process; a failed run stops the bench with its error."""
    t = time.perf_counter()
    res = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    secs = time.perf_counter() - t
    if res.returncode:
        raise SystemExit(f"{' '.join(cmd)}: exit {res.returncode}\n{res.stderr[-2000:]}")
    return secs, res.stdout


def run_domainbot(corpus: Path, work: Path, quantize: bool) -> dict:
    ws = work / f"ws-{'int8' if quantize else 'fp32'}"
    figures = ingest_figures(corpus, ws, *([] if quantize else ["--exact"]))
    return {"name": f"domainbot ingest ({'int8, default' if quantize else 'fp32, --exact'})", **figures,
            "ws": Workspace(ws)}


def run_naive_process(corpus: Path) -> dict:
    secs, out = timed_process([sys.executable, __file__, "--naive-child", str(corpus)])
    r = json.loads(out.strip().splitlines()[-1])
    return {**r, "seconds": secs}


def run_naive(corpus: Path) -> dict:
    try:
        from langchain_community.document_loaders import PyPDFDirectoryLoader
        from langchain_community.embeddings import HuggingFaceEmbeddings
        from langchain_community.vectorstores import FAISS
    except ImportError:
        return {"name": "naive LangChain (langchain-community not installed)", "seconds": float("nan"), "pages": 0,
                "chunks": 0}
    import warnings

    from langchain_text_splitters import RecursiveCharacterTextSplitter

    warnings.filterwarnings("ignore")
    t = time.perf_counter()
    docs = PyPDFDirectoryLoader(str(corpus), recursive=True).load()
    chunks = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)
    emb = HuggingFaceEmbeddings(model_name=embed_mod.resolve_embedder_path(IngestConfig.embedder))
    store = FAISS.from_documents(chunks, emb)
    secs = time.perf_counter() - t
    return {"name": "naive LangChain (PyPDF -> splitter 1000/200 -> HF MiniLM fp32 -> FAISS)", "seconds": secs,
            "pages": len(docs), "chunks": len(chunks), "store": store}


def throughput(args, work: Path) -> list[str]:
    corpus = Path(args.corpus) if args.corpus else work / "corpus"
    if not args.corpus:
        n = build_corpus(REPO / "corpora", corpus, args.pages)
        print(f"corpus: {n} pages ({len(list(corpus.rglob('*.pdf')))} PDFs) under {corpus}", file=sys.stderr)
    load_before = load_average()
    runs = []
    for quantize in (True, False):
        runs.append(run_domainbot(corpus, work, quantize))
        print(f"  {runs[-1]['name']}: {runs[-1]['seconds']:.1f}s", file=sys.stderr)
    if not args.skip_naive:
        runs.append(run_naive_process(corpus))
        print(f"  naive: {runs[-1]['seconds']:.1f}s", file=sys.stderr)

    lines = ["| pipeline | seconds | pages | chunks | pages/s | chunks/s |", "|---|---:|---:|---:|---:|---:|"]
    for r in runs:
        s = r["seconds"]
        lines.append(f"| {r['name']} | {s:.1f} | {r['pages']} | {r['chunks']} | {r['pages'] / s:.1f} | "
                     f"{r['chunks'] / s:.1f} |")
    full = runs[0]
    import ingest.pipeline as pipeline

    t = time.perf_counter()
    again = pipeline.run_ingest([corpus], full["ws"], IngestConfig(ocr=False), progress=False)
    nochange = time.perf_counter() - t
    assert not again.indexed
    _, cli = run_cli_json("ingest", corpus, "-w", full["ws"].root, "--no-pairs")
    lines.append(f"| no-change re-ingest (in process / CLI incl. Python start) | {nochange:.2f} / {cli:.2f} | "
                 f"{full['pages']} | | | |")
    lines.append("")
    if len(runs) > 2 and runs[2]["pages"]:
        speed = (full["pages"] / full["seconds"]) / (runs[2]["pages"] / runs[2]["seconds"])
        lines.append(f"domainbot default vs naive: **{speed:.2f}x** pages/s (whole processes, each timed end to end)")
    lines.append(f"machine: {os.cpu_count()} CPUs; load average (1/5/15 min) {load_before} before, "
                 f"{load_average()} after the runs")
    lines.append(f"no-change re-ingest vs full: **{full['seconds'] / nochange:.0f}x** faster in process, "
                 f"{full['seconds'] / cli:.0f}x as a CLI run")
    return lines


def load_questions(path: Path) -> list[dict]:
    """The answerable questions (those with a gold source and page): hit@k has nothing to find for the others."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [q for q in rows if q.get("source") and q.get("page")]


def is_hit(q: dict, source: str, page: int, page_end: int) -> bool:
    return source == q["source"] and page <= q["page"] <= page_end


def hit_rates(questions, search) -> tuple[float, float]:
    h1 = h5 = 0
    for q in questions:
        res = search(q["question"])  # list of (source, page, page_end), best first
        hits = [is_hit(q, *r) for r in res[:5]]
        h1 += bool(hits[:1] and hits[0])
        h5 += any(hits)
    return h1 / len(questions), h5 / len(questions)


def retrieval(args, work: Path) -> list[str]:
    import ingest.pipeline as pipeline
    from chatbot.answer.retrieve import Retriever
    from ingest.index import load_index

    questions = load_questions(Path(args.questions))
    corpus = REPO / "corpora"
    lines = [f"retrieval on {args.questions} ({len(questions)} answerable questions), sample corpora",
             "", "| chunk size | embedder | embedded text | mode | hit@1 | hit@5 |", "|---:|---|---|---|---:|---:|"]
    vectors = {}
    real_text = embed_mod.chunk_embedding_text
    variants = [(size, q, True) for size in args.sizes for q in (True, False)]
    variants.append((800, True, False))  # heading prefix off: does "{section}\n{text}" help?
    for size, quantize, with_section in variants:
        ws = Workspace(work / f"ret-{size}-{quantize}-{with_section}")
        cfg = IngestConfig(chunk_size=size, chunk_overlap=min(120, size // 5), quantize=quantize, ocr=False)
        embed_mod.chunk_embedding_text = real_text if with_section else (lambda section, text: text)
        try:
            pipeline.run_ingest([corpus], ws, cfg, progress=False)
        finally:
            embed_mod.chunk_embedding_text = real_text
        index = load_index(ws)
        vectors[(size, quantize, with_section)] = index.vectors()
        r = Retriever(index, RetrieveConfig(k=5, candidates=30))
        for mode in ("dense", "bm25", "hybrid"):
            if mode == "bm25" and (not quantize or not with_section):
                continue  # BM25 does not depend on the embedder
            h1, h5 = hit_rates(questions, lambda q: [(h.chunk.source, h.chunk.page, h.chunk.page_end)
                                                     for h in r.search(q, k=5, mode=mode)])
            emb = "-" if mode == "bm25" else ("int8" if quantize else "fp32")
            text = "section+text" if with_section else "text"
            lines.append(f"| {size} | {emb} | {text} | {mode} | {h1:.3f} | {h5:.3f} |")
    for size in args.sizes:
        a, b = vectors[(size, True, True)], vectors[(size, False, True)]
        cos = (a * b).sum(1)
        lines.append(f"\nint8 vs fp32 cosine drift at chunk size {size}: mean {cos.mean():.4f}, min {cos.min():.4f}"
                     f" ({len(cos)} chunks)")
    if not args.skip_naive:
        lines.append(naive_retrieval(questions, corpus))
    return lines


def naive_retrieval(questions, corpus: Path) -> str:
    naive = run_naive(corpus)
    if "store" not in naive:
        return "\nnaive pipeline retrieval: langchain-community not installed"

    def search(q):
        out = []
        for d in naive["store"].similarity_search(q, k=5):
            src = Path(d.metadata["source"]).resolve().relative_to(corpus).as_posix()
            out.append((src, d.metadata["page"] + 1, d.metadata["page"] + 1))
        return out

    h1, h5 = hit_rates(questions, search)
    return f"\nnaive LangChain pipeline (1000/200 chunks, fp32 dense): hit@1 {h1:.3f}, hit@5 {h5:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="folder of PDFs for the throughput runs (default: copies of corpora/)")
    ap.add_argument("--pages", type=int, default=300, help="minimum pages of the generated corpus")
    ap.add_argument("--questions", default=str(REPO / "corpora" / "questions.jsonl"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 800, 1200], help="chunk sizes for hit@k")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--skip-retrieval", action="store_true")
    ap.add_argument("--skip-naive", action="store_true")
    ap.add_argument("--naive-child", metavar="CORPUS", help=argparse.SUPPRESS)  # the naive pipeline's own process
    args = ap.parse_args()
    if args.naive_child:
        r = run_naive(Path(args.naive_child))
        print(json.dumps({"name": r["name"], "pages": r["pages"], "chunks": r["chunks"]}))
        return
    print(f"cpus: {os.cpu_count()}, load average at start: {load_average()}", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="domainbot-bench-"))
    try:
        out = []
        if not args.skip_throughput:
            out += ["## ingest throughput", ""] + throughput(args, work) + [""]
        if not args.skip_retrieval:
            out += ["## retrieval", ""] + retrieval(args, work)
        print("\n".join(out))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
