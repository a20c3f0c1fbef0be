"""Atomic file and folder writes: readers (another process, or this one after a crash) see the old
file or the new one, never half of one."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable, Iterable


def atomic_write_text(path: Path | str, text: str, fsync: bool = True) -> None:
    """Write `text` to a temporary file beside `path` (same filesystem), fsync it, then rename it
    over `path`. The temporary name carries the pid, so two processes never share one."""
    atomic_write_lines(path, [text], fsync=fsync)


def atomic_write_jsonl(path: Path | str, rows: Iterable[dict], fsync: bool = True) -> None:
    """One JSON object per line, written atomically (rows are streamed, not held in memory)."""
    atomic_write_lines(path, (json.dumps(r, ensure_ascii=False) + "\n" for r in rows), fsync=fsync)


def atomic_write_lines(path: Path | str, pieces: Iterable[str], fsync: bool = True) -> None:
    path = Path(path)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            for piece in pieces:
                f.write(piece)
            if fsync:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def build_folder_once(out: Path, build: Callable[[Path], None], done: str = "model.bin") -> bool:
    """Build folder `out` once: `build(tmp)` writes into a temporary folder beside it, which is renamed
    into place when complete, under a file lock (several processes may ask for the same folder at
    once; a crash leaves no half-written folder). `done` names a file every complete folder holds.
    Returns True when this call built it, False when it was already there."""
    import fcntl
    import shutil

    out = Path(out)
    if (out / done).is_file():
        return False
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.parent / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be building the same folder
        if (out / done).is_file():
            return False
        tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            build(tmp)
            os.replace(tmp, out)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return True


def publish_folder(new: Path, target: Path, keep: tuple[str, ...] = ()) -> Path:
    """Make the complete folder `new` live as `target` in one rename, like the index's CURRENT file.

    `target` is a symlink to a versioned folder beside it (.NAME.v-<time>); the new version gets a
    link of its own, which is renamed over `target`: a reader that opens `target` finds the old
    version or the new one, never neither (two renames of folders left a moment with none). The
    previous version stays for readers still loading it; older ones are removed. `keep` names
    subfolders of the old version that move into the new one (e.g. training checkpoints). A `target`
    that is still a plain folder (written before versions) is moved aside once, then linked.
    Returns the new version's folder.
    """
    import shutil
    import time

    new, target = Path(new), Path(target)
    parent = target.parent
    old = target.resolve() if target.exists() else None
    for name in keep:
        if old is not None and (old / name).exists():
            os.replace(old / name, new / name)
    version = parent / f".{target.name}.v-{time.time_ns()}"
    os.replace(new, version)
    link = parent / f".{target.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    os.symlink(version.name, link)  # relative: the workspace may be moved or mounted elsewhere
    if target.is_dir() and not target.is_symlink():  # a plain folder from before versions
        old = parent / f".{target.name}.v-0-{time.time_ns()}"
        os.replace(target, old)
    os.replace(link, target)  # the one step readers can see
    for stale in parent.glob(f".{target.name}.v-*"):
        if stale not in (version, old):
            shutil.rmtree(stale, ignore_errors=True)
    return version
