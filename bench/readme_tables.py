"""Copy the measured tables from bench/results/ into README.md and docs/*.md, so they quote runs, not typing.

    python bench/readme_tables.py            # rewrite the marked blocks in README.md and docs/*.md
    python bench/readme_tables.py --check    # exit 1 when a page differs from the results (CI-friendly)

A block in a page looks like

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
    differ = 0
    for page in [args.readme, *sorted((ROOT / "docs").glob("*.md"))]:  # the README and the docs it links to
        old = page.read_text()
        new = render(old, args.results)
        if args.check:
            if new != old:
                print(f"{page}: tables differ from {args.results}; run python bench/readme_tables.py", file=sys.stderr)
                differ = 1
            continue
        if new != old:
            page.write_text(new)
        print(f"{page}: {len(BLOCK.findall(old))} tables from {args.results}")
    return differ


if __name__ == "__main__":
    raise SystemExit(main())
