"""Where a quoted span sits on its PDF page: rectangles in PDF points, for drawing on the page.

    pb = span_boxes(Path("lease.pdf"), 3, "Either party may terminate this lease by giving 30 days")
    pb.width, pb.height   # the page, in points (1/72 inch)
    pb.boxes              # [(x0, y0, x1, y1), ...]: one rectangle per line of the span

Coordinates have their origin at the page's top-left corner and y grows downwards (as on a
rendered image: pixel = point * dpi / 72), unlike PDF user space.

Two sources of character positions, as ingest/pdf.py has two sources of text:
  - the text layer: pdfminer.six's LTChar boxes (no layout analysis: ~20-60 ms a page);
  - pages without one (scans): Tesseract's word boxes (pytesseract.image_to_data on a pdftoppm
    raster, seconds a page), each word's width shared among its letters.

The span is found by its letters and digits alone (lowercased, NFKC), so the cleaning ingest did
(joined hyphenations, whitespace, ligatures, dropped headers) does not hide it; when OCR errors or
neutralised characters break the exact match, a word-level alignment takes the longest run of
matching words and what lies between. The page's characters are cached per (file sha256, page).
"""
from __future__ import annotations

import difflib
import io
import re
import shutil
import subprocess
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from core.config import IngestConfig

BOX_OCR_DPI = 200  # Tesseract reads body text well at 200 dpi, in about half the time of 300
OCR_TIMEOUT_S = 60
CACHE_PAGES = 64  # pages whose characters are kept (a page of text is ~3,000 boxes: ~0.5 MB)
MIN_FUZZY_SHARE = 0.6  # the fuzzy match must find this share of the span's words
LINE_TOLERANCE = 0.5  # characters are on one line when their vertical centres differ by < this x height


@dataclass
class PageBoxes:
    """The span's rectangles on one page, in PDF points (origin top-left, y downwards)."""

    page: int
    width: float
    height: float
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    method: str = "text"  # text (the PDF's text layer) | ocr (Tesseract word boxes)

    def to_dict(self) -> dict:
        return {"page": self.page, "width": round(self.width, 2), "height": round(self.height, 2),
                "unit": "pt", "origin": "top-left", "method": self.method,
                "boxes": [[round(v, 2) for v in b] for b in self.boxes]}


@dataclass
class PageChars:
    """A page's letters and digits in reading order, each with its box, and where its words start."""

    width: float
    height: float
    chars: str  # normalised: lowercase letters and digits only
    boxes: list[tuple[float, float, float, float]]  # one per character of `chars`
    word_starts: list[int]  # index in `chars` where each word begins
    method: str = "text"


# --- normalising --------------------------------------------------------------------------------


def norm_chars(text: str) -> str:
    """Lowercase letters and digits of `text` (NFKC: 'ﬁ' -> 'fi'), everything else dropped."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())


def _words(text: str) -> list[str]:
    return [norm_chars(w) for w in re.split(r"[^\w]+", text) if norm_chars(w)]


# --- reading a page's characters ----------------------------------------------------------------


def _chars_from_boxes(words: list[tuple[str, tuple[float, float, float, float]]], width, height, method) -> PageChars:
    """PageChars from (word text, word box) pairs: each normalised letter gets an equal share of its
    word's box (exact for the text layer, where each 'word' is one character)."""
    chars, boxes, starts = [], [], []
    for text, (x0, y0, x1, y1) in words:
        n = norm_chars(text)
        if not n:
            continue
        starts.append(len(chars))
        step = (x1 - x0) / len(n)
        for i, ch in enumerate(n):
            chars.append(ch)
            boxes.append((x0 + i * step, y0, x0 + (i + 1) * step, y1))
    return PageChars(width, height, "".join(chars), boxes, starts, method)


def text_layer_chars(pdf_path: Path, page: int) -> PageChars:
    """The text layer's characters of one page (1-based) with their own boxes, via pdfminer.six."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    with open(pdf_path, "rb") as f:
        pdf_page = next(iter(PDFPage.get_pages(f, pagenos=[page - 1])), None)
        if pdf_page is None:
            raise ValueError(f"{pdf_path}: no page {page}")
        rm = PDFResourceManager(caching=True)
        device = PDFPageAggregator(rm, laparams=None)  # no layout analysis: only the boxes are needed
        PDFPageInterpreter(rm, device).process_page(pdf_page)
        layout = device.get_result()
    mx0, my0, mx1, my1 = layout.bbox
    chars, boxes, starts = [], [], []
    gap, prev = True, None
    for item in _walk(layout):
        n = norm_chars(item.get_text())
        if not n:
            gap = True  # a space (or punctuation) ends a word
            continue
        box = (item.x0 - mx0, my1 - item.y1, item.x1 - mx0, my1 - item.y0)  # to a top-left origin
        if prev is not None and not gap:
            size = max(item.size, 1.0)  # a jump to another line, back, or over a wide gap starts a word
            gap = abs(box[1] - prev[1]) > size * LINE_TOLERANCE or box[0] < prev[0] or box[0] - prev[2] > size / 3
        if gap or not starts:
            starts.append(len(chars))
        step = (box[2] - box[0]) / len(n)  # 'ﬁ' -> 'f', 'i': each gets half the glyph
        for i, ch in enumerate(n):
            chars.append(ch)
            boxes.append((box[0] + i * step, box[1], box[0] + (i + 1) * step, box[3]))
        gap, prev = False, box
    return PageChars(mx1 - mx0, my1 - my0, "".join(chars), boxes, starts, "text")


def _walk(layout):
    from pdfminer.layout import LTChar, LTContainer

    for item in layout:
        if isinstance(item, LTChar):
            yield item
        elif isinstance(item, LTContainer):  # figures and forms hold their own characters
            yield from _walk(item)


def ocr_chars(pdf_path: Path, page: int, lang: str = "eng", dpi: int = BOX_OCR_DPI) -> PageChars:
    """Tesseract's words on a pdftoppm raster of the page, converted to points."""
    import pytesseract
    from PIL import Image
    from pypdf import PdfReader

    reader = PdfReader(str(pdf_path))
    box = reader.pages[page - 1].mediabox
    width, height = float(box.width), float(box.height)
    cmd = ["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-gray", "-png", str(pdf_path)]
    png = subprocess.run(cmd, capture_output=True, timeout=OCR_TIMEOUT_S, check=True).stdout
    img = Image.open(io.BytesIO(png))
    data = pytesseract.image_to_data(img, lang=lang, output_type=pytesseract.Output.DICT, timeout=OCR_TIMEOUT_S)
    sx, sy = width / img.width, height / img.height
    words = []
    for text, conf, left, top, w, h in zip(data["text"], data["conf"], data["left"], data["top"],
                                           data["width"], data["height"]):
        if text and text.strip() and float(conf) >= 0:
            words.append((text, (left * sx, top * sy, (left + w) * sx, (top + h) * sy)))
    return _chars_from_boxes(words, width, height, "ocr")


def read_page_chars(pdf_path: Path, page: int, lang: str = "eng",
                    min_chars: int = IngestConfig.min_chars_per_page) -> PageChars:
    """The text layer's characters, or Tesseract's when the page has (almost) none, as ingest does."""
    pc = text_layer_chars(pdf_path, page)
    if len(pc.chars) >= min_chars or shutil.which("tesseract") is None or shutil.which("pdftoppm") is None:
        return pc
    return ocr_chars(pdf_path, page, lang)


class _PageCache:
    """A small thread-safe LRU of PageChars keyed by (file sha256, page)."""

    def __init__(self, size: int):
        self.size, self.items, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key, load):
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = load()  # outside the lock: a slow OCR page does not block other pages
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


PAGE_CACHE = _PageCache(CACHE_PAGES)


# --- finding the span ---------------------------------------------------------------------------


def find_span(pc: PageChars, text: str) -> list[tuple[int, int]]:
    """[start, end) ranges of `pc.chars` that hold `text`: one exact range, or the runs of a word
    alignment good enough to trust; [] when the span is not on this page."""
    target = norm_chars(text)
    if not target:
        return []
    i = pc.chars.find(target)
    if i >= 0:
        return [(i, i + len(target))]
    row = find_headed_row(pc, text) if pc.method == "text" else []  # ingest rewrites tables of text pages only
    if row:
        return row
    # fuzzy: align words (OCR misreads, characters neutralised or redacted since)
    starts = pc.word_starts
    page_words = [pc.chars[a:b] for a, b in zip(starts, starts[1:] + [len(pc.chars)])]
    words = _words(text)
    if not words or not page_words:
        return []
    sm = difflib.SequenceMatcher(None, page_words, words, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        return []
    best = max(blocks, key=lambda b: b.size)
    # keep the blocks that lie near the best one on the page: the span is one stretch of text
    reach = len(words) * 1.5
    near = [b for b in blocks if abs(b.a - best.a) <= reach]
    if sum(b.size for b in near) < MIN_FUZZY_SHARE * len(words):
        return []
    first, last = min(b.a for b in near), max(b.a + b.size for b in near)
    end = starts[last] if last < len(starts) else len(pc.chars)
    return [(starts[first], end)]


ROW_GAP = 40  # letters and digits allowed between two cells of one table row (an empty cell, a footnote mark)
MAX_ROW_STARTS = 50  # places tried for a row's first cell


def find_headed_row(pc: PageChars, text: str) -> list[tuple[int, int]]:
    """A table row as ingest/tables.py writes it ("Body weight 10 to 20 kg, Dose 5 mL, How often twice
    a day."): its headings are printed once, above the table, so each ", "-separated part is looked
    for by its longest final run of words (the cell's value), each right after the one before. The
    range runs from the first cell to the last; [] when the text is not such a row on this page."""
    parts = [p for p in re.split(r",\s+", text.strip().rstrip(".")) if _words(p)]
    if len(parts) < 2:
        return []
    tails = [["".join(w[k:]) for k in range(len(w))] for w in (_words(p) for p in parts)]
    chars = pc.chars

    def chain(pos: int) -> int | None:  # the end of the last cell when every later part follows in turn
        for cands in tails[1:]:
            for c in cands:  # the longest tail that follows closely: the value with the most of its words
                j = chars.find(c, pos, pos + ROW_GAP + len(c))
                if j >= 0:
                    pos = j + len(c)
                    break
            else:
                return None
        return pos

    for c in tails[0]:
        i, tries = chars.find(c), 0
        while i >= 0 and tries < MAX_ROW_STARTS:
            end = chain(i + len(c))
            if end is not None:
                return [(i, end)]
            i, tries = chars.find(c, i + 1), tries + 1
    return []


def merge_lines(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Character boxes -> one rectangle per line (consecutive characters at the same height)."""
    out: list[list[float]] = []
    for x0, y0, x1, y1 in boxes:
        if out:
            b = out[-1]
            h = max(b[3] - b[1], y1 - y0, 1.0)
            if abs((b[1] + b[3]) / 2 - (y0 + y1) / 2) < h * LINE_TOLERANCE and x0 >= b[0] - h:
                b[0], b[1], b[2], b[3] = min(b[0], x0), min(b[1], y0), max(b[2], x1), max(b[3], y1)
                continue
        out.append([x0, y0, x1, y1])
    return [tuple(b) for b in out]


def boxes_on_page(pc: PageChars, page: int, texts: list[str]) -> PageBoxes | None:
    """The rectangles of each of `texts` found on the page; None when none is."""
    boxes = []
    for text in texts:
        for a, b in find_span(pc, text):
            boxes += merge_lines(pc.boxes[a:b])
    if not boxes:
        return None
    return PageBoxes(page=page, width=pc.width, height=pc.height, boxes=boxes, method=pc.method)


def span_boxes(pdf_path: Path, page: int, text: str | list[str], sha256: str = "", lang: str = "eng",
               pages: int = 1) -> PageBoxes | None:
    """Boxes of `text` (or of each of several texts) on page `page` of the PDF, in points.

    pages > 1 looks on the following pages too (a passage that runs over a page break) and returns
    the first page that holds the span. sha256 (of the file, as ingest recorded it) keys the cache;
    without it the file's path, size and mtime do. None when the span is not found.
    """
    pdf_path = Path(pdf_path)
    texts = [text] if isinstance(text, str) else list(text)
    if not sha256:
        st = pdf_path.stat()
        sha256 = f"{pdf_path.resolve()}:{st.st_size}:{st.st_mtime_ns}"
    for p in range(page, page + max(pages, 1)):
        try:
            pc = PAGE_CACHE.get((sha256, p), lambda p=p: read_page_chars(pdf_path, p, lang))
        except (StopIteration, IndexError, ValueError):
            break  # past the last page
        found = boxes_on_page(pc, p, texts)
        if found is not None:
            return found
    return None
