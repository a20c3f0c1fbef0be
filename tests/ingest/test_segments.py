"""The segmented index: an incremental ingest writes one new segment and tombstones, never touching the
other segments; compaction; IVF segments; crashes mid-update; version 1 indexes."""
import hashlib
import json
import os
import shutil

import numpy as np
import pytest

import ingest.index as index_mod
import ingest.segments as segments_mod
import ingest.pipeline as pipeline
from chatbot.answer.retrieve import Retriever, load_retriever
from core.config import IngestConfig, Workspace
from core.schema import Chunk
from ingest.index import Manifest, load_index, plan_compaction, read_live_chunks, read_manifest, update_index, write_index
from tests.helpers import write_pdf

LEASE = [
    "1. Termination\nEither party may terminate this lease by giving three months written notice to the other party.",
    "2. Rent\nRent is payable monthly in advance. Late payment attracts interest of 4.5% per year.",
]
DOSE = ["Dosage\nThe maximum daily dose of paracetamol for adults is four grams, or 60 mg/kg for children."]
BOILER = ["Maintenance\nBoiler servicing follows schedule ZX-4471 and is paid by the owner every spring."]
DIM = 32
ROOT = "/docs"


@pytest.fixture
def cfg():
    return IngestConfig(chunk_size=300, chunk_overlap=40, ocr=False)


def make_pdf(path, pages):
    return write_pdf(path, pages, size=11, line_height=6)


def snapshot(folder):
    """Every file under folder: (inode, mtime in ns, sha256 of its bytes)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            st = p.stat()
            out[str(p.relative_to(folder))] = (st.st_ino, st.st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
    return out


def segment_names(ws):
    return [s["name"] for s in read_manifest(ws).segments]


def check_file_locations(ws):
    """Each file's recorded rows hold exactly its chunks, and together they are every live row."""
    manifest = read_manifest(ws)
    total = 0
    for root, entries in manifest.files.items():
        for source, entry in entries.items():
            with open(ws.root / "segments" / entry["segment"] / "chunks.jsonl", encoding="utf-8") as f:
                stored = [json.loads(line) for line in f]
            a, b = entry["rows"]
            assert {(c["root"], c["source"]) for c in stored[a:b]} == {(root, source)}
            total += b - a
    assert total == manifest.chunks == len(load_index(ws).chunks)


# ---------------------------------------------------------------- through run_ingest (real PDFs, real embedder)


def test_incremental_ingest_writes_one_segment_and_never_opens_the_others(tmp_path, cfg, counting, monkeypatch):
    import faiss

    docs = tmp_path / "docs"
    make_pdf(docs / "lease.pdf", LEASE)
    make_pdf(docs / "dose.pdf", DOSE)
    ws = Workspace(tmp_path / "ws")
    pipeline.run_ingest([docs], ws, cfg, progress=False)
    [first] = segment_names(ws)
    before = snapshot(ws.root / "segments" / first)

    make_pdf(docs / "boiler.pdf", BOILER)
    counting.clear()

    def must_not_read(*a, **k):
        raise AssertionError("an existing segment was read")

    with monkeypatch.context() as m:  # the incremental path opens no segment: not its vectors, chunks or bm25
        m.setattr(faiss, "read_index", must_not_read)
        m.setattr(index_mod, "read_chunks", must_not_read)
        m.setattr(index_mod, "load_segment", must_not_read)
        report = pipeline.run_ingest([docs], ws, cfg, progress=False)
    names = segment_names(ws)
    assert len(names) == 2 and names[0] == first
    assert snapshot(ws.root / "segments" / first) == before  # same inodes, mtimes and bytes
    boiler_chunks = [c for c in load_index(ws).chunks if c.source == "boiler.pdf"]
    assert sum(counting) == len(boiler_chunks) == report.total_chunks - sum(
        f.chunks for f in report.files if f.status == "unchanged")
    assert load_retriever(ws).search("ZX-4471", k=1)[0].chunk.source == "boiler.pdf"
    check_file_locations(ws)


def test_removed_file_is_tombstoned_and_changed_file_replaced(tmp_path, cfg):
    docs = tmp_path / "docs"
    make_pdf(docs / "lease.pdf", LEASE)
    make_pdf(docs / "dose.pdf", DOSE)
    make_pdf(docs / "boiler.pdf", BOILER)
    for k, topic in enumerate(["Parking permits are renewed every January.", "Pets need written consent.",
                               "Keys are returned at the end of the tenancy."]):
        make_pdf(docs / f"notes{k}.pdf", [topic])  # so that the changes below leave the segment mostly live
    ws = Workspace(tmp_path / "ws")
    pipeline.run_ingest([docs], ws, cfg, progress=False)
    [first] = segment_names(ws)
    before = snapshot(ws.root / "segments" / first)
    dose_rows = read_manifest(ws).files[str(docs.resolve())]["dose.pdf"]["rows"]
    n_before = len(load_index(ws).chunks)

    os.remove(docs / "dose.pdf")
    pipeline.run_ingest([docs], ws, cfg, progress=False)
    manifest = read_manifest(ws)
    assert segment_names(ws) == [first] and manifest.segments[0]["deleted"] == [dose_rows]  # a tombstone only
    assert snapshot(ws.root / "segments" / first) == before
    index = load_index(ws)
    assert len(index.chunks) == n_before - (dose_rows[1] - dose_rows[0])
    assert "dose.pdf" not in {c.source for c in index.chunks}
    r = Retriever(index)
    for mode in ("hybrid", "dense", "bm25"):
        assert all(h.chunk.source != "dose.pdf" for h in r.search("maximum daily dose of paracetamol", k=10, mode=mode))
    qvec = r.embed_query("maximum daily dose of paracetamol")
    assert all(index.chunks[row].source != "dose.pdf" for row, _ in index.search_dense(qvec, 100))
    assert len(index.bm25_scores(["paracetamol"])) == len(index.chunks)
    assert not index.bm25_scores(["paracetamol"]).any()

    # a changed file: its old rows are deleted, its new chunks go into a new segment
    make_pdf(docs / "lease.pdf", ["1. Termination\nThe tenant may leave after giving one week notice by email."])
    pipeline.run_ingest([docs], ws, cfg, progress=False)
    names = segment_names(ws)
    assert len(names) == 2 and names[0] == first
    lease = [c for c in load_index(ws).chunks if c.source == "lease.pdf"]
    assert lease and all("one week" in c.text for c in lease)
    hits = load_retriever(ws).search("rent payable monthly interest", k=10, mode="bm25")
    assert all("monthly" not in h.chunk.text for h in hits)
    check_file_locations(ws)


def test_version_1_index_still_loads_and_the_next_ingest_rewrites_it(tmp_path, cfg, counting):
    import faiss

    docs = tmp_path / "docs"
    make_pdf(docs / "lease.pdf", LEASE)
    make_pdf(docs / "dose.pdf", DOSE)
    ws = Workspace(tmp_path / "ws")
    pipeline.run_ingest([docs], ws, cfg, progress=False)
    index = load_index(ws)
    chunks, vectors = index.chunks, index.vectors()
    files = {root: {source: {k: v for k, v in e.items() if k not in ("segment", "rows")} for source, e in entries.items()}
             for root, entries in index.manifest.files.items()}
    manifest = {k: v for k, v in index.manifest.to_dict().items() if k not in ("segments", "files")}
    shutil.rmtree(ws.root)

    # the layout before segments: everything in the version folder
    old = ws.root / "index-20250101T000000-0001"
    old.mkdir(parents=True)
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    faiss.write_index(flat, str(old / "index.faiss"))
    with open(old / "chunks.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(c.to_dict()) + "\n" for c in chunks)
    segments_mod.write_bm25(old, chunks)
    (old / "manifest.json").write_text(json.dumps({**manifest, "version": 1, "chunks": len(chunks), "files": files}))
    ws.current_file.write_text(old.name + "\n")

    v1 = load_index(ws)
    assert v1.chunks == chunks and read_live_chunks(old, v1.manifest) == chunks
    np.testing.assert_allclose(v1.vectors(), vectors, atol=1e-6)
    assert load_retriever(ws).search("maximum daily dose", k=1)[0].chunk.source == "dose.pdf"

    # the next ingest keeps the old vectors (only the new file is embedded) and writes a segment
    make_pdf(docs / "boiler.pdf", BOILER)
    counting.clear()
    pipeline.run_ingest([docs], ws, cfg, progress=False)
    manifest = read_manifest(ws)
    assert manifest.version == 2 and len(manifest.segments) == 1 and not old.exists()
    assert sum(counting) == sum(c.source == "boiler.pdf" for c in load_index(ws).chunks)
    assert {c.source for c in load_index(ws).chunks} == {"lease.pdf", "dose.pdf", "boiler.pdf"}
    check_file_locations(ws)


# ---------------------------------------------------------------- index functions on synthetic vectors


def file_chunks(source, n, rng, collection="default", centers=None):
    chunks = [Chunk(chunk_id=f"{source}:{i}", source=source, page=1, page_end=1, section="", start=i, end=i + 1,
                    sha256=source, text=f"{source.split('.')[0]}kw row{i} common words", root=ROOT,
                    collection=collection) for i in range(n)]
    vecs = rng.standard_normal((n, DIM)).astype(np.float32)
    if centers is not None:  # clustered, like real embeddings
        vecs = centers[rng.integers(len(centers), size=n)] + 0.35 * vecs / np.sqrt(DIM)
    return chunks, vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def files_manifest(sources):
    return Manifest(embedder="test", dim=DIM, files={ROOT: {s: {"chunks": 1} for s in sources}})


def dense_results(ws, queries, k=10):
    index = load_index(ws)
    return [[(index.chunks[row].chunk_id, round(score, 5)) for row, score in index.search_dense(q, k)] for q in queries]


def test_plan_compaction_is_tiered():
    big = {"name": "big", "rows": 100_000, "deleted": [[0, 10]]}  # one changed file: not a reason to rewrite it
    smalls = [{"name": f"s{i}", "rows": 100 + i, "deleted": []} for i in range(8)]
    assert plan_compaction([big, *smalls[:7]]) == []  # 8 segments: fine
    [group] = plan_compaction([big, *smalls])  # 9: the small ones merge, the big one stays
    assert big not in group and {s["name"] for s in group} == {s["name"] for s in smalls}
    mostly_deleted = {"name": "old", "rows": 1000, "deleted": [[0, 400], [500, 800]]}
    assert plan_compaction([big, mostly_deleted]) == [[mostly_deleted]]
    assert plan_compaction([big, {"name": "gone", "rows": 10, "deleted": [[0, 10]]}]) == []  # dropped, not rewritten
    # a big segment joins only once the small ones add up to its size
    equal = [{"name": f"e{i}", "rows": 1000, "deleted": []} for i in range(9)]
    assert len(plan_compaction(equal)[0]) == 9


def test_compaction_merges_small_segments_and_results_do_not_change(tmp_path, monkeypatch):
    rng = np.random.default_rng(0)
    ws = Workspace(tmp_path / "ws")
    big_chunks, big_vecs = file_chunks("big.pdf", 400, rng)
    write_index(ws, big_chunks, big_vecs, files_manifest(["big.pdf"]))
    sources, vectors = ["big.pdf"], [big_vecs]
    monkeypatch.setattr(index_mod, "MAX_SEGMENTS", 100)  # let small segments pile up first
    for k in range(9):
        chunks, vecs = file_chunks(f"s{k}.pdf", 5, rng)
        sources.append(f"s{k}.pdf")
        vectors.append(vecs)
        update_index(ws, files_manifest(sources), chunks, vecs, set())
    names = segment_names(ws)
    assert len(names) == 10
    big_before = snapshot(ws.root / "segments" / names[0])
    queries = np.concatenate([np.concatenate(vectors)[::7], file_chunks("q.pdf", 20, rng)[1]])
    before = dense_results(ws, queries)
    index = load_index(ws)
    keyword_before = sorted(index.chunks[i].chunk_id for i in np.flatnonzero(index.bm25_scores(["s3kw"]) > 0))
    assert len(keyword_before) == 5

    monkeypatch.setattr(index_mod, "MAX_SEGMENTS", 8)
    update_index(ws, files_manifest(sources), [], np.zeros((0, DIM), np.float32), set())  # compaction alone
    names_after = segment_names(ws)
    assert len(names_after) == 2 and names_after[0] == names[0]  # the 9 small ones became one
    assert snapshot(ws.root / "segments" / names[0]) == big_before  # the big one untouched
    assert sorted(p.name for p in (ws.root / "segments").iterdir()) == sorted(names_after)  # merged-away ones deleted
    assert dense_results(ws, queries) == before
    index = load_index(ws)
    scores = index.bm25_scores(["s3kw"])
    assert sorted(index.chunks[i].chunk_id for i in np.flatnonzero(scores > 0)) == keyword_before
    check_file_locations(ws)

    # removing most of a segment's files rewrites it with the live rows only
    gone = {(ROOT, f"s{k}.pdf") for k in range(6)}
    sources = [s for s in sources if (ROOT, s) not in gone]
    update_index(ws, files_manifest(sources), [], np.zeros((0, DIM), np.float32), gone)
    manifest = read_manifest(ws)
    assert [s["rows"] for s in manifest.segments] == [400, 15] and manifest.segments[1]["deleted"] == []
    assert {c.source for c in load_index(ws).chunks} == set(sources)
    check_file_locations(ws)


def test_ann_segment_finds_stored_vectors_and_respects_filters(tmp_path):
    rng = np.random.default_rng(1)
    centers = rng.standard_normal((20, DIM)).astype(np.float32)
    chunks, vecs = [], []
    for k in range(20):  # 20 files of 100 chunks, the first ten in collection a, the rest in b
        c, v = file_chunks(f"f{k}.pdf", 100, rng, collection="a" if k < 10 else "b", centers=centers)
        chunks += c
        vecs.append(v)
    vecs = np.concatenate(vecs)
    ws = Workspace(tmp_path / "ws")
    write_index(ws, chunks, vecs, files_manifest([f"f{k}.pdf" for k in range(20)]), ann_threshold=50)
    [segment] = read_manifest(ws).segments
    assert segment["kind"] == "ivf" and 1 < segment["nlist"] < 2000 and 1 <= segment["nprobe"] <= segment["nlist"]
    index = load_index(ws)
    assert index.chunks == chunks
    np.testing.assert_allclose(index.vector(123), vecs[123], atol=1e-6)
    np.testing.assert_allclose(index.vectors(), vecs, atol=1e-6)

    picked = rng.choice(len(vecs), 50, replace=False)
    for i in picked:  # a stored vector finds itself first
        row, score = index.search_dense(vecs[i], 10)[0]
        assert row == i and score == pytest.approx(1.0, abs=1e-5)

    # near-duplicate queries: recall@10 against exact search
    queries = vecs[picked] + 0.1 * rng.standard_normal((50, DIM)).astype(np.float32) / np.sqrt(DIM)
    recall = np.mean([len({r for r, _ in index.search_dense(q, 10)} & set(np.argsort(-(vecs @ q))[:10].tolist())) / 10
                      for q in queries])
    assert recall >= 0.9

    retriever = Retriever(index)
    b_rows = retriever.allowed_rows(["b"])
    for i in picked:
        hits = retriever.dense_candidates(vecs[i], 10, b_rows)
        assert len(hits) == 10 and all(chunks[row].collection == "b" for row, _ in hits)  # filtered before ranking
        if chunks[i].collection == "b":
            assert hits[0][0] == i
    # a handful of allowed rows: scored exactly
    few = np.array([5, 300, 1200, 1999], dtype=np.int64)
    q = queries[0]
    assert [row for row, _ in index.search_dense(q, 3, few)] == few[np.argsort(-(vecs[few] @ q))][:3].tolist()


def make_eight_segments(ws, rng):
    """A big segment and seven small ones: the next update_index compacts."""
    chunks, vecs = file_chunks("big.pdf", 200, rng)
    extra_chunks, extra_vecs = file_chunks("extra.pdf", 10, rng)
    write_index(ws, chunks + extra_chunks, np.concatenate([vecs, extra_vecs]), files_manifest(["big.pdf", "extra.pdf"]))
    sources = ["big.pdf", "extra.pdf"]
    for k in range(7):
        c, v = file_chunks(f"s{k}.pdf", 3, rng)
        sources.append(f"s{k}.pdf")
        update_index(ws, files_manifest(sources), c, v, set())
    assert len(segment_names(ws)) == 8
    return sources


@pytest.mark.parametrize("fail_at", ["new segment", "compaction", "commit"])
def test_crash_during_an_update_leaves_the_previous_version_live(tmp_path, monkeypatch, fail_at):
    rng = np.random.default_rng(2)
    ws = Workspace(tmp_path / "ws")
    sources = make_eight_segments(ws, rng)
    live, segments_before = ws.index_dir(), snapshot(ws.root / "segments")
    chunks_before = load_index(ws).chunks
    calls = []
    if fail_at == "new segment":
        monkeypatch.setattr(segments_mod, "write_bm25", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    elif fail_at == "compaction":  # the new segment is written, the merged one is not
        real = index_mod.write_segment

        def second_fails(*a, **k):
            calls.append(1)
            if len(calls) == 2:
                raise OSError("disk full")
            return real(*a, **k)

        monkeypatch.setattr(index_mod, "write_segment", second_fails)
    else:
        monkeypatch.setattr(index_mod, "atomic_write_text", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    c, v = file_chunks("new.pdf", 4, rng)
    with pytest.raises((KeyboardInterrupt, OSError)):
        update_index(ws, files_manifest([*sources[:1], *sources[2:], "new.pdf"]), c, v, {(ROOT, "extra.pdf")})
    monkeypatch.undo()
    assert len(calls) == (2 if fail_at == "compaction" else 0)
    assert ws.index_dir() == live
    assert snapshot(ws.root / "segments") == segments_before  # nothing half-written left, nothing live touched
    assert sorted(p.name for p in ws.root.glob("index-*")) == [live.name]
    assert load_index(ws).chunks == chunks_before
    check_file_locations(ws)
