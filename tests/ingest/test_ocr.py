"""ingest/ocr.py: reading text out of images with tesseract (one OpenMP thread), rapidocr or auto."""
from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zlib

import pytest

import ingest.ocr as ocr
from core.config import DomainbotError, IngestConfig
from ingest.ocr import ImageError, OcrResult, read_image
from tests.helpers import FIGURE_LINES, text_image

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr not installed")


def png_bytes(img) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def declared_png(width: int, height: int) -> bytes:
    """A tiny PNG file whose header declares width x height pixels (a decompression bomb's shape)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@needs_tesseract
def test_tesseract_reads_drawn_text_with_lines_boxes_and_confidence():
    img = text_image(FIGURE_LINES)
    result = read_image(png_bytes(img), engine="tesseract")
    assert isinstance(result, OcrResult) and result.engine == "tesseract"
    assert "7.5 mg/kg" in result.text and "Zorvimab" in result.text
    assert 0.8 <= result.confidence <= 1.0
    texts = [t for t, _ in result.lines]
    dose = next(box for t, box in result.lines if "7.5" in t)
    assert len(texts) == 3
    # boxes are in the given image's pixels (the engine saw an upscaled copy): the dose line is the second
    assert 0 <= dose[0] < dose[2] <= img.width and 130 <= dose[1] < dose[3] <= 230
    with pytest.raises(Exception):  # frozen
        result.text = "x"


@needs_tesseract
def test_tesseract_runs_with_one_openmp_thread(monkeypatch):
    seen = []
    real_run = subprocess.run

    def recording_run(cmd, *args, **kwargs):
        seen.append((cmd, kwargs.get("env")))
        return real_run(cmd, *args, **kwargs)

    monkeypatch.setattr(ocr.subprocess, "run", recording_run)
    monkeypatch.setenv("OMP_THREAD_LIMIT", "8")  # whatever the caller's environment says
    read_image(text_image(["Threads"]), engine="tesseract")
    calls = [env for cmd, env in seen if "tesseract" in cmd[0]]
    assert calls and all(env is not None and env["OMP_THREAD_LIMIT"] == "1" for env in calls)
    assert all(env.get("PATH") for env in calls)  # the rest of the environment is kept


def test_undecodable_images_are_one_line_errors():
    for bad, why in [(b"", "empty image"), (b"%PDF-1.7 not an image", "not an image"),
                     (png_bytes(text_image(["x"]))[:60], "corrupt image"), ("a string", "not an image")]:
        with pytest.raises(ImageError) as e:
            read_image(bad)
        assert isinstance(e.value, DomainbotError)
        assert str(e.value).startswith(why) and "\n" not in str(e.value), str(e.value)


def test_oversized_image_is_refused_from_its_header_before_decoding():
    with pytest.raises(ImageError, match=r"^too large \(10000 x 10000 pixels > 60 Mpx\)$"):
        read_image(declared_png(10_000, 10_000))
    with pytest.raises(ImageError, match=r"^too large \(over \d+ Mpx\)$"):  # past PIL's own bomb check
        read_image(declared_png(100_000, 100_000))
    from PIL import Image

    with pytest.raises(ImageError, match="too large"):
        ocr.open_image(Image.new("L", (200, 200)), max_pixels=10_000)


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="OCR engine must be one of auto, tesseract, rapidocr"):
        read_image(png_bytes(text_image(["x"])), engine="paddle")


def _canned(engine_name, confidence, calls):
    def run(img, *args):
        calls.append(engine_name)
        return OcrResult(f"read by {engine_name}", confidence, [("line", (0.0, 0.0, 10.0, 10.0))], engine_name)

    return run


@pytest.mark.parametrize("tess_conf,expected", [(0.95, ["tesseract"]), (0.40, ["tesseract", "rapidocr"])])
def test_auto_falls_back_to_rapidocr_on_low_tesseract_confidence(monkeypatch, tess_conf, expected):
    calls = []
    monkeypatch.setattr(ocr, "tesseract_unavailable", lambda lang="eng": None)
    monkeypatch.setattr(ocr, "rapidocr_unavailable", lambda: None)
    monkeypatch.setattr(ocr, "_tesseract", _canned("tesseract", tess_conf, calls))
    monkeypatch.setattr(ocr, "_rapidocr", _canned("rapidocr", 0.9, calls))
    result = read_image(text_image(["x"], size=(3000, 400)))  # no upscaling: boxes come back as read
    assert calls == expected and result.engine == expected[-1]
    assert result.lines == [("line", (0.0, 0.0, 10.0, 10.0))]


def test_auto_uses_rapidocr_when_tesseract_is_missing_and_says_why_when_both_are(monkeypatch):
    calls = []
    monkeypatch.setattr(ocr, "tesseract_unavailable", lambda lang="eng": "install tesseract-ocr")
    monkeypatch.setattr(ocr, "_rapidocr", _canned("rapidocr", 0.9, calls))
    monkeypatch.setattr(ocr, "rapidocr_unavailable", lambda: None)
    assert read_image(text_image(["x"])).engine == "rapidocr"
    monkeypatch.setattr(ocr, "rapidocr_unavailable", lambda: "install rapidocr and onnxruntime")
    with pytest.raises(ImageError, match=r"^no OCR engine \(install tesseract-ocr; or install rapidocr"):
        read_image(text_image(["x"]))


def test_rapidocr_reads_drawn_text():
    pytest.importorskip("rapidocr")
    pytest.importorskip("onnxruntime")
    result = read_image(text_image(FIGURE_LINES), engine="rapidocr")
    assert result.engine == "rapidocr" and "7.5" in result.text and "Zorvimab" in result.text
    assert 0.8 <= result.confidence <= 1.0 and len(result.lines) == 3


def test_ocr_setting_accepts_engines_and_old_booleans():
    assert IngestConfig().ocr == "auto"
    assert IngestConfig(ocr="rapidocr").ocr == "rapidocr"
    assert IngestConfig(ocr=False).ocr == "off" and IngestConfig(ocr=True).ocr == "auto"
    with pytest.raises(ValueError, match="ocr must be auto, tesseract, rapidocr or off, not 'paddle'"):
        IngestConfig(ocr="paddle")


@pytest.mark.parametrize("flags,expected", [([], "auto"), (["--ocr", "rapidocr"], "rapidocr"),
                                            (["--ocr", "tesseract"], "tesseract"), (["--no-ocr"], "off")])
def test_ocr_flag_reaches_the_ingest_config(monkeypatch, tmp_path, flags, expected):
    from typer.testing import CliRunner

    import ingest.pipeline
    from chatbot.cli import app
    from core.schema import FileReport, IngestReport

    seen = []
    report = IngestReport(files=[FileReport(source="a.pdf", status="unchanged")])
    monkeypatch.setattr(ingest.pipeline, "run_ingest", lambda paths, ws, cfg, progress=True: seen.append(cfg) or report)
    r = CliRunner().invoke(app, ["ingest", str(tmp_path), "-w", str(tmp_path / "ws"), "--no-pairs", *flags])
    assert r.exit_code == 0, r.output
    assert [c.ocr for c in seen] == [expected]


def test_ocr_engine_choice_reaches_the_page_reader(monkeypatch, image_pdf):
    """read_pdf OCRs a scanned page with the configured engine and records its confidence."""
    from ingest.pdf import read_pdf

    path = image_pdf(["The tenant pays rent", "on the first day"])
    calls = []
    monkeypatch.setattr(ocr, "rapidocr_unavailable", lambda: None)
    monkeypatch.setattr(ocr, "_rapidocr", lambda img: calls.append(img.size) or OcrResult(
        "The tenant pays rent on the first day", 0.88, [], "rapidocr"))
    pages = list(read_pdf(path, "scan.pdf", IngestConfig(ocr="rapidocr", figures=False)))
    assert len(calls) == 1
    assert [(p.ocr, p.ocr_engine, p.ocr_confidence) for p in pages] == [(True, "rapidocr", 0.88)]
