"""Key-terms abstracts: fields as verbatim quotes with pages or "not stated", the document's kind by rules,
and `domainbot abstract --format csv` over the whole index (one row per document)."""
import csv
import io
import json

from chatbot.answer.abstract import NOT_STATED, abstract_document, write_csv
from chatbot.answer.clauses import document_kind, read_document
from tests.chatbot.doc_fixtures import LEAFLET, MSA, TENANCY_A, TENANCY_B


def values(a):
    return {f.name: f.value for f in a.fields}


def test_contract_fields_are_quotes_with_pages():
    a = abstract_document(MSA)
    assert (a.kind, a.subkind) == ("contract", "agreement")
    v = values(a)
    assert "ACME CLOUD LIMITED" in v["parties"] and "BRAMBLE FOODS LIMITED" in v["parties"]
    assert "Signature" not in v["parties"]
    assert "36 months" in v["dates_term"] and "12 months" in v["renewal"]
    assert "GBP 4,500.00" in v["rent_fees"] and "150%" in v["liability"]
    assert "England and Wales" in v["governing_law"] and "6 months' written notice" in v["termination"]
    assert v["deposit"] == NOT_STATED
    doc = read_document(MSA)
    for f in a.fields:
        for q in f.quotes:
            assert doc.text[q.doc_start:q.doc_end] == q.text and q.page in (1, 2)


def test_residential_tenancy_has_pets_and_says_not_stated():
    a = abstract_document(TENANCY_B)
    assert a.subkind == "residential tenancy"
    v = values(a)
    assert "GBP 950.00" in v["rent_fees"] and "GBP 1,096.15" in v["deposit"]
    assert v["pets"] == NOT_STATED and v["governing_law"] == NOT_STATED
    assert "one cat" in values(abstract_document(TENANCY_A))["pets"]


def test_clinical_fields():
    a = abstract_document(LEAFLET)
    assert (a.kind, a.subkind) == ("clinical", "patient leaflet")
    v = values(a)
    assert "high blood pressure" in v["purpose"] and "pregnant" in v["contraindications"]
    assert "5 mg once daily" in v["dose_by_group"] and "2.5 mg once daily" in v["dose_by_group"]
    assert "kidney function" in v["monitoring"] and "headache" in v["side_effects_common"]
    assert "swelling of the face" in v["side_effects_serious"]


def test_kind_by_rules():
    assert document_kind("The Tenant shall pay the rent. The Landlord may terminate this Lease.")[0] == "contract"
    assert document_kind("Take one tablet. The usual dose is 10 mg for patients with symptoms.")[0] == "clinical"


def test_csv_has_one_row_per_document():
    out = io.StringIO()
    write_csv([abstract_document(c) for c in (MSA, TENANCY_A, LEAFLET)], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["source"] for r in rows] == [MSA[0].source, TENANCY_A[0].source, LEAFLET[0].source]
    assert rows[2]["rent_fees"] == "" and rows[0]["purpose"] == ""  # a clinical column is empty for a contract
    assert rows[1]["deposit_pages"] == "1"


def test_cli_abstract_over_the_index(tmp_path, monkeypatch):
    """`domainbot abstract --format csv|json` reads the live index's chunks: every document, or the files named."""
    from typer.testing import CliRunner

    import ingest.index as index_mod
    from chatbot.cli import app

    chunks = MSA + TENANCY_A + LEAFLET
    monkeypatch.setattr(index_mod, "read_manifest", lambda ws: {"segments": []})
    monkeypatch.setattr(index_mod, "read_live_chunks", lambda d, m: chunks)
    monkeypatch.setattr("core.config.Workspace.index_dir", lambda self: tmp_path)
    r = CliRunner().invoke(app, ["abstract", "--format", "csv", "-w", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert len(list(csv.DictReader(io.StringIO(r.output)))) == 3
    r = CliRunner().invoke(app, ["abstract", "tenancy_willow_house.pdf", "--format", "json", "-w", str(tmp_path)])
    assert r.exit_code == 0, r.output
    [a] = json.loads(r.output)
    assert a["source"] == "legal/tenancy_willow_house.pdf"
    r = CliRunner().invoke(app, ["abstract", "nope.pdf", "-w", str(tmp_path)])
    assert r.exit_code == 1 and "no indexed document" in r.output
