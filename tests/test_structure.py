"""An architecture a newcomer can hold in their head: no module too big to read, no import cycles.

Both are read from the source (ast, so imports inside functions count too), like tests/test_layers.py."""
import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["core", "ingest", "chatbot", "ui"]
MAX_MODULE_BYTES = 28 * 1024

# being split in issue 23: the lead empties this list as the splits land
KNOWN_OFFENDERS: set[str] = set()  # modules or cycles allowed while a split is under way (none now)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules_under(root: Path, packages: list[str]) -> dict[str, Path]:
    return {module_name(p, root): p for pkg in packages for p in sorted((root / pkg).rglob("*.py"))}


def imported_modules(path: Path, name: str, known: dict[str, Path]) -> set[str]:
    """The known modules `path` (module `name`) imports, anywhere in it. `from package import name`
    counts as importing the submodule when `name` is one, else the package itself. Imports under
    `if TYPE_CHECKING:` are left out: they never run (annotations naming the other side of a seam)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", getattr(block.test, "attr", "")) == "TYPE_CHECKING"
                   for stmt in block.body for n in ast.walk(stmt)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the module's package, one level up per extra dot
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [f"{module}.{alias.name}" if f"{module}.{alias.name}" in known else module
                       for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:  # "chatbot.training.pairs.text.x" -> the longest known module
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph(root: Path, packages: list[str]) -> dict[str, set[str]]:
    known = modules_under(root, packages)
    return {name: imported_modules(path, name, known) for name, path in known.items()}


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    return sorted(cycles)


def test_no_module_is_too_big():
    big = [f"{p.relative_to(ROOT).as_posix()}: {p.stat().st_size / 1024:.1f} kB"
           for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))
           if p.stat().st_size > MAX_MODULE_BYTES and p.relative_to(ROOT).as_posix() not in KNOWN_OFFENDERS]
    assert not big, f"modules over {MAX_MODULE_BYTES // 1024} kB (split them along their seams):\n" + "\n".join(big)


def test_no_import_cycles():
    known = modules_under(ROOT, PACKAGES)
    cycles = [c for c in import_cycles(import_graph(ROOT, PACKAGES)) if " <-> ".join(c) not in KNOWN_OFFENDERS]
    assert not cycles, "import cycles (move the shared piece to the module that owns it):\n" + "\n".join(
        " <-> ".join(known[m].relative_to(ROOT).as_posix() for m in c) for c in cycles)


def test_known_offenders_are_still_offending():
    """An entry fixed by a split must leave KNOWN_OFFENDERS, or it would hide a relapse."""
    cycles = {" <-> ".join(c) for c in import_cycles(import_graph(ROOT, PACKAGES))}

    def still_offends(offender: str) -> bool:
        if "<->" in offender:
            return offender in cycles
        return (ROOT / offender).is_file() and (ROOT / offender).stat().st_size > MAX_MODULE_BYTES

    stale = sorted(o for o in KNOWN_OFFENDERS if not still_offends(o))
    assert not stale, f"no longer offending, remove from KNOWN_OFFENDERS: {stale}"


def test_the_cycle_finder_catches_a_planted_cycle(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg.sub import b\n")  # `from package import module`
    (pkg / "sub" / "b.py").write_text("def f():\n    from .c import g\n")  # relative, inside a function
    (pkg / "sub" / "c.py").write_text("import pkg.a\n")
    (pkg / "d.py").write_text("from pkg.a import x\nfrom pkg import sub\n")  # imports into the cycle, not part of it
    (pkg / "e.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.d import y\n")
    (pkg / "f.py").write_text("import typing\nif typing.TYPE_CHECKING:\n    import pkg.e\nimport pkg.d\n")
    graph = import_graph(tmp_path, ["pkg"])
    assert graph["pkg.a"] == {"pkg.sub.b"} and graph["pkg.sub.b"] == {"pkg.sub.c"}
    assert graph["pkg.d"] == {"pkg.a", "pkg.sub"}
    assert graph["pkg.e"] == set() and graph["pkg.f"] == {"pkg.d"}  # annotation-only imports never run
    assert import_cycles(graph) == [["pkg.a", "pkg.sub.b", "pkg.sub.c"]]


@pytest.mark.parametrize("edges, cycles", [
    ({"a": {"b"}, "b": set()}, []),
    ({"a": {"b"}, "b": {"a"}, "c": {"a"}}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"e"}, "e": {"d"}}, [["a", "b", "c"], ["d", "e"]]),
])
def test_import_cycles(edges, cycles):
    assert import_cycles(edges) == cycles


def test_the_readme_is_short_and_its_links_resolve():
    """A newcomer reads the README in minutes: at most 20 kB, details in docs/ behind links that work."""
    readme = ROOT / "README.md"
    assert readme.stat().st_size <= 20 * 1024, f"README.md is {readme.stat().st_size} bytes: move detail to docs/"
    broken = []
    for page in [readme, *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)\s#]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            if not (page.parent / target).exists():
                broken.append(f"{page.relative_to(ROOT)} -> {target}")
    assert not broken, "links to missing files:\n" + "\n".join(broken)
