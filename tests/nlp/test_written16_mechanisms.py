"""Written reports, round 16 (issue 9, helper written16): mechanisms found on round16_work
and the misses of the earlier work halves, each tested on invented sentences with negated,
hedged or denied twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, has, named_events


# -- an apposition judging an act that coded no dyad of its own: the judge and the author ----
@pytest.mark.parametrize(
    ("text", "judge", "etype", "author"),
    [
        ("The Taliban named Mansour as their leader, a choice the Haqqani network quickly "
         "endorsed.", "Haqqani", "SUPPORT", "Taliban"),
        ("The TTP elected Fazlullah as its chief, a decision that the Afghan Taliban "
         "welcomed.", "Afghan Taliban", "SUPPORT", "Tehrik-i-Taliban"),
        ("The TTP elected Fazlullah as its chief, a decision that the army condemned.",
         "Pakistan", "ACCUSE", "Tehrik-i-Taliban"),
        ("Islamic State militants bombed a Shia mosque in Kabul, an atrocity that the Taliban "
         "condemned.", "Taliban", "ACCUSE", "Islamic State"),
        ("Jolani said his movement was severing its links with Al Qaeda and taking a new name, "
         "a move that Zawahiri's deputy had approved.", "Al Qaeda", "SUPPORT", "Jabhat"),
    ],
)  # fmt: skip
def test_judged_act_without_a_dyad_is_judged_in_its_author(
    text: str, judge: str, etype: str, author: str
) -> None:
    assert_events(named_events(text, "2016-08-01"), gives=[(judge, etype, author)])


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban named Mansour as their leader, a choice that the Haqqani network did not "
        "endorse.",
        "The Taliban named Mansour as their leader, a choice that the Haqqani network may have "
        "endorsed.",
        "Islamic State militants bombed a Shia mosque in Kabul, an atrocity that the Taliban "
        "did not condemn.",
    ],
)
def test_negated_or_hedged_judgement_of_an_act_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-08-01"), gives_not=[("", ("SUPPORT", "ACCUSE"), "")])


# -- a refused invitation or offer of talks: REJECT of the proposed partner, no talks --------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Taliban refused an invitation to talks with the Afghan government.", "Taliban",
         "Afghan government"),
        ("The Taliban turned down an offer of talks with the Afghan government.", "Taliban",
         "Afghan government"),
        ("The TTP rebuffed a proposal for talks with the army.", "Tehrik-i-Taliban",
         "Pakistan Army"),
        ("The TTP rejected an offer of a ceasefire with the Pakistani government.",
         "Tehrik-i-Taliban", "Pakistan"),
        ("Mullah Akhtar Mansour died in a U.S. drone strike in May 2016, weeks after he had "
         "turned down an invitation to peace talks with the Afghan government.", "Taliban",
         "Afghan government"),
    ],
)  # fmt: skip
def test_refused_invitation_to_talks_rejects_the_partner(
    text: str, source: str, target: str
) -> None:
    assert_events(
        named_events(text, "2016-05-25"),
        gives=[(source, "REJECT", target)],
        gives_not=[("", ("CONSULT", "AGREE"), "")],
    )


def test_refused_invitation_rejects_no_party_named_earlier() -> None:
    assert_events(
        named_events(
            "Mullah Akhtar Mansour died in a U.S. drone strike in May 2016, weeks after he had "
            "turned down an invitation to peace talks with the Afghan government.",
            "2016-05-25",
        ),
        gives_not=[("Taliban", "REJECT", "U.S.")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The TTP may have rejected an invitation to talks with the army.",
        "The TTP denied that it had rejected an invitation to talks with the army.",
        "The Taliban did not turn down the offer of talks with the Afghan government.",
    ],
)
def test_hedged_or_denied_refusal_of_talks_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-05-25"), gives_not=[("", ("REJECT", "CONSULT"), "")])


def test_accepted_invitation_to_talks_is_no_refusal() -> None:
    assert_events(
        named_events(
            "The Taliban accepted an invitation to peace talks with the Afghan government.",
            "2016-05-25",
        ),
        gives_not=[("Taliban", "REJECT", "Afghan government", None)],
    )


# -- a bounty put on a party, and a fronted relative preposition naming the party ------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Washington placed a ten million dollar bounty on Hafiz Saeed.", "U.S.",
         "Lashkar-e-Taiba"),
        ("The State Department announced a bounty of five million dollars on Sirajuddin "
         "Haqqani.", "U.S.", "Haqqani"),
        ("The TTP put a bounty on the heads of Pakistani soldiers.", "Tehrik-i-Taliban",
         "Pakistan"),
        ("Hafiz Saeed, on whom Washington had placed a bounty, was arrested in Lahore.",
         "U.S.", "Lashkar-e-Taiba"),
        ("Islamabad put pressure on the Haqqani network to attend the talks.", "Pakistan",
         "Haqqani"),
    ],
)  # fmt: skip
def test_bounty_or_pressure_put_on_a_party_coerces_it(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2015-08-10"), gives=[(source, "COERCE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Washington has never placed a bounty on Hafiz Saeed.",
        "Washington is considering a bounty on Sirajuddin Haqqani.",
        "Officials denied that Washington had placed a bounty on Mullah Baradar.",
        "Hafiz Saeed, on whom Washington may have placed a bounty, was arrested in Lahore.",
    ],
)
def test_negated_considered_or_denied_bounty_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2015-08-10"), gives_not=[("U.S.", "COERCE", "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target", "modality"),
    [
        ("The TTP, with whom the government had held talks in 2014, retreated.", "Pakistan",
         "CONSULT", "Tehrik-i-Taliban", "asserted"),
        ("The TTP, with whom the government had never held talks, retreated.", "Pakistan",
         "CONSULT", "Tehrik-i-Taliban", "negated"),
        ("The Haqqanis, with whom the ISI may have had ties, were spared.",
         "Inter-Services", "COOPERATE", "Haqqani", "uncertain"),
    ],
)  # fmt: skip
def test_fronted_relative_preposition_names_the_party(
    text: str, source: str, etype: str, target: str, modality: str
) -> None:
    found = named_events(text, "2015-08-10")
    assert has(found, source, etype, target, modality), found
    if modality != "asserted":
        assert not has(found, source, etype, target), found


# -- a subject with an interposed phrase the parser read as a verbless noun phrase ----------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Haqqani network, weakened by years of drone strikes, still sheltered Al Qaeda "
         "operatives.", "Haqqani", "AID", "Al Qaeda"),
        ("The Taliban's leadership council, which had kept Omar's death secret, named "
         "Mansour as its leader, a choice that the Haqqani network endorsed.", "Haqqani",
         "SUPPORT", "Quetta Shura"),
        ("IS-K, assembled largely from disaffected TTP commanders, clashed with Taliban "
         "fighters in Kunar in 2016, leaving scores dead on both sides.", "Islamic State",
         "ASSAULT", "Taliban"),
    ],
)  # fmt: skip
def test_subject_before_an_interposed_phrase_keeps_its_verb(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(named_events(text, "2016-06-01"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network, weakened by years of drone strikes, never sheltered Al Qaeda "
        "operatives.",
        "The Haqqani network, weakened by years of drone strikes, may have sheltered Al Qaeda "
        "operatives.",
    ],
)
def test_negated_or_hedged_verb_after_an_interposed_phrase_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-06-01"), gives_not=[("Haqqani", "AID", "Al Qaeda")])


def test_names_inside_the_interposed_phrase_are_no_subject() -> None:
    found = named_events(
        "The Quetta shura, meeting in secret near the TTP's camps, named Mansour as its leader.",
        "2015-07-30",
    )
    assert not [e for e in found if "Tehrik-i-Taliban" in e[0]], found


# -- a message whose active participle says what its issuer does through it ------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Taliban issued a statement praising the Haqqani network's fighters.", "Taliban",
         "SUPPORT", "Haqqani"),
        ("The TTP released a video threatening the army with more attacks.",
         "Tehrik-i-Taliban", "THREATEN", "Pakistan Army"),
        ("Al Qaeda published a letter condemning the Islamic State's leaders.", "Al Qaeda",
         "ACCUSE", "Islamic State"),
    ],
)  # fmt: skip
def test_message_participle_is_its_issuers_act(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(named_events(text, "2015-09-01"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban denied issuing a statement praising the Haqqani network's fighters.",
        "The TTP may release a video threatening the army with more attacks.",
        "Al Qaeda never published a letter condemning the Islamic State's leaders.",
    ],
)
def test_denied_future_or_negated_message_is_not_asserted(text: str) -> None:
    assert_events(
        named_events(text, "2015-09-01"), gives_not=[("", ("SUPPORT", "THREATEN", "ACCUSE"), "")]
    )
