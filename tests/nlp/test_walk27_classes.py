"""Classes found by using riftwatch as an analyst on an invented Somali corpus (stop 27), each
tested on further invented sentences about other groups, with negated or hedged twins.

- A sentence the parser broke at a name of several words ("Al-Shabaab and Hizbul Islam
  launched a joint offensive ...": two roots, no event) is parsed again with each such name
  as one word.
- "X shared weapons with Y" read as one noun phrase (no verb at all) is parsed with the name
  as a pronoun, as a past form misread as an adjective already was.
- "Fighters of the two groups shared ...": the members of "the two groups" stand for both.
- Information "on"/"about" a party is a topic: "exchanged intelligence on U.S. drone
  flights" makes nobody a party of the exchange.
- A thing-giving verb in the passive ("fighters sent by Y") gives to its "to" phrase, not to
  the people or things given.
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import asserted_group_events, group_events

events = partial(group_events, date="2012-06-01")
asserted = partial(asserted_group_events, date="2012-06-01")


def _pairs(coded: set, kind: str) -> set[tuple[str, str]]:
    return {(e[0], e[3]) for e in coded if e[1] == kind}


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Ansar al-Din and Al-Mourabitoun launched a joint offensive against the army.",
         "Ansar", "Mourabitoun"),
        ("Ahrar al-Sham and Jaysh al-Islam launched a joint offensive against regime positions.",
         "Ahrar", "Jaysh"),
    ],
)  # fmt: skip
def test_a_joint_offensive_of_two_long_names_is_coded(text: str, one: str, other: str) -> None:
    coded = asserted(text)
    coop = {(s, t) for s, typ, _m, t in coded if typ == "COOPERATE"}
    assert any(one in s and other in t for s, t in coop), coded
    assert any(other in s and one in t for s, t in coop), coded


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Ansar al-Din shared weapons with Al-Mourabitoun.", "Ansar", "Mourabitoun"),
        ("Jaysh al-Islam shared ammunition with Ahrar al-Sham.", "Jaysh", "Ahrar"),
    ],
)
def test_sharing_material_with_a_partner_is_read_without_a_verb_in_the_parse(
    text: str, giver: str, receiver: str
) -> None:
    coded = asserted(text)
    assert any(giver in s and receiver in t and typ in ("AID", "COOPERATE")
               for s, typ, _m, t in coded), coded  # fmt: skip
    hedged = events(text.replace(" shared ", " may have shared "))
    assert not any(e[4] == "asserted" for e in hedged), hedged
    negated = events(text.replace(" shared ", " never shared "))
    assert not any(e[4] == "asserted" for e in negated), negated


def test_members_of_the_two_groups_stand_for_both() -> None:
    text = ("Ansar al-Din and Al-Mourabitoun attacked a convoy in March. "
            "Fighters of the two groups shared weapons and fuel.")  # fmt: skip
    aid = _pairs({e for e in events(text) if e[4] == "asserted"}, "AID")
    assert any("Ansar" in s and "Mourabitoun" in t for s, t in aid), aid
    assert any("Mourabitoun" in s and "Ansar" in t for s, t in aid), aid


@pytest.mark.parametrize(
    "text",
    [
        "Jaysh al-Islam and Ahrar al-Sham exchanged intelligence on Russian air patrols.",
        "Ansar al-Din and AQIM shared information about French army convoys.",
    ],
)
def test_the_topic_of_shared_intelligence_is_no_party(text: str) -> None:
    coded = events(text)
    parties = {n for e in coded for n in (e[0], e[3])}
    assert not any("Russia" in p or "France" in p or "French" in p for p in parties), coded
    assert coded, "the exchange between the two groups is still coded"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign fighters sent by the Islamic State crossed into Libya.",
        "Ansar al-Din would no longer receive recruits sent by AQIM.",
    ],
)
def test_people_sent_in_the_passive_are_not_the_recipient(text: str) -> None:
    coded = events(text)
    assert not {e for e in coded if e[1] == "AID" and e[4] == "asserted"}, coded


def test_a_recipient_named_in_the_passive_still_receives() -> None:
    coded = asserted("Fighters were sent to Ansar al-Din by AQIM.")
    assert any(typ == "AID" and "Ansar" in t for _s, typ, _m, t in coded), coded


def test_a_speaker_in_a_repaired_parse_keeps_the_real_words() -> None:
    from riftwatch.nlp.extract import extract_document

    text = ("Ansar al-Din and Al-Mourabitoun launched a joint offensive against the army, "
            "according to residents and a spokesman for the African Union mission.")  # fmt: skip
    coded = extract_document({"id": "t", "text": text, "date": "2012-06-01"})
    names = {(c.attributed_to or {}).get("name") for c in coded}
    assert names == {"residents and a spokesman for the African Union mission"}, names


@pytest.mark.parametrize(
    "text",
    [
        "Ansar al-Din and AQIM did not end their alliance in 2013.",
        "Jaysh al-Islam never cut its ties with Faylaq al-Rahman.",
        "Hamas did not stop its funding of Islamic Jihad.",
    ],
)
def test_a_relation_not_ended_is_no_evidence_of_a_break(text: str) -> None:
    """The rift model reads a negated cooperation as evidence of a break: a relation whose
    ending is negated must not come out as a negated cooperation (the ending, a REJECT,
    carries the negation)."""
    coded = events(text)
    assert not {e for e in coded if e[1] in ("COOPERATE", "AID", "SUPPORT", "AGREE")
                and e[4] == "negated"}, coded  # fmt: skip
    assert not {e for e in coded if e[4] == "asserted" and e[1] == "REJECT"}, coded
