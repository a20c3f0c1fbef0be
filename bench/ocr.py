"""OCR benchmark: scanned copies of the sample corpora, per engine, against the born-digital originals.

    .venv/bin/python bench/ocr.py                          # all engines, 2 workers, 200 dpi scans
    .venv/bin/python bench/ocr.py --engines tesseract --workers 2 --dpi 300

Each page of corpora/ is rendered by pdftoppm (grey, --dpi) and the pages are rebuilt as image-only
PDFs (fpdf2, same page size, same relative paths), so corpora/questions.jsonl applies unchanged.
Per engine (tesseract, rapidocr, auto) and for the born-digital originals it prints:
  - read pages/s: parse + OCR (+ figure layout on scans) of every file by `--workers` processes, the
    way ingest's parse workers run (one file each, one OCR thread each), timed by the wall clock;
  - ingest s: the whole `run_ingest` (read, chunk, embed with the bundled int8 MiniLM, write the index);
  - mean OCR confidence of the pages, and hybrid retrieval hit@1 / hit@5 on the questions
    (a hit = same source and the question's page within [page, page_end] of one of the top 5).
The load average is printed with the table: on a shared machine the timings move with it.
Targets (issue 22): hit@5 within 0.10 of born-digital; >= 2 pages/s with tesseract on 2 cores.
"""
from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.ingest import hit_rates, load_average, load_questions  # noqa: E402
from core.config import IngestConfig, RetrieveConfig, Workspace  # noqa: E402


def scan_copy(src: Path, dst: Path, dpi: int) -> int:
    """Image-only copies of every PDF under src (each page rendered at dpi, grey). Returns pages."""
    from fpdf import FPDF
    from PIL import Image
    from pypdf import PdfReader

    pages = 0
    for pdf in sorted(src.rglob("*.pdf")):
        out = dst / pdf.relative_to(src)
        out.parent.mkdir(parents=True, exist_ok=True)
        reader = PdfReader(pdf)
        doc = FPDF(unit="pt")
        for i, page in enumerate(reader.pages, 1):
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            png = subprocess.run(["pdftoppm", "-f", str(i), "-l", str(i), "-r", str(dpi), "-gray", "-png",
                                  "-singlefile", str(pdf)], capture_output=True, check=True).stdout
            doc.add_page(format=(w, h))
            doc.image(Image.open(io.BytesIO(png)), x=0, y=0, w=w, h=h)
            pages += 1
        doc.output(str(out))
    return pages


def _read_one(args) -> tuple[int, list[float], int]:
    """(pages, OCR confidences, figures) of one file, read as an ingest parse worker reads it."""
    path, source, cfg = args
    from ingest.pdf import read_pdf

    confs, pages, figures = [], 0, 0
    for page in read_pdf(Path(path), source, cfg):
        pages += 1
        figures += len(page.figures)
        if page.ocr_confidence is not None:
            confs.append(page.ocr_confidence)
    return pages, confs, figures


def _warm(cfg: IngestConfig) -> None:
    """Imports and model loads in a pool process, before the clock starts."""
    from PIL import Image, ImageDraw

    import ingest.pdf  # noqa: F401
    from ingest.ocr import ocr_image

    img = Image.new("L", (400, 100), 255)
    ImageDraw.Draw(img).text((10, 40), "warm up", fill=0)
    if cfg.ocr != "off":
        ocr_image(img, cfg.ocr, cfg.ocr_lang)
        if cfg.figures:
            from ingest.figures import layout_regions, layout_unavailable

            if layout_unavailable() is None:
                layout_regions(img)
    time.sleep(0.5)  # so that each process takes one warm-up job


def read_rate(folder: Path, cfg: IngestConfig, workers: int) -> tuple[float, int, list[float], int]:
    """(seconds, pages, confidences, figures) to read every PDF under folder with `workers` processes."""
    files = sorted(folder.rglob("*.pdf"))
    jobs = [(str(f), f.relative_to(folder).as_posix(), cfg) for f in files]
    # largest files first: 4 files over 2 workers finish closer together
    jobs.sort(key=lambda j: -Path(j[0]).stat().st_size)
    import multiprocessing

    # spawn: the pool never forks this process once it holds the embedder's threads
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_warm, [cfg] * workers))
        t0 = time.perf_counter()
        results = list(pool.map(_read_one, jobs))
        seconds = time.perf_counter() - t0
    return (seconds, sum(r[0] for r in results), [c for r in results for c in r[1]], sum(r[2] for r in results))


def retrieval(folder: Path, ws: Workspace, cfg: IngestConfig, questions) -> tuple[float, float, float]:
    """(ingest seconds, hit@1, hit@5) of a fresh index over folder."""
    from chatbot.answer.retrieve import Retriever
    from ingest.index import load_index
    from ingest.pipeline import run_ingest

    t0 = time.perf_counter()
    run_ingest([folder], ws, cfg, progress=False)
    seconds = time.perf_counter() - t0
    retriever = Retriever(load_index(ws), RetrieveConfig(k=5, candidates=30))

    def search(question: str):
        return [(h.chunk.source, h.chunk.page, h.chunk.page_end) for h in retriever.search(question, k=5)]

    h1, h5 = hit_rates(questions, search)
    return seconds, h1, h5


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engines", default="tesseract,rapidocr,auto", help="comma-separated OCR engines to compare")
    ap.add_argument("--workers", type=int, default=2, help="parse worker processes (ingest's --workers)")
    ap.add_argument("--dpi", type=int, default=200, help="resolution the scanned copies are rendered at")
    ap.add_argument("--no-figures", action="store_true", help="scans without rapid-layout figure regions")
    ap.add_argument("--questions", default=str(REPO / "corpora" / "questions.jsonl"))
    args = ap.parse_args()

    questions = load_questions(Path(args.questions))
    corpus = REPO / "corpora"
    figures = not args.no_figures
    rows = []
    with tempfile.TemporaryDirectory(prefix="domainbot-bench-ocr-") as tmp:
        work = Path(tmp)
        scans = work / "scans"
        t0 = time.perf_counter()
        pages = scan_copy(corpus, scans, args.dpi)
        print(f"{pages} pages rendered at {args.dpi} dpi into image-only PDFs in {time.perf_counter() - t0:.1f} s",
              file=sys.stderr)
        # the originals with the default engine: their text layer is read, only pictures would be OCR'd
        variants = [("born-digital (text layer)", corpus, "auto")]
        variants += [(f"scanned, {engine}", scans, engine) for engine in args.engines.split(",")]
        for i, (label, folder, engine) in enumerate(variants):
            cfg = IngestConfig(ocr=engine, workers=args.workers, figures=figures)
            print(f"{label} ...", file=sys.stderr)
            load_before = load_average()
            secs, n, confs, figs = read_rate(folder, cfg, args.workers)
            ingest_s, h1, h5 = retrieval(folder, Workspace(work / f"ws-{i}"), cfg, questions)
            conf = f"{sum(confs) / len(confs):.2f}" if confs else "-"
            rows.append((label, n, n / secs, ingest_s, conf, figs, h1, h5, load_before))

    base_h5 = rows[0][7]
    print(f"\nOCR on scanned copies of corpora/ ({pages} pages, {args.dpi} dpi grey), {args.workers} parse workers, "
          f"{os.cpu_count()} CPU cores; {len(questions)} questions, hybrid retrieval, k=5; "
          f"figure regions {'on' if figures else 'off'}\n")
    print("| text from | pages | read pages/s | ingest s | OCR conf | figures | hit@1 | hit@5 | hit@5 vs born-digital "
          "| load (1/5/15 min) at start |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for label, n, rate, ingest_s, conf, figs, h1, h5, load in rows:
        delta = "-" if label.startswith("born") else f"{h5 - base_h5:+.3f}"
        print(f"| {label} | {n} | {rate:.2f} | {ingest_s:.1f} | {conf} | {figs} | {h1:.3f} | {h5:.3f} | {delta} | {load} |")
    print(f"\nload average after: {load_average()}")


if __name__ == "__main__":
    main()
