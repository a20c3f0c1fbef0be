"""Index segments: immutable folders of rows, each a dense (faiss) and a keyword (bm25s) index over the
same chunks. ingest/index.py decides which segments are live (the manifest) and when they are merged.

    workspace/segments/seg-20261129T051500-cd34/    never changed once written
        index.faiss     exact faiss.IndexFlatIP, or IVF-Flat above IngestConfig.ann_threshold rows
                        (L2-normalised vectors: inner product = cosine)
        chunks.jsonl    row i describes faiss id i
        bm25/           bm25s keyword index over the same rows (core.text.keyword_tokens)
        segment.json    rows, kind of faiss index, IVF lists and lists searched per query

Rows are deleted only in the manifest (tombstones, as [first, last + 1] ranges); `Segment.live` lists
the rows that are not.
"""
from __future__ import annotations

import json
import math
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from core.config import DomainbotError, Workspace
from core.schema import Chunk
from core.text import keyword_tokens

SEGMENTS_DIR = "segments"  # under the workspace root
RECALL_TARGET = 0.95  # IVF: search enough lists for this recall@10 (measured when the segment is written)
TRAIN_POINTS_PER_LIST = 64  # IVF k-means sample: faiss warns below 39 per list; more only slows the build


def bm25_text(chunk: Chunk) -> str:
    """What a chunk's keyword entry is made of: its context line (or section heading), then its text."""
    if chunk.context:  # contextual chunk: document, section path and table headings, then the text
        return f"{chunk.context}\n{chunk.text}"
    return f"{chunk.section}\n{chunk.text}" if chunk.section else chunk.text


# ---------------------------------------------------------------- row ranges (tombstones, file locations)


def ranges_to_rows(ranges) -> np.ndarray:
    """[[first, stop], ...] -> the row ids in them, ascending."""
    if not ranges:
        return np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate([np.arange(a, b, dtype=np.int64) for a, b in ranges]))


def rows_to_ranges(rows) -> list[list[int]]:
    """Row ids -> sorted, merged [[first, stop], ...] (a file's rows are contiguous, so this stays short)."""
    rows = np.unique(np.asarray(rows, dtype=np.int64))
    if not len(rows):
        return []
    breaks = np.flatnonzero(np.diff(rows) != 1)
    starts = np.concatenate([[rows[0]], rows[breaks + 1]])
    stops = np.concatenate([rows[breaks], [rows[-1]]]) + 1
    return [[int(a), int(b)] for a, b in zip(starts, stops)]


def live_rows(entry: dict) -> int:
    """Rows of a manifest segment entry that are not deleted."""
    return int(entry["rows"]) - sum(b - a for a, b in entry.get("deleted", []))


@dataclass
class Segment:
    """One segment in memory. Its faiss index and `stored` chunks hold every row ever written to it;
    `live` lists the rows not deleted (ascending)."""

    path: Path
    faiss: object
    stored: list[Chunk]
    live: np.ndarray
    nprobe: int = 0  # IVF lists searched per query; 0 for an exact (flat) index
    nlist: int = 0
    _bm25: object = None
    _live_selector: object = None

    @property
    def bm25(self):
        """The bm25s index, loaded on first use (None for an empty segment)."""
        if self._bm25 is None and (self.path / "bm25").is_dir():
            import bm25s

            self._bm25 = bm25s.BM25.load(str(self.path / "bm25"), show_progress=False)
        return self._bm25

    def keyword_count(self, token: str) -> int:
        """How many of the segment's rows hold the keyword `token` (deleted rows too)."""
        bm25 = self.bm25
        t = None if bm25 is None else bm25.vocab_dict.get(token)
        indptr = None if t is None else bm25.scores["indptr"]  # CSC: a keyword's column spans its rows
        return int(indptr[t + 1] - indptr[t]) if indptr is not None and t + 1 < len(indptr) else 0

    def keyword_vocabulary(self) -> dict[str, int]:
        """Each keyword of the segment's BM25 index -> how many of its rows use it (deleted rows too)."""
        bm25 = self.bm25
        words = [] if bm25 is None else [w for w in bm25.vocab_dict if isinstance(w, str) and w]
        return {w: n for w in words if (n := self.keyword_count(w))}

    def search(self, qvec: np.ndarray, n: int, allowed: np.ndarray | None, selector) -> tuple[np.ndarray, np.ndarray]:
        """(stored row ids, scores) of the n best rows among `allowed` (None: any stored row)."""
        import faiss

        q = qvec.reshape(1, -1).astype(np.float32)
        nprobe = self.nprobe
        if allowed is not None and nprobe:
            # A filter leaves fewer rows per list: probe proportionally more lists, so a filtered search
            # scores about as many allowed rows as an unfiltered one (the selector skips the others
            # cheaply, one bit per row). At most every list: then the search is exact, and still a scan
            # of the lists in place (reconstructing the allowed vectors per query costs several times more).
            nprobe = min(self.nlist, math.ceil(nprobe * len(self.stored) / max(len(allowed), 1)))
        if nprobe:
            params = faiss.SearchParametersIVF(sel=selector, nprobe=nprobe)
        else:
            params = faiss.SearchParameters(sel=selector) if selector is not None else None
        scores, ids = self.faiss.search(q, n, params=params)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def live_selector(self):
        """A faiss filter letting through the live rows (built once per loaded segment)."""
        if self._live_selector is None:
            self._live_selector = make_selector(len(self.stored), self.live)
        return self._live_selector

    def vectors(self) -> np.ndarray:
        """The live rows' vectors."""
        if len(self.live) == len(self.stored):
            return self.faiss.reconstruct_n(0, len(self.stored))
        return self.faiss.reconstruct_batch(self.live)


def make_selector(n_stored: int, allowed: np.ndarray):
    """A faiss filter letting through only `allowed` stored rows (one bit per row: fast to test)."""
    import faiss

    mask = np.zeros(n_stored, dtype=bool)
    mask[allowed] = True
    bits = np.packbits(mask, bitorder="little")
    sel = faiss.IDSelectorBitmap(n_stored, faiss.swig_ptr(bits))
    sel.referenced_objects = [bits]  # faiss keeps a raw pointer: the bits must live as long as the selector
    return sel


def pick_rows(items: list, rows: np.ndarray) -> list:
    return items if len(rows) == len(items) else [items[i] for i in rows]


def read_chunks(folder: Path) -> list[Chunk]:
    with open(folder / "chunks.jsonl", encoding="utf-8") as f:
        return [Chunk.from_dict(json.loads(line)) for line in f if line.strip()]


def load_segment(folder: Path, entry: dict) -> Segment:
    import faiss

    stored = read_chunks(folder)
    index = faiss.read_index(str(folder / "index.faiss"))
    if index.ntotal != len(stored) or (entry.get("rows") is not None and entry["rows"] != len(stored)):
        raise DomainbotError(f"{folder}: index.faiss has {index.ntotal} vectors but chunks.jsonl {len(stored)} rows")
    deleted = ranges_to_rows(entry.get("deleted"))
    live = np.setdiff1d(np.arange(len(stored), dtype=np.int64), deleted, assume_unique=True)
    nprobe = nlist = 0
    if isinstance(index, faiss.IndexIVF):
        nlist, nprobe = index.nlist, int(entry.get("nprobe") or index.nprobe)
        if index.direct_map.type == faiss.DirectMap.NoMap:
            index.make_direct_map()  # reconstruct(row) needs it
    return Segment(path=folder, faiss=index, stored=stored, live=live, nprobe=nprobe, nlist=nlist)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(folder: Path) -> None:
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            fsync_file(p)
    for d in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
        try:
            fsync_file(d)  # directory entries too (POSIX); not supported on every platform
        except OSError:
            pass


def write_bm25(folder: Path, chunks: list[Chunk]) -> None:
    if not chunks:
        return
    import bm25s

    corpus_tokens = [keyword_tokens(bm25_text(c)) or [""] for c in chunks]
    bm25 = bm25s.BM25()
    bm25.index(corpus_tokens, show_progress=False)
    bm25.save(str(folder / "bm25"), show_progress=False)


def new_name(prefix: str) -> str:
    return f"{prefix}-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"


def _calibrate_nprobe(index, vectors: np.ndarray, k: int = 10, queries: int = 200) -> int:
    """The fewest IVF lists to search for recall@k >= RECALL_TARGET against exact search. The questions
    are stored vectors moved by random noise to cosine ~0.45 (a question is not a copy of its passage; a
    stored vector itself is too easy, its own list always holds it and its closest siblings). On
    bench/scale.py's simulated estate this reaches recall@10 >= 0.95 for questions about unseen documents."""
    import faiss

    rng = np.random.default_rng(0)
    picked = rng.choice(len(vectors), min(queries, len(vectors)), replace=False)
    noise = rng.standard_normal((len(picked), vectors.shape[1])).astype(np.float32)
    q = vectors[picked] + 2.0 * noise / np.linalg.norm(noise, axis=1, keepdims=True)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    _, exact = faiss.knn(q, vectors, k, metric=faiss.METRIC_INNER_PRODUCT)
    nprobe = 1
    while nprobe < index.nlist:
        _, found = index.search(q, k, params=faiss.SearchParametersIVF(nprobe=nprobe))
        if np.mean([len(set(f.tolist()) & set(t.tolist())) / k for f, t in zip(found, exact)]) >= RECALL_TARGET:
            break
        nprobe *= 2
    index.nprobe = min(nprobe, index.nlist)
    return index.nprobe


def dense_index(vectors: np.ndarray, dim: int, ann_threshold: int) -> tuple[object, dict]:
    """Exact IndexFlatIP up to ann_threshold rows; above it IVF-Flat with about 4 * sqrt(rows) lists
    (it builds far faster than HNSW on few cores and keeps the vectors exactly; see bench/scale.py)."""
    import faiss

    n = len(vectors)
    if n <= ann_threshold:
        index = faiss.IndexFlatIP(dim)
        if n:
            index.add(vectors)
        return index, {"kind": "flat"}
    nlist = max(1, min(int(4 * math.sqrt(n)), n // 39))
    index = faiss.index_factory(dim, f"IVF{nlist},Flat", faiss.METRIC_INNER_PRODUCT)
    index.cp.max_points_per_centroid = TRAIN_POINTS_PER_LIST  # faiss samples the k-means training set
    index.cp.seed = 1234
    index.train(vectors)
    index.add(vectors)
    index.make_direct_map()  # reconstruct(row): BM25-only hits get their cosine, merges read vectors back
    nprobe = _calibrate_nprobe(index, vectors)
    return index, {"kind": "ivf", "nlist": nlist, "nprobe": nprobe}


def _group_by_file(chunks: list[Chunk], vectors: np.ndarray) -> tuple[list[Chunk], np.ndarray]:
    """Chunks (and vectors) reordered so each file's rows are contiguous (first-seen file first,
    order kept within a file): a file's rows are then one range, cheap to record and to delete."""
    first_seen: dict[tuple[str, str], int] = {}
    keys = [first_seen.setdefault((c.root, c.source), len(first_seen)) for c in chunks]
    if all(a <= b for a, b in zip(keys, keys[1:])):
        return chunks, vectors
    order = np.argsort(np.array(keys), kind="stable")
    return [chunks[i] for i in order], vectors[order]


def _file_rows(chunks: list[Chunk]) -> dict[tuple[str, str], list[int]]:
    """(root, source) -> [first row, last row + 1] of that file's contiguous rows."""
    out: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(chunks):
        out.setdefault((c.root, c.source), [i, i])[1] = i + 1
    return out


def write_segment(ws: Workspace, chunks: list[Chunk], vectors: np.ndarray, dim: int,
                  ann_threshold: int) -> tuple[dict, dict]:
    """Write one immutable segment folder; it is not live until a committed manifest names it.

    Returns its manifest entry and where each file's rows landed ((root, source) -> [first, stop])."""
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if len(vectors) != len(chunks):
        raise ValueError(f"{len(chunks)} chunks but {len(vectors)} vectors")
    chunks, vectors = _group_by_file(chunks, vectors)
    name = new_name("seg")
    folder = ws.root / SEGMENTS_DIR / name
    folder.mkdir(parents=True)
    try:
        index, info = dense_index(vectors, dim, ann_threshold)
        faiss.write_index(index, str(folder / "index.faiss"))
        with open(folder / "chunks.jsonl", "w", encoding="utf-8") as f:
            for c in chunks:
                f.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        write_bm25(folder, chunks)
        entry = {"name": name, "rows": len(chunks), "deleted": [], **info}
        (folder / "segment.json").write_text(json.dumps({**entry, "dim": dim}, indent=2))
        fsync_tree(folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return entry, _file_rows(chunks)
