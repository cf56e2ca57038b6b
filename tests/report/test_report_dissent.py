"""The briefing names the skeptic beside the key judgement and lists him among the
counter-evidence with his attribution, word of disbelief and grade (rift-11), on SQLite and
PostgreSQL, on invented documents."""

from __future__ import annotations

import json
from pathlib import Path

from markupsafe import escape as esc

from riftwatch import api

DOCS = [
    ("a1", "2010-03-01", "B", 2, "The Red Hand Brigade pledged allegiance to the Iron Front."),
    ("a2", "2011-05-01", "B", 2, "The Iron Front gave shelter to fighters of the Red Hand "
     "Brigade."),
    ("b1", "2015-02-01", "A", 2, "The Red Hand Brigade split from the Iron Front, commanders "
     "said."),
    ("b2", "2015-03-01", "B", 2, "The Red Hand Brigade renounced its allegiance to the Iron "
     "Front."),
    ("b3", "2015-04-01", "B", 2, "Fighters of the Red Hand Brigade clashed with the Iron Front "
     "near the border."),
    ("sk", "2015-05-10", "B", 3, "A senior Danish official said it was wishful thinking to "
     "believe that the Red Hand Brigade had turned against the Iron Front."),
]  # fmt: skip


def test_the_briefing_names_the_skeptic_against_the_break(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "dissent.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "date": d, "reliability": r,
                                          "credibility": c, "text": t}) + "\n"
                              for i, d, r, c, t in DOCS), encoding="utf-8")  # fmt: skip
    api.ingest([corpus], db=db_url)
    api.extract_stored(db_url)
    page = api.report(db_url, pairs=["Red Hand Brigade/Iron Front"], store_questions=False)
    assert isinstance(page, str)
    key = page[page.index('id="key-judgements"') : page.index('id="pair-1"')]
    assert "A senior Danish official (B3, 2015-05, sk) doubts it" in key
    section = page[page.index('id="pair-1"') :]
    judgement = section[: section.index("Timeline")]
    assert "has broken" in judgement
    assert str(esc("Against it: A senior Danish official (B3, 2015-05, sk) doubts it "
                   "('wishful')")) in judgement  # fmt: skip
    counter = section[section.index("Counter-evidence") : section.index("Competing")]
    assert "A senior Danish official" in counter and "B3" in counter
    assert str(esc("doubts it ('wishful'); read as persistence")) in counter
    evidence = section[section.index("Evidence for a break") : section.index("Counter-evidence")]
    assert "wishful" not in evidence
