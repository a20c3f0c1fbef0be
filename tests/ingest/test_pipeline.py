"""run_ingest end to end on PDFs generated into tmp_path: incremental re-runs, deletions, bad files, CLI exit codes."""
import json
import os

import numpy as np
import pytest
from typer.testing import CliRunner

import ingest.pipeline as pipeline
from chatbot.cli import app
from chatbot.answer.retrieve import load_retriever
from core.config import DomainbotError, IngestConfig, Workspace
from ingest.index import load_index
from tests.helpers import write_pdf

LEASE = [
    "1. Termination\nEither party may terminate this lease by giving three months written notice to the other party.",
    "2. Rent\nRent is payable monthly in advance. Late payment attracts interest of 4.5% per year.",
]
DOSE = ["Dosage\nThe maximum daily dose of paracetamol for adults is four grams, or 60 mg/kg for children."]


def make_pdf(path, pages):
    return write_pdf(path, pages, size=11, line_height=6)


@pytest.fixture
def cfg():
    return IngestConfig(chunk_size=300, chunk_overlap=40, ocr=False)


def by_status(report):
    return {f.source: f.status for f in report.files}


def test_incremental_reingest(tmp_path, cfg, counting):
    docs = tmp_path / "docs"
    make_pdf(docs / "legal" / "lease.pdf", LEASE)
    make_pdf(docs / "medical" / "Dose.PDF", DOSE)  # upper-case extension counts
    make_pdf(docs / ".hidden" / "skip.pdf", DOSE)  # hidden folders do not
    other = make_pdf(tmp_path / "other" / "notes.pdf", ["Boiler servicing follows schedule ZX-4471."])
    ws = Workspace(tmp_path / "ws")

    r1 = pipeline.run_ingest([docs, tmp_path / "other"], ws, cfg, progress=False)
    assert by_status(r1) == {"legal/lease.pdf": "indexed", "medical/Dose.PDF": "indexed", "notes.pdf": "indexed"}
    assert sum(f.pages for f in r1.files) == 4 and sum(counting) == r1.total_chunks > 0
    idx1 = load_index(ws)
    assert {c.source for c in idx1.chunks} == {"legal/lease.pdf", "medical/Dose.PDF", "notes.pdf"}
    assert idx1.manifest.files[str(docs.resolve())]["legal/lease.pdf"]["pages"] == 2

    # no change: nothing embedded, no new index folder
    counting.clear()
    r2 = pipeline.run_ingest([docs], ws, cfg, progress=False)
    assert counting == [] and set(by_status(r2).values()) == {"unchanged"}
    assert ws.index_dir() == idx1.path and r2.total_chunks == r1.total_chunks

    # modify one file: only its chunks are embedded
    make_pdf(docs / "legal" / "lease.pdf", LEASE + ["3. Deposit\nThe deposit is returned within thirty days."])
    r3 = pipeline.run_ingest([docs], ws, cfg, progress=False)
    lease_chunks = [c for c in load_index(ws).chunks if c.source == "legal/lease.pdf"]
    assert by_status(r3)["legal/lease.pdf"] == "indexed" and by_status(r3)["medical/Dose.PDF"] == "unchanged"
    assert sum(counting) == len(lease_chunks)
    assert any("deposit" in c.text for c in lease_chunks)

    # delete one: its chunks go; the other root's chunks stay and still search
    os.remove(docs / "medical" / "Dose.PDF")
    counting.clear()
    r4 = pipeline.run_ingest([docs], ws, cfg, progress=False)
    assert r4.removed == ["medical/Dose.PDF"] and counting == []
    sources = {c.source for c in load_index(ws).chunks}
    assert sources == {"legal/lease.pdf", "notes.pdf"}
    hit = load_retriever(ws).search("ZX-4471", k=1)[0]
    assert hit.chunk.source == "notes.pdf" and hit.chunk.root == str(other.parent)
    assert len(list(ws.root.glob("index-*"))) == 1  # older versions deleted after each swap


def test_touched_but_identical_file_is_not_reembedded(tmp_path, cfg, counting):
    f = make_pdf(tmp_path / "docs" / "lease.pdf", LEASE)
    ws = Workspace(tmp_path / "ws")
    pipeline.run_ingest([tmp_path / "docs"], ws, cfg, progress=False)
    counting.clear()
    os.utime(f, (1_000_000_000, 1_000_000_000))  # mtime differs -> hashed -> same sha256
    r = pipeline.run_ingest([f], ws, cfg, progress=False)  # a single file argument: source is its name
    assert by_status(r) == {"lease.pdf": "unchanged"} and counting == []
    assert load_index(ws).manifest.files[str(f.parent)]["lease.pdf"]["mtime"] == 1_000_000_000


def test_mixed_folder_reports_bad_files_and_cli_exit_codes(tmp_path, cfg, capsys):
    docs = tmp_path / "docs"
    make_pdf(docs / "good.pdf", LEASE)
    (docs / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage garbage\n")
    (docs / "zero.pdf").write_bytes(b"")
    ws = Workspace(tmp_path / "ws")
    report = pipeline.run_ingest([docs], ws, cfg, progress=False)
    err = capsys.readouterr().err
    status = {f.source: (f.status, f.reason) for f in report.files}
    assert status["good.pdf"][0] == "indexed"
    assert status["zero.pdf"] == ("skipped", "empty file")
    assert status["corrupt.pdf"][0] == "skipped" and status["corrupt.pdf"][1]
    assert "skipped zero.pdf: empty file" in err.splitlines()
    assert {c.source for c in load_index(ws).chunks} == {"good.pdf"}
    pipeline.print_report(report)
    out = capsys.readouterr().out
    assert "files indexed" in out and "zero.pdf: empty file" in out

    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(docs), "-w", str(tmp_path / "ws2"), "--no-pairs", "--no-ocr",
                              "--chunk-size", "300", "--chunk-overlap", "40", "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)  # --json: the report for scripts (bench/ingest.py), nothing else on stdout
    assert summary["files_indexed"] == 1 and summary["pages_read"] >= 1
    assert summary["new_chunks"] == summary["total_chunks"] == len(load_index(Workspace(tmp_path / "ws2")).chunks)
    assert {f["source"]: f["status"] for f in summary["files"]} == {
        "good.pdf": "indexed", "corrupt.pdf": "skipped", "zero.pdf": "skipped"}
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "zero.pdf").write_bytes(b"")
    (bad / "notpdf.pdf").write_text("hello, I am a text file")
    res = runner.invoke(app, ["ingest", str(bad), "-w", str(tmp_path / "ws3"), "--no-pairs"])
    assert res.exit_code == 2 and "nothing could be ingested" in res.output
    assert not (tmp_path / "ws3" / "CURRENT").exists()


def test_missing_path_is_a_one_line_error(tmp_path, cfg):
    with pytest.raises(DomainbotError, match="nope: no such file or folder"):
        pipeline.run_ingest([tmp_path / "nope"], Workspace(tmp_path / "ws"), cfg, progress=False)


def test_cli_empty_folder_and_file_as_workspace_are_one_line_errors(tmp_path):
    runner = CliRunner()
    empty = tmp_path / "empty"
    empty.mkdir()
    res = runner.invoke(app, ["ingest", str(empty), "-w", str(tmp_path / "ws"), "--no-pairs"])
    assert res.exit_code == 2 and f"no PDF files found in {empty}" in res.output
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    for args in (["ingest", str(empty)], ["search", "rent"], ["ask", "rent?"], ["keys", "list"]):
        res = runner.invoke(app, [*args, "-w", str(not_a_folder)])
        assert res.exit_code == 1 and isinstance(res.exception, SystemExit), (args, res.exception)  # not a crash
        assert str(not_a_folder) in res.output and "Traceback" not in res.output, args


def test_concurrent_ingest_in_one_workspace_is_refused(tmp_path, cfg):
    ws = Workspace(tmp_path / "ws")
    held = pipeline.lock_workspace(ws)  # as if another process were ingesting
    try:
        with pytest.raises(DomainbotError, match="another ingest is running"):
            pipeline.run_ingest([tmp_path], ws, cfg, progress=False)
    finally:
        held.close()
    assert pipeline.run_ingest([tmp_path], ws, cfg, progress=False).files == []  # free again


def a_failed_run_keeps_the_index(tmp_path, cfg, break_it, raises, match=None, second=DOSE) -> None:
    """a.pdf ingested; then b.pdf added and the run broken by `break_it()`: it raises, and the index of
    the first run is still the live one, whole."""
    docs = tmp_path / "docs"
    make_pdf(docs / "a.pdf", LEASE)
    ws = Workspace(tmp_path / "ws")
    pipeline.run_ingest([docs], ws, cfg, progress=False)
    live = ws.index_dir()
    make_pdf(docs / "b.pdf", second)
    break_it()
    with pytest.raises(raises, match=match):
        pipeline.run_ingest([docs], ws, cfg, progress=False)
    assert ws.index_dir() == live and {c.source for c in load_index(ws).chunks} == {"a.pdf"}


def test_interrupt_midway_leaves_previous_index(tmp_path, cfg, monkeypatch):
    def interrupted(*a, **k):
        raise KeyboardInterrupt

    a_failed_run_keeps_the_index(tmp_path, cfg, lambda: monkeypatch.setattr(pipeline, "embed_chunks", interrupted),
                                 KeyboardInterrupt)


# --- hostile files: each is parsed in a worker under a size, time and memory limit ----------------------


def test_big_slow_and_greedy_files_are_skipped_and_the_rest_indexed(tmp_path, cfg, monkeypatch, capsys):
    import time

    from tests.helpers import greedy_parse_worker, hanging_parse_worker

    docs = tmp_path / "docs"
    make_pdf(docs / "a.pdf", LEASE)
    ws = Workspace(tmp_path / "ws")
    pipeline.run_ingest([docs], ws, cfg, progress=False)
    live = ws.index_dir()

    make_pdf(docs / "b.pdf", DOSE)
    make_pdf(docs / "slow.pdf", DOSE)
    big = make_pdf(docs / "big.pdf", DOSE)
    with open(big, "ab") as f:
        f.write(b"%" + b"0" * 1_100_000)
    cfg = IngestConfig(chunk_size=300, chunk_overlap=40, ocr=False, parse_timeout=3, max_file_mb=1, workers=2)
    monkeypatch.setattr(pipeline, "_parse_worker", hanging_parse_worker)  # slow.pdf never finishes a page
    t0 = time.monotonic()
    report = pipeline.run_ingest([docs], ws, cfg, progress=False)
    took = time.monotonic() - t0
    status = {f.source: (f.status, f.reason) for f in report.files}
    assert status == {"a.pdf": ("unchanged", ""), "b.pdf": ("indexed", ""),
                      "big.pdf": ("skipped", "too large (> 1 MB)"),
                      "slow.pdf": ("skipped", "too slow to parse (> 3 s)")}, status
    assert took < 30  # not the hour the worker would sleep
    assert "skipped slow.pdf: too slow to parse (> 3 s)" in capsys.readouterr().err.splitlines()
    assert ws.index_dir() != live and {c.source for c in load_index(ws).chunks} == {"a.pdf", "b.pdf"}

    make_pdf(docs / "greedy.pdf", LEASE)
    monkeypatch.setattr(pipeline, "_parse_worker", greedy_parse_worker)
    report = pipeline.run_ingest([docs / "greedy.pdf"], Workspace(tmp_path / "ws2"),
                                 IngestConfig(ocr=False, parse_memory_mb=256), progress=False)
    assert [(f.status, f.reason) for f in report.files] == [("skipped", "too large to parse in memory (> 256 MB)")]


# --- the vectors written are the chunks' own ---------------------------------------------------------


def test_each_stored_vector_is_its_chunks_embedding_under_a_thread_limit(tmp_path, monkeypatch):
    """OMP_THREAD_LIMIT=1 (as set for Tesseract) under CTranslate2 with more threads than that had its
    int8 encoder return other texts' vectors and NaN: every search then missed, with no error."""
    from core.config import ct2_threads
    from ingest.embed import chunk_embedding_text

    monkeypatch.setenv("OMP_THREAD_LIMIT", "1")
    assert ct2_threads() == 1 and ct2_threads(4) == 1
    docs = tmp_path / "docs"
    for i in range(4):  # enough chunks for several batches of different lengths
        make_pdf(docs / f"d{i}.pdf", [f"{i}.{j} Clause\n" + " ".join([LEASE[j % 2]] * (1 + (i + j) % 4))
                                      for j in range(6)])
    ws = Workspace(tmp_path / "ws")
    pipeline.run_ingest([docs], ws, IngestConfig(chunk_size=300, chunk_overlap=40, ocr=False), progress=False)
    r = load_retriever(ws)
    stored = r.index.vectors()
    fresh = r.embedder.encode([chunk_embedding_text(c.section, c.text, c.context) for c in r.chunks])
    assert len(r.chunks) >= 16 and np.isfinite(stored).all()
    assert (stored * fresh).sum(axis=1).min() > 0.99


def test_ct2_threads_reads_the_limit_only_when_it_is_a_number(monkeypatch):
    from core.config import ct2_threads

    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    assert ct2_threads(3) == 3 and 1 <= ct2_threads() <= 8
    monkeypatch.setenv("OMP_THREAD_LIMIT", "two")
    assert ct2_threads(3) == 3
    monkeypatch.setenv("OMP_THREAD_LIMIT", "2")
    assert ct2_threads(3) == 2 and ct2_threads(1) == 1


def test_invalid_vectors_are_refused_and_the_previous_index_stays(tmp_path, cfg, monkeypatch):
    from ingest.embed import default_embed_engine, load_embedder

    emb = load_embedder(quantize=True, engine=default_embed_engine())
    nan = lambda self, texts, *a, **k: np.full((len(texts), self.dim), np.nan, dtype=np.float32)  # noqa: E731
    a_failed_run_keeps_the_index(tmp_path, cfg, lambda: monkeypatch.setattr(type(emb), "encode", nan),
                                 DomainbotError, "NaN")


def test_vectors_given_to_the_wrong_texts_are_refused_and_the_previous_index_stays(tmp_path, cfg, monkeypatch):
    from ingest.embed import default_embed_engine, load_embedder

    emb = load_embedder(quantize=True, engine=default_embed_engine())
    real = type(emb).encode

    def shuffled(self, texts, *a, **k):  # a batch's vectors in the wrong order, as the faulty engine gave them
        v = real(self, texts, *a, **k)
        return v[::-1].copy() if len(texts) > 1 and k.get("batch_size") != 1 else v

    a_failed_run_keeps_the_index(tmp_path, cfg, lambda: monkeypatch.setattr(type(emb), "encode", shuffled),
                                 DomainbotError, "another text's vector", second=DOSE + LEASE)
