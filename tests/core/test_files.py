"""core/files.py: the adapter folder is swapped in one rename (a symlink to a versioned folder)."""
from __future__ import annotations

import threading

from core.files import publish_folder


def make(folder, text):
    folder.mkdir(parents=True)
    (folder / "adapter_config.json").write_text(text)
    return folder


def test_publish_folder_is_one_rename_and_keeps_checkpoints(tmp_path):
    target = make(tmp_path / "adapters" / "default", "v0")  # a plain folder, as written before versions
    make(target / "checkpoints", "ckpt")
    publish_folder(make(tmp_path / "adapters" / ".default.tmp-1", "v1"), target, keep=("checkpoints",))
    assert target.is_symlink() and (target / "adapter_config.json").read_text() == "v1"
    assert (target / "checkpoints" / "adapter_config.json").read_text() == "ckpt"  # carried over

    seen, errors, stop, reads = set(), [], threading.Event(), [0]

    def read():  # a reader (the server's reload) must always find a complete adapter
        while not stop.is_set():
            try:
                seen.add((target / "adapter_config.json").read_text())
            except OSError as e:  # two renames of folders left a moment with no adapter at all
                errors.append(e)
            reads[0] += 1

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(2, 40):
            # one swap per read at most: the previous version is kept for a reader in the middle of one
            # swap, not of two (adapters are retrained minutes apart, not microseconds)
            before = reads[0]
            for _ in range(1000):
                if reads[0] > before + 1:
                    break
                threading.Event().wait(0.001)
            publish_folder(make(tmp_path / "adapters" / f".default.tmp-{i}", f"v{i}"), target, keep=("checkpoints",))
    finally:
        stop.set()
        reader.join(10)
    assert not errors and (target / "adapter_config.json").read_text() == "v39"
    assert seen <= {f"v{i}" for i in range(1, 40)}
    versions = sorted(p.name for p in target.parent.iterdir() if p.name.startswith(".default.v-"))
    assert len(versions) == 2  # the live one and the previous one (a reader may still be loading it)
    assert not [p for p in target.parent.iterdir() if ".tmp-" in p.name or ".link-" in p.name]
    assert (target / "checkpoints" / "adapter_config.json").read_text() == "ckpt"


def test_hidden_versions_are_not_listed_as_adapters(tmp_path):
    from chatbot.models.load import list_adapters
    from core.config import Workspace

    ws = Workspace(tmp_path / "ws")
    for i in range(2):
        new = make(ws.adapters_dir / f".default.tmp-{i}", "{}")
        (new / "adapter_model.safetensors").write_bytes(b"x")
        publish_folder(new, ws.adapter_dir("default"))
    assert [a.name for a in list_adapters(ws)] == ["default"]
