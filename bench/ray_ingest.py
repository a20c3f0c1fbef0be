"""Ingest throughput on this machine: local `domainbot ingest` vs `--ray auto` with 1 and 2 embedding
actors, plus a *projection* (not a measurement) for a cluster of N such machines.

    .venv/bin/python bench/ray_ingest.py                    # ~300-page corpus built from corpora/
    .venv/bin/python bench/ray_ingest.py --corpus ~/pdfs --workers 1 2 4
    .venv/bin/python bench/ray_ingest.py --pages 20         # a quick check that it runs

Every run is a whole `python -m chatbot.cli ingest ... --no-pairs --no-ocr` process into a fresh
workspace, timed end to end (Python start, Ray start, model loads, index write). Writes
bench/results/ray/ray_ingest.md and ray_ingest.json (bench/readme_tables.py puts the .md in README.md).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, ingest_figures, load_average, write_results  # first: the repository's packages ahead of bench/ (bench/common.py)


def _ingest_bench():
    """bench/ingest.py (its corpus builder), loaded by path: its name would shadow the ingest package."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_ingest", REPO / "bench" / "ingest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ingest_process(corpus: Path, ws: Path, extra: list[str]) -> dict:
    f = ingest_figures(corpus, ws, *extra)
    return {**f, "seconds": round(f["seconds"], 2), "pages_per_s": round(f["pages"] / f["seconds"], 2)}


def ray_start_seconds() -> float:
    """A process that only starts a local Ray instance and stops it: the fixed cost in every --ray run."""
    code = "import ray; ray.init(include_dashboard=False, logging_level='ERROR'); ray.shutdown()"
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - t


def projection(pages: int, ray_run_s: float, fixed_s: float, nodes: list[int]) -> list[dict]:
    """pages/s on N machines like this one, Amdahl-style: the fixed part (process and Ray start, listing,
    the driver's index write; estimated as the Ray start time) stays, the rest divides by N."""
    parallel_s = max(ray_run_s - fixed_s, 0.0)
    return [{"nodes": n, "projected_seconds": round(fixed_s + parallel_s / n, 1),
             "projected_pages_per_s": round(pages / (fixed_s + parallel_s / n), 2)} for n in nodes]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="folder of PDFs (default: copies of corpora/)")
    ap.add_argument("--pages", type=int, default=300, help="minimum pages of the generated corpus")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="--ray-workers values to run")
    ap.add_argument("--nodes", type=int, nargs="+", default=[1, 2, 4, 8], help="cluster sizes for the projection")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "ray")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="domainbot-ray-bench-"))
    try:
        corpus = Path(args.corpus) if args.corpus else work / "corpus"
        if not args.corpus:
            _ingest_bench().build_corpus(REPO / "corpora", corpus, args.pages)
        load_before = load_average()
        runs = [{"name": "local (process pool + embedder)", **ingest_process(corpus, work / "ws-local", [])}]
        print(f"  {runs[-1]}", file=sys.stderr)
        for n in args.workers:
            r = ingest_process(corpus, work / f"ws-ray{n}", ["--ray", "auto", "--ray-workers", str(n)])
            runs.append({"name": f"--ray auto, {n} embedding actor(s)", "ray_workers": n, **r})
            print(f"  {runs[-1]}", file=sys.stderr)
        fixed = ray_start_seconds()
        load_after = load_average()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    best = min((r for r in runs if "ray_workers" in r), key=lambda r: r["seconds"])
    proj = projection(best["pages"], best["seconds"], fixed, args.nodes)
    result = {"cpus": os.cpu_count(), "load_before": load_before, "load_after": load_after,
              "pages": runs[0]["pages"], "runs": runs, "ray_start_seconds": round(fixed, 1),
              "projection_from": best["name"], "projection": proj}
    lines = [f"Measured on one machine ({os.cpu_count()} CPUs, load average {load_before} before, {load_after} after), "
             f"{runs[0]['pages']} pages, whole processes timed end to end:", "",
             "| run | seconds | pages | chunks | pages/s |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {r['name']} | {r['seconds']:.1f} | {r['pages']} | {r['chunks']} | {r['pages_per_s']:.2f} |"
              for r in runs]
    lines += ["", f"**Projection, not a measurement**: N machines like this one, from the best Ray run "
              f"({best['name']}, {best['seconds']:.1f} s). Assumes identical nodes with the PDFs on shared storage, "
              f"embedding actors scaling linearly with machines, and a fixed {fixed:.1f} s (process and Ray start, "
              f"measured; the driver's listing and index write not counted) that does not shrink.", "",
              "| machines | projected seconds | projected pages/s |", "|---:|---:|---:|"]
    lines += [f"| {p['nodes']} | {p['projected_seconds']:.1f} | {p['projected_pages_per_s']:.2f} |" for p in proj]
    write_results(args.out, "ray_ingest", "\n".join(lines), result)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
