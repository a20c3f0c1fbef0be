"""Questions that name a document go to it (chatbot/answer/route.py through Retriever.search): one match is
searched alone, several are ranked first with the rest kept, an absent one is noted."""
import json
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from chatbot.cli import app
from chatbot.answer.retrieve import load_retriever
from core.config import RetrieveConfig, Workspace
from core.schema import Chunk
from ingest.embed import load_embedder
from ingest.identity import describe
from ingest.index import Manifest, write_index


def report(company: str, year: int) -> dict:
    return {"title": f"{company} Annual Report on Form 10-K", "doc_type": "annual report", "company": company,
            "parties": [], "product": "", "year": year, "fiscal_year": year, "quarter": None,
            "period": f"fiscal {year}", "date": ""}


DOCS = {  # source -> (identity, collection)
    "acme_10k_2022.pdf": (report("Acme Robotics Inc.", 2022), "finance"),
    "acme_10k_2023.pdf": (report("Acme Robotics Inc.", 2023), "finance"),
    "borealis_10k_2023.pdf": (report("Borealis Mining Corp.", 2023), "finance"),
    "lease_unit4b.pdf": ({"title": "Lease of Unit 4B, Northgate Trade Centre", "doc_type": "lease", "company": "",
                          "parties": ["Northgate Property Limited", "Orbit Labs Ltd"], "product": "", "year": 2022,
                          "fiscal_year": None, "quarter": None, "period": "2022", "date": "18 March 2022"}, "legal"),
}
# near-duplicates: every report says the same words with other numbers
TEXTS = {
    "acme_10k_2022.pdf": ["Net revenue 183,962 and net income 35,189 for the year.", "Employees at year end: 1,200."],
    "acme_10k_2023.pdf": ["Net revenue 216,622 and net income 57,744 for the year.", "Employees at year end: 1,350."],
    "borealis_10k_2023.pdf": ["Net revenue 402,118 and net income 80,004 for the year.", "Employees at year end: 5,100."],
    "lease_unit4b.pdf": ["The deposit is £6,000 and is held by the Landlord.", "The annual rent is £43,500."],
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    ws = Workspace(tmp_path_factory.mktemp("routing"))
    emb = load_embedder()
    chunks = []
    for source, texts in TEXTS.items():
        identity, collection = DOCS[source]
        for page, text in enumerate(texts, 1):
            chunks.append(Chunk(chunk_id=f"{source[:6]}:{page}:0", source=source, page=page, page_end=page,
                                section="", start=0, end=len(text), sha256=source, text=text, root="/docs",
                                collection=collection, context=describe(identity)))
    vecs = emb.encode([f"{c.context}\n{c.text}" for c in chunks])
    files = {"/docs": {s: {"identity": ident, "collection": coll} for s, (ident, coll) in DOCS.items()}}
    write_index(ws, chunks, vecs, Manifest(embedder=emb.name, quantize=True, dim=emb.dim, files=files))
    return ws


@pytest.fixture(scope="module")
def retriever(ws):
    return load_retriever(ws, RetrieveConfig())


def test_an_unambiguous_name_searches_that_document_only(retriever):
    hits = retriever.search("What was Acme's net revenue in fiscal 2023?", k=4)
    assert hits.routed.how == "filtered" and not hits.missing
    assert [d.source for d in hits.routed.documents] == ["acme_10k_2023.pdf"]
    assert hits and {h.chunk.source for h in hits} == {"acme_10k_2023.pdf"}
    assert hits[0].document["period"] == "fiscal 2023" and hits[0].document["company"] == "Acme Robotics Inc."
    assert hits.routed.to_dict()["documents"][0]["source"] == "acme_10k_2023.pdf"


def test_a_lease_named_by_its_premises_or_party(retriever):
    for q in ("How much is the deposit under the lease of Unit 4B?", "What deposit did Orbit Labs pay?"):
        hits = retriever.search(q, k=2)
        assert hits.routed.how == "filtered", q
        assert hits[0].chunk.source == "lease_unit4b.pdf"


def test_an_ambiguous_name_boosts_all_matches_and_keeps_the_rest(retriever):
    hits = retriever.search("How did Acme's net revenue change?", k=8)
    assert hits.routed.how == "boosted"
    assert {d.source for d in hits.routed.documents} == {"acme_10k_2022.pdf", "acme_10k_2023.pdf"}
    sources = [h.chunk.source for h in hits]
    assert set(sources[:2]) == {"acme_10k_2022.pdf", "acme_10k_2023.pdf"}  # both named ones first
    assert "borealis_10k_2023.pdf" in sources  # the others are kept, after them


def test_a_named_document_the_index_lacks_is_noted(retriever):
    hits = retriever.search("What was Acme's net revenue in fiscal 2019?", k=3)
    assert "2019" in hits.missing and "fiscal 2022" in hits.missing and "fiscal 2023" in hits.missing
    assert hits and hits[0].chunk.source.startswith("acme_")  # what the company does have still comes back
    absent = retriever.search("What was Zenith's net revenue in fiscal 2023?", k=3)
    assert "Zenith" in absent.missing and absent.routed.how == "none"
    plain = retriever.search("What was the net revenue?", k=3)
    assert plain.routed.how == "none" and not plain.missing


def test_routing_respects_collections_and_can_be_turned_off(ws):
    scoped = load_retriever(ws).search("deposit under the lease of Unit 4B", k=4, collections=["finance"])
    assert scoped.routed.how != "filtered" and all(h.chunk.collection == "finance" for h in scoped)
    off = load_retriever(ws, RetrieveConfig(route=False)).search("What was Acme's net revenue in fiscal 2023?", k=6)
    assert off.routed.how == "none" and len({h.chunk.source for h in off}) > 1


def test_search_json_and_citations_carry_the_document(ws):
    from chatbot.answer.engine import citations_for

    out = CliRunner().invoke(app, ["search", "Acme net revenue fiscal 2023", "--json", "--workspace", str(ws.root)])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert rows[0]["document"]["type"] == "annual report" and rows[0]["source"] == rows[0]["document"]["source"]
    hits = load_retriever(ws).search("Acme net revenue fiscal 2023", k=1)
    verdict = SimpleNamespace(spans=[SimpleNamespace(n=1, start=0, end=11)])
    (citation,) = citations_for(verdict, hits, [SimpleNamespace(text=hits[0].chunk.text)])
    assert citation.document == hits[0].document and citation.to_dict()["document"]["period"] == "fiscal 2023"


def test_a_named_line_item_lifts_its_table_row():
    from chatbot.answer.retrieve import names_a_row, row_labels
    from core.text import keyword_tokens

    table = "Line item 2023 2022\nCapital expenditures (12,400) (9,800)\nDividends paid (1,200) (1,100)\nTotal 5 6"
    assert row_labels(table) == [["line", "item"], ["capital", "expenditures"], ["dividends", "paid"]]  # "Total": too vague
    assert names_a_row(set(keyword_tokens("What were Acme's capital expenditures in 2023?")), table)
    prose = "Cash from operations will fund capital expenditures and dividends next year."
    assert not names_a_row(set(keyword_tokens("What were Acme's capital expenditures in 2023?")), prose)


def test_no_false_missing_notes_from_title_words_or_codes():
    from chatbot.answer.route import DocumentRef, route_query

    lease = DocumentRef.make("/d", "lease.pdf", DOCS["lease_unit4b.pdf"][0], chunks=5)
    acme = DocumentRef.make("/d", "acme.pdf", DOCS["acme_10k_2023.pdf"][0], chunks=5)
    r = route_query("What's the unit price of an HT-400 unit under the supply contract?", [lease, acme])
    assert not r.missing and r.how == "none"  # "unit" of the lease's title does not name it
    r = route_query("We signed in Sept 2025; can the U&Es clause apply under the lease?", [lease, acme], lambda w: False)
    assert not r.missing  # a month and a code are not unknown names
    r = route_query("What is the parental leave policy of Acme Robotics?", [lease, acme])
    assert "no policy of Acme Robotics Inc." in r.missing


def test_search_says_what_it_searched_and_what_is_missing(ws):
    runner = CliRunner()
    out = runner.invoke(app, ["search", "What was Acme's net revenue in fiscal 2019?", "--workspace", str(ws.root)])
    assert out.exit_code == 0, out.output
    assert "searched (boosted): acme_10k_2022.pdf, acme_10k_2023.pdf" in out.output
    assert "note: no document of Acme Robotics Inc. for 2019" in out.output


HOME = {"title": "HomeGuard Home Insurance Policy Wording", "doc_type": "policy", "company": "Brightwater Mutual",
        "parties": [], "product": "", "year": None, "fiscal_year": None, "quarter": None, "period": "", "date": ""}
SYRUP = {"title": "Package leaflet: Tarvamox 125 mg/5 mL oral suspension", "doc_type": "leaflet", "company": "",
         "parties": [], "product": "Tarvamox", "year": None, "fiscal_year": None, "quarter": None, "period": "",
         "date": ""}
LEXICON = frozenset("home blood pressure readings how many days my should i do them for the insurance claim "
                    "can sofa chewed dog what max daily dose of ramipril".split())


def test_units_and_everyday_title_words_do_not_name_a_document():
    from chatbot.answer.route import DocumentRef, ordinary_words, route_query

    home = DocumentRef.make("/d", "homeguard.pdf", HOME, chunks=5)
    syrup = DocumentRef.make("/d", "tarvamox.pdf", SYRUP, chunks=5)
    docs = [home, syrup]
    assert "ml" not in syrup.words and "mg" not in syrup.words  # "CrCl 42 mL/min" names no leaflet
    assert route_query("CrCl 42 mL/min: what is the max daily dose of ramipril?", docs, lexicon=LEXICON).how == "none"

    q = "My GP wants me to do home blood pressure readings. How many days should I do them for?"
    assert "home" in ordinary_words(q, LEXICON)
    r = route_query(q, docs, lexicon=LEXICON)
    assert r.everyday and r.documents == [home]  # routed by "home" alone: the search must confirm it
    # beside a document noun or the document's own name, the word is part of a name
    assert "home" not in ordinary_words("Can I claim on my home insurance policy?", LEXICON)
    r = route_query("Our dog chewed the sofa: can I claim on my HomeGuard home insurance?", docs, lexicon=LEXICON)
    assert r.how == "filtered" and not r.everyday
    assert not route_query("Is the home covered?", docs).everyday  # no lexicon: as before


def test_search_keeps_an_everyday_route_only_when_the_unrouted_hits_agree(tmp_path):
    ws = Workspace(tmp_path / "ws")
    emb = load_embedder()
    texts = {
        "homeguard.pdf": (HOME, ["Subsidence claims carry an excess of GBP 1,000.",
                                 "Your home must not be left unoccupied for more than 45 days.",
                                 "Damage by a domestic pet chewing or scratching is not covered at home."]),
        "bp_guideline.pdf": ({"title": "Hypertension in adults", "doc_type": "guideline", "company": "", "parties": [],
                              "product": "", "year": None, "fiscal_year": None, "quarter": None, "period": "",
                              "date": ""},
                             ["Home blood pressure monitoring: take readings twice daily for at least 4 days, "
                              "ideally 7 days, and discard the first day's readings.",
                              "Offer ramipril as first-line treatment under 55 years."]),
    }
    for name in ("alpha", "bravo", "charlie", "delta"):  # an estate where "home" names one document
        texts[f"{name}_lease.pdf"] = ({**DOCS["lease_unit4b.pdf"][0], "title": f"Lease of {name.title()} House",
                                       "parties": [f"{name.title()} Estates Ltd"]},
                                      [f"The {name} tenant pays rent of {len(name)},000 a month."])
    chunks = []
    for source, (identity, pages) in texts.items():
        for page, text in enumerate(pages, 1):
            chunks.append(Chunk(chunk_id=f"{source[:6]}:{page}:0", source=source, page=page, page_end=page,
                                section="", start=0, end=len(text), sha256=source, text=text, root="/docs",
                                context=describe(identity)))
    vecs = emb.encode([f"{c.context}\n{c.text}" for c in chunks])
    files = {"/docs": {s: {"identity": ident} for s, (ident, _) in texts.items()}}
    write_index(ws, chunks, vecs, Manifest(embedder=emb.name, quantize=True, dim=emb.dim, files=files))
    r = load_retriever(ws, RetrieveConfig())

    hits = r.search("My GP wants home blood pressure readings from me: for how many days should I do them?", k=1)
    assert hits.routed.how == "none" and hits[0].chunk.source == "bp_guideline.pdf"
    hits = r.search("Is a subsidence claim at home covered, and with what excess?", k=1)
    assert hits[0].chunk.source == "homeguard.pdf"


def test_a_names_everyday_word_written_as_one_names_no_missing_document():
    """"at the marina" does not name "Harbourside Marina Ltd": "my boat policy" is then the asker's own
    insurance, not a policy of the marina the index lacks. Its name written out still does."""
    from chatbot.answer.route import DocumentRef, route_query

    berth = DocumentRef.make("/d", "berth.pdf", {
        "title": "Annual Berth Licence", "doc_type": "lease", "company": "", "parties": ["Harbourside Marina Ltd"],
        "product": "", "year": None, "fiscal_year": None, "quarter": None, "period": "", "date": ""}, chunks=5)
    lexicon = frozenset("how much cover does my boat policy need for damage i cause to other people's boats at the "
                        "marina what is".split())
    r = route_query("How much cover does my boat policy need for damage I cause to other boats at the marina?",
                    [berth, DocumentRef.make("/d", "home.pdf", HOME, chunks=5)], lexicon=lexicon)
    assert not r.missing
    r = route_query("What is the complaints policy of Harbourside Marina?",
                    [berth, DocumentRef.make("/d", "home.pdf", HOME, chunks=5)], lexicon=lexicon)
    assert "no policy of" in r.missing
