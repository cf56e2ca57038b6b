"""The invented dissent corpus of the rift tests (``tests/analysis/test_rift_dissent_store.py``)
and of the briefing's (``tests/report/test_report_dissent.py``): a tie between two invented
groups, its break told by several well-graded documents, and an official who calls the break
wishful thinking."""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path

DOCS = [
    ("a1", "2010-03-01", "B", 2, "The Red Hand Brigade pledged allegiance to the Iron Front."),
    ("a2", "2011-05-01", "B", 2, "The Iron Front gave shelter to fighters of the Red Hand "
     "Brigade."),
    ("a3", "2012-06-01", "B", 2, "The Red Hand Brigade and the Iron Front carried out joint "
     "operations in the valley."),
    ("b1", "2015-02-01", "A", 2, "The Red Hand Brigade split from the Iron Front, commanders "
     "said."),
    ("b2", "2015-03-01", "B", 2, "The Red Hand Brigade renounced its allegiance to the Iron "
     "Front."),
    ("b3", "2015-04-01", "B", 2, "Fighters of the Red Hand Brigade clashed with the Iron Front "
     "near the border."),
    ("sk", "2015-05-10", "B", 3, "A senior Danish official said it was wishful thinking to "
     "believe that the Red Hand Brigade had turned against the Iron Front."),
]  # fmt: skip
"""(id, date, reliability, credibility, text): "a" documents tell the tie, "b" its break,
"sk" the skeptic."""
X, Y = "Red Hand Brigade", "Iron Front"


def write_dissent_corpus(path: Path, leave_out: Collection[str] = ()) -> Path:
    """The corpus as a JSONL file at ``path``, without the documents whose id is in
    ``leave_out`` or starts with one of them (``"b"``: every report of the break)."""
    rows = [
        json.dumps({"id": i, "date": d, "reliability": r, "credibility": c, "text": t})
        for i, d, r, c, t in DOCS
        if not any(i.startswith(x) for x in leave_out)
    ]
    path.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return path
