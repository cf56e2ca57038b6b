"""replay43: rows of documented breaks and of the cooperation before them (issue 10), each
fixed as a class.

Every sentence here is invented for these tests. Each positive has a twin that must not be
asserted (negated, refused, hypothetical) or that names something else.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, assert_events

OGUN = "Ogun Front"
SAHEL = "Sahel Brigade"

# -- 1. a person listed inside a singular office holder's "of" phrase is the subject's partner ----
# "the commander of the Lebanese army and Yasser Arafat signed the accord": the parser reads the
# person as a conjunct of "army", so the accord had one side. One holder of an office holds it
# in a body, not in a person (code.Coder._listed_in_office, cues.yaml office_holder_nouns).


def test_person_listed_after_an_office_signs_with_its_holder() -> None:
    found = api_named(
        "In September 2006 the commander of the Burundian army and Agathon Rwasa signed a "
        "ceasefire in Dar es Salaam.",
        "2006-09-15",
    )
    assert_events(
        found,
        gives=[
            ("Burundi", "AGREE", "Palipehutu-FNL", "asserted"),
            ("Palipehutu-FNL", "AGREE", "Burundi", "asserted"),
        ],
    )


def test_person_listed_after_an_office_who_refused_is_not_asserted() -> None:
    found = api_named(
        "In 2006 the commander of the Burundian army and Agathon Rwasa refused to sign a "
        "ceasefire.",
        "2006-09-15",
    )
    assert_events(found, gives_not=[("Burundi", "AGREE", "Palipehutu-FNL", "asserted")])


def test_a_body_listed_after_an_office_stays_in_the_phrase() -> None:
    found = api_named(
        "The head of the Kenyan army and the police signed an accord on patrols.", "2006-09-15"
    )
    assert not {e for e in found if e[1] == "AGREE"}


# -- 2. those sent to bargain "for" a party act for it --------------------------------------------
# "negotiators for Jakarta and GAM signed a truce" (code.SentenceCoder._actor and _of_conjuncts,
# read from cues.yaml guest_envoy_nouns); not when an owner is written before the noun ("the UN
# envoy for X" is the UN's).


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"In 1996 negotiators for the {OGUN} and the {SAHEL} signed a truce in Niamey.",
         "AGREE"),
        (f"Negotiators for the {OGUN} met the {SAHEL} in Niamey.", "CONSULT"),
    ],
)  # fmt: skip
def test_negotiators_for_a_party_act_for_it(text: str, kind: str) -> None:
    assert_events(
        api_named(text, "1996-04-01"),
        gives=[(OGUN, kind, SAHEL, "asserted"), (SAHEL, kind, OGUN, "asserted")],
    )


def test_negotiators_who_did_not_sign_are_not_asserted() -> None:
    found = api_named(
        f"In 1996 negotiators for the {OGUN} and the {SAHEL} did not sign a truce.", "1996-04-01"
    )
    assert_events(found, gives_not=[(OGUN, "AGREE", SAHEL, "asserted")])


def test_an_envoy_with_a_written_owner_is_the_owners() -> None:
    found = api_named(f"The UN envoy for the {SAHEL} met leaders of the {OGUN}.", "1996-04-01")
    assert_events(
        found,
        gives=[("United Nations", "CONSULT", OGUN, "asserted")],
        gives_not=[(SAHEL, "CONSULT", OGUN, "asserted")],
    )


# -- 3. groups, juntas and leaders by the names rows use (curated/replay43.yaml) ------------------


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        ("In April 2008 FNL fighters ambushed Burundian soldiers near Bujumbura.", "2008-04-15",
         "Palipehutu-FNL", "Burundi"),
        ("In 1987 RAM officers loyal to Honasan attacked the Aquino government's troops.",
         "1987-08-15", "Reform the Armed Forces Movement", "Government of Philippines"),
        ("In 1995 SLORC troops attacked KNPP positions near Loikaw.", "1995-06-15",
         "Government of Myanmar", "Karenni National Progressive Party"),
        ("In 1990 Deby's MPS fighters attacked Habre's army near Abeche.", "1990-11-15",
         "Patriotic Salvation Movement", "Government of Chad"),
    ],
)  # fmt: skip
def test_named_groups_resolve(text: str, date: str, source: str, target: str) -> None:
    assert_events(api_named(text, date), gives=[(source, "ASSAULT", target, "asserted")])


def test_deby_after_taking_power_is_chads() -> None:
    found = api_named("In 1995 Deby met Gaddafi in Tripoli.", "1995-11-15")
    assert_events(
        found,
        gives=[("Government of Chad", "CONSULT", "Government of Libya", "asserted")],
        gives_not=[("Patriotic Salvation Movement", "CONSULT", "Government of Libya", "asserted")],
    )


def test_initials_of_other_worlds_stay_unread() -> None:
    assert api_named("A PDF of the report was sent to Noriega's lawyers.", "1988-03-15") == set()
    found = api_named("In 1996 RAM traders attacked prices in the market.", "1996-04-01")
    assert not {e for e in found if "Reform the Armed Forces Movement" in (e[0], e[2])}
