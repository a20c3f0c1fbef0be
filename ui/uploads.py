"""PDFs uploaded in the chat app: stored under a name no other upload can take, ingested with the
workspace's own settings (its collection, its redaction, its chunking and embedder).

Each collection gets its own folder, workspace/uploads/<collection>/: an ingest sweeps the folder it
is given, so one folder per collection keeps an upload to `hr` from moving the `legal` uploads.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from core.config import DEFAULT_COLLECTION, DomainbotError, IngestConfig, Workspace
from ingest.manifest import Manifest

HASH_CHARS = 12  # of the content's sha256, in the stored name: two different files never share a name
CARRIED = ("embedder", "quantize", "chunk_size", "chunk_overlap")  # manifest settings an upload keeps


def safe_stem(name: str) -> str:
    """A plain file stem: no folders, no odd characters (it is written into the workspace)."""
    return re.sub(r"[^A-Za-z0-9._ -]+", "_", Path(name).stem).strip(" .")[:120] or "upload"


def stored_name(name: str, data: bytes) -> str:
    """'My Lease (v2).pdf' -> 'My Lease _v2_-3f9a0c1b2d4e.pdf': the original name plus a content hash."""
    return f"{safe_stem(name)}-{hashlib.sha256(data).hexdigest()[:HASH_CHARS]}.pdf"


def upload_folder(ws: Workspace, collection: str) -> Path:
    return ws.root / "uploads" / collection


def store_upload(folder: Path, name: str, data: bytes) -> Path:
    """Write one upload into `folder` under its stored name; never replaces a different file.

    The same file uploaded again maps to the same name and is left as it is. The bytes go to a
    temporary file first and are linked into place (link fails if the name exists), so a reader never
    sees half a PDF and two uploads racing for one name cannot overwrite each other.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / stored_name(name, data)
    tmp = folder / f".{path.name}.tmp-{os.getpid()}"
    try:
        with open(tmp, "wb") as f:
            f.write(data)
        try:
            os.link(tmp, path)
        except FileExistsError:
            if path.read_bytes() != data:  # a different file under this hash prefix: keep both apart, refuse
                raise DomainbotError(f"{path.name}: another file is stored under this name; not replaced") from None
    finally:
        tmp.unlink(missing_ok=True)
    return path


def workspace_redacts(manifest: Manifest | None) -> bool:
    """A workspace ingested with --redact records it per file in the live manifest ("redacted": true)."""
    return manifest is not None and any(isinstance(e, dict) and e.get("redacted") for _, _, e in manifest.file_entries())


def upload_config(ws: Workspace, collection: str | None = None, redact: bool = False) -> IngestConfig:
    """The settings uploads are ingested with: the live index's chunking and embedder (another choice
    would re-embed the whole index), the chosen collection, and redaction when `chat --redact` asks
    for it or any document of the workspace was redacted.

    Raises DomainbotError when redaction is due but Presidio is missing: an upload is then refused,
    never indexed unredacted.
    """
    from ingest.index import read_manifest

    manifest = read_manifest(ws)
    redact = redact or workspace_redacts(manifest)
    if redact:
        from ingest.redact import available

        if not available():
            raise DomainbotError("this workspace redacts personal data (--redact) and Presidio is not installed "
                                 "here: uploads are refused (pip install presidio-analyzer presidio-anonymizer)")
    carried = {k: getattr(manifest, k) for k in CARRIED if manifest is not None and getattr(manifest, k) is not None}
    return IngestConfig(collection=collection or DEFAULT_COLLECTION, redact=redact, **carried)
