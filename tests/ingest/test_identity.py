"""Document identity (ingest/identity.py) from first pages, PDF metadata and file names; contextual
chunks (ingest/chunk.py) that embed the identity, section path and table headings but quote the text."""
import json

from core.config import IngestConfig, Workspace
from ingest.chunk import chunk_pages, find_tables
from ingest.clean import reflow
from ingest.embed import chunk_embedding_text
from ingest.identity import describe, identify_document, query_periods, query_types
from ingest.segments import bm25_text

TEN_K = """ACME ROBOTICS INC.
ANNUAL REPORT ON FORM 10-K
For the fiscal year ended December 31, 2023
Acme Robotics Inc. (exact name of registrant as specified in its charter)"""


def test_annual_report_from_its_cover_page():
    ident = identify_document([TEN_K], {}, "filings/acme_2023.pdf")
    assert ident["doc_type"] == "annual report"
    assert ident["company"] == "Acme Robotics Inc."
    assert (ident["year"], ident["fiscal_year"], ident["period"]) == (2023, 2023, "fiscal 2023")
    assert describe(ident) == "Acme Robotics Inc. | annual report | fiscal 2023"


def test_quarterly_report_from_file_name_and_metadata():
    ident = identify_document(["Condensed consolidated statements (unaudited)"],
                              {"title": "Borealis Mining Corp. Form 10-Q", "author": "Borealis Mining Corp."},
                              "BOREALIS_2022Q3_10Q.pdf")
    assert ident["doc_type"] == "quarterly report"
    assert ident["company"] == "Borealis Mining Corp."
    assert ident["year"] == 2022 and ident["quarter"] == 3
    assert ident["title"] == "Borealis Mining Corp. Form 10-Q"  # metadata title first


def test_lease_parties_and_date():
    page = ("LEASE OF UNIT 4B, NORTHGATE TRADE CENTRE\nDated 18 March 2022\nPARTICULARS\n"
            "Landlord Northgate Property Limited\nTenant Orbit Labs Ltd\nDeposit £6,000")
    ident = identify_document([page], {}, "leases/lease_unit4b.pdf")
    assert ident["doc_type"] == "lease"
    assert ident["parties"] == ["Northgate Property Limited", "Orbit Labs Ltd"]
    assert ident["date"] == "18 March 2022" and ident["year"] == 2022
    assert ident["title"] == "LEASE OF UNIT 4B, NORTHGATE TRADE CENTRE"


def test_agreement_between_numbered_parties():
    page = ("MUTUAL NON-DISCLOSURE AGREEMENT\nEffective Date: 14 March 2025\nTHIS AGREEMENT is made between:\n"
            "(1) HARBOR ANALYTICS LIMITED, a company incorporated in England; and\n"
            "(2) LUMEN BIOSYSTEMS INC., a Delaware corporation")
    ident = identify_document([page], {}, "nda.pdf")
    assert ident["doc_type"] == "NDA"
    assert ident["parties"][0] == "Harbor Analytics Limited"
    assert ident["parties"][1].lower() == "lumen biosystems inc."


def test_leaflet_product_and_nothing_invented():
    ident = identify_document(["Package leaflet: Information for the user\nVeltraxin 10 mg film-coated tablets"],
                              {"title": "Untitled"}, "medical/leaflet.pdf")
    assert ident["doc_type"] == "leaflet" and ident["product"] == "Veltraxin"
    assert ident["year"] is None and ident["period"] == ""  # no date anywhere: none made up
    bare = identify_document([""], {}, "notes.pdf")
    assert bare["doc_type"] == "" and bare["title"] == "notes" and describe(bare) == "notes"


def test_question_periods_and_types():
    assert query_periods("What was 3M's FY2018 capex?") == ({2018}, None)
    assert query_periods("revenue in FY22, third quarter") == ({2022}, 3)
    assert query_periods("Q4 fiscal 2021 vs 2020")[0] == {2021, 2020}
    assert query_types("in its 10-K") == {"annual report"}
    assert "lease" in query_types("What does the lease say about rent?")
    # after an indefinite article the type word is a thing of the case, not a document asked about
    assert query_types("We were sent a final reminder letter. Can they charge interest?") == set()
    assert query_types("Must the tenant hold an insurance policy?") == set()
    assert query_types("What does the letter from the clinic say?") == {"letter"}


STATEMENT = [
    "CONSOLIDATED BALANCE SHEETS",
    "(in thousands) at December 31, 2023 and 2022",
    "Line item 2023 2022",
    "Cash and cash equivalents 41,925 31,013",
    "Inventories 31,756 58,006",
    "Total current assets 129,499 145,914",
    "Goodwill 45,051 36,967",
]


def test_table_rows_keep_their_lines_and_headings():
    text = reflow("\n".join(STATEMENT))
    assert "\nInventories 31,756 58,006\nTotal current assets" in text  # rows are not joined into prose
    (start, end, label), = find_tables(text)
    assert label == "(in thousands) at December 31, 2023 and 2022; columns: Line item 2023 2022"
    assert text[start:end].endswith("Goodwill 45,051 36,967")


def test_contextual_chunks_embed_the_context_but_quote_the_text():
    from core.schema import Page

    narrative = "The company designs robots. " * 30
    pages = [Page("acme.pdf", 1, "ITEM 1. BUSINESS\n" + narrative, "ab" * 32),
             Page("acme.pdf", 2, reflow("\n".join(STATEMENT + [f"Other item {i} {i},001 {i},002" for i in range(40)])), "ab" * 32)]
    ident = identify_document([TEN_K], {}, "acme.pdf")
    chunks = chunk_pages(pages, IngestConfig(chunk_size=300, chunk_overlap=30), identity=ident)
    joined = pages[0].text + "\n\n" + pages[1].text
    table_chunks = [c for c in chunks if c.page == 2]
    assert len(table_chunks) >= 3  # the statement is split ...
    for c in chunks:
        assert c.text == joined[c.start:c.end]  # the stored (quoted) text is the document's own
        assert c.context.startswith("Acme Robotics Inc. | annual report | fiscal 2023 | ")
        assert chunk_embedding_text(c.section, c.text, c.context) == f"{c.context}\n{c.text}"
        assert bm25_text(c).startswith(c.context)
        assert "Acme" not in c.text or c.page == 1
    for c in table_chunks:  # ... and every piece repeats the table's caption and columns
        assert "columns: Line item 2023 2022" in c.context and "CONSOLIDATED BALANCE SHEETS" in c.context
    plain = chunk_pages(pages, IngestConfig(chunk_size=300, chunk_overlap=30, context=False), identity=ident)
    assert [c.text for c in plain] == [c.text for c in chunks] and not any(c.context for c in plain)


def test_ingest_stores_identity_in_the_manifest_and_keeps_it(tmp_path, text_pdf):
    from ingest.index import read_manifest
    from ingest.pipeline import run_ingest

    folder = tmp_path / "docs"
    folder.mkdir()
    from tests.ingest.conftest import write_text_pdf

    write_text_pdf(folder / "acme_10k_2023.pdf", [TEN_K + "\nITEM 1. BUSINESS\nAcme designs and sells robots.",
                                                   "ITEM 7. MANAGEMENT'S DISCUSSION\nRevenue grew by 12 percent."])
    ws = Workspace(tmp_path / "ws")
    report = run_ingest([folder], ws, IngestConfig(workers=0), progress=False)
    assert report.files[0].identity["company"] == "Acme Robotics Inc."
    entry = read_manifest(ws).files[str(folder.resolve())]["acme_10k_2023.pdf"]
    assert entry["identity"]["period"] == "fiscal 2023"
    assert read_manifest(ws).embed_text == "context+text"
    run_ingest([folder], ws, IngestConfig(workers=0), progress=False)  # unchanged file: identity carried over
    again = read_manifest(ws).files[str(folder.resolve())]["acme_10k_2023.pdf"]
    assert again["identity"] == entry["identity"]
    json.dumps(again)  # plain JSON


def test_sec_cover_pages():
    q = identify_document(["UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 10-Q\nFor the quarterly period "
                           "ended July 2, 2023\n3M COMPANY\n(Exact name of registrant as specified in its charter)"],
                          {}, "3M_2023Q2_10Q.pdf")
    assert (q["doc_type"], q["company"], q["quarter"], q["fiscal_year"]) == ("quarterly report", "3M COMPANY", 2, 2023)
    assert q["title"] == "3M COMPANY Form 10-Q" and q["period"] == "Q2 fiscal 2023"
    k = identify_document(["FORM 10-K\nFor the fiscal year ended December 31, 2018\n3M COMPANY\n"
                           "(Exact name of registrant as specified in its charter)"], {}, "3M_2018_10K.pdf")
    assert (k["doc_type"], k["company"], k["period"]) == ("annual report", "3M COMPANY", "fiscal 2018")
