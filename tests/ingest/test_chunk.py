"""chunk_pages: sections, page ranges, exact offsets, sizes; and read_pdf -> chunk_pages end to end."""
from __future__ import annotations

import re

import pytest

from core.config import IngestConfig
from core.schema import Page
from ingest.chunk import chunk_pages, find_headings, join_pages
from ingest.clean import is_heading
from ingest.pdf import read_pdf

SHA = "0123456789abcdef" * 4
SENTENCE = "The tenant shall keep the premises in good and substantial repair throughout the term. "


def pages_of(*texts, source="legal/lease.pdf", sha=SHA):
    return [Page(source=source, page=i, text=t, sha256=sha) for i, t in enumerate(texts, 1)]


def check_offsets(chunks, pages):
    joined, _, _ = join_pages(pages)
    for c in chunks:
        assert joined[c.start : c.end] == c.text
    return joined


LEASE = pages_of(
    "RESIDENTIAL LEASE\nARTICLE I\n1. Parties\nThis lease is made between ACME Properties Ltd and John Smith.\n"
    "2. Rent\n" + SENTENCE * 12,
    "Section 4 Deposit\nThe deposit is two months' rent.\n"
    "Clause 7 Termination\nEither party may end this lease by giving two months' notice in writing.\n"
    "Governing Law\nThis lease is governed by the law of England and Wales.",
)


def test_sections_recorded_with_their_numbers():
    cfg = IngestConfig(chunk_size=300, chunk_overlap=50)
    chunks = chunk_pages(LEASE, cfg)
    check_offsets(chunks, LEASE)
    by_text = {c.section: c.text for c in chunks}
    assert "ACME Properties" in by_text["1. Parties"]
    assert "deposit is two months" in by_text["Section 4 Deposit"]
    assert "two months' notice" in by_text["Clause 7 Termination"]
    assert "England and Wales" in by_text["Governing Law"]
    rent = [c for c in chunks if c.section == "2. Rent"]
    assert len(rent) >= 3 and all("tenant shall keep" in c.text for c in rent)
    # a chunk never straddles two sections here: its text holds no other heading line
    for c in chunks:
        others = [h for _, h in find_headings(c.text) if h != c.section]
        assert not others or c.section == "1. Parties"  # the title lines merge into the first section


def test_heading_sticks_to_its_body():
    chunks = chunk_pages(LEASE, IngestConfig(chunk_size=300, chunk_overlap=50))
    first_rent = next(c for c in chunks if c.section == "2. Rent")
    assert first_rent.text.startswith("2. Rent\nThe tenant shall keep")
    assert all(c.text.strip() != c.section for c in chunks)  # no heading-only chunks


def test_chunk_spanning_a_page_break():
    pages = pages_of("Intro text.\n" + SENTENCE * 3 + "The rent is payable", "monthly in advance. " + SENTENCE)
    chunks = chunk_pages(pages, IngestConfig(chunk_size=600, chunk_overlap=60))
    joined = check_offsets(chunks, pages)
    page2_start = len(pages[0].text) + 2
    spanning = [c for c in chunks if c.start < page2_start < c.end]
    assert spanning, "expected one chunk to cross the page break"
    assert all(c.page == 1 and c.page_end == 2 for c in spanning)
    for c in chunks:
        assert c.page == (1 if c.start < page2_start else 2)
        assert c.page_end == (1 if c.end <= page2_start else 2)
        assert c.chunk_id == f"{SHA[:12]}:{c.page}:{c.start}"
    assert joined[page2_start - 2 : page2_start] == "\n\n"


@pytest.mark.parametrize("size,overlap", [(100, 20), (300, 60), (800, 120)])
def test_chunk_size_respected_and_starts_at_word(size, overlap):
    long_word = "x" * 450  # no separator inside: the only case allowed to split mid-word
    text = (SENTENCE * 20) + "\n" + ("Short line\n" * 30) + long_word + " " + ("word, " * 200)
    pages = pages_of(text, SENTENCE * 5)
    chunks = chunk_pages(pages, IngestConfig(chunk_size=size, chunk_overlap=overlap))
    joined = check_offsets(chunks, pages)
    assert all(0 < len(c.text) <= size for c in chunks)
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    assert [c.start for c in chunks] == sorted(c.start for c in chunks)
    for c in chunks:
        before = joined[c.start - 1] if c.start else " "
        mid_word = before.isalnum() and c.text[0].isalnum()
        assert not mid_word or long_word[:size] in joined[c.start - size : c.end], c.text[:30]
    # everything is covered: no text between consecutive chunks is lost
    covered = 0
    for c in chunks:
        assert not joined[covered : c.start].strip(), joined[covered : c.start][:50]
        covered = max(covered, c.end)
    assert not joined[covered:].strip()


def test_overlap_between_neighbours():
    pages = pages_of(" ".join(f"Sentence number {i} is here." for i in range(200)))
    chunks = chunk_pages(pages, IngestConfig(chunk_size=200, chunk_overlap=60))
    assert len(chunks) > 5
    for a, b in zip(chunks, chunks[1:]):
        assert b.start < a.end  # neighbours share text
        assert a.end - b.start <= 60


def test_documents_are_chunked_separately():
    a = pages_of("1. Rent\n" + SENTENCE * 2, source="a.pdf", sha="a" * 64)
    b = pages_of("Body of b. " + SENTENCE, source="b.pdf", sha="b" * 64)
    chunks = chunk_pages(a + b, IngestConfig(), root="/data")
    assert [(c.source, c.start, c.section) for c in chunks] == [("a.pdf", 0, "1. Rent"), ("b.pdf", 0, "")]
    assert chunks[1].chunk_id == "bbbbbbbbbbbb:1:0" and all(c.root == "/data" for c in chunks)


def test_no_pages_no_chunks():
    assert chunk_pages([], IngestConfig()) == []


@pytest.mark.parametrize(
    "line,prev,expected",
    [
        ("7. Termination", None, True),
        ("2.3 Payment of Rent", "end of clause.", True),
        ("Section 4", "the previous clause ends.", True),
        ("ARTICLE IV", None, True),
        ("Clause 7 - Notices", None, True),
        ("DEFINITIONS AND INTERPRETATION", None, True),
        ("Governing Law", "the previous paragraph.", True),
        ("Governing Law", "the parties agree that the", False),  # a wrapped body line
        ("Section 4 of the Act applies", "as provided in", False),
        ("1. The Tenant shall pay the rent on the first day of each month.", None, False),
        ("The tenant shall pay.", None, False),
        ("Page 3 of 10", None, False),
        ("What counts as a fever?", "Most fevers get better within 3 days.", True),  # a leaflet's question
        ("How often can I give ibuprofen to my child?", None, True),
        ("How often can I give ibuprofen to my child?", "if your child is", False),  # a wrapped body line
        ("- Can I drive?", None, False),  # a list item
    ],
)
def test_is_heading(line, prev, expected):
    assert is_heading(line, prev) is expected


def test_pdf_to_chunks_end_to_end(text_pdf):
    body = "The processor shall notify the controller without undue delay after becoming aware of a breach."
    path = text_pdf(
        ["DATA PROCESSING AGREEMENT", f"1. Definitions\n{body}\n2. Security\n{body}", f"3. Breach Notification\n{body}"],
        header="ACME DPA v2 - Confidential",
        footer="- {n} -",
    )
    pages = list(read_pdf(path, "legal/dpa.pdf", IngestConfig()))
    chunks = chunk_pages(pages, IngestConfig(chunk_size=200, chunk_overlap=40), root=str(path.parent))
    check_offsets(chunks, pages)
    # the title-only first page merges into the first section
    assert [c.section for c in chunks] == ["1. Definitions", "2. Security", "3. Breach Notification"]
    assert [(c.page, c.page_end) for c in chunks] == [(1, 2), (2, 2), (3, 3)]
    assert chunks[0].text.startswith("DATA PROCESSING AGREEMENT\n\n1. Definitions\nThe processor")
    assert not any(re.search(r"Confidential|- \d -", c.text) for c in chunks)
