"""prec54 (invented sentences): precision of denounced agreements, condemned acts, place
pronouns and divides.

- "the junta denounced Mali's defence accords with Y": the junta is the state's government,
  a party to the accords; denouncing them is a rejection of Y, no fresh agreement.
- "X condemned Y's arming of Z": the condemnation targets Y, the author of the act.
- "The town did not fall to X because the police defended it": "it" is the town.
- "the dispute / divide / gulf between X and Y": a hostile relation, as "rift".
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document

ZORVAN, KESSEL, ORLEN = "Zorvan Front", "Kessel Brigades", "Orlen Movement"


def _events(text: str) -> list[tuple[str, str, str, str]]:
    doc = {"id": "t", "date": "2023-09-01", "text": text}
    return [
        (d["source"]["name"], d["event_type"], d["target"]["name"], d["modality"])
        for d in (c.to_dict() for c in extract_document(doc))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The junta denounced Mali's defence accords with Russia on Tuesday.",
        "In a televised address, the junta denounced Mali's security pact with Russia.",
    ],
)
def test_junta_denouncing_its_states_accord_rejects_the_partner(text: str) -> None:
    events = _events(text)
    assert ("Government of Mali", "REJECT", "Russia", "asserted") in events, events
    assert not [e for e in events if e[1] == "AGREE" and e[3] == "asserted"], events


def test_junta_not_denouncing_is_no_rejection() -> None:
    events = _events("The junta did not denounce Mali's defence accords with Russia.")
    assert not [e for e in events if e[3] == "asserted"], events


def test_third_party_denouncing_others_accord_keeps_it() -> None:
    events = _events(
        "The Zorvan Front denounced the Kessel Brigades' accord with the Orlen Movement."
    )
    assert not [e for e in events if e[1] == "REJECT" and e[0] == ZORVAN], events


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The Zorvan Front condemned the Kessel Brigades' arming of the Orlen Movement.", "ar"),
        ("The Zorvan Front criticised the Kessel Brigades' funding of the Orlen Movement.", "fu"),
    ],
)
def test_condemnation_targets_the_author_of_the_act(text: str, verb: str) -> None:
    events = _events(text)
    assert (ZORVAN, "ACCUSE", KESSEL, "asserted") in events, (verb, events)
    assert not [e for e in events if e[0] == ZORVAN and e[2] == ORLEN], events


def test_refusing_to_condemn_targets_the_author_too() -> None:
    events = _events(
        "The Zorvan Front refused to condemn the Kessel Brigades' arming of the Orlen Movement."
    )
    assert not [e for e in events if e[0] == ZORVAN and e[2] == ORLEN], events
    assert (ZORVAN, "ACCUSE", KESSEL, "asserted") not in events, events


@pytest.mark.parametrize("verb", ["defended", "abandoned", "recaptured"])
def test_it_after_a_place_subject_is_the_place(verb: str) -> None:
    events = _events(
        f"The district did not fall to the Zorvan Front because the Kessel Brigades {verb} it."
    )
    assert not [e for e in events if e[0] == KESSEL and e[2] == ZORVAN], events


def test_it_after_a_group_subject_is_still_the_group() -> None:
    events = _events("The Zorvan Front grew because Pakistan defended it.")
    assert ("Pakistan", "AID", ZORVAN, "asserted") in events, events


@pytest.mark.parametrize("noun", ["dispute", "divide", "gulf"])
def test_divide_between_two_parties_is_hostile(noun: str) -> None:
    events = _events(f"The {noun} between the Zorvan Front and the Kessel Brigades widened.")
    assert (ZORVAN, "REJECT", KESSEL, "asserted") in events, events


@pytest.mark.parametrize("noun", ["dispute", "divide"])
def test_denied_divide_is_not_asserted(noun: str) -> None:
    events = _events(f"The Zorvan Front denied any {noun} with the Kessel Brigades.")
    assert not [e for e in events if e[1] == "REJECT" and e[3] == "asserted"], events


def test_deployed_gunmen_against_targets_the_against_party() -> None:
    events = _events("The Zorvan Front deployed gunmen against the Kessel Brigades in May.")
    assert (ZORVAN, "MOBILIZE", KESSEL, "asserted") in events, events
    assert all(e[2] == KESSEL for e in events if e[0] == ZORVAN), events


def test_not_deploying_gunmen_is_not_asserted() -> None:
    events = _events("The Zorvan Front did not deploy gunmen against the Kessel Brigades.")
    assert not [e for e in events if e[3] == "asserted"], events


def test_vowed_end_of_anothers_backing_is_no_cut_by_it() -> None:
    events = _events(
        "The Orlen Movement vowed to end the Zorvan Front's backing of the Kessel Brigades."
    )
    assert not [e for e in events if e[0] == ZORVAN and e[1] == "SANCTION"], events


def test_ended_backing_is_still_a_cut() -> None:
    events = _events("The Orlen Movement ended the Zorvan Front's backing of the Kessel Brigades.")
    assert (ZORVAN, "SANCTION", KESSEL, "asserted") in events, events
