"""Check bench/blind/questions.jsonl against the rendered PDFs in bench/blind/docs/.

Regenerates nothing. For every row it checks the schema, that the source file and page exist,
and that every must_include string occurs in the extracted text of the stated page
(pypdf, whitespace-normalised, case-insensitive). Prints failures; exits 1 on any.
Usage (from the repository root):  python bench/blind/check_questions.py
"""
import collections
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
QFILE = os.path.join(HERE, "questions.jsonl")
KINDS = {"scenario", "lay", "multi_part", "range", "unanswerable", "silent", "false_premise", "injection"}
NO_SOURCE = {"unanswerable", "silent"}
FIELDS = ["id", "question", "source", "page", "must_include", "must_not_include", "kind"]


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip().lower()


def main():
    if not os.path.isdir(DOCS):
        print(f"FAIL: {DOCS} missing - run: python bench/blind/make_blind.py")
        return 1
    cache = {}

    def pages(src):
        if src not in cache:
            cache[src] = [norm(p.extract_text()) for p in PdfReader(os.path.join(DOCS, src)).pages]
        return cache[src]

    failures, ids, kinds = [], set(), collections.Counter()
    with open(QFILE, encoding="utf-8") as f:
        rows = [(n, line) for n, line in enumerate(f, 1) if line.strip()]
    for n, line in rows:
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            failures.append(f"line {n}: invalid JSON ({e})")
            continue
        qid = q.get("id", f"line {n}")
        bad = lambda msg: failures.append(f"{qid}: {msg}")
        if sorted(q) != sorted(FIELDS):
            bad(f"fields {sorted(q)} != {sorted(FIELDS)}")
            continue
        if qid in ids:
            bad("duplicate id")
        ids.add(qid)
        kind = q["kind"]
        kinds[kind] += 1
        if kind not in KINDS:
            bad(f"unknown kind {kind!r}")
        if not isinstance(q["question"], str) or len(q["question"]) < 10:
            bad("question missing or too short")
        if not isinstance(q["must_include"], list) or not isinstance(q["must_not_include"], list):
            bad("must_include / must_not_include must be lists")
            continue
        for a in q["must_not_include"]:
            for b in q["must_include"]:
                if norm(a) in norm(b):
                    bad(f"must_not_include {a!r} is contained in must_include {b!r}")
        if kind in NO_SOURCE:
            if q["source"] is not None or q["page"] is not None or q["must_include"]:
                bad("unanswerable/silent rows need source=null, page=null, must_include=[]")
            continue
        src, page = q["source"], q["page"]
        if not q["must_include"]:
            bad("answerable row with empty must_include")
        if not isinstance(src, str) or not os.path.isfile(os.path.join(DOCS, src)):
            bad(f"source not found: {src!r}")
            continue
        pp = pages(src)
        if not isinstance(page, int) or not 1 <= page <= len(pp):
            bad(f"page {page!r} out of range 1..{len(pp)} for {src}")
            continue
        for fact in q["must_include"]:
            if norm(fact) not in pp[page - 1]:
                where = [i + 1 for i, t in enumerate(pp) if norm(fact) in t]
                bad(f"{fact!r} not on {src} p.{page} (found on pages {where or 'none'})")
    for msg in failures:
        print("FAIL", msg)
    total = sum(kinds.values())
    print(f"{total} questions; by kind: " + ", ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
