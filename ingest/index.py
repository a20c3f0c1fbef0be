"""The on-disk index: immutable segments (ingest/segments.py), and a small versioned manifest naming the
live ones (ingest/manifest.py).

    workspace/CURRENT                       "index-20261129T051500-ab12" (the commit point)
    workspace/index-20261129T051500-ab12/
        manifest.json   embedder, chunking config, per-file sha256/size/mtime (incremental re-runs) and
                        where each file's rows are ("segment", "rows": [first, last + 1]); the live
                        segments, each with its deleted rows (tombstones, as [first, last + 1] ranges)
    workspace/segments/seg-20261129T051500-cd34/    never changed once written (see ingest/segments.py)

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

import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np

from core.config import DomainbotError, IngestConfig, Workspace
from core.files import atomic_write_text
from core.schema import Chunk
from ingest.manifest import MANIFEST_VERSION, Manifest, read_manifest
from ingest.segments import (
    SEGMENTS_DIR,
    Segment,
    fsync_file,
    fsync_tree,
    live_rows,
    load_segment,
    make_selector,
    new_name,
    pick_rows,
    ranges_to_rows,
    read_chunks,
    rows_to_ranges,
    write_segment,
)

__all__ = ["Index", "MANIFEST_VERSION", "Manifest", "load_index", "plan_compaction", "read_live_chunks",
           "read_manifest", "remove_stale_indexes", "update_index", "write_index"]
MAX_SEGMENTS = 8  # more live segments than this and the smallest are merged
MAX_DELETED_FRACTION = 0.5  # a segment with more of its rows deleted is rewritten with the live ones

# ---------------------------------------------------------------- loaded index


class Index:
    """The live index: its segments, seen as one list of rows.

    Row i is `chunks[i]`: live chunks only, segment after segment, in manifest order. search_dense,
    bm25_scores and vector speak in these rows.
    """

    def __init__(self, path: Path, manifest: Manifest, segments: list[Segment]):
        self.path = path
        self.manifest = manifest
        self.segments = segments
        self.chunks: list[Chunk] = [c for s in segments for c in pick_rows(s.stored, s.live)]
        self.dim = manifest.dim or (segments[0].faiss.d if segments else 0)
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
                    out.append((s.live, s.live_selector()))
            return out
        cached = self._selections.get(id(rows))
        if cached is not None and cached[0] is rows:
            return cached[1]
        wanted = np.unique(np.asarray(rows, dtype=np.int64))
        out = []
        for s, start in zip(self.segments, self._starts):
            lo, hi = np.searchsorted(wanted, [start, start + len(s.live)])
            allowed = s.live[wanted[lo:hi] - start]
            out.append((allowed, make_selector(len(s.stored), allowed) if len(allowed) else None))
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


def _segment_folders(index_dir: Path, manifest: Manifest) -> list[tuple[Path, dict]]:
    """(folder, manifest entry) of each segment a version names; a version 1 folder is its own segment."""
    if manifest.segments is None:
        return [(index_dir, {"rows": manifest.chunks, "deleted": []})]
    root = index_dir.parent / SEGMENTS_DIR
    return [(root / e["name"], e) for e in manifest.segments]


def read_live_chunks(index_dir: Path, manifest: Manifest) -> list[Chunk]:
    """The live chunks of a version folder, in row order, without loading faiss (the chat app's view).
    Raises OSError / ValueError on a damaged index."""
    out = []
    for folder, entry in _segment_folders(index_dir, manifest):
        stored = read_chunks(folder)
        deleted = set(ranges_to_rows(entry.get("deleted")).tolist())
        out.extend(c for i, c in enumerate(stored) if i not in deleted)
    return out


def load_index(ws: Workspace) -> Index:
    d = ws.index_dir()
    if d is None:
        raise DomainbotError(f"no index in {ws.root}: run `domainbot ingest FOLDER` first")
    try:
        manifest = Manifest.read(d)
        segments = [load_segment(folder, entry) for folder, entry in _segment_folders(d, manifest)]
    except (OSError, ValueError, RuntimeError, KeyError, TypeError) as e:  # json.JSONDecodeError is a ValueError
        raise DomainbotError(f"{d}: index is damaged ({type(e).__name__}); re-run `domainbot ingest`")
    return Index(path=d, manifest=manifest, segments=segments)


# ---------------------------------------------------------------- writing


def new_index_name() -> str:
    return new_name("index")


def _commit(ws: Workspace, manifest: Manifest) -> Path:
    """Write the version folder and make it live (the atomic swap of CURRENT); then delete what the
    live version no longer names."""
    folder = ws.root / new_index_name()
    folder.mkdir()
    try:
        manifest.write(folder)
        fsync_tree(folder)
        atomic_write_text(ws.current_file, folder.name + "\n")  # the commit point
        try:
            fsync_file(ws.root)
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


def _version_manifest(manifest: Manifest, files: dict, segments: list[dict], dim: int) -> Manifest:
    return replace(manifest, files=files, version=MANIFEST_VERSION, dim=dim,
                   chunks=sum(live_rows(s) for s in segments), segments=segments)


def write_index(ws: Workspace, chunks: list[Chunk], vectors: np.ndarray, manifest: Manifest,
                ann_threshold: int = IngestConfig.ann_threshold) -> Path:
    """A full rebuild: one segment with every chunk, committed as a new version; returns the version folder.

    Older versions and segments (the previous live ones, leftovers of crashed runs) are deleted only after the swap.
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    if len(vectors) != len(chunks):
        raise ValueError(f"{len(chunks)} chunks but {len(vectors)} vectors")
    ws.root.mkdir(parents=True, exist_ok=True)
    dim = manifest.dim or (int(vectors.shape[1]) if vectors.ndim == 2 and len(vectors) else 0)
    segments, placed = [], {}
    if chunks:
        entry, file_rows = write_segment(ws, chunks, vectors, dim, ann_threshold)
        segments.append(entry)
        placed = {key: (entry["name"], rows) for key, rows in file_rows.items()}
    try:
        files = _with_locations(manifest.files, placed, {})
        return _commit(ws, _version_manifest(manifest, files, segments, dim))
    except BaseException:
        for s in segments:
            shutil.rmtree(ws.root / SEGMENTS_DIR / s["name"], ignore_errors=True)
        raise


def update_index(ws: Workspace, manifest: Manifest, new_chunks: list[Chunk], new_vectors: np.ndarray,
                 removed_files: set[tuple[str, str]], ann_threshold: int = IngestConfig.ann_threshold) -> Path:
    """An incremental change on top of the live (version 2) index; returns the new version folder.

    The rows of `removed_files` ((root, source): removed or changed files) are marked deleted, `new_chunks`
    go into ONE new segment, compaction merges what plan_compaction picks, and the result is committed.
    No other segment's vectors, chunks or keyword index are read or rewritten."""
    prev = read_manifest(ws)
    if prev is None or prev.segments is None:
        raise ValueError("update_index needs a live version 2 index (write_index builds one)")
    dim = manifest.dim or prev.dim
    segments = [{**s, "deleted": [list(r) for r in s.get("deleted", [])]} for s in prev.segments]
    by_name = {s["name"]: s for s in segments}
    prev_files = prev.files
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
        files = _with_locations(manifest.files, placed, prev_files)
        return _commit(ws, _version_manifest(manifest, files, segments, dim))
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
                seg = load_segment(ws.root / SEGMENTS_DIR / member["name"], member)
                chunks += pick_rows(seg.stored, seg.live)
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
        needed = {s["name"] for s in manifest.segments or []}
    for d in segments_dir.iterdir():
        if d.name not in needed:
            shutil.rmtree(d, ignore_errors=True)
