"""Text out of pictures: scanned pages, figures inside PDFs, images sent with a question.

    result = read_image(png_bytes)            # engine "auto"
    result.text, result.confidence            # "Dose: 5 mg/kg ...", 0.91
    result.lines                              # [("Dose: 5 mg/kg", (x0, y0, x1, y1)), ...] in image pixels

Two engines:
  - tesseract: the tesseract binary, one process per image, run with OMP_THREAD_LIMIT=1. Its own
    OpenMP threads fight the ingest's worker processes on a busy machine (a page took 7-19 s with
    the default threads on 2 shared cores, 0.42 s with one; same text); the per-file worker pool gives
    the parallelism instead.
  - rapidocr: PP-OCR detection + recognition ONNX models shipped in the rapidocr wheel (onnxruntime,
    one thread). Slower (seconds a page) but better on photos, skewed or poor scans.
  - auto: tesseract, and rapidocr for an image tesseract reads with low confidence (< LOW_CONFIDENCE)
    or when tesseract is not installed.

Confidence is the engine's mean word (tesseract) or line (rapidocr) confidence in [0, 1], weighted by
text length: a page of clean print scores ~0.9, a blurred photo below 0.6. The two engines' scales are
not the same; bench/ocr.py measures both on the same pages.
"""
from __future__ import annotations

import contextlib
import functools
import io
import os
import shutil
import subprocess
import warnings
from dataclasses import dataclass, field

from core.config import DomainbotError

ENGINES = ("auto", "tesseract", "rapidocr")
LOW_CONFIDENCE = 0.70  # auto: below this tesseract mean confidence, rapidocr reads the image again
MAX_IMAGE_PIXELS = 60_000_000  # an A4 scan at 600 dpi is 35 Mpx; larger images are not decoded
MAX_IMAGE_BYTES = 50_000_000  # an encoded image larger than this is refused before decoding
MIN_OCR_SIDE = 1500  # small images OCR much better upscaled to this longest side
MAX_UPSCALE = 4.0  # ... but a thumbnail is not blown up past 4x (noise, and time)
OCR_TIMEOUT_S = 120  # per image; a pathological image must not hang the ingest


class ImageError(DomainbotError):
    """An image that cannot be read: str(e) is a one-line reason ("not an image", "too large (...)")."""


@dataclass(frozen=True)
class OcrResult:
    """What an engine read. Boxes are (x0, y0, x1, y1) in the given image's pixels, origin top-left."""

    text: str  # lines joined by "\n", paragraphs (tesseract blocks) by "\n\n"
    confidence: float  # 0..1, mean over the text (0.0 when nothing was read)
    lines: list[tuple[str, tuple[float, float, float, float]]] = field(default_factory=list)
    engine: str = "tesseract"  # which engine produced it (auto names the one whose text this is)


# --- availability -------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def tesseract_unavailable(lang: str = "eng") -> str | None:
    """None when Tesseract can OCR `lang`, else why not (for warnings and the needs-OCR error)."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "install tesseract-ocr"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30,
                             env=tesseract_env())
    except (OSError, subprocess.SubprocessError) as e:
        return f"tesseract failed: {type(e).__name__}"
    langs = {line.strip() for line in (out.stdout + out.stderr).splitlines()[1:]}
    missing = [lang_ for lang_ in lang.split("+") if lang_ not in langs]
    if missing:
        return f"tesseract language {'+'.join(missing)} not installed"
    return None


@functools.lru_cache(maxsize=1)
def rapidocr_unavailable() -> str | None:
    """None when rapidocr (and onnxruntime) can be imported, else what to install."""
    try:
        import onnxruntime  # noqa: F401
        import rapidocr  # noqa: F401
    except ImportError as e:
        return f"install rapidocr and onnxruntime ({e.name} missing)"
    return None


def engine_unavailable(engine: str, lang: str = "eng") -> str | None:
    """None when `engine` can run (auto: either engine can), else why not."""
    if engine == "tesseract":
        return tesseract_unavailable(lang)
    if engine == "rapidocr":
        return rapidocr_unavailable()
    if engine == "auto":
        t, r = tesseract_unavailable(lang), rapidocr_unavailable()
        return None if t is None or r is None else f"{t}; or {r}"
    raise ValueError(f"OCR engine must be one of {', '.join(ENGINES)}, not {engine!r}")


# --- images -------------------------------------------------------------------------------------


def open_image(image, max_pixels: int = MAX_IMAGE_PIXELS):
    """A decoded PIL image from bytes or a PIL image. Raises ImageError for anything undecodable or
    larger than max_pixels (checked from the header, before the pixels are decoded: a small file can
    declare a gigapixel image)."""
    from PIL import Image, UnidentifiedImageError

    if isinstance(image, Image.Image):
        img = image
    elif isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        if not data:
            raise ImageError("empty image")
        if len(data) > MAX_IMAGE_BYTES:
            raise ImageError(f"too large ({len(data) / 1e6:.0f} MB > {MAX_IMAGE_BYTES / 1e6:.0f} MB)")
        try:
            with warnings.catch_warnings():  # PIL's bomb warning: the size is checked below, against our own cap
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                img = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError:  # PIL's own cap (~179 Mpx) fires first for the largest
            raise ImageError(f"too large (over {Image.MAX_IMAGE_PIXELS / 1e6:.0f} Mpx)") from None
        except UnidentifiedImageError:
            raise ImageError("not an image (unknown format)") from None
        except Exception as e:
            raise ImageError(f"not an image ({type(e).__name__})") from None
    else:
        raise ImageError(f"not an image (got {type(image).__name__})")
    w, h = img.size
    if w <= 0 or h <= 0:
        raise ImageError("empty image (0 pixels)")
    if w * h > max_pixels:
        raise ImageError(f"too large ({w} x {h} pixels > {max_pixels / 1e6:.0f} Mpx)")
    try:
        img.load()  # truncated or corrupt data fails here, not later inside an engine
    except Exception as e:
        raise ImageError(f"corrupt image ({type(e).__name__})") from None
    return img


def _for_ocr(img):
    """8-bit grey (transparent parts on white), upscaled when small. Returns (image, scale applied)."""
    from PIL import Image

    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        back = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(back, img)
    img = img.convert("L")
    scale = 1.0
    if max(img.size) < MIN_OCR_SIDE:
        scale = min(MIN_OCR_SIDE / max(img.size), MAX_UPSCALE)
        img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))), Image.LANCZOS)
    return img, scale


# --- tesseract ----------------------------------------------------------------------------------


def tesseract_env() -> dict[str, str]:
    """The environment of every tesseract process: one OpenMP thread (see the module docstring)."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _tesseract(img, lang: str) -> OcrResult:
    """Tesseract's words (TSV) on an 8-bit image: text in reading order, lines with boxes, confidence."""
    return parse_tsv(tesseract_tsv(img, lang))


def tesseract_words(img, lang: str = "eng") -> list[tuple[str, tuple[int, int, int, int]]]:
    """Tesseract's words on a PIL image with their boxes (x0, y0, x1, y1) in its pixels."""
    words = []
    for row in tesseract_tsv(img, lang).splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) >= 12 and cols[0] == "5" and cols[11].strip():
            try:
                if float(cols[10]) < 0:
                    continue
                left, top, width, height = (int(c) for c in cols[6:10])
            except ValueError:
                continue
            words.append((cols[11], (left, top, left + width, top + height)))
    return words


def tesseract_tsv(img, lang: str) -> str:
    """The tesseract binary's TSV for a PIL image (one process, one OpenMP thread)."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise ImageError("tesseract is not installed (install tesseract-ocr)")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    cmd = [exe, "stdin", "stdout", "-l", lang, "tsv"]
    proc = subprocess.run(cmd, input=buf.getvalue(), capture_output=True, timeout=OCR_TIMEOUT_S,
                          env=tesseract_env())
    if proc.returncode != 0:
        why = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"tesseract exit {proc.returncode}: {why[-1][:80] if why else ''}")
    return proc.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str) -> OcrResult:
    """An OcrResult from tesseract's TSV output (level 5 rows are words)."""
    lines: dict[tuple, list] = {}  # (block, paragraph, line) -> [words, x0, y0, x1, y1]
    weight = total = 0.0
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = cols[11].strip()
        try:
            conf = float(cols[10])
            left, top, width, height = (int(c) for c in cols[6:10])
        except ValueError:
            continue
        if not word or conf < 0:
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))
        entry = lines.setdefault(key, [[], left, top, left + width, top + height])
        entry[0].append(word)
        entry[1], entry[2] = min(entry[1], left), min(entry[2], top)
        entry[3], entry[4] = max(entry[3], left + width), max(entry[4], top + height)
        total += conf / 100 * len(word)
        weight += len(word)
    out_lines, parts, prev_block = [], [], None
    for (block, par, _), (words, x0, y0, x1, y1) in lines.items():  # TSV order is reading order
        text = " ".join(words)
        out_lines.append((text, (float(x0), float(y0), float(x1), float(y1))))
        if parts and (block, par) != prev_block:
            parts.append("\n")  # a new paragraph: a blank line, as image_to_string writes it
        parts.append(text + "\n")
        prev_block = (block, par)
    return OcrResult("".join(parts).strip(), round(total / weight, 4) if weight else 0.0, out_lines, "tesseract")


# --- rapidocr -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _rapidocr_engine():
    """One RapidOCR per process (the models load in ~1 s), one onnxruntime thread: like tesseract,
    the worker processes are the parallelism."""
    from rapidocr import RapidOCR

    with quiet_info_logs():  # it logs each model load at INFO
        return RapidOCR(params={
            "Global.log_level": "error",
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        })


@contextlib.contextmanager
def quiet_info_logs():
    """No INFO records from anyone while a model loads (the ONNX wrappers set their own loggers'
    levels on creation, so only the global switch holds); the previous switch is restored."""
    import logging

    previous = logging.root.manager.disable
    logging.disable(max(previous, logging.INFO))
    try:
        yield
    finally:
        logging.disable(previous)


def _rapidocr(img) -> OcrResult:
    import numpy as np

    why = rapidocr_unavailable()
    if why:
        raise ImageError(f"rapidocr is not available ({why})")
    result = _rapidocr_engine()(np.asarray(img.convert("RGB")))
    txts, scores, boxes = result.txts or (), result.scores or (), result.boxes
    lines, weight, total = [], 0.0, 0.0
    for i, text in enumerate(txts):
        text = text.strip()
        if not text:
            continue
        quad = np.asarray(boxes[i], dtype=float)  # 4 corners, clockwise from top-left
        lines.append((text, (float(quad[:, 0].min()), float(quad[:, 1].min()),
                             float(quad[:, 0].max()), float(quad[:, 1].max()))))
        total += float(scores[i]) * len(text)
        weight += len(text)
    return OcrResult(_lines_to_text(lines), round(total / weight, 4) if weight else 0.0, lines, "rapidocr")


def _lines_to_text(lines) -> str:
    """Lines (text, box) in reading order as text: a blank line where the vertical gap to the next
    line is larger than a line's height (a new paragraph)."""
    out, prev = [], None
    for text, box in sorted(lines, key=lambda tb: (round(tb[1][1] / 8), tb[1][0])):
        if prev is not None and box[1] - prev[3] > (prev[3] - prev[1]):
            out.append("")
        out.append(text)
        prev = box
    return "\n".join(out)


# --- the public entry points ----------------------------------------------------------------------


def _unscale(result: OcrResult, scale: float) -> OcrResult:
    if scale == 1.0:
        return result
    lines = [(t, tuple(v / scale for v in box)) for t, box in result.lines]
    return OcrResult(result.text, result.confidence, lines, result.engine)


def ocr_image(img, engine: str = "auto", lang: str = "eng", low_confidence: float = LOW_CONFIDENCE) -> OcrResult:
    """OCR a decoded PIL image with `engine` (see the module docstring). Line boxes are in the
    given image's pixels. Raises ImageError when the engine (for auto: both) cannot run."""
    if engine not in ENGINES:
        raise ValueError(f"OCR engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    prepared, scale = _for_ocr(img)
    if engine == "rapidocr":
        return _unscale(_rapidocr(prepared), scale)
    if engine == "tesseract":
        why = tesseract_unavailable(lang)
        if why:
            raise ImageError(f"tesseract cannot run ({why})")
        return _unscale(_tesseract(prepared, lang), scale)
    # auto
    if tesseract_unavailable(lang) is None:
        first = _tesseract(prepared, lang)
        if first.confidence >= low_confidence or rapidocr_unavailable() is not None:
            return _unscale(first, scale)
        second = _rapidocr(prepared)
        # rapidocr reads what tesseract could not; an image with no text at all stays tesseract's answer
        return _unscale(second if second.text.strip() else first, scale)
    if rapidocr_unavailable() is None:
        return _unscale(_rapidocr(prepared), scale)
    raise ImageError(f"no OCR engine ({engine_unavailable('auto', lang)})")


def read_image(image, engine: str = "auto", lang: str = "eng") -> OcrResult:
    """The text in an image (PNG/JPEG/... bytes or a PIL image): text, confidence, lines with boxes
    in the image's pixels. Raises ImageError (a DomainbotError) with a one-line reason for an
    undecodable, empty or oversized image, or when no engine can run."""
    img = open_image(image)
    return ocr_image(img, engine, lang)
