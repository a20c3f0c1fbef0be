"""Redaction bench: what `domainbot ingest --redact` removes, what it leaves, and what it costs.

    python bench/redaction.py                          # 24 synthetic patient letters, printed
    python bench/redaction.py --out bench/results/redaction

1. Recall: corpora/patient_letters.py writes letters with planted identifiers (names, dates of birth,
   NHS and hospital numbers, phones, e-mails, addresses); they are ingested with --redact and each
   planted value counts as removed when it appears in no indexed chunk and no training pair.
2. Facts kept: the letters' doses and follow-up intervals must still be in the index, and the
   verified answers (bundled model, retrieval over the redacted index) must still state them.
3. Collateral: the sample legal and medical corpora redacted page by page: how many of
   corpora/questions.jsonl's key facts the redaction removed (names of signatories and a helpline
   number are personal data or contact details, and go), and what it removed there (kinds, counts).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import REPO as ROOT, write_results  # first: the repository's packages ahead of bench/ (bench/common.py)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--letters", type=int, default=24)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--no-answers", action="store_true", help="skip the answering part (no LLM)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()

    from corpora.patient_letters import write_letters

    from chatbot.training.pairs import make_pairs
    from core.config import IngestConfig, PairsConfig, Workspace
    from ingest.pdf import read_pdf
    from ingest.pipeline import run_ingest
    from ingest.redact import redact_text

    tmp = Path(tempfile.mkdtemp(prefix="domainbot-redaction-"))
    letters = write_letters(tmp, args.letters, args.seed)
    ws = Workspace(tmp / "ws")
    t0 = time.perf_counter()
    report = run_ingest([tmp / "letters"], ws, IngestConfig(redact=True), progress=False)
    ingest_s = time.perf_counter() - t0
    make_pairs(ws, PairsConfig())
    from ingest.index import load_index

    chunks_text = "\n".join(c.text for c in load_index(ws).chunks)
    pairs_text = "\n".join(p.read_text(encoding="utf-8") for p in ws.pairs_dir.glob("*.jsonl"))

    by_kind: dict[str, list[int]] = {}
    missed = []
    for letter in letters:
        for p in letter.planted:
            leaked = p["value"] in chunks_text or json.dumps(p["value"])[1:-1] in pairs_text
            by_kind.setdefault(p["kind"], [0, 0])
            by_kind[p["kind"]][0] += not leaked
            by_kind[p["kind"]][1] += 1
            if leaked:
                missed.append(f"{letter.name}: {p['kind']} {p['value']!r}")
    removed = sum(v[0] for v in by_kind.values())
    planted = sum(v[1] for v in by_kind.values())
    questions = [q for letter in letters for q in letter.questions]
    facts_in_index = sum(all(m in chunks_text for m in q["must_include"]) for q in questions)
    counts = Counter()
    for f in report.files:
        counts.update(f.redacted)

    answers = None
    if not args.no_answers:
        from chatbot.training.evaluate import run_eval

        qpath = tmp / "questions.jsonl"
        rep = run_eval(ws, qpath, base_only=True, progress=False)
        answers = rep["models"]["base"]

    # collateral damage on documents with no personal data in them
    lost, collateral = [], Counter()
    sample_q = [json.loads(line) for line in (ROOT / "corpora" / "questions.jsonl").read_text().splitlines() if line.strip()]
    cfg = IngestConfig(ocr=False)
    for pdf in sorted((ROOT / "corpora").glob("*/*.pdf")):
        source = f"{pdf.parent.name}/{pdf.name}"
        for page in read_pdf(pdf, source, cfg):
            red = redact_text(page.text)
            collateral.update(red.counts)
            for q in sample_q:
                if q["source"] == source and q["page"] == page.page:
                    lost += [f"{source} p{page.page}: {m!r}" for m in q["must_include"] if m in page.text and m not in red.text]

    lines = ["| measure | value |", "|---|---|",
             f"| planted identifiers removed (recall) | {removed}/{planted} = {removed / planted:.1%} |"]
    for kind, (ok, n) in sorted(by_kind.items()):
        lines.append(f"| &nbsp;&nbsp;{kind} | {ok}/{n} |")
    lines += [f"| letters' facts (doses, follow-up) still in the index | {facts_in_index}/{len(questions)} |"]
    if answers is not None:
        lines.append(f"| ...stated by the verified answers (bundled base model): key facts / gold page | "
                     f"{answers['answer_accuracy']:.1%} / {answers['citation_accuracy']:.1%} |")
    lines += [f"| sample questions' key facts it removes (people's names, the helpline number) | {len(lost)} of {sum(len(q['must_include']) for q in sample_q)} |",
              f"| what it removes from the sample contracts and guidelines (signatories, parties' addresses, a helpline) | {dict(sorted(collateral.items())) or 'nothing'} |",
              f"| ingest of {len(letters)} letters with --redact | {ingest_s:.1f} s |"]
    table = "\n".join(lines)
    print(table)
    if missed:
        print("\nnot removed:\n  " + "\n  ".join(missed[:20]))
    if lost:
        print("\nsample facts removed:\n  " + "\n  ".join(lost[:20]))
    if args.out:
        write_results(args.out, "redaction", table, {
            "recall": removed / planted, "by_kind": by_kind, "missed": missed, "facts_in_index": facts_in_index,
            "questions": len(questions), "answers": answers, "sample_facts_lost": lost,
            "sample_collateral": dict(collateral), "ingest_s": ingest_s, "counts": dict(counts)})


if __name__ == "__main__":
    main()
