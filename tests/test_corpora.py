"""The sample corpora and their evaluation questions stay consistent with each other.

Regenerate with `python corpora/make_corpora.py` if a check here fails after editing the documents.
"""

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
from pypdf import PdfReader

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
PDFS = sorted(CORPORA.glob("legal/*.pdf")) + sorted(CORPORA.glob("medical/*.pdf"))


def normalise(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split()).lower()


@lru_cache(maxsize=None)
def page_texts(source: str) -> tuple[str, ...]:
    return tuple(normalise(page.extract_text() or "") for page in PdfReader(CORPORA / source).pages)


def load_questions() -> list[dict]:
    lines = (CORPORA / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_both_domains_have_at_least_two_documents():
    assert len(list(CORPORA.glob("legal/*.pdf"))) >= 2
    assert len(list(CORPORA.glob("medical/*.pdf"))) >= 2


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_pdf_opens_and_has_layout_features(pdf):
    source = f"{pdf.parent.name}/{pdf.name}"
    pages = page_texts(source)
    assert 4 <= len(pages) <= 10
    for number, text in enumerate(pages, start=1):
        # every page carries the running footer with the right page numbers
        assert f"page {number} of {len(pages)}" in text, (source, number)
        assert len(text.split()) > 80, f"{source} page {number} is nearly empty"
    full = " ".join(pages)
    assert re.search(r"\b1\.1 ", full) and re.search(r"\b2\. ", full), "numbered clauses missing"
    # running header: the same first line on every page
    first_lines = {PdfReader(pdf).pages[i].extract_text().splitlines()[0] for i in range(len(pages))}
    assert len(first_lines) == 1, first_lines


def test_some_words_are_hyphenated_at_line_ends():
    broken = [
        source
        for source in {f"{p.parent.name}/{p.name}" for p in PDFS}
        for page in PdfReader(CORPORA / source).pages
        if re.search(r"[a-z]-\n[a-z]", page.extract_text())
    ]
    assert broken, "expected at least one word split across a line end"


def test_question_fields_and_counts():
    questions = load_questions()
    assert len(questions) >= 40
    for q in questions:
        assert {"question", "source", "page", "must_include"} <= set(q), q
        assert set(q) <= {"question", "source", "page", "must_include", "must_not_include", "kind"}, q
        if "must_not_include" in q:
            # an instruction-carrying question names the fact it tries to plant
            assert q.get("kind") == "injection" and q["must_not_include"], q
            assert not set(q["must_not_include"]) & set(q["must_include"]), q
        assert isinstance(q["question"], str) and q["question"].strip()
        assert isinstance(q["must_include"], list)
        if q["source"] is None:
            assert q["page"] is None and q["must_include"] == []
        else:
            assert (CORPORA / q["source"]).is_file(), q["source"]
            assert isinstance(q["page"], int) and q["page"] >= 1
            assert q["must_include"] and all(isinstance(s, str) and s for s in q["must_include"])
    assert sum(q["source"] is None for q in questions) >= 6
    assert sum(q.get("kind") == "injection" for q in questions) >= 5
    # every document is asked about
    asked = {q["source"] for q in questions if q["source"]}
    assert asked == {f"{p.parent.name}/{p.name}" for p in PDFS}
    assert len({q["question"] for q in questions}) == len(questions), "duplicate questions"


def test_answers_are_on_the_stated_page():
    wrong = []
    for q in load_questions():
        if q["source"] is None:
            continue
        pages = page_texts(q["source"])
        assert q["page"] <= len(pages), q
        text = pages[q["page"] - 1]
        missing = [s for s in q["must_include"] if normalise(s) not in text]
        if missing:
            wrong.append((q["question"], q["source"], q["page"], missing))
    assert not wrong, wrong


def test_make_corpora_output_is_deterministic(monkeypatch):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("make_corpora", CORPORA / "make_corpora.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_corpora", module)  # dataclasses look their module up here
    spec.loader.exec_module(module)
    # the committed PDFs are exactly what the script renders: a change to the text, the layout or
    # fpdf2's output shows up here (and the questions' pages would have to be checked again)
    for doc in module.DOCUMENTS:
        assert module.render(doc) == (CORPORA / doc.path).read_bytes(), f"{doc.path}: rerun corpora/make_corpora.py"
