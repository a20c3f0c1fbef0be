"""ingest/boxes.py: the quoted span's rectangles on the PDF page, from the text layer and from OCR."""
from __future__ import annotations

import shutil
import time

import pytest

from ingest.boxes import PAGE_CACHE, find_span, norm_chars, span_boxes, text_layer_chars
from tests.helpers import write_pdf

MM = 72 / 25.4  # fpdf2 works in millimetres; boxes are in points

PAGES = [
    "Section 4. Termination\nEither party may terminate this lease by giving 30 days written notice to the other "
    "party. Notice must be delivered by registered mail to the address stated in Schedule 1, and a copy must "
    "be sent by email on the same day.",
    "Section 7. Deposit\nThe tenant pays a security deposit of 1,500 EUR before moving in.",
]


@pytest.fixture
def lease(tmp_path):
    # 12 pt Helvetica, lines 8 mm apart from the 10 mm margin: line n's text is centred at 14 + 8 (n - 1) mm
    return write_pdf(tmp_path / "lease.pdf", PAGES)


def centre_y(box):
    return (box[1] + box[3]) / 2 / MM  # in mm from the top


def test_text_layer_box_sits_on_the_quoted_words(lease):
    pb = span_boxes(lease, 1, "giving 30 days written notice")
    assert pb is not None and pb.method == "text" and pb.page == 1
    assert (round(pb.width), round(pb.height)) == (595, 842)  # A4 in points
    assert len(pb.boxes) == 1  # one line
    x0, y0, x1, y1 = pb.boxes[0]
    assert 14 + 8 - 3 < centre_y(pb.boxes[0]) < 14 + 8 + 3  # the second line
    assert 8 < y1 - y0 < 16  # about one 12 pt line high
    assert x0 > 10 * MM + 100  # not from the line's start: "giving" is well into it
    # its width is the words' own: longer than "giving 30 days" alone, shorter than the whole line
    short = span_boxes(lease, 1, "giving 30 days").boxes[0]
    assert short[0] == pytest.approx(x0) and short[2] < x1 < 200 * MM


def test_span_over_lines_gets_one_box_per_line_and_ignores_cleaning(lease):
    text = "Notice must be delivered by registered mail to the address stated in Schedule 1, and a copy"
    pb = span_boxes(lease, 1, "  Notice  must be de-\nlivered by registered\n mail" + text[len("Notice must be delivered by registered mail"):])
    assert pb is not None and len(pb.boxes) >= 2
    ys = [centre_y(b) for b in pb.boxes]
    assert ys == sorted(ys) and ys[-1] - ys[0] > 5  # line by line, downwards
    assert span_boxes(lease, 1, "this sentence is not in the lease at all") is None


def test_several_spans_and_the_next_page(lease):
    pb = span_boxes(lease, 1, ["Either party may terminate", "registered mail"])
    assert pb is not None and len(pb.boxes) == 2
    pb = span_boxes(lease, 1, "security deposit of 1,500 EUR", pages=2)  # a passage running over a page break
    assert pb is not None and pb.page == 2
    assert span_boxes(lease, 2, "security deposit", pages=5).page == 2  # past the last page: no error


def test_fuzzy_match_survives_misread_words(lease):
    pc = text_layer_chars(lease, 1)
    ranges = find_span(pc, "by giving 3O dayz written notice to the other party")  # OCR-style misreads
    assert len(ranges) == 1
    a, b = ranges[0]
    assert "writtennoticetotheotherparty" in pc.chars[a:b]
    assert find_span(pc, "a completely different sentence about dogs and cats") == []


def test_page_cache_makes_the_second_citation_fast(lease):
    PAGE_CACHE.items.clear()
    t0 = time.perf_counter()
    span_boxes(lease, 1, "Either party", sha256="abc")
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    span_boxes(lease, 1, "registered mail", sha256="abc")
    again = time.perf_counter() - t0
    assert ("abc", 1) in PAGE_CACHE.items and again < max(first, 0.005)
    assert first < 1.0  # ~20-60 ms on a shared CPU; generous for a loaded CI machine


def test_norm_chars_keeps_letters_and_digits_only():
    assert norm_chars("Pro-\nﬁt: 1,500 EUR") == "profit1500eur"


@pytest.mark.skipif(shutil.which("tesseract") is None or shutil.which("pdftoppm") is None,
                    reason="tesseract or pdftoppm is not installed")
def test_ocr_page_gets_word_boxes(tmp_path):
    """A scanned page (one image, no text layer): the box comes from Tesseract's word boxes."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    dpi = 200
    img = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 40)
    except OSError:
        import matplotlib

        font = ImageFont.truetype(str(__import__("pathlib").Path(matplotlib.__file__).parent
                                      / "mpl-data/fonts/ttf/DejaVuSans.ttf"), 40)
    lines = ["Dosage for adults", "Take two tablets every six hours with water.",
             "Do not exceed eight tablets in any 24 hours."]
    for i, line in enumerate(lines):
        draw.text((200, 300 + 120 * i), line, fill=0, font=font)
    png = tmp_path / "scan.png"
    img.save(png)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(png), x=0, y=0, w=210, h=297)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))

    pb = span_boxes(path, 1, "Do not exceed eight tablets")
    assert pb is not None and pb.method == "ocr" and len(pb.boxes) == 1
    x0, y0, x1, y1 = pb.boxes[0]
    pt = 72 / dpi  # image pixels -> points (the image fills the page)
    assert abs(x0 - 200 * pt) < 10  # starts where "Do" was drawn
    assert 300 * pt + 240 * pt - 10 < y0 < 300 * pt + 240 * pt + 30  # on the third line
