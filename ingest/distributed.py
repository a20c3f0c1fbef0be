"""`domainbot ingest PATH --ray auto|ADDRESS`: the read+chunk+embed stage of an ingest on Ray.

    ray.data.from_items(files)                          one row per new/changed file
      .map_batches(parse_and_chunk, num_cpus=...)       CPU tasks, one file each
      .map_batches(Embed, concurrency=N, num_cpus=...)  actor pool: the model is loaded once per actor
      .iter_rows()                                      back to the driver, in file order

Only this stage moves to the cluster. Deciding which files changed, dropping removed ones and writing
the versioned index stay in ingest/pipeline.py, on the driver, so a Ray ingest yields the same
workspace (same chunks, same vectors) as a local one. Rows carry plain JSON and bytes, so nodes need
domainbot's dependencies but no shared filesystem beyond the PDFs themselves (read by path).
"""
from __future__ import annotations

import json
import sys

import numpy as np

from core.config import DomainbotError, IngestConfig
from core.schema import Chunk, FileReport

INSTALL_HINT = "--ray needs Ray: pip install 'domainbot[ray]' (or pip install 'ray[data]>=2.40')"
CPUS_PER_ACTOR = 4  # default --ray-workers: one embedding actor per this many cluster CPUs
MAX_THREADS_PER_ACTOR = 8  # more threads than this barely speed up one MiniLM forward pass


def import_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise DomainbotError(INSTALL_HINT) from None
    return ray


def connect(address: str):
    """Attach to (or start) the Ray instance named by --ray; returns the ray module.

    auto: RAY_ADDRESS, else the cluster `ray start` left on this machine, else a new local instance.
    An explicit address (ray://head:10001 or head:6379) ships this checkout's core/ and ingest/ to the
    workers, so the cluster chunks and embeds with exactly the driver's code.
    """
    ray = import_ray()
    if ray.is_initialized():
        return ray
    import logging

    kwargs = dict(logging_level=logging.WARNING, log_to_driver=True)
    try:
        if address == "auto":
            ray.init(include_dashboard=False, **kwargs)
        else:
            import core
            import ingest

            modules = [core.__path__[0], ingest.__path__[0]]
            ray.init(address=address, runtime_env={"py_modules": modules}, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as e:
        why = str(e).strip().splitlines()[0][:160] if str(e).strip() else type(e).__name__
        raise DomainbotError(f"--ray {address}: cannot connect ({why})") from None
    return ray


def parse_and_chunk(batch: dict, cfg: IngestConfig) -> dict:
    """Ray task: read and chunk the files of a batch (one row per file in, one row per file out)."""
    from pathlib import Path

    from ingest.files import PdfFile, read_file

    out = {"i": [], "report": [], "chunks": []}
    for i, path, root, source, sha in zip(batch["i"], batch["path"], batch["root"], batch["source"],
                                          batch["sha256"]):
        report, chunks = read_file(PdfFile(Path(str(path)), str(root), str(source), sweep=False), str(sha), cfg)
        out["i"].append(int(i))
        out["report"].append(json.dumps(report.__dict__))
        out["chunks"].append(json.dumps([c.to_dict() for c in chunks]))
    return {k: np.array(v) if k == "i" else np.array(v, dtype=object) for k, v in out.items()}


class Embed:
    """Ray actor: the embedder, loaded once, embedding the chunks of each batch of files in the same
    blocks as a local ingest (batch_size * 4 chunks, sorted by length inside a block)."""

    def __init__(self, cfg: IngestConfig, engine: str, threads: int):
        from ingest.embed import load_embedder

        self.cfg = cfg
        self.embedder = load_embedder(cfg.embedder, cfg.quantize, engine, threads=threads)

    def __call__(self, batch: dict) -> dict:
        from ingest.embed import chunk_embedding_text

        vectors = []
        for chunks_json in batch["chunks"]:
            chunks = json.loads(chunks_json)
            texts = [chunk_embedding_text(c["section"], c["text"], c.get("context", "")) for c in chunks]
            block = max(self.cfg.batch_size * 4, 1)
            parts = [self.embedder.encode(texts[s : s + block], batch_size=self.cfg.batch_size)
                     for s in range(0, len(texts), block)]
            file_vectors = np.concatenate(parts) if parts else np.zeros((0, self.embedder.dim), np.float32)
            vectors.append(np.ascontiguousarray(file_vectors, dtype=np.float32).tobytes())
        return {**batch, "vectors": np.array(vectors, dtype=object), "dim": np.full(len(vectors), self.embedder.dim)}


def plan_resources(ray, requested_workers: int | None) -> tuple[int, float, float, int]:
    """(embedding actors, CPUs per actor, CPUs per parse task, threads per actor) for this cluster.

    Parsing gets about an eighth of the CPUs (at least one, or half of one on a tiny machine) so that
    it can always run beside the actors: an actor pool holding every CPU would leave the parse tasks
    waiting forever.
    """
    total = float(ray.cluster_resources().get("CPU", 1))
    node_cpus = max((float(n.get("Resources", {}).get("CPU", 0)) for n in ray.nodes() if n.get("Alive")), default=total)
    reserve = max(1.0, total // 8) if total >= 3 else 0.5
    workers = requested_workers or max(1, int((total - reserve) // CPUS_PER_ACTOR))
    per_actor = min((total - reserve) / workers, node_cpus, MAX_THREADS_PER_ACTOR)
    if per_actor < 0.5:
        raise DomainbotError(f"--ray-workers {workers}: the cluster has {total:g} CPUs; use at most "
                             f"{max(1, int((total - reserve) / 0.5))}")
    return workers, per_actor, min(reserve, 1.0), max(1, round(per_actor))


def ray_read_chunk_embed(todo: list, cfg: IngestConfig, engine: str, progress: bool = True,
                         on_file=lambda item: None) -> tuple[list[Chunk], np.ndarray]:
    """pipeline.read_chunk_embed on a Ray cluster: same arguments, same results."""
    from ingest.files import copy_report

    ray = connect(cfg.ray)
    to_read = [(i, item) for i, item in enumerate(todo) if item.report.status == "indexed"]
    results: dict[int, tuple[FileReport, list[Chunk], np.ndarray | None]] = {}
    reported = 0  # todo[:reported] have had on_file

    def report_in_order():  # each file's report as soon as every earlier file is back
        nonlocal reported
        while reported < len(todo):
            item = todo[reported]
            if item.report.status == "indexed":  # else it failed before reading (hashing)
                if reported not in results:
                    return
                copy_report(results[reported][0], item.report)
            on_file(item)
            reported += 1

    if to_read:
        from ray.data import ActorPoolStrategy, DataContext

        workers, actor_cpus, parse_cpus, threads = plan_resources(ray, cfg.ray_workers)
        ctx = DataContext.get_current()
        ctx.enable_progress_bars = progress
        ctx.execution_options.preserve_order = True  # rows come back in file order
        ctx.print_on_execution_start = False
        items = [{"i": i, "path": str(item.file.path), "root": item.file.root, "source": item.file.source,
                  "sha256": item.sha256} for i, item in to_read]
        ds = (
            ray.data.from_items(items, override_num_blocks=len(items))
            .map_batches(parse_and_chunk, fn_kwargs={"cfg": cfg}, batch_size=1, num_cpus=parse_cpus)
            .map_batches(Embed, fn_constructor_kwargs={"cfg": cfg, "engine": engine, "threads": threads},
                         batch_size=1, num_cpus=actor_cpus, compute=ActorPoolStrategy(size=workers))
        )
        _say_resources(workers, actor_cpus, threads, len(items), progress)
        for row in ds.iter_rows():
            report = FileReport(**json.loads(row["report"]))
            chunks = [Chunk.from_dict(d) for d in json.loads(row["chunks"])]
            vectors = np.frombuffer(row["vectors"], dtype=np.float32).reshape(-1, int(row["dim"])) if chunks else None
            results[int(row["i"])] = (report, chunks, vectors)
            report_in_order()
    report_in_order()

    chunks: list[Chunk] = []
    vectors = []
    for i in sorted(results):
        _, file_chunks, file_vectors = results[i]
        chunks.extend(file_chunks)
        if file_vectors is not None:
            vectors.append(file_vectors)
    return chunks, (np.concatenate(vectors) if vectors else np.zeros((0, 0), dtype=np.float32))


def _say_resources(workers: int, actor_cpus: float, threads: int, files: int, progress: bool) -> None:
    if progress:
        print(f"ray: {files} file(s); {workers} embedding actor(s) x {actor_cpus:g} CPU ({threads} thread(s) each)",
              file=sys.stderr)
