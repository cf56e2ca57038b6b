"""benchmarks/results.md: each benchmark script owns one ``## name`` section of it."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().with_name("results.md")


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
