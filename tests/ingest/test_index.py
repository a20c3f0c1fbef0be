"""Index folder format, atomic swap and the keyword tokenizer (real bundled MiniLM, tiny inputs)."""
import json
import os

import numpy as np
import pytest

import ingest.segments as segments_mod
from chatbot.answer.retrieve import Retriever
from core.config import DomainbotError, Workspace
from core.schema import Chunk
from core.text import keyword_tokens
from ingest.embed import load_embedder
from ingest.index import Manifest, load_index, write_index


def make_chunk(i, text, source="a.pdf", section="", root="/docs"):
    return Chunk(chunk_id=f"abc{i}:1:{i}", source=source, page=1, page_end=1, section=section, start=i,
                 end=i + len(text), sha256="abc", text=text, root=root)


def build(ws, texts, **kw):
    emb = load_embedder()
    chunks = [make_chunk(i, t, **kw) for i, t in enumerate(texts)]
    vecs = emb.encode([c.text for c in chunks])
    manifest = Manifest(embedder=emb.name, quantize=True, dim=emb.dim, chunk_size=800, chunk_overlap=120)
    return write_index(ws, chunks, vecs, manifest), chunks, vecs


def test_write_and_load_roundtrip(tmp_path):
    ws = Workspace(tmp_path / "ws")
    folder, chunks, vecs = build(ws, ["The lease ends after twelve months.", "Dosage is 5 mg/kg daily."])
    assert ws.current_file.read_text().strip() == folder.name
    assert folder.name.startswith("index-")
    assert {p.name for p in folder.iterdir()} == {"manifest.json"}
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["dim"] == 384 and manifest["version"] == 2 and manifest["chunks"] == 2
    [segment] = manifest["segments"]
    seg_dir = ws.root / "segments" / segment["name"]
    assert {p.name for p in seg_dir.iterdir()} >= {"index.faiss", "chunks.jsonl", "segment.json", "bm25"}
    assert segment["rows"] == 2 and segment["deleted"] == [] and segment["kind"] == "flat"
    idx = load_index(ws)
    assert idx.chunks == chunks
    np.testing.assert_allclose(idx.vectors(), vecs, atol=1e-6)
    np.testing.assert_allclose(idx.vector(1), vecs[1], atol=1e-6)
    # a second write replaces the live version and deletes the old one and its segment
    folder2, _, _ = build(ws, ["Only one chunk now."])
    assert ws.index_dir() == folder2 and not folder.exists() and not seg_dir.exists()
    assert len(load_index(ws).chunks) == 1 and len(list((ws.root / "segments").iterdir())) == 1


def test_missing_index_is_a_one_line_error(tmp_path):
    with pytest.raises(DomainbotError, match=r"no index in .*run `domainbot ingest FOLDER` first"):
        load_index(Workspace(tmp_path / "empty"))


@pytest.mark.parametrize("fail_at", ["write_bm25", "replace"])
def test_crash_midway_keeps_previous_index(tmp_path, monkeypatch, fail_at):
    ws = Workspace(tmp_path / "ws")
    old_folder, _, _ = build(ws, ["Rent is payable monthly in advance.", "The deposit is returned in 30 days."])

    def boom(*a, **k):
        raise OSError("disk full")

    if fail_at == "replace":
        monkeypatch.setattr(os, "replace", boom)
    else:
        monkeypatch.setattr(segments_mod, fail_at, boom)
    with pytest.raises(OSError, match="disk full"):
        build(ws, ["A completely new corpus."])
    monkeypatch.undo()
    assert ws.index_dir() == old_folder
    assert sorted(p.name for p in ws.root.glob("index-*")) == [old_folder.name]  # half-written folder removed
    live_segments = [s["name"] for s in json.loads((old_folder / "manifest.json").read_text())["segments"]]
    assert sorted(p.name for p in (ws.root / "segments").iterdir()) == live_segments  # and its segment
    hits = Retriever(load_index(ws)).search("when is the deposit returned", k=1)
    assert hits[0].chunk.text == "The deposit is returned in 30 days."


def test_leftovers_of_a_killed_run_are_cleaned_by_the_next_write(tmp_path):
    ws = Workspace(tmp_path / "ws")
    build(ws, ["first"])
    leftover = ws.root / "index-20000101T000000-dead"
    leftover.mkdir()
    (leftover / "manifest.json").write_text("{")
    half_segment = ws.root / "segments" / "seg-20000101T000000-dead"
    half_segment.mkdir()
    (half_segment / "index.faiss").write_bytes(b"partial")
    (ws.root / "CURRENT.tmp").write_text("index-20000101T000000-dead")
    assert load_index(ws).chunks[0].text == "first"  # CURRENT was never swapped: still the complete one
    new, _, _ = build(ws, ["second"])
    assert [p.name for p in ws.root.glob("index-*")] == [new.name]
    assert not (ws.root / "CURRENT.tmp").exists() and not half_segment.exists()
    assert len(list((ws.root / "segments").iterdir())) == 1


def test_keyword_tokens_keep_codes_numbers_and_units():
    toks = keyword_tokens("The dose is 4.5% of 10 mg/kg under clause ZX-4471, not 1,000 units.")
    for t in ["4.5%", "mg/kg", "zx-4471", "4471", "1,000", "dose", "clause", "10"]:
        assert t in toks
    assert "the" not in toks and "is" not in toks and "of" not in toks
    assert keyword_tokens("End of sentence.") == ["end", "sentence"]
