"""Topic summaries cover the topic: every clause under its heading with all sub-clauses, clauses elsewhere
that deal with it, never a title, address or signature; names choose the document; comparisons side by side."""
from chatbot.answer.summarise import summarise_question, summary_request, topic_bullets
from tests.chatbot.answer.doc_fixtures import LEAFLET, MSA, TENANCY_A, TENANCY_B

DOCS = {c[0].source: c for c in (MSA, TENANCY_A, TENANCY_B, LEAFLET)}


def bullets_of(question):
    req = summary_request(question, list(DOCS))
    return req, topic_bullets(req, DOCS[req.source])


def test_party_names_choose_the_document_not_the_topic():
    req = summary_request("Summarise the termination provisions of Acme's master services agreement", list(DOCS),
                          heads={s: " ".join(c.text for c in cs) for s, cs in DOCS.items()})
    assert req.source == "legal/acme_master_services_agreement.pdf"
    assert req.topic_phrase == "termination" and req.mode == "summary"


def test_topic_summary_has_every_sub_clause_and_clauses_elsewhere():
    _, bullets = bullets_of("Summarise the termination provisions of the acme master services agreement")
    labels = [b.label for b in bullets]
    assert labels == ["7.1", "11.1", "11.2", "11.3"]  # force majeure termination elsewhere, all of clause 11
    text = " ".join(q.text for b in bullets for q in b.quotes)
    assert "within 30 days" in text and "Insolvency Event" in text  # 11.2 with its (a) cure period and (b)
    assert "Signature" not in text and "Wharf Road" not in text and "MASTER SERVICES" not in text


def test_bullets_are_verbatim_and_cited():
    s = summarise_question("Summarise the termination clauses of the acme agreement", DOCS)
    assert s.intent == "summary" and not s.refused and s.quotes
    by_id = {c.chunk_id: c for c in MSA}
    for q in s.quotes:
        assert by_id[q.chunk_id].text[q.start:q.end] == q.text and q.page in (1, 2)
    lines = s.text.splitlines()
    assert lines[0].startswith("Summary of legal/acme_master_services_agreement.pdf (termination)")
    assert all(line.startswith("• ") and line.rstrip().endswith("]") for line in lines[1:])


def test_no_clause_on_the_topic_is_said_plainly():
    s = summarise_question("Summarise the pets provisions of the acme master services agreement", DOCS)
    assert s.refused and "has no clause on pets" in s.text and not s.quotes


def test_overview_and_key_terms_are_abstracts():
    for q in ("Give me an overview of the Willow House tenancy", "What are the key terms of the willow house tenancy?"):
        s = summarise_question(q, DOCS)
        assert s.intent == "overview" and s.abstract["source"] == "legal/tenancy_willow_house.pdf"
        assert "| Rent and fees |" in s.text and "GBP 1,200.00" in s.text


def test_comparison_puts_two_documents_side_by_side():
    s = summarise_question("Compare the termination clauses of the willow house tenancy and the birch court tenancy", DOCS)
    assert s.intent == "compare"
    header = s.text.splitlines()[2]
    assert "tenancy_willow_house.pdf" in header and "tenancy_birch_court.pdf" in header
    rows = [r for r in s.text.splitlines() if r.startswith("| 1 ") or r.startswith("| 2 ")]
    assert len(rows) == 2 and "two months' written notice" in rows[1] and "no break clause" in rows[0]
    sources = {q.source for q in s.quotes}
    assert sources == {"legal/tenancy_willow_house.pdf", "legal/tenancy_birch_court.pdf"}
