"""peers56: world-news constructions whose two parties were found but not joined (issue 9).

Every sentence here is invented for these tests. Each class has positives and negated,
hedged or conditional twins that must stay unasserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

DATE = "2005-06-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


# -- 1. the maker of a verb's object named by a "by" phrase ---------------------------------
# "Y's plan" and "a plan by Y" already named Y; a participle of making between the noun and
# the "by" phrase ("the plan unveiled by Y", "the ban imposed by Y") now does too.


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Germany praised the reforms introduced by Turkey.", "Germany", "SUPPORT", "Turkey"),
        ("Norway supported the plan unveiled by Egypt.", "Norway", "SUPPORT", "Egypt"),
        ("Chad criticised the measures announced by Libya.", "Chad", "ACCUSE", "Libya"),
        ("Peru welcomed the proposal put forward by Chile.", "Peru", "SUPPORT", "Chile"),
        ("Russia backed a resolution sponsored by France.", "Russia", "SUPPORT", "France"),
        ("Austria condemned the crimes committed by Serbia.", "Austria", "ACCUSE", "Serbia"),
        ("Mali protested against the ban imposed by Algeria.", "Mali", "PROTEST", "Algeria"),
        ("Russia welcomed the proposal by France.", "Russia", "SUPPORT", "France"),
    ],
)
def test_maker_of_the_object(text: str, source: str, etype: str, target: str) -> None:
    assert has(_events(text), source, etype, target)


@pytest.mark.parametrize(
    "text",
    [
        "Norway did not support the plan unveiled by Egypt.",
        "Norway may support the plan unveiled by Egypt if the talks resume.",
        "Norway refused to back the plan unveiled by Egypt.",
        "Peru will welcome any proposal put forward by Chile, an official said.",
    ],
)
def test_maker_of_the_object_unasserted(text: str) -> None:
    found = _events(text)
    maker = "Chile" if "Chile" in text else "Egypt"
    assert not {e for e in asserted(found) if e[1] == "SUPPORT" and maker in e[2]}


@pytest.mark.parametrize(
    "text",
    [
        # a go-between brokers a truce, a captor holds hostages: neither makes the object
        "Russia accepted a ceasefire brokered by Turkey.",
        "Israel freed hostages held by Hezbollah.",
    ],
)
def test_no_maker_for_brokers_and_captors(text: str) -> None:
    found = _events(text)
    third = "Turkey" if "Turkey" in text else "Hezbollah"
    assert not {e for e in found if third in e[2] and e[1] in ("AGREE", "SUPPORT", "RETREAT")}


# -- 2. a party taken up in an act: "X was engaged / locked / embroiled in N with Y" -------------
# The active "X engaged in talks with Y" coded; the passive participle gave the act no holder.


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Kenya was engaged in talks with Somalia.", "Kenya", "CONSULT", "Somalia"),
        ("Peru has been locked in negotiations with Ecuador.", "Peru", "CONSULT", "Ecuador"),
        ("Laos is embroiled in a border dispute with Thailand.", "Laos", "REJECT", "Thailand"),
        ("Sudanese troops were engaged in fighting with Chadian troops.", "Sudan", "ASSAULT",
         "Chad"),
        ("Eritrea was involved in attacks on Ethiopia.", "Eritrea", "ASSAULT", "Ethiopia"),
    ],
)  # fmt: skip
def test_taken_up_in_an_act(text: str, source: str, etype: str, target: str) -> None:
    assert has(_events(text), source, etype, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya was not engaged in talks with Somalia.", "Kenya", "Somalia"),
        ("Eritrea may have been involved in attacks on Ethiopia.", "Eritrea", "Ethiopia"),
        ("Eritrea denied that it was involved in attacks on Ethiopia.", "Eritrea", "Ethiopia"),
        ("Kenya will be engaged in talks with Somalia next month.", "Kenya", "Somalia"),
        ("If Kenya is engaged in talks with Somalia, the aid will resume.", "Kenya", "Somalia"),
    ],
)
def test_taken_up_in_an_act_unasserted(text: str, source: str, target: str) -> None:
    found = _events(text)
    assert any(source in s and target in t for s, _g, t, _m in found)  # found, not asserted
    assert not {e for e in asserted(found) if source in e[0] and target in e[2]}


# -- 3. material help named only in words is a statement of support ------------------------------
# "expressed support for Y" and "a message of support to Y" were coded as AID (help given).


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ghana expressed support for Liberia.", "Ghana", "Liberia"),
        ("Ghana reiterated its support for Liberia.", "Ghana", "Liberia"),
        ("Ghana sent a message of support to Liberia.", "Ghana", "Liberia"),
        ("Ghana issued a statement of support for Liberia.", "Ghana", "Liberia"),
        ("Ghana voiced support for Liberia's bid.", "Ghana", "Liberia"),
    ],
)
def test_support_in_words(text: str, source: str, target: str) -> None:
    found = _events(text)
    assert has(found, source, "SUPPORT", target)
    assert not has(found, source, "AID", target, modality=None)


def test_support_sent_stays_aid() -> None:
    assert has(_events("Ghana sent support to Liberia."), "Ghana", "AID", "Liberia")


@pytest.mark.parametrize(
    "text",
    [
        "Ghana did not express support for Liberia.",
        "Ghana may express support for Liberia at the summit.",
    ],
)
def test_support_in_words_unasserted(text: str) -> None:
    assert not {e for e in asserted(_events(text)) if "Liberia" in e[2]}


@pytest.mark.parametrize(
    "text",
    [
        # who finds a message holds nothing it says (had been an asserted AID from the finder)
        "Kenyan police discovered letters of support for al-Shabaab.",
        "Kenyan police found a statement of support for al-Shabaab in the house.",
    ],
)
def test_found_message_is_not_the_finders(text: str) -> None:
    assert not {e for e in _events(text) if "Kenya" in e[0] and e[1] in ("SUPPORT", "AID")}


# -- 4. a promised act told by a gerund: "X committed to preventing / fighting Y" ---------------
# "committed to fight Y" was future; the gerund form "committed to fighting Y" was asserted.


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Zambia committed to fighting Malawi.", "ASSAULT"),
        ("Zambia committed itself to attacking Malawi.", "ASSAULT"),
        ("Zambia pledged to fighting Malawi.", "ASSAULT"),
    ],
)
def test_promised_gerund_is_future(text: str, etype: str) -> None:
    found = _events(text)
    assert has(found, "Zambia", etype, "Malawi", modality="future")
    assert not has(found, "Zambia", etype, "Malawi")


# -- 5. the terms another party sets, accepted: "X accepted Y's terms / conditions" --------------


@pytest.mark.parametrize(
    "text", ["Niger accepted Benin's terms.", "Niger accepted Beninese conditions for the talks."]
)
def test_accepted_terms(text: str) -> None:
    assert has(_events(text), "Niger", "AGREE", "Benin")


@pytest.mark.parametrize(
    "text", ["Niger did not accept Benin's conditions.", "Niger may accept Benin's terms."]
)
def test_accepted_terms_unasserted(text: str) -> None:
    found = _events(text)
    assert any("Niger" in s and g == "AGREE" and "Benin" in t for s, g, t, _m in found)
    assert not has(found, "Niger", "AGREE", "Benin")
