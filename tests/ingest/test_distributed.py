"""`ingest --ray`: the Ray path gives the same index as a local ingest (chunks, order, vectors), reports a
broken file in one line without failing the run, and without Ray installed is a one-line error."""
import sys

import numpy as np
import pytest
from typer.testing import CliRunner

import ingest.pipeline as pipeline
from chatbot.cli import app
from core.config import DomainbotError, IngestConfig, Workspace
from ingest.index import load_index
from tests.helpers import write_pdf

DOCS = {
    "legal/lease.pdf": ["1. Termination\nEither party may terminate this lease by giving three months written notice.",
                        "2. Rent\nRent is payable monthly in advance. Late payment attracts interest of 4.5% a year."],
    "medical/dose.pdf": ["Dosage\nThe maximum daily dose of paracetamol for adults is four grams."],
    "notes.pdf": ["Boiler servicing follows schedule ZX-4471 every spring. " * 12],
}


@pytest.fixture(scope="module")
def ray_local():
    """One small local Ray instance for the module (starting Ray costs seconds on two cores)."""
    ray = pytest.importorskip("ray", reason="the ray extra is not installed")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def make_docs(folder):
    for source, pages in DOCS.items():
        write_pdf(folder / source, pages, size=11, line_height=6)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage garbage\n")


def test_ray_ingest_matches_local_ingest(tmp_path, ray_local, capsys):
    docs = tmp_path / "docs"
    make_docs(docs)
    cfg = IngestConfig(chunk_size=200, chunk_overlap=30, ocr=False)
    local = pipeline.run_ingest([docs], Workspace(tmp_path / "local"), cfg, progress=False)
    local_err = capsys.readouterr().err
    ray_cfg = IngestConfig(chunk_size=200, chunk_overlap=30, ocr=False, ray="auto", ray_workers=1)
    distributed = pipeline.run_ingest([docs], Workspace(tmp_path / "ray"), ray_cfg, progress=False)
    ray_err = capsys.readouterr().err

    # the same per-file report rows, and the broken file's one line
    assert [vars(f) for f in distributed.files] == [vars(f) for f in local.files]
    broken = next(f for f in distributed.files if f.source == "broken.pdf")
    assert broken.status == "skipped" and broken.reason.startswith("corrupt")
    line = f"skipped broken.pdf: {broken.reason}"
    assert line in ray_err.splitlines() and line in local_err.splitlines()

    a, b = load_index(Workspace(tmp_path / "local")), load_index(Workspace(tmp_path / "ray"))
    assert len(a.chunks) > len(DOCS)
    assert [(c.chunk_id, c.text, c.source, c.page) for c in b.chunks] == [
        (c.chunk_id, c.text, c.source, c.page) for c in a.chunks]
    assert np.allclose(a.vectors(), b.vectors(), atol=1e-5)
    def files(index):  # each workspace names its own segments
        return {root: {src: {k: v for k, v in e.items() if k != "segment"} for src, e in entries.items()}
                for root, entries in index.manifest.files.items()}

    assert files(b) == files(a) and b.manifest.embed_engine == a.manifest.embed_engine

    # incremental as usual: nothing changed -> nothing read, no new index version
    live = Workspace(tmp_path / "ray").index_dir()
    again = pipeline.run_ingest([docs], Workspace(tmp_path / "ray"), ray_cfg, progress=False)
    assert {f.status for f in again.files} == {"unchanged", "skipped"}
    assert Workspace(tmp_path / "ray").index_dir() == live


def test_ray_cli_on_a_local_instance(tmp_path, ray_local):
    docs = tmp_path / "docs"
    make_docs(docs)
    res = CliRunner().invoke(app, ["ingest", str(docs), "-w", str(tmp_path / "ws"), "--no-pairs", "--no-ocr",
                                   "--ray", "auto", "--ray-workers", "2"])
    assert res.exit_code == 0, res.output
    assert "files indexed    3" in res.output and "broken.pdf: corrupt" in res.output


def test_too_many_ray_workers_is_a_one_line_error(tmp_path, ray_local):
    docs = tmp_path / "docs"
    make_docs(docs)
    cfg = IngestConfig(ocr=False, ray="auto", ray_workers=50)
    with pytest.raises(DomainbotError, match="--ray-workers 50: the cluster has 2 CPUs"):
        pipeline.run_ingest([docs], Workspace(tmp_path / "ws"), cfg, progress=False)


def test_without_ray_installed_the_flag_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    write_pdf(tmp_path / "docs" / "a.pdf", ["Some text that is long enough to be indexed."])
    res = CliRunner().invoke(app, ["ingest", str(tmp_path / "docs"), "-w", str(tmp_path / "ws"), "--no-pairs",
                                   "--ray", "auto"])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert "pip install 'domainbot[ray]'" in res.output
    assert not (tmp_path / "ws" / "CURRENT").exists()


def test_ray_flags_are_checked():
    with pytest.raises(ValueError, match="only applies with --ray"):
        IngestConfig(ray_workers=2)
    with pytest.raises(ValueError, match="at least 1"):
        IngestConfig(ray="auto", ray_workers=0)
