"""Time to box a cited span on its PDF page (ingest/boxes.py span_boxes), per citation.

    python bench/boxes.py                       # the sample corpora, every gold quote of corpora/questions.jsonl
    python bench/boxes.py --out bench/results/boxes

Each answerable question's gold page is boxed for one of its sentences (the sentence of the page that
holds the question's first must_include string, else the page's longest sentence): "cold" clears the
page cache first (the page's characters are read from the PDF), "warm" is a second span on the same
page (the cache answers). The OCR row boxes one sentence of a scanned copy of a page (rendered and
embedded as an image), cold.
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from common import REPO as ROOT, write_results  # first: the repository's packages ahead of bench/ (bench/common.py)

from core.text import split_sentences  # noqa: E402
from ingest.boxes import PAGE_CACHE, span_boxes  # noqa: E402


def pick_sentence(page_text: str, must: list[str]) -> str:
    sentences = [s for s in split_sentences(" ".join(page_text.split())) if len(s) > 30]
    for m in must:
        hit = [s for s in sentences if m.lower() in s.lower()]
        if hit:
            return hit[0]
    return max(sentences, key=len) if sentences else ""


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return f"{statistics.median(values) * 1000:.1f} / {p95 * 1000:.1f}"


def scanned_copy(pdf: Path, page: int, out: Path) -> Path:
    """One page of `pdf` as an image-only PDF (what a scanner gives)."""
    import subprocess

    from fpdf import FPDF

    png = out / "scan.png"
    subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", "200", "-gray", "-png", "-singlefile",
                    str(pdf), str(png.with_suffix(""))], check=True)
    doc = FPDF(format="A4")
    doc.add_page()
    doc.image(str(png), x=0, y=0, w=210, h=297)
    path = out / "scan.pdf"
    doc.output(str(path))
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--questions", type=Path, default=ROOT / "corpora" / "questions.jsonl")
    ap.add_argument("--corpora", type=Path, default=ROOT / "corpora")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    from pypdf import PdfReader

    rows = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
    cold, warm, found, tried = [], [], 0, 0
    texts: dict[tuple[str, int], str] = {}
    for r in rows:
        if not r.get("source"):
            continue
        pdf = args.corpora / r["source"]
        key = (r["source"], r["page"])
        if key not in texts:
            texts[key] = PdfReader(pdf).pages[r["page"] - 1].extract_text() or ""
        sentence = pick_sentence(texts[key], r.get("must_include", []))
        if not sentence:
            continue
        tried += 1
        PAGE_CACHE.items.clear()
        t0 = time.perf_counter()
        pb = span_boxes(pdf, r["page"], sentence)
        cold.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        span_boxes(pdf, r["page"], sentence[: len(sentence) // 2])
        warm.append(time.perf_counter() - t0)
        found += pb is not None
    lines = ["| case | citations | located | time p50 / p95 (ms) |", "|---|---:|---:|---:|",
             f"| text layer, page not cached | {tried} | {found} | {ms(cold)} |",
             f"| text layer, page cached | {tried} | - | {ms(warm)} |"]
    with tempfile.TemporaryDirectory() as tmp:
        first = next(r for r in rows if r.get("source"))
        pdf = args.corpora / first["source"]
        scan = scanned_copy(pdf, first["page"], Path(tmp))
        sentence = pick_sentence(texts[(first["source"], first["page"])], first.get("must_include", []))
        PAGE_CACHE.items.clear()
        t0 = time.perf_counter()
        pb = span_boxes(scan, 1, sentence)
        ocr = time.perf_counter() - t0
        lines.append(f"| scanned page (Tesseract, 200 dpi), not cached | 1 | {int(pb is not None)} | "
                     f"{ocr * 1000:.0f} |")
    table = "\n".join(lines)
    print(table)
    if args.out:
        write_results(args.out, "boxes", table, {"cold_s": cold, "warm_s": warm, "found": found, "tried": tried,
                                                 "ocr_s": ocr})


if __name__ == "__main__":
    main()
