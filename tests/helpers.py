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
