"""Written reports, helper written55: classes analysts met this session, each fixed as a
mechanism over a family of wordings, tested on invented sentences (none of them a labelled
item) with negated, hedged or modal twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events

DATE = "2019-03-01"


# -- a charge of an act, rejected or dismissed, is the act denied by the one charged ----------
# ("Iran rejected allegations of arming Y" as "Iran denied arming Y": the denier is the gerund's
# agent; "dismissed accusations that it sheltered Y" likewise with "rejected";
# written.dismissed_allegation, modality._dismissed_charge)
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("Qatar rejected allegations of funding the Nusra Front.", "Qatar", "AID", "Nusra"),
        ("Islamabad dismissed accusations of sheltering the Haqqani network.", "Pakistan",
         "AID", "Haqqani"),
        ("Tehran flatly rejected claims of training the Houthis.", "Iran", "AID", "Ansarallah"),
        ("Qatar rejected reports that it had funded the Nusra Front.", "Qatar", "AID", "Nusra"),
    ],
)  # fmt: skip
def test_dismissed_charge_is_a_denied_act(text: str, source: str, etype: str, target: str) -> None:
    found = named_events(text, DATE)
    assert_events(found, gives=[(source, etype, target, "denied")], gives_not=[ANYTHING])


@pytest.mark.parametrize(
    "text",
    [
        "Qatar did not reject allegations of funding the Nusra Front.",
        "Qatar may dismiss accusations of funding the Nusra Front.",
        "Qatar never dismissed reports that it had funded the Nusra Front.",
    ],
)
def test_charge_not_dismissed_is_not_asserted(text: str) -> None:
    found = named_events(text, DATE)
    assert_events(found, gives_not=[ANYTHING, ("", "AID", "", "denied")])


# -- hostile feeling toward a party is a stance against it ------------------------------------
# ("X resented Y", "X distrusts Y", "despised Y's leaders": REJECT, as "does not trust Y" reads;
# events.yaml distrust, mistrust, resent, despise, loathe, detest with ``attitude``: a feeling
# about an act is no stance toward a party, and does not undo the act)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Jaish-e-Mohammed commanders resented Lashkar-e-Taiba for taking the credit.",
         "Jaish", "Lashkar"),
        ("Ahrar al-Sham distrusted the Nusra Front's leadership.", "Ahrar", "Nusra"),
        ("Fighters of the Haqqani network despised the Islamic State.", "Haqqani", "Islamic State"),
    ],
)  # fmt: skip
def test_hostile_feeling_is_a_reject(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, DATE), gives=[(source, "REJECT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Ahrar al-Sham never distrusted the Nusra Front.",
        "Ahrar al-Sham may come to resent the Nusra Front.",
        "Ahrar al-Sham does not despise the Nusra Front, its leaders said.",
    ],
)
def test_hostile_feeling_negated_or_hedged(text: str) -> None:
    assert_events(named_events(text, DATE), gives_not=[ANYTHING])


def test_feeling_about_an_act_keeps_the_act() -> None:
    found = named_events("Ahrar al-Sham resented the Syrian army's raid on the Nusra Front.", DATE)
    assert_events(found, gives=[("Syria", "ASSAULT", "Nusra")], gives_not=[("Ahrar", "REJECT", "")])


# -- a front, wing or proxy told by an active verb of regarding is the object's --------------
# ("Z describes X as a front for Y", "Z regards X as a wing of Y" as the passive "X is described
# as a front for Y" reads: X holds the relation, never the one who regards;
# code._deemed_holder)
@pytest.mark.parametrize(
    "text",
    [
        "Syrian officials describe Jaysh al-Ahrar as a front for the Nusra Front.",
        "Western diplomats regard Jaysh al-Ahrar as a wing of the Nusra Front.",
    ],
)
def test_active_regarding_gives_the_object_the_relation(text: str) -> None:
    found = named_events(text, DATE)
    assert_events(
        found, gives=[("Ahrar", "COOPERATE", "Nusra")], gives_not=[("Syria", "", "Nusra")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Western diplomats do not regard Jaysh al-Ahrar as a wing of the Nusra Front.",
        "Western diplomats may come to regard Jaysh al-Ahrar as a wing of the Nusra Front.",
    ],
)
def test_active_regarding_negated_or_hedged(text: str) -> None:
    assert_events(named_events(text, DATE), gives_not=[ANYTHING])
