"""Shared resources for the Streamlit app: the runtime (models, index, engine), index facts, page images.

Everything here is process-wide (@st.cache_resource / @st.cache_data) and never mutated per user;
per-user state (messages, feedback) lives in st.session_state inside ui/app.py. The engine comes
from one chatbot.models.runtime.Runtime per workspace, which reloads it when a new index goes live or the
adapter is retrained.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import streamlit as st

from core.config import DomainbotError, Workspace
from core.schema import Chunk
from ingest.manifest import Manifest


@st.cache_resource(show_spinner=False, max_entries=4)
def get_runtime(ws_root: str, adapter: str, engine_name: str):
    """The app's Runtime for a workspace (`domainbot chat --adapter NAME --engine E` pass these
    through the environment, an edge)."""
    from chatbot.models.runtime import Runtime

    return Runtime(Workspace(ws_root), adapter=adapter, engine_name=engine_name)


def trained_k(ws: Workspace) -> int:
    """How many passages the adapter was trained with (the slider's default; PromptConfig's otherwise)."""
    from chatbot.answer.engine import adapter_prompt

    return adapter_prompt(ws, os.environ.get("DOMAINBOT_ADAPTER", "default")).k


def get_engine(ws: Workspace):
    """The engine that answers now: the runtime's for the live index and adapter (in API mode each
    session holds its own ui.remote.ApiEngine, signed in with the user's key: ui/login.py)."""
    return get_runtime(str(ws.root), os.environ.get("DOMAINBOT_ADAPTER", "default"),
                       os.environ.get("DOMAINBOT_ENGINE", "auto")).engine()


@st.cache_resource(show_spinner=False)
def get_vision():
    """The vision model that describes question images (`domainbot chat --vision-base-url`), or None:
    images are then read by OCR only. In API mode the server reads the images, not the app."""
    from chatbot.models.vision import VisionClient

    return VisionClient.from_settings(os.environ.get("DOMAINBOT_VISION_URL") or None,
                                      os.environ.get("DOMAINBOT_VISION_MODEL") or None,
                                      os.environ.get("DOMAINBOT_VISION_KEY_ENV") or "VISION_API_KEY")


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


def _manifest_roots(manifest: Manifest) -> dict[str, str]:
    """source -> absolute root folder, from the manifest's {"files": {root: {source: entry}}}."""
    out: dict[str, str] = {}
    for root, source, _ in manifest.file_entries():
        out.setdefault(source, root)
    return out


def _manifest_redacted(manifest: Manifest) -> set[str]:
    return {source for _, source, entry in manifest.file_entries() if isinstance(entry, dict) and entry.get("redacted")}


def _built_at(manifest: Manifest, index_dir: Path) -> str:
    # "created" is ISO 8601; a timestamp or the other names come from hand-made workspaces (kept in `extra`)
    for v in (manifest.created, *(manifest.extra.get(k) for k in ("created", "built_at", "created_at"))):
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
        manifest = Manifest.read(d)
    except (OSError, ValueError):  # json.JSONDecodeError is a ValueError
        manifest = Manifest()
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
    """Same test as chatbot.models.load.load_generator: a trained PEFT adapter folder."""
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
    """One PDF page as a compact grey PNG (16 shades: ~90 kB for an A4 page at 120 dpi) via poppler's
    pdftoppm; None when it fails. mtime is part of the cache key."""
    del mtime
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="domainbot-page-") as tmp:
        out = Path(tmp) / "page"
        try:
            subprocess.run(
                ["pdftoppm", "-png", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                 pdf_path, str(out)],
                check=True,
                capture_output=True,
                timeout=30,
            )
            buf = io.BytesIO()
            Image.open(out.with_suffix(".png")).convert("L").quantize(16).save(buf, "PNG", optimize=True)
            return buf.getvalue()
        except (OSError, subprocess.SubprocessError):
            return None


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
