"""replay40: hostile rows after documented breaks (issue 10), each fixed as a class.

Every sentence here is invented for these tests. Each positive has a twin that must not be
asserted (negated, hedged, denied) or must give another actor.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, assert_events

YSP = "Yemeni Socialist Party"

# -- 1. armed men loyal to a person as a side of fighting that broke out -------------------------
# "War broke out between forces loyal to P and Y": the parser hangs Y on P ("loyal to P and
# Y"), and the sides of the 'between' phrase kept groups only, so P's forces were no side and
# nothing was coded. Armed men tied to a person stand for that person's side
# (`mechanisms._warring_sides`).


@pytest.mark.parametrize(
    "text",
    [
        f"In 1994 war broke out between forces loyal to Saleh and the {YSP}.",
        f"In 1994 fighting broke out between the {YSP} and troops loyal to Saleh.",
    ],
)
def test_forces_loyal_to_a_person_are_a_side_of_the_fighting(text: str) -> None:
    found = api_named(text, "1994-06-01")
    assert_events(
        found,
        gives=[("", "ASSAULT", YSP, "asserted"), (YSP, "ASSAULT", "", "asserted")],
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"In 1994 war may break out between forces loyal to Saleh and the {YSP}.",
         "hypothetical"),
        (f"Officials denied that war broke out between forces loyal to Saleh and the {YSP}.",
         "denied"),
        (f"In 1994 no fighting broke out between forces loyal to Saleh and the {YSP}.",
         "negated"),
    ],
)  # fmt: skip
def test_possible_denied_or_negated_fighting_is_not_asserted(text: str, modality: str) -> None:
    found = api_named(text, "1994-06-01")
    assert_events(found, gives=[("", "ASSAULT", YSP, modality)],
                  gives_not=[("", "ASSAULT", YSP, "asserted")])  # fmt: skip


def test_a_bare_person_in_the_phrase_is_still_no_side() -> None:
    found = api_named(f"In 1994 war broke out between Saleh and the {YSP}.", "1994-06-01")
    assert_events(found, gives_not=[("", "ASSAULT", YSP)])


# -- 2. groups named by initials or by their leader resolve to the group -------------------------
# The hostile rows named a real group by initials the knowledge base lacked ("TULF", "IPOB",
# "FPM" read as the Free Papua Movement, "LF") or by its leader ("Dhlakama's camp", "Bakht
# Zameen's fighters", "Gebran Bassil"), so the event landed on an open id and not on the
# group of the cooperative history (curated/replay40.yaml).


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        ("Mozambican troops attacked Dhlakama's camp near Gorongosa.", "2014-05-01",
         "Mozambique", "Renamo"),
        ("IPOB activists accused MASSOB of taking money raised for Biafra.", "2015-03-01",
         "Indigenous People of Biafra",
         "Movement for the Actualization of the Sovereign State of Biafra"),
        ("Bakht Zameen's fighters ambushed Indian troops in Kashmir.", "1999-01-01",
         "Al-Badr", "Indian Army"),
        ("The TULF accused the LTTE of killing its members in Jaffna.", "1985-03-01",
         "Tamil United Liberation Front", "Liberation Tigers of Tamil Eelam"),
        ("Gebran Bassil accused Hezbollah of breaking its word in Beirut.", "2020-02-01",
         "Free Patriotic Movement", "Hezbollah"),
        ("The LF accused the FPM of wrecking the economy of Lebanon.", "2019-10-01",
         "Lebanese Forces", "Free Patriotic Movement"),
        ("Jangali fighters attacked Persian Cossacks near Rasht.", "1920-05-01",
         "Jangali movement", ""),
    ],
)  # fmt: skip
def test_initials_and_leaders_resolve_to_the_group(
    text: str, date: str, source: str, target: str
) -> None:
    found = api_named(text, date)
    assert_events(found, gives=[(source, None, target, "asserted")])


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        ("Mozambican troops did not attack Dhlakama's camp near Gorongosa.", "2014-05-01",
         "Mozambique", "Renamo"),
        ("Bakht Zameen's fighters reportedly planned to ambush Indian troops in Kashmir.",
         "1999-01-01", "Al-Badr", "Indian Army"),
        ("The LF denied accusing the FPM of wrecking the economy of Lebanon.", "2019-10-01",
         "Lebanese Forces", "Free Patriotic Movement"),
    ],
)  # fmt: skip
def test_negated_or_intended_acts_of_those_groups_are_not_asserted(
    text: str, date: str, source: str, target: str
) -> None:
    found = api_named(text, date)
    assert_events(found, gives_not=[(source, None, target, "asserted")])


def test_fpm_elsewhere_is_still_the_papuan_movement() -> None:
    found = api_named("The FPM attacked Indonesian troops in Papua.", "2003-05-01")
    assert_events(found, gives=[("Free Papua Movement", "ASSAULT", "Indonesia", "asserted")])


def test_the_rwandan_patriotic_army_of_1994_2002_is_rwandas_army() -> None:
    found = api_named(
        "The Rwandan Patriotic Army fought Ugandan troops in Kisangani.", "1999-09-01"
    )
    assert ("Rwanda", "ASSAULT", "Uganda", "asserted") in found, found


def test_the_rwandan_patriotic_army_before_1994_is_no_state_army() -> None:
    found = api_named("The Rwandan Patriotic Army invaded Rwanda from Uganda.", "1990-10-01")
    assert not [e for e in found if e[0] == "Rwanda"], found
