"""Precision mechanisms of helper neg46 (issue 9): acts a sentence names but does not tell as
done, in constructions the earlier trap sets did not use (tests/nlp/data/written/README.md,
traps46).

Classes found on traps46_work and, by their label notes only, on the blind first run of
traps46_frozen; every sentence here is invented for the test, and every mechanism has an
asserted twin that must stay asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_triples, has, has_triple, named_events

DATE = "2014-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return asserted_triples(_events(text))


# -- a. an act put off or called off: a headline's passive, an adjectival participle -------
@pytest.mark.parametrize(
    "text",
    [
        "Army-TTP peace talks postponed again",
        "ISI-Taliban meeting deferred",
        "Taliban-Pakistan talks cancelled at short notice",
        "TTP-government talks delayed by a week",
        "The aborted Afghan Taliban attack on IS-K fighters in Kunar embarrassed its commanders.",
    ],
)
def test_an_act_put_off_is_not_asserted(text: str) -> None:
    assert not _asserted(text)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("TTP, army hold talks again", "Tehrik", "CONSULT", "Army"),
        # put off, then held after all
        (
            "Talks between the TTP and the army, postponed in May, resumed in June.",
            "Tehrik",
            "CONSULT",
            "Army",
        ),
        (
            "The talks between the TTP and the army delayed in May began in June.",
            "Tehrik",
            "CONSULT",
            "Army",
        ),
        (
            "The failed Afghan Taliban attack on IS-K fighters in Kunar killed two of them.",
            "Afghan Taliban",
            "ASSAULT",
            "Khorasan",
        ),
    ],
)
def test_an_act_held_or_tried_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert has_triple(_asserted(text), source, etype, target)


# -- b. a copula's predicate that holds the act back: on hold, in limbo, pending -----------
@pytest.mark.parametrize(
    "text",
    [
        "Talks between the TTP and the Pakistani army remain on hold.",
        "A ceasefire between HTS and Hurras al-Din is still in limbo.",
        "A truce between the TTP and the army is on the back burner.",
    ],
)
def test_an_act_on_hold_is_negated(text: str) -> None:
    found = _events(text)
    assert not asserted_triples(found)
    assert any(m == "negated" for _s, _t, _g, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the TTP and the Pakistani army remain under way.",
        "The ceasefire between HTS and Hurras al-Din is holding.",
    ],
)
def test_an_act_under_way_stays_asserted(text: str) -> None:
    assert _asserted(text)


# -- c. "X's role in the attack is a matter of conjecture" ----------------------------------
def test_a_share_in_an_act_that_is_a_matter_of_speculation_is_not_asserted() -> None:
    text = (
        "The Haqqani network's involvement in the ambush on the Afghan army is a matter of "
        "speculation."
    )
    found = _events(text)
    assert has(found, "Haqqani", "ASSAULT", "Afghan", "uncertain")
    assert not asserted_triples(found)


def test_a_share_in_an_act_that_is_a_matter_of_record_stays_asserted() -> None:
    text = (
        "The Haqqani network's involvement in the ambush on the Afghan army is a matter of record."
    )
    assert has_triple(_asserted(text), "Haqqani", "ASSAULT", "Afghan")


# -- d. "more rhetorical than real" ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's support for the Afghan Taliban is more rhetorical than real.",
        "Pakistan's backing of the Haqqani network has been more symbolic than substantive, "
        "a U.S. official said.",
    ],
)
def test_an_act_more_apparent_than_real_is_not_asserted(text: str) -> None:
    assert not _asserted(text)


def test_a_comparison_of_degree_keeps_the_act() -> None:
    text = "Pakistan's support for the Afghan Taliban is more generous than ever."
    assert has_triple(_asserted(text), "Pakistan", "AID", "Afghan Taliban")


# -- e. an act simulated or rehearsed -------------------------------------------------------
def test_a_rehearsed_raid_is_hypothetical() -> None:
    found = _events("The Afghan army rehearsed a raid on a Taliban compound.")
    assert has(found, "Afghan", "ASSAULT", "Taliban", "hypothetical")
    assert not asserted_triples(found)


def test_a_raid_carried_out_stays_asserted() -> None:
    text = "The Afghan army carried out a raid on a Taliban compound."
    assert has_triple(_asserted(text), "Afghan", "ASSAULT", "Taliban")


# -- f. an act wrongly credited to its doer -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda was wrongly credited with arming the Haqqani network.",
        "The Haqqani network was falsely linked to funding the TTP.",
    ],
)
def test_an_act_wrongly_credited_is_not_asserted(text: str) -> None:
    assert not _asserted(text)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Al Qaeda was rightly credited with arming the Haqqani network.", "Al Qaeda", "AID",
         "Haqqani"),
        # an act done by mistake is done
        ("The Pakistani army mistakenly shelled an Afghan army post.", "Pakistan", "ASSAULT",
         "Afghan"),
    ],
)  # fmt: skip
def test_an_act_rightly_credited_or_done_by_mistake_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert has_triple(_asserted(text), source, etype, target)


# -- g. a headline's label after the act noun -----------------------------------------------
def test_a_headline_calling_the_act_fiction_denies_it() -> None:
    found = _events("TTP accord with army 'fiction': governor")
    assert has(found, "Tehrik", "AGREE", "Army", "denied")
    assert not asserted_triples(found)


def test_a_headline_saying_the_act_holds_asserts_it() -> None:
    assert has_triple(_asserted("TTP accord with army holds: governor"), "Tehrik", "AGREE", "Army")


# -- h. a source its relative clause calls false --------------------------------------------
def test_an_account_called_a_fabrication_vouches_for_nothing() -> None:
    text = (
        "The TTP and the Pakistani army clashed in Orakzai, according to a claim that the "
        "army has called a fabrication."
    )
    found = _events(text)
    assert has(found, "Tehrik", "ASSAULT", "Army", "denied")
    assert not asserted_triples(found)


def test_an_account_called_accurate_stays_asserted() -> None:
    text = (
        "The TTP and the Pakistani army clashed in Orakzai, according to a claim that the "
        "army has called accurate."
    )
    assert has_triple(_asserted(text), "Tehrik", "ASSAULT", "Army")


# -- i. an act pictured, foreseen or feared as a verb's object -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Analysts imagine an alliance between the TTP and IS-K, the report said.",
        "Officials fear an offensive by the TTP against the Frontier Corps.",
    ],
)
def test_an_act_pictured_or_feared_is_uncertain(text: str) -> None:
    found = _events(text)
    assert any(m == "uncertain" for _s, _t, _g, m in found)
    assert not asserted_triples(found)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts recall an alliance between the TTP and IS-K.",
        "The army launched an offensive against the TTP, as officials had feared.",
    ],
)
def test_an_act_recalled_or_feared_and_done_stays_asserted(text: str) -> None:
    assert _asserted(text)


# -- j. denying a tie to Y refuses Y nothing -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Haqqani network denies IS-K tie-up",
        "The TTP denied links with Al Qaeda.",
        "Afghan Taliban deny contacts with ISI",
    ],
)
def test_a_denied_tie_is_no_rejection(text: str) -> None:
    found = _events(text)
    assert not asserted_triples(found)
    assert not any(t == "REJECT" for _s, t, _g, _m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban denied Al Qaeda fighters entry into Kandahar.",
        "The Afghan Taliban denied Al Qaeda safe passage.",
    ],
)
def test_denying_a_party_passage_stays_a_refusal(text: str) -> None:
    assert has_triple(_asserted(text), "Afghan Taliban", "REJECT", "Al Qaeda")


# -- k. the partners of a joint act called off did not cooperate in it -----------------------
def test_a_joint_raid_scrapped_is_no_cooperation() -> None:
    text = "A joint raid by the Afghan army and U.S. forces on the Haqqani camp was scrapped."
    found = _events(text)
    assert has(found, "Afghan", "COOPERATE", "U.S.", "negated")
    assert not asserted_triples(found)


def test_a_joint_raid_carried_out_is_cooperation() -> None:
    text = (
        "A joint raid by the Afghan army and U.S. forces on the Haqqani camp killed six fighters."
    )
    assert has_triple(_asserted(text), "Afghan", "COOPERATE", "U.S.")


# -- l. an act noun in a schedule, or not yet come ----------------------------------------
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Talks between the TTP and the army were due to have begun in March.", "future"),
        ("Talks between the Afghan Taliban and Pakistan are expected to resume next week.",
         "future"),
        ("The army's much-touted offensive against the TTP is yet to begin.", "negated"),
        ("The army's offensive against the TTP has yet to start.", "negated"),
    ],
)  # fmt: skip
def test_a_scheduled_or_awaited_act_is_not_asserted(text: str, modality: str) -> None:
    found = _events(text)
    assert not asserted_triples(found)
    assert any(m == modality for _s, _t, _g, m in found)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Talks between the TTP and the army began in March.", "Tehrik", "CONSULT", "Army"),
        # the act happened; what was meant, expected or awaited is its effect
        ("The army's offensive against the TTP was expected to weaken the group.", "Army",
         "ASSAULT", "Tehrik"),
        ("The army's arrest of TTP leaders has yet to yield results.", "Army", "COERCE",
         "Tehrik"),
    ],
)  # fmt: skip
def test_an_act_that_began_or_whose_effect_is_awaited_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert has_triple(_asserted(text), source, etype, target)


# -- m. "did not so much X as Y": X is not what was done -----------------------------------
def test_not_so_much_negates_the_first_verb_only() -> None:
    found = _events("The Afghan Taliban did not so much protect the TTP as tolerate it.")
    assert has(found, "Afghan Taliban", "AID", "Tehrik", "negated")
    assert not has(found, "Afghan Taliban", "AID", "Tehrik")
    assert has(found, "Afghan Taliban", "CONCEDE", "Tehrik")


def test_protected_and_tolerated_are_both_asserted() -> None:
    found = _asserted("The Afghan Taliban protected the TTP and tolerated its raids.")
    assert has_triple(found, "Afghan Taliban", "AID", "Tehrik")


# -- n. a relation in name only, by an adverb ----------------------------------------------
def test_allies_only_nominally_is_no_alliance() -> None:
    found = _events("The Afghan Taliban and Al Qaeda are allies only nominally.")
    assert has(found, "Afghan Taliban", "COOPERATE", "Al Qaeda", "negated")
    assert not asserted_triples(found)


def test_allies_without_the_adverb_stay_allies() -> None:
    found = _asserted("The Afghan Taliban and Al Qaeda are allies.")
    assert has_triple(found, "Afghan Taliban", "COOPERATE", "Al Qaeda")


# -- o. "a would-be alliance", "theoretical at best" ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A would-be alliance between Al Qaeda and IS-K came to nothing.",
        "The Afghan Taliban's protection of Al Qaeda is theoretical at best.",
    ],
)
def test_a_would_be_or_theoretical_act_is_not_asserted(text: str) -> None:
    found = _events(text)
    assert found
    assert not asserted_triples(found)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The alliance between Al Qaeda and IS-K came to an end in 2016.", "Al Qaeda", "REJECT",
         "Khorasan"),
        ("The Afghan Taliban's protection of Al Qaeda is well documented.", "Afghan Taliban",
         "AID", "Al Qaeda"),
    ],
)  # fmt: skip
def test_an_ended_or_documented_act_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert has_triple(_asserted(text), source, etype, target)
