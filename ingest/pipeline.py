"""`domainbot ingest`: folders of PDFs -> pages -> chunks -> vectors -> the index, incrementally.

    for each PDF (sorted): unchanged (size+mtime, else sha256, matches the manifest) -> keep its chunks
                           and vectors where they are; new/changed -> read_pdf -> chunk_pages
    embed all new chunks in batches (the embedder is loaded only if there is something to embed)
    only if anything changed: update_index (one new segment for the new chunks, the rows of changed and
    removed files marked deleted; atomic swap), or write_index (one fresh segment) when the embedder or
    the chunking changed or the live index predates segments

One bad file never stops the run: it is reported (one line, at once) and skipped.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.config import DEFAULT_COLLECTION, DomainbotError, IngestConfig, Workspace
from core.schema import Chunk, FileReport, IngestReport
from ingest.files import PdfFile, copy_report, find_pdfs, read_file, short_error
from ingest.manifest import Manifest, read_manifest


def _say(line: str) -> None:
    from tqdm import tqdm

    tqdm.write(line, file=sys.stderr)


@dataclass
class NewFile:
    """A new or changed file for the read+chunk+embed stage, which fills in its report."""

    file: PdfFile
    sha256: str
    report: FileReport  # status "indexed" until the stage says otherwise; already "failed" if it could not be hashed


def _say_problem(item: NewFile) -> None:
    """The one line a bad file gets, as soon as its turn comes (files are reported in order)."""
    if item.report.status in ("skipped", "failed"):
        _say(f"{item.report.status} {item.file.source}: {item.report.reason}")


def parse_workers(cfg: IngestConfig, n_files: int) -> int:
    """Worker processes for PDF parsing: the cores left beside the embedder (which runs in this
    process), at most 4 (more only waits on the embedder), at least 1: a file is always parsed in a
    worker, under its time and memory limits. 0 only when asked for (--workers 0: parse here, no limits)."""
    import os

    workers = cfg.workers if cfg.workers is not None else min(4, (os.cpu_count() or 1) - 1)
    if cfg.workers == 0 or n_files == 0:
        return 0
    return max(1, min(workers, n_files))


WORKER_START_S = 60  # a parse worker's start (forkserver fork, imports) is not the file's fault: extra time


def _limit_memory(extra_mb: int) -> None:
    """Cap this process's address space at what it holds now plus extra_mb (Linux; elsewhere no cap).
    Past it, allocations fail with MemoryError instead of the machine swapping or the OOM killer
    picking a process."""
    try:
        import resource

        with open("/proc/self/statm") as f:
            now = int(f.read().split()[0]) * resource.getpagesize()
        limit = now + extra_mb * 2**20
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        pass


def _parse_worker(conn, f: PdfFile, sha: str, cfg: IngestConfig) -> None:
    """Body of a parse worker process: one file, under the memory cap. Sends None after each page
    (progress, so the parent can tell slow from stuck), then (report, chunks)."""
    import ingest.chunk  # noqa: F401  (imports are the worker's start, not the file's parse time)
    import ingest.pdf  # noqa: F401
    import pypdf  # noqa: F401

    _limit_memory(cfg.parse_memory_mb)
    conn.send(None)  # started: the parse clock runs from here
    try:
        result = read_file(f, sha, cfg, on_page=lambda: conn.send(None))
    except MemoryError:  # out of memory outside read_file's own guard
        report = FileReport(source=f.source, status="skipped",
                            reason=f"too large to parse in memory (> {cfg.parse_memory_mb} MB)")
        result = report, []
    conn.send(result)
    conn.close()


def _parse_in_workers(to_read: list[NewFile], cfg: IngestConfig, workers: int):
    """{id(item): (report, chunks)} filled as files finish, `workers` files at a time, each in its own
    process: a file that makes no progress for cfg.parse_timeout seconds (no page finished) has its
    process killed and is skipped as too slow; one whose process dies is failed. Yields after each
    finished file with the results so far (the caller takes them in its own order)."""
    import multiprocessing
    from collections import deque
    from multiprocessing.connection import wait

    # forkserver: workers are forked from a clean server process, never from this one's threads
    # (embedder, progress bars, a web app), which plain fork can deadlock
    ctx = multiprocessing.get_context("forkserver")
    queue = deque(to_read)
    running: dict = {}  # connection -> [item, process, deadline (no page finished by then: too slow)]
    done: dict = {}

    def finish(conn, result) -> None:
        item, proc, _ = running.pop(conn)
        conn.close()
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        done[id(item)] = result

    def skipped(item: NewFile, status: str, reason: str):
        return FileReport(source=item.file.source, status=status, reason=reason), []

    try:
        while queue or running:
            while queue and len(running) < workers:
                item = queue.popleft()
                recv, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_parse_worker, args=(send, item.file, item.sha256, cfg), daemon=True)
                proc.start()
                send.close()  # the worker holds the only write end: its exit shows as end of file here
                running[recv] = [item, proc, time.monotonic() + WORKER_START_S + cfg.parse_timeout]
            timeout = max(0.0, min(deadline for _, _, deadline in running.values()) - time.monotonic())
            # read everything that arrived (also while the caller was busy embedding) before judging
            # anyone slow, and yield only after the deadlines are checked
            finished = False
            for conn in wait(list(running), timeout):
                item, proc, _ = running[conn]
                try:
                    msg = conn.recv()
                except (EOFError, OSError):  # the worker died without a result (killed, crashed)
                    proc.join(5)
                    finish(conn, skipped(item, "failed", f"parse worker died (exit code {proc.exitcode})"))
                    finished = True
                    continue
                if msg is None:
                    running[conn][2] = time.monotonic() + cfg.parse_timeout
                else:
                    finish(conn, msg)
                    finished = True
            now = time.monotonic()
            for conn, (item, proc, deadline) in list(running.items()):
                if now > deadline:
                    proc.kill()
                    finish(conn, skipped(item, "skipped", f"too slow to parse (> {cfg.parse_timeout:g} s)"))
                    finished = True
            if finished:
                yield done
    finally:
        for conn, (_, proc, _) in list(running.items()):
            proc.kill()
            proc.join()
            conn.close()


def _read_in_order(todo: list[NewFile], cfg: IngestConfig):
    """(item, report, chunks) per file, in the order given, parsed by worker processes (started
    before the embedder loads) so that parsing runs ahead while this process embeds."""
    to_read = [item for item in todo if item.report.status == "indexed"]
    workers = parse_workers(cfg, len(to_read))
    if not workers:
        for item in todo:
            if item.report.status != "indexed":
                yield item, item.report, []
            else:
                yield item, *read_file(item.file, item.sha256, cfg)
        return
    results = _parse_in_workers(to_read, cfg, workers)
    done: dict = {}
    try:
        for item in todo:
            if item.report.status != "indexed":
                yield item, item.report, []
                continue
            while id(item) not in done:
                done = next(results)
            yield item, *done.pop(id(item))
    finally:
        results.close()


def read_chunk_embed(todo: list[NewFile], cfg: IngestConfig, engine: str, progress: bool = True,
                     on_file=lambda item: None) -> tuple[list[Chunk], np.ndarray]:
    """Read, chunk and embed the new/changed files on this machine: (chunks of the good files in
    file order, their vectors). Fills in each item's report and calls on_file(item) in file order.

    Chunks are embedded in the same fixed blocks as embed_chunks while later files are still being
    parsed, so the vectors do not depend on how fast the workers were.
    """
    from tqdm import tqdm

    block = max(cfg.batch_size * 4, 1)
    chunks: list[Chunk] = []
    vectors: list[np.ndarray] = []
    embedded = 0
    files_bar = tqdm(total=len(todo), desc="files", unit="file", disable=not progress, file=sys.stderr,
                     dynamic_ncols=True)
    embed_bar = tqdm(total=0, desc="embedding", unit="chunk", disable=not progress, file=sys.stderr,
                     dynamic_ncols=True, position=1)
    n_pages = 0
    try:
        for item, file_report, file_chunks in _read_in_order(todo, cfg):
            copy_report(file_report, item.report)
            chunks.extend(file_chunks)
            n_pages += item.report.pages if file_chunks else 0
            on_file(item)
            files_bar.update(1)
            files_bar.set_postfix(pages=n_pages, chunks=len(chunks), refresh=False)
            embed_bar.total = len(chunks)
            embed_bar.refresh()
            while len(chunks) - embedded >= block:
                vectors.append(embed_chunks(chunks[embedded : embedded + block], cfg, False, engine))
                embedded += block
                embed_bar.update(block)
        if embedded < len(chunks):
            vectors.append(embed_chunks(chunks[embedded:], cfg, False, engine))
            embed_bar.update(len(chunks) - embedded)
    finally:
        files_bar.close()
        embed_bar.close()
    return chunks, (np.concatenate(vectors) if vectors else np.zeros((0, 0), dtype=np.float32))


def lock_workspace(ws: Workspace):
    """An exclusive lock on the workspace's index, held until the returned file is closed.

    Two ingests at once (CLI + an upload in the app) would each build on the same old manifest, so
    the last swap would silently drop the other's files, and each would delete the other's half-written folder.
    """
    import fcntl

    ws.index_dir()  # DomainbotError when the workspace path is a file
    ws.root.mkdir(parents=True, exist_ok=True)
    f = open(ws.root / ".ingest.lock", "w")
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        f.close()
        raise DomainbotError(f"{ws.root}: another ingest is running in this workspace; wait for it to finish") from None
    return f


def run_ingest(paths: list[Path], ws: Workspace, cfg: IngestConfig, progress: bool = True) -> IngestReport:
    t0 = time.perf_counter()
    if cfg.ray:
        from ingest.distributed import import_ray

        import_ray()  # a missing Ray is a one-line error before any work
    files, swept_roots = find_pdfs(paths)
    lock = lock_workspace(ws)
    try:
        return _ingest(files, swept_roots, ws, cfg, progress, t0)
    finally:
        lock.close()


def _ingest(files: list[PdfFile], swept_roots: set[str], ws: Workspace, cfg: IngestConfig, progress: bool,
            t0: float) -> IngestReport:
    from ingest.index import remove_stale_indexes
    from ingest.pdf import file_sha256

    if ws.root.is_dir():
        remove_stale_indexes(ws)  # half-written folders of a crashed or interrupted run
    prev = read_manifest(ws)  # None: no index yet
    prev_files: dict = prev.files if prev is not None else {}
    same_embedder = prev is not None and prev.same_embedder(cfg)
    # an index keeps the embedding engine it was built with (vectors from two engines differ slightly);
    # a new one gets the fastest available: CTranslate2 int8, else torch int8
    from ingest.embed import default_embed_engine

    if same_embedder:
        engine = prev.embed_engine
    else:
        engine = default_embed_engine() if cfg.quantize else "torch"
    same_chunking = prev is not None and prev.same_chunking(cfg)

    report = IngestReport()
    new_files: dict = {}  # root -> source -> manifest entry, for the next manifest
    keep: set[tuple[str, str]] = set()  # (root, source) whose previous chunks are reused
    changed = False
    todo: list[NewFile] = []  # new or changed files, in order: read, chunked and embedded below
    seen: list[tuple[PdfFile, FileReport, dict | None, dict]] = []  # (file, report, old entry, new entry)
    for f in files:
        fr = FileReport(source=f.source, status="indexed")
        report.files.append(fr)
        old = prev_files.get(f.root, {}).get(f.source)
        entry: dict = {}
        try:
            st = f.path.stat()
            if old and same_chunking and old.get("size") == st.st_size and old.get("mtime") == st.st_mtime:
                sha = old["sha256"]  # cheap path: no hashing of untouched files
            else:
                sha = file_sha256(f.path)
            entry = {"size": st.st_size, "mtime": st.st_mtime, "sha256": sha}
            same_collection = old is not None and old.get("collection", DEFAULT_COLLECTION) == cfg.collection
            same_redaction = old is not None and bool(old.get("redacted", False)) == cfg.redact
            if old and same_chunking and same_collection and same_redaction and old.get("sha256") == sha:
                fr.status, fr.pages, fr.chunks = "unchanged", old.get("pages", 0), old.get("chunks", 0)
                changed |= old.get("mtime") != st.st_mtime or old.get("size") != st.st_size
                keep.add((f.root, f.source))
            else:
                todo.append(NewFile(f, sha, fr))
        except Exception as e:  # vanished or unreadable since it was listed; reported in order with the rest
            fr.status, fr.reason = "failed", short_error(e)
            todo.append(NewFile(f, "", fr))
        seen.append((f, fr, old, entry))

    # the one stage `--ray` runs on a cluster; everything around it (manifest, index write) is shared
    if cfg.ray:
        from ingest.distributed import ray_read_chunk_embed as read_chunk_embed_files
    else:
        read_chunk_embed_files = read_chunk_embed
    new_chunks, new_vectors = read_chunk_embed_files(todo, cfg, engine, progress, _say_problem)
    for f, fr, old, entry in seen:
        if fr.status in ("skipped", "failed"):
            changed |= old is not None  # a previously indexed file turned bad: its old chunks go
            continue
        changed |= fr.status == "indexed"
        identity = fr.identity if fr.status == "indexed" else (old or {}).get("identity", {})
        new_files.setdefault(f.root, {})[f.source] = {**entry, "pages": fr.pages, "chunks": fr.chunks,
                                                      "collection": cfg.collection, "redacted": cfg.redact,
                                                      "identity": identity}

    # files that vanished from a swept folder; other roots are carried over untouched
    on_disk = {(f.root, f.source) for f in files}
    for root, entries in prev_files.items():
        for source, entry in entries.items():
            if (root, source) in on_disk:
                continue
            if root in swept_roots:
                report.removed.append(source)
                changed = True
            else:
                new_files.setdefault(root, {})[source] = entry
                keep.add((root, source))
    if prev is not None and not same_embedder:
        changed = True  # different model: every kept chunk is re-embedded below

    if not changed:
        report.total_chunks = (prev.chunks or 0) if prev is not None else 0
        report.seconds = time.perf_counter() - t0
        return report

    from ingest.index import MANIFEST_VERSION, load_index, update_index, write_index

    manifest = Manifest.for_ingest(cfg, engine, new_files, dim=prev.dim if prev is not None else 0)
    if prev is not None and prev.version == MANIFEST_VERSION and same_embedder and same_chunking:
        # the kept files' rows stay in their segments, untouched; every other previous file is removed or
        # changed: its rows are marked deleted, and a changed file's new chunks go into the new segment
        if len(new_chunks):
            manifest.dim = int(new_vectors.shape[1])
        gone = {(root, source) for root, entries in prev_files.items() for source in entries} - keep
        update_index(ws, manifest, new_chunks, new_vectors, gone, cfg.ann_threshold)
        report.total_chunks = read_manifest(ws).chunks
        report.seconds = time.perf_counter() - t0
        return report

    # a full rebuild: the kept files' chunks (and, with the same embedder, their vectors) are read back
    kept_chunks: list[Chunk] = []
    kept_vectors = None
    if prev is not None and keep:
        old_index = load_index(ws)
        rows = [i for i, c in enumerate(old_index.chunks) if (c.root, c.source) in keep]
        kept_chunks = [old_index.chunks[i] for i in rows]
        if same_embedder:
            kept_vectors = old_index.vectors()[rows] if rows else None
        del old_index
    vectors = new_vectors
    if kept_chunks and kept_vectors is None:  # a different embedder: the kept chunks are embedded again
        kept_vectors = embed_chunks(kept_chunks, cfg, progress, engine)
    if kept_vectors is not None:
        vectors = np.concatenate([kept_vectors, vectors]) if len(vectors) else kept_vectors
    all_chunks = kept_chunks + new_chunks
    if all_chunks:
        manifest.dim = int(vectors.shape[1])
    write_index(ws, all_chunks, vectors, manifest, cfg.ann_threshold)
    report.total_chunks = len(all_chunks)
    report.seconds = time.perf_counter() - t0
    return report


def embed_chunks(chunks: list[Chunk], cfg: IngestConfig, progress: bool = True, engine: str = "torch") -> np.ndarray:
    """Vectors for chunks, in batches, with an ETA bar. Loads the embedder only when there is work."""
    if not chunks:
        return np.zeros((0, 0), dtype=np.float32)
    from tqdm import tqdm

    from ingest.embed import chunk_embedding_text, load_embedder

    embedder = load_embedder(cfg.embedder, cfg.quantize, engine)
    # big blocks keep the progress bar moving while letting the model batch/sort by length inside a block
    block = max(cfg.batch_size * 4, 1)
    out = np.zeros((len(chunks), embedder.dim), dtype=np.float32)
    with tqdm(total=len(chunks), desc="embedding", unit="chunk", disable=not progress, file=sys.stderr,
              dynamic_ncols=True) as bar:
        for s in range(0, len(chunks), block):
            texts = [chunk_embedding_text(c.section, c.text, c.context) for c in chunks[s : s + block]]
            out[s : s + len(texts)] = embedder.encode(texts, batch_size=cfg.batch_size)
            bar.update(len(texts))
    if not np.isfinite(out).all():  # never an index that cannot be searched: the previous one stays live
        raise DomainbotError(f"embedder {cfg.embedder}: it returned invalid (NaN) vectors; nothing was written "
                             f"(is OMP_THREAD_LIMIT below its threads?)")
    # a few chunks embedded again, alone: a batch must give each text its own vector (a threading fault of
    # the engine once gave other texts' vectors, and every search then missed without an error)
    picks = sorted({0, len(chunks) - 1})
    alone = embedder.encode([chunk_embedding_text(chunks[i].section, chunks[i].text, chunks[i].context) for i in picks],
                            batch_size=1)
    if (alone * out[picks]).sum(axis=1).min() < 0.98:
        raise DomainbotError(f"embedder {cfg.embedder}: a batch gave a text another text's vector; nothing was written "
                             f"(is OMP_THREAD_LIMIT below its threads?)")
    return out


LOW_OCR_CONFIDENCE = 0.7  # pages read with less are listed in the report: worth a look, or --ocr rapidocr


def print_ocr_confidence(files) -> None:
    """Per OCR'd file: mean and lowest page confidence, and the pages read with low confidence."""
    ocred = [f for f in files if f.ocr_confidence]
    if not ocred:
        return
    print("\nOCR confidence (0-1, per page):")
    name_w = max(len(f.source) for f in ocred)
    for f in ocred:
        confs = [c for _, c in f.ocr_confidence]
        low_page, low = min(f.ocr_confidence, key=lambda pc: pc[1])
        low_pages = [str(p) for p, c in f.ocr_confidence if c < LOW_OCR_CONFIDENCE]
        line = f"  {f.source:<{name_w}}  mean {sum(confs) / len(confs):.2f}  lowest {low:.2f} (p. {low_page})"
        if low_pages:
            line += f"  below {LOW_OCR_CONFIDENCE:g}: p. " + ", ".join(low_pages[:20]) + (" ..." if len(low_pages) > 20 else "")
        print(line)


def print_report(report: IngestReport) -> None:
    """A short table: what was indexed, what was reused, what was skipped and why."""
    by = lambda s: [f for f in report.files if f.status == s]  # noqa: E731
    indexed, unchanged = by("indexed"), by("unchanged")
    rows = [
        ("files indexed", len(indexed)),
        ("files unchanged", len(unchanged)),
        ("files skipped", len(by("skipped"))),
        ("files failed", len(by("failed"))),
        ("files removed", len(report.removed)),
        ("pages read", sum(f.pages for f in indexed)),
        ("  of which OCR", sum(f.ocr_pages for f in indexed)),
        ("figures read", sum(f.figures for f in indexed)),
        ("new chunks", sum(f.chunks for f in indexed)),
        ("chunks in index", report.total_chunks),
        ("seconds", f"{report.seconds:.1f}"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        if name in ("  of which OCR", "figures read") and not value:
            continue
        print(f"{name:<{width}}  {value}")
    print_ocr_confidence(indexed)
    redacted = [f for f in indexed if f.redacted]
    if redacted:
        kinds = sorted({k for f in redacted for k in f.redacted})
        print("\nredacted (personal data removed before indexing; the PDFs are untouched):")
        name_w = max(len(f.source) for f in redacted)
        print(f"  {'file':<{name_w}}  " + "  ".join(kinds))
        for f in redacted:
            print(f"  {f.source:<{name_w}}  " + "  ".join(f"{f.redacted.get(k, 0):>{len(k)}}" for k in kinds))
    problems = report.problems
    if problems:
        print("\nnot indexed:")
        for f in problems:
            print(f"  {f.status:<7}  {f.source}: {f.reason}")
    if report.removed:
        print("\nremoved (deleted from disk): " + ", ".join(report.removed[:10]) + (" ..." if len(report.removed) > 10 else ""))
