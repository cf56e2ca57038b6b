"""Leaders of armed groups outside Af/Pak stand for the group they led at the date (issue 10,
leaders12; data in ``curated/world_leaders.yaml``). A surname alone is weak: it resolves only
with one of the person's context words near it."""

from __future__ import annotations

import pytest
from tests.actors.conftest import organization_at

from riftwatch.actors.kb import default_kb
from riftwatch.actors.resolve import Resolver, default_resolver


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return default_resolver()


@pytest.mark.parametrize(
    ("mention", "date", "context", "org"),
    [
        ("Nur Misuari", "1990", "", "org:moro-national-liberation-front"),
        ("Hashim Salamat", "1990", "", "org:moro-islamic-liberation-front"),
        ("Hashim Salamat", "1975", "", "org:moro-national-liberation-front"),
        ("Velupillai Prabhakaran", "1995", "", "org:liberation-tigers-of-tamil-elam"),
        ("Karuna", "2000", "LTTE commanders in the east", "org:liberation-tigers-of-tamil-elam"),
        ("Karuna", "2005", "LTTE commanders in the east", "org:colonel-karuna-faction"),
        ("Umarov", "2010", "Caucasus Emirate", "org:emarat-kavkaz"),
        ("Umarov", "2007-01", "Chechnya", "org:chechen-republic-of-ichkeria"),
        ("Shekau", "2012", "Boko Haram fighters", "org:jamaatu-ahlis-sunna-liddaawati-wal-jihad"),
        ("Belmokhtar", "2014", "Al-Mourabitoun", "org:al-mourabitoun"),
        ("Belmokhtar", "2010", "al-Qaeda in the Islamic Maghreb", "org:aqim"),
        ("Janjalani", "1995", "Abu Sayyaf", "org:abu-sayyaf-group"),
        ("Hassan Nasrallah", "2006", "", "org:hezbollah"),
        ("Manuel Marulanda", "1990", "", "org:revolutionary-armed-forces-of-colombia-people-army"),
    ],
)
def test_a_leader_stands_for_the_group_at_the_date(
    resolver: Resolver, mention: str, date: str, context: str, org: str
) -> None:
    assert organization_at(resolver, mention, date, context) == org


@pytest.mark.parametrize(("mention", "date"), [("Prabhakaran", "1995"), ("Belmokhtar", "2014")])
def test_a_bare_surname_needs_context(resolver: Resolver, mention: str, date: str) -> None:
    assert organization_at(resolver, mention, date, "the weather was fine") is None


def test_leader_relations_point_at_groups() -> None:
    kb = default_kb()
    for ident in ("person:nur-misuari", "person:karuna-amman", "person:doku-khamatovich-umarov"):
        rels = [r for r in kb.get(ident).relations if r.type in ("leader_of", "member_of")]
        assert rels and all(kb.find(r.target) is not None for r in rels)
        assert all(kb.find(r.target).type != "person" for r in rels)
