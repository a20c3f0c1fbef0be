"""The PDFs an ingest reads: finding them under the given folders, and reading one into chunks.

Shared by the local pipeline (ingest/pipeline.py, in parse worker processes) and the Ray stage
(ingest/distributed.py, in Ray tasks): both call read_file, which never raises for a bad file.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.config import DomainbotError, IngestConfig
from core.schema import Chunk, FileReport


@dataclass
class PdfFile:
    path: Path  # on disk
    root: str  # absolute folder the source is relative to (key in the manifest)
    source: str  # relative posix path shown in citations
    sweep: bool  # True when found by walking `root`: files missing from disk are dropped


def find_pdfs(paths: list[Path]) -> tuple[list[PdfFile], set[str]]:
    """Every PDF under the given folders/files, stably sorted, plus the roots to sweep for deletions."""
    files, swept_roots, seen = [], set(), set()
    for given in paths:
        p = Path(given).expanduser()
        if not p.exists():
            raise DomainbotError(f"{given}: no such file or folder")
        p = p.resolve()
        if p.is_file():
            found = [PdfFile(p, str(p.parent), p.name, sweep=False)]
        else:
            root = str(p)
            swept_roots.add(root)
            found = []
            for f in p.rglob("*"):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):  # hidden dirs/files (.git, .Trash, ._x.pdf)
                    continue
                if f.suffix.lower() == ".pdf" and f.is_file():
                    found.append(PdfFile(f, root, rel.as_posix(), sweep=True))
            found.sort(key=lambda x: x.source)
        for f in found:
            if (f.root, f.source) not in seen:
                seen.add((f.root, f.source))
                files.append(f)
    return files, swept_roots


def short_error(e: BaseException) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else ""
    return f"{type(e).__name__}: {text}"[:200] if text else type(e).__name__


def _read_and_chunk(f: PdfFile, sha: str, cfg: IngestConfig, report: FileReport, on_page=None) -> list[Chunk]:
    import itertools

    from ingest.chunk import chunk_pages
    from ingest.identity import FIRST_PAGES, identify_document
    from ingest.pdf import read_pdf

    def counted(pages):  # count while streaming: pages are not all held in memory (except to --redact a file)
        for page in pages:
            report.pages += 1
            report.ocr_pages += int(page.ocr)
            if page.ocr_confidence is not None:
                report.ocr_confidence.append((page.page, round(page.ocr_confidence, 3)))
            report.figures += len(page.figures)
            if on_page is not None:
                on_page()
            yield page

    metadata: dict = {}
    pages = counted(read_pdf(f.path, f.source, cfg, sha256=sha, metadata=metadata))
    if cfg.redact:  # personal data goes before anything is chunked, indexed or paired (the PDF is untouched)
        from collections import Counter

        from ingest.redact import redact_pages

        counts: Counter = Counter()
        pages = redact_pages(pages, counts)
        report.redacted = dict(sorted(counts.items()))
    # what the document is, from its first pages (still streaming: only those are held), metadata, file name
    head = list(itertools.islice(pages, FIRST_PAGES))
    # with --redact the PDF's own title/author (often a patient's name) is not read: only the redacted text
    report.identity = identify_document([p.text for p in head], {} if cfg.redact else metadata, f.source)
    return chunk_pages(itertools.chain(head, pages), cfg, root=f.root, identity=report.identity)


def read_file(f: PdfFile, sha: str, cfg: IngestConfig, on_page=None) -> tuple[FileReport, list[Chunk]]:
    """One file's report and chunks; a bad file gives status skipped/failed with a one-line reason
    and no chunks. Never raises (except KeyboardInterrupt): it runs in worker processes and Ray tasks.
    on_page() is called after each page is read (the worker's sign of progress)."""
    from ingest.pdf import PdfError

    report = FileReport(source=f.source, status="indexed")
    try:
        chunks = _read_and_chunk(f, sha, cfg, report, on_page)
        if not chunks:
            raise PdfError("no text found")
        report.chunks = len(chunks)
        return report, chunks
    except PdfError as e:
        report.status, report.reason = "skipped", str(e)
    except MemoryError:  # the worker's address-space cap (parse_memory_mb), or a machine out of memory
        report.status, report.reason = "skipped", f"too large to parse in memory (> {cfg.parse_memory_mb} MB)"
    except Exception as e:  # one unexpected failure must not lose the whole run
        report.status, report.reason = "failed", short_error(e)
    return report, []


def copy_report(src: FileReport, dst: FileReport) -> None:
    """A worker's report into the one the ingest report holds (same object the caller kept)."""
    if src is not dst:
        for name in ("status", "reason", "pages", "chunks", "ocr_pages", "ocr_confidence", "figures", "redacted",
                     "identity"):
            setattr(dst, name, getattr(src, name))
