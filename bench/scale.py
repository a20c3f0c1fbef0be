"""Large document estates: the segmented index at 1M and 5M simulated chunks.

    python bench/scale.py --sizes 1000000,5000000 --queries 200     # the full run (idle cores; 5M needs tens of GB)
    python bench/scale.py --sizes 100000 --ann-threshold 50000      # a quick check that takes a minute or two
    python bench/scale.py --sizes 50000 --ann-threshold 10000 --hnsw --out /tmp/scale   # IVF against HNSW

Vectors are simulated like MiniLM embeddings of a document estate (384-d, L2-normalised): topics ->
documents (one file each, ~50 chunks) -> chunks, so chunks of one document have cosine ~0.5 with each
other, ~0.25 with other documents on the topic, ~0 otherwise. Queries are new chunks of existing
documents, not stored vectors. Ten collections; "filtered" searches one of them (10% of the chunks).

Per size, through the real code in ingest/index.py:
  full rewrite   write_index of all N chunks: one segment (faiss index, chunks.jsonl, bm25), what every
                 ingest paid before segments (the vector index part on its own in brackets)
  load, RSS      load_index, and the resident memory it added
  search         single queries through Index.search_dense (k=10), p50/p95, with and without the
                 collection filter; recall@10 against exact search of the same (allowed) vectors
  exact flat     faiss.IndexFlatIP over the same vectors, searched the same way, for comparison
  add one file   update_index with one new 200-chunk file: the index write of an incremental ingest;
                 replace one file also tombstones an existing file's rows
"""
from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from common import REPO, load_average, write_results  # first: the repository's packages ahead of bench/ (bench/common.py)

import ingest.index as index_mod  # noqa: E402
import ingest.segments as segments_mod  # noqa: E402
from core.config import IngestConfig, Workspace  # noqa: E402
from core.schema import Chunk  # noqa: E402

DIM = 384
CHUNKS_PER_DOC = 50
N_TOPICS = 2000
SPREAD = 1.2  # chunk = document direction + this much noise: cosine ~0.4 between chunks of one document
N_COLLECTIONS = 10
ROOT = "/estate"
WORDS = [f"term{i}" for i in range(20_000)]  # keyword vocabulary of the simulated texts


def normalise(x: np.ndarray) -> np.ndarray:
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x


class Estate:
    """Documents on topics; chunk vectors are made block by block (5M x 384 floats is 7.7 GB)."""

    def __init__(self, n_docs: int, seed: int = 0):
        rng = np.random.default_rng(seed)
        self.topics = topics = normalise(rng.standard_normal((N_TOPICS, DIM), dtype=np.float32))
        self.doc_topic = rng.integers(N_TOPICS, size=n_docs)
        self.docs = normalise(topics[self.doc_topic] + normalise(rng.standard_normal((n_docs, DIM), dtype=np.float32)))
        self.rng = rng

    def chunks_of(self, doc_ids: np.ndarray, spread: float = SPREAD) -> np.ndarray:
        noise = normalise(self.rng.standard_normal((len(doc_ids), DIM), dtype=np.float32))
        return normalise(self.docs[doc_ids] + spread * noise)

    def questions_like(self, doc_ids: np.ndarray) -> np.ndarray:
        """Queries: chunks of new, unseen documents on the topics of `doc_ids` (their neighbours are spread
        over the topic's documents, not one document's chunks: harder for IVF than a stored chunk's twin)."""
        rng = self.rng
        new_docs = normalise(self.topics[self.doc_topic[doc_ids]] +
                             normalise(rng.standard_normal((len(doc_ids), DIM), dtype=np.float32)))
        return normalise(new_docs + SPREAD * normalise(rng.standard_normal((len(doc_ids), DIM), dtype=np.float32)))


def doc_of_row(n: int) -> np.ndarray:
    return np.arange(n) // CHUNKS_PER_DOC


def make_chunks(doc_ids: np.ndarray, rng, start: int = 0) -> list[Chunk]:
    words = rng.integers(len(WORDS), size=(len(doc_ids), 8))
    return [Chunk(chunk_id=f"d{d}:{start + i}", source=f"doc{d:07d}.pdf", page=1 + (start + i) % CHUNKS_PER_DOC,
                  page_end=1 + (start + i) % CHUNKS_PER_DOC, section=f"topic {d % 97}", start=0, end=80,
                  sha256=f"{d:064x}", text=" ".join(WORDS[w] for w in picked) + f" doc{d}", root=ROOT,
                  collection=f"c{d % N_COLLECTIONS}")
            for i, (d, picked) in enumerate(zip(doc_ids.tolist(), words))]


def files_manifest(n_docs: int, extra: list[str] = ()) -> index_mod.Manifest:
    entry = {"size": 1, "mtime": 0.0, "sha256": "0" * 64, "pages": CHUNKS_PER_DOC, "chunks": CHUNKS_PER_DOC,
             "collection": "c0", "redacted": False}
    files = {f"doc{d:07d}.pdf": dict(entry) for d in range(n_docs)}
    files.update({name: dict(entry) for name in extra})
    return index_mod.Manifest(embedder="simulated", quantize=True, dim=DIM, chunk_size=1200, chunk_overlap=120,
                              files={ROOT: files})


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def percentiles_ms(seconds: list[float]) -> tuple[float, float]:
    return float(np.percentile(seconds, 50) * 1000), float(np.percentile(seconds, 95) * 1000)


def recall(found: list[list[int]], truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t.tolist())) / len(t) for f, t in zip(found, truth)]))


def timed_searches(search, queries: np.ndarray) -> tuple[list[list[int]], list[float]]:
    search(queries[0])  # warm-up: first-use costs (selector bitmaps, page faults) are not a query's
    found, seconds = [], []
    for q in queries:
        t = time.perf_counter()
        found.append(search(q))
        seconds.append(time.perf_counter() - t)
    return found, seconds


def search_row(name: str, build_s, disk_mb, ram_mb, search, search_filtered, queries, queries_in, queries_out,
               truth, truth_in, truth_out) -> dict:
    """Latency and recall@10 of `search` (unfiltered) and `search_filtered` (collection c0), single queries."""
    found, secs = timed_searches(search, queries)
    found_in, secs_in = timed_searches(search_filtered, queries_in)
    found_out, secs_out = timed_searches(search_filtered, queries_out)
    plain, filtered = percentiles_ms(secs), percentiles_ms(secs_in + secs_out)
    return {"index": name, "build_s": build_s, "disk_mb": disk_mb, "rss_mb": ram_mb,
            "p50_ms": plain[0], "p95_ms": plain[1], "filtered_p50_ms": filtered[0], "filtered_p95_ms": filtered[1],
            "recall10": recall(found, truth), "recall10_filtered_in": recall(found_in, truth_in),
            "recall10_filtered_out": recall(found_out, truth_out)}


def run_size(n: int, n_queries: int, ann_threshold: int, hnsw: bool, work: Path) -> dict:
    import faiss

    n_docs = -(-n // CHUNKS_PER_DOC)
    estate = Estate(n_docs + 2)
    rng = np.random.default_rng(1)
    print(f"\n== {n:,} chunks: simulating vectors", file=sys.stderr)
    vectors = np.empty((n, DIM), dtype=np.float32)
    docs = doc_of_row(n)
    for s in range(0, n, 200_000):
        vectors[s : s + 200_000] = estate.chunks_of(docs[s : s + 200_000])
    query_docs = rng.integers(n_docs, size=n_queries)
    queries = estate.questions_like(query_docs)
    allowed = np.flatnonzero(docs % N_COLLECTIONS == 0).astype(np.int64)  # collection c0
    inside = query_docs % N_COLLECTIONS == 0  # which queries come from a document in c0
    in_docs = np.arange(0, n_docs, N_COLLECTIONS)
    queries_in = estate.questions_like(in_docs[rng.integers(len(in_docs), size=n_queries)])
    queries_out = queries[~inside]  # filtered to c0, asked about another collection's document

    print("   exact ground truth and exact flat search", file=sys.stderr)
    _, truth = faiss.knn(queries, vectors, 10, metric=faiss.METRIC_INNER_PRODUCT)
    allowed_vectors = np.ascontiguousarray(vectors[allowed])
    truth_in = allowed[faiss.knn(queries_in, allowed_vectors, 10, metric=faiss.METRIC_INNER_PRODUCT)[1]]
    truth_out = allowed[faiss.knn(queries_out, allowed_vectors, 10, metric=faiss.METRIC_INNER_PRODUCT)[1]]
    del allowed_vectors
    rows = []
    t = time.perf_counter()
    flat = faiss.IndexFlatIP(DIM)
    flat.add(vectors)
    flat_build = time.perf_counter() - t
    sel = segments_mod.make_selector(n, allowed)

    def flat_search(q, params=None):
        return faiss_ids(flat.search(q[None, :], 10, params=params)[1][0])

    rows.append(search_row("exact flat (IndexFlatIP)", flat_build, n * DIM * 4 / 2**20, None,
                           lambda q: flat_search(q), lambda q: flat_search(q, faiss.SearchParameters(sel=sel)),
                           queries, queries_in, queries_out, truth, truth_in, truth_out))
    flat = sel = None  # free the flat copy of the vectors before the next index is built
    gc.collect()

    if hnsw:
        print("   HNSW (for comparison)", file=sys.stderr)
        rows.append(hnsw_row(vectors, allowed, queries, queries_in, queries_out, truth, truth_in, truth_out))
        gc.collect()

    print("   full rewrite: write_index", file=sys.stderr)
    ws = Workspace(work / f"ws-{n}")
    if ws.root.exists():
        shutil.rmtree(ws.root)
    chunks = make_chunks(docs, rng)
    dense_seconds = []
    real_dense_index = segments_mod.dense_index

    def dense_index_timed(*a, **k):
        t = time.perf_counter()
        out = real_dense_index(*a, **k)
        dense_seconds.append(time.perf_counter() - t)
        return out

    segments_mod.dense_index = dense_index_timed
    try:
        t = time.perf_counter()
        index_mod.write_index(ws, chunks, vectors, files_manifest(n_docs), ann_threshold)
        rewrite_s = time.perf_counter() - t
    finally:
        segments_mod.dense_index = real_dense_index
    del chunks, vectors
    gc.collect()
    [segment] = index_mod.read_manifest(ws).segments
    seg_dir = ws.root / segments_mod.SEGMENTS_DIR / segment["name"]

    print("   load and search", file=sys.stderr)
    before = rss_mb()
    t = time.perf_counter()
    index = index_mod.load_index(ws)
    load_s = time.perf_counter() - t
    ram = rss_mb() - before

    def segment_search(q, rows=None):
        return [r for r, _ in index.search_dense(q, 10, rows)]

    kind = (f"IVF-Flat nlist={segment['nlist']} nprobe={segment['nprobe']}" if segment["kind"] == "ivf"
            else "exact flat")
    rows.append(search_row(f"domainbot segment ({kind})", dense_seconds[0], folder_mb(seg_dir), ram,
                           segment_search, lambda q: segment_search(q, allowed),
                           queries, queries_in, queries_out, truth, truth_in, truth_out))
    del index
    gc.collect()

    print("   add one file, replace one file: update_index", file=sys.stderr)
    before_stat = {p: p.stat().st_mtime_ns for p in seg_dir.rglob("*") if p.is_file()}
    new_docs = np.full(200, n_docs)
    new_vectors = estate.chunks_of(new_docs)
    t = time.perf_counter()
    index_mod.update_index(ws, files_manifest(n_docs, [f"doc{n_docs:07d}.pdf"]), make_chunks(new_docs, rng),
                           new_vectors, set(), ann_threshold)
    add_s = time.perf_counter() - t
    replaced = f"doc{0:07d}.pdf"
    t = time.perf_counter()
    index_mod.update_index(ws, files_manifest(n_docs, [f"doc{n_docs:07d}.pdf"]), make_chunks(np.zeros(200, int), rng),
                           estate.chunks_of(np.zeros(200, int)), {(ROOT, replaced)}, ann_threshold)
    replace_s = time.perf_counter() - t
    assert before_stat == {p: p.stat().st_mtime_ns for p in seg_dir.rglob("*") if p.is_file()}, "big segment rewritten"
    index = index_mod.load_index(ws)
    top_row, top_score = index.search_dense(new_vectors[0], 1)[0]
    assert index.chunks[top_row].source == f"doc{n_docs:07d}.pdf" and top_score > 0.999, "new file not found"
    shutil.rmtree(ws.root)
    return {"chunks": n, "search": rows, "full_rewrite_s": rewrite_s, "vector_index_s": dense_seconds[0],
            "load_s": load_s, "add_file_s": add_s, "replace_file_s": replace_s, "segment": segment}


def faiss_ids(ids: np.ndarray) -> list[int]:
    return [int(i) for i in ids if i >= 0]


def hnsw_row(vectors, allowed, queries, queries_in, queries_out, truth, truth_in, truth_out) -> dict:
    """HNSW (M=32) with the smallest efSearch reaching recall@10 >= 0.95 (64, 128, 256)."""
    import faiss

    t = time.perf_counter()
    index = faiss.IndexHNSWFlat(DIM, 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = 40
    index.add(vectors)
    build = time.perf_counter() - t
    sel = segments_mod.make_selector(len(vectors), allowed)

    def search(q, ef, sel=None):
        return faiss_ids(index.search(q[None, :], 10, params=faiss.SearchParametersHNSW(efSearch=ef, sel=sel))[1][0])

    for ef in (64, 128, 256):
        if recall([search(q, ef) for q in queries], truth) >= 0.95:
            break
    return search_row(f"HNSW M=32 efSearch={ef}", build, None, None, lambda q: search(q, ef),
                      lambda q: search(q, ef, sel), queries, queries_in, queries_out, truth, truth_in, truth_out)


def markdown(results: list[dict], args, load_before: str, load_after: str) -> str:
    def num(v, fmt):
        return "" if v is None else format(v, fmt)

    out = ["| chunks | vector index | build s | on disk MB | RSS after load MB | search p50 / p95 ms | "
           "filtered p50 / p95 ms | recall@10 | recall@10 filtered: same / other collection |",
           "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        for s in r["search"]:
            out.append(f"| {r['chunks']:,} | {s['index']} | {s['build_s']:.1f} | {num(s['disk_mb'], ',.0f')} | "
                       f"{num(s['rss_mb'], ',.0f')} | {s['p50_ms']:.1f} / {s['p95_ms']:.1f} | "
                       f"{s['filtered_p50_ms']:.1f} / {s['filtered_p95_ms']:.1f} | {s['recall10']:.3f} | "
                       f"{s['recall10_filtered_in']:.3f} / {s['recall10_filtered_out']:.3f} |")
    out += ["", "| chunks | full rewrite s (vector index) | load s | add one file (200 chunks) s | "
            "replace one file s |", "|---:|---:|---:|---:|---:|"]
    for r in results:
        out.append(f"| {r['chunks']:,} | {r['full_rewrite_s']:.1f} ({r['vector_index_s']:.1f}) | {r['load_s']:.1f} | "
                   f"{r['add_file_s']:.2f} | {r['replace_file_s']:.2f} |")
    out += ["", f"Simulated MiniLM-like vectors (384-d, {CHUNKS_PER_DOC} chunks per document), {args.queries} "
            f"single queries, k=10; filtered = searching one collection of {N_COLLECTIONS} (10% of the chunks) with "
            "questions about its own documents (same) or about another collection's (other); "
            f"--ann-threshold {args.ann_threshold:,}; {os.cpu_count()} CPU cores; load average before / after: "
            f"{load_before} / {load_after}. `python bench/scale.py --sizes {args.sizes} --queries {args.queries}"
            + (f" --ann-threshold {args.ann_threshold}" if args.ann_threshold != IngestConfig.ann_threshold else "")
            + (" --hnsw" if args.hnsw else "") + "`"]
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000000,5000000", help="comma-separated chunk counts")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--ann-threshold", type=int, default=IngestConfig.ann_threshold)
    ap.add_argument("--hnsw", action="store_true", help="also build HNSW, for comparison (slow on few cores)")
    ap.add_argument("--work", type=Path, help="where the index is written (default: a temporary folder)")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "scale")
    args = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    load_before = load_average()
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        results = [run_size(n, args.queries, args.ann_threshold, args.hnsw, Path(tmp)) for n in sizes]
    table = markdown(results, args, load_before, load_average())
    print(table)
    name = "scale-" + "-".join(f"{n // 1000}k" for n in sizes)  # one file per run: the README shows each
    write_results(args.out, name, table, {"args": {k: str(v) for k, v in vars(args).items()},
                                          "load_before": load_before, "results": results})
    print(f"wrote {args.out}/{name}.md and {name}.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
