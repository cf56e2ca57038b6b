"""Wrong or missing readings an analyst met (issue 9, helper precision25), each a class tested
on invented sentences with invented and family groups, with the twin that must stay asserted
or the negated, hedged or hypothetical twin that must not be.

(a) refusing to join an act against Y rejects the act's owner, never Y; (b) a demand that P
do something is a REQUEST to P (the act demanded is not asserted); (c) putting a party on a
sanctions or terror list is a SANCTION, taking it off an easing; (d) a reported clause whose
past verb the tagger read as a name or noun ("said the Taliban armed ...") is read as a
clause; (e) a capital hit by a violent act is the city, not its state; (f) a possessive on
the men a party permits is another party's; (g) ending a ceasefire is one event.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- (a) refusing to join / take part in / back a hostile act --------------------------------
@pytest.mark.parametrize(
    ("text", "refuser", "victim"),
    [
        ("Al-Shabaab refused to join the offensive on the Kenyan army.", "Shabaab", "Kenya"),
        ("The Kestrel Brigade declined to take part in the attack on the Ugandan army.",
         "Kestrel", "Uganda"),
        ("The Vorlan Front refused to participate in the raid on the Malian army.", "Vorlan",
         "Mali"),
    ],
)  # fmt: skip
def test_refusing_to_join_an_act_rejects_nobody_when_no_owner_is_named(
    text: str, refuser: str, victim: str
) -> None:
    found = named_events(text)
    assert_events(found, gives_not=[(refuser, "REJECT", victim), (refuser, "ASSAULT", victim)])


@pytest.mark.parametrize(
    ("text", "refuser", "owner", "victim"),
    [
        ("The Kestrel Brigade refused to participate in the Vorlan Front's assault on the "
         "Malian army.", "Kestrel", "Vorlan", "Mali"),
        ("The Haqqani network refused to back the TTP's campaign against the Pakistani army.",
         "Haqqani", "Tehrik-i-Taliban", "Pakistan Army"),
    ],
)  # fmt: skip
def test_refusing_to_join_an_owned_act_rejects_its_owner(
    text: str, refuser: str, owner: str, victim: str
) -> None:
    assert_events(
        named_events(text),
        gives=[(refuser, "REJECT", owner)],
        gives_not=[(refuser, "REJECT", victim), ("", "ASSAULT", victim)],
    )


def test_joining_an_owned_act_still_joins_it() -> None:
    assert_events(
        named_events("The Haqqani network joined the TTP's offensive on the Pakistani army."),
        gives=[("Haqqani", "ASSAULT", "Pakistan"), ("Haqqani", "COOPERATE", "Tehrik-i-Taliban")],
    )


def test_refusing_to_shelter_or_join_a_group_still_rejects_it() -> None:
    assert_events(
        named_events("The Haqqani network refused to shelter al-Qaeda fighters."),
        gives=[("Haqqani", "REJECT", "Qaeda")],
        gives_not=[("Haqqani", "AID", "Qaeda")],
    )
    assert_events(
        named_events("The Haqqani network refused to join the TTP."),
        gives=[("Haqqani", "REJECT", "Tehrik-i-Taliban")],
    )


# -- (b) a demand that P do something: REQUEST to P; the act demanded is not asserted --------
@pytest.mark.parametrize(
    ("text", "asker", "asked", "act", "object_"),
    [
        ("Washington demanded that Pakistan arrest Taliban leaders.", "U.S.", "Pakistan",
         "COERCE", "Taliban"),
        ("Kenya demanded that Somalia expel al-Shabaab fighters.", "Kenya", "Somalia", "COERCE",
         "Shabaab"),
        ("Washington asked that Pakistan arrest Haqqani commanders.", "U.S.", "Pakistan",
         "COERCE", "Haqqani"),
        ("US demands Pakistan arrest Haqqani leaders", "United States", "Pakistan", "COERCE",
         "Haqqani"),
        ("Kenya urged Somalia expel al-Shabaab fighters.", "Kenya", "Somalia", "COERCE",
         "Shabaab"),
    ],
)  # fmt: skip
def test_a_demand_that_a_party_act_is_a_request_to_that_party(
    text: str, asker: str, asked: str, act: str, object_: str
) -> None:
    assert_events(
        named_events(text),
        gives=[(asker, "REQUEST", asked), (asked, act, object_, "hypothetical")],
        gives_not=[(asker, "REQUEST", object_), (asked, act, object_)],
    )


def test_a_denied_demand_and_a_reported_act_keep_their_readings() -> None:
    assert_events(
        named_events("Washington did not demand that Pakistan arrest Taliban leaders."),
        gives_not=[ANYTHING],
    )
    # a plain "that" clause of saying is told as done
    assert_events(
        named_events("Washington said that Pakistan arrested Haqqani commanders."),
        gives=[("Pakistan", "COERCE", "Haqqani")],
        gives_not=[("", "REQUEST", "")],
    )


# -- (c) sanctions and terror lists ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "keeper", "listed"),
    [
        ("The UN added two Taliban envoys to its sanctions list.", "United Nations", "Taliban"),
        ("Kenya added the Vorlan Front to its list of terrorist groups.", "Kenya", "Vorlan"),
        ("The United States put the Haqqani network on its terror blacklist.", "United States",
         "Haqqani"),
        ("Two Taliban envoys were added to the UN sanctions list.", "United Nations", "Taliban"),
    ],
)  # fmt: skip
def test_putting_a_party_on_a_sanctions_list_is_a_sanction(
    text: str, keeper: str, listed: str
) -> None:
    assert_events(named_events(text), gives=[(keeper, "SANCTION", listed)])


@pytest.mark.parametrize(
    ("text", "keeper", "listed"),
    [
        ("The UN removed two Taliban envoys from its sanctions list.", "United Nations",
         "Taliban"),
        ("The United States struck the Haqqani network off its terror blacklist.",
         "United States", "Haqqani"),
        ("The UN delisted two Taliban envoys.", "United Nations", "Taliban"),
    ],
)  # fmt: skip
def test_taking_a_party_off_a_sanctions_list_eases_never_coerces(
    text: str, keeper: str, listed: str
) -> None:
    assert_events(
        named_events(text),
        gives=[(keeper, "RETREAT", listed)],
        gives_not=[(keeper, ("COERCE", "SANCTION", "REJECT"), listed)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenya may add the Vorlan Front to its list of terrorist groups.",
        "Kenya did not add the Vorlan Front to its list of terrorist groups.",
        "The United States considered adding the Haqqani network to its terror list.",
        "Kenya refused to add the Vorlan Front to its terror blacklist.",
        # a list of no sanctions names no sanction
        "The Kestrel Brigade added the Vorlan Front to its list of enemies.",
    ],
)
def test_a_listing_not_done_or_of_no_sanctions_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", ("SANCTION", "REJECT"), "")])


# -- (d) a reported clause whose past verb the tagger read as a name or a noun ---------------
@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Officials said the Taliban armed al-Qaeda fighters.", "Taliban", "Qaeda"),
        ("Officials said the Haqqani network harbored al-Qaeda fighters.", "Haqqani", "Qaeda"),
        ("Officials said the Taliban supplied al-Qaeda fighters.", "Taliban", "Qaeda"),
        ("Officials said the Haqqani network equipped TTP fighters.", "Haqqani", "Tehrik"),
        ("Officials said the Taliban armed al-Qaeda fighters and sheltered their families.",
         "Taliban", "Qaeda"),
    ],
)  # fmt: skip
def test_a_reported_past_verb_read_as_a_name_is_the_clause_verb(
    text: str, giver: str, receiver: str
) -> None:
    assert_events(named_events(text), gives=[(giver, "AID", receiver)])


@pytest.mark.parametrize(
    "text",
    [
        "Officials denied the Taliban armed al-Qaeda fighters.",
        "Officials said the Taliban never armed al-Qaeda fighters.",
    ],
)
def test_a_denied_or_negated_reported_clause_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "AID", "")])


# -- (e) a capital hit by a violent act is the city, not its state ---------------------------
@pytest.mark.parametrize(
    ("text", "attacker", "state", "city"),
    [
        ("The army shelled Kabul.", "", "Afghan government", "Kabul"),
        ("The Taliban attacked Kabul.", "Taliban", "Afghan government", "Kabul"),
        ("The TTP attacked Islamabad.", "Tehrik-i-Taliban", "Pakistan", "Islamabad"),
        ("The Taliban's attack on Kabul killed ten people.", "Taliban", "Afghan government",
         "Kabul"),
        ("Taliban fighters storm Kabul hotel", "Taliban", "Afghan government", "Kabul"),
    ],
)  # fmt: skip
def test_a_capital_hit_by_an_attack_is_the_city(
    text: str, attacker: str, state: str, city: str
) -> None:
    assert_events(
        named_events(text),
        gives=[(attacker, "ASSAULT", city)],
        gives_not=[(attacker, "ASSAULT", state)],
    )


def test_a_capital_standing_for_its_state_keeps_it() -> None:
    assert_events(
        named_events("Kabul accused Islamabad of sheltering the Taliban."),
        gives=[("Afghan government", "ACCUSE", "Pakistan")],
    )
    assert_events(
        named_events("The Taliban attacked the Kabul government."),
        gives=[("Taliban", "ASSAULT", "Afghan government")],
    )
    assert_events(
        named_events("Kabul launched air strikes on Taliban positions."),
        gives=[("Afghan government", "ASSAULT", "Taliban")],
    )
    assert_events(
        named_events("Pakistan expelled Kabul's envoy."),
        # an expelled envoy is a SANCTION (reduced relations; peers24, it was COERCE)
        gives=[("Pakistan", "SANCTION", "Afghan government")],
    )


# -- (f) the men a party permits are another party's -----------------------------------------
@pytest.mark.parametrize(
    ("text", "permitter", "owner"),
    [
        ("The Vorlan Front said the Kestrel Brigade had allowed its fighters to cross the "
         "border.", "Kestrel", "Vorlan"),
        ("The Vorlan Front said the Kestrel Brigade had permitted its commanders to stay in "
         "the valley.", "Kestrel", "Vorlan"),
        ("The Vorlan Front said the Kestrel Brigade had allowed it to use the valley.",
         "Kestrel", "Vorlan"),
    ],
)  # fmt: skip
def test_its_men_permitted_by_another_party_are_the_speakers(
    text: str, permitter: str, owner: str
) -> None:
    assert_events(named_events(text), gives=[(permitter, "CONCEDE", owner)])


@pytest.mark.parametrize(
    "text",
    [
        "The Vorlan Front said the Kestrel Brigade had not allowed its fighters to cross the "
        "border.",
        "The Vorlan Front said the Kestrel Brigade had allowed its own fighters to cross the "
        "border.",
        "The Kestrel Brigade allowed its fighters to rest in the valley.",
        "The Vorlan Front said the Kestrel Brigade might allow it to use the valley.",
    ],
)
def test_permission_negated_or_of_its_own_men_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", "CONCEDE", "")])


def test_a_speakers_it_stays_the_speaker() -> None:
    assert_events(
        named_events("The Kestrel Brigade said it had attacked the Vorlan Front."),
        gives=[("Kestrel", "ASSAULT", "Vorlan")],
    )


def test_its_after_a_condemned_party_stays_that_partys() -> None:
    assert_events(
        named_events("The Vorlan Front condemned the Kestrel Brigade for its attacks on the "
                     "Malian army."),
        gives=[("Vorlan", "ACCUSE", "Kestrel"), ("Kestrel", "ASSAULT", "Mali")],
    )  # fmt: skip


# -- (g) ending a ceasefire is one event -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The TTP ended its ceasefire with the Pakistani army.", "REJECT"),
        ("The TTP broke its ceasefire with the Pakistani army.", "REJECT"),
        ("The TTP called off its truce with the Pakistani army.", "SANCTION"),
        ("The TTP breached its truce with the Pakistani army.", "SANCTION"),
        ("The TTP suspended its ceasefire with the Pakistani army.", "SANCTION"),
        ("The TTP ended its talks with the Pakistani army.", "REJECT"),
    ],
)
def test_ending_a_ceasefire_is_one_event(text: str, etype: str) -> None:
    found = named_events(text)
    hostile = {e for e in found if e[3] == "asserted" and e[1] in ("REJECT", "SANCTION")}
    assert len(hostile) == 1, sorted(found)
    assert_events(
        found,
        gives=[("Tehrik-i-Taliban", etype, "Pakistan")],
        gives_not=[("", ("AGREE", "CONSULT"), "", "asserted")],
    )


def test_a_ceasefire_not_ended_or_extended_is_no_rejection() -> None:
    assert_events(
        named_events("The TTP did not end its ceasefire with the Pakistani army."),
        gives_not=[ANYTHING],
    )
    assert_events(
        named_events("The TTP threatened to end its ceasefire with the Pakistani army."),
        gives_not=[("", ("REJECT", "SANCTION"), "")],
    )
    assert_events(
        named_events("The TTP extended its ceasefire with the Pakistani army."),
        gives=[("Tehrik-i-Taliban", "AGREE", "Pakistan")],
        gives_not=[("", ("REJECT", "SANCTION"), "")],
    )
