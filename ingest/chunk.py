"""Cleaned pages -> retrievable chunks with provenance (page range, section heading, char offsets).

Per document:
  1. join its pages with "\\n\\n", remembering where each page starts (char offsets);
  2. find section headings ("7. Termination", "ARTICLE IV", "Section 4", ALL CAPS / Title Case lines);
  3. cut the text into sections at the headings, then split each section with LangChain's
     RecursiveCharacterTextSplitter (paragraph, line, sentence, word boundaries), so a chunk does not
     straddle two sections unless a section is only a heading;
  4. each chunk keeps exact offsets: chunk.text == joined[chunk.start:chunk.end];
  5. each chunk gets a `context` line for contextual retrieval, embedded and keyword-indexed with it
     but never quoted: the document's identity (ingest/identity.py), its section path ("ITEM 8 >
     Balance sheets") and, for a chunk inside a table (a run of rows ending in numeric cells), the
     table's caption and column headings, so every piece of a long statement or schedule still says
     what its columns are.
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Iterable

from core.config import IngestConfig
from core.schema import Chunk, Page
from ingest.clean import is_heading, is_table_row
from ingest.identity import describe

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
        # a table row ("Americas 41,925 31,013") is never a heading, even when it looks like Title Case
        row = is_table_row(stripped) and len(_NUMBER.findall(stripped)) >= 2
        if stripped and not row and is_heading(stripped, prev):
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


_DOTTED = re.compile(r"^(\d+(?:\.\d+)*)\.?\s")
_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
MIN_TABLE_ROWS = 3  # a run of fewer numeric rows is prose with numbers, not a table


def heading_level(heading: str) -> int:
    """1 for a top heading ("7. Termination", "ARTICLE IV", "ITEM 8. ..."), 2 for "7.1 Rent", 3 for "7.1.2"."""
    m = _DOTTED.match(heading)
    if m:
        return m.group(1).count(".") + 1
    letters = [c for c in heading if c.isalpha()]
    return 1 if letters and all(c.isupper() for c in letters) else 2


def section_paths(headings: list[tuple[int, str]]) -> dict[int, str]:
    """Heading offset -> its path ("ITEM 8. FINANCIAL STATEMENTS > 8.2 Balance sheet"): the nearest
    heading above it of each higher level."""
    stack: list[tuple[int, str]] = []  # (level, heading)
    out = {}
    for off, h in headings:
        level = heading_level(h)
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, h))
        out[off] = " > ".join(x for _, x in stack[-3:])
    return out


def find_tables(text: str) -> list[tuple[int, int, str]]:
    """[(start, end, "caption; columns: ...")] for each run of >= MIN_TABLE_ROWS table rows. The
    columns are the run's first line when it holds only years/labels ("Line item 2023 2022"), else the
    line above the run; the caption is the line above that (e.g. "(in thousands) for the years ...")."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line.strip()))
        pos += len(line) + 1
    tables, i = [], 0
    while i < len(lines):
        if not is_table_row(lines[i][1]):
            i += 1
            continue
        j = i
        while j < len(lines) and is_table_row(lines[j][1]):
            j += 1
        if j - i >= MIN_TABLE_ROWS:
            above = [l for _, l in lines[max(0, i - 2):i] if l]
            run = [l for _, l in lines[i:min(j, i + 3)]]
            # the column headings: a short line of the run's first three whose numbers are all years
            # ("Line item 2023 2022"); the lines above it are the caption ("(in thousands) for ...")
            h = next((k for k, l in enumerate(run) if len(l.split()) <= 8 and _NUMBER.findall(l)
                      and all(_YEAR.fullmatch(n) for n in _NUMBER.findall(l))), None)
            if h is not None:
                columns, caption = run[h], (run[h - 1] if h else (above[-1] if above else ""))
            else:
                columns, caption = (above[-1] if above else ""), (above[-2] if len(above) > 1 else "")
            label = "; ".join(x for x in (caption[:160], f"columns: {columns[:160]}" if columns else "") if x)
            end = lines[j - 1][0] + len(lines[j - 1][1])
            tables.append((lines[i][0], end, label))
        i = j
    return tables


def chunk_context(doc_line: str, path: str, table: str) -> str:
    """The context line of a chunk: "<document> | <section path> | table: <caption; columns>"."""
    return " | ".join(x for x in (doc_line, path, f"table: {table}" if table else "") if x)


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


def chunk_document(pages: list[Page], cfg: IngestConfig, root: str = "", splitter=None,
                   identity: dict | None = None) -> list[Chunk]:
    """Chunks of one document (all pages share source and sha256). With cfg.context each chunk's
    `context` names the document (`identity`), the section path and the table it lies in."""
    if not pages:
        return []
    splitter = splitter or _splitter(cfg)
    text, starts, numbers = join_pages(pages)

    def page_at(offset: int) -> int:
        return numbers[bisect.bisect_right(starts, offset) - 1]

    first = pages[0]
    chunks = []
    headings = find_headings(text)
    paths = section_paths(headings) if cfg.context else {}
    tables = find_tables(text) if cfg.context else []
    doc_line = describe(identity) if cfg.context else ""

    def table_at(start: int, end: int) -> str:
        return next((label for a, b, label in tables if a < end and start < b), "")

    for sec_start, body_start, sec_end, heading in split_sections(text, headings):
        path = paths.get(sec_start, heading) if heading else ""
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
                    context=chunk_context(doc_line, path, table_at(start, end)) if cfg.context else "",
                )
            )
    chunks.extend(figure_chunks(pages, len(text), cfg, doc_line, splitter, root))
    return chunks


def figure_text(fig) -> str:
    """What a figure chunk quotes: its caption, then the text read inside the picture."""
    return "\n".join(x for x in (fig.caption.strip(), fig.text.strip()) if x)


def figure_chunks(pages: list[Page], text_len: int, cfg: IngestConfig, doc_line: str, splitter,
                  root: str = "") -> list[Chunk]:
    """One chunk per figure of the pages (more when its text is longer than chunk_size), kind
    "figure" or "table", with its caption and box. Offsets continue past the document's text
    (text_len): each figure's text follows the previous one after PAGE_JOINER, in page order."""
    first = pages[0] if pages else None
    chunks, pos = [], text_len
    for p in pages:
        for fig in p.figures:
            body = figure_text(fig)
            if not body:
                continue
            base = pos + len(PAGE_JOINER)
            pos = base + len(body)
            label = f"{fig.kind} on page {p.page}" + (f": {fig.caption[:160]}" if fig.caption else "")
            context = " | ".join(x for x in (doc_line, label) if x) if cfg.context else ""
            cursor = 0
            for piece in splitter.split_text(body) if len(body) > cfg.chunk_size else [body]:
                at = body.find(piece, cursor)
                if at < 0:
                    continue
                cursor = at + 1
                chunks.append(Chunk(
                    chunk_id=f"{first.sha256[:12]}:{p.page}:{base + at}", source=first.source, page=p.page,
                    page_end=p.page, section=(fig.caption or fig.kind.capitalize())[:MAX_SECTION_CHARS], start=base + at,
                    end=base + at + len(piece), sha256=first.sha256, text=piece, root=root,
                    collection=cfg.collection, context=context, kind=fig.kind, caption=fig.caption, box=fig.box))
    return chunks


def chunk_pages(pages: Iterable[Page], cfg: IngestConfig, root: str = "", identity: dict | None = None) -> list[Chunk]:
    """Chunks for the given pages, document by document (consecutive pages with the same source and
    sha256 form one document, as read_pdf yields them). `identity` describes the document when the
    pages are one document's (ingest reads one file at a time)."""
    splitter = _splitter(cfg)
    chunks: list[Chunk] = []
    for _, doc_pages in itertools.groupby(pages, key=lambda p: (p.source, p.sha256)):
        chunks.extend(chunk_document(list(doc_pages), cfg, root, splitter, identity))
    return chunks
