"""Written reports, round 28 (issue 9, helper written28): classes met over the work halves of
several rounds, each widened in an existing mechanism and tested on invented sentences with
negated, hedged, denied, conditional or look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a nominal act whose possessor suffers it and whose "by" phrase names the doer -------------
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("Mullah Baradar's capture in Karachi by ISI officers in February 2010 stunned the "
         "movement's commanders.", "Inter-Services", "COERCE", "Taliban"),
        ("Hafiz Saeed's detention by Punjab police in 2017 came weeks after an American "
         "warning.", "police", "COERCE", "Lashkar"),
        ("Bin Laden's killing by U.S. commandos in Abbottabad embarrassed the generals in "
         "Rawalpindi.", "U.S.", "ASSAULT", "Qaeda"),
        ("The TTP's expulsion from Swat by the army in 2009 ended two years of the group's "
         "rule in the valley.", "Pakistan", "COERCE", "Tehrik"),
    ],
)  # fmt: skip
def test_a_possessor_suffers_an_act_done_by_the_by_phrase(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives=[(source, etype, target)], gives_not=[(target, etype, source)])


@pytest.mark.parametrize(
    "text",
    [
        # denied, negated, unconfirmed
        "Taliban spokesmen dismissed as propaganda reports of Mullah Baradar's arrest by ISI "
        "officers.",
        "There is no evidence of Mullah Baradar's capture by ISI officers.",
        "Reports of Mullah Baradar's capture by ISI officers could not be confirmed.",
        "Pakistani officials denied reports of Mullah Baradar's arrest by ISI officers.",
    ],
)  # fmt: skip
def test_a_possessed_act_not_asserted(text: str) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives_not=[("", "COERCE", "Taliban"), ("Taliban", None, "")])


@pytest.mark.parametrize(
    "text",
    [
        # no "by" phrase: no doer is named, and the possessor does not become one
        "Mullah Baradar's arrest in Karachi surprised the movement's commanders.",
        # a "by" phrase naming no party, after an act with its own "of" phrase
        "The TTP's killing of two tribal elders by firing squad shocked Bajaur.",
    ],
)  # fmt: skip
def test_a_possessor_without_a_doer_is_no_sufferer(text: str) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives_not=[("Inter-Services", None, ""), ("", None, "Tehrik")])


# -- a bare state noun takes the country of the group a named leader acts for ------------------
@pytest.mark.parametrize(
    "text,etype,target",
    [
        ("After the army stormed the Red Mosque, Baitullah Mehsud's fighters tore up the peace "
         "accord with the government.", "REJECT", "Government of Pakistan"),
        ("Baitullah Mehsud's men launched a wave of suicide attacks on soldiers and police.",
         "ASSAULT", "Pakistan"),
        ("Fazlullah's fighters attacked soldiers and police in the summer of 2008.",
         "ASSAULT", "Pakistan"),
    ],
)  # fmt: skip
def test_a_leaders_men_name_the_country_of_bare_state_nouns(
    text: str, etype: str, target: str
) -> None:
    found = named_events(text, "2008-01-01")
    assert_events(found, gives=[("Tehrik", etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        # negated, hedged, future, denied
        "Baitullah Mehsud's men did not attack soldiers or police during the truce.",
        "Baitullah Mehsud's men may have attacked soldiers and police in the valley.",
        "Baitullah Mehsud's fighters threatened that they would tear up the accord with the "
        "government if the raids went on.",
        "Baitullah Mehsud denied that his fighters had attacked soldiers and police.",
    ],
)  # fmt: skip
def test_no_attack_on_a_leaders_home_state_asserted(text: str) -> None:
    found = named_events(text, "2008-01-01")
    assert_events(found, gives_not=[("Tehrik", ("ASSAULT", "REJECT"), "Pakistan")])


def test_a_state_official_names_no_home_for_bare_nouns() -> None:
    # a state's own official is no group: "the government" stays unresolved by him
    found = named_events("Zalmay Khalilzad met the government's negotiators.", "2019-01-01")
    assert_events(found, gives_not=[("", None, "Government of Pakistan")])


# -- a death that happened in an attack whose author is named ----------------------------------
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Baitullah Mehsud's death in a CIA drone strike in August 2009 left the movement "
         "without a leader for weeks.", "Central Intelligence", "Tehrik"),
        ("The killing of Hakimullah Mehsud in an American drone strike, on the eve of the "
         "planned talks, was denounced in Islamabad.", "United States", "Tehrik"),
        ("Pakistani officials condemned the killing of Hakimullah Mehsud in a U.S. drone "
         "strike in North Waziristan.", "U.S.", "Tehrik"),
        ("Mullah Akhtar Mansour's death in a U.S. drone strike in Balochistan threw the "
         "movement into a new succession struggle.", "U.S.", "Taliban"),
    ],
)  # fmt: skip
def test_a_death_in_an_owned_strike_is_its_authors_attack(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text",
    [
        # denied, unconfirmed, conditional, hedged
        "Taliban officials denied reports of Mullah Mansour's death in an American drone strike.",
        "Mullah Mansour's death in a U.S. drone strike has not been confirmed.",
        "If Mullah Mansour's death in a U.S. drone strike is confirmed, the talks will stall.",
        "Mullah Mansour may have died in a U.S. drone strike, officials said.",
        # a death with no attack, or an attack with no author named
        "Hakimullah Mehsud's death in a car crash surprised the movement.",
        "Hakimullah Mehsud's death in a drone strike surprised the movement.",
    ],
)  # fmt: skip
def test_no_death_in_a_strike_asserted(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives_not=[("", "ASSAULT", "Taliban"), ("", "ASSAULT", "Tehrik")])


# -- state officials the knowledge base names (actor knowledge, not a rule) --------------------
@pytest.mark.parametrize(
    "text,date,source,target",
    [
        ("Testifying before the Senate, Admiral Mullen accused Pakistan's spy agency of "
         "backing the Haqqani network's raid on the embassy.", "2011-09-22", "U.S.",
         "Inter-Services"),
        ("Interior Minister Chaudhry Nisar accused Washington of wrecking the talks with the "
         "TTP.", "2013-11-02", "Government of Pakistan", "U.S."),
    ],
)  # fmt: skip
def test_named_officials_speak_for_their_state(
    text: str, date: str, source: str, target: str
) -> None:
    found = named_events(text, date)
    assert_events(found, gives=[(source, "ACCUSE", target)])


@pytest.mark.parametrize(
    "text,date",
    [
        ("Admiral Mullen did not accuse Pakistan's spy agency of backing the raid.",
         "2011-09-22"),
        ("Chaudhry Nisar denied that he had accused Washington of wrecking the talks.",
         "2013-11-02"),
        # before his second term as interior minister he spoke for no government
        ("Chaudhry Nisar accused Washington of wrecking the talks.", "2011-01-10"),
    ],
)  # fmt: skip
def test_no_accusation_by_named_officials_asserted(text: str, date: str) -> None:
    found = named_events(text, date)
    assert_events(found, gives_not=[("Government of Pakistan", "ACCUSE", ""),
                                    ("U.S.", "ACCUSE", "")])  # fmt: skip


# -- a group named before the modifier of a member or post noun --------------------------------
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("In a eulogy posted on its channels, the Islamic State's Khorasan province praised its "
         "bomber who had killed a Taliban district governor in Kunar.", "Khorasan", "ASSAULT",
         "Taliban"),
        ("Soldiers of the Frontier Corps killed a TTP district commander at a checkpoint "
         "near Mingora in 2009.", "Frontier Corps", "ASSAULT", "Tehrik"),
        ("An intercept summary records that HTS security men detained three Hurras al-Din "
         "officials at a checkpoint near Idlib.", "Tahrir", "COERCE", "Hurras"),
    ],
)  # fmt: skip
def test_a_group_before_a_modified_post_noun_is_its_member(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2019-06-01")
    assert_events(found, gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        # negated, hedged, denied
        "IS-K did not kill a Taliban district governor in Kunar, the group's statement said.",
        "IS-K may have killed a Taliban district governor in Kunar.",
        "The Islamic State denied that its men had killed a Taliban district governor in Kunar.",
        # a state's official is no group member: left to the state rules
        "IS-K killed a former district governor in Kunar.",
    ],
)  # fmt: skip
def test_no_killing_of_a_groups_post_holder_asserted(text: str) -> None:
    found = named_events(text, "2019-06-01")
    assert_events(found, gives_not=[("", "ASSAULT", "Taliban")])
