"""world21 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the triples are (source, PLOVER type, target,
modality) of the events riftwatch extracts.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import typed_between as _typed

from riftwatch.api import extract


def _events(text: str) -> set[tuple[str, str, str, str]]:
    """(source name, type, target name, modality) of every event of one sentence."""
    return {
        (e["source"]["name"], e["event_type"], e["target"]["name"], e["modality"])
        for e in extract([{"id": "t", "text": text, "date": "2015-03-01"}])
    }


# -- a permission given is a concession, not aid; its receiver does the act -----------------
# (events.yaml object_idioms give/grant; cues.yaml permission_nouns; written.permitted_agent)


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Pakistan gave permission to the Taliban to open an office in Quetta.", "Pakistan",
         "Taliban"),
        ("The ISI gave its consent to the Haqqani network to open a school in Miranshah.",
         "Inter-Services", "Haqqani"),
    ],
)  # fmt: skip
def test_permission_given_is_a_concession(text: str, giver: str, receiver: str) -> None:
    found = _events(text)
    assert ("CONCEDE", "asserted") in _typed(found, giver, receiver)
    assert not any(t == "AID" for t, _m in _typed(found, giver, receiver))


def test_permission_withheld_is_no_asserted_concession_and_no_aid() -> None:
    found = _events("Obama said he would not give permission to Russia to help Israel.")
    toward_russia = _typed(found, "U.S.", "Russia")
    # the refusal itself is asserted (a stated refusal, world26); no concession is
    assert ("REJECT", "asserted") in toward_russia
    assert not any(t == "CONCEDE" and m == "asserted" for t, m in toward_russia)
    assert not any(t == "AID" for t, _m in toward_russia)
    # the help would be Russia's, and it has not happened
    assert not _typed(found, "U.S.", "Israel")
    assert all(m != "asserted" for _t, m in _typed(found, "Russia", "Israel"))


def test_permitted_attack_is_the_receivers_and_not_asserted() -> None:
    found = _events("The ISI gave its consent to the Haqqani network to attack Afghan forces.")
    assert not _typed(found, "Inter-Services", "Afghan")
    attacks = _typed(found, "Haqqani", "Afghan")
    assert attacks and all(m != "asserted" for _t, m in attacks)


def test_negated_permission_twin_asserts_nothing() -> None:
    found = _events(
        "The ISI did not give permission to the Haqqani network to attack Afghan forces."
    )
    assert all(m != "asserted" for _s, _t, _g, m in found)


def test_aid_given_to_a_party_stays_aid() -> None:
    # a look-alike: money, not a permission, given with the same frame
    found = _events("The ISI gave money to the Haqqani network.")
    assert ("AID", "asserted") in _typed(found, "Inter-Services", "Haqqani")


# -- a party driven into a country, a place or exile is expelled (written.driven_into_exile) --


@pytest.mark.parametrize(
    ("text", "driver", "driven"),
    [
        ("The Eritrean People's Liberation Front drove the Eritrean Liberation Front into "
         "Sudan in 1981.", "Eritrean People's", "Eritrean Liberation"),
        ("The Taliban drove Islamic State fighters into the mountains of Nangarhar.",
         "Taliban", "Islamic State"),
        ("The Taliban drove Islamic State fighters into hiding.", "Taliban", "Islamic State"),
    ],
)  # fmt: skip
def test_driven_into_a_place_or_exile_is_an_expulsion(text: str, driver: str, driven: str) -> None:
    assert ("COERCE", "asserted") in _typed(_events(text), driver, driven)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Taliban did not drive Islamic State fighters into hiding.", "negated"),
        ("The Taliban may have driven Islamic State fighters into hiding.", "uncertain"),
    ],
)
def test_driven_into_exile_twins_are_not_asserted(text: str, modality: str) -> None:
    found = _typed(_events(text), "Taliban", "Islamic State")
    assert found and all(m == modality for _t, m in found)


@pytest.mark.parametrize(
    "text",
    [
        # a party inside the "into" phrase: pushed toward a party, nobody expelled
        "Pakistan drove the Taliban into the arms of al Qaeda.",
        # one's own men or things moved across a border: no party is driven out
        "The Taliban drove their trucks into Pakistan.",
        "The Taliban drove their fighters into Pakistan.",
    ],
)
def test_driven_into_look_alikes_expel_nobody(text: str) -> None:
    assert not any(t == "COERCE" for _s, t, _g, _m in _events(text))


def test_pushed_into_talks_is_no_expulsion() -> None:
    found = _events("The United States pushed the Taliban into talks with the Afghan government.")
    assert not _typed(found, "United States", "Taliban") & {("COERCE", "asserted")}


# -- groups merging into, or uniting as, a named new group join it (written.merged_into_new_group)

_JNIM = "Jama"  # the KB's spelling of Jamaat Nusrat al-Islam wal-Muslimin begins so


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine merged with Al Murabitoun into Jamaat Nusrat al-Islam wal-Muslimin in 2017.",
        "Ansar Dine and Al Murabitoun united as Jamaat Nusrat al-Islam wal-Muslimin in 2017.",
        "Ansar Dine and Al Murabitoun merged as Jamaat Nusrat al-Islam wal-Muslimin in 2017.",
    ],
)
def test_merging_parties_join_the_group_named_after_into_or_as(text: str) -> None:
    found = _events(text)
    for joiner in ("Ansar Dine", "Mourabitoun"):
        assert ("COOPERATE", "asserted") in _typed(found, joiner, _JNIM)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ansar Dine and Al Murabitoun never united as Jamaat Nusrat al-Islam wal-Muslimin.",
         "negated"),
        ("Ansar Dine and Al Murabitoun may have united as Jamaat Nusrat al-Islam wal-Muslimin.",
         "uncertain"),
        ("Ansar Dine and Al Murabitoun denied that they had merged into Jamaat Nusrat al-Islam "
         "wal-Muslimin.", "denied"),
    ],
)  # fmt: skip
def test_merging_twins_keep_their_modality(text: str, modality: str) -> None:
    found = _typed(_events(text), "Ansar Dine", _JNIM)
    assert found and all(m == modality for _t, m in found)


def test_united_as_rivals_of_a_group_joins_nobody() -> None:
    found = _events("Ansar Dine and Al Murabitoun were united as rivals of the Islamic State.")
    assert not _typed(found, "Ansar Dine", "Islamic State")
    assert not _typed(found, "Mourabitoun", "Islamic State")


# -- a thing given for a purpose: the receiver does the infinitive (written.permitted_agent) --


@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        ("The ISI gave money to the Haqqani network to attack Afghan forces.", "Haqqani",
         "Afghan"),
        ("The ISI provided weapons to the Haqqani network to fight the Islamic State.",
         "Haqqani", "Islamic State"),
        ("Saudi Arabia gave money to Pakistan to fight the Taliban.", "Pakistan", "Taliban"),
    ],
)  # fmt: skip
def test_receiver_of_a_thing_given_does_the_purpose(text: str, doer: str, victim: str) -> None:
    found = _events(text)
    giver = text.split(" gave")[0].split(" provided")[0].removeprefix("The ")
    giver = "Inter-Services" if giver == "ISI" else giver
    assert _typed(found, doer, victim)
    assert not _typed(found, giver, victim)


def test_negated_gift_keeps_the_purpose_unasserted() -> None:
    found = _events("The ISI did not give money to the Haqqani network to attack Afghan forces.")
    attacks = _typed(found, "Haqqani", "Afghan")
    assert attacks and all(m != "asserted" for _t, m in attacks)
    assert not _typed(found, "Inter-Services", "Afghan")


def test_sent_troops_stay_the_senders() -> None:
    # a look-alike: the sender's own men fight, the place they are sent to does nothing
    found = _events("Pakistan sent troops to Afghanistan to fight the Taliban.")
    assert _typed(found, "Pakistan", "Taliban")
    assert not _typed(found, "Afghanistan", "Taliban")
