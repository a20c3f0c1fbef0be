"""The on-disk index: immutable segments, and a small versioned manifest naming the live ones.

    workspace/CURRENT                       "index-20261129T051500-ab12" (the commit point)
    workspace/index-20261129T051500-ab12/
        manifest.json   embedder, chunking config, per-file sha256/size/mtime (incremental re-runs) and
                        where each file's rows are ("segment", "rows": [first, last + 1]); the live
                        segments, each with its deleted rows (tombstones, as [first, last + 1] ranges)
    workspace/segments/seg-20261129T051500-cd34/    never changed once written
        index.faiss     exact faiss.IndexFlatIP, or IVF-Flat above IngestConfig.ann_threshold rows
                        (L2-normalised vectors: inner product = cosine)
        chunks.jsonl    row i describes faiss id i
        bm25/           bm25s keyword index over the same rows
        segment.json    rows, kind of faiss index, IVF lists and lists searched per query

Like Lucene's segments: an incremental ingest (update_index) writes ONE new segment holding the new and
changed files' chunks and marks the old rows of changed and removed files deleted in the new manifest;
the other segments' files are neither read nor rewritten. A full rebuild (write_index: first ingest,
another embedder or chunking) writes one segment. Compaction (plan_compaction) keeps the segment count
bounded: above MAX_SEGMENTS the smallest are merged, and a segment more than half deleted is rewritten;
a big segment joins a merge only once the small ones add up to its size.

Crash safety: segments and the version folder are written and fsynced first; replacing CURRENT
(os.replace) makes them live. A crash or Ctrl-C before that leaves CURRENT naming the previous, complete
version. Versions and segments the live manifest does not name are deleted only after the swap (and at
the start of the next ingest).

Version 1 indexes (index.faiss, chunks.jsonl and bm25/ inside the version folder) still load, as a
single segment; the next ingest that changes anything rewrites them as a segment.
"""
from __future__ import annotations

import json
import math
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from core.config import DomainbotError, IngestConfig, Workspace
from core.files import atomic_write_text
from core.schema import Chunk

MANIFEST_VERSION = 2
SEGMENTS_DIR = "segments"  # under the workspace root
MAX_SEGMENTS = 8  # more live segments than this and the smallest are merged
MAX_DELETED_FRACTION = 0.5  # a segment with more of its rows deleted is rewritten with the live ones
RECALL_TARGET = 0.95  # IVF: search enough lists for this recall@10 (measured when the segment is written)
TRAIN_POINTS_PER_LIST = 64  # IVF k-means sample: faiss warns below 39 per list; more only slows the build

# Keyword tokens: words, numbers and joined forms such as "4.5%", "mg/kg", "zx-4471", "1,000".
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:(?:[./\-]|(?<=\d),(?=\d))[a-z0-9]+)*%?")
_SPLIT_RE = re.compile(r"[./\-,%]+")
_STOPWORDS: frozenset[str] | None = None


def _stopwords() -> frozenset[str]:
    global _STOPWORDS
    if _STOPWORDS is None:
        from bm25s.stopwords import STOPWORDS_EN

        _STOPWORDS = frozenset(STOPWORDS_EN)
    return _STOPWORDS


def tokenize(text: str) -> list[str]:
    """Lowercase word tokens minus English stopwords. A joined token ("zx-4471") also yields its parts,
    so both the exact code and its pieces match."""
    stop = _stopwords()
    out = []
    for tok in _TOKEN_RE.findall(text.lower()):
        if tok in stop:
            continue
        out.append(tok)
        if not tok.isalnum():
            out.extend(p for p in _SPLIT_RE.split(tok) if p and p != tok and p not in stop and (len(p) > 1 or p.isdigit()))
    return out


def bm25_text(chunk: Chunk) -> str:
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


# ---------------------------------------------------------------- loaded index


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

    def vectors(self) -> np.ndarray:
        """The live rows' vectors."""
        if len(self.live) == len(self.stored):
            return self.faiss.reconstruct_n(0, len(self.stored))
        return self.faiss.reconstruct_batch(self.live)


def _selector(n_stored: int, allowed: np.ndarray):
    """A faiss filter letting through only `allowed` stored rows (one bit per row: fast to test)."""
    import faiss

    mask = np.zeros(n_stored, dtype=bool)
    mask[allowed] = True
    bits = np.packbits(mask, bitorder="little")
    sel = faiss.IDSelectorBitmap(n_stored, faiss.swig_ptr(bits))
    sel.referenced_objects = [bits]  # faiss keeps a raw pointer: the bits must live as long as the selector
    return sel


class Index:
    """The live index: its segments, seen as one list of rows.

    Row i is `chunks[i]`: live chunks only, segment after segment, in manifest order. search_dense,
    bm25_scores and vector speak in these rows.
    """

    def __init__(self, path: Path, manifest: dict, segments: list[Segment]):
        self.path = path
        self.manifest = manifest
        self.segments = segments
        self.chunks: list[Chunk] = [c for s in segments for c in _pick(s.stored, s.live)]
        self.dim = int(manifest.get("dim") or (segments[0].faiss.d if segments else 0))
        # global row of each segment's first live row
        self._starts = np.cumsum([0] + [len(s.live) for s in segments])
        self._selections: dict[int, tuple] = {}  # id(rows) -> (rows, per-segment (allowed, selector))

    def __len__(self) -> int:
        return len(self.chunks)

    def _locate(self, row: int) -> tuple[Segment, int]:
        if not 0 <= row < len(self.chunks):
            raise IndexError(f"row {row} out of range (index has {len(self.chunks)} rows)")
        s = int(np.searchsorted(self._starts, row, side="right")) - 1
        return self.segments[s], int(self.segments[s].live[row - self._starts[s]])

    def vector(self, row: int) -> np.ndarray:
        seg, stored_row = self._locate(int(row))
        return seg.faiss.reconstruct(stored_row)

    def vectors(self) -> np.ndarray:
        """All live vectors, row-aligned with chunks."""
        parts = [s.vectors() for s in self.segments if len(s.live)]
        return np.concatenate(parts) if parts else np.zeros((0, self.dim), dtype=np.float32)

    def _segment_filters(self, rows) -> list[tuple[np.ndarray | None, object]]:
        """Per segment: (stored rows a search may return or None for all, faiss selector or None).

        Built once per `rows` array (the retriever keeps one per collection set); `rows` must not be
        changed afterwards."""
        if rows is None:
            out = []
            for s in self.segments:
                if len(s.live) == len(s.stored):
                    out.append((None, None))
                else:
                    if s._live_selector is None:
                        s._live_selector = _selector(len(s.stored), s.live)
                    out.append((s.live, s._live_selector))
            return out
        cached = self._selections.get(id(rows))
        if cached is not None and cached[0] is rows:
            return cached[1]
        wanted = np.unique(np.asarray(rows, dtype=np.int64))
        out = []
        for s, start in zip(self.segments, self._starts):
            lo, hi = np.searchsorted(wanted, [start, start + len(s.live)])
            allowed = s.live[wanted[lo:hi] - start]
            out.append((allowed, _selector(len(s.stored), allowed) if len(allowed) else None))
        if len(self._selections) >= 32:
            self._selections.pop(next(iter(self._selections)))
        self._selections[id(rows)] = (rows, out)  # holding `rows` keeps its id from being reused
        return out

    def search_dense(self, qvec: np.ndarray, n: int, rows=None) -> list[tuple[int, float]]:
        """The n rows with the highest cosine to `qvec`, best first, among `rows` (None: all rows).
        The filter is applied inside each segment's search, before ranking, never to a top-n after it."""
        found_rows, found_scores = [], []
        for seg, start, (allowed, selector) in zip(self.segments, self._starts, self._segment_filters(rows)):
            k = min(n, len(seg.stored) if allowed is None else len(allowed))
            if k <= 0:
                continue
            ids, scores = seg.search(qvec, k, allowed, selector)
            found_rows.append(start + np.searchsorted(seg.live, ids))  # stored row -> global row
            found_scores.append(scores)
        if not found_rows:
            return []
        all_rows, all_scores = np.concatenate(found_rows), np.concatenate(found_scores)
        order = np.lexsort((all_rows, -all_scores))[:n]
        return [(int(all_rows[i]), float(all_scores[i])) for i in order]

    def bm25_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every live row for the query tokens (0 where none occurs).

        Each segment scores with its own statistics (document frequencies, average length), so the same
        text can score a little differently in two segments; compaction keeps the segments few and the
        big one dominant, which bounds that drift. Deleted rows still count in their segment's
        statistics until it is rewritten (as in Lucene)."""
        parts = []
        for seg in self.segments:
            if not len(seg.live):
                continue
            bm25 = seg.bm25
            known = [t for t in tokens if bm25 is not None and t in bm25.vocab_dict]
            parts.append(bm25.get_scores(known)[seg.live] if known else np.zeros(len(seg.live), dtype=np.float32))
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)


def _pick(items: list, rows: np.ndarray) -> list:
    return items if len(rows) == len(items) else [items[i] for i in rows]


def read_manifest(ws: Workspace) -> dict | None:
    """The live manifest alone (cheap: lets a no-change re-ingest skip loading faiss and torch)."""
    d = ws.index_dir()
    if d is None:
        return None
    try:
        return json.loads((d / "manifest.json").read_text())
    except (OSError, json.JSONDecodeError):
        return None


def _segment_folders(index_dir: Path, manifest: dict) -> list[tuple[Path, dict]]:
    """(folder, manifest entry) of each segment a version names; a version 1 folder is its own segment."""
    if "segments" not in manifest:
        return [(index_dir, {"rows": manifest.get("chunks"), "deleted": []})]
    root = index_dir.parent / SEGMENTS_DIR
    return [(root / e["name"], e) for e in manifest["segments"]]


def _read_chunks(folder: Path) -> list[Chunk]:
    with open(folder / "chunks.jsonl", encoding="utf-8") as f:
        return [Chunk.from_dict(json.loads(line)) for line in f if line.strip()]


def read_live_chunks(index_dir: Path, manifest: dict) -> list[Chunk]:
    """The live chunks of a version folder, in row order, without loading faiss (the chat app's view).
    Raises OSError / ValueError on a damaged index."""
    out = []
    for folder, entry in _segment_folders(index_dir, manifest):
        stored = _read_chunks(folder)
        deleted = set(ranges_to_rows(entry.get("deleted")).tolist())
        out.extend(c for i, c in enumerate(stored) if i not in deleted)
    return out


def _load_segment(folder: Path, entry: dict) -> Segment:
    import faiss

    stored = _read_chunks(folder)
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


def load_index(ws: Workspace) -> Index:
    d = ws.index_dir()
    if d is None:
        raise DomainbotError(f"no index in {ws.root}: run `domainbot ingest FOLDER` first")
    try:
        manifest = json.loads((d / "manifest.json").read_text())
        segments = [_load_segment(folder, entry) for folder, entry in _segment_folders(d, manifest)]
    except (OSError, json.JSONDecodeError, RuntimeError, KeyError, TypeError) as e:
        raise DomainbotError(f"{d}: index is damaged ({type(e).__name__}); re-run `domainbot ingest`")
    return Index(path=d, manifest=manifest, segments=segments)


# ---------------------------------------------------------------- writing


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(folder: Path) -> None:
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            _fsync_file(p)
    for d in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
        try:
            _fsync_file(d)  # directory entries too (POSIX); not supported on every platform
        except OSError:
            pass


def _write_bm25(folder: Path, chunks: list[Chunk]) -> None:
    if not chunks:
        return
    import bm25s

    corpus_tokens = [tokenize(bm25_text(c)) or [""] for c in chunks]
    bm25 = bm25s.BM25()
    bm25.index(corpus_tokens, show_progress=False)
    bm25.save(str(folder / "bm25"), show_progress=False)


def _new_name(prefix: str) -> str:
    return f"{prefix}-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"


def new_index_name() -> str:
    return _new_name("index")


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


def _dense_index(vectors: np.ndarray, dim: int, ann_threshold: int) -> tuple[object, dict]:
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
    name = _new_name("seg")
    folder = ws.root / SEGMENTS_DIR / name
    folder.mkdir(parents=True)
    try:
        index, info = _dense_index(vectors, dim, ann_threshold)
        faiss.write_index(index, str(folder / "index.faiss"))
        with open(folder / "chunks.jsonl", "w", encoding="utf-8") as f:
            for c in chunks:
                f.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        _write_bm25(folder, chunks)
        entry = {"name": name, "rows": len(chunks), "deleted": [], **info}
        (folder / "segment.json").write_text(json.dumps({**entry, "dim": dim}, indent=2))
        _fsync_tree(folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return entry, _file_rows(chunks)


def _commit(ws: Workspace, manifest: dict) -> Path:
    """Write the version folder and make it live (the atomic swap of CURRENT); then delete what the
    live version no longer names."""
    folder = ws.root / new_index_name()
    folder.mkdir()
    try:
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
        _fsync_tree(folder)
        atomic_write_text(ws.current_file, folder.name + "\n")  # the commit point
        try:
            _fsync_file(ws.root)
        except OSError:
            pass
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)  # CURRENT still names the previous version
        raise
    remove_stale_indexes(ws)
    return folder


def _with_locations(files: dict, placed: dict[tuple[str, str], tuple[str, list[int]]], prev_files: dict) -> dict:
    """The manifest's files, each entry telling where its rows are: from `placed` (files in segments
    written now), else from the previous manifest (files whose segment was not touched)."""
    out = {}
    for root, entries in files.items():
        out[root] = {}
        for source, entry in entries.items():
            entry = {k: v for k, v in entry.items() if k not in ("segment", "rows")}
            if (root, source) in placed:
                entry["segment"], entry["rows"] = placed[(root, source)]
            else:
                old = prev_files.get(root, {}).get(source, {})
                if "segment" in old:
                    entry["segment"], entry["rows"] = old["segment"], old["rows"]
            out[root][source] = entry
    return out


def _version_manifest(manifest: dict, segments: list[dict], dim: int) -> dict:
    return {**manifest, "version": MANIFEST_VERSION, "dim": dim, "chunks": sum(live_rows(s) for s in segments),
            "segments": segments}


def write_index(ws: Workspace, chunks: list[Chunk], vectors: np.ndarray, manifest: dict,
                ann_threshold: int = IngestConfig.ann_threshold) -> Path:
    """A full rebuild: one segment with every chunk, committed as a new version; returns the version folder.

    Older versions and segments (the previous live ones, leftovers of crashed runs) are deleted only after the swap.
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    if len(vectors) != len(chunks):
        raise ValueError(f"{len(chunks)} chunks but {len(vectors)} vectors")
    ws.root.mkdir(parents=True, exist_ok=True)
    dim = int(manifest.get("dim") or (vectors.shape[1] if vectors.ndim == 2 and len(vectors) else 0))
    segments, placed = [], {}
    if chunks:
        entry, file_rows = write_segment(ws, chunks, vectors, dim, ann_threshold)
        segments.append(entry)
        placed = {key: (entry["name"], rows) for key, rows in file_rows.items()}
    try:
        files = _with_locations(manifest.get("files", {}), placed, {})
        return _commit(ws, _version_manifest({**manifest, "files": files}, segments, dim))
    except BaseException:
        for s in segments:
            shutil.rmtree(ws.root / SEGMENTS_DIR / s["name"], ignore_errors=True)
        raise


def update_index(ws: Workspace, manifest: dict, new_chunks: list[Chunk], new_vectors: np.ndarray,
                 removed_files: set[tuple[str, str]], ann_threshold: int = IngestConfig.ann_threshold) -> Path:
    """An incremental change on top of the live (version 2) index; returns the new version folder.

    The rows of `removed_files` ((root, source): removed or changed files) are marked deleted, `new_chunks`
    go into ONE new segment, compaction merges what plan_compaction picks, and the result is committed.
    No other segment's vectors, chunks or keyword index are read or rewritten."""
    prev = read_manifest(ws)
    if not prev or "segments" not in prev:
        raise ValueError("update_index needs a live version 2 index (write_index builds one)")
    dim = int(manifest.get("dim") or prev.get("dim") or 0)
    segments = [{**s, "deleted": [list(r) for r in s.get("deleted", [])]} for s in prev["segments"]]
    by_name = {s["name"]: s for s in segments}
    prev_files = prev.get("files", {})
    for root, source in removed_files:
        old = prev_files.get(root, {}).get(source, {})
        seg = by_name.get(old.get("segment"))
        if seg is not None:
            a, b = old["rows"]
            seg["deleted"] = rows_to_ranges(np.concatenate([ranges_to_rows(seg["deleted"]), np.arange(a, b)]))
    written: list[str] = []
    try:
        placed = {}
        if new_chunks:
            entry, file_rows = write_segment(ws, new_chunks, new_vectors, dim, ann_threshold)
            written.append(entry["name"])
            segments.append(entry)
            placed.update({key: (entry["name"], rows) for key, rows in file_rows.items()})
        segments, merged_placed, merged_names = compact(ws, segments, dim, ann_threshold)
        written += merged_names
        placed.update(merged_placed)
        files = _with_locations(manifest.get("files", {}), placed, prev_files)
        return _commit(ws, _version_manifest({**manifest, "files": files}, segments, dim))
    except BaseException:
        for name in written:  # never named by a live manifest: removing them now changes nothing that is live
            shutil.rmtree(ws.root / SEGMENTS_DIR / name, ignore_errors=True)
        raise


# ---------------------------------------------------------------- compaction


def plan_compaction(segments: list[dict], max_segments: int | None = None) -> list[list[dict]]:
    """Groups of manifest segment entries to rewrite, each group into one new segment.

    - more than max_segments with live rows: merge the smallest, smallest first, taking the next one
      only while the count is still too high or it is no bigger than what is gathered so far (tiered,
      like Lucene: a big segment joins a merge only once the small ones add up to its size, so one
      changed file never makes it rewrite the big one);
    - a segment more than MAX_DELETED_FRACTION deleted is rewritten with its live rows only.
    Segments with no live row are simply dropped (not part of any group)."""
    max_segments = MAX_SEGMENTS if max_segments is None else max_segments
    live = [s for s in segments if live_rows(s) > 0]
    groups = []
    if len(live) > max_segments:
        group, total = [], 0
        for s in sorted(live, key=live_rows):
            if len(group) >= 2 and len(live) - len(group) + 1 <= max_segments and live_rows(s) > total:
                break
            group.append(s)
            total += live_rows(s)
        groups.append(group)
    merged = {s["name"] for g in groups for s in g}
    groups += [[s] for s in live if s["name"] not in merged and live_rows(s) < s["rows"] * (1 - MAX_DELETED_FRACTION)]
    return groups


def compact(ws: Workspace, segments: list[dict], dim: int,
            ann_threshold: int) -> tuple[list[dict], dict, list[str]]:
    """Apply plan_compaction: read only the planned segments (their live rows), write one new segment per
    group, in place of the group's first member. Returns the new segment list, where the moved files'
    rows now are, and the names of the segments written."""
    groups = plan_compaction(segments)
    first_of = {g[0]["name"]: g for g in (sorted(g, key=segments.index) for g in groups)}
    in_group = {s["name"] for g in groups for s in g}
    out, placed, written = [], {}, []
    try:
        for s in segments:
            if live_rows(s) <= 0 or (s["name"] in in_group and s["name"] not in first_of):
                continue  # nothing live, or merged into the group's first member below
            if s["name"] not in first_of:
                out.append(s)
                continue
            chunks, vectors = [], []
            for member in first_of[s["name"]]:
                seg = _load_segment(ws.root / SEGMENTS_DIR / member["name"], member)
                chunks += _pick(seg.stored, seg.live)
                vectors.append(seg.vectors())
            entry, file_rows = write_segment(ws, chunks, np.concatenate(vectors), dim, ann_threshold)
            written.append(entry["name"])
            out.append(entry)
            placed.update({key: (entry["name"], rows) for key, rows in file_rows.items()})
    except BaseException:
        for name in written:
            shutil.rmtree(ws.root / SEGMENTS_DIR / name, ignore_errors=True)
        raise
    return out, placed, written


def remove_stale_indexes(ws: Workspace) -> None:
    """Delete every index-* folder that CURRENT does not name, and every segment the live manifest does
    not name (when that manifest cannot be read, no segment is deleted)."""
    live = ws.index_dir()
    for d in ws.root.glob("index-*"):
        if d.is_dir() and (live is None or d.name != live.name):
            shutil.rmtree(d, ignore_errors=True)
    for tmp in ws.root.glob("CURRENT.tmp*"):  # a crash between writing the pointer and renaming it
        tmp.unlink(missing_ok=True)
    segments_dir = ws.root / SEGMENTS_DIR
    if not segments_dir.is_dir():
        return
    if live is None:
        needed: set[str] = set()
    else:
        manifest = read_manifest(ws)
        if manifest is None:
            return
        needed = {s["name"] for s in manifest.get("segments", [])}
    for d in segments_dir.iterdir():
        if d.name not in needed:
            shutil.rmtree(d, ignore_errors=True)
