"""The world's countries, governments and office holders (PETRARCH-2 Phoenix), agent nouns,
and the conversion script (invented mentions; the data files are the product's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from riftwatch.actors.agents import load_agents
from riftwatch.actors.kb import default_kb
from riftwatch.actors.resolve import Resolver, default_resolver

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "build_phoenix_actors.py"


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return default_resolver()


def test_every_country_of_the_world_resolves(resolver: Resolver) -> None:
    for name, iso in [("Benin", "BEN"), ("Togo", "TGO"), ("Haiti", "HTI"), ("Liberia", "LBR"),
                      ("Senegal", "SEN"), ("Ivory Coast", "CIV"), ("Montenegro", "MNE"),
                      ("Slovenia", "SVN"), ("Macedonia", "MKD"), ("France", "FRA")]:  # fmt: skip
        res = resolver.resolve(name, "2005")
        assert res.actor is not None and res.actor.type == "country", name
        assert res.actor.country == iso


def test_demonyms_and_misspellings_of_new_countries(resolver: Resolver) -> None:
    assert resolver.resolve("Liberian", "2003").actor.id == "country:liberia"
    assert resolver.resolve("Afganistan", "2003").actor.id == "country:afghanistan"


def test_every_country_has_a_government(resolver: Resolver) -> None:
    kb = default_kb()
    for ent in kb:
        if ent.type == "country":
            assert ent.bodies.get("government"), ent.id
    assert resolver.resolve("Senegalese officials", "2005").actor.id == "org:senegal-government"
    assert resolver.resolve("the Government of Togo", "2005").actor.id == "org:togo-government"


def test_a_leader_maps_to_his_government_during_his_tenure_only(resolver: Resolver) -> None:
    during = resolver.resolve("Boris Yeltsin", "1995")
    assert during.actor.id == "person:boris-yeltsin"
    assert during.organization.id == "org:russian-government"
    after = resolver.resolve("Boris Yeltsin", "2003")  # out of office: stands for himself
    assert after.actor.id == "person:boris-yeltsin" and after.organization is None
    assert resolver.resolve("Francois Mitterrand", "1990").organization.id == (
        "org:france-government"
    )


def test_a_surname_needs_a_title_or_the_country(resolver: Resolver) -> None:
    assert resolver.resolve("President Yeltsin", "1995").organization.id == (
        "org:russian-government"
    )
    assert resolver.resolve("Yeltsin", "1995", "Russian leader Yeltsin said").actor is not None
    # a bare surname alone resolves only to the one office holder of that name at the date
    assert resolver.resolve("Yeltsin", "1995", "On Monday Yeltsin said").actor is not None
    assert resolver.resolve("Yeltsin", "1985", "On Monday Yeltsin said").unresolved  # not in office
    # no date (peers23, actors.open.v54): the one office holder the knowledge base has of that
    # name at any date, when no other actor bears it
    assert resolver.resolve("Yeltsin", None, "On Monday Yeltsin said").actor.id == (
        "person:boris-yeltsin"
    )
    # a sentence's first word is capitalised anyway: its capital is no sign of a name...
    assert resolver.resolve("Yeltsin", "1995", "Yeltsin was mentioned").unresolved
    # ...unless a verb of speech or meeting follows a word that is no common English word
    assert resolver.resolve("Yeltsin", "1995", "Yeltsin said").actor is not None


def test_common_words_and_places_do_not_become_countries(resolver: Resolver) -> None:
    for word in ("Young", "Rice", "Guinea pig", "Kandahar", "City of Light", "Namib Desert"):
        res = resolver.resolve(word, "2005", f"{word} was mentioned in passing.")
        assert res.actor is None or res.actor.type not in ("country", "person"), word


def test_the_curated_files_win(resolver: Resolver) -> None:
    # Phoenix also lists Karzai and the ISI; the curated actors keep the names
    assert resolver.resolve("Hamid Karzai", "2005").actor.id == "person:hamid-karzai"
    assert resolver.resolve("Inter-Services Intelligence", "2005").actor.id == "org:pak-isi"
    assert resolver.resolve("Pak forces", "2014").actor.id == "org:pak-army"


def test_agent_nouns_and_their_roles() -> None:
    agents = load_agents()
    assert agents.role("negotiators") == "government"
    assert agents.role("police") == "police" and agents.is_state("police")
    assert agents.role("rebels") == "rebels" and not agents.is_state("rebels")
    assert agents.role("prison") is None  # a Phoenix agent that is not an actor
    assert "prisoners" in agents.members and "police" in agents.bare
    assert agents.is_media("Xinhua News Agency") and not agents.is_media("Hamas")


def test_no_agent_noun_ends_in_a_preposition() -> None:
    """Phoenix's "AMBASSADOR_TO" heads "ambassador to <country>": as an agent noun it took
    the "to" of a purpose verb into the mention ("summoned the X ambassador to complain")."""
    agents = load_agents()
    assert agents.role("ambassador") == "government"
    for phrase in ("ambassador to", "ambassador at", "ambassador for", "embassy in"):
        assert agents.role(phrase) is None, phrase


def test_country_with_an_agent_noun(resolver: Resolver) -> None:
    assert resolver.resolve("U.S. negotiators", "2019").actor.id == "org:us-government"
    assert resolver.resolve("Kenyan peacekeepers", "2012").actor.id == "country:kenya"
    assert resolver.resolve("Syrian rebels", "2013").unresolved  # never the Syrian state


def test_the_phoenix_files_are_current() -> None:
    dictionaries = REPO.parent / "shared" / "dictionaries" / "petrarch2"
    if not dictionaries.exists():
        dictionaries = REPO.parent.parent / "shared" / "dictionaries" / "petrarch2"
    if not dictionaries.exists():
        pytest.skip("../shared/dictionaries/petrarch2 is not available")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--dictionaries", str(dictionaries)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr + done.stdout


def test_the_phoenix_file_carries_the_mit_notice() -> None:
    head = (REPO / "src/riftwatch/actors/data/generated/phoenix_countries.yaml").read_text("utf-8")[
        :600
    ]
    assert "MIT" in head and "Open Event Data Alliance" in head
    notice = (REPO / "docs" / "data-sources.md").read_text("utf-8")
    assert "Copyright (c) 2014 Open Event Data Alliance" in notice


def test_a_title_and_surname_go_to_the_office_holder_not_a_namesake_out_of_office() -> None:
    """ "President Museveni" in 2008: Yoweri held office, Janet (in the cabinet from 2009) not."""
    from riftwatch.actors.resolve import default_resolver

    res = default_resolver().resolve("President Museveni", "2008-05-01", "President Museveni said")
    assert res.actor is not None and res.actor.name == "Yoweri Museveni", res.reason


def test_undated_title_and_surname_goes_to_the_longer_office_holder() -> None:
    """Undated "President Museveni": Yoweri (in office since 1986), not Janet (from 2009)."""
    from riftwatch.actors.resolve import default_resolver

    res = default_resolver().resolve("President Museveni", None, "President Museveni said")
    assert res.actor is not None and res.actor.name == "Yoweri Museveni", res.reason


def test_a_known_name_that_runs_on_into_a_longer_one_is_not_that_actor() -> None:
    """ "People's Liberation Army of Manipur": an Indian insurgency, not China's army; the
    known name's own country after "of" keeps it ("Hezbollah of Lebanon")."""
    from riftwatch.actors.resolve import default_resolver

    r = default_resolver()
    text = "The People's Liberation Army of Manipur ambushed an army convoy."
    found = [res.actor.id for _s, _e, res in r.find_mentions(text, "2015-06-04") if res.actor]
    assert "org:peoples-liberation-army" not in found
    text = "The People's Liberation Army crossed the border."
    found = [res.actor.id for _s, _e, res in r.find_mentions(text, "2015-06-04") if res.actor]
    assert found == ["org:peoples-liberation-army"]
    text = "Hezbollah of Lebanon denied it."
    found = [res.actor.id for _s, _e, res in r.find_mentions(text, "2015-06-04") if res.actor]
    assert "org:hezbollah" in found


def test_a_group_named_with_a_place_qualifier_answers_to_its_bare_name_beside_the_place() -> None:
    """ "National Liberation Army (Colombia)" is the ELN where the text names Colombia, and
    no spelling neighbour (Corsica's "Army of National Liberation") takes it."""
    from riftwatch.actors.resolve import default_resolver

    r = default_resolver()
    res = r.resolve("National Liberation Army", "2015-06-04", "rebels in Colombia")
    assert res.actor is not None and res.actor.id == "org:national-liberation-army-colombia"
    res = r.resolve("National Liberation Army", "2015-06-04", "a statement was issued")
    assert res.actor is None or res.actor.id != "org:national-liberation-army-colombia"
