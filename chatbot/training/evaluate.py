"""`domainbot eval`: score retrieval, answers, citations, refusals and latency on a question set.

Input: JSONL, one {"question", "source", "page", "must_include": [...]} per line; source and page
are null for questions the documents do not answer. The base model and the fine-tuned adapter
(when one exists) answer side by side; retrieval is scored once (it does not depend on the model).

    domainbot eval corpora/questions.jsonl --out workspace/eval
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from tqdm import tqdm

from chatbot.answer.engine import Answer, Engine
from chatbot.models.runtime import load_engine
from chatbot.training.pairs import supported
from chatbot.answer.prompt import is_refusal
from chatbot.answer.verify.terms import normalised_tokens, terms
from core.config import AnswerConfig, DomainbotError, Workspace
from core.schema import Hit
from core.text import strip_markers

RETRIEVAL_K = 5  # hit@5 / MRR@5: a metric's depth (one k=5 search per question, shared by all models), not the
# passages answers read (core.config.DEFAULT_K)


@dataclass
class Question:
    question: str
    source: str | None
    page: int | None
    must_include: list[str] = field(default_factory=list)
    row: dict = field(default_factory=dict)  # the input line, copied into results.jsonl
    must_not_include: list[str] = field(default_factory=list)  # a fact the question tries to plant

    @property
    def answerable(self) -> bool:
        return self.source is not None


def read_jsonl(path: Path):
    """(line number, object) for each non-blank line; a bad line raises DomainbotError naming file:line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise DomainbotError(f"{path}: cannot read ({e.strerror or e})")
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise DomainbotError(f"{path}:{i}: not valid JSON ({e.msg})")
        if not isinstance(row, dict):
            raise DomainbotError(f"{path}:{i}: expected a JSON object")
        yield i, row


def read_questions(path: Path, limit: int = 0) -> list[Question]:
    """Validated questions; a bad line raises DomainbotError naming file:line and the reason."""
    questions = []
    for i, row in read_jsonl(path):
        where = f"{path}:{i}"
        q, source, page, must = row.get("question"), row.get("source"), row.get("page"), row.get("must_include", [])
        if not isinstance(q, str) or not q.strip():
            raise DomainbotError(f'{where}: "question" must be a non-empty string')
        if source is not None and (not isinstance(source, str) or not source.strip()):
            raise DomainbotError(f'{where}: "source" must be a file path string or null')
        if page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < 1):
            raise DomainbotError(f'{where}: "page" must be a page number (1-based) or null')
        if (source is None) != (page is None):
            raise DomainbotError(f'{where}: "source" and "page" must both be set, or both null (unanswerable)')
        if must is None:
            must = []
        if not isinstance(must, list) or not all(isinstance(m, str) for m in must):
            raise DomainbotError(f'{where}: "must_include" must be a list of strings')
        must_not = row.get("must_not_include") or []
        if not isinstance(must_not, list) or not all(isinstance(m, str) and m.strip() for m in must_not):
            raise DomainbotError(f'{where}: "must_not_include" must be a list of non-empty strings')
        questions.append(Question(q, source, page, must, row, must_not))
        if limit and len(questions) >= limit:
            break
    if not questions:
        raise DomainbotError(f"{path}: no questions")
    return questions


# --- per-question scores ------------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def covers(source: str, page: int, c_source: str, c_page: int, c_page_end: int) -> bool:
    """A passage matches the gold when it is from the same file and its page range holds the page."""
    return c_source == source and c_page <= page <= max(c_page, c_page_end or c_page)


def gold_rank(q: Question, hits: list[Hit]) -> int | None:
    """1-based position of the first hit on the gold page, or None."""
    for i, h in enumerate(hits, 1):
        if covers(q.source, q.page, h.chunk.source, h.chunk.page, h.chunk.page_end):
            return i
    return None


def answer_correct(q: Question, answer: str) -> bool:
    text = _norm(answer)
    return all(_norm(m) in text for m in q.must_include)


def citation_correct(q: Question, ans: Answer) -> bool:
    return any(covers(q.source, q.page, c.source, c.page, c.page_end) for c in ans.citations)


def unsupported_number(ans: Answer) -> bool:
    """The answer states a number that none of its cited passages holds (markers and the quote
    framing aside). A refusal states none."""
    if refused(ans):
        return False
    numbers = terms(strip_markers(ans.answer)).numbers
    if not numbers:
        return False
    held = set()
    for c in ans.citations:
        held |= set(normalised_tokens(c.text))
    return bool(numbers - held)


def planted(q: Question, ans: Answer) -> bool:
    """The answer shows a value it must not: what an instruction in the question tried to plant, or
    (in the development sets) a neighbouring band's value, wrong for this case."""
    text = _norm(ans.answer)
    return any(_norm(m) in text for m in q.must_not_include)


def grounded(ans: Answer) -> bool:
    """The answer's words and every number in it are found in the passages it cites (the same
    test chatbot/training/pairs/curate.py applies to training answers): a proxy for "no hallucination"."""
    text = " ".join(c.text for c in ans.citations)  # a refusal cites nothing, so it is not grounded
    return bool(text) and supported(strip_markers(ans.answer), text)


def refused(ans: Answer) -> bool:
    return ans.refused or is_refusal(ans.answer)


def _mean(values: list) -> float | None:
    return round(float(np.mean(values)), 4) if values else None


def _percentile(values: list[float], p: float) -> float | None:
    return round(float(np.percentile(values, p)), 3) if values else None


# --- the run ------------------------------------------------------------------------------------


def score_retrieval(questions: list[Question], ranks: list[int | None]) -> dict:
    """hit@1, hit@5 and MRR@5 over the answerable questions."""
    r = [rank for q, rank in zip(questions, ranks) if q.answerable]
    return {
        "hit@1": _mean([rank == 1 for rank in r]),
        "hit@5": _mean([rank is not None and rank <= RETRIEVAL_K for rank in r]),
        "mrr": _mean([1.0 / rank if rank else 0.0 for rank in r]),
    }


def score_answers(questions: list[Question], answers: list[Answer]) -> dict:
    answerable = [(q, a) for q, a in zip(questions, answers) if q.answerable]
    unanswerable = [a for q, a in zip(questions, answers) if not q.answerable]
    injected = [(q, a) for q, a in zip(questions, answers) if q.must_not_include]
    latencies = [a.latency_s for a in answers]
    first_shown = [a.timings.get("first_shown_s", a.latency_s) for a in answers]
    verify = [a.timings["verify_s"] for a in answers if "verify_s" in a.timings]
    modes = [a.mode for a in answers]
    return {
        "model": answers[0].model if answers else "",
        "answer_accuracy": _mean([answer_correct(q, a.answer) for q, a in answerable]),
        "citation_accuracy": _mean([citation_correct(q, a) for q, a in answerable]),
        "verified_rate": _mean([a.verified for a in answers if not refused(a)]),
        "unsupported_number_rate": _mean([unsupported_number(a) for a in answers]),
        "grounded_rate": _mean([grounded(a) for _, a in answerable]),
        "generated_rate": _mean([m == "generated" for m in modes]),
        "quoted_rate": _mean([m == "quoted" for m in modes]),
        "refusal_accuracy": _mean([refused(a) for a in unanswerable]),
        "false_refusal_rate": _mean([refused(a) for _, a in answerable]),
        "planted_fact_rate": _mean([planted(q, a) for q, a in injected]),
        "latency_p50_s": _percentile(latencies, 50),
        "latency_p95_s": _percentile(latencies, 95),
        "first_shown_p50_s": _percentile(first_shown, 50),  # the reader's verified text, before the model's
        "first_shown_p95_s": _percentile(first_shown, 95),
        "verify_p50_ms": _percentile([1000 * v for v in verify], 50),
        "verify_p95_ms": _percentile([1000 * v for v in verify], 95),
    }


def run_eval(
    ws: Workspace,
    questions_path: Path,
    k: int | None = None,
    base_only: bool = False,
    out: Path | None = None,
    limit: int = 0,
    engine: Engine | None = None,
    progress: bool = True,
    adapter: str = "default",
    engine_name: str = "auto",
    verify: bool = True,
    collections: tuple[str, ...] | None = None,
) -> dict:
    """Evaluate and print a Markdown table; with `out`, write report.json, report.md, results.jsonl."""
    questions = read_questions(Path(questions_path), limit)
    engine = engine or load_engine(ws, adapter=adapter, engine=engine_name)
    variants = {"base": False}
    if not base_only and engine.generator.has_adapter:
        variants["tuned"] = True

    scope = {"collections": collections} if collections is not None else {}
    ranks = [
        gold_rank(q, engine.retriever.search(q.question, k=RETRIEVAL_K, **scope)) if q.answerable else None
        for q in tqdm(questions, desc="retrieval", unit="q", disable=not progress)
    ]
    report = {
        "questions": str(questions_path),
        "n": len(questions),
        "answerable": sum(q.answerable for q in questions),
        "unanswerable": sum(not q.answerable for q in questions),
        "k": k or engine.prompt.k,
        "verified": verify,
        "retrieval": score_retrieval(questions, ranks),
        "models": {},
    }
    results = []
    for variant, use_adapter in variants.items():
        cfg = AnswerConfig(k=k, use_adapter=use_adapter, verify=verify, collections=collections)
        answers = [engine.answer(q.question, cfg=cfg) for q in tqdm(questions, desc=variant, unit="q", disable=not progress)]
        report["models"][variant] = score_answers(questions, answers)
        for q, a in zip(questions, answers):
            d = a.to_dict()
            results.append({**q.row, **d, "variant": variant, "refused": refused(a),
                            "correct": answer_correct(q, a.answer) if q.answerable else None,
                            "cites_gold": citation_correct(q, a) if q.answerable else None,
                            "unsupported_number": unsupported_number(a)})

    table = markdown_table(report)
    print(table)
    if out is not None:
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "report.json").write_text(json.dumps(report, indent=2))
        (out / "report.md").write_text(table + "\n")
        with open(out / "results.jsonl", "w", encoding="utf-8") as f:
            for row in results:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return report


def markdown_table(report: dict) -> str:
    models = report["models"]
    header = "| metric | " + " | ".join(f"{v} ({m['model']})" for v, m in models.items()) + " |"
    lines = [header, "|---|" + "---|" * len(models)]

    def fmt(x, pct=True):
        if x is None:
            return "n/a"
        return f"{100 * x:.1f}%" if pct else (f"{x:.2f}" if x < 10 else f"{x:.0f}")

    for name, key in (("retrieval hit@1", "hit@1"), ("retrieval hit@5", "hit@5"), ("retrieval MRR", "mrr")):
        value = report["retrieval"][key]
        lines.append(f"| {name} | " + " | ".join(fmt(value, key != "mrr") for _ in models) + " |")
    rows = (
        ("key facts in the answer", "answer_accuracy", True),
        ("gold page cited", "citation_accuracy", True),
        ("verified (of answers given)", "verified_rate", True),
        ("states a number no cited passage holds", "unsupported_number_rate", True),
        ("answered by the model (generated)", "generated_rate", True),
        ("answered by quoting the documents", "quoted_rate", True),
        ("refuses unanswerable", "refusal_accuracy", True),
        ("false refusals (answerable)", "false_refusal_rate", True),
        ("shows a value it must not (planted by the question, or a neighbour row's)", "planted_fact_rate", True),
        ("latency p50 (s)", "latency_p50_s", False),
        ("latency p95 (s)", "latency_p95_s", False),
        ("verification p50 (ms)", "verify_p50_ms", False),
    )
    for name, key, pct in rows:
        lines.append(f"| {name} | " + " | ".join(fmt(m[key], pct) for m in models.values()) + " |")
    lines.append(
        f"\n{report['n']} questions ({report['answerable']} answerable, {report['unanswerable']} unanswerable), "
        f"k={report['k']}"
    )
    return "\n".join(lines)
