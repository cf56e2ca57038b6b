"""Heads of state and government and group leaders of ``curated/state_leaders.yaml`` (issue
10, helper replay29): a president or prime minister stands for the government only during
the tenure (``strict_tenure``), a group leader for the group he led, a surname alone only
with one of the person's context words."""

from __future__ import annotations

import pytest
from tests.actors.conftest import organization_at

from riftwatch.actors.resolve import Resolver, default_resolver


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return default_resolver()


@pytest.mark.parametrize(
    ("mention", "date", "context", "org"),
    [
        ("Rodrigo Duterte", "2018-01", "", "org:philippines-government"),
        ("Duterte", "2018-01", "the army in Mindanao", "org:philippines-government"),
        ("Benigno Aquino", "2014-03", "", "org:philippines-government"),
        ("Mustafa al-Kadhimi", "2021-01", "", "org:iraqi-government"),
        ("Fayez al-Sarraj", "2018-01", "", "org:libya-government"),
        ("Khalifa Haftar", "2019-04", "", "org:libyan-national-army"),
        ("Haftar", "2019-04", "forces outside Tripoli", "org:libyan-national-army"),
        ("Assimi Goita", "2022-01", "", "org:mali-government"),
        ("Farmaajo", "2019-01", "", "org:somalia-government"),
        ("Ivan Duque", "2020-01", "", "org:colombia-government"),
        ("Ibrahim Boubacar Keita", "2015-06", "", "org:mali-government"),
        ("Muhammadu Buhari", "2016-06", "", "org:nigeria-government"),
        ("Joaquin Guzman", "2005", "", "org:sinaloa-cartel"),
        ("Guzman", "2005", "the Sinaloa cartel's routes", "org:sinaloa-cartel"),
        ("Arellano Felix brothers", "1995", "", "org:tijuana-cartel"),
        ("ULFA", "2000", "", "org:united-liberation-front-of-assam"),
        ("Abdul Malik al-Houthi", "2016", "", "org:ansarallah"),
        ("Johnny Adair", "2000", "", "org:ulster-defence-association"),
    ],
)
def test_leader_stands_for_body_at_date(
    resolver: Resolver, mention: str, date: str, context: str, org: str
) -> None:
    assert organization_at(resolver, mention, date, context) == org


@pytest.mark.parametrize(
    ("mention", "date", "context"),
    [
        ("Rodrigo Duterte", "2005-01", ""),  # mayor of Davao, not president
        ("Mustafa al-Kadhimi", "2016-01", ""),  # intelligence chief, not prime minister
        ("Ivan Duque", "2024-01", ""),  # out of office
        ("Johnny Adair", "2005", ""),  # expelled from the UDA in 2002
    ],
)
def test_no_body_out_of_tenure_or_context(
    resolver: Resolver, mention: str, date: str, context: str
) -> None:
    assert organization_at(resolver, mention, date, context) is None
