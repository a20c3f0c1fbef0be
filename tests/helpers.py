"""Helpers shared by the test modules (fixtures live in the conftest files)."""
from __future__ import annotations

from pathlib import Path


def write_pdf(path: Path, pages: list[str], size: int = 12, line_height: float = 8) -> Path:
    """A text PDF with one page per item of `pages` (fpdf2's core Helvetica: Latin-1 text only)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=size)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, line_height, text)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


# --- parse workers that misbehave (tests/ingest/test_pipeline.py): each runs in the worker process, so
# it must live in an importable module, not in a test's closure ---------------------------------------


def hanging_parse_worker(conn, f, sha, cfg):
    """A parse worker stuck for an hour on any file named *slow*; the others parse normally."""
    import time

    from ingest import pipeline

    if "slow" in f.source:
        conn.send(None)  # started, then stuck on the first page
        time.sleep(3600)
    pipeline._parse_worker(conn, f, sha, cfg)


def greedy_parse_worker(conn, f, sha, cfg):
    """A parse worker whose reader wants twice its memory cap on any file named *greedy*."""
    import ingest.pdf
    from ingest import pipeline

    if "greedy" in f.source:
        def read_pdf(*args, **kwargs):
            blob = bytearray(2 * cfg.parse_memory_mb * 2**20)
            yield blob

        ingest.pdf.read_pdf = read_pdf  # _read_and_chunk imports it at call time
    pipeline._parse_worker(conn, f, sha, cfg)
