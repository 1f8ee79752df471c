"""Walk the synthesis as its next maintainer reads it: from `main` of synth/cli.py, into every function
of the library it calls, in the order the calls are written (depth first, each function once).

    python tools/walk.py [--verbose] [--entry ai_workloads.synth.cli:main]

Prints `stops S, files F, returns R (R/S per stop)`: a stop is a function entered; a return is a stop in a
file the walk has already left once (the reader goes back to a file seen before). Calls are resolved by
reading the source (AST), not by running it: a name imported from ai_workloads (at module level or in the
function), a function or class of the same module, `module.function` through an imported module, and
`self.method` / `Class.method` in the same class. A class call enters its `__init__`. Anything else
(standard library, third-party packages, values passed in) is not followed.
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

LIBRARY = Path(__file__).resolve().parent.parent / "constructs"
PACKAGE = "ai_workloads"


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = field(default_factory=dict)
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    imports: dict[str, str] = field(default_factory=dict)  # local name -> "module:attr" or "module"


def module_path(name: str) -> Path | None:
    base = LIBRARY.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


_modules: dict[str, Module | None] = {}


def load(name: str) -> Module | None:
    if name not in _modules:
        path = module_path(name) if name.split(".")[0] == PACKAGE else None
        if path is None:
            _modules[name] = None
        else:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            module = Module(name, path, tree)
            for node in tree.body:
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    module.functions[node.name] = node
                elif isinstance(node, ast.ClassDef):
                    module.classes[node.name] = node
            module.imports = imports_in(tree, name, path)
            _modules[name] = module
    return _modules[name]


def imports_in(node: ast.AST, module: str, path: Path) -> dict[str, str]:
    """Every `import`/`from ... import` below `node` (module level and in functions alike)."""
    found: dict[str, str] = {}
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for item in ast.walk(node):
        if isinstance(item, ast.ImportFrom):
            source = item.module or ""
            if item.level:
                base = package.split(".")[: len(package.split(".")) - item.level + 1]
                source = ".".join([*base, source] if source else base)
            for alias in item.names:
                target = f"{source}.{alias.name}"
                found[alias.asname or alias.name] = target if module_path(target) else f"{source}:{alias.name}"
        elif isinstance(item, ast.Import):
            for alias in item.names:
                found[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
    return found


def resolve(target: str) -> tuple[Module, ast.AST, str] | None:
    """`module:attr` -> (module, function or class node, qualified name), following re-exports."""
    for _ in range(5):
        module_name, _, attr = target.partition(":")
        module = load(module_name)
        if module is None or not attr:
            return None
        if attr in module.functions:
            return module, module.functions[attr], attr
        if attr in module.classes:
            return module, module.classes[attr], attr
        if attr not in module.imports:
            return None
        target = module.imports[attr]
    return None


def method(cls: ast.ClassDef, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    for node in cls.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            return node
    return None


def tainted_names(function: ast.AST, carried: set[str]) -> set[str]:
    """The names in `function` that hold a value derived from `carried` (its parameters that received the
    argument): assignments, `for` targets and `with ... as` from an expression naming one, to a fixed point."""
    names = set(carried)
    while True:
        before = len(names)
        for node in ast.walk(function):
            sources: list[tuple[ast.AST, list[ast.AST]]] = []
            if isinstance(node, ast.Assign):
                sources.append((node.value, node.targets))
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and node.value is not None:
                sources.append((node.value, [node.target]))
            elif isinstance(node, (ast.For, ast.comprehension)):
                sources.append((node.iter, [node.target]))
            elif isinstance(node, ast.withitem) and node.optional_vars is not None:
                sources.append((node.context_expr, [node.optional_vars]))
            elif isinstance(node, ast.NamedExpr):
                sources.append((node.value, [node.target]))
            for value, targets in sources:
                if mentions(value, names):
                    for target in targets:
                        names |= {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
                        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                            names.add(target.value.id)  # args.argocd = ... : args carries it
        if len(names) == before:
            return names


def mentions(node: ast.AST, names: set[str]) -> bool:
    return any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(node))


def received(callee: ast.AST, call: ast.Call, names: set[str], bound: bool) -> set[str]:
    """The parameters of `callee` that receive a value derived from `names` at `call`."""
    if not isinstance(callee, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return set()
    arguments = callee.args
    positional = [a.arg for a in [*arguments.posonlyargs, *arguments.args]][1 if bound else 0 :]
    carried = set()
    for index, argument in enumerate(call.args):
        if mentions(argument, names):
            if index < len(positional):
                carried.add(positional[index])
            elif arguments.vararg is not None:
                carried.add(arguments.vararg.arg)
    for keyword in call.keywords:
        if mentions(keyword.value, names):
            carried.add(keyword.arg or (arguments.kwarg.arg if arguments.kwarg else ""))
    if bound and (isinstance(call.func, ast.Attribute) and mentions(call.func.value, names)):
        carried.add("self")
    return carried


def calls_of(
    module: Module, function: ast.AST, cls: ast.ClassDef | None, carried: set[str]
) -> list[tuple[Module, ast.AST, str, ast.ClassDef | None, set[str]]]:
    """The library functions `function` calls with a value derived from `carried`, in source order."""
    local = {**module.imports, **imports_in(function, module.name, module.path)}
    names = tainted_names(function, carried)
    calls = sorted((n for n in ast.walk(function) if isinstance(n, ast.Call)), key=lambda n: (n.lineno, n.col_offset))
    # `with X(...)` enters X.__enter__ as well as __init__
    entered = {id(item.context_expr) for n in ast.walk(function) if isinstance(n, ast.With) for item in n.items}
    found = []
    for call in calls:
        if not any(
            mentions(argument, names) for argument in [*call.args, *(k.value for k in call.keywords), call.func]
        ):
            continue
        callee = call.func
        target: tuple[Module, ast.AST, str] | None = None
        owner: ast.ClassDef | None = None
        if isinstance(callee, ast.Name):
            name = callee.id
            if name in module.functions:
                target = (module, module.functions[name], name)
            elif name in module.classes:
                target = (module, module.classes[name], name)
            elif name in local and ":" in local[name]:
                target = resolve(local[name])
        elif isinstance(callee, ast.Attribute) and isinstance(callee.value, ast.Name):
            base = callee.value.id
            if base in ("self", "cls") and cls is not None:
                node = method(cls, callee.attr)
                if node is not None:
                    target, owner = (module, node, f"{cls.name}.{callee.attr}"), cls
            elif base in module.classes:
                node = method(module.classes[base], callee.attr)
                if node is not None:
                    target, owner = (module, node, f"{base}.{callee.attr}"), module.classes[base]
            elif base in local and ":" not in local[base]:
                target = resolve(f"{local[base]}:{callee.attr}")
            elif base in local:  # Class.method through an import
                resolved = resolve(local[base])
                if resolved and isinstance(resolved[1], ast.ClassDef):
                    node = method(resolved[1], callee.attr)
                    if node is not None:
                        target, owner = (resolved[0], node, f"{resolved[2]}.{callee.attr}"), resolved[1]
        if target is None:
            continue
        tmod, tnode, tname = target
        if isinstance(tnode, ast.ClassDef):
            for special in ("__init__", "__enter__") if id(call) in entered else ("__init__",):
                node = method(tnode, special)
                if node is not None:
                    found.append(
                        (tmod, node, f"{tname}.{special}", tnode, received(node, call, names, True) | {"self"})
                    )
            continue
        bound = owner is not None and not any(
            isinstance(d, ast.Name) and d.id == "staticmethod" for d in getattr(tnode, "decorator_list", [])
        )
        found.append((tmod, tnode, tname, owner, received(tnode, call, names, bound)))
    return found


def walk(entry: str) -> list[tuple[str, str]]:
    """(file, function) of every stop, in the order read."""
    resolved = resolve(entry)
    if resolved is None:
        raise SystemExit(f"walk: {entry}: not found")
    stops: list[tuple[str, str]] = []
    seen: set[int] = set()

    def visit(module: Module, node: ast.AST, name: str, cls: ast.ClassDef | None, carried: set[str]) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        stops.append((str(module.path.relative_to(LIBRARY / PACKAGE)), name))
        for callee in calls_of(module, node, cls, carried):
            visit(*callee)

    entry_node = resolved[1]
    assert isinstance(entry_node, (ast.FunctionDef, ast.AsyncFunctionDef)), entry
    visit(*resolved, None, {a.arg for a in entry_node.args.args[:1]})
    return stops


def count(stops: list[tuple[str, str]]) -> tuple[int, int, int]:
    """(stops, files, returns)."""
    left: set[str] = set()
    returns = 0
    previous: str | None = None
    for file, _ in stops:
        if file != previous:
            if file in left:
                returns += 1
            if previous is not None:
                left.add(previous)
        previous = file
    return len(stops), len({file for file, _ in stops}), returns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entry", default=f"{PACKAGE}.synth.cli:main")
    parser.add_argument("--verbose", action="store_true", help="list every stop")
    args = parser.parse_args(argv)
    stops = walk(args.entry)
    if args.verbose:
        for file, name in stops:
            print(f"{file}:{name}")
    total, files, returns = count(stops)
    print(f"stops {total}, files {files}, returns {returns} ({returns / total:.2f} per stop; target <= 0.25)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
