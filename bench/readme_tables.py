"""Copy the measured tables from bench/results/ into README.md, so the README quotes runs, not typing.

    python bench/readme_tables.py            # rewrite the marked blocks in README.md
    python bench/readme_tables.py --check    # exit 1 when README.md differs from the results (CI-friendly)

A block in README.md looks like

    <!-- bench: answer/answer.md -->
    ...replaced by the file's content...
    <!-- /bench -->

and may name a folder instead (`<!-- bench: scale -->`, `<!-- bench: ray -->`): its *.md files, in name order.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(<!-- bench: (?P<file>[\w./-]+) -->\n)(?P<body>.*?)(<!-- /bench -->)", re.S)


def render(readme: str, results: Path) -> str:
    def fill(m: re.Match) -> str:
        path = results / m.group("file")
        files = sorted(path.glob("*.md")) if path.is_dir() else [path] if path.is_file() else []
        if not files:
            raise SystemExit(f"{path}: missing (run the bench that writes it)")
        return m.group(1) + "\n\n".join(f.read_text().strip() for f in files) + "\n" + m.group(4)

    return BLOCK.sub(fill, readme)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--readme", type=Path, default=ROOT / "README.md")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args(argv)
    old = args.readme.read_text()
    new = render(old, args.results)
    if args.check:
        if new != old:
            print(f"{args.readme}: tables differ from {args.results}; run python bench/readme_tables.py", file=sys.stderr)
            return 1
        return 0
    args.readme.write_text(new)
    print(f"{args.readme}: {len(BLOCK.findall(old))} tables from {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
