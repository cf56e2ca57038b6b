"""benchmarks/results.md: each benchmark script owns one ``## name`` section of it."""

from __future__ import annotations

import os
from pathlib import Path

RESULTS = Path(__file__).resolve().with_name("results.md")


def shared_dir() -> Path:
    """``../shared`` beside the checkout (or beside the folder of a git worktree), or the
    folder named by ``RIFTWATCH_SHARED``."""
    if os.environ.get("RIFTWATCH_SHARED"):
        return Path(os.environ["RIFTWATCH_SHARED"])
    repo = Path(__file__).resolve().parents[1]
    for base in (repo.parent, repo.parent.parent):
        if (base / "shared").is_dir():
            return base / "shared"
    return repo.parent / "shared"


def write_section(name: str, body: str, path: Path = RESULTS) -> None:
    """Replace (or append) the ``## name`` section of results.md, keeping the others."""
    text = path.read_text("utf-8") if path.exists() else "# Benchmark results\n\n"
    marker = f"## {name}\n"
    if marker in text:
        start = text.index(marker)
        nxt = text.find("\n## ", start + len(marker))
        text = text[:start] + body.rstrip() + "\n" + (text[nxt:] if nxt != -1 else "")
    else:
        text = text.rstrip() + "\n\n" + body.rstrip() + "\n"
    path.write_text(text, "utf-8")
