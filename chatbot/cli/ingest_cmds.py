"""Commands that build and read the index: `ingest`, `search`, `abstract` (no language model)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from chatbot.cli.common import (
    CollectionOpt,
    WorkspaceOpt,
    cli_errors,
    collection_names,
    config_from,
    fail,
    option,
    settings_for,
)
from core.config import AbstractConfig, DomainbotError, IngestConfig, PairsConfig, RetrieveConfig, Workspace, help_of


@cli_errors
def ingest(
    ctx: typer.Context,
    paths: List[Path] = typer.Argument(..., help="Folders (or PDF files) to ingest."),
    workspace: Path = WorkspaceOpt,
    chunk_size: int = option(IngestConfig, "chunk_size"),
    chunk_overlap: int = option(IngestConfig, "chunk_overlap"),
    embedder: str = option(IngestConfig, "embedder"),
    exact: bool = option(IngestConfig, "quantize", "--exact", default=False),
    batch_size: int = option(IngestConfig, "batch_size"),
    ocr: str = option(IngestConfig, "ocr", "--ocr", metavar="auto|tesseract|rapidocr|off"),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="Same as --ocr off."),
    ocr_lang: str = option(IngestConfig, "ocr_lang"),
    figures: bool = option(IngestConfig, "figures", "--figures/--no-figures"),
    max_pages: int = option(IngestConfig, "max_pages"),
    max_file_mb: float = option(IngestConfig, "max_file_mb"),
    parse_timeout: float = option(IngestConfig, "parse_timeout"),
    parse_memory_mb: int = option(IngestConfig, "parse_memory_mb"),
    min_chars_per_page: int = option(IngestConfig, "min_chars_per_page"),
    pairs: bool = typer.Option(True, "--pairs/--no-pairs", help="Also derive synthetic instruction pairs."),
    collection: str = option(IngestConfig, "collection", "--collection", "-c"),
    redact: bool = option(IngestConfig, "redact", "--redact"),
    workers: Optional[int] = option(IngestConfig, "workers"),
    ray: Optional[str] = option(IngestConfig, "ray"),
    ray_workers: Optional[int] = option(IngestConfig, "ray_workers"),
    ann_threshold: int = option(IngestConfig, "ann_threshold"),
    context: bool = option(IngestConfig, "context", "--context/--no-context"),
    tables: bool = option(IngestConfig, "tables", "--tables/--no-tables"),
    as_json: bool = typer.Option(False, "--json", help="Print the ingest report as one JSON object (for scripts) "
                                 "instead of the table."),
):
    """Parse, clean, chunk and embed every PDF under PATHS into the workspace index.

    Re-runs are incremental: only new or changed files are embedded; files deleted from a
    folder are dropped from the index.

    Examples:

      domainbot ingest corpora/

      domainbot ingest ~/contracts ~/guidelines --chunk-size 600 --no-pairs

      domainbot ingest ~/hr-contracts --collection hr

      domainbot ingest ~/patient-letters --collection clinic --redact

      domainbot ingest /shared/pdfs --ray ray://head:10001 --ray-workers 8
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from ingest.pipeline import print_report, run_ingest

    cfg = config_from(IngestConfig, options, quantize=not exact, ocr="off" if no_ocr else ocr)
    if redact:
        from ingest.redact import available

        if not available():
            raise DomainbotError("--redact needs Microsoft Presidio: pip install presidio-analyzer presidio-anonymizer")
    ws = Workspace(workspace)
    report = run_ingest(paths, ws, cfg)
    if not report.files and not report.removed:
        fail(f"no PDF files found in {', '.join(str(p) for p in paths)}", code=2)
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_report(report)
    if not report.indexed and not report.removed and not any(f.status == "unchanged" for f in report.files):
        fail("nothing could be ingested (see the report above)", code=2)
    if pairs and (report.indexed or report.removed):
        from chatbot.training.pairs import make_pairs, print_pairs_report

        pairs_cfg = config_from(PairsConfig, settings_for(ctx, "pairs"))  # [pairs] of a --config file
        print_pairs_report(make_pairs(ws, pairs_cfg))
    if any(f.status == "failed" for f in report.files):
        raise typer.Exit(1)


@cli_errors
def search(
    query: Optional[str] = typer.Argument(None, help="The question or keywords."),
    k: int = option(RetrieveConfig, "k", "--k"),
    mode: str = option(RetrieveConfig, "mode"),
    rrf_k: int = option(RetrieveConfig, "rrf_k"),
    candidates: int = option(RetrieveConfig, "candidates"),
    route: bool = option(RetrieveConfig, "route", "--route/--no-route"),
    table_rows: bool = option(RetrieveConfig, "table_rows", "--table-rows/--no-table-rows"),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list (each hit with its `document`)."),
    queries: Optional[Path] = typer.Option(None, help="JSONL file, one {\"question\": ...} per line."),
    collection: Optional[List[str]] = CollectionOpt,
    workspace: Path = WorkspaceOpt,
):
    """Retrieve passages from the index (no model involved).

    Examples:

      domainbot search "notice period for termination"

      domainbot search "max daily dose" --k 8 --json

      domainbot search --queries corpora/questions.jsonl > results.jsonl
    """
    options = dict(locals())  # the flags, named as the config fields they set
    from chatbot.answer.retrieve import load_retriever

    if not (query and query.strip()) and not queries:
        raise DomainbotError("give a non-empty QUERY or --queries FILE.jsonl")
    retriever = load_retriever(Workspace(workspace), config_from(RetrieveConfig, options))
    if queries:
        from chatbot.training.evaluate import read_jsonl

        for line_no, row in read_jsonl(queries):
            q = row.get("question")
            if not isinstance(q, str) or not q.strip():
                typer.secho(f"{queries}:{line_no}: no \"question\" string, skipped", err=True)
                continue
            row["results"] = [h.to_dict() for h in retriever.search(q, k=k, collections=collection_names(collection))]
            print(json.dumps(row, ensure_ascii=False), flush=True)
        return
    hits = retriever.search(query, k=k, collections=collection_names(collection))
    if as_json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        return
    if hits.routed is not None and hits.routed.how != "none":
        typer.secho(f"searched ({hits.routed.how}): " + ", ".join(d.source for d in hits.routed.documents[:5])
                    + (" ..." if len(hits.routed.documents) > 5 else ""), err=True)
    if hits.missing:
        typer.secho(f"note: {hits.missing}", err=True, fg="yellow")
    for h in hits:
        c = h.chunk
        where = f"{c.source} p.{c.page}" + (f"-{c.page_end}" if c.page_end != c.page else "")
        typer.secho(f"[{h.rank}] {where}  {c.section}  (score {h.score:.4f})", bold=True)
        typer.echo("    " + c.text[:400].replace("\n", " ") + ("..." if len(c.text) > 400 else ""))


@cli_errors
def abstract(
    files: Optional[List[str]] = typer.Argument(None, help="Indexed PDFs (path or file name); default: every document."),
    format: str = option(AbstractConfig, "format", "--format", "-f"),  # noqa: A002 - the flag is --format
    collection: Optional[List[str]] = typer.Option(None, "--collection", "-c", help=help_of(AbstractConfig, "collections")),
    workspace: Path = WorkspaceOpt,
):
    """Key terms of indexed documents: every field a verbatim quote with its page, or "not stated".

    A contract or lease: parties, dates and term, renewal, rent and fees, deposit, caps and credits,
    notice periods, termination rights, liability, governing law, unusual terms (and pets for a
    residential tenancy). A leaflet, guideline or letter: what it is for, who must not take it, dose
    by group, monitoring, common and serious side effects. No model is involved.

    Examples:

      domainbot abstract corpora/legal/commercial_lease_ashgrove.pdf

      domainbot abstract --format csv > key_terms.csv

      domainbot abstract --collection legal --format json
    """
    from chatbot.answer.abstract import abstract_document, format_table, group_documents, pick_sources, write_csv
    from ingest.index import read_live_chunks, read_manifest

    cfg = AbstractConfig(format=format, collections=collection_names(collection))
    ws = Workspace(workspace)
    manifest = read_manifest(ws)
    if manifest is None:
        raise DomainbotError(f"no index in {workspace}: run `domainbot ingest PATH` first")
    docs = group_documents(read_live_chunks(ws.index_dir(), manifest), cfg.collections)
    sources = pick_sources(sorted(docs), files) if files else sorted(docs)
    abstracts = [abstract_document(docs[s]) for s in sources]
    if cfg.format == "csv":
        write_csv(abstracts, sys.stdout)
    elif cfg.format == "json":
        print(json.dumps([a.to_dict() for a in abstracts], ensure_ascii=False, indent=2))
    else:
        typer.echo("\n\n".join(format_table(a) for a in abstracts))
