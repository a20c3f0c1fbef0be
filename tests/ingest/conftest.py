"""Fixtures that generate PDFs into tmp_path (fpdf2 for text and images, pypdf for encryption)."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.config import IngestConfig

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def write_text_pdf(
    path: Path,
    pages: list[str],
    header: str | None = None,
    footer: str | None = None,
    unicode_font: bool = False,
) -> Path:
    """One PDF page per string ('\\n' starts a new line). `footer` may use {n} and {total}."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            if header:
                self.set_font(self.body_font, size=9)
                self.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self):
            if footer:
                self.set_y(-15)
                self.set_font(self.body_font, size=9)
                self.cell(0, 8, footer.format(n=self.page_no(), total=len(pages)), align="C")

    pdf = Doc()
    pdf.body_font = "helvetica"
    if unicode_font:
        pdf.add_font("dejavu", fname=str(DEJAVU))
        pdf.body_font = "dejavu"
    pdf.set_auto_page_break(True, margin=20)
    for text in pages:
        pdf.add_page()
        pdf.set_font(pdf.body_font, size=11)
        for line in text.split("\n"):
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def write_image_pdf(path: Path, lines: list[str]) -> Path:
    """A 'scanned' PDF: text rendered into a PNG with PIL, embedded as the only page content."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    try:
        font = ImageFont.truetype(str(DEJAVU), 48)
    except OSError:
        font = ImageFont.load_default(size=48)
    img = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(img)
    for k, line in enumerate(lines):
        draw.text((120, 150 + 90 * k), line, fill=0, font=font)
    png = path.with_suffix(".png")
    img.save(png)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(png), x=0, y=0, w=210)
    pdf.output(str(path))
    png.unlink()
    return path


@pytest.fixture
def cfg() -> IngestConfig:
    return IngestConfig()


@pytest.fixture
def counting(monkeypatch):
    """Counts texts sent to the embedder ingest uses (the real bundled MiniLM, on the default engine)."""
    from ingest.embed import default_embed_engine, load_embedder

    emb = load_embedder(quantize=True, engine=default_embed_engine())
    calls = []
    real = type(emb).encode

    def encode(self, texts, *a, **k):
        if k.get("batch_size") != 1:  # not embed_chunks' check of a block (its first and last text again, alone)
            calls.append(len(texts))
        return real(self, texts, *a, **k)

    monkeypatch.setattr(type(emb), "encode", encode)
    return calls


@pytest.fixture
def text_pdf(tmp_path):
    """Factory: text_pdf(pages, name="doc.pdf", header=None, footer=None, unicode_font=False) -> Path."""

    def make(pages, name="doc.pdf", **kw):
        return write_text_pdf(tmp_path / name, pages, **kw)

    return make


@pytest.fixture
def image_pdf(tmp_path):
    def make(lines, name="scan.pdf"):
        return write_image_pdf(tmp_path / name, lines)

    return make


@pytest.fixture
def encrypt_pdf(tmp_path):
    """Factory: encrypt_pdf(src, user_password) -> Path of an AES-256 encrypted copy."""

    def make(src: Path, user_password: str, name="locked.pdf"):
        from pypdf import PdfWriter

        writer = PdfWriter(clone_from=str(src))
        writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
        out = tmp_path / name
        with open(out, "wb") as f:
            writer.write(f)
        return out

    return make
