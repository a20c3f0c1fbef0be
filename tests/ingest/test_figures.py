"""ingest/figures.py: pictures become chunks of their own, with caption, page and box."""
from __future__ import annotations

import json
import shutil

import pytest

import ingest.figures as figures
from core.config import IngestConfig, Workspace
from core.schema import Chunk, Figure, Page
from ingest.chunk import chunk_pages
from ingest.pdf import read_pdf
from tests.helpers import (FIGURE_CAPTION, scanned_chart_page, text_image, write_figure_pdf, write_pdf,
                           write_scanned_pdf)

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr not installed")
CFG = IngestConfig(ocr="tesseract")


@needs_tesseract
def test_embedded_picture_is_read_placed_and_captioned(tmp_path):
    path = write_figure_pdf(tmp_path / "leaflet.pdf")
    pages = list(read_pdf(path, "leaflet.pdf", CFG))
    assert len(pages) == 1 and not pages[0].ocr  # the page has a text layer: only the picture is OCR'd
    assert "7.5 mg/kg" not in pages[0].text  # the value exists only as pixels
    [fig] = pages[0].figures
    assert "Zorvimab 7.5 mg/kg IV" in fig.text and fig.confidence > 0.8
    assert fig.caption == FIGURE_CAPTION and fig.kind == "figure"
    # fpdf2 put the 120 x 48 mm picture at x = 30 mm, below two lines of text: its box in points, top-left origin
    x0, y0, x1, y1 = fig.box
    assert x0 == pytest.approx(30 * 72 / 25.4, abs=1) and x1 - x0 == pytest.approx(120 * 72 / 25.4, abs=1)
    assert y1 - y0 == pytest.approx(48 * 72 / 25.4, abs=1) and 40 < y0 < 150


@needs_tesseract
def test_figure_chunk_has_kind_caption_box_and_unique_offsets(tmp_path):
    path = write_figure_pdf(tmp_path / "leaflet.pdf")
    chunks = chunk_pages(read_pdf(path, "leaflet.pdf", CFG), CFG, root=str(tmp_path))
    text_chunks = [c for c in chunks if c.kind == "text"]
    [fig] = [c for c in chunks if c.kind == "figure"]
    assert fig.text.startswith(FIGURE_CAPTION + "\n") and "7.5 mg/kg" in fig.text
    assert fig.caption == FIGURE_CAPTION and fig.section == FIGURE_CAPTION and fig.page == fig.page_end == 1
    assert fig.box is not None and len(fig.box) == 4 and fig.root == str(tmp_path)
    assert "figure on page 1: Figure 1" in fig.context  # embedded and keyword-indexed with it
    assert fig.start > max(c.end for c in text_chunks)  # after the document's text
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    # stored and read back unchanged (the box comes back a tuple); text chunks are stored as before
    assert Chunk.from_dict(json.loads(json.dumps(fig.to_dict()))) == fig
    assert "kind" not in text_chunks[0].to_dict()


def test_page_without_images_costs_no_layout_or_ocr(tmp_path, monkeypatch):
    """Born-digital text pages stay as fast as before: no pdfminer pass, no OCR."""
    def fail(*a, **k):
        raise AssertionError("must not run on a page without images")

    monkeypatch.setattr(figures, "layout_of", fail)
    monkeypatch.setattr(figures, "ocr_image", fail)
    monkeypatch.setattr("ingest.pdf.ocr_unavailable_reason", lambda lang, engine="tesseract": None)
    path = write_pdf(tmp_path / "plain.pdf", ["Section 1. Rent\nThe tenant pays rent monthly."] * 3)
    pages = list(read_pdf(path, "plain.pdf", CFG))
    assert len(pages) == 3 and all(p.figures == () for p in pages)


@needs_tesseract
def test_tiny_images_and_letterheads_are_skipped(tmp_path):
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    logo = Image.new("RGB", (300, 120), "white")
    logo.paste(text_image(["ACME"], size=(300, 120), font_size=60, frame=False), (0, 0))
    for k in range(4):
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        pdf.image(logo, x=150, y=8, w=40)  # the same image object on every page: a letterhead
        pdf.image(Image.new("RGB", (40, 40), "navy"), x=10, y=8, w=12)  # an icon under MIN_IMAGE_SIDE
        pdf.set_y(40)
        pdf.multi_cell(0, 6, f"Page {k + 1}. The tenant pays rent monthly, in advance, by bank transfer.")
    path = tmp_path / "letters.pdf"
    pdf.output(str(path))
    pages = list(read_pdf(path, "letters.pdf", CFG))
    # the logo is read on the first pages it appears on (it could be a figure), then recognised as repeated
    assert [len(p.figures) for p in pages][figures.REPEATED_ON_PAGES:] == [0, 0]
    assert all("ACME" in f.text for p in pages for f in p.figures)


def test_nearest_caption_is_beside_the_picture_and_labelled():
    box = (100.0, 200.0, 400.0, 300.0)
    texts = [("Figure 3: far below", (100.0, 360.0, 300.0, 370.0)),
             ("Figure 2: Dose by weight", (100.0, 306.0, 300.0, 316.0)),
             ("Table 9 in another column", (450.0, 306.0, 550.0, 316.0)),
             ("An ordinary sentence under it", (100.0, 302.0, 300.0, 305.0))]
    assert figures.nearest_caption(texts, box) == "Figure 2: Dose by weight"
    assert figures.nearest_caption([("Table 4. Doses", (120.0, 180.0, 300.0, 192.0))], box) == "Table 4. Doses"
    assert figures.nearest_caption(texts[:1] + texts[2:], box) == ""
    assert figures.CAPTION.match("Fig. 12b shows") and not figures.CAPTION.match("Figures show that")


def test_redaction_reaches_figure_text_and_captions():
    pytest.importorskip("presidio_analyzer")
    from collections import Counter

    from ingest.redact import available, redact_pages

    if not available():
        pytest.skip("presidio models not installed")
    fig = Figure(box=(0, 0, 10, 10), text="Patient: John Smith, phone 020 7946 0958",
                 caption="Figure 1: John Smith's chart")
    page = Page("a.pdf", 1, "John Smith was seen in clinic on Monday.", "0" * 64, figures=(fig,))
    [out] = redact_pages([page], Counter())
    assert "Smith" not in out.text and "Smith" not in out.figures[0].text and "Smith" not in out.figures[0].caption
    assert out.figures[0].box == fig.box


def test_scan_layout_regions_become_figures_with_text_from_the_page_ocr(monkeypatch):
    from PIL import Image

    img = Image.new("L", (1000, 1400), 255)
    monkeypatch.setattr(figures, "layout_regions", lambda img: [
        ("figure", (100.0, 200.0, 900.0, 600.0), 0.9), ("figure_caption", (100.0, 620.0, 900.0, 660.0), 0.8),
        ("text", (100.0, 700.0, 900.0, 1300.0), 0.95), ("table", (100.0, 1000.0, 200.0, 1100.0), 0.2)])
    lines = [("Dose 7.5 mg/kg", (150.0, 300.0, 500.0, 340.0)), ("Figure 4: Doses", (100.0, 625.0, 400.0, 655.0)),
             ("Body text of the page", (100.0, 720.0, 800.0, 760.0))]
    [fig] = figures.scan_figures(img, lines, (500.0, 700.0))  # the low-scoring table is ignored
    assert fig.kind == "figure" and fig.text == "Dose 7.5 mg/kg" and fig.caption == "Figure 4: Doses"
    assert fig.box == (50.0, 100.0, 450.0, 300.0)  # pixels -> points of a 500 x 700 pt page


@needs_tesseract
def test_scanned_page_figure_is_found_by_layout_with_caption_and_box(tmp_path):
    pytest.importorskip("rapid_layout")
    path = write_scanned_pdf(tmp_path / "scan.pdf", [scanned_chart_page()])
    [page] = read_pdf(path, "scan.pdf", CFG)
    assert page.ocr and page.ocr_engine == "tesseract" and page.ocr_confidence > 0.8
    [fig] = page.figures
    assert fig.kind == "figure" and fig.caption == FIGURE_CAPTION
    assert "Dose 7.5 mg/kg" in fig.text and "50" in fig.text and fig.confidence == page.ocr_confidence
    assert "treating team" not in fig.text and "blood pressure" not in fig.text  # the page's text stays outside
    # the chart was pasted at (220, 460) px of a 1240 x 1754 px page that fills 595 x 842 pt
    x0, y0, x1, y1 = fig.box
    assert 95 < x0 < 130 and 210 < y0 < 240 and 470 < x1 < 500 and 420 < y1 < 460


def test_ingest_report_counts_figures(tmp_path):
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract-ocr not installed")
    from ingest.pipeline import run_ingest

    write_figure_pdf(tmp_path / "docs" / "leaflet.pdf")
    report = run_ingest([tmp_path / "docs"], Workspace(tmp_path / "ws"), IngestConfig(ocr="tesseract", workers=0),
                        progress=False)
    [f] = report.files
    assert f.status == "indexed" and f.figures == 1 and f.chunks >= 2


@needs_tesseract
def test_scanned_ingest_reports_each_pages_ocr_confidence(tmp_path, capsys):
    pytest.importorskip("rapid_layout")
    from ingest.pipeline import print_report, run_ingest

    write_scanned_pdf(tmp_path / "docs" / "scan.pdf", [scanned_chart_page()])
    report = run_ingest([tmp_path / "docs"], Workspace(tmp_path / "ws"), IngestConfig(ocr="tesseract", workers=0),
                        progress=False)
    [f] = report.files
    assert f.status == "indexed" and f.ocr_pages == 1 and f.figures == 1
    [(page, conf)] = f.ocr_confidence
    assert page == 1 and 0.8 < conf <= 1.0
    print_report(report)
    out = capsys.readouterr().out
    assert "figures read     1" in out
    assert f"  scan.pdf  mean {conf:.2f}  lowest {conf:.2f} (p. 1)" in out
