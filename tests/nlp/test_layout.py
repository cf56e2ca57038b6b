"""The language-processing stages stay pure: nothing in ``riftwatch.nlp`` reaches the store.

The runner that codes stored documents (``riftwatch.coding``) joins the two layers; if an
``nlp`` module imported the store, a stage could no longer be re-run alone on plain documents.
"""

from __future__ import annotations

import ast
from pathlib import Path

import riftwatch.nlp

NLP = Path(riftwatch.nlp.__file__).parent
OUTSIDE = ("riftwatch.store", "riftwatch.ingest", "riftwatch.coding", "riftwatch.api",
           "riftwatch.cli", "sqlalchemy")  # fmt: skip


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_nlp_modules_do_not_import_the_store_or_the_layers_above() -> None:
    offenders = {
        f"{path.relative_to(NLP)}: {name}"
        for path in NLP.rglob("*.py")
        for name in _imports(path)
        if name.startswith(OUTSIDE)
    }
    assert not offenders, sorted(offenders)


def test_the_check_sees_an_import_of_the_store(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from riftwatch.store.engine import Store\nimport sqlalchemy\n")
    assert {n for n in _imports(bad) if n.startswith(OUTSIDE)} == {
        "riftwatch.store.engine",
        "sqlalchemy",
    }
