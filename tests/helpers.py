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


# --- pictures with text in them (tests of ingest/ocr.py and ingest/figures.py) -------------------------

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIGURE_LINES = ["Paediatric loading dose", "Zorvimab 7.5 mg/kg IV", "infuse over 45 minutes"]
FIGURE_CAPTION = "Figure 1: Loading dose chart for children"


def text_image(lines: list[str], size: tuple[int, int] = (900, 360), font_size: int = 40, frame: bool = True):
    """A PIL image with `lines` drawn in black on white (what a chart or a scanned label looks like)."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype(str(DEJAVU), font_size)
    except OSError:
        font = ImageFont.load_default(size=font_size)
    if frame:
        draw.rectangle([10, 10, size[0] - 11, size[1] - 11], outline="black", width=4)
    for k, line in enumerate(lines):
        draw.text((40, 60 + 90 * k), line, fill="black", font=font)
    return img


def write_figure_pdf(path: Path, caption: str = FIGURE_CAPTION, lines: list[str] = FIGURE_LINES,
                     logo: bool = False) -> Path:
    """A born-digital page: a paragraph, a picture whose text exists only as pixels (a dosing value),
    its caption below it, another paragraph. With logo, a 40x40 px image is drawn at the top too."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    if logo:
        pdf.image(Image.new("RGB", (40, 40), "navy"), x=180, y=8, w=12)
    pdf.multi_cell(0, 6, "Dosing guidance. This leaflet describes how the medicine is given in hospital. "
                         "The treating team confirms the weight of the child before the first infusion.")
    pdf.ln(4)
    y = pdf.get_y()
    pdf.image(text_image(lines), x=30, y=y, w=120)  # 900 x 360 px shown 120 x 48 mm
    pdf.set_y(y + 48 + 3)
    if caption:
        pdf.cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Monitor the blood pressure during the infusion and for one hour after it ends.")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def chart_image(size: tuple[int, int] = (800, 500)):
    """A bar chart: axes, five bars, a title holding a dosing value and labelled bars."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(DEJAVU), 24)
    draw.line([80, 40, 80, 420], fill="black", width=3)
    draw.line([80, 420, 760, 420], fill="black", width=3)
    for i, h in enumerate([120, 260, 330, 180, 90]):
        x = 120 + i * 125
        draw.rectangle([x, 420 - h, x + 80, 420], fill=(60, 90, 160))
        draw.text((x + 5, 430), f"{(i + 1) * 10} kg", fill="black", font=font)
    draw.text((100, 10), "Dose 7.5 mg/kg", fill="black", font=font)
    return img


def scanned_chart_page():
    """An A4 page at 150 dpi as a scanner sees it: paragraphs, a bar chart, its caption below it."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(DEJAVU), 22)
    for k in range(10):
        draw.text((150, 120 + 30 * k), "The treating team confirms the weight of the child before the infusion "
                                       "starts.", fill="black", font=font)
    page.paste(chart_image(), (220, 460))
    draw.text((220, 980), FIGURE_CAPTION, fill="black", font=font)
    for k in range(10):
        draw.text((150, 1060 + 30 * k), "Monitor the blood pressure during the infusion and for one hour after "
                                        "it ends.", fill="black", font=font)
    return page


def write_scanned_pdf(path: Path, images) -> Path:
    """An image-only PDF: one A4 page per PIL image, the image filling the page."""
    from fpdf import FPDF

    pdf = FPDF()
    for img in images:
        pdf.add_page()
        pdf.image(img, x=0, y=0, w=210, h=297)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path
