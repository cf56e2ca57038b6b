"""Written-report mechanisms, second round (issue 9): coordinated present-tense verbs the
parser reads as nouns, offers and readiness, reluctance over hostile acts, protection and
sponsorship phrases, surname references and disavowals.

Every sentence here is invented for this file (none comes from a development set, a
benchmark or tests/nlp/data/written); each class has negated, hedged or denied twins that
must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, named_events


def events(text: str, date: str = "2012-04-02") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# --- 1. coordinated present-tense verbs read as nouns ------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The ISI funds and trains the Taliban.", "Inter-Services", "Taliban"),
        ("The ISI arms and shelters the Haqqani network.", "Inter-Services", "Haqqani"),
        ("Al Qaeda funds, arms and trains the TTP.", "Al Qaeda", "Tehrik"),
        ("Diplomats say the ISI funds and trains the Taliban.", "Inter-Services", "Taliban"),
        ("The ISI reportedly funds and arms the Haqqani network.", "Inter-Services", "Haqqani"),
        ("The ISI not only funds and trains the Taliban but also shelters it.",
         "Inter-Services", "Taliban"),
    ],
)  # fmt: skip
def test_coordinated_present_verbs(text: str, source: str, target: str) -> None:
    found = events(text)
    assert any(e[1] == "AID" for e in asserted_between(found, source, target)), found


@pytest.mark.parametrize(
    "text",
    [
        "The ISI never funds and trains the Taliban.",
        "The ISI probably funds and trains the Taliban.",
        "If the ISI funds and trains the Taliban, the talks will fail.",
        "Officials denied that the ISI funds and trains the Taliban.",
        "The ISI does not fund and train the Taliban.",
        "Nobody believes the ISI funds or trains the Taliban.",
    ],
)
def test_coordinated_present_verb_twins(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Inter-Services", "Taliban"), found


def test_a_denial_over_misread_verbs_rejects_nobody() -> None:
    # the parser takes "funds" for the object of "denied": no denial of funds to the ISI
    found = events("U.S. officials denied that the ISI funds and trains the Taliban.")
    assert not {e for e in found if e[3] == "asserted"}, found
    assert any(e[1] == "AID" and "Inter-Services" in e[0] for e in found), found


# --- 2. offers, readiness and reluctance --------------------------------------------------


def test_an_offer_to_act_is_no_act() -> None:
    found = events("Qatar offered to mediate between the Taliban and the Afghan government.")
    # mediation is a consultation with each side (PLOVER CONSULT, CAMEO 045; gaps52)
    assert not {e for e in found if e[1] == "CONSULT" and e[3] == "asserted"}, found
    assert any(e[1] == "CONSULT" and e[3] == "future" for e in found), found
    # the offer is an intent to cooperate: an AGREE, intended like the act (code.rules.v87;
    # LABELLING: "future or intended" is no asserted relation)
    assert any(e[1] == "AGREE" and e[3] == "future" for e in found), found
    assert not any(e[3] == "asserted" for e in found), found


def test_offered_things_are_given() -> None:
    # "offered stipends to X" gives something (no infinitive): the aid stays asserted
    found = events("Al Qaeda began offering stipends to tribal elders in Waziristan.")
    assert any(e[1] == "AID" for e in asserted_between(found, "Al Qaeda", "")), found


@pytest.mark.parametrize(
    "text",
    [
        "Qatar did not offer to mediate between the Taliban and the Afghan government.",
        "Qatar may offer to mediate between the Taliban and the Afghan government.",
    ],
)
def test_offer_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[3] == "asserted"}, found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Taliban is not willing to withdraw from Al Qaeda.", "REJECT"),
        ("The Taliban is not ready to talk with the Afghan government.", "CONSULT"),
        ("The Taliban was never prepared to hand over Al Qaeda leaders.", "COERCE"),
    ],
)
def test_negated_readiness_negates_the_act(text: str, etype: str) -> None:
    found = events(text)
    assert any(e[1] == etype and e[3] == "negated" for e in found), found
    assert not {e for e in found if e[3] == "asserted" and e[1] == etype}, found


def test_readiness_is_future() -> None:
    found = events("The Taliban is ready to talk with the Afghan government.")
    assert any(e[1] == "CONSULT" and e[3] == "future" for e in found), found
    assert not {e for e in found if e[1] == "CONSULT" and e[3] == "asserted"}, found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Taliban was unwilling to hand over bin Laden to the United States.", "COERCE"),
        ("The Taliban is reluctant to fight Al Qaeda.", "ASSAULT"),
        ("The Haqqani network seems loath to attack the TTP.", "ASSAULT"),
    ],
)
def test_reluctance_over_a_hostile_act(text: str, etype: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == etype and e[3] == "asserted"}, found


def test_reluctance_over_cooperation_stays_distancing() -> None:
    found = events("The Taliban is reluctant to shelter Al Qaeda fighters.")
    assert any(e[1] == "REJECT" for e in asserted_between(found, "Taliban", "Al Qaeda")), found
    assert not {e for e in found if e[1] == "AID" and e[3] == "asserted"}, found


# --- 3. acting for another party, backing phrases ----------------------------------------


@pytest.mark.parametrize(
    ("text", "agent", "principal"),
    [
        ("The Haqqani network attacked the base at the behest of the ISI.", "Haqqani",
         "Inter-Services"),
        ("The TTP carried out the bombing on behalf of Al Qaeda.", "Tehrik", "Al Qaeda"),
        ("The Haqqani network attacked the embassy on the ISI's orders.", "Haqqani",
         "Inter-Services"),
        ("Officials said the TTP struck the convoy at the instigation of Al Qaeda.", "Tehrik",
         "Al Qaeda"),
    ],
)  # fmt: skip
def test_acting_for_another_party(text: str, agent: str, principal: str) -> None:
    found = events(text)
    assert any(e[1] == "COOPERATE" for e in asserted_between(found, agent, principal)), found
    # the party acted for is never the one attacked
    assert not {e for e in asserted_between(found, agent, principal) if e[1] == "ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network may have attacked the embassy at the behest of the ISI.",
        "The Haqqani network denied attacking the embassy at the behest of the ISI.",
        "The Haqqani network did not attack the embassy on behalf of the ISI.",
        "Pakistani officials deny that the Haqqani network acts on behalf of the ISI.",
    ],
)
def test_acting_for_another_party_twins(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Haqqani", "Inter-Services"), found


def test_a_backing_noun_stands_for_nobody() -> None:
    # "fought with the backing of X" is no fight with X; the backing is X's support
    found = events("The TTP fought with the backing of the Afghan Taliban.")
    assert not asserted_between(found, "Tehrik", "Taliban"), found
    assert asserted_between(found, "Afghan Taliban", "Tehrik"), found
    found = events("The TTP attacked Pakistani soldiers with the help of Al Qaeda.")
    assert not asserted_between(found, "Tehrik", "Al Qaeda"), found
    assert asserted_between(found, "Al Qaeda", "Tehrik"), found


def test_backing_phrase_twin() -> None:
    found = events("The TTP may have fought with the backing of the Afghan Taliban.")
    assert not {e for e in found if e[3] == "asserted"}, found


# --- 4. a person named before, now by one name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Mullah Omar met bin Laden in Kandahar in 1998. Two years later Omar refused to "
         "hand him over to the United States.", "Taliban", "REJECT", "United States"),
        ("Baitullah Mehsud founded the TTP in 2007. In 2008 Mehsud attacked Pakistani troops "
         "in South Waziristan.", "Tehrik", "ASSAULT", "Pakistan"),
        ("Hafiz Saeed addressed a rally in Lahore. Saeed praised the Afghan Taliban.",
         "Lashkar", "SUPPORT", "Taliban"),
    ],
)  # fmt: skip
def test_surname_of_a_person_named_before(text: str, source: str, etype: str, target: str
                                          ) -> None:  # fmt: skip
    found = events(text)
    assert any(e[1] == etype for e in asserted_between(found, source, target)), found


@pytest.mark.parametrize(
    "text",
    [
        # two people share the name: nobody is meant for sure
        "Baitullah Mehsud and Hakimullah Mehsud met in Makeen. Mehsud attacked the Afghan Taliban.",
        # a title alone stands for nobody
        "Mullah Omar met bin Laden in Kandahar. The Mullah attacked the Afghan government.",
        # part of another name
        "Mullah Omar met bin Laden in Kandahar. Omar Farooq Siddiqui attacked the Afghan "
        "government.",
        # the person is named only afterwards
        "Omar refused to expel Al Qaeda. Mullah Omar later met officials.",
        # the twin of the first positive case: not asserted
        "Mullah Omar met bin Laden in Kandahar. Omar never refused to hand him over to the "
        "United States.",
    ],
)
def test_surname_twins(text: str) -> None:
    found = events(text)
    hostile = {e for e in found if e[3] == "asserted" and e[1] in ("ASSAULT", "REJECT")}
    assert not {e for e in hostile if "Taliban" in e[0] or "Tehrik" in e[0]}, found


# --- 5. "the network": the one group so named ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network hosts Al Qaeda trainers. The network also funds the TTP.",
        "The Haqqani network hosted Al Qaeda trainers, and the network later paid TTP fighters.",
    ],
)
def test_anaphoric_noun_in_one_group_name(text: str) -> None:
    found = events(text)
    assert asserted_between(found, "Haqqani", "Tehrik"), found
    assert not asserted_between(found, "Al Qaeda", "Tehrik"), found


def test_anaphoric_noun_twin() -> None:
    found = events(
        "The Haqqani network hosts Al Qaeda trainers. The network does not fund the TTP."
    )
    assert not asserted_between(found, "", "Tehrik"), found


# --- 6. disavowal and nested reported speech ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hurras al-Din distanced itself from the Nusra Front.", "Hurras", "Nusra"),
        ("Al Qaeda's central command disowned the Islamic State.", "Al Qaeda", "Islamic State"),
    ],
)
def test_disavowal_is_distancing(text: str, source: str, target: str) -> None:
    found = events(text)
    assert any(e[1] == "REJECT" for e in asserted_between(found, source, target)), found


@pytest.mark.parametrize(
    "text",
    [
        "Hurras al-Din did not distance itself from the Nusra Front.",
        "Al Qaeda's central command may disown the Islamic State.",
    ],
)
def test_disavowal_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[3] == "asserted" and e[1] == "REJECT"}, found


def test_nested_reported_speech_keeps_the_inner_modality() -> None:
    plain = "Officials said a detained commander claimed that the ISI had funded the Haqqanis."
    assert asserted_between(events(plain), "Inter-Services", "Haqqani")
    hedged = ("Officials said a detained commander told interrogators that the ISI may have "
              "armed the Haqqani network.")  # fmt: skip
    found = events(hedged)
    assert not asserted_between(found, "Inter-Services", "Haqqani"), found
    assert any(e[3] == "uncertain" for e in found), found
    denied = "Afghan officials said the Taliban denied that they had sheltered Al Qaeda fighters."
    found = events(denied)
    assert not {e for e in found if e[1] == "AID" and e[3] == "asserted"}, found


# --- 7. a party's own declaration that it has no ties: disavowal --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda said it has no ties to the Islamic State.",
        "Al Qaeda announced that it has no links with the Islamic State.",
        "Al Qaeda stated that it does not have any relationship with the Islamic State.",
    ],
)
def test_declared_no_ties_is_disavowal(text: str) -> None:
    found = events(text)
    assert any(e[1] == "REJECT" for e in asserted_between(found, "Al Qaeda", "Islamic State"))
    assert not {e for e in found if e[1] == "COOPERATE" and e[3] == "asserted"}, found


@pytest.mark.parametrize(
    "text",
    [
        # someone else's statement is a plain negation
        "U.S. officials said Al Qaeda has no ties to the Islamic State.",
        "Analysts believe Al Qaeda has no ties to the Islamic State.",
        "Al Qaeda did not say that it has no ties to the Islamic State.",
        "Al Qaeda may announce that it has no ties to the Islamic State.",
    ],
)
def test_declared_no_ties_twins(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Al Qaeda", "Islamic State"), found


# --- 8. backing fire joins the attack -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops, backed by U.S. air strikes, killed three TTP commanders in Kurram.",
        "Pakistani troops, supported by U.S. drones, attacked TTP hideouts.",
    ],
)
def test_backing_fire_attacks_too(text: str) -> None:
    found = events(text)
    american = asserted_between(found, "U.S.", "Tehrik") | asserted_between(
        found, "United States", "Tehrik"
    )
    assert any(e[1] == "ASSAULT" for e in american), found
    assert any(e[1] == "ASSAULT" for e in asserted_between(found, "Pakistan", "Tehrik")), found


@pytest.mark.parametrize(
    "text",
    [
        # a party that backs is no attacker
        "Pakistani troops, backed by the United States, attacked TTP hideouts.",
        "Pakistani troops, backed by U.S. air strikes, may have attacked TTP hideouts.",
        "Pakistani troops, backed by U.S. air strikes, did not attack TTP hideouts.",
    ],
)
def test_backing_fire_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted_between(found, "United States", "Tehrik") if e[1] == "ASSAULT"}
    assert not {e for e in asserted_between(found, "U.S.", "Tehrik") if e[1] == "ASSAULT"}


# --- 9. a country name before ", and <demonym> forces" is a place of its own clause -------


def test_country_before_a_new_clause_is_no_shared_agent_noun() -> None:
    found = events(
        "The TTP sent fighters to Afghanistan, and Afghan forces arrested three of them."
    )
    assert not {e for e in found if "Tehrik" in e[0] and e[1] == "AID"}, found
    assert any(e[1] == "COERCE" for e in asserted_between(found, "Afghan", "Tehrik")), found
    # the coordinated demonyms still share the noun
    found = events("Pakistani, Afghan troops clashed with the TTP.")
    assert asserted_between(found, "Afghan National Army", "Tehrik"), found


# --- the frozen written-report splits do not change ------------------------------------------

_WRITTEN = __import__("pathlib").Path(__file__).parent / "data" / "written"
_FROZEN_SHA256 = {
    "frozen.jsonl": "77efbc838293b732cf8857fdb4a0969255b69fe0ded114dce675b9991d638402",
    "round2_frozen.jsonl": "9c826d7d3d02e9b8ffc0e6cc98dbec999a7cdecd437b02c5e9856318390894e7",
}
_FAMILIES = {"IS", "NUSRA", "HURRAS", "HAQQANI", "TTP", "AQ", "TALIBAN", "LET", "LOCALS", "PAK",
             "AFG", "USA", "SAUDI", "ISKP", "PAK_MIL", "PAK_GOV", "ISI", "AFG_GOV", "AFG_MIL",
             "CIA", "TRIBES"}  # fmt: skip


@pytest.mark.parametrize("name", sorted(_FROZEN_SHA256))
def test_frozen_written_splits_are_unchanged(name: str) -> None:
    import hashlib

    data = (_WRITTEN / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == _FROZEN_SHA256[name]


def test_round2_rows_follow_the_labelling_conventions() -> None:
    import json

    rows = [
        json.loads(line) for line in (_WRITTEN / "round2_frozen.jsonl").read_text().splitlines()
    ]
    assert len(rows) == 40 and len({r["id"] for r in rows}) == 40
    for row in rows:
        assert set(row) == {"id", "date", "text", "gold", "note"}, row["id"]
        assert row["note"], row["id"]
        for source, target, stance in row["gold"]:
            assert {source, target} <= _FAMILIES and source != target, row["id"]
            assert stance in ("coop", "conf"), row["id"]
