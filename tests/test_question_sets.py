"""The development question sets (bench/dev/, dev2/ to dev47/) stay consistent with the documents they
render: every key fact on its gold page, and the kinds and unanswerable share each promises."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from chatbot.training.evaluate import read_questions

BENCH = Path(__file__).resolve().parents[1] / "bench"
KINDS = {"direct", "lay", "typo", "scenario", "table", "compound", "false_premise", "unanswerable", "silent"}
SETS = [("dev", "make_dev.py", 70), ("dev2", "make_dev2.py", 72), ("dev3", "make_dev3.py", 72),
        ("dev4", "make_dev4.py", 72), ("dev5", "make_dev5.py", 72),
        ("dev6", "make_dev6.py", 72), ("dev7", "make_dev7.py", 72), ("dev8", "make_dev8.py", 72),
        ("dev9", "make_dev9.py", 72), ("dev10", "make_dev10.py", 72), ("dev11", "make_dev11.py", 72),
        ("dev12", "make_dev12.py", 72), ("dev13", "make_dev13.py", 72),
        ("dev14", "make_dev14.py", 72), ("dev15", "make_dev15.py", 72),
        ("dev16", "make_dev16.py", 72), ("dev17", "make_dev17.py", 72),
        ("dev18", "make_dev18.py", 72), ("dev19", "make_dev19.py", 72), ("dev20", "make_dev20.py", 72),
        ("dev21", "make_dev21.py", 72), ("dev22", "make_dev22.py", 72),
        ("dev23", "make_dev23.py", 72), ("dev24", "make_dev24.py", 72),
        ("dev25", "make_dev25.py", 72), ("dev26", "make_dev26.py", 72),
        ("dev27", "make_dev27.py", 72), ("dev28", "make_dev28.py", 72),
        ("dev29", "make_dev29.py", 72), ("dev30", "make_dev30.py", 72),
        ("dev31", "make_dev31.py", 72), ("dev32", "make_dev32.py", 72),
        ("dev33", "make_dev33.py", 72), ("dev34", "make_dev34.py", 72),
        ("dev35", "make_dev35.py", 72), ("dev36", "make_dev36.py", 72),
        ("dev37", "make_dev37.py", 72), ("dev38", "make_dev38.py", 72),
        ("dev39", "make_dev39.py", 72), ("dev40", "make_dev40.py", 72),
        ("dev41", "make_dev41.py", 72), ("dev42", "make_dev42.py", 72),
        ("dev43", "make_dev43.py", 72), ("dev44", "make_dev44.py", 72),
        ("dev45", "make_dev45.py", 72), ("dev46", "make_dev46.py", 72),
        ("dev47", "make_dev47.py", 72)]


def load(folder: str, script: str):
    spec = importlib.util.spec_from_file_location(script[:-3], BENCH / folder / script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder,script,_", SETS)
def test_every_key_fact_is_on_its_gold_page_of_the_rendered_documents(tmp_path, folder, script, _):
    make = load(folder, script)
    make.OUT = str(tmp_path)  # render into the test's folder, not bench/<set>/docs
    assert make.main() == 0
    assert len(list(tmp_path.glob("*/*.pdf"))) == 6
    assert make.check_questions() == []


@pytest.mark.parametrize("folder,_,at_least", SETS)
def test_question_set_has_the_kinds_and_unanswerable_share_it_promises(folder, _, at_least):
    questions = read_questions(BENCH / folder / "questions.jsonl")  # the bench's own validation
    rows = [q.row for q in questions]
    assert len(rows) >= at_least and len({r["id"] for r in rows}) == len(rows)
    assert set(Counter(r["kind"] for r in rows)) == KINDS
    assert sum(not q.answerable for q in questions) >= 15
    # unanswerable/silent name no page; false premises carry the corrected fact
    assert all(not q.answerable for q in questions if q.row["kind"] in ("unanswerable", "silent"))
    assert all(q.answerable and q.must_include for q in questions if q.row["kind"] == "false_premise")
    if folder != "dev":  # the later sets: a compound asks two things
        assert all(len(q.must_include) == 2 for q in questions if q.row["kind"] == "compound")
    # a neighbouring band's value (must_not_include) is never part of the right answer's key facts
    assert all(n.lower() not in m.lower() for q in questions for n in q.row.get("must_not_include", [])
               for m in q.row["must_include"])
