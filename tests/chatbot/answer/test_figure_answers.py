"""A value that exists only inside a figure of a born-digital PDF is found, quoted and cited with its
page and its box (issue 22): real ingest (tesseract), real index and retrieval, the answer path with
a scripted generator."""
from __future__ import annotations

import shutil

import pytest

from core.config import AnswerConfig, IngestConfig, Workspace
from tests.helpers import FIGURE_CAPTION, write_figure_pdf

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr not installed")

QUESTION = "What is the paediatric loading dose of Zorvimab?"


@pytest.fixture(scope="module")
def figure_ws(tmp_path_factory):
    from ingest.pipeline import run_ingest

    tmp = tmp_path_factory.mktemp("figure-ws")
    write_figure_pdf(tmp / "docs" / "leaflet.pdf")
    ws = Workspace(tmp / "ws")
    report = run_ingest([tmp / "docs"], ws, IngestConfig(ocr="tesseract", workers=0), progress=False)
    assert report.files[0].status == "indexed" and report.files[0].figures == 1
    return ws


class ScriptedGenerator:
    def __init__(self, tokens):
        self.tokens, self.has_adapter = tokens, False

    def model_name(self, use_adapter=True):
        return "scripted"

    def stream(self, messages, max_new_tokens=160, temperature=0.0, use_adapter=True):
        yield from self.tokens


def test_search_finds_the_figure_chunk_with_page_and_box(figure_ws):
    from chatbot.answer.retrieve import load_retriever

    hits = load_retriever(figure_ws).search(QUESTION, k=5)
    top = hits[0].chunk
    assert top.kind == "figure" and top.page == 1 and top.box is not None
    assert "7.5 mg/kg" in top.text and top.caption == FIGURE_CAPTION
    d = hits[0].to_dict()
    assert d["kind"] == "figure" and d["caption"] == FIGURE_CAPTION and len(d["box"]) == 4


def test_answer_quotes_and_cites_the_figure_with_its_region(figure_ws):
    from chatbot.answer.engine import Engine
    from chatbot.answer.citing import citation_text
    from chatbot.answer.retrieve import load_retriever

    engine = Engine(load_retriever(figure_ws), ScriptedGenerator(["The loading dose is", " 7.5 mg/kg IV [1]."]))
    ans = engine.answer(QUESTION, cfg=AnswerConfig(k=3, min_relevance=0.0, summaries=False))
    assert not ans.refused, ans.answer
    assert "7.5 mg/kg" in ans.answer
    [c] = [c for c in ans.citations if "7.5 mg/kg" in c.quote]
    assert c.kind == "figure" and c.page == 1 and c.source == "leaflet.pdf" and c.caption == FIGURE_CAPTION
    assert c.box and len(c.box) == 4
    # the page view boxes the figure's region (its text is not in the PDF's text layer to be found)
    assert c.page_boxes["method"] == "figure" and c.page_boxes["boxes"] == [[round(v, 2) for v in c.box]]
    assert c.page_boxes["width"] == pytest.approx(595.28, abs=0.1)
    assert "leaflet.pdf, p. 1" in citation_text(c)
