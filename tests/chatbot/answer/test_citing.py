"""Citations carry their span's boxes on the PDF page (computed at answer time, for cited spans only)."""
from __future__ import annotations

import json

from chatbot.answer.engine import Engine
from chatbot.answer.citing import citation_text
from core.schema import Chunk
from ingest.pdf import file_sha256
from tests.fakes import FakeGenerator, FakeRetriever
from tests.helpers import write_pdf

TEXT = ("Section 4. Termination\nEither party may terminate this lease by giving 30 days written notice to the other "
        "party. Notice must be delivered by registered mail.")


def engine_over(tmp_path, root: str | None = None, sha: str | None = None) -> Engine:
    pdf = write_pdf(tmp_path / "docs" / "legal" / "lease.pdf", [TEXT])
    chunk = Chunk(chunk_id="c:1:0", source="legal/lease.pdf", page=1, page_end=1, section="Section 4. Termination",
                  start=0, end=len(TEXT), sha256=sha or file_sha256(pdf), text=TEXT,
                  root=str(tmp_path / "docs") if root is None else root)

    wrong = FakeGenerator(["Either party may terminate the lease by email with 90 days notice [1]."], has_adapter=False)
    return Engine(FakeRetriever([chunk], ranking=lambda query: [chunk]), wrong)


def test_answer_json_carries_page_size_and_span_boxes_in_points(tmp_path):
    ans = engine_over(tmp_path).answer("How much notice is needed to terminate the lease?")
    d = json.loads(json.dumps(ans.to_dict()))  # what `ask --json` prints and the API sends
    c = d["citations"][0]
    assert "30 days written notice" in c["quote"]
    pb = c["page_boxes"]
    assert pb["page"] == 1 and pb["unit"] == "pt" and pb["origin"] == "top-left" and pb["method"] == "text"
    assert (round(pb["width"]), round(pb["height"])) == (595, 842)
    assert 1 <= len(pb["boxes"]) <= 3 and all(0 <= x0 < x1 <= 595 and 0 <= y0 < y1 <= 842
                                               for x0, y0, x1, y1 in pb["boxes"])
    assert "boxes_s" in d["timings"]


def test_no_boxes_when_the_pdf_is_gone_or_changed(tmp_path):
    assert engine_over(tmp_path, root="").answer("How much notice to terminate the lease?").citations[0].page_boxes is None
    changed = engine_over(tmp_path / "b", sha="0" * 64).answer("How much notice to terminate the lease?")
    assert changed.citations and changed.citations[0].page_boxes is None  # another version of the file


def test_citation_text_is_quote_then_where():
    from chatbot.answer.engine import Citation

    c = Citation(n=1, source="legal/lease.pdf", page=4, section="Section 4", text="", quote="giving  30\ndays",
                 score=1.0, page_end=5)
    assert citation_text(c) == "“giving 30 days”\n— legal/lease.pdf, pp. 4-5, Section 4"
