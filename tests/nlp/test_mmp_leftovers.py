"""Relationship wording left over after mmp8 (fix10).

Invented sentences, one class of construction each: blame for a hostile act ("X was blamed
for the assassination of Y's leader", "Y blamed X for the killing of its commander"); a group
that emerged from or broke away from another after a dispute; a group founded by commanders
expelled, ousted or purged from another; "the Maoists" in Indian or Nepali context, or after
the document named the party. Each has a negated, hedged or denied twin that must not be
asserted.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _events(text: str) -> set[tuple[str, str, str | None, str, str, str | None]]:
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type, c.event.mode,
         c.event.target.org_name or c.event.target.name, c.event.modality, c.date)
        for c in extract_document({"id": "t", "text": text, "date": "2019-06"})
    }  # fmt: skip


def _found(text: str, src: str, etype: str, tgt: str) -> set[tuple[str | None, str, str | None]]:
    """(mode, modality, date) of every event of type ``etype`` from ``src`` to ``tgt``."""
    return {
        (mode, modality, date)
        for s, g, mode, t, modality, date in _events(text)
        if src in s and tgt in t and g == etype
    }


# -- 1. blame for a hostile act ----------------------------------------------------------------


def test_passive_blame_for_an_assassination_is_only_an_allegation() -> None:
    """neg39: a passive blame names no accuser, so the victim accuses nobody (LABELLING codes
    an accusation only from the accuser the text names); the act stays alleged."""
    text = "In 2014, Fatah was blamed for the assassination of Hamas's leader."
    assert not _found(text, "Hamas", "ACCUSE", "Fatah")
    killing = _found(text, "Fatah", "ASSAULT", "Hamas")
    assert killing and all(m != "asserted" for _mode, m, _d in killing)


def test_active_blame_for_the_killing_of_its_commander() -> None:
    text = "Hamas blamed Fatah for the killing of its commander in 2014."
    assert ("allege", "asserted", "2014") in _found(text, "Hamas", "ACCUSE", "Fatah")
    killing = _found(text, "Fatah", "ASSAULT", "Hamas")
    assert killing and all(m != "asserted" for _mode, m, _d in killing)


@pytest.mark.parametrize(
    "text",
    [
        "In 2014, Fatah was not blamed for the assassination of Hamas's leader.",
        "Hamas did not blame Fatah for the killing of its commander.",
        "Hamas may have blamed Fatah for the killing of its commander.",
        "Hamas denied blaming Fatah for the killing of its commander.",
    ],
)
def test_blame_twins_assert_nothing(text: str) -> None:
    assert not any(m == "asserted" for *_rest, m, _d in _events(text))


# -- 2. emerged from / broke away from after a dispute -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2013, Ansar al-Islam emerged from Hamas after a dispute over leadership.",
        "In 2013, Ansar al-Islam emerged from Hamas amid disagreements over strategy.",
        "In 2013, Ansar al-Islam broke away from Hamas following disagreements.",
    ],
)
def test_emerged_or_broke_away_after_a_dispute_is_a_dated_split(text: str) -> None:
    assert ("split", "asserted", "2013") in _found(text, "Ansar", "REJECT", "Hamas")


@pytest.mark.parametrize(
    "text",
    [
        "Ansar al-Islam may have emerged from Hamas after a dispute over leadership.",
        "Ansar al-Islam did not emerge from Hamas after a dispute.",
        "Ansar al-Islam did not break away from Hamas following disagreements.",
    ],
)
def test_emergence_twins_are_not_asserted(text: str) -> None:
    assert not any(m == "asserted" for _mode, m, _d in _found(text, "Ansar", "REJECT", "Hamas"))


def test_emerging_without_a_dispute_is_no_split() -> None:
    text = "In 2013, Ansar al-Islam emerged from Hamas's student wing."
    assert not _found(text, "Ansar", "REJECT", "Hamas")


# -- 3. founded by commanders expelled from a group --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2013, Ansar al-Islam was founded by commanders who had been expelled from Hamas.",
        "In 2013, Ansar al-Islam was founded by fighters ousted from Hamas.",
        "In 2013, Ansar al-Islam was founded by commanders who were purged from Hamas.",
    ],
)
def test_founded_by_the_expelled_is_a_split(text: str) -> None:
    assert ("split", "asserted", "2013") in _found(text, "Ansar", "REJECT", "Hamas")


@pytest.mark.parametrize(
    "text",
    [
        "Ansar al-Islam may have been founded by commanders who had been expelled from Hamas.",
        "Ansar al-Islam was not founded by commanders who had been expelled from Hamas.",
    ],
)
def test_expelled_founder_twins_are_not_asserted(text: str) -> None:
    assert not any(m == "asserted" for _mode, m, _d in _found(text, "Ansar", "REJECT", "Hamas"))


def test_founders_who_expelled_others_left_nothing() -> None:
    text = "Ansar al-Islam was founded by commanders who had expelled Fatah from Hamas."
    assert not _found(text, "Ansar", "REJECT", "Hamas")


# -- 4. "the Maoists" -------------------------------------------------------------------------

CPI_MAOIST = "Communist Party of India-Maoist"


def test_the_maoists_in_indian_context() -> None:
    text = "In 2010, the Maoists attacked the United Liberation Front of Asom in Assam."
    assert _found(text, CPI_MAOIST, "ASSAULT", "United Liberation Front")


def test_the_maoists_after_the_document_named_the_party() -> None:
    text = ("In 2010, the Communist Party of India (Maoist) attacked the Shining Path. "
            "In 2011 the Maoists clashed with the Shining Path again.")  # fmt: skip
    assert ("asserted", "2011") in {
        (m, d) for _mode, m, d in _found(text, CPI_MAOIST, "ASSAULT", "Shining Path")
    }


def test_the_maoists_elsewhere_are_not_the_indian_party() -> None:
    text = "In 2010, the Maoists attacked the Shining Path in Peru."
    assert not any(CPI_MAOIST in s or CPI_MAOIST in t for s, _g, _mo, t, _m, _d in _events(text))


def test_the_maoists_in_nepal_are_the_nepali_party() -> None:
    text = "In 2006, the Maoists attacked the Nepali Congress in Kathmandu."
    assert not any(CPI_MAOIST in s or CPI_MAOIST in t for s, _g, _mo, t, _m, _d in _events(text))
