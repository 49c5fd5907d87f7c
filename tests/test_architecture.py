"""Dependencies point inward: a walk over every import in the package keeps it so."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "yjfield"

# For each layer: what it may not import (prefix match on the module name).
FORBIDDEN = {
    "domain": ("PySide6", "sqlcipher3", "sqlite3", "httpx", "fastapi", "psycopg", "uvicorn",
               "yjfield.store", "yjfield.sync", "yjfield.app", "yjfield.ui", "yjfield.server"),
    "store": ("PySide6", "httpx", "fastapi", "psycopg", "uvicorn", "yjfield.sync",
              "yjfield.app", "yjfield.ui", "yjfield.server"),
    "sync": ("PySide6", "sqlcipher3", "fastapi", "yjfield.app", "yjfield.ui", "yjfield.server"),
    "app": ("PySide6", "yjfield.ui", "yjfield.server"),
    "ui": ("sqlcipher3", "sqlite3", "httpx", "psycopg", "yjfield.store", "yjfield.sync",
           "yjfield.server"),
    "server": ("PySide6", "sqlcipher3", "yjfield.store", "yjfield.sync", "yjfield.app",
               "yjfield.ui"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_inward(layer: str) -> None:
    offences = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offences == []


def test_the_walk_sees_imports() -> None:
    assert "yjfield.domain.base" in _imports(PACKAGE / "domain" / "kinds.py")
