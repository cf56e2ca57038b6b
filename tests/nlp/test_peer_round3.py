"""World-news recall, third round (issue 9, the peers' gold sets), on invented sentences.

One test per class of constructions, each with its positive forms and the negated, hedged
or future forms that must not be asserted. None of the sentences comes from a benchmark or
a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, asserted, has, named_events


def events(text: str, date: str = "2011-03-02") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# -- a hostile act on a country's territory or property hits that country ------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Syrian warplanes bombed Turkish border posts on Sunday.", "Syria", "Turkey"),
        ("Sudanese troops shelled Chadian villages near the river.", "Sudan", "Chad"),
        ("Ethiopian forces launched rocket fire against Eritrean border posts.", "Ethiopia",
         "Eritrea"),
    ],
)  # fmt: skip
def test_territory_of_a_country_is_its_target(text: str, source: str, target: str) -> None:
    assert_events(events(text), gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Syrian warplanes did not bomb Turkish border posts.", "negated"),
        ("Syrian warplanes may have bombed Turkish border posts.", None),
        ("Syria threatened to bomb Turkish border posts.", "future"),
    ],
)
def test_territory_target_keeps_modality(text: str, modality: str | None) -> None:
    found = events(text)
    assert not has(found, "Syria", "ASSAULT", "Turkey"), found
    if modality:
        assert has(found, "Syria", "ASSAULT", "Turkey", modality), found


def test_own_territory_group_attackers_and_cooperation_name_no_country() -> None:
    # the attacker's own country is no other party; a friendly act on a place is no target
    assert not any(t == "Afghanistan" for _s, _e, t, _m in events(
        "Afghan troops raided Afghan villages at dawn."))  # fmt: skip
    # a group's attack on a country's villages stays an attack on a place
    assert not any(t == "Chad" for _s, _e, t, _m in events(
        "Darfur rebels attacked Chadian villages at dawn."))  # fmt: skip
    assert not has(events("Norway rebuilt Chilean villages after the flood."), "Norway", "AID",
                   "Chile", None)  # fmt: skip


# -- the agent of a passive hung on its reason phrase ---------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Bolivia was accused of smuggling by Chile on Friday.", "Chile", "ACCUSE", "Bolivia"),
        ("Peru was criticised for its border policy by Ecuador.", "Ecuador", "ACCUSE", "Peru"),
    ],
)  # fmt: skip
def test_passive_agent_behind_a_reason_phrase(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, etype, target)])


def test_passive_agent_behind_a_reason_phrase_keeps_modality_and_authors() -> None:
    found = events("Peru was not criticised for its border policy by Ecuador.")
    assert not has(found, "Ecuador", "ACCUSE", "Peru") and has(
        found, "Ecuador", "ACCUSE", "Peru", "negated"
    ), found
    assert_events(
        events("Bolivia may have been accused of smuggling by Chile."), gives_not=[ANYTHING]
    )
    # an event noun's "by" names that event's author, not the accuser
    assert_events(
        events("Norway was accused of backing attacks by Chile."),
        gives_not=[("Chile", "ACCUSE", "Norway", None)],
    )


# -- office holders named by their title ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Kenyan diplomats met President Waweru on Monday.", "Kenya", "CONSULT",
         "President Waweru"),
        ("Chile condemned President Quispe for the decision.", "Chile", "ACCUSE",
         "President Quispe"),
        ("Norway praised Prime Minister Solvang for the reform.", "Norway", "SUPPORT",
         "Prime Minister Solvang"),
    ],
)  # fmt: skip
def test_office_holder_named_by_title_is_an_actor(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, etype, target)])


def test_office_holder_keeps_modality_and_needs_a_name() -> None:
    found = events("Chile did not condemn President Quispe for the decision.")
    assert not asserted(found) and has(found, "Chile", "ACCUSE", "President Quispe",
                                       "negated"), found  # fmt: skip
    assert not events("The president met the prime minister on Monday.")


# -- a cooperative act announced, offered or promised is also an AGREE ---------------------
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # an offer, a promise or a stated plan is intended, never asserted (code.rules.v87)
        ("Norway said it will send aid to Chile.", "future"),
        ("Norway offered to withdraw its troops from Chile.", "future"),
        ("Norway is willing to withdraw its troops from Chile.", "future"),
        ("Norway will support Chile's bid for membership.", "future"),
    ],
)
def test_announced_cooperation_is_an_agree(text: str, modality: str) -> None:
    assert_events(events(text), gives=[("Norway", "AGREE", "Chile", modality)])


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it will not send aid to Chile.",
        "Norway is not willing to withdraw its troops from Chile.",
        "Norway would support Chile's bid if Peru agreed.",
        "Norway might send aid to Chile.",
        "Norway denied that it will send aid to Chile.",
        "Peru said Norway will send aid to Chile.",
    ],
)
def test_no_agree_for_negated_conditional_hedged_or_others_acts(text: str) -> None:
    assert_events(events(text), gives_not=[("Norway", "AGREE", "Chile", None)])


# -- what a party wants done ---------------------------------------------------------------
def test_wanting_another_partys_act_is_a_request() -> None:
    found = events("Chile wants Peru to attack Bolivia.")
    assert has(found, "Chile", "REQUEST", "Peru"), found
    assert not has(found, "Chile", "SUPPORT", "Peru", None), found
    assert not has(found, "Peru", "ASSAULT", "Bolivia"), found  # the act is only wanted


def test_wanting_ones_own_act_is_intent_never_asserted() -> None:
    found = events("Chile wants to attack Bolivia.")
    assert has(found, "Chile", "THREATEN", "Bolivia", None), found
    assert not has(found, "Chile", "SUPPORT", "Bolivia", None), found  # no support of a target
    assert not has(found, "Chile", "THREATEN", "Bolivia"), found
    found = events("Chile intends to send aid to Peru.")
    assert has(found, "Chile", "AGREE", "Peru", None) and not has(found, "Chile", "AGREE", "Peru")
    assert_events(events("Chile does not want to attack Bolivia."), gives_not=[ANYTHING])


# -- promises and proof as nouns, and a light verb in the passive ----------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Bolivian students received assurances from the Chilean government.", "Chile",
         "AGREE", "Bolivia"),
        ("Chile presented evidence against Peru at the court.", "Chile", "ACCUSE", "Peru"),
        ("Evidence against Peru was presented by Chile.", "Chile", "ACCUSE", "Peru"),
        ("Sanctions on Peru were imposed by Chile.", "Chile", "SANCTION", "Peru"),
    ],
)  # fmt: skip
def test_promise_and_proof_nouns(text: str, source: str, etype: str, target: str) -> None:
    assert_events(events(text), gives=[(source, etype, target)])


def test_promise_and_proof_nouns_keep_modality() -> None:
    found = events("Chile did not present evidence against Peru.")
    assert has(found, "Chile", "ACCUSE", "Peru", "negated") and not asserted(found), found
    assert_events(events("Sanctions on Peru were not imposed by Chile."), gives_not=[ANYTHING])


# -- an appeal to a party to act is a request to it, whatever the act ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Norway called for Chile to release the prisoners.",
        "Norwegian ministers had called for Chile to institute reforms before the vote.",
        "Norway called on Chile to stand by its neighbours.",
        "Norway pushed Chile for a new election law.",
    ],
)
def test_appeal_to_act_is_a_request(text: str) -> None:
    assert_events(events(text), gives=[("Norway", "REQUEST", "Chile")])


def test_appeal_to_act_keeps_modality() -> None:
    assert not has(events("Norway did not call for Chile to release the prisoners."), "Norway",
                   "REQUEST", "Chile")  # fmt: skip
    found = events("Norway may push Chile for a new election law.")
    assert not has(found, "Norway", "REQUEST", "Chile"), found
    assert not events("Norway called for talks on Monday.")


# -- a plural pronoun stands for all the coordinated names it refers to ----------------------
def test_they_after_coordinated_names_is_all_of_them() -> None:
    found = events("Norway and Sweden said they will attack Finland.")
    for country in ("Norway", "Sweden"):
        assert has(found, country, "ASSAULT", "Finland", "future"), found
        # an announced act: a threat kept with the modality of an intention (stop 38)
        assert has(found, country, "THREATEN", "Finland", "future"), found
    assert_events(
        events("Norway and Sweden said they will not attack Finland."),
        gives=[("Norway", "ASSAULT", "Finland", "negated")],
        gives_not=[ANYTHING],
    )
