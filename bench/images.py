"""Time to read a question's image (chatbot/answer/images.py question_with_image), per image.

    python bench/images.py            # a photographed-label size and a full scanned page, 5 runs each

Both images are rendered text (DejaVu Sans, black on white): "label" is 900 x 260 px with two
lines, "page" is 1700 x 2200 px (an A4 page at 200 dpi) with 20 lines. OCR engines: tesseract alone,
and auto (tesseract, rapidocr when tesseract's confidence is low: clean print stays on tesseract).
Prints the median and the slowest run with the load average; no timing is asserted anywhere.
"""
from __future__ import annotations

import io
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chatbot.answer.images import question_with_image  # noqa: E402
from tests.helpers import text_image  # noqa: E402

RUNS = 5
LINES = [f"Line {i}: the loading dose is 7.5 mg/kg, infused over 45 minutes" for i in range(1, 21)]


def render(lines, size, font_size=40) -> bytes:
    out = io.BytesIO()
    text_image(lines, size=size, font_size=font_size).save(out, format="PNG")
    return out.getvalue()


def main() -> None:
    images = {"label": render(["Zorvimab loading dose", "children 7.5 mg/kg"], (900, 260)),
              "page": render(LINES, (1700, 2200), font_size=36)}
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    for name, data in images.items():
        for engine in ("tesseract", "auto"):
            question_with_image("warm-up", [data], ocr_engine=engine)  # first call loads the engine
            times = []
            for _ in range(RUNS):
                t0 = time.perf_counter()
                q = question_with_image("What is the dose?", [data], ocr_engine=engine)
                times.append(time.perf_counter() - t0)
            print(f"{name:5s} {len(data) / 1e3:6.0f} kB  {engine:9s}  p50 {statistics.median(times) * 1e3:6.0f} ms"
                  f"  max {max(times) * 1e3:6.0f} ms  ({len(q)} chars of question)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
