"""Invented claims for the analysis tests."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

from riftwatch.analysis.claims import Claim

_ids = itertools.count(1)


def claim(
    a: str,
    b: str,
    event_type: str,
    date: str,
    *,
    mode: str | None = None,
    modality: str = "asserted",
    grade: str = "B2",
    origin: str | None = None,
    doc: str | None = None,
    quote: str | None = None,
    **kw: Any,
) -> Claim:
    """A claim from ``a`` to ``b`` (ids; the name is the id's tail unless given)."""
    n = next(_ids)
    doc_id = doc or f"d{n}"
    return Claim(
        event_id=n,
        doc_id=doc_id,
        source_id=a,
        source_name=kw.pop("source_name", a.split(":")[-1]),
        target_id=b,
        target_name=kw.pop("target_name", b.split(":")[-1]),
        event_type=event_type,
        mode=mode,
        modality=modality,
        date=date,
        quote=quote or f"{event_type.lower()} {n}",
        confidence=kw.pop("confidence", 0.95),
        reliability=grade[0],
        credibility=int(grade[1:]),
        origin=origin or f"doc:{doc_id}",
        **kw,
    )


def alliance(a: str, b: str, years: range, grade: str = "B2") -> list[Claim]:
    """Cooperation reported twice a year by independent, well-graded origins."""
    out = []
    for y in years:
        out.append(claim(a, b, "COOPERATE", f"{y}-03", mode="joint_operations", grade=grade))
        out.append(claim(b, a, "AID", f"{y}-09", mode="sanctuary", grade=grade))
    return out


def write_rows(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """``rows`` of (id, date, text) written as the JSON Lines file ``rows.jsonl`` in
    ``tmp_path`` (the input of ``api.rifts`` and ``api.dyad`` on a file)."""
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}) + "\n"
                            for i, d, t in rows), encoding="utf-8")  # fmt: skip
    return path
