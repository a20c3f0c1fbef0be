"""The architecture's one rule: imports point down the layers ui -> chatbot -> ingest -> core.

Every import in the four packages is read from the source (ast, so imports inside functions count
too) and checked against the layer it comes from."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["core", "ingest", "chatbot", "ui"]  # bottom to top
ALLOWED = {layer: set(LAYERS[: i + 1]) for i, layer in enumerate(LAYERS)}  # itself and everything below


def imported_packages(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
    return [(line, pkg) for line, pkg in found if pkg in LAYERS]


@pytest.mark.parametrize("layer", LAYERS)
def test_imports_point_down(layer):
    wrong = [f"{path.relative_to(ROOT)}:{line} imports {pkg}"
             for path in sorted((ROOT / layer).rglob("*.py"))
             for line, pkg in imported_packages(path) if pkg not in ALLOWED[layer]]
    assert not wrong, f"{layer} may import only {sorted(ALLOWED[layer])}:\n" + "\n".join(wrong)


def test_the_rule_catches_an_upward_import(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("def f():\n    from chatbot.answer import Engine\n")
    assert imported_packages(bad) == [(2, "chatbot")]


def test_every_layer_is_packaged_and_copied_into_the_image():
    """A new layer must reach the wheel (pyproject) and the Docker image, or `pip install .` and the
    container would miss it."""
    pyproject = (ROOT / "pyproject.toml").read_text()
    dockerfile = (ROOT / "Dockerfile").read_text()
    for layer in LAYERS:
        assert f'"{layer}*"' in pyproject, layer
        assert f"COPY {layer} ./{layer}" in dockerfile, layer
