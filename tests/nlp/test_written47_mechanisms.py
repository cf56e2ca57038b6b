"""Written reports, round 32 of the data (issue 9, helper written47): recall classes met over
the work halves of several rounds, each fixed as a mechanism and tested on invented sentences
with negated, hedged, denied or look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a name the knowledge base does not know stands for the body its apposition names --------
# ("P, a police officer," "P, the tribal sheikh who ...", "P, the leader of X's branch in Z,",
# "P, the commander of the army's division in Swat,"; mechanisms._member_apposition and
# _body_owner; rounds 20, 32)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Gunmen of the Pakistani Taliban shot dead Gul Rehman, a police officer, outside "
         "his home in Bannu last spring.", "Tehrik", "police"),
        ("Fighters of the Afghan Taliban executed Haji Noorullah, a tribal elder, in a "
         "village of Uruzgan in 2009.", "Afghan Taliban", "tribal elders"),
        ("The Islamic State of Iraq claimed the murder of Hamid al-Dulaimi, the "
         "tribal sheikh who had raised a militia against it.", "Islamic State", "tribal"),
        ("Yemeni forces killed Nasir al-Hadrami, the leader of Al Qaeda's branch in "
         "Hadramawt, in a dawn raid.", "Yemen", "Al Qaeda"),
        ("American drones killed Salim Yaqub, the head of the Islamic State's media wing "
         "in Nangarhar, in 2019.", "U.S.", "Islamic State"),
    ],
)  # fmt: skip
def test_an_unknown_name_stands_for_the_body_of_its_apposition(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2019-06-01")
    assert_events(found, gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # a former member, a negated or hedged act: nothing asserted against the body
        ("Gunmen of the Pakistani Taliban shot dead Gul Rehman, a former police officer, "
         "outside his home in Bannu.", "Tehrik", "police"),
        ("Fighters of the Afghan Taliban did not execute Haji Noorullah, a tribal elder, "
         "officials said.", "Afghan Taliban", "tribal elders"),
        ("American drones may have killed Salim Yaqub, the head of the Islamic State's "
         "media wing in Nangarhar.", "U.S.", "Islamic State"),
    ],
)  # fmt: skip
def test_an_apposition_gives_no_asserted_act_when_ended_negated_or_hedged(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2019-06-01")
    assert_events(found, gives_not=[(source, "ASSAULT", target)])


# -- a later claim of an attack the sentence told with no author makes the claimant its author
# ("A bomb killed P, and X claimed the killing", "..., killing Y; X claimed responsibility";
# written.claimed_earlier_attacks, cues.yaml claimed_back_nouns; rounds 32 and the headline
# form of headline.claimed_attacks)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("A car bomb hit a Frontier Corps convoy near Khar in 2011, and the "
         "Pakistani Taliban claimed the attack the same evening.", "Tehrik", "Pakistan"),
        ("A suicide bomber struck a police checkpoint in Kunduz, killing six "
         "policemen; the Afghan Taliban claimed responsibility.", "Afghan Taliban", "Afghan"),
        ("An explosive device killed three Pakistani soldiers in Mohmand in 2012, and "
         "Jamaat-ul-Ahrar claimed it.", "Jamaat-ul-Ahrar", "Pakistan"),
    ],
)  # fmt: skip
def test_a_later_claim_names_the_author_of_an_unowned_attack(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2012-06-01")
    assert_events(found, gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # negated, hedged, denied, retracted, false, or a claim of another attack
        ("A car bomb hit a Frontier Corps convoy near Khar in 2011, but the "
         "Pakistani Taliban did not claim the attack.", "Tehrik", "Pakistan"),
        ("A car bomb hit a Frontier Corps convoy near Khar in 2011, and the "
         "Pakistani Taliban may have claimed the attack.", "Tehrik", "Pakistan"),
        ("A suicide bomber struck a police checkpoint in Kunduz, killing six "
         "policemen; the Afghan Taliban denied any role in the attack.", "Afghan Taliban",
         "Afghan"),
        ("A suicide bomber struck a police checkpoint in Kunduz, killing six "
         "policemen; the Afghan Taliban claimed the attack but later retracted the claim.",
         "Afghan Taliban", "Afghan"),
        ("A car bomb hit a Frontier Corps convoy near Khar in 2011, and the "
         "Pakistani Taliban falsely claimed the attack.", "Tehrik", "Pakistan"),
        ("A car bomb hit a Frontier Corps convoy near Khar in 2011, and the "
         "Pakistani Taliban claimed an attack on a Swat jirga the same day.", "Tehrik",
         "Pakistan"),
    ],
)  # fmt: skip
def test_a_claim_not_asserted_or_of_another_act_names_no_author(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2012-06-01")
    assert_events(found, gives_not=[(source, "ASSAULT", target)])


# -- fire that backs troops driving a party out strikes that party ----------------------------
# ("troops, backed by U.S. air strikes, pushed Y out of Z": the owner of the fire attacks Y;
# written.backing_fire; the call of rounds 12, 20, 31 and 32, while round 10's r10_42 labels
# the backing alone)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Afghan police, backed by American drone strikes, drove Islamic State Khorasan "
         "fighters out of three villages in Achin in 2017.", "United States", "Islamic State"),
        ("Pakistani troops, supported by U.S. air strikes, expelled Al Qaeda's Arab "
         "fighters from the Shahikot valley in 2002.", "United States", "Al Qaeda"),
        ("Afghan commandos, backed by American air power, managed to push the Taliban out "
         "of Lashkar Gah in 2016.", "United States", "Taliban"),
    ],
)  # fmt: skip
def test_backing_fire_behind_an_expulsion_strikes_the_expelled(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2017-06-01")
    assert_events(found, gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # negated, hedged, planned: the backer's strike is not asserted either; a backer
        # named alone ("backed by the ISI") backs, it does not fight
        ("Afghan police, backed by American drone strikes, failed to drive Islamic State "
         "Khorasan fighters out of Achin.", "United States", "Islamic State"),
        ("Afghan police, backed by American drone strikes, may have driven Islamic State "
         "Khorasan fighters out of Achin.", "United States", "Islamic State"),
        ("Afghan commandos, backed by American air power, plan to push the Taliban out of "
         "Lashkar Gah next spring.", "United States", "Taliban"),
        ("Taliban fighters, backed by the ISI, drove Afghan police out of Musa Qala in "
         "2007.", "Inter-Services", "Afghan"),
    ],
)  # fmt: skip
def test_backing_fire_behind_an_unasserted_expulsion_strikes_nobody(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2017-06-01")
    assert_events(found, gives_not=[(source, "ASSAULT", target)])


# -- a reward for a party is a price on it, as a bounty is (events.yaml reward, rewards) ------
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("In 2009 Washington offered a reward of five million dollars for Baitullah "
         "Mehsud.", "U.S.", "Tehrik"),
        ("In 2001 the United States offered a reward of ten million dollars for Mullah "
         "Omar.", "United States", "Taliban"),
    ],
)  # fmt: skip
def test_a_reward_for_a_party_is_a_price_on_it(text: str, source: str, target: str) -> None:
    found = named_events(text, "2015-06-01")
    assert_events(found, gives=[(source, "COERCE", target)],
                  gives_not=[(source, ("AGREE", "AID", "SUPPORT"), target)])  # fmt: skip


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Washington may offer a reward for Sirajuddin Haqqani next year.", "U.S.", "Haqqani"),
        ("The State Department did not announce a reward for Mullah Fazlullah.",
         "State Department", "Tehrik"),
        ("The ISI paid a reward to Waziri tribesmen for their loyalty.", "Inter-Services",
         "tribes"),
    ],
)  # fmt: skip
def test_a_reward_not_asserted_or_paid_to_a_party_is_no_price_on_it(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2015-06-01")
    assert_events(found, gives_not=[(source, "COERCE", target)])


# -- help held by a hostile verb's "with" phrase is means, never the other side ---------------
# ("took up arms against Y ... with money from X": X helps, it is not fought; code._aid_thing)
@pytest.mark.parametrize(
    "text,fighter,helper,foe",
    [
        ("Villagers in Zurmat took up arms against the Taliban in 2013 and, with weapons from "
         "the Afghan police, drove them out of four villages.", "villagers", "National Police",
         "Taliban"),
        ("Salarzai tribesmen rose against the TTP in 2008 and, with money from the Frontier "
         "Corps, fought its fighters for weeks.", "tribe", "Frontier Corps", "Tehrik"),
    ],
)  # fmt: skip
def test_help_in_a_with_phrase_is_not_the_foe(text: str, fighter: str, helper: str,
                                              foe: str) -> None:  # fmt: skip
    found = named_events(text, "2013-06-01")
    assert_events(found, gives_not=[(fighter, ("ASSAULT", "COERCE"), helper, None)])


# -- an absolute "with" clause of giving helps the main clause's subject ------------------------
# ("X fought Y, with Z supplying them with rifles": Z helps X, not Y; "X and Y met, with Z
# hosting the session": Z mediates with each, CONSULT (gaps52); written.absolute_with_aid;
# rounds 28, 32)
@pytest.mark.parametrize(
    "text,giver,etype,helped",
    [
        ("Orakzai tribesmen fought the Pakistani Taliban through the winter of 2009, with the "
         "army supplying them with mortars.", "Pakistan", "AID", "tribe"),
        ("The Haqqani network attacked an American base in Paktika, with Al Qaeda providing "
         "the suicide bombers.", "Al Qaeda", "AID", "Haqqani"),
        ("Pakistani and Taliban delegates met in Doha in 2019, with Qatari officials hosting "
         "the talks and Saudi envoys funding the venue.", "Qatar", "CONSULT", "Pakistan"),
    ],
)  # fmt: skip
def test_an_absolute_with_clause_of_giving_helps_the_subject(
    text: str, giver: str, etype: str, helped: str
) -> None:
    found = named_events(text, "2019-12-01")
    assert_events(found, gives=[(giver, etype, helped)])


@pytest.mark.parametrize(
    "text,giver,helped",
    [
        # the enemy is never the one helped; negated or hedged main acts carry over
        ("Orakzai tribesmen fought the Pakistani Taliban through the winter of 2009, with the "
         "army supplying them with mortars.", "Pakistan", "Tehrik"),
        ("The Haqqani network did not attack the American base in Paktika, with Al Qaeda "
         "providing the suicide bombers.", "Al Qaeda", "Haqqani"),
        ("The Haqqani network may have attacked an American base in Paktika, with Al Qaeda "
         "providing the suicide bombers.", "Al Qaeda", "Haqqani"),
        ("The Haqqani network attacked an American base in Paktika, with Al Qaeda allegedly "
         "providing the suicide bombers.", "Al Qaeda", "Haqqani"),
    ],
)  # fmt: skip
def test_an_absolute_with_clause_gives_no_asserted_help_to_the_foe_or_unasserted(
    text: str, giver: str, helped: str
) -> None:
    found = named_events(text, "2019-12-01")
    assert_events(found, gives_not=[(giver, "AID", helped)])


# -- "P was among those killed by Y": the ones counted are the act's victims -------------------
# (written.counted_among; round 32)
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("Qari Zia, a commander of the Pakistani Taliban, was among those killed by an "
         "American drone strike in Datta Khel in 2013.", "United States", "ASSAULT",
         "Tehrik"),
        ("Three Haqqani network financiers were among the men detained by Afghan "
         "intelligence in Khost last year.", "Afghan", "COERCE", "Haqqani"),
    ],
)  # fmt: skip
def test_those_counted_among_the_victims_are_hit(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2014-06-01")
    assert_events(found, gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # the count negated, hedged, believed or denied: nobody asserted as hit
        ("Qari Zia, a commander of the Pakistani Taliban, was not among those killed by "
         "the American drone strike in Datta Khel.", "United States", "Tehrik"),
        ("Qari Zia, a commander of the Pakistani Taliban, may have been among those killed "
         "by the American drone strike in Datta Khel.", "United States", "Tehrik"),
        ("Three Haqqani network financiers are believed to have been among the men "
         "detained by Afghan intelligence in Khost.", "Afghan", "Haqqani"),
        ("Kabul denied that three Haqqani network financiers were among the men detained "
         "by Afghan intelligence in Khost.", "Afghan", "Haqqani"),
    ],
)  # fmt: skip
def test_those_counted_among_victims_unasserted_are_not_hit(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2014-06-01")
    assert_events(found, gives_not=[(source, ("ASSAULT", "COERCE"), target)])
