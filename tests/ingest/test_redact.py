"""`ingest --redact`: personal data leaves the text before chunking, indexing and pairs; medical and
contractual facts stay; the PDFs are untouched; the app withholds redacted pages' images."""
import hashlib
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chatbot.cli import app
from core.config import IngestConfig, PairsConfig, Workspace
from ingest.index import load_index
from ingest.pipeline import run_ingest
from ingest.redact import redact_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpora"))
from patient_letters import write_letters  # noqa: E402

LETTER = """Dear Dr Okonkwo,
Re: Mrs Eleanor Whitcombe, DOB 14/03/1952, NHS number 943 476 5919, Hospital No. RX448213
Address: 12 Larch Close, Norwich NR4 7TJ
Tel 01603 555182, mobile 07911 123456, email e.whitcombe@example.org
Eleanor was started on amoxicillin 500 mg three times daily for 5 days and reviewed on 2 May 2025.
Mrs Whitcombe's CURB-65 score was 2. Please repeat the chest X-ray in 6 weeks.
Next of kin: Thomas Whitcombe (son)
Yours sincerely,
Dr Anil Banerjee, Consultant Physician"""

RECORD = """DISCHARGE SUMMARY
Patient: O'SULLIVAN, Declan
Date of birth: 3 July 1961
MRN: H-4471920
Declan O'Sullivan went home on apixaban 5 mg twice daily. Follow-up in 3 months.
Signed by Dr Priya Raman"""

LEASE = """15.2 Notice by email is not valid service. The Rent is 48,000 pounds per annum payable quarterly.
The Term commences on 1 March 2025 and the Break Date is 28 February 2028.
Landlord: Ashgrove Estates Limited (company number 08812345). Interest at 4% per annum above Base Rate.
Signed by Jane Morrow, Director, for and on behalf of the Landlord."""


def test_letter_identifiers_are_removed_and_clinical_facts_kept():
    red = redact_text(LETTER)
    for value in ["Eleanor", "Whitcombe", "Okonkwo", "Banerjee", "Thomas", "14/03/1952", "943 476 5919", "RX448213",
                  "12 Larch Close", "NR4 7TJ", "01603 555182", "07911 123456", "e.whitcombe@example.org"]:
        assert value not in red.text, value
    # the clinical facts, an ordinary date and the score's name survive
    for fact in ["amoxicillin 500 mg three times daily for 5 days", "2 May 2025", "CURB-65 score was 2", "6 weeks",
                 "Consultant Physician"]:
        assert fact in red.text, fact
    assert "<PERSON>" in red.text and "DOB <DATE_OF_BIRTH>" in red.text
    assert red.counts["PERSON"] >= 6 and red.counts["PHONE_NUMBER"] == 2 and red.counts["EMAIL_ADDRESS"] == 1


def test_lines_joined_by_the_pdf_cleaner_are_still_redacted():
    # PDF text extraction joins a letter's header lines into one paragraph
    red = redact_text(LETTER.replace("\n", " ") + " " + RECORD.replace("\n", " "))
    for value in ["Eleanor", "Whitcombe", "Okonkwo", "14/03/1952", "RX448213", "12 Larch Close", "NR4 7TJ",
                  "07911 123456", "O'SULLIVAN", "Declan", "3 July 1961", "H-4471920", "Raman"]:
        assert value not in red.text, value
    for fact in ["amoxicillin 500 mg three times daily for 5 days", "apixaban 5 mg twice daily", "Date of birth:",
                 "Consultant Physician", "Follow-up in 3 months"]:
        assert fact in red.text, fact


def test_record_header_surname_first_and_recurring_name():
    red = redact_text(RECORD)
    for value in ["O'SULLIVAN", "O'Sullivan", "Declan", "3 July 1961", "H-4471920", "Raman", "Priya"]:
        assert value not in red.text, value
    assert "apixaban 5 mg twice daily" in red.text and "3 months" in red.text


@pytest.mark.parametrize("text,gone,kept", [
    ("Patient Name: John A. Smith  D.O.B.: 01-Feb-1970  NHS No. 123 456 7890  Hosp No: A123456",
     ["John", "Smith", "01-Feb-1970", "123 456 7890", "A123456"], ["D.O.B.:"]),
    ("Name: Li Wei\nAddress: Flat 4, 22 Queen Street, Manchester M1 1AA\nDate of Birth: 12.12.1990\n"
     "Phone: +44 (0)161 496 0000", ["Li Wei", "22 Queen Street", "M1 1AA", "12.12.1990", "496 0000"], ["Phone:"]),
    ("Employee: Maria Garcia, Payroll number 884412, National Insurance number QQ 12 34 56 C, salary 42,000 "
     "pounds per annum, notice period 3 months.", ["Maria", "Garcia", "884412", "QQ 12 34 56 C", " C,"],
     ["42,000 pounds per annum", "notice period 3 months"]),
    ("SMITH, John (MRN 00123456) was admitted on 4 June 2024 and discharged on 9 June 2024 on co-amoxiclav "
     "625 mg three times daily for 7 days.", ["SMITH", "John", "00123456"],
     ["4 June 2024", "9 June 2024", "625 mg three times daily for 7 days"]),
])
def test_other_record_formats(text, gone, kept):
    red = redact_text(text)
    assert not [g for g in gone if g in red.text], red.text
    assert all(k in red.text for k in kept), red.text


def test_contract_facts_survive_and_only_the_signatory_goes():
    red = redact_text(LEASE)
    for fact in ["48,000 pounds per annum", "1 March 2025", "28 February 2028", "company number 08812345",
                 "4% per annum above Base Rate", "Ashgrove Estates Limited"]:
        assert fact in red.text, fact
    assert "Jane Morrow" not in red.text and dict(red.counts) == {"PERSON": 1}


def test_a_joined_signature_block_does_not_purge_a_company_name():
    text = ("Lumen Biosciences Ltd (\"Lumen\") and Harbor Analytics Ltd agree as follows. Lumen shall keep the "
            "Confidential Information secret. Signed: Harbor Dr Felix Ombasa Lumen Raymond Okafor-Li. Felix")
    red = redact_text(text)
    assert "Felix" not in red.text and "Ombasa" not in red.text
    assert red.text.startswith("Lumen Biosciences Ltd") and "Lumen shall keep" in red.text


def test_pages_are_redacted_as_one_document_and_stay_separate_pages():
    from collections import Counter

    from core.schema import Page
    from ingest.redact import redact_pages

    pages = [Page("l.pdf", 1, "Referral letter. Re: Mrs Eleanor Whitcombe, DOB", "sha"),
             Page("l.pdf", 2, "14/03/1952 (continued). Eleanor takes ramipril 5 mg once daily.", "sha")]
    counts = Counter()
    out = redact_pages(pages, counts)
    assert [p.page for p in out] == [1, 2]
    assert "Eleanor" not in out[0].text and "Whitcombe" not in out[0].text
    assert "Eleanor" not in out[1].text  # the name found on page 1 goes from page 2 too
    assert "ramipril 5 mg once daily" in out[1].text and counts["PERSON"] == 2


def test_text_without_personal_data_is_returned_unchanged():
    text = "Adults: 40 mg once daily, maximum 80 mg in 24 hours. Review after 14 days. See section 4.2."
    red = redact_text(text)
    assert red.text == text and not red.counts


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def letters(tmp_path_factory):
    out = tmp_path_factory.mktemp("letters")
    return out, write_letters(out, n=6, seed=3)


def test_ingest_redact_keeps_identifiers_out_of_index_and_pairs(letters, tmp_path):
    out, written = letters
    before = {p.name: sha(p) for p in (out / "letters").glob("*.pdf")}
    ws = Workspace(tmp_path / "ws")
    report = run_ingest([out / "letters"], ws, IngestConfig(redact=True, ocr=False), progress=False)
    assert all(f.status == "indexed" and f.redacted.get("PERSON", 0) > 0 for f in report.files)
    from chatbot.training.pairs import make_pairs

    make_pairs(ws, PairsConfig())
    index = load_index(ws)
    text = "\n".join(c.text + " " + c.section for c in index.chunks)
    pairs = "\n".join(p.read_text(encoding="utf-8") for p in ws.pairs_dir.glob("*.jsonl"))
    assert pairs.strip(), "no pairs were made"
    planted = [p["value"] for letter in written for p in letter.planted]
    leaked = [v for v in planted if v in text or json.dumps(v)[1:-1] in pairs]
    assert not leaked
    # the medical facts are still there to answer from
    for letter in written:
        for q in letter.questions:
            assert all(m in text for m in q["must_include"]), q
    # the PDFs are untouched; the manifest remembers the redaction
    assert {p.name: sha(p) for p in (out / "letters").glob("*.pdf")} == before
    entries = next(iter(index.manifest.files.values()))
    assert all(e["redacted"] is True for e in entries.values())


def test_turning_redaction_on_or_off_reprocesses_the_files(letters, tmp_path):
    out, written = letters
    ws = Workspace(tmp_path / "ws")
    cfg = IngestConfig(ocr=False)
    run_ingest([out / "letters"], ws, cfg, progress=False)
    first_name = written[0].planted[0]["value"]
    assert first_name in "\n".join(c.text for c in load_index(ws).chunks)
    again = run_ingest([out / "letters"], ws, IngestConfig(ocr=False, redact=True), progress=False)
    assert {f.status for f in again.files} == {"indexed"}
    assert first_name not in "\n".join(c.text for c in load_index(ws).chunks)
    same = run_ingest([out / "letters"], ws, IngestConfig(ocr=False, redact=True), progress=False)
    assert {f.status for f in same.files} == {"unchanged"}


def test_cli_ingest_redact_reports_counts_per_file_and_kind(letters, tmp_path):
    out, written = letters
    r = CliRunner().invoke(app, ["ingest", str(out / "letters"), "--redact", "--no-pairs", "--no-ocr",
                                 "--workspace", str(tmp_path / "ws")])
    assert r.exit_code == 0, r.output
    report = r.output[r.output.index("redacted (personal data removed"):]
    assert "PERSON" in report and "UK_NHS" in report
    for letter in written:
        assert letter.name in report
    # no personal data in what the command printed
    assert not [p["value"] for letter in written for p in letter.planted if p["value"] in r.output]


def test_app_withholds_page_images_of_redacted_documents(letters, tmp_path):
    from ui.resources import load_index_view

    out, _ = letters
    ws = Workspace(tmp_path / "ws")
    run_ingest([out / "letters"], ws, IngestConfig(redact=True, ocr=False), progress=False)
    view = load_index_view(str(ws.index_dir()))
    assert view.redacted == {c.source for c in view.by_id.values()}
    plain = Workspace(tmp_path / "plain")
    run_ingest([out / "letters"], plain, IngestConfig(ocr=False), progress=False)
    assert load_index_view(str(plain.index_dir())).redacted == set()
    # the citation panel shows the redacted text, never the page image
    import ui.render as render

    shown = []
    monkey = pytest.MonkeyPatch()
    monkey.setattr(render, "pdftoppm_available", lambda: True)
    monkey.setattr(render, "render_page_png", lambda *a, **k: pytest.fail("page image rendered for a redacted document"))
    monkey.setattr(render.st, "caption", lambda text, **k: shown.append(text))
    monkey.setattr(render.st, "html", lambda text, **k: shown.append(text))
    try:
        chunk = next(iter(view.by_id.values()))
        render.show_page(chunk, view)
    finally:
        monkey.undo()
    assert any("redacted: page image withheld" in s for s in shown)
    assert not any(p["value"] in s for s in shown for letter in letters[1] for p in letter.planted)
