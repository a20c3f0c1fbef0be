"""The records that flow through domainbot: Page -> Chunk -> (index, pairs).

Every record carries its provenance (source, page, sha256) so any answer can be cited and audited.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Figure:
    """A picture (or a table drawn as one) on a page, with what OCR read inside it (ingest/figures.py)."""

    box: tuple[float, float, float, float]  # on the page, in PDF points, origin top-left, y downwards
    text: str  # read inside the region by OCR ("" when nothing legible)
    caption: str = ""  # the nearest "Figure 2: ..." / "Table 1 ..." line beside it, "" when none
    kind: str = "figure"  # figure | table
    confidence: float = 0.0  # of the OCR text, 0..1


@dataclass(frozen=True)
class Page:
    """One PDF page of cleaned text."""

    source: str  # path relative to the ingested folder, '/' separators, e.g. "legal/lease.pdf"
    page: int  # 1-based
    text: str
    sha256: str  # of the whole file
    ocr: bool = False  # text came from OCR (ingest/ocr.py)
    ocr_confidence: float | None = None  # the OCR engine's mean confidence, 0..1, when ocr
    ocr_engine: str = ""  # tesseract | rapidocr, when ocr
    figures: tuple[Figure, ...] = ()  # pictures on the page whose text becomes chunks of their own


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage. chunk_id is stable: '<sha256[:12]>:<page>:<start>'."""

    chunk_id: str
    source: str
    page: int  # page the chunk starts on (1-based)
    page_end: int  # page the chunk ends on
    section: str  # nearest heading above the chunk, "" when none was found
    start: int  # char offset in the document's cleaned text (pages joined with "\n\n")
    end: int
    sha256: str
    text: str
    root: str = ""  # absolute folder given on the command line (lets a re-ingest drop deleted files)
    collection: str = "default"  # `ingest --collection`: what a scoped API key may search
    # embedded and keyword-indexed before `text`, never quoted: "<document> | <section path> | table: ..."
    context: str = ""
    # "figure" | "table": the text read inside a picture on the page (core.schema.Figure); its offsets
    # continue past the document's text (figure texts follow it, in page order), so ids stay unique
    kind: str = "text"
    caption: str = ""  # a figure's caption ("Figure 2: ...")
    box: tuple[float, float, float, float] | None = None  # a figure's region, PDF points, origin top-left

    def to_dict(self) -> dict:
        d = asdict(self)
        if self.kind == "text":  # text chunks are stored as before (no figure fields)
            for name in ("kind", "caption", "box"):
                d.pop(name)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Chunk":
        kwargs = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        if kwargs.get("box") is not None:
            kwargs["box"] = tuple(float(v) for v in kwargs["box"])
        return cls(**kwargs)


@dataclass(frozen=True)
class Hit:
    """A retrieval result: a chunk plus its fused score and rank."""

    chunk: Chunk
    score: float
    rank: int = 0
    dense_score: float | None = None
    bm25_score: float | None = None
    document: dict | None = None  # the identity of the chunk's document (ingest/identity.py), when known

    def to_dict(self) -> dict:
        c = self.chunk
        out = {
            "chunk_id": c.chunk_id,
            "source": c.source,
            "page": c.page,
            "page_end": c.page_end,
            "section": c.section,
            "score": round(float(self.score), 6),
            "text": c.text,
        }
        if c.kind != "text":
            out.update(kind=c.kind, caption=c.caption, box=list(c.box) if c.box else None)
        if self.document:
            out["document"] = self.document
        return out


@dataclass
class FileReport:
    """What happened to one input file during ingest."""

    source: str
    status: str  # "indexed" | "unchanged" | "skipped" | "failed"
    reason: str = ""
    pages: int = 0
    chunks: int = 0
    ocr_pages: int = 0
    ocr_confidence: list[tuple[int, float]] = field(default_factory=list)  # (page, 0..1) of each OCR'd page
    figures: int = 0  # figure chunks' pictures found and read
    redacted: dict[str, int] = field(default_factory=dict)  # `ingest --redact`: what was removed, by kind
    identity: dict = field(default_factory=dict)  # what the document is (ingest/identity.py), kept in the manifest


@dataclass
class IngestReport:
    files: list[FileReport] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # sources dropped because deleted from disk
    total_chunks: int = 0  # chunks in the index after the run
    seconds: float = 0.0

    @property
    def indexed(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "indexed"]

    @property
    def problems(self) -> list[FileReport]:
        return [f for f in self.files if f.status in ("skipped", "failed")]

    def to_dict(self) -> dict:
        """Every file's report plus the totals `print_report` shows (`domainbot ingest --json`)."""
        indexed = self.indexed
        return {**asdict(self), "files_indexed": len(indexed), "pages_read": sum(f.pages for f in indexed),
                "ocr_pages": sum(f.ocr_pages for f in indexed), "new_chunks": sum(f.chunks for f in indexed),
                "files_failed": sum(f.status == "failed" for f in self.files)}
