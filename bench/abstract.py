"""Key-terms abstracts and topic summaries against gold terms: field coverage, wrong values, off-topic bullets, time.

    python bench/abstract.py -w workspace                     # the sample corpora, bench/abstract/gold.jsonl
    python bench/abstract.py -w workspace-blind --gold bench/abstract/blind_gold.jsonl

A gold field is a list of strings the abstract's field must all hold, {"any": [...]} (one is
enough), or null: the document does not state it, so the abstract must say "not stated".
  covered    the field holds the gold strings (null: says "not stated")
  wrong      the field states something that holds none of them, or states a value the gold says is absent
  partial    some of the gold strings but not all
  missed     "not stated" where the gold has a value
A topic row ({"topic", "must", "allowed"}) asks "Summarise the <topic> provisions of <document>": a
bullet whose clause label is in neither list is off-topic; `must` clauses absent are missed clauses.
Time: abstract_document per document (median of 5 runs), with the 1-minute load average.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from common import load_average, machine, write_results  # first: the repository's packages ahead of bench/ (bench/common.py)

from chatbot.answer.abstract import abstract_document, group_documents  # noqa: E402
from chatbot.answer.summarise import summary_request, topic_bullets  # noqa: E402
from core.config import Workspace  # noqa: E402
from ingest.index import read_live_chunks, read_manifest  # noqa: E402


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


def judge(value: str, stated: bool, gold) -> str:
    if gold is None:
        return "covered" if not stated else "wrong"
    if not stated:
        return "missed"
    wanted, need_all = (gold["any"], False) if isinstance(gold, dict) else (gold, True)
    hits = [g for g in wanted if norm(g) in norm(value)]
    if not hits:
        return "wrong"
    return "covered" if (not need_all or len(hits) == len(wanted)) else "partial"


def label_ok(label: str, allowed: list[str]) -> bool:
    """label: "clause | heading | quote start"; a gold label is the clause number or a heading's words."""
    clause = label.split(" | ")[0]
    return any(clause == a or label.startswith(a + " ") or (len(a) > 3 and a.lower() in label.lower()) for a in allowed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-w", "--workspace", default="workspace")
    ap.add_argument("--gold", default="bench/abstract/gold.jsonl")
    ap.add_argument("--out", default="bench/results/abstract")
    ap.add_argument("--name", default="")
    args = ap.parse_args()
    ws = Workspace(Path(args.workspace))
    chunks = read_live_chunks(ws.index_dir(), read_manifest(ws))
    docs = group_documents(chunks)
    gold = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    counts: dict[str, int] = {"covered": 0, "partial": 0, "wrong": 0, "missed": 0}
    rows, times, topic_rows = [], [], []
    off_topic = bullets_total = must_total = must_found = 0
    for g in gold:
        src = next((s for s in docs if s == g["source"] or s.endswith("/" + g["source"])), None)
        if src is None:
            print(f"{g['source']}: not in the index", file=sys.stderr)
            continue
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            a = abstract_document(docs[src])
            runs.append(time.perf_counter() - t0)
        pages = max(c.page_end or c.page for c in docs[src])
        times.append((src, pages, statistics.median(runs)))
        for name, gv in g["fields"].items():
            f = a.get(name)
            verdict = judge(f.value if f else "", bool(f and f.stated), gv) if f else "missed"
            counts[verdict] += 1
            rows.append({"source": src, "field": name, "verdict": verdict, "value": f.value if f else ""})
        if a.kind != g.get("kind", a.kind):
            rows.append({"source": src, "field": "kind", "verdict": "wrong kind", "value": a.kind})
        for t in g.get("topics", []):
            req = summary_request(f"Summarise the {t['topic']} provisions of {Path(src).stem.replace('_', ' ')}", [src])
            bullets = topic_bullets(req, docs[src]) if req else []
            labels = [" | ".join((b.label, b.heading, b.quotes[0].text[:40])) for b in bullets]
            off = [lab for lab in labels if not label_ok(lab, t["must"] + t["allowed"])]
            got = [m for m in t["must"] if any(label_ok(lab, [m]) for lab in labels)]
            off_topic += len(off)
            bullets_total += len(labels)
            must_total += len(t["must"])
            must_found += len(got)
            topic_rows.append({"source": src, "topic": t["topic"], "bullets": labels, "off_topic": off,
                               "missed": [m for m in t["must"] if m not in got]})
    scored = sum(counts.values())
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    name = args.name or Path(args.gold).stem
    per10 = [t / p * 10 for _, p, t in times]
    lines = [
        "| measure | value |", "|---|---|",
        f"| documents | {len(times)} |",
        f"| fields scored | {scored} |",
        f"| covered (gold value held, or correctly 'not stated') | {counts['covered']} ({counts['covered'] / max(scored, 1):.1%}) |",
        f"| partial (some of the gold strings) | {counts['partial']} |",
        f"| wrong values (a value holding none of the gold, or one the document does not state) | {counts['wrong']} |",
        f"| missed ('not stated' where the document states it) | {counts['missed']} |",
        f"| topic summaries: gold clauses found | {must_found}/{must_total} |",
        f"| topic summaries: off-topic bullets | {off_topic}/{bullets_total} |",
        f"| abstract time per document, median (max) | {statistics.median(t for *_, t in times) * 1000:.0f} ms ({max(t for *_, t in times) * 1000:.0f} ms) |",
        f"| abstract time scaled to 10 pages, max | {max(per10) * 1000:.0f} ms |",
        "",
        f"{args.gold}, workspace {args.workspace}; {machine()}",
    ]
    write_results(out, name, "\n".join(lines), {"counts": counts, "fields": rows, "topics": topic_rows,
                                                "times": times, "load": load_average()})
    print("\n".join(lines))
    for r in rows:
        if r["verdict"] != "covered":
            print(f"  {r['verdict']:8} {r['source'].split('/')[-1][:30]:30} {r['field']:20} {r['value'][:150]!r}")
    for t in topic_rows:
        print(f"  topic {t['topic']!r} {t['source'].split('/')[-1][:30]}: {t['bullets']} off={t['off_topic']} missed={t['missed']}")


if __name__ == "__main__":
    main()
