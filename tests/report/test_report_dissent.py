"""The briefing names the skeptic beside the key judgement and lists him among the
counter-evidence with his attribution, word of disbelief and grade (rift-11), on SQLite and
PostgreSQL, on invented documents."""

from __future__ import annotations

from pathlib import Path

from markupsafe import escape as esc

from dissent_corpus import write_dissent_corpus
from riftwatch import api


def test_the_briefing_names_the_skeptic_against_the_break(db_url: str, tmp_path: Path) -> None:
    corpus = write_dissent_corpus(tmp_path / "dissent.jsonl", leave_out=("a3",))
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
