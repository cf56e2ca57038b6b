"""gaps54: precision and recognition gaps found by analysts' walks (issues 9 and 10).

Every sentence here is invented for these tests. Each class has its positives and twins that
must stay as they were (asserted where the text asserts, unasserted where it does not).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, api_events, api_named, assert_events

from riftwatch import api

DATE = "2014-06-01"
DRC = "Democratic Republic of the Congo"
MONUSCO = "Stabilization Mission"


def _found(text: str, date: str = DATE) -> set[tuple[str, str, str, str]]:
    return api_named(text, date)


# -- 1. coordinated group names before one member noun --------------------------------------
# The parser may lose the list's 'conj' link ("X and Y fighters": X an 'amod' holding the
# "and", Y a 'compound' of the noun): each name is still a party (code._unlinked_modifiers).


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("FDLR and ADF fighters joined Burundian troops in the offensive.", "COOPERATE", "Burundi"),
        ("FDLR and Nyatura gunmen killed four Congolese soldiers.", "ASSAULT", DRC),
    ],
)
def test_unlinked_coordinated_modifiers_are_each_a_party(
    text: str, etype: str, target: str
) -> None:
    found = _found(text)
    assert_events(found, gives=[("FDLR", etype, target)])
    assert len({s for s, g, t, m in found if g == etype and t == target and m == "asserted"}) == 2


def test_unlinked_coordinated_modifiers_keep_the_modality() -> None:
    for text, modality in [
        ("FDLR and Nyatura fighters did not join Congolese soldiers in the offensive.", "negated"),
        ("FDLR and Nyatura fighters may join Congolese soldiers in the offensive.", "hypothetical"),
    ]:
        found = _found(text)
        assert_events(found, gives=[("FDLR", "COOPERATE", DRC, modality)], gives_not=[ANYTHING])


def test_linked_coordinated_modifiers_unchanged() -> None:
    found = _found("FDLR and Mai-Mai commanders met near Walikale.")
    assert_events(found, gives=[("FDLR", "CONSULT", "Mayi Mayi"), ("Mayi Mayi", "CONSULT", "FDLR")])


def test_joining_soldiers_in_an_offensive_is_a_joint_operation() -> None:
    found = _found("FDLR and ADF fighters joined Burundian troops in the offensive.")
    assert_events(found, gives_not=[("", "SUPPORT", "")])


# -- 2. "the group" after a group named only as a modifier ----------------------------------
# An unknown name before a noun of armed men ("Tarvosh gunmen", "Dravik attackers") is an
# armed group's name (mentions._named_kind), so "the group" / "the group's" after it stands
# for it: in the sentence after (extract._bare_anaphor parses the sentence before) and in the
# same sentence (extract._open_group_anaphors).


def test_the_groups_men_in_the_next_sentence() -> None:
    found = _found(
        "Tarvosh gunmen stormed a checkpoint on Tuesday. "
        "Kenyan troops later attacked the group's fighters."
    )
    assert_events(found, gives=[("Kenya", "ASSAULT", "Tarvosh")])


def test_the_group_in_the_next_sentence() -> None:
    found = _found(
        "Dravik gunmen stormed a checkpoint on Tuesday. The group later ambushed Somali soldiers."
    )
    assert_events(found, gives=[("Dravik", "ASSAULT", "Somalia")])


def test_the_groups_men_in_the_same_sentence() -> None:
    found = _found(
        "Dravik gunmen stormed a checkpoint on Tuesday, and the group's fighters then ambushed "
        "Somali soldiers."
    )
    assert_events(found, gives=[("Dravik", "ASSAULT", "Somalia")])


def test_the_groups_leader_keeps_the_modality() -> None:
    found = _found(
        "Tarvosh attackers stormed a checkpoint, and the group's leader may meet al-Shabaab "
        "commanders."
    )
    assert_events(
        found, gives=[("Tarvosh", "CONSULT", "Al-Shabaab", "hypothetical")], gives_not=[ANYTHING]
    )
    found = _found(
        "Tarvosh gunmen stormed a checkpoint on Tuesday. The group did not attack Somali soldiers."
    )
    assert_events(found, gives=[("Tarvosh", "ASSAULT", "Somalia", "negated")], gives_not=[ANYTHING])


def test_the_group_after_unarmed_workers_stays_unresolved() -> None:
    found = _found(
        "Tarvosh aid workers visited the camp on Tuesday. The group later criticised Somali "
        "soldiers."
    )
    assert_events(found, gives_not=[("Tarvosh", None, "")])


# -- 3. a known group's name before a noun that is not its men ------------------------------
# People of no arms (cues.yaml unarmed_people_nouns) are never the group; a place the group
# holds (agents held_places) is struck as the group but does not act as it
# (code._named_not_as_group). A region's name by its tail ("del Sur", headline.yaml
# place_name_tails) is a place, never a group (mentions._place_name).


def test_unarmed_people_named_after_a_group_are_not_the_group() -> None:
    assert_events(
        _found("Anti-balaka refugees stoned Seleka fighters near the market."),
        gives_not=[("anti-Balaka", None, "")],
    )
    assert_events(
        _found("Seleka gunmen raided an Anti-balaka refugee camp at dawn."),
        gives_not=[("", None, "anti-Balaka")],
    )


def test_a_held_place_is_struck_as_the_group_but_does_not_act() -> None:
    found = _found("Afghan commandos raided a Haqqani madrassa in Paktia.")
    assert_events(found, gives=[("Afghan", "ASSAULT", "Haqqani")])
    for text in [
        "Haqqani outposts fired on Afghan commandos in Paktia.",
        "Afghan commandos were fired on by Haqqani outposts.",
    ]:
        assert_events(_found(text), gives_not=[("Haqqani", None, "")])


def test_the_groups_men_still_act() -> None:
    for text in [
        "Anti-balaka militiamen attacked Seleka fighters near the market.",
        "Haqqani fighters fired on Afghan commandos in Paktia.",
    ]:
        found = _found(text)
        assert_events(found, gives=[("", "ASSAULT", "")])
        assert not any(s.startswith("unidentified") for s, _g, _t, _m in found)


def test_a_region_named_by_its_tail_is_no_group() -> None:
    found = _found("Abu Sayyaf and Sulu del Norte fighters ambushed Philippine marines.")
    assert_events(found, gives=[("Abu Sayyaf", "ASSAULT", "Philippines")])
    assert_events(found, gives_not=[("Sulu del Norte", None, "")])


# -- 6. a state's denial of backing a group stays a denied help, the state's ----------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey has denied arming the Nusra Front.", "Turkey", "Nusra"),
        ("Qatar denied financing Hamas last year.", "Qatar", "Hamas"),
    ],
)
def test_a_states_denial_stays_a_denied_help(text: str, source: str, target: str) -> None:
    found = _found(text)
    assert_events(found, gives=[(source, ("AID", "SUPPORT"), target, "denied")])
    assert_events(found, gives_not=[ANYTHING])


# -- 7. a list of verbs of one help with different modes -------------------------------------
# One event per verb's mode (code.other_modes in SentenceCoder._dedupe and
# extract._restates; written.coordinated_present_verbs), when the cues read the verbs alike.


def _modes(text: str) -> set[tuple[str | None, str]]:
    return {
        (e["mode"], e["modality"])
        for e in api_events(text, DATE)
        if e["event_type"] == "AID" and e["source"]["name"] == "Turkey"
    }


def test_present_verb_list_gives_each_mode() -> None:
    assert _modes("Turkey funds, trains and arms the Nusra Front.") == {
        ("finance", "asserted"),
        ("training", "asserted"),
        ("weapons", "asserted"),
    }
    assert _modes("Turkey shelters and equips the Nusra Front.") == {
        ("sanctuary", "asserted"),
        ("weapons", "asserted"),
    }


def test_past_verb_list_gives_each_mode() -> None:
    assert _modes("Turkey funded, trained and armed the Nusra Front.") == {
        ("finance", "asserted"),
        ("training", "asserted"),
        ("weapons", "asserted"),
    }


def test_verb_lists_keep_their_modality() -> None:
    assert _modes("Turkey does not fund, train or arm the Nusra Front.") == {("finance", "negated")}
    assert {
        m for _mode, m in _modes("Officials denied that Turkey funds and arms the Nusra Front.")
    } == {"denied"}
    assert {m for _mode, m in _modes("Turkey may fund, train and arm the Nusra Front.")} == {
        "hypothetical"
    }
    assert _modes("Turkey never funds, trains or arms the Nusra Front.") == set()


# -- 5. the Islamic State's self-names in its claims -----------------------------------------
# curated/islamic_state.yaml: "soldiers of the caliphate / khilafah", "the caliphate's
# soldiers" name the group from 2014 on, without the context words bare "the caliphate" needs.


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers of the caliphate stormed a Nusra Front checkpoint near Deir ez-Zor.",
        "The caliphate's soldiers shelled Nusra Front positions near Deir ez-Zor.",
        "Soldiers of the Khilafah ambushed Nusra Front fighters near Deir ez-Zor.",
    ],
)
def test_soldiers_of_the_caliphate_are_the_islamic_state(text: str) -> None:
    assert_events(_found(text, "2016-05-01"), gives=[("Islamic State", "ASSAULT", "Nusra")])


def test_soldiers_of_the_caliphate_keep_the_modality_and_the_date() -> None:
    found = _found("Soldiers of the caliphate did not attack Nusra Front fighters.", "2016-05-01")
    assert_events(found, gives=[("Islamic State", "ASSAULT", "Nusra", "negated")])
    assert_events(found, gives_not=[ANYTHING])
    # before the caliphate was declared the phrase names no group
    found = _found("Soldiers of the caliphate ambushed Nusra Front fighters.", "2010-05-01")
    assert_events(found, gives_not=[("Islamic State", None, "")])


# -- 4. "we" in a militant group's own statement ---------------------------------------------
# extract._signed_issuer: the one group a militant statement's title or signature (a short
# last line) names is its author; extract._issuer: "We, the mujahideen of X, announce ...".
# An anonymous "we", or "we" outside a militant statement, stays unresolved.


def _statement(text: str, title: str | None = None, kind: str | None = "militant") -> set:
    doc = {"id": "s", "date": "2015-03-01", "text": text}
    if title is not None:
        doc["title"] = title
    if kind is not None:
        doc["source_type"] = kind
    return {
        (e["source"]["name"], e["event_type"], e["target"]["name"], e["modality"])
        for e in api.extract([doc])
    }


TALIBAN = "Afghan Taliban"
HIG = "Hizb-i-Islami"


def test_we_is_the_group_the_title_names() -> None:
    found = _statement(
        "We have severed all ties with Hezb-e-Islami.",
        title="Statement of the Islamic Emirate of Afghanistan about recent events",
    )
    assert_events(found, gives=[(TALIBAN, "REJECT", HIG)])


def test_we_is_the_group_that_signs() -> None:
    found = _statement(
        "We have severed all ties with Hezb-e-Islami.\n\nIslamic Emirate of Afghanistan"
    )
    assert_events(found, gives=[(TALIBAN, "REJECT", HIG)])


def test_we_in_apposition_names_the_group() -> None:
    found = _statement(
        "We, the mujahideen of the Islamic Emirate, declare that we have severed all "
        "ties with Hezb-e-Islami."
    )
    assert_events(found, gives=[(TALIBAN, "REJECT", HIG)])


def test_anonymous_or_unsourced_we_stays_unresolved() -> None:
    text = "We have severed all ties with Hezb-e-Islami."
    assert_events(_statement(text), gives_not=[(TALIBAN, None, "")])
    assert_events(
        _statement(text, title="Statement of the Islamic Emirate of Afghanistan", kind=None),
        gives_not=[(TALIBAN, None, "")],
    )


def test_signed_statement_keeps_the_modality() -> None:
    found = _statement(
        "We have not severed our ties with Hezb-e-Islami.",
        title="Statement of the Islamic Emirate of Afghanistan",
    )
    assert_events(found, gives_not=[(TALIBAN, "REJECT", HIG)])
