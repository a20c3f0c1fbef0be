"""PDF -> cleaned Page records, streamed one page at a time.

    for page in read_pdf(Path("lease.pdf"), "legal/lease.pdf", IngestConfig()):
        ...

Memory stays bounded for documents of thousands of pages: the file is read lazily through an open
handle, and only one page of text (plus a bounded sample for header/footer detection) is alive at a time.

Two passes:
  1. a cheap sample (first SAMPLE_HEAD pages + SAMPLE_SPREAD evenly spaced ones) finds running
     headers/footers: first/last lines repeated on >= 50% of sampled pages (min 3 pages);
  2. every page is extracted, cleaned (ingest/clean.py) and yielded. Pages without a text layer are
     OCR'd with Tesseract when enabled and installed; pages with no text at all are skipped, never
     yielded empty. With cfg.tables, ruled tables are read with pdfplumber (ingest/tables.py) and
     written one row a line, each cell after its column heading.

Bad files raise PdfError (a DomainbotError) with a short reason before the first page is yielded.
"""
from __future__ import annotations

import functools
import hashlib
import io
import logging
import shutil
import subprocess
from pathlib import Path
from typing import Iterator

from core.config import DomainbotError, IngestConfig
from core.schema import Page
from ingest.clean import clean_page, edge_keys, normalize_unicode, repeated_edges, strip_furniture

log = logging.getLogger(__name__)

SAMPLE_HEAD = 50  # header/footer detection looks at the first pages ...
SAMPLE_SPREAD = 30  # ... plus this many spread evenly over the rest of the document
CACHE_PAGES = 64  # drop pypdf's parsed-object cache every this many pages (bounded memory)
OCR_DPI = 300  # Tesseract is tuned for ~300 dpi scans
OCR_TIMEOUT_S = 120  # per page; a pathological image must not hang the ingest
MAX_IMAGE_PIXELS = 60_000_000  # an A4 scan at 600 dpi is 35 Mpx; larger images are not decoded for OCR
MAX_RENDER_PIXELS = 40_000_000  # a page is rendered at OCR_DPI, or lower so that it stays under this
MIN_RENDER_DPI = 50  # below this a page is too large to OCR (a page declared kilometres wide)


class PdfError(DomainbotError):
    """A PDF that cannot be read. str(e) is a short reason: "empty file", "not a PDF",
    "corrupt: <detail>", "encrypted (password required)", "too many pages (N > max)", "needs OCR (...)"."""


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _short(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    return msg[:80]


def open_pdf(path: Path, max_pages: int, max_mb: float | None = None):
    """Validate and open a PDF. Returns a pypdf PdfReader reading lazily from an open handle
    (close it with reader.stream.close()). Raises PdfError with a short reason."""
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError as e:
        raise PdfError(f"unreadable: {e.strerror or _short(e)}") from None
    if size == 0:
        raise PdfError("empty file")
    if max_mb is not None and size > max_mb * 1e6:
        raise PdfError(f"too large (> {max_mb:g} MB)")
    if b"%PDF" not in head:  # the spec allows junk before the header; 1024 bytes is what readers accept
        raise PdfError("not a PDF")

    fh = open(path, "rb")
    try:
        try:
            reader = PdfReader(fh, strict=False)
        except DependencyError:
            raise PdfError("encrypted (install cryptography to read it)") from None
        except Exception as e:  # pypdf raises many types on damaged files
            raise PdfError(f"corrupt: {_short(e)}") from None
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")  # many "protected" PDFs only restrict printing/copying
            except DependencyError:
                raise PdfError("encrypted (install cryptography to read it)") from None
            except Exception as e:
                raise PdfError(f"corrupt: {_short(e)}") from None
            if ok == PasswordType.NOT_DECRYPTED:
                raise PdfError("encrypted (password required)")
        try:
            n = len(reader.pages)
        except Exception as e:
            raise PdfError(f"corrupt: {_short(e)}") from None
        if n == 0:
            raise PdfError("corrupt: no pages")
        if n > max_pages:
            raise PdfError(f"too many pages ({n} > {max_pages})")
        return reader
    except BaseException:
        fh.close()
        raise


def _extract(reader, i: int) -> str:
    return reader.pages[i].extract_text() or ""


def _sample_indices(n: int) -> list[int]:
    head = list(range(min(n, SAMPLE_HEAD)))
    if n <= SAMPLE_HEAD:
        return head
    step = (n - SAMPLE_HEAD) / SAMPLE_SPREAD
    spread = {SAMPLE_HEAD + int(k * step) for k in range(SAMPLE_SPREAD)}
    return head + sorted(i for i in spread if i < n)


# --- OCR ----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def ocr_unavailable_reason(lang: str) -> str | None:
    """None when Tesseract can OCR `lang`, else why not (for warnings and the needs-OCR error)."""
    if shutil.which("tesseract") is None:
        return "install tesseract-ocr"
    try:
        import pytesseract
    except ImportError:
        return "install pytesseract"
    try:
        langs = set(pytesseract.get_languages(config=""))
    except Exception as e:
        return f"tesseract failed: {_short(e)}"
    missing = [l for l in lang.split("+") if l not in langs]
    if missing:
        return f"tesseract language {'+'.join(missing)} not installed"
    return None


def _image_size(xobj) -> tuple[int, int]:
    try:
        return int(xobj.get("/Width", 0)), int(xobj.get("/Height", 0))
    except (TypeError, ValueError):
        return 0, 0


def _largest_image(page):
    """The biggest embedded image on the page (a scan is one full-page image), as PIL, or None.

    Sizes come from the image dictionaries (/Width, /Height), so only the chosen image is decoded, and
    none above MAX_IMAGE_PIXELS (a small file can declare a gigapixel image: a decompression bomb)."""
    try:
        xobjects = page["/Resources"].get_object().get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else {}
        sizes = {}
        for name, ref in xobjects.items():
            xobj = ref.get_object()
            if xobj.get("/Subtype") == "/Image":
                sizes[name] = _image_size(xobj)
    except Exception:
        return None
    for name, (w, h) in sorted(sizes.items(), key=lambda kv: -kv[1][0] * kv[1][1]):
        if not 0 < w * h <= MAX_IMAGE_PIXELS:
            continue
        try:
            pil = page.images[name].image
        except Exception:
            continue  # unsupported filter: try the others
        if pil is not None:
            return pil
    return None


def render_dpi(width_pt: float, height_pt: float, dpi: int = OCR_DPI, max_pixels: int = MAX_RENDER_PIXELS) -> int:
    """The resolution to render a page of this size (PDF points) at: `dpi`, lowered so the raster stays
    under `max_pixels`. Raises PdfError when even MIN_RENDER_DPI is too much (an absurd page size)."""
    inches = abs(width_pt * height_pt) / (72 * 72)
    if inches * dpi * dpi > max_pixels:
        dpi = int((max_pixels / inches) ** 0.5) if inches else dpi
    if dpi < MIN_RENDER_DPI:
        raise PdfError(f"page too large to OCR ({abs(width_pt) / 72:.0f} x {abs(height_pt) / 72:.0f} in)")
    return dpi


def _render_page(path: Path, page_no: int, dpi: int = OCR_DPI):
    """Rasterise one page with poppler's pdftoppm (pages drawn as vector outlines have no image)."""
    if shutil.which("pdftoppm") is None:
        return None
    from PIL import Image

    cmd = ["pdftoppm", "-f", str(page_no), "-l", str(page_no), "-r", str(dpi), "-gray", "-png", str(path)]
    # failures (timeout, poppler error) propagate: the caller reports "page N: OCR failed (why)"
    out = subprocess.run(cmd, capture_output=True, timeout=OCR_TIMEOUT_S, check=True).stdout
    return Image.open(io.BytesIO(out)) if out else None


def ocr_page(page, path: Path, page_no: int, lang: str, render: bool) -> str:
    """Tesseract text of a page: its largest embedded image, else (when render) a pdftoppm raster."""
    import pytesseract

    img = _largest_image(page)
    if img is None and render:
        box = page.mediabox
        img = _render_page(path, page_no, render_dpi(float(box.width), float(box.height)))
    if img is None:
        return ""
    img = img.convert("L")
    if max(img.size) < 1500:  # small scans OCR much better upscaled
        scale = 1500 / max(img.size)
        img = img.resize((int(img.width * scale), int(img.height * scale)))
    return pytesseract.image_to_string(img, lang=lang, timeout=OCR_TIMEOUT_S)


# --- reading ------------------------------------------------------------------------------------


def find_running_lines(reader, indices: list[int], min_chars: int):
    """First pass: (repeated header/footer keys, {index: raw text or exception} for the sampled pages).

    The sampled raw text is returned so the second pass need not extract those pages again; it is
    at most SAMPLE_HEAD + SAMPLE_SPREAD pages, whatever the document length.
    """
    cache: dict[int, str | Exception] = {}
    keys = []
    for i in indices:
        try:
            cache[i] = _extract(reader, i)
        except Exception as e:
            cache[i] = e
            continue
        text = normalize_unicode(cache[i])
        if len(text.strip()) >= min_chars:  # scanned pages would dilute the counts
            keys.append((text, edge_keys(text)))
    repeated = repeated_edges(k for _, k in keys)
    # A document whose pages are (nearly) identical would lose everything: then keep every line.
    emptied = sum(1 for text, _ in keys if not strip_furniture(text, repeated).strip())
    if repeated and emptied >= 0.5 * len(keys):
        repeated = set()
    return repeated, cache


def read_pdf(
    path: Path, source: str, cfg: IngestConfig, sha256: str | None = None, warnings: list[str] | None = None,
    metadata: dict | None = None,
) -> Iterator[Page]:
    """Yield one cleaned Page per PDF page that has text (1-based page numbers).

    Raises PdfError before yielding for unreadable files, and at the end when no page had any text
    (scans without usable OCR). Pages that fail to extract are skipped; why is appended to `warnings`
    (and logged without document text), so one bad page does not lose the rest of the document.
    `metadata`, when given, is filled with the PDF's title/author/subject/creation date once the file is open.
    """
    path = Path(path)
    warnings = warnings if warnings is not None else []
    reader = open_pdf(path, cfg.max_pages, cfg.max_file_mb)
    tables = None
    try:
        if metadata is not None:
            from ingest.identity import pdf_metadata

            metadata.update(pdf_metadata(reader))
        sha256 = sha256 or file_sha256(path)
        n = len(reader.pages)
        repeated, cache = find_running_lines(reader, _sample_indices(n), cfg.min_chars_per_page)
        no_ocr = "OCR is disabled" if not cfg.ocr else ocr_unavailable_reason(cfg.ocr_lang)
        if cfg.tables:
            from ingest.tables import TableReader

            tables = TableReader(path)
        yielded = failed = scanned = no_layer = 0

        def warn(msg: str) -> None:
            warnings.append(msg)
            log.warning("%s: %s", source, msg)

        for i in range(n):
            page_no = i + 1
            if i % CACHE_PAGES == 0:
                # pypdf caches every object it parses (content streams, images) for the reader's
                # lifetime; dropping the cache keeps memory flat on long documents (shared objects
                # such as fonts are simply parsed again from the file).
                reader.resolved_objects.clear()
            raw = cache.pop(i) if i in cache else None
            try:
                if raw is None:
                    raw = _extract(reader, i)
                if isinstance(raw, Exception):
                    raise raw
            except Exception as e:
                failed += 1
                warn(f"page {page_no}: text extraction failed ({_short(e)})")
                continue
            text = clean_page(raw, repeated)
            if tables is not None and len(text) >= cfg.min_chars_per_page:
                text = tables.rewrite(i, reader.pages[i], text)
            ocr = False
            if len(text) < cfg.min_chars_per_page:
                scanned += 1
                if no_ocr is None:
                    try:
                        ocr_text = clean_page(ocr_page(reader.pages[i], path, page_no, cfg.ocr_lang, render=not text))
                    except Exception as e:
                        ocr_text = ""
                        warn(f"page {page_no}: OCR failed ({_short(e)})")
                    if len(ocr_text) > len(text):
                        text, ocr = ocr_text, True
                elif not text:
                    no_layer += 1
            if not text:
                continue  # never yield empty pages
            yielded += 1
            yield Page(source=source, page=page_no, text=text, sha256=sha256, ocr=ocr)

        if yielded and no_layer:  # one line, not one per page: a long scan would flood the log
            warn(f"{no_layer} page(s) without a text layer skipped ({no_ocr})")
        if yielded == 0:
            if failed == n:
                raise PdfError(f"corrupt: no page could be read ({warnings[-1] if warnings else ''})"[:120])
            if scanned:
                why = no_ocr or "OCR found no text"
                raise PdfError(f"needs OCR (no text layer; {why})")
            raise PdfError("no text")
    finally:
        if tables is not None:
            tables.close()
        reader.stream.close()
