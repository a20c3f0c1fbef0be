"""The architecture's one rule: imports point down the layers ui -> chatbot -> ingest -> core, and inside
chatbot/ down its jobs: cli -> serving -> training -> models -> answer.

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
    bad.write_text("def f():\n    from chatbot.answer.engine import Engine\n")
    assert imported_packages(bad) == [(2, "chatbot")]


def test_every_layer_is_packaged_and_copied_into_the_image():
    """A new layer must reach the wheel (pyproject) and the Docker image, or `pip install .` and the
    container would miss it."""
    pyproject = (ROOT / "pyproject.toml").read_text()
    dockerfile = (ROOT / "Dockerfile").read_text()
    for layer in LAYERS:
        assert f'"{layer}*"' in pyproject, layer
        assert f"COPY {layer} ./{layer}" in dockerfile, layer


# chatbot/ grouped by job, bottom to top: answering needs no model loader; models hold the Runtime that
# assembles an answer engine; training uses both; serving exposes them; cli.py sits on top.
CHATBOT_JOBS = ["answer", "models", "training", "serving", "cli"]


def chatbot_job(path: Path) -> str:
    rel = path.relative_to(ROOT / "chatbot")
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def imported_jobs(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] if node.module != "chatbot" else [f"chatbot.{a.name}" for a in node.names]
        found += [(node.lineno, name.split(".")[1]) for name in names
                  if name.startswith("chatbot.") and len(name.split(".")) > 1]
    return found


def test_chatbot_jobs_point_down():
    wrong = []
    for path in sorted((ROOT / "chatbot").rglob("*.py")):
        if path.name == "__init__.py" and path.parent == ROOT / "chatbot":
            continue
        job = chatbot_job(path)
        assert job in CHATBOT_JOBS, f"{path.relative_to(ROOT)}: chatbot/ holds only {CHATBOT_JOBS}"
        allowed = CHATBOT_JOBS[: CHATBOT_JOBS.index(job) + 1]
        wrong += [f"{path.relative_to(ROOT)}:{line} imports chatbot.{imp}"
                  for line, imp in imported_jobs(path) if imp not in allowed]
    assert not wrong, "chatbot/ jobs import only their own and lower ones:\n" + "\n".join(wrong)


def test_the_job_rule_catches_an_upward_import(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("def f():\n    from chatbot.serving.api import serve\n")
    assert imported_jobs(bad) == [(2, "serving")]


# chatbot/answer/verify/ along its seams, bottom to top: each module imports only those before it, and
# no module reaches into another's private (underscore) names: what is shared is public.
VERIFY_MODULES = ["config", "tables", "lay", "terms", "pieces", "parts", "question", "sections", "scoring", "scope", "silence", "premise", "exception", "support", "verdict"]


def verify_imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) of each `from chatbot.answer.verify.<module> import names` in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [(node.lineno, node.module.rsplit(".", 1)[1], [a.name for a in node.names]) for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
            and node.module.startswith("chatbot.answer.verify.")]


def test_verify_modules_point_down_and_share_only_public_names():
    package = ROOT / "chatbot" / "answer" / "verify"
    assert sorted(p.stem for p in package.glob("*.py")) == sorted(VERIFY_MODULES + ["__init__"])
    wrong = []
    for name in VERIFY_MODULES:
        for line, imported, names in verify_imports(package / f"{name}.py"):
            if VERIFY_MODULES.index(imported) >= VERIFY_MODULES.index(name):
                wrong.append(f"verify/{name}.py:{line} imports {imported} (only {VERIFY_MODULES[:VERIFY_MODULES.index(name)]})")
            wrong += [f"verify/{name}.py:{line} imports the private {n} from {imported}" for n in names if n.startswith("_")]
    assert not wrong, "\n".join(wrong)


def test_answer_modules_stay_readable():
    """A module of chatbot/answer/ over 28 KiB is split along a seam (verify/ was; abstract.py lent clauses.py)."""
    big = [f"{p.relative_to(ROOT)}: {p.stat().st_size} bytes" for p in sorted((ROOT / "chatbot" / "answer").rglob("*.py"))
           if p.stat().st_size >= 28 * 1024]
    assert not big, "\n".join(big)


def test_the_verify_rule_catches_an_upward_import(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("from chatbot.answer.verify.verdict import _secret\n")
    assert verify_imports(bad) == [(1, "verdict", ["_secret"])]
