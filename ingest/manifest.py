"""The manifest of one index version (manifest.json in its version folder): how the index was built, each
file it holds and where that file's rows are, and its live segments. The index owns it (ingest/index.py
writes it); everything else reads these fields instead of the JSON's keys.

    {"version": 2, "embedder": ..., "quantize": true, "embed_engine": "ct2", "dim": 384,
     "chunk_size": 800, "chunk_overlap": 120, "embed_text": "section+text", "created": "2026-...",
     "chunks": 1234,                                     live rows in all
     "files": {root: {source: {"size", "mtime", "sha256", "pages", "chunks", "collection", "redacted",
                               "identity", "segment", "rows": [first, last + 1]}}},
     "segments": [{"name", "rows", "deleted": [[first, stop], ...], "kind", "nlist", "nprobe"}]}

A manifest without "segments" is a version 1 index (index.faiss, chunks.jsonl and bm25/ in the version
folder). Keys this code does not know are kept as read and written back unchanged.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path

from core.config import IngestConfig, Workspace

MANIFEST_VERSION = 2
# what each chunk's vector and keyword entry are made of (a change re-chunks and re-embeds every file)
EMBED_TEXT = {True: "context+text", False: "section+text"}


@dataclass
class Manifest:
    embedder: str | None = None  # None: not recorded (a hand-made or damaged manifest)
    quantize: bool | None = None
    embed_engine: str = "torch"  # indexes older than the engine choice were all embedded with torch
    dim: int = 0  # 0: not known yet (an empty index)
    chunk_size: int | None = None
    chunk_overlap: int | None = None
    embed_text: str = EMBED_TEXT[False]  # indexes older than contextual chunks embedded section+text
    tables: bool | None = None  # ruled tables read as rows with headings (None: an index from before, read flat)
    created: str | None = None  # ISO 8601, UTC
    files: dict[str, dict[str, dict]] = field(default_factory=dict)  # root -> source -> file entry
    version: int = 1  # a manifest without the key predates versions
    chunks: int | None = None  # live rows in all (None: not recorded)
    segments: list[dict] | None = None  # None: a version 1 index, its one segment in the version folder
    extra: dict = field(default_factory=dict)  # keys this code does not know, written back as read

    @classmethod
    def for_ingest(cls, cfg: IngestConfig, embed_engine: str, files: dict, dim: int = 0) -> Manifest:
        """A new version's manifest for an ingest with `cfg` (the index fills in chunks and segments)."""
        return cls(embedder=cfg.embedder, quantize=cfg.quantize, embed_engine=embed_engine, dim=dim,
                   chunk_size=cfg.chunk_size, chunk_overlap=cfg.chunk_overlap, embed_text=EMBED_TEXT[cfg.context],
                   tables=cfg.tables, created=datetime.now(timezone.utc).isoformat(timespec="seconds"), files=files)

    def same_embedder(self, cfg: IngestConfig) -> bool:
        """Vectors made with `cfg` would be comparable with this index's."""
        return self.embedder == cfg.embedder and bool(self.quantize) == cfg.quantize

    def same_chunking(self, cfg: IngestConfig) -> bool:
        """Chunks made with `cfg` would be the ones this index holds."""
        return (self.chunk_size == cfg.chunk_size and self.chunk_overlap == cfg.chunk_overlap
                and self.embed_text == EMBED_TEXT[cfg.context] and bool(self.tables) == cfg.tables)

    def file_entries(self):
        """(root, source, entry) of every file, in manifest order."""
        for root, entries in self.files.items():
            for source, entry in entries.items():
                yield root, source, entry

    @classmethod
    def from_dict(cls, d: dict) -> Manifest:
        """From manifest.json's object. A key of the wrong type reads as not recorded (the chat app shows
        whatever it can of a damaged workspace); unknown keys go to `extra`."""
        if not isinstance(d, dict):
            raise ValueError(f"a manifest is a JSON object, not {type(d).__name__}")
        known = {f.name: f for f in fields(cls) if f.name != "extra"}
        out = cls(extra={k: v for k, v in d.items() if k not in known})
        checks = {"embedder": str, "quantize": bool, "embed_engine": str, "dim": int, "chunk_size": int,
                  "chunk_overlap": int, "embed_text": str, "tables": bool, "created": str, "files": dict, "version": int,
                  "chunks": int, "segments": list}
        for name, kind in checks.items():
            value = d.get(name)
            if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
                setattr(out, name, value)
            elif name in d and value is not None:
                out.extra[name] = value  # kept as read, e.g. a "created" written as a timestamp
        if out.files:
            out.files = {root: entries for root, entries in out.files.items() if isinstance(entries, dict)}
        return out

    def to_dict(self) -> dict:
        """manifest.json's object: the known keys (those recorded) in their usual order, then the unknown."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "extra"}
        out = {k: v for k, v in out.items() if v is not None}
        return {**out, **{k: v for k, v in self.extra.items() if k not in out}}

    @classmethod
    def read(cls, index_dir: Path) -> Manifest:
        """The manifest of a version folder. Raises OSError / ValueError (json.JSONDecodeError is one)."""
        return cls.from_dict(json.loads((index_dir / "manifest.json").read_text(encoding="utf-8")))

    def write(self, index_dir: Path) -> None:
        (index_dir / "manifest.json").write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False),
                                                 encoding="utf-8")


def read_manifest(ws: Workspace) -> Manifest | None:
    """The live manifest alone (cheap: lets a no-change re-ingest skip loading faiss and torch); None when
    there is no index or its manifest cannot be read."""
    d = ws.index_dir()
    if d is None:
        return None
    try:
        return Manifest.read(d)
    except (OSError, ValueError):
        return None
