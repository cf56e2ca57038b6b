"""Headline classes of heads14 (issue 9, Pakistan wire headlines; misses found on the real
UCDP GED Pakistan headlines and the heads14 work half).

- "Govt" is the headline abbreviation of "government": a role noun of the state (agents data
  ``roles.government``) and, alone, the state of the country the text names (``bare``):
  "Govt bans X in Punjab", "Govt, TTP agree ceasefire", "TTP ends ceasefire with govt".
- "Killed in Bannu encounter": a noun of a shootout that the tagger also reads as a verb
  ("encounter"), after a casualty word, "in" and a place name, is parsed as its stand-in
  ("operation", headline.yaml ``place_noun_stand_ins``), so the toll stays the headline's
  event and the encounter implies the Pakistani security forces as LABELLING.md says.
- "Talibans" (and "Talebans"), the plural of South Asian copy, is a bare Taliban (cues.yaml
  ``taliban_context.bare``): fighting the Pakistani state inside Pakistan, the TTP.
- "Govt bans X, Y after ...": two actor names listed with a comma right after an event verb
  are its coordinated objects (headline._listed_objects); a second name followed by a verb
  ("X kills Y, Z claims") is left alone.

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not be asserted (negated, hedged, denied, future)
and look-alikes it must leave alone.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated

DATE = "2019-06-01"
PAK_GOV = "org:pak-government"

asserted = dated(asserted_ids, DATE)


# -- "Govt" stands for the government -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Govt bans Jamaat-ud-Dawa in Punjab crackdown", "SANCTION", "org:jud"),
        ("Govt, TTP hold first round of talks in Islamabad", "CONSULT", "org:ttp"),
        ("Govt arrests TTP negotiator in Peshawar", "COERCE", "org:ttp"),
    ],
)
def test_govt_abbreviation_is_the_government(text: str, etype: str, target: str) -> None:
    found = asserted(text)
    assert any(s == PAK_GOV and t == etype and g == target for s, t, g in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Govt will not ban Jamaat-ud-Dawa in Punjab, minister says",  # future and negated
        "Govt may hold talks with TTP in Islamabad",  # hedged
        "Govt denies holding talks with TTP in Islamabad",  # denied
        "Govt plans to ban Jamaat-ud-Dawa in Punjab next month",  # intended
    ],
)
def test_govt_abbreviation_negated_or_hedged(text: str) -> None:
    found = asserted(text)
    assert not any(s == PAK_GOV for s, _t, _g in found), found


# -- "killed in <place> encounter" ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Three TTP militants killed in Bannu encounter",
        "Rangers say four TTP militants killed in Karachi encounter",
        'Five TTP terrorists killed in Lakki Marwat "encounters", police say',
    ],
)
def test_place_encounter_implies_security_forces(text: str) -> None:
    found = asserted(text)
    assert any(
        t == "ASSAULT" and g == "org:ttp" and s.startswith("org:pak") for s, t, g in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Three TTP militants may have been killed in Bannu encounter",  # hedged
        "Police deny three TTP militants were killed in Bannu encounter",  # denied
        "Three TTP militants escape unhurt in Bannu encounter",  # no toll
    ],
)
def test_place_encounter_hedged_or_denied(text: str) -> None:
    found = asserted(text)
    assert not any(t == "ASSAULT" and g == "org:ttp" for _s, t, g in found), found


# -- "bans X, Y": listed objects -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Govt bans Jamaat-ud-Dawa, Haqqani network after Quetta attack", "SANCTION",
         "org:haqqani-network"),
        ("US drone kills TTP commander, Haqqani commander in Kurram", "ASSAULT",
         "org:haqqani-network"),
        ("Security forces arrest IS, TTP militants in Peshawar raid", "COERCE", "org:ttp"),
    ],
)  # fmt: skip
def test_listed_objects_after_a_verb(text: str, etype: str, target: str) -> None:
    found = asserted(text)
    assert any(t == etype and g == target for _s, t, g in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Govt may ban Jamaat-ud-Dawa, Haqqani network after Quetta attack", "org:haqqani-network"),
        (
            "US denies its drone killed TTP commander, Haqqani commander in Kurram",
            "org:haqqani-network",
        ),
        ("Security forces did not arrest IS, TTP militants in Peshawar raid", "org:ttp"),
        ("Police kill TTP man, IS claims", "org:is"),  # a claimant after the list, no object
        # a clause after the second name: its subject, no object of "kill"
        ("Gunmen kill Pakistani police officer, IS claim attack", "org:is"),
    ],
)
def test_listed_objects_hedged_negated_or_not_a_list(text: str, target: str) -> None:
    found = asserted(text)
    assert not any(g == target and t in ("SANCTION", "ASSAULT", "COERCE") for _s, t, g in found), (
        found
    )


# -- "Talibans": the plural is a bare Taliban ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Security forces kill 12 Talibans in Bannu", "org:pak-army", "org:ttp"),
        ("Talebans attack police post in Lakki Marwat", "org:ttp", "org:pak-police"),
    ],
)
def test_plural_talibans_inside_pakistan_are_the_ttp(text: str, source: str, target: str) -> None:
    assert (source, "ASSAULT", target) in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Security forces did not kill 12 Talibans in Bannu",  # negated
        "Police may have killed two Talibans in Bannu",  # hedged
        "Talibans deny attacking police post in Lakki Marwat",  # denied
    ],
)
def test_plural_talibans_negated_or_hedged(text: str) -> None:
    assert not any(t == "ASSAULT" for _s, t, _g in asserted(text))


def test_heads14_frozen_half_matches_its_recorded_checksum() -> None:
    """The frozen half is only scored, never edited: its sha256 is the one in HEADS14.md."""
    import hashlib
    from pathlib import Path

    data = Path(__file__).parent / "data"
    digest = hashlib.sha256((data / "heads14_frozen.jsonl").read_bytes()).hexdigest()
    assert f"sha256 {digest}  heads14_frozen.jsonl" in (data / "HEADS14.md").read_text("utf-8")
