"""Cleaned pages -> retrievable chunks with provenance (page range, section heading, char offsets).

Per document:
  1. join its pages with "\\n\\n", remembering where each page starts (char offsets);
  2. find section headings ("7. Termination", "ARTICLE IV", "Section 4", ALL CAPS / Title Case lines);
  3. cut the text into sections at the headings, then split each section with LangChain's
     RecursiveCharacterTextSplitter (paragraph, line, sentence, word boundaries), so a chunk does not
     straddle two sections unless a section is only a heading;
  4. each chunk keeps exact offsets: chunk.text == joined[chunk.start:chunk.end].
"""
from __future__ import annotations

import bisect
import itertools
from typing import Iterable

from core.config import IngestConfig
from core.schema import Chunk, Page
from ingest.clean import is_heading

PAGE_JOINER = "\n\n"
MAX_SECTION_CHARS = 100  # a heading longer than this is cut (it is metadata, not content)
# Coarse to fine; "" is the last resort for a single "word" longer than chunk_size (e.g. base64 junk).
SEPARATORS = ["\n\n", "\n", ". ", "? ", "! ", "; ", ", ", " ", ""]


def join_pages(pages: list[Page]) -> tuple[str, list[int], list[int]]:
    """(document text, start offset of each page, page number of each page)."""
    starts, numbers, parts, pos = [], [], [], 0
    for p in pages:
        starts.append(pos)
        numbers.append(p.page)
        parts.append(p.text)
        pos += len(p.text) + len(PAGE_JOINER)
    return PAGE_JOINER.join(parts), starts, numbers


def find_headings(text: str) -> list[tuple[int, str]]:
    """[(char offset of the heading line, heading text)] in document order."""
    headings, pos, prev = [], 0, None
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and is_heading(stripped, prev):
            headings.append((pos + line.index(stripped[0]), " ".join(stripped.split())[:MAX_SECTION_CHARS]))
        prev = line if stripped else None  # None: the next line starts a paragraph
        pos += len(line) + 1
    return headings


def split_sections(text: str, headings: list[tuple[int, str]]) -> list[tuple[int, int, int, str]]:
    """[(start, body_start, end, heading)] covering text; body_start is where the text after the
    heading line begins. A section holding only its heading line (e.g. "ARTICLE IV" right above
    "4.1 Rent") is merged into the next one, which names the merged section."""
    bounds = [(0, "")] + [(off, h) for off, h in headings if off > 0]
    if headings and headings[0][0] == 0:
        bounds[0] = (0, headings[0][1])
    sections = []
    pending_start = None  # start of heading-only sections waiting to be merged
    for (start, heading), (end, _) in zip(bounds, bounds[1:] + [(len(text), "")]):
        body_start = start
        if heading:
            nl = text.find("\n", start, end)
            body_start = end if nl < 0 else nl + 1
        if not text[body_start:end].strip() and end < len(text):
            pending_start = start if pending_start is None else pending_start
            continue
        sections.append((start if pending_start is None else pending_start, body_start, end, heading))
        pending_start = None
    return sections


def _overlap(cfg: IngestConfig, size: int) -> int:
    return cfg.chunk_overlap if size == cfg.chunk_size else min(cfg.chunk_overlap, size // 4)


def _splitter(cfg: IngestConfig, size: int | None = None):
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    size = size or cfg.chunk_size
    # keep_separator="end": ". " and " " stay on the left piece, so every chunk starts at a word.
    return RecursiveCharacterTextSplitter(
        chunk_size=size,
        chunk_overlap=_overlap(cfg, size),
        separators=SEPARATORS,
        keep_separator="end",
        strip_whitespace=True,
    )


def chunk_document(pages: list[Page], cfg: IngestConfig, root: str = "", splitter=None) -> list[Chunk]:
    """Chunks of one document (all pages share source and sha256)."""
    if not pages:
        return []
    splitter = splitter or _splitter(cfg)
    text, starts, numbers = join_pages(pages)

    def page_at(offset: int) -> int:
        return numbers[bisect.bisect_right(starts, offset) - 1]

    first = pages[0]
    chunks = []
    for sec_start, body_start, sec_end, heading in split_sections(text, find_headings(text)):
        # Split the body, then glue the heading lines onto the first piece: otherwise the splitter
        # often leaves "7. Termination" alone as a tiny chunk. The body is split a little smaller
        # so that the glued first piece still fits in chunk_size.
        section_text = text[sec_start:sec_end]
        head_len = body_start - sec_start
        body_size = max(cfg.chunk_size - head_len, cfg.chunk_size // 2)
        body_splitter = splitter if body_size == cfg.chunk_size else _splitter(cfg, body_size)
        overlap = _overlap(cfg, body_size)
        cursor = head_len
        for k, piece in enumerate(body_splitter.split_text(section_text[head_len:])):
            # Pieces are in-order substrings, and the splitter only re-uses up to `overlap` chars of
            # the previous piece, so the next piece starts in [end - overlap, ...): searching from
            # there stays linear and cannot slide back onto an earlier copy of repeated boilerplate.
            pos = section_text.find(piece, cursor)
            if pos < 0:  # cannot happen with keep_separator; guard so offsets are never wrong
                continue
            end = pos + len(piece)
            cursor = max(pos + 1, end - overlap)
            if k == 0 and head_len and end <= cfg.chunk_size:
                pos = 0
            start, end = sec_start + pos, sec_start + end
            piece = text[start:end]
            page = page_at(start)
            chunks.append(
                Chunk(
                    chunk_id=f"{first.sha256[:12]}:{page}:{start}",
                    source=first.source,
                    page=page,
                    page_end=page_at(end - 1),
                    section=heading,
                    start=start,
                    end=end,
                    sha256=first.sha256,
                    text=piece,
                    root=root,
                    collection=cfg.collection,
                )
            )
    return chunks


def chunk_pages(pages: Iterable[Page], cfg: IngestConfig, root: str = "") -> list[Chunk]:
    """Chunks for the given pages, document by document (consecutive pages with the same source and
    sha256 form one document, as read_pdf yields them)."""
    splitter = _splitter(cfg)
    chunks: list[Chunk] = []
    for _, doc_pages in itertools.groupby(pages, key=lambda p: (p.source, p.sha256)):
        chunks.extend(chunk_document(list(doc_pages), cfg, root, splitter))
    return chunks
