"""A citation someone can check at a glance: where its quote sits on the PDF page, and the
citation as one line of text to copy.

`add_page_boxes` runs once per answer, for the cited spans only (ingest/boxes.py caches each page's
characters per file sha256 and page): a cited page's text layer takes ~20-60 ms the first time,
nothing after; a scanned page needs Tesseract (seconds, once).
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Iterable

from core.schema import Chunk

log = logging.getLogger(__name__)


def pdf_of(root: str, source: str) -> Path | None:
    """The original PDF when it is still on disk under the folder it was ingested from."""
    if not root or not source:
        return None
    path = Path(root) / source
    return path if path.is_file() else None


def add_page_boxes(citations, chunks: Iterable[Chunk], timings: dict | None = None) -> None:
    """Set each citation's `page_boxes` (ingest.boxes.PageBoxes.to_dict(): page, width, height,
    boxes in points, origin top-left) from the supporting spans of its passage text. A citation whose
    PDF is gone, changed since ingest (another sha256) or does not hold the span keeps None.
    timings, when given, gets `boxes_s`."""
    from ingest.boxes import span_boxes

    if not citations:
        return
    t0 = time.perf_counter()
    roots = {}
    for c in chunks:
        roots.setdefault(c.source, c.root)
    for c in citations:
        pdf = pdf_of(roots.get(c.source, ""), c.source)
        if pdf is None or not c.sha256 or not same_file(pdf, c.sha256):
            continue
        if getattr(c, "box", None):  # a figure: its region, not the text layer (its text is not there)
            c.page_boxes = figure_boxes(pdf, c.page, c.box)
            continue
        texts = [c.text[a:b] for a, b in c.spans if 0 <= a < b <= len(c.text)] or [c.quote]
        try:
            found = span_boxes(pdf, c.page, texts, sha256=c.sha256, pages=max(c.page_end - c.page + 1, 1))
        except Exception as e:  # a damaged page must not fail the answer: the citation has no boxes
            log.warning("page boxes failed for page %s: %s", c.page, type(e).__name__)
            continue
        c.page_boxes = found.to_dict() if found is not None else None
    if timings is not None:
        timings["boxes_s"] = round(time.perf_counter() - t0, 4)


def figure_boxes(pdf: Path, page: int, box) -> dict | None:
    """A figure citation's page_boxes: its region as the one box, on a page sized from the PDF."""
    try:
        from pypdf import PdfReader

        mb = PdfReader(str(pdf)).pages[page - 1].mediabox
        width, height = float(mb.width), float(mb.height)
    except Exception:  # a damaged or shortened file: the citation has no boxes
        return None
    return {"page": page, "width": round(width, 2), "height": round(height, 2), "unit": "pt", "origin": "top-left",
            "method": "figure", "boxes": [[round(float(v), 2) for v in box]]}


_SHA_SEEN: dict[tuple[str, int, int], str] = {}  # (path, size, mtime_ns) -> sha256: hash each file version once


def same_file(path: Path, sha256: str) -> bool:
    """Whether the file on disk is the version that was ingested (hashed once per size and mtime)."""
    from ingest.pdf import file_sha256

    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key not in _SHA_SEEN:
        _SHA_SEEN[key] = file_sha256(path)
    return _SHA_SEEN[key] == sha256


def citation_text(c) -> str:
    """The citation as one block to paste into a letter or a note: the quote, then where it is."""
    pages = f"p. {c.page}" if c.page_end in (0, c.page) else f"pp. {c.page}-{c.page_end}"
    where = f"{c.source}, {pages}" + (f", {c.section}" if c.section else "")
    quote = " ".join((c.quote or "").split())
    return f"“{quote}”\n— {where}"
