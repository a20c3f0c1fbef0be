"""Ruled tables read as rows with their column headings (ingest/tables.py), quoted one row at a time
by the reader, and located on the page for the citation's boxes."""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

import pytest

from chatbot.answer.engine import Engine
from core.config import AnswerConfig, IngestConfig
from core.text import split_sentences
from ingest.boxes import find_headed_row, span_boxes, text_layer_chars
from ingest.chunk import chunk_pages
from ingest.pdf import read_pdf
from ingest.tables import TableReader, format_row
from tests.fakes import FakeRetriever

DOSING = [("Body weight", "Dose", "How often"),
          ("Under 10 kg", "2.5 mL", "every 8 hours"),
          ("10 to 20 kg", "5 mL", "every 8 hours"),
          ("20 to 30 kg", "7.5 mL", "every 12 hours"),
          ("30 kg and over", "10 mL", "every 12 hours")]
CREDITS = [("Monthly uptime", "Service credit"),
           ("99.9% or higher", "none"),
           ("99.0% to less than 99.9%", "10% of the monthly fee"),
           ("95.0% to less than 99.0%", "25% of the monthly fee"),
           ("Below 95.0%", "50% of the monthly fee")]
INTRO = ("Nerolan syrup relieves fever and pain in children. Measure each dose with the syringe in the pack and "
         "give it by body weight as shown in the table below.")
AFTER = "Do not give more than four doses in 24 hours. Ask a pharmacist if your child is under 3 months old."
SLA_INTRO = ("Brightwave Hosting measures availability over each calendar month. When availability falls short, "
             "the customer receives a service credit from the table below against the next invoice.")
PROSE = ("The customer may end this agreement on 60 days written notice. Credits are the only remedy for "
         "unavailability and are claimed within 30 days of the end of the month.")


def _table(pdf, rows, **kw):
    with pdf.table(**kw) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)


def write_tables_pdf(path: Path) -> Path:
    """Page 1: a dosing table between two paragraphs; page 2: a service-credit table; page 3: prose
    under a ruled line (no table)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, INTRO)
    pdf.ln(4)
    _table(pdf, DOSING)
    pdf.ln(4)
    pdf.multi_cell(0, 6, AFTER)
    pdf.add_page()
    pdf.multi_cell(0, 6, SLA_INTRO)
    pdf.ln(4)
    _table(pdf, CREDITS)
    pdf.add_page()
    pdf.line(10, 20, 200, 20)
    pdf.set_y(25)
    pdf.multi_cell(0, 6, PROSE)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


@pytest.fixture
def tables_pdf(tmp_path) -> Path:
    return write_tables_pdf(tmp_path / "docs" / "leaflet.pdf")


def pages_of(path: Path, **kw) -> dict[int, str]:
    return {p.page: p.text for p in read_pdf(path, path.name, IngestConfig(**kw))}


def test_each_row_is_one_sentence_with_its_headings(tables_pdf):
    text = pages_of(tables_pdf)
    rows = [line for line in text[1].split("\n") if line.startswith("Body weight")]
    assert rows == ["Body weight Under 10 kg, Dose 2.5 mL, How often every 8 hours.",
                    "Body weight 10 to 20 kg, Dose 5 mL, How often every 8 hours.",
                    "Body weight 20 to 30 kg, Dose 7.5 mL, How often every 12 hours.",
                    "Body weight 30 kg and over, Dose 10 mL, How often every 12 hours."]
    sentences = split_sentences(text[1])
    assert all(row in sentences for row in rows)  # the sentence splitter keeps each row whole
    # reading order: the paragraph above, the rows, the paragraph below
    assert text[1].index("Nerolan syrup relieves") < text[1].index(rows[0]) < text[1].index("Do not give more")
    assert "Monthly uptime 95.0% to less than 99.0%, Service credit 25% of the monthly fee." in text[2].split("\n")


def test_without_tables_the_rows_run_together(tables_pdf):
    flat = pages_of(tables_pdf, tables=False)[1]
    assert "Body weight 10 to 20 kg" not in flat and "10 to 20 kg 5 mL" in flat  # what the option fixes


def test_a_page_without_a_table_is_unchanged(tables_pdf):
    with_tables, without = pages_of(tables_pdf), pages_of(tables_pdf, tables=False)
    assert with_tables[3] == without[3] and "60 days written notice" in with_tables[3]


def test_a_value_in_a_middle_band_quotes_its_row_not_the_first(tables_pdf):
    pages = list(read_pdf(tables_pdf, "leaflet.pdf", IngestConfig()))
    chunks = [replace(c, root=str(tables_pdf.parent)) for c in chunk_pages(pages, IngestConfig(), root="")]

    class NoModel:
        has_adapter = False

        def model_name(self, use_adapter=True):
            return "none"

        def stream(self, messages, **kwargs):
            raise AssertionError("the reader answers alone")

    engine = Engine(FakeRetriever(chunks, dense=0.5, ranking=lambda query: chunks), NoModel())
    cfg = AnswerConfig(k=3, generate="never", min_relevance=0.0)
    dose = engine.answer("How much Nerolan syrup do I give my son? He weighs 24 kg.", cfg=cfg)
    assert "Body weight 20 to 30 kg, Dose 7.5 mL" in dose.answer
    assert "Under 10 kg" not in dose.answer and "10 to 20 kg" not in dose.answer
    credit = engine.answer("Availability was 97.2% last month. What service credit do we get from Brightwave?",
                           cfg=cfg)
    assert "Monthly uptime 95.0% to less than 99.0%, Service credit 25% of the monthly fee" in credit.answer
    assert "99.9% or higher" not in credit.answer and "Below 95.0%" not in credit.answer
    # the citation's boxes lie on the quoted row, though its headings are printed once, above it
    c = dose.citations[0]
    assert c.page == 1 and c.page_boxes is not None
    pc = text_layer_chars(tables_pdf, 1)
    row_top = pc.boxes[pc.chars.find("20to30kg")][1]
    heading_top = pc.boxes[pc.chars.find("bodyweight")][1]
    tops = [b[1] for b in c.page_boxes["boxes"]]
    assert any(abs(t - row_top) < 1 for t in tops) and all(abs(t - heading_top) > 1 for t in tops)


def test_a_headed_row_is_located_by_its_cell_values(tables_pdf):
    pc = text_layer_chars(tables_pdf, 2)
    row = "Monthly uptime 99.0% to less than 99.9%, Service credit 10% of the monthly fee."
    (a, b), = find_headed_row(pc, row)
    assert pc.chars[a:b] == "990tolessthan99910ofthemonthlyfee"
    assert span_boxes(tables_pdf, 2, row) is not None
    assert find_headed_row(pc, "Monthly uptime 42%, Service credit 3 goats.") == []  # not on the page


def test_a_table_over_a_page_break_keeps_its_headings(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    rows = [("Creatinine clearance", "Dose")] + [(f"{n} to {n + 1} mL/min", f"{n // 4} mg daily") for n in range(20, 100, 2)]
    _table(pdf, rows, repeat_headings=0)  # 40 rows: the table runs onto page 2, headings on page 1 only
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    text = pages_of(path)
    assert len(text) == 2 and "Creatinine clearance Dose" not in text[2]  # no heading row on page 2
    lines = text[2].split("\n")
    assert all(line.startswith("Creatinine clearance ") for line in lines)
    assert lines[-1] == f"Creatinine clearance {rows[-1][0]}, Dose {rows[-1][1]}."


def test_a_first_row_of_words_after_a_page_break_is_still_a_row(tmp_path):
    from fpdf import FPDF

    def write(rows):
        pdf = FPDF()
        pdf.set_font("helvetica", size=11)
        pdf.add_page()
        _table(pdf, rows, repeat_headings=0)
        pdf.output(str(tmp_path / "long.pdf"))
        return pages_of(tmp_path / "long.pdf")

    rows = [("Creatinine clearance", "Dose")] + [(f"{n} to {n + 1} mL/min", f"{n // 4} mg daily") for n in range(20, 100, 2)]
    first_on_2 = write(rows)[2].split("\n")[0]
    k = next(i for i, r in enumerate(rows) if first_on_2.startswith(f"Creatinine clearance {r[0]},"))
    rows[k] = ("On dialysis", "Give after each session")  # no numbers, not bold: looks like a heading row
    lines = write(rows)[2].split("\n")
    assert lines[0] == "Creatinine clearance On dialysis, Dose Give after each session."
    assert lines[1].startswith("Creatinine clearance ") and ", Dose " in lines[1]


def test_merged_cells_repeat_their_value_in_each_row(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    with pdf.table() as t:
        for cells in (("Medicine", "Age", "Dose"), ("Ravelin", "2 to 5 years", "100 mg")):
            row = t.row()
            for c in cells:
                row.cell(c, rowspan=2 if c == "Ravelin" else 1)
        row = t.row()
        row.cell("6 to 11 years")
        row.cell("200 mg")
    path = tmp_path / "merged.pdf"
    pdf.output(str(path))
    lines = pages_of(path)[1].split("\n")
    assert "Medicine Ravelin, Age 2 to 5 years, Dose 100 mg." in lines
    assert "Medicine Ravelin, Age 6 to 11 years, Dose 200 mg." in lines


def test_a_table_without_a_heading_row_keeps_one_row_a_line(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    _table(pdf, [("Landlord", "Corvid Estates Limited"), ("Tenant", "Pell & Rook Ltd"), ("Rent", "GBP 18,500 a year")],
           first_row_as_headings=False)
    path = tmp_path / "particulars.pdf"
    pdf.output(str(path))
    assert pages_of(path)[1].split("\n") == ["Landlord Corvid Estates Limited", "Tenant Pell & Rook Ltd",
                                             "Rent GBP 18,500 a year"]


def test_malformed_tables_do_not_break_ingest(tmp_path, monkeypatch, caplog):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "A grid with nothing in it, a one-row table and a ragged one follow.")
    for y in range(40, 80, 8):  # an empty grid
        pdf.line(20, y, 120, y)
    for x in range(20, 140, 20):
        pdf.line(x, 40, x, 72)
    pdf.set_y(90)
    _table(pdf, [("Only", "a heading row")])
    pdf.ln(4)
    with pdf.table() as t:  # a heading spanning both columns, then a row of one cell spanning both
        t.row().cell("Notes", colspan=2)
        t.row().cell("see the leaflet", colspan=2)
        row = t.row()
        row.cell("")
        row.cell("12")
    path = tmp_path / "odd.pdf"
    pdf.output(str(path))
    text = pages_of(path)[1]
    assert "A grid with nothing in it" in text and "see the leaflet" in text

    def broken(self, index):
        raise ValueError("unreadable table")

    monkeypatch.setattr(TableReader, "_read", broken)
    tables_pdf = write_tables_pdf(tmp_path / "t.pdf")
    with caplog.at_level(logging.WARNING):
        assert pages_of(tables_pdf) == pages_of(tables_pdf, tables=False)  # pypdf's text, as before
    assert "table detection failed" in caplog.text


def test_format_row():
    assert format_row(["Day", "Dose"], ["Day 3", "30 mg"]) == "Day 3, Dose 30 mg."
    assert format_row(["Stage", "Action"], ["Early", "Review."]) == "Stage Early, Action Review."
    assert format_row(["A", "B"], ["x", ""]) == "A x."  # an empty cell says nothing
    assert format_row(["", ""], ["Tenant", "Pell & Rook Ltd"]) == "Tenant Pell & Rook Ltd"
    assert re.fullmatch(r"[^;:]*", format_row(["Uptime", "Credit"], ["99%", "10%"]))  # no sentence break inside


def test_a_cells_own_stops_do_not_split_its_row_into_sentences():
    from core.text import split_sentences

    row = format_row(["Membership", "Access", "Visiting", "Notes"],
                     ["Off-Peak", "Gym only; Mon-Fri 10:00 to 16:00", "Partner: any time. Others 14:00 to 19:00", "max. 4 a day"])
    assert row == ("Membership Off-Peak, Access Gym only, Mon-Fri 10:00 to 16:00, Visiting Partner, any time, "
                   "Others 14:00 to 19:00, Notes max. 4 a day.")
    assert split_sentences(row) == [row]  # one row, one sentence: quoted and verified whole


def table_lines(tmp_path, rows, bold_headings: bool) -> list[str]:
    """The lines ingest reads from a page holding just the table `rows` (first row bold or plain)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    _table(pdf, rows, first_row_as_headings=bold_headings)
    path = tmp_path / "table.pdf"
    pdf.output(str(path))
    return pages_of(path)[1].split("\n")


@pytest.mark.parametrize("bold_headings", [True, False])
def test_columns_headed_by_bands_are_headings(tmp_path, bold_headings):
    """"Medicine | eGFR above 50 mL/min | eGFR 20 to 50 mL/min | ...": numbers in the heading row, yet
    headings (each is a band of one quantity), so each row is read with them."""
    rows = [("Medicine", "eGFR above 50 mL/min", "eGFR 20 to 50 mL/min", "eGFR below 20 mL/min"),
            ("Velorix", "200 mg twice daily", "100 mg twice daily; max 150 mg daily", "Avoid"),
            ("Tamsiprine", "No change", "5 mg once daily", "2.5 mg once daily")]
    lines = table_lines(tmp_path, rows, bold_headings)
    assert "Medicine Velorix, eGFR above 50 mL/min 200 mg twice daily, eGFR 20 to 50 mL/min 100 mg twice daily, " \
           "max 150 mg daily, eGFR below 20 mL/min Avoid." in lines
    assert lines[-1].startswith("Medicine Tamsiprine, eGFR above 50 mL/min No change")


def test_columns_headed_by_numbered_periods_are_headings(tmp_path):
    rows = [("Daily cigarettes", "Weeks 1 to 6", "Weeks 7 and 8", "Weeks 9 and 10"),
            ("Over 25", "25 mg patch", "15 mg patch", "10 mg patch"),
            ("10 to 25", "15 mg patch", "10 mg patch", "5 mg patch")]
    assert "Daily cigarettes Over 25, Weeks 1 to 6 25 mg patch, Weeks 7 and 8 15 mg patch, Weeks 9 and 10 10 mg patch." \
        in table_lines(tmp_path, rows, bold_headings=False)



def test_columns_headed_by_lengths_of_term_are_headings(tmp_path):
    """"Plan | Data | 24 months | 12 months | 30-day rolling": each column is a contract length, so a row's
    price is read with its term ("12 months GBP 19.00"), not as three prices in a line."""
    rows = [("Plan", "Data", "24 months", "12 months", "30-day rolling"),
            ("Kestrel Go 8GB", "8GB", "GBP 9.00", "GBP 10.50", "GBP 12.00"),
            ("Kestrel Max", "Unlimited", "GBP 17.00", "GBP 19.00", "GBP 21.00")]
    assert "Plan Kestrel Max, Data Unlimited, 24 months GBP 17.00, 12 months GBP 19.00, 30-day rolling GBP 21.00." \
        in table_lines(tmp_path, rows, bold_headings=False)
    from ingest.tables import _band_headings
    assert not _band_headings(["Amoxicillin", "500 mg", "3 times a day"])  # a row of data: a dose is no term

def test_a_bold_row_of_labels_with_numbers_heads_its_columns(tmp_path):
    """"Run (copies) | 130 gsm silk | 170 gsm silk": a bold row of short labels above plain cells is the
    heading row though its labels hold numbers, so a price is read with its paper; a bold row of a
    scale's scores ("3 | 2 | 1") is not, and plain labels with numbers stay one row a line."""
    rows = [("Run (copies)", "130 gsm silk", "170 gsm silk", "250 gsm board"),
            ("1,000", "GBP 140", "GBP 155", "GBP 220"),
            ("5,000", "GBP 360", "GBP 410", "GBP 630")]
    assert "Run (copies) 5,000, 130 gsm silk GBP 360, 170 gsm silk GBP 410, 250 gsm board GBP 630." \
        in table_lines(tmp_path, rows, bold_headings=True)
    assert "5,000 GBP 360 GBP 410 GBP 630" in table_lines(tmp_path, rows, bold_headings=False)
    scores = [("Observation", "3", "2", "1"), ("Pulse", "40 or less", "41 to 50", "51 to 90"),
              ("Temperature", "35.0 or less", "35.1 to 36.0", "36.1 to 38.0")]
    assert "Pulse 40 or less 41 to 50 51 to 90" in table_lines(tmp_path, scores, bold_headings=True)


def test_a_heading_that_names_a_day_of_the_month_is_still_a_heading(tmp_path):
    """"Age on 1 April" heads a column of age bands: its "1" is a date, not a number of the column's."""
    rows = [("Category", "Age on 1 April", "Annual fee"),
            ("Adult", "26 and over", "GBP 395"),
            ("Young Adult", "19 to 25", "GBP 210")]
    assert "Category Young Adult, Age on 1 April 19 to 25, Annual fee GBP 210." in table_lines(tmp_path, rows, bold_headings=False)


def test_a_heading_that_names_a_time_of_day_is_still_a_heading(tmp_path):
    """"Friday after 17:00, Saturday and Sunday" heads a column of weekend rates: its "17:00" says which
    column, so each row is read with it ("Garden Room ... GBP 15 per hour" is the weekend rate)."""
    rows = [("Room", "Monday to Thursday", "Friday after 17:00, Saturday and Sunday"),
            ("Main Hall", "GBP 19 per hour", "GBP 26 per hour"),
            ("Garden Room", "GBP 12 per hour", "GBP 15 per hour")]
    assert "Room Garden Room, Monday to Thursday GBP 12 per hour, Friday after 17:00, Saturday and Sunday GBP 15 " \
           "per hour." in table_lines(tmp_path, rows, bold_headings=False)
    from ingest.tables import _heading_like
    assert not _heading_like(["Monday", "09:00", "17:00"])  # a timetable's first row of data: times alone
    assert not _heading_like(["Adult", "GBP 12.50", "GBP 15.00"]) and _heading_like(["Room", "Before 5.30 pm"])
