"""checker/ is a strict DAG of small modules: no import cycle, at module level or inside a
function; and no module of checker/, bundler/, postbuild/ or the hooks is over 400 lines, except
generated data (whose header says so)."""

import ast
from pathlib import Path

CHECKER = Path(__file__).resolve().parent.parent / "checker"
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(CHECKER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(CHECKER.rglob("*.py"))}


def imports(name: str) -> set[str]:
    """The checker modules ``name`` imports anywhere in its body, functions included."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[: len(base) - node.level + 1] if node.level else []
            base = ".".join([*base, *([node.module] if node.module else [])])
            # `from . import cli` imports the module cli; `from .rule import Rule` the module rule.
            found.update(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names)
    return {module for module in found if module in MODULES and module != name}


GRAPH = {name: imports(name) for name in MODULES}


def cycles() -> list[list[str]]:
    found, state = [], {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = "open"
        for target in sorted(GRAPH[name]):
            if state.get(target) == "open":
                found.append([*path[path.index(target) :], name, target] if target in path else [name, target])
            elif target not in state:
                visit(target, [*path, name])
        state[name] = "done"

    for name in MODULES:
        if name not in state:
            visit(name, [])
    return found


def test_the_walk_sees_the_imports():
    assert {"checker.rule", "checker.refusal", "checker.languages"} <= GRAPH["checker.verdict"] | GRAPH["checker.rule"]
    assert (
        "checker.rules.shared" in GRAPH["checker.rules.numbers"] and "checker.sources" in GRAPH["checker.rules.numbers"]
    )
    assert "checker.cli" in GRAPH["checker.refusals"]  # `from . import cli`


def test_no_import_cycle():
    found = cycles()
    assert not found, "import cycles: " + "; ".join(" → ".join(cycle) for cycle in found)


def test_no_module_is_long_except_generated_data():
    root = CHECKER.parent
    paths = [*CHECKER.rglob("*.py"), *(root / "bundler").glob("*.py"), *(root / "postbuild").glob("*.py")]
    paths += [*(root / "overrides" / "hooks").glob("*.py")]
    long = {
        str(path.relative_to(root)): lines
        for path in paths
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and not path.read_text(encoding="utf-8").startswith("# GENERATED FILE")
    }
    assert not long, f"over {MAX_LINES} lines (split them): {long}"
