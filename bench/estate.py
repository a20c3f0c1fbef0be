"""A synthetic document estate: many long, near-duplicate documents full of tables, and questions
that name the document they are about.

    .venv/bin/python bench/estate.py                         # 10 companies x 3 years + 12 leases, full table
    .venv/bin/python bench/estate.py --companies 4 --leases 4 --out /tmp/estate   # quicker
    .venv/bin/python bench/estate.py --compare                # also: no routing, no context (today's chunks)

The estate (deterministic: seeded, fixed PDF dates) is written with fpdf2 like corpora/make_corpora.py:
  - annual reports on Form 10-K of N companies over Y fiscal years, each ~14-18 pages: the same
    template for everyone (business, risk factors, MD&A filler that differs only in names and numbers),
    then statement pages (operations, balance sheet, cash flows, segment table) whose line items are
    the same words in every report, with the current and prior year as columns;
  - commercial leases of different units on the same few estates, each ~8-10 pages: particulars, the
    same clauses, and a rent schedule table per lease year.
Questions name the company and the fiscal year (or the premises) and ask for a line item or a clause
value; the gold page is found by reading the PDFs back (the page that holds the question's value
beside its anchor, exactly one). A few questions name a year the estate does not hold: the retriever
should say so (`missing`).

Reported: document hit@1 (the top passage comes from the named document), page hit@1 and hit@5,
missing-document notes, ingest pages/s, with the machine's load average.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
from common import REPO, load_average, write_results  # first: the repository's packages ahead of bench/ (bench/common.py)

COMPANIES = [
    ("Acme Robotics Inc.", "Acme"), ("Borealis Mining Corp.", "Borealis"), ("Cobalt Foods Inc.", "Cobalt"),
    ("Delphi Logistics Corp.", "Delphi"), ("Ember Energy Inc.", "Ember"), ("Fjord Shipping Corp.", "Fjord"),
    ("Granite Insurance Inc.", "Granite"), ("Helix Pharma Corp.", "Helix"), ("Ionic Semiconductors Inc.", "Ionic"),
    ("Juniper Retail Corp.", "Juniper"), ("Kestrel Aerospace Inc.", "Kestrel"), ("Lumina Media Corp.", "Lumina"),
]
ESTATES = ["Riverside Business Park", "Northgate Trade Centre", "Millbrook Industrial Estate", "Harbour View Offices"]
TENANTS = ["Quill Design", "Orbit Labs", "Pioneer Print", "Saffron Kitchens", "Tandem Cycles", "Umbra Studios",
           "Vantage Dental", "Willow Florists", "Xenon Audio", "Yarrow Bakery", "Zephyr Fitness", "Atlas Couriers",
           "Beacon Tutors", "Cedar Joinery", "Dune Surf", "Echo Records"]
LANDLORDS = ["Riverside Estates Limited", "Northgate Property Limited", "Millbrook Land Limited", "Harbour View Holdings Limited"]

OPERATIONS = ["Net revenue", "Cost of revenue", "Gross profit", "Research and development", "Selling, general and administrative",
              "Operating income", "Interest expense", "Income before income taxes", "Provision for income taxes", "Net income"]
BALANCE = ["Cash and cash equivalents", "Accounts receivable, net", "Inventories", "Total current assets",
           "Property, plant and equipment, net", "Goodwill", "Total assets", "Accounts payable", "Total current liabilities",
           "Long-term debt", "Total liabilities", "Total stockholders' equity"]
CASH = ["Net cash provided by operating activities", "Capital expenditures", "Acquisitions, net of cash acquired",
        "Net cash used in investing activities", "Dividends paid", "Repurchases of common stock",
        "Net cash used in financing activities", "Net increase in cash"]
SEGMENTS = ["Americas", "Europe", "Asia Pacific", "Rest of world"]

FILLER = [
    "{c} operates in a competitive market in which customers compare suppliers on price, quality and delivery times. "
    "Management believes that its long-standing relationships with customers and its scale are advantages, but "
    "competitors may introduce new products or lower prices, which could reduce demand for the company's offerings.",
    "During fiscal {y} the company continued to invest in its operations and its people. The board reviewed the "
    "strategy and the principal risks at each meeting, and the audit committee met with the independent auditors "
    "without management present. The company's internal control over financial reporting was effective.",
    "Changes in interest rates, foreign exchange rates and commodity prices may affect the company's results. "
    "The company uses derivative instruments only to hedge identified exposures and does not trade them. A "
    "hypothetical ten percent change in exchange rates would not have a material effect on the results of {c}.",
    "The company's success depends on its ability to attract and retain qualified employees. Competition for "
    "talent is intense in every region in which the company operates, and labour costs rose during the year.",
    "Cybersecurity incidents could disrupt operations, and regulations on data protection continue to change. The "
    "company maintains a security programme overseen by its board and tests it with external specialists each year.",
    "Liquidity is provided by cash from operations and a revolving credit facility. Management believes these "
    "sources will be sufficient to fund operations, capital expenditures and dividends for the next twelve months.",
]


def money(rng: random.Random, base: float) -> int:
    return int(base * rng.uniform(0.6, 1.6))


def fmt(v: int) -> str:
    return f"({-v:,})" if v < 0 else f"{v:,}"


def company_figures(rng: random.Random, years: list[int]) -> dict[int, dict[str, int]]:
    """Line item -> value per fiscal year (in thousands), a little growth year on year."""
    scale = rng.choice([80_000, 150_000, 400_000, 900_000])
    figs: dict[int, dict[str, int]] = {}
    for y in [years[0] - 1] + years:
        r = random.Random(rng.random())
        rev = money(r, scale)
        v = {"Net revenue": rev, "Cost of revenue": int(rev * r.uniform(0.45, 0.65))}
        v["Gross profit"] = rev - v["Cost of revenue"]
        v["Research and development"] = int(rev * r.uniform(0.03, 0.12))
        v["Selling, general and administrative"] = int(rev * r.uniform(0.08, 0.18))
        v["Operating income"] = v["Gross profit"] - v["Research and development"] - v["Selling, general and administrative"]
        v["Interest expense"] = int(rev * r.uniform(0.005, 0.02))
        v["Income before income taxes"] = v["Operating income"] - v["Interest expense"]
        v["Provision for income taxes"] = int(v["Income before income taxes"] * r.uniform(0.18, 0.26))
        v["Net income"] = v["Income before income taxes"] - v["Provision for income taxes"]
        for item in BALANCE + CASH:
            v[item] = money(r, scale * 0.3)
        v["Total assets"] = money(r, scale * 2)
        for s in SEGMENTS:
            v["segment " + s] = int(rev * r.uniform(0.1, 0.4))
        v["employees"] = money(r, scale / 60)
        figs[y] = v
    return figs


def annual_report(name: str, short: str, year: int, figs: dict, rng: random.Random, filler_pages: int):
    from corpora.make_corpora import Document

    cur, prev = figs[year], figs[year - 1]
    body = [f"!title {name.upper()}", f"!center ANNUAL REPORT ON FORM 10-K\nFor the fiscal year ended December 31, {year}",
            f"Commission file number 001-{rng.randint(10000, 99999)}. {name} (exact name of registrant as specified in "
            f"its charter). Annual report pursuant to Section 13 of the Securities Exchange Act for the fiscal year ended "
            f"December 31, {year}.", "!pagebreak",
            "# PART I. ITEM 1. BUSINESS",
            f"{name} ({short}) designs, makes and sells products to business customers in {len(SEGMENTS)} regions. "
            f"At December 31, {year} the company had {cur['employees']:,} employees.",
            ]
    sections = ["ITEM 1A. RISK FACTORS", "ITEM 2. PROPERTIES", "ITEM 3. LEGAL PROCEEDINGS",
                "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS", "ITEM 7A. MARKET RISK", "ITEM 9A. CONTROLS AND PROCEDURES"]
    for p in range(filler_pages):
        body.append("!pagebreak")
        body.append(f"# {sections[p % len(sections)]}")
        for k in range(6):
            body.append(FILLER[(p + k) % len(FILLER)].format(c=short, y=year))
    body += ["!pagebreak", "# ITEM 8. CONSOLIDATED STATEMENTS OF OPERATIONS",
             f"(in thousands) for the fiscal years ended December 31, {year} and {year - 1}",
             f"!table 90,38,38\nLine item | {year} | {year - 1}\n" + "\n".join(f"{i} | {fmt(cur[i])} | {fmt(prev[i])}" for i in OPERATIONS)]
    body += ["!pagebreak", "# CONSOLIDATED BALANCE SHEETS", f"(in thousands) at December 31, {year} and {year - 1}",
             f"!table 90,38,38\nLine item | {year} | {year - 1}\n" + "\n".join(f"{i} | {fmt(cur[i])} | {fmt(prev[i])}" for i in BALANCE)]
    body += ["!pagebreak", "# CONSOLIDATED STATEMENTS OF CASH FLOWS", f"(in thousands) for the fiscal years ended December 31, {year} and {year - 1}",
             f"!table 90,38,38\nLine item | {year} | {year - 1}\n" + "\n".join(f"{i} | {fmt(cur[i])} | {fmt(prev[i])}" for i in CASH)]
    body += ["!pagebreak", "# NOTE 14. SEGMENT INFORMATION", f"Net revenue by region (in thousands), fiscal {year} and {year - 1}",
             f"!table 90,38,38\nRegion | {year} | {year - 1}\n" + "\n".join(f"{s} | {fmt(cur['segment ' + s])} | {fmt(prev['segment ' + s])}" for s in SEGMENTS)]
    for p in range(2):
        body += ["!pagebreak", "# ITEM 9A. CONTROLS AND PROCEDURES" if p == 0 else "# SIGNATURES",
                 FILLER[(p + 1) % len(FILLER)].format(c=short, y=year), FILLER[(p + 3) % len(FILLER)].format(c=short, y=year)]
    doc = Document(path=f"reports/{short.lower()}_10k_{year}.pdf", title=f"{name} Annual Report on Form 10-K, fiscal {year}",
                   header_right=f"{name} | Form 10-K {year}", body="\n\n".join(body), justify=False)
    questions = []
    for item in rng.sample(OPERATIONS, 2) + rng.sample(BALANCE, 2) + rng.sample(CASH, 1):
        q = {"question": f"What was {short}'s {item.lower()} in fiscal {year}?", "near": item, "value": fmt(cur[item])}
        questions.append(q)
    seg = rng.choice(SEGMENTS)
    questions.append({"question": f"How much net revenue did {name} make in {seg} in fiscal {year}?",
                      "near": seg, "value": fmt(cur["segment " + seg])})
    questions.append({"question": f"How many employees did {short} have at the end of fiscal {year}?",
                      "near": "employees", "value": f"{cur['employees']:,}"})
    return doc, questions


LEASE_CLAUSES = [
    ("2. RENT", "The Tenant shall pay the Annual Rent set out in the Schedule of Rent by equal quarterly payments in "
     "advance on the usual quarter days. The first payment is due on the Rent Commencement Date."),
    ("3. SERVICE CHARGE", "The Tenant shall pay the Tenant's Proportion of the Service Costs within 21 days of demand. "
     "The Landlord shall give an estimate of the Service Costs before the start of each service charge year."),
    ("4. REPAIR", "The Tenant shall keep the interior of the Premises in good and substantial repair and condition, "
     "and shall decorate them in the last year of the Term."),
    ("5. ALIENATION", "The Tenant shall not assign the whole of this Lease without the consent of the Landlord, such "
     "consent not to be unreasonably withheld. The Tenant shall not underlet part only of the Premises."),
    ("6. INSURANCE", "The Landlord shall insure the Building against the Insured Risks for its full reinstatement cost, "
     "and the Tenant shall pay the Tenant's share of the premium within 21 days of demand."),
    ("7. BREAK CLAUSE", "The Tenant may end this Lease on the Break Date by giving the Landlord not less than six "
     "months' written notice, provided that the Annual Rent has been paid in full."),
    ("8. FORFEITURE", "If any rent is unpaid for 21 days after becoming due, the Landlord may re-enter the Premises, "
     "and this Lease shall then end, without prejudice to any right of action of the Landlord."),
]


def lease(n: int, rng: random.Random, filler_pages: int):
    from corpora.make_corpora import Document

    estate_i = n % len(ESTATES)
    estate, landlord, tenant = ESTATES[estate_i], LANDLORDS[estate_i], TENANTS[n % len(TENANTS)] + " Ltd"
    unit = f"Unit {n + 3}{'AB'[n % 2]}"
    year = 2021 + n % 4
    deposit = rng.randint(10, 60) * 250
    rents = [rng.randint(20, 90) * 500]
    for _ in range(4):
        rents.append(int(rents[-1] * rng.uniform(1.02, 1.06)) // 50 * 50)
    service = [int(r * rng.uniform(0.08, 0.15)) // 10 * 10 for r in rents]
    body = [f"!title LEASE OF {unit.upper()}, {estate.upper()}", f"!center Dated {rng.randint(1, 28)} March {year}",
            "# PARTICULARS",
            f"!table 50,110\nItem | Detail\nLandlord | {landlord}\nTenant | {tenant}\nPremises | {unit}, {estate}\n"
            f"Term | {len(rents)} years from 1 April {year}\nDeposit | £{deposit:,}\nBreak Date | 1 April {year + 3}"]
    for p in range(filler_pages):
        body.append("!pagebreak")
        for title, text in LEASE_CLAUSES[p * 2 % len(LEASE_CLAUSES): p * 2 % len(LEASE_CLAUSES) + 3]:
            body += [f"# {title}", text + " " + LEASE_CLAUSES[(p + 3) % len(LEASE_CLAUSES)][1]]
    body += ["!pagebreak", "# SCHEDULE OF RENT", f"Annual Rent and service charge estimate for {unit}, {estate}",
             "!table 40,60,60\nLease year | Annual Rent | Service charge estimate\n" +
             "\n".join(f"Year {i + 1} | £{r:,} | £{s:,}" for i, (r, s) in enumerate(zip(rents, service)))]
    body += ["!pagebreak", "# EXECUTION", f"Signed for and on behalf of {landlord} and of {tenant}."]
    slug = f"{unit.lower().replace(' ', '')}_{estate.split()[0].lower()}"
    doc = Document(path=f"leases/lease_{slug}.pdf", title=f"Lease of {unit}, {estate}",
                   header_right=f"{landlord} / {tenant}", body="\n\n".join(body), justify=False)
    k = rng.randrange(len(rents))
    questions = [
        {"question": f"What is the annual rent in lease year {k + 1} for {unit}, {estate}?", "near": f"Year {k + 1}",
         "value": f"£{rents[k]:,}"},
        {"question": f"What is the service charge estimate in year {k + 1} under the lease of {unit}, {estate}?",
         "near": f"Year {k + 1}", "value": f"£{service[k]:,}"},
        {"question": f"How much is the deposit under {tenant}'s lease of {unit} at {estate}?", "near": "Deposit",
         "value": f"£{deposit:,}"},
    ]
    return doc, questions


def read_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def gold_page(q: dict, pages: list[str]) -> int:
    found = [i + 1 for i, t in enumerate(pages) if q["value"] in t and q["near"] in t]
    if len(found) != 1:
        raise SystemExit(f"{q['question']}: value {q['value']} near {q['near']!r} on pages {found}, not exactly one")
    return found[0]


def build_estate(out: Path, companies: int, years: int, leases: int, filler: int) -> list[dict]:
    """Render the estate under out/ and return its questions (with source and gold page)."""
    from corpora.make_corpora import render

    rng = random.Random(25)
    fiscal = list(range(2024 - years + 1, 2025))
    questions = []
    docs = []
    for name, short in COMPANIES[:companies]:
        figs = company_figures(random.Random(f"{short}"), fiscal)
        for y in fiscal:
            docs.append(annual_report(name, short, y, figs, random.Random(f"{short}{y}"), filler + rng.randint(0, 4)))
        questions.append({"question": f"What was {short}'s net revenue in fiscal {fiscal[0] - 3}?", "source": None,
                          "missing": True})
    for n in range(leases):
        docs.append(lease(n, random.Random(f"lease{n}"), max(2, filler // 2 + rng.randint(0, 2))))
    for doc, qs in docs:
        path = out / doc.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render(doc))
        pages = read_pages(path)
        for q in qs:
            questions.append({**q, "source": doc.path, "page": gold_page(q, pages), "pages_in_doc": len(pages)})
    return questions


def count_pages(root: Path) -> int:
    from pypdf import PdfReader

    return sum(len(PdfReader(p).pages) for p in root.rglob("*.pdf"))


def ingest(root: Path, ws_dir: Path, context: bool) -> tuple[float, int]:
    from core.config import IngestConfig, Workspace
    from ingest.pipeline import run_ingest

    shutil.rmtree(ws_dir, ignore_errors=True)
    t0 = time.perf_counter()
    report = run_ingest([root], Workspace(ws_dir), IngestConfig(context=context), progress=False)
    return time.perf_counter() - t0, sum(f.pages for f in report.indexed)


# (routing, table-row lift) per chunking: "plain, off, off" is retrieval as it was before issue 25
SETTINGS = {True: [(True, True), (True, False), (False, True), (False, False)], False: [(True, True), (False, False)]}


def score(retriever, questions: list[dict], route: bool, table_rows: bool = True) -> dict:
    retriever.cfg.route = route
    retriever.cfg.table_rows = table_rows
    n = doc1 = p1 = p5 = missing_ok = missing_n = filtered = 0
    for q in questions:
        hits = retriever.search(q["question"], k=5)
        if q.get("missing"):
            missing_n += 1
            missing_ok += bool(route and hits.routed and hits.routed.missing)
            continue
        n += 1
        filtered += bool(hits.routed and hits.routed.how == "filtered")
        top = [(h.chunk.source, h.chunk.page, h.chunk.page_end) for h in hits]
        ok = [s == q["source"] and p <= q["page"] <= e for s, p, e in top]
        doc1 += bool(top) and top[0][0] == q["source"]
        p1 += bool(ok[:1] and ok[0])
        p5 += any(ok)
    return {"questions": n, "doc_hit1": doc1 / n, "page_hit1": p1 / n, "page_hit5": p5 / n,
            "missing_noted": f"{missing_ok}/{missing_n}", "filtered": filtered / n}


def small_corpus(work: Path, variants: list[bool], reuse: bool = False) -> list[dict]:
    """hit@1 / hit@5 on corpora/questions.jsonl (the sample corpora) per chunking and routing, as
    bench/ingest.py counts them (the answerable questions; a hit: same source, page in the chunk's range)."""
    from bench.ingest import hit_rates, load_questions
    from chatbot.answer.retrieve import load_retriever
    from core.config import RetrieveConfig, Workspace

    questions = load_questions(REPO / "corpora" / "questions.jsonl")
    rows = []
    for context in variants:
        ws = work / f"small-{'ctx' if context else 'plain'}"
        if not (reuse and ws.is_dir()):
            ingest(REPO / "corpora", ws, context)
        retriever = load_retriever(Workspace(ws), RetrieveConfig())
        for route, table_rows in SETTINGS[context]:
            retriever.cfg.route, retriever.cfg.table_rows = route, table_rows
            h1, h5 = hit_rates(questions, lambda q: [(h.chunk.source, h.chunk.page, h.chunk.page_end)
                                                    for h in retriever.search(q, k=5)])
            rows.append({"chunks": "contextual" if context else "plain", "routing": route, "table_rows": table_rows,
                         "questions": len(questions),
                         "hit1": round(h1, 3), "hit5": round(h5, 3), "load": load_average()})
            print(json.dumps(rows[-1]), flush=True)
    return rows


BEFORE = """
import json, os, sys, time, shutil


def main():
    from pathlib import Path
    out = Path(sys.argv[1])
    from core.config import IngestConfig, Workspace, RetrieveConfig
    from ingest.pipeline import run_ingest
    from chatbot.answer.retrieve import load_retriever
    ws = out / "ws-before"
    shutil.rmtree(ws, ignore_errors=True)
    load_before = load_average()
    t = time.perf_counter()
    report = run_ingest([out / "pdfs"], Workspace(ws), IngestConfig(), progress=False)
    seconds, pages = time.perf_counter() - t, sum(f.pages for f in report.indexed)
    load_after = load_average()
    retriever = load_retriever(Workspace(ws), RetrieveConfig())
    qs = [q for q in map(json.loads, (out / "questions.jsonl").read_text().splitlines()) if not q.get("missing")]
    d1 = p1 = p5 = 0
    for q in qs:
        top = [(h.chunk.source, h.chunk.page, h.chunk.page_end) for h in retriever.search(q["question"], k=5)]
        ok = [s == q["source"] and a <= q["page"] <= b for s, a, b in top]
        d1 += bool(top) and top[0][0] == q["source"]
        p1 += bool(ok[:1] and ok[0])
        p5 += any(ok)
    n = len(qs)
    print(json.dumps({"questions": n, "doc_hit1": d1 / n, "page_hit1": p1 / n, "page_hit5": p5 / n, "pages": pages,
                      "ingest_s": round(seconds, 1), "pages_per_s": round(pages / seconds, 1), "load_before": load_before,
                      "load_after": load_after}))


if __name__ == "__main__":  # parse workers start from a forkserver
    main()
"""


def before(src: Path, out: Path) -> dict:
    """The estate ingested and searched by another checkout of domainbot (`git archive <commit> | tar -x -C
    SRC`): its own ingest, chunks and retrieval, in a process of its own."""
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", BEFORE, str(out)], cwd=src, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"--before {src} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--companies", type=int, default=10)
    ap.add_argument("--years", type=int, default=3)
    ap.add_argument("--leases", type=int, default=12)
    ap.add_argument("--filler", type=int, default=8, help="narrative pages per report (leases get about half)")
    ap.add_argument("--out", type=Path, default=Path("/tmp/domainbot-estate"))
    ap.add_argument("--compare", action="store_true", help="also ingest without contextual chunks (today's)")
    ap.add_argument("--results", type=Path, default=REPO / "bench" / "results" / "estate")
    ap.add_argument("--small", action="store_true", help="also hit@1/hit@5 on the sample corpora (corpora/questions.jsonl)")
    ap.add_argument("--score-only", action="store_true", help="reuse the estate and workspaces under --out (no build, no ingest)")
    ap.add_argument("--before", type=Path, help="also the same estate with another checkout's code (e.g. `git archive "
                    "9667aac | tar -x -C /tmp/before`): retrieval as it was")
    args = ap.parse_args()

    from chatbot.answer.retrieve import load_retriever
    from core.config import RetrieveConfig, Workspace

    pdfs = args.out / "pdfs"
    if args.score_only:
        questions = [json.loads(line) for line in (args.out / "questions.jsonl").read_text().splitlines()]
    else:
        shutil.rmtree(pdfs, ignore_errors=True)
        questions = build_estate(pdfs, args.companies, args.years, args.leases, args.filler)
        (args.out / "questions.jsonl").write_text("".join(json.dumps(q) + "\n" for q in questions))
    n_docs, n_pages = len(list(pdfs.rglob("*.pdf"))), count_pages(pdfs)
    print(f"estate: {n_docs} PDFs, {n_pages} pages, {len(questions)} questions -> {args.out}", flush=True)

    rows = []
    variants = [True, False] if args.compare else [True]
    small = small_corpus(args.out, variants, args.score_only) if args.small else []
    ingested = {}
    if args.score_only and (args.results / "estate.json").exists():  # keep the measured ingest speed
        ingested = {r["chunks"]: r for r in json.loads((args.results / "estate.json").read_text())["estate"]}
    for context in variants:
        name = "contextual" if context else "plain"
        if name in ingested:
            old = ingested[name]
            seconds, pages, load_before, load = old["ingest_s"], old["pages"], old["load_before"], old["load_after"]
        else:
            load_before = load_average()
            seconds, pages = ingest(pdfs, args.out / f"ws-{'ctx' if context else 'plain'}", context)
            load = load_average()
        retriever = load_retriever(Workspace(args.out / f"ws-{'ctx' if context else 'plain'}"), RetrieveConfig())
        for route, table_rows in SETTINGS[context]:
            r = score(retriever, questions, route, table_rows)
            rows.append({"chunks": name, "routing": route, "table_rows": table_rows, "pages": pages,
                         "ingest_s": round(seconds, 1), "pages_per_s": round(pages / seconds, 1),
                         "load_before": load_before, "load_after": load, **r})
            print(json.dumps(rows[-1]), flush=True)
    if args.before:
        b = before(args.before.resolve(), args.out)
        rows.insert(0, {"chunks": f"before ({args.before.name})", "routing": False, "table_rows": False,
                        "missing_noted": "-", "filtered": 0.0, **b})
        print(json.dumps(rows[0]), flush=True)
    md = ["| chunks | routing | table-row lift | doc hit@1 | page hit@1 | page hit@5 | missing noted | filtered | pages | pages/s | load (1/5/15 min, after ingest) |",
          "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        md.append(f"| {r['chunks']} | {'on' if r['routing'] else 'off'} | {'on' if r.get('table_rows', True) else 'off'} | "
                  f"{r['doc_hit1']:.3f} | {r['page_hit1']:.3f} | "
                  f"{r['page_hit5']:.3f} | {r['missing_noted']} | {r['filtered']:.2f} | {r['pages']} | {r['pages_per_s']} | {r['load_after']} |")
    md.append(f"\n{n_docs} PDFs ({args.companies} companies x {args.years} years of 10-K, {args.leases} leases), "
              f"{n_pages} pages, {sum(1 for q in questions if not q.get('missing'))} questions naming their document "
              f"+ {sum(1 for q in questions if q.get('missing'))} naming a year the estate lacks. `python bench/estate.py"
              f"{' --compare' if args.compare else ''}`.")
    if small:
        md += ["", "Sample corpora (corpora/questions.jsonl, answerable questions):", "",
               "| chunks | routing | table-row lift | hit@1 | hit@5 | load |", "|---|---|---|---:|---:|---|"]
        md += [f"| {r['chunks']} | {'on' if r['routing'] else 'off'} | {'on' if r['table_rows'] else 'off'} | "
               f"{r['hit1']:.3f} | {r['hit5']:.3f} | {r['load']} |" for r in small]
    write_results(args.results, "estate", "\n".join(md), {"estate": rows, "small": small})
    print("\n".join(md))


if __name__ == "__main__":
    main()
