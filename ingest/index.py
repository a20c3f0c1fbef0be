"""The on-disk index: a versioned folder per ingest run, swapped in atomically.

    workspace/CURRENT                       "index-20261129T051500-ab12"
    workspace/index-20261129T051500-ab12/
        index.faiss     faiss.IndexFlatIP over L2-normalised vectors (inner product = cosine)
        chunks.jsonl    row i describes faiss id i
        manifest.json   embedder, chunking config, and per-file sha256/size/mtime (incremental re-runs)
        bm25/           bm25s keyword index over the same rows

A run writes a complete new folder, fsyncs it, then replaces CURRENT with os.replace. A crash or
Ctrl-C at any point leaves CURRENT naming the previous, complete folder.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from core.config import DomainbotError, Workspace
from core.files import atomic_write_text
from core.schema import Chunk

MANIFEST_VERSION = 1

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
    return f"{chunk.section}\n{chunk.text}" if chunk.section else chunk.text


@dataclass
class Index:
    path: Path
    chunks: list[Chunk]
    faiss: object  # faiss.IndexFlatIP
    manifest: dict
    _bm25: object = field(default=None, repr=False)

    def vectors(self) -> np.ndarray:
        """All stored vectors, row-aligned with chunks (IndexFlat keeps them exactly)."""
        n = self.faiss.ntotal
        if n == 0:
            return np.zeros((0, self.faiss.d), dtype=np.float32)
        return self.faiss.reconstruct_n(0, n)

    @property
    def bm25(self):
        """The bm25s index, loaded on first use (None when the index holds no chunks)."""
        if self._bm25 is None and (self.path / "bm25").is_dir():
            import bm25s

            self._bm25 = bm25s.BM25.load(str(self.path / "bm25"), show_progress=False)
        return self._bm25


def read_manifest(ws: Workspace) -> dict | None:
    """The live manifest alone (cheap: lets a no-change re-ingest skip loading faiss and torch)."""
    d = ws.index_dir()
    if d is None:
        return None
    try:
        return json.loads((d / "manifest.json").read_text())
    except (OSError, json.JSONDecodeError):
        return None


def load_index(ws: Workspace) -> Index:
    d = ws.index_dir()
    if d is None:
        raise DomainbotError(f"no index in {ws.root}: run `domainbot ingest FOLDER` first")
    import faiss

    try:
        manifest = json.loads((d / "manifest.json").read_text())
        with open(d / "chunks.jsonl", encoding="utf-8") as f:
            chunks = [Chunk.from_dict(json.loads(line)) for line in f if line.strip()]
        index = faiss.read_index(str(d / "index.faiss"))
    except (OSError, json.JSONDecodeError, RuntimeError) as e:
        raise DomainbotError(f"{d}: index is damaged ({type(e).__name__}); re-run `domainbot ingest`")
    if index.ntotal != len(chunks):
        raise DomainbotError(f"{d}: index.faiss has {index.ntotal} vectors but chunks.jsonl {len(chunks)} rows")
    return Index(path=d, chunks=chunks, faiss=index, manifest=manifest)


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


def new_index_name() -> str:
    return f"index-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(2)}"


def write_index(ws: Workspace, chunks: list[Chunk], vectors: np.ndarray, manifest: dict) -> Path:
    """Write a complete new index folder, then atomically point CURRENT at it; returns the folder.

    Older index-* folders (the previous live one, leftovers of crashed runs) are deleted only after the swap.
    """
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if len(vectors) != len(chunks):
        raise ValueError(f"{len(chunks)} chunks but {len(vectors)} vectors")
    ws.root.mkdir(parents=True, exist_ok=True)
    folder = ws.root / new_index_name()
    folder.mkdir()
    try:
        dim = int(manifest.get("dim") or (vectors.shape[1] if vectors.ndim == 2 and len(vectors) else 0))
        index = faiss.IndexFlatIP(dim)
        if len(vectors):
            index.add(vectors)
        faiss.write_index(index, str(folder / "index.faiss"))
        with open(folder / "chunks.jsonl", "w", encoding="utf-8") as f:
            for c in chunks:
                f.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        _write_bm25(folder, chunks)
        manifest = {**manifest, "version": MANIFEST_VERSION, "dim": dim, "chunks": len(chunks)}
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
        _fsync_tree(folder)
        atomic_write_text(ws.current_file, folder.name + "\n")  # the commit point
        try:
            _fsync_file(ws.root)
        except OSError:
            pass
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)  # CURRENT still names the previous folder
        raise
    remove_stale_indexes(ws)
    return folder


def remove_stale_indexes(ws: Workspace) -> None:
    """Delete every index-* folder that CURRENT does not name."""
    live = ws.index_dir()
    for d in ws.root.glob("index-*"):
        if d.is_dir() and (live is None or d.name != live.name):
            shutil.rmtree(d, ignore_errors=True)
    for tmp in ws.root.glob("CURRENT.tmp*"):  # a crash between writing the pointer and renaming it
        tmp.unlink(missing_ok=True)
