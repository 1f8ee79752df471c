"""The long option strings of `vllm serve`, read from a vLLM wheel without installing or importing it.

Usage: python tools/vllm_serve_flags.py vllm-0.33.0-*.whl  (prints one flag a line, sorted)

`vllm serve`'s parser (vllm/entrypoints/common/cli_args.py make_arg_parser) is built from:
- the literal `add_argument("--x", ...)` calls of make_arg_parser and of EngineArgs/AsyncEngineArgs
  .add_cli_args (vllm/engine/arg_utils.py);
- one `--<field-name>` per field of BaseFrontendArgs and FrontendArgs (cli_args.py add_cli_args:
  `f"--{key.replace('_', '-')}"`).
Negative forms (`--no-x` of BooleanOptionalAction, `--disable-x` of EnableDisableAction) are not
listed: the construct resolves them through the positive flag (engines/vllm_flags.py).
"""

from __future__ import annotations

import ast
import sys
import zipfile

ENGINE_ARGS = "vllm/engine/arg_utils.py"
FRONTEND_ARGS = "vllm/entrypoints/common/cli_args.py"
FRONTEND_CLASSES = ("BaseFrontendArgs", "FrontendArgs")


def _literal_flags(tree: ast.AST, functions: tuple[str, ...]) -> set[str]:
    flags: set[str] = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef) or function.name not in functions:
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add_argument":
                for argument in node.args:
                    if (
                        isinstance(argument, ast.Constant)
                        and isinstance(argument.value, str)
                        and argument.value.startswith("--")
                    ):
                        flags.add(argument.value)
    return flags


def _frontend_fields(tree: ast.AST) -> set[str]:
    flags: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name in FRONTEND_CLASSES:
            for statement in node.body:
                if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                    name = statement.target.id
                    if not name.startswith("_") and "ClassVar" not in ast.unparse(statement.annotation):
                        flags.add("--" + name.replace("_", "-"))
    return flags


def serve_flags(wheel: str) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        engine = ast.parse(archive.read(ENGINE_ARGS))
        frontend = ast.parse(archive.read(FRONTEND_ARGS))
    flags = _literal_flags(engine, ("add_cli_args",)) | _literal_flags(frontend, ("make_arg_parser",))
    flags |= _frontend_fields(frontend)
    flags.add("--help")  # argparse's own
    return sorted(flags)


if __name__ == "__main__":
    print("\n".join(serve_flags(sys.argv[1])))
