"""What the bench scripts share: the machine's load, the `domainbot` CLI run with --json, results files.

Every bench imports this first (`from common import ...`): run as `python bench/X.py` from anywhere,
Python puts bench/ at the head of sys.path, where bench/ingest.py would shadow the `ingest` package.
The one line below puts the repository before it, so `import ingest` is the package, with or without
`make setup`'s editable install.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the one path line of the benches (see the docstring)


def load_average() -> str:
    """'1.04 1.01 1.35': the 1, 5 and 15 minute load, as `uptime` prints it. Reported beside every
    figure: timings from a busy machine are not comparable with an idle one's."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def load_1min() -> float:
    return round(os.getloadavg()[0], 2)


def machine() -> str:
    """'2 CPU cores, load 1.04 1.01 1.35' (for a table's footer)."""
    return f"{os.cpu_count()} CPU cores, load {load_average()}"


def run_cli_json(*args: str | Path, env: dict | None = None) -> tuple[dict | list, float]:
    """(the parsed --json output, wall seconds) of one `domainbot ARGS... --json` process, run from
    the repository root; a failed run stops the bench with the command and its error's last lines."""
    cmd = [sys.executable, "-m", "chatbot.cli", *map(str, args), "--json"]
    t = time.perf_counter()
    res = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True,
                         env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})})
    seconds = time.perf_counter() - t
    if res.returncode:
        raise SystemExit(f"{' '.join(cmd)}: exit {res.returncode}\n{res.stderr[-2000:]}")
    return json.loads(res.stdout), seconds


def ingest_figures(corpus: Path, ws: Path, *extra: str) -> dict:
    """`domainbot ingest CORPUS -w WS --no-pairs --no-ocr EXTRA...` as one process: its wall seconds,
    pages read and chunks in the index (from `ingest --json`, the report the CLI prints)."""
    report, seconds = run_cli_json("ingest", corpus, "-w", ws, "--no-pairs", "--no-ocr", *extra)
    return {"seconds": seconds, "pages": report["pages_read"], "chunks": report["total_chunks"]}


def write_results(out: Path, name: str, table: str, figures: dict | list) -> None:
    """OUT/NAME.md (the table, for bench/readme_tables.py) and OUT/NAME.json (the figures)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.md").write_text(table.rstrip("\n") + "\n", encoding="utf-8")
    (out / f"{name}.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
