"""World-news recall, round peers23 (issue 9, the peers' gold sets), on invented sentences.

Classes of phrasing, not sentences: a country adjective that owns the event noun of a
headline ("Qatari support for Hamas grows": the adjective is no pronoun subject of the noun
read as a verb), a country adjective before an attack noun whose target is named ("Kenyan
attacks on al-Shabaab": the author, not where it happened), and a bare surname of the one
office holder who bears it in an undated sentence. Each has negated, denied or hedged twins
that must not be asserted. None of the sentences comes from a benchmark or a dev set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has

from riftwatch.actors.resolve import Resolver
from riftwatch.nlp.extract import extract_document


def events(text: str, date: str | None = "2012-01-01") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text`` (no date when None)."""
    doc = {"id": "t", "text": text}
    if date is not None:
        doc["date"] = date
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in extract_document(doc)
    }  # fmt: skip


# -- a country adjective owns a headline's event noun (headline._demonym_of_noun) ------------
@pytest.mark.parametrize(
    ("text", "a", "etype", "b"),
    [
        ("Qatari support for Hamas grows", "Qatar", "AID", "Hamas"),
        ("Iranian aid to Hezbollah rises", "Iran", "AID", "Hezbollah"),
    ],
)
def test_a_headline_country_adjective_owns_the_event_noun(
    text: str, a: str, etype: str, b: str
) -> None:
    found = events(text)
    assert has(found, a, etype, b), found


@pytest.mark.parametrize(
    "text",
    [
        "No Qatari support for Hamas, says minister",
        "Qatari support for Hamas denied",
        "Qatari support for Hamas may grow",
    ],
)
def test_a_headline_country_adjective_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted(found) if e[1] == "AID"}, found


def test_a_headline_actor_before_an_event_word_is_still_its_subject() -> None:
    # the pronoun repair the adjective is kept out of still reads a name as the subject
    found = events("Hamas fighters attack Fatah post")
    assert not {e for e in asserted(found) if "Qatar" in e[0]}, found


# -- a country adjective is the author of an attack on a named party (demonym_author) -------
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan attacks on al-Shabaab intensified last month.",
        "The Kenyan attack against al-Shabaab killed six fighters.",
    ],
)
def test_a_country_adjective_before_an_attack_on_a_party_is_its_author(text: str) -> None:
    found = events(text)
    assert has(found, "Kenya", "ASSAULT", "Shabaab"), found


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi denied that there were any Kenyan attacks on al-Shabaab.",
        "Kenyan attacks on al-Shabaab may resume next month.",
        "There were no Kenyan attacks on al-Shabaab last month.",
    ],
)
def test_a_country_adjective_attack_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted(found) if e[1] == "ASSAULT" and "Kenya" in e[0]}, found


def test_a_country_name_before_an_attack_is_still_a_place() -> None:
    # "Kenya attack": the name, not the adjective, tells where it happened
    found = events("Kenya attack on al-Shabaab kills five")
    assert not {e for e in asserted(found) if "Kenya" in e[0]}, found


def test_a_country_adjective_before_clashes_is_where_they_happened() -> None:
    found = events("Somali clashes between al-Shabaab and Hizbul Islam killed ten.")
    assert not {e for e in found if "Somalia" in e[0] or "Somalia" in e[2]}, found


# -- a bare surname of the one office holder who bears it, undated (resolve) ---------------
def test_an_undated_surname_of_one_office_holder_resolves() -> None:
    found = events("Putin condemned the Ukrainian government.", date=None)
    assert has(found, "Russia", "ACCUSE", "Ukraine"), found


@pytest.mark.parametrize(
    "text",
    [
        "Putin did not condemn the Ukrainian government.",
        "Putin may condemn the Ukrainian government.",
    ],
)
def test_an_undated_surname_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text, date=None)
    assert not {e for e in asserted(found) if e[1] == "ACCUSE"}, found


def test_an_undated_surname_two_office_holders_bear_stays_unresolved() -> None:
    resolver = Resolver()
    assert resolver.resolve("Blair").unresolved
    assert resolver.resolve("Hakim").unresolved  # also a given name


# -- intergovernmental organisations named by their abbreviations (curated/igos.yaml) -------
@pytest.mark.parametrize(
    ("text", "a", "etype", "b"),
    [
        ("The GCC condemned Iran on Tuesday.", "Gulf Cooperation Council", "ACCUSE", "Iran"),
        (
            "UNIFIL accused Hezbollah of blocking its patrols.",
            "Interim Force",
            "ACCUSE",
            "Hezbollah",
        ),
        ("Belarus rejected an OSCE request to monitor the vote.", "Belarus", "REJECT", "Security"),
    ],
)
def test_an_igo_named_by_its_abbreviation_is_a_party(text: str, a: str, etype: str, b: str) -> None:
    found = events(text, date="2010-01-01")
    assert has(found, a, etype, b), found


@pytest.mark.parametrize(
    "text",
    [
        "The GCC did not condemn Iran on Tuesday.",
        "UNIFIL denied accusing Hezbollah of blocking its patrols.",
        "The GCC may condemn Iran next week.",
    ],
)
def test_an_igo_abbreviation_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text, date="2010-01-01")
    assert not {e for e in asserted(found) if e[1] == "ACCUSE"}, found


def test_a_two_letter_abbreviation_needs_its_context() -> None:
    # "EC" is the European Community only beside a European word (an election commission
    # elsewhere)
    resolver = Resolver()
    found = resolver.find_mentions("The EC announced the election schedule for Punjab.", "2013")
    assert not any("European" in res.actor.name for _s, _e, res in found if not res.unresolved)
