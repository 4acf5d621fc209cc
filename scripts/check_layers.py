"""Check the package's layering: no import circle between modules, and no module importing
from a layer above its own.

Reads every ``import`` statement of ``workbench/`` (also those inside functions and under
``TYPE_CHECKING``: a hidden upward import is still a knot) and prints each circle and each
upward import; exits 1 if there is any:
``python scripts/check_layers.py``. Its tests (tests/test_layers.py) call :func:`main` on
the repository and on a small package with a planted circle and upward import.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = "workbench"
REPOSITORY = Path(__file__).resolve().parent.parent

# Lower layers first. A module may import its own layer and any layer below it, never one
# above. A module's layer is that of the longest prefix listed here ("workbench" alone is
# only the package's __init__: a module listed nowhere is an error, not a silent layer 4).
LAYERS: list[tuple[str, ...]] = [
    # 0: vocabulary and rules every layer shares
    (
        "workbench.errors",
        "workbench.version",
        "workbench.rules",
        "workbench.events",
        "workbench.units",
        "workbench.resources",
        "workbench.progress",
    ),
    # 1: pure parts: SQL, statistics, file formats, language tools, privacy rules
    (
        "workbench.store",
        "workbench.analysis",
        "workbench.formats",
        "workbench.ingest",
        "workbench.privacy",
        "workbench.nlp",
    ),
    # 2: the core: connection, acting user, writes, settings, cached frames
    ("workbench.core",),
    # 3: domain modules over the core
    (
        "workbench.codebook",
        "workbench.coding",
        "workbench.coding_import",
        "workbench.segmentation",
        "workbench.retrieval",
        "workbench.imports",
        "workbench.survey_import",
        "workbench.transcript_import",
        "workbench.attributes",
        "workbench.document_import",
        "workbench.media",
        "workbench.transcribe",
        "workbench.design",
        "workbench.estimation",
        "workbench.figures",
        "workbench.samples",
        "workbench.procedure",
        "workbench.joint",
        "workbench.matrices",
        "workbench.browse",
        "workbench.assist",
        "workbench.export",
        "workbench.small_cells",
        "workbench.sample_frames",
        "workbench.qdpx_import",
        "workbench.accounts",
        "workbench.projects_folder",
        "workbench.members",
    ),
    # 4: the facade (the package's __init__ re-exports it)
    ("workbench.project", "workbench.namespaces", "workbench"),
    # 5: the command line
    (
        "workbench.cli",
        "workbench.cli_accounts",
        "workbench.cli_assist",
        "workbench.cli_llm",
        "workbench.cli_matrices",
        "workbench.cli_base",
        "workbench.cli_coding",
        "workbench.cli_members",
        "workbench.cli_figures",
        "workbench.cli_project",
        "workbench.cli_samples",
        "workbench.cli_text",
        "workbench.__main__",
        "workbench.demo",
    ),
]


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, name: str, is_package: bool, top: str = PACKAGE) -> set[str]:
    """The modules of package ``top`` that ``path`` imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    package = name if is_package else name.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            # `from pkg import name`: the submodule pkg.name if there is one, else pkg
            found.update(f"{stem}.{alias.name}" for alias in node.names)
    return {m for m in found if m == top or m.startswith(top + ".")}


def layer_of(name: str, layers: list[tuple[str, ...]] | None = None, package: str = PACKAGE) -> int:
    """The layer of module ``name``: that of the longest listed prefix. The package itself
    names only its ``__init__``, so a new module that no entry lists stops the check."""
    best, level = -1, -1
    for index, prefixes in enumerate(LAYERS if layers is None else layers):
        for prefix in prefixes:
            below = name.startswith(prefix + ".") and prefix != package
            if (name == prefix or below) and len(prefix) > best:
                best, level = len(prefix), index
    if level < 0:
        raise SystemExit(f"{name}: in no layer; add it to LAYERS in {__file__}")
    return level


def graph(root: Path, package: str = PACKAGE) -> dict[str, set[str]]:
    modules: dict[str, Path] = {}
    for path in sorted((root / package).rglob("*.py")):
        modules[module_name(path, root)] = path
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for target in imports_of(path, name, path.name == "__init__.py", package):
            while target not in modules and "." in target:
                target = target.rsplit(".", 1)[0]  # `from pkg import name`: pkg itself
            if target in modules and target != name:
                targets.add(target)
        edges[name] = targets
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), ignoring a package's
    imports of its own submodules (``__init__`` re-exporting them is no circle)."""

    def own(source: str, target: str) -> bool:
        return target.startswith(source + ".")

    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on.add(node)
        for nxt in sorted(edges[node]):
            if own(node, nxt):
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def main(
    root: Path = REPOSITORY, package: str = PACKAGE, layers: list[tuple[str, ...]] | None = None
) -> int:
    """Print every circle and upward import among the modules of ``package`` under
    ``root`` (layers: ``LAYERS`` unless given); 1 if there is any, or no module at all
    (a wrong folder must not pass), else 0."""
    edges = graph(root, package)
    if not edges:
        print(f"no modules in {root / package}")
        return 1
    problems = 0
    for group in circles(edges):
        problems += 1
        print(f"circle of {len(group)} modules: {', '.join(group)}")
    for source in sorted(edges):
        for target in sorted(edges[source]):
            low, high = layer_of(source, layers, package), layer_of(target, layers, package)
            if high > low and not target.startswith(source + "."):
                problems += 1
                print(f"upward import: {source} (layer {low}) imports {target} (layer {high})")
    print(f"{len(edges)} modules, {sum(map(len, edges.values()))} imports, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
