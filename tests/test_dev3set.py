"""The third development question set (bench/dev3/, the clean validation set) stays consistent with the
documents it renders."""

import importlib.util
from collections import Counter
from pathlib import Path

from chatbot.training.evaluate import read_questions

DEV3 = Path(__file__).resolve().parents[1] / "bench" / "dev3"
KINDS = {"direct", "lay", "typo", "scenario", "table", "compound", "false_premise", "unanswerable", "silent"}


def load_make_dev3():
    spec = importlib.util.spec_from_file_location("make_dev3", DEV3 / "make_dev3.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_key_fact_is_on_its_gold_page_of_the_rendered_documents(tmp_path):
    make_dev3 = load_make_dev3()
    make_dev3.OUT = str(tmp_path)  # render into the test's folder, not bench/dev3/docs
    assert make_dev3.main() == 0
    assert len(list(tmp_path.glob("*/*.pdf"))) == 6
    assert make_dev3.check_questions() == []


def test_question_set_has_the_kinds_and_unanswerable_share_it_promises():
    questions = read_questions(DEV3 / "questions.jsonl")  # the bench's own validation
    rows = [q.row for q in questions]
    assert len(rows) >= 72
    assert len({r["id"] for r in rows}) == len(rows)
    kinds = Counter(r["kind"] for r in rows)
    assert set(kinds) == KINDS
    assert sum(not q.answerable for q in questions) >= 15
    # unanswerable/silent name no page; false premises carry the corrected fact; compounds ask two things
    assert all(not q.answerable for q in questions if q.row["kind"] in ("unanswerable", "silent"))
    assert all(q.answerable and q.must_include for q in questions if q.row["kind"] == "false_premise")
    assert all(len(q.must_include) == 2 for q in questions if q.row["kind"] == "compound")
    # a neighbouring band's value (must_not_include) is never part of the right answer's key facts
    assert all(n.lower() not in m.lower() for q in questions for n in q.row.get("must_not_include", [])
               for m in q.row["must_include"])
