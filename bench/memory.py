"""Peak memory of the CTranslate2 conversion and of answering, each measured in a fresh process.

    python bench/memory.py -w workspace                      # the base model and the default adapter
    python bench/memory.py -w workspace --out bench/results/memory

1. conversion: merge the adapter into its base (when there is one) and convert it for CTranslate2,
   into a temporary workspace (nothing cached is reused), in a child process;
2. answering: a child process loads the engine (index, embedder, generator) like `domainbot ask`
   and answers three questions; its peak resident memory is what a CLI call or an API worker needs.
Figures are each child's own peak RSS (getrusage), so the measuring process does not count.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from common import REPO as ROOT, write_results  # first: the repository's packages ahead of bench/ (bench/common.py)

CONVERT = """
import sys
from pathlib import Path
from chatbot.models import ct2
from chatbot.models.load import inference_base, resolve_base_model
from core.config import Workspace
ws, tmp, adapter = Workspace(sys.argv[1]), Workspace(sys.argv[2]), sys.argv[3]
base, trained = inference_base(ws, adapter if adapter != "-" else None)
base_dir = Path(resolve_base_model(base, ws))
ct2.ensure_converted(tmp, base_dir, ws.adapter_dir(adapter) if trained else None, quiet=True)
"""

ANSWER = """
import sys
from chatbot.models.runtime import load_engine
from core.config import AnswerConfig, Workspace
adapter = sys.argv[2]
engine = load_engine(Workspace(sys.argv[1]), adapter=adapter if adapter != "-" else "default")
for q in ["What is the notice period?", "What is the maximum daily dose?", "Who pays for repairs?"]:
    engine.answer(q, cfg=AnswerConfig(use_adapter=adapter != "-"))
"""


def child_peak_mb(code: str, *args: str) -> float:
    """Run `code` in a new interpreter; the peak RSS it reports for itself, in MB (kB on Linux)."""
    code += "\nimport resource; print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    r = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True)
    peak = [line.split()[1] for line in r.stdout.splitlines() if line.startswith("PEAK_KB ")]
    if r.returncode != 0 or not peak:
        raise SystemExit(f"child failed: {r.stderr.strip().splitlines()[-1] if r.stderr.strip() else r.returncode}")
    return int(peak[0]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workspace", "-w", type=Path, default=ROOT / "workspace")
    ap.add_argument("--adapter", default="default")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    ws = str(args.workspace.resolve())
    rows = []
    has_adapter = (args.workspace / "adapters" / args.adapter / "adapter_config.json").is_file()
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(("convert the base model (float32)", child_peak_mb(CONVERT, ws, tmp + "/a", "-")))
    rows.append(("answer with the base model (CTranslate2)", child_peak_mb(ANSWER, ws, "-")))
    if has_adapter:
        with tempfile.TemporaryDirectory() as tmp:
            rows.append((f"merge + convert adapter '{args.adapter}'", child_peak_mb(CONVERT, ws, tmp + "/b", args.adapter)))
        rows.append((f"answer with adapter '{args.adapter}' (CTranslate2)", child_peak_mb(ANSWER, ws, args.adapter)))
    table = "| process | peak memory (RSS) |\n|---|---:|\n" + "\n".join(f"| {name} | {mb:,.0f} MB |" for name, mb in rows)
    print(table)
    if args.out:
        write_results(args.out, "memory", table + "\n\nBundled SmolLM2-135M; each row a fresh process "
                      "(`python bench/memory.py`).", dict(rows))


if __name__ == "__main__":
    main()
