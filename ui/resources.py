"""Shared, cached resources for the Streamlit app: the answer engine, index facts, page images.

Everything here is process-wide (@st.cache_resource / @st.cache_data) and never mutated per user;
per-user state (messages, feedback) lives in st.session_state inside ui/app.py.

Tests swap the engine by setting ENGINE_FACTORY (AppTest runs the script in the test's process),
or, for a subprocess such as the browser test, DOMAINBOT_ENGINE_FACTORY="path/to/file.py:function".
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import streamlit as st

from core.config import DomainbotError, Workspace
from core.schema import Chunk

# Hook for tests: callable(ws: Workspace, llm_url: str | None) -> engine with .stream(question, history, cfg).
ENGINE_FACTORY: Callable | None = None


def _factory_from_env() -> Callable | None:
    """DOMAINBOT_ENGINE_FACTORY=/abs/file.py:function (tests only: lets a subprocess app use a fake)."""
    spec = os.environ.get("DOMAINBOT_ENGINE_FACTORY")
    if not spec:
        return None
    file, _, name = spec.rpartition(":")
    module_spec = importlib.util.spec_from_file_location("domainbot_test_engine_factory", file)
    if module_spec is None or module_spec.loader is None:
        raise DomainbotError(f"DOMAINBOT_ENGINE_FACTORY: cannot load {file}")
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module  # dataclasses look their module up while the file runs
    module_spec.loader.exec_module(module)
    return getattr(module, name)


def _load_real_engine(ws: Workspace, llm_url: str | None):
    from chatbot.answer import load_engine

    # `domainbot chat --adapter NAME --engine E` passes these through the environment (an edge)
    return load_engine(ws, llm_url=llm_url, adapter=os.environ.get("DOMAINBOT_ADAPTER", "default"),
                       engine=os.environ.get("DOMAINBOT_ENGINE", "auto"))


def adapter_stamp(ws: Workspace) -> int:
    """Changes when an adapter is (re)trained: part of get_engine's key, so the app picks it up."""
    folder = ws.adapter_dir(os.environ.get("DOMAINBOT_ADAPTER", "default"))
    try:
        return (folder / "adapter_model.safetensors").stat().st_mtime_ns
    except OSError:
        return 0


@st.cache_resource(show_spinner=False, max_entries=4)
def get_engine(ws_root: str, index_name: str, llm_url: str | None = None, api_url: str | None = None,
               adapter_stamp: int = 0):
    """One engine per (workspace, live index folder, adapter version): a new ingest gives a new key, so
    new docs are searched; a newly trained adapter gives a new key, so it answers.

    api_url set: a client for a running `domainbot serve` instead of local models.
    """
    if api_url:
        from ui.remote import ApiEngine

        return ApiEngine(api_url, api_key=os.environ.get("DOMAINBOT_API_KEY", ""))
    factory = ENGINE_FACTORY or _factory_from_env() or _load_real_engine
    return factory(Workspace(ws_root), llm_url)


def clear_engines() -> None:
    """Drop the cached engines and index views after an ingest (load_engine itself keys on the index version)."""
    get_engine.clear()
    load_index_view.clear()


# ---------------------------------------------------------------- index facts (no faiss needed)


@dataclass
class IndexView:
    """What the UI needs from the live index: counts, build time, and where each page came from."""

    path: Path
    documents: int
    chunks: int
    built_at: str  # human-readable, local time
    by_id: dict[str, Chunk] = field(default_factory=dict)
    by_page: dict[tuple[str, int], list[Chunk]] = field(default_factory=dict)
    roots: dict[str, str] = field(default_factory=dict)  # source -> absolute root folder (from the manifest)
    redacted: set[str] = field(default_factory=set)  # sources ingested with --redact: their page images are withheld

    def pdf_path(self, source: str, chunk_id: str = "") -> Path | None:
        """Absolute path of the original PDF when it is still on disk."""
        root = ""
        chunk = self.by_id.get(chunk_id)
        if chunk is not None and chunk.root:
            root = chunk.root
        if not root:
            root = self.roots.get(source, "")
        if not root:
            return None
        path = Path(root) / source
        return path if path.is_file() else None

    def page_text(self, source: str, page: int) -> str:
        """The page's text rebuilt from the chunks that start on it (overlaps trimmed)."""
        chunks = sorted(self.by_page.get((source, page), []), key=lambda c: c.start)
        text, end = "", -1
        for c in chunks:
            if c.start >= end:
                text += ("\n" if text else "") + c.text
            elif c.end > end:
                text += c.text[end - c.start :]
            end = max(end, c.end)
        return text


def _manifest_roots(manifest: dict) -> dict[str, str]:
    """source -> absolute root folder, from the manifest's {"files": {root: {source: entry}}}."""
    out: dict[str, str] = {}
    files = manifest.get("files")
    if isinstance(files, dict):
        for root, entries in files.items():
            if isinstance(entries, dict):
                for source in entries:
                    out.setdefault(source, root)
    return out


def _manifest_redacted(manifest: dict) -> set[str]:
    files = manifest.get("files")
    return {source for entries in files.values() if isinstance(entries, dict)
            for source, entry in entries.items() if isinstance(entry, dict) and entry.get("redacted")} \
        if isinstance(files, dict) else set()


def _built_at(manifest: dict, index_dir: Path) -> str:
    for key in ("created", "built_at", "created_at"):
        v = manifest.get(key)
        if isinstance(v, (int, float)):
            return datetime.fromtimestamp(v).strftime("%Y-%m-%d %H:%M")
        if isinstance(v, str) and v:
            try:
                return datetime.fromisoformat(v.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
            except ValueError:
                return v
    return datetime.fromtimestamp(index_dir.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


@st.cache_resource(show_spinner=False, max_entries=2)
def load_index_view(index_dir: str) -> IndexView:
    """Read the live chunks and manifest.json of one (immutable) index version, without faiss."""
    from ingest.index import read_live_chunks

    d = Path(index_dir)
    try:
        manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        manifest = {}
    by_id: dict[str, Chunk] = {}
    by_page: dict[tuple[str, int], list[Chunk]] = {}
    try:
        for c in read_live_chunks(d, manifest):
            by_id[c.chunk_id] = c
            by_page.setdefault((c.source, c.page), []).append(c)
    except (OSError, ValueError, TypeError, KeyError) as e:  # json.JSONDecodeError is a ValueError
        raise DomainbotError(f"{d}: cannot read the index ({e})")
    return IndexView(
        path=d,
        documents=len({c.source for c in by_id.values()}),
        chunks=len(by_id),
        built_at=_built_at(manifest, d),
        by_id=by_id,
        by_page=by_page,
        roots=_manifest_roots(manifest),
        redacted=_manifest_redacted(manifest),
    )


def has_adapter(ws: Workspace, name: str | None = None) -> bool:
    """Same test as chatbot.models.load_generator: a trained PEFT adapter folder."""
    name = name or os.environ.get("DOMAINBOT_ADAPTER", "default")
    return (ws.adapter_dir(name) / "adapter_config.json").is_file()


# ---------------------------------------------------------------- page images


def training_status(ws: Workspace, name: str | None = None) -> dict | None:
    """The progress file `domainbot train` keeps (status, step, max_steps, eta_s, loss), or None when no
    training ran; a finished run older than a minute is no longer news."""
    import json
    import time

    name = name or os.environ.get("DOMAINBOT_ADAPTER", "default")
    try:
        status = json.loads((ws.adapters_dir / f"{name}.progress.json").read_text())
    except (OSError, ValueError):
        return None
    age = time.time() - float(status.get("updated", status.get("started", 0)) or 0)
    if (status.get("status") == "done" and age > 60) or age > 600:  # old news, or a run that died
        return None
    return status


def pdftoppm_available() -> bool:
    return shutil.which("pdftoppm") is not None


@st.cache_data(show_spinner=False, max_entries=128)
def render_page_png(pdf_path: str, page: int, mtime: float, dpi: int = 80) -> bytes | None:
    """One PDF page as PNG via poppler's pdftoppm; None when it fails. mtime is part of the cache key."""
    del mtime
    with tempfile.TemporaryDirectory(prefix="domainbot-page-") as tmp:
        out = Path(tmp) / "page"
        try:
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", pdf_path, str(out)],
                check=True,
                capture_output=True,
                timeout=30,
            )
            return out.with_suffix(".png").read_bytes()
        except (OSError, subprocess.SubprocessError):
            return None


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
