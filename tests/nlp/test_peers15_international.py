"""International organisations as parties of events (issue 9, peers15), on invented sentences.

The knowledge base knows the intergovernmental and non-governmental organisations of
PETRARCH-2's Phoenix international dictionary (scripts/build_phoenix_international.py), so
an organisation, its agents ("IMF officials", "Interpol officers", "African Union troops")
and its statements ("UNHCR said it ...") are parties of the event with the organisation's
own id and type. Each construction has negated or hedged twins that must not be asserted,
and ordinary or lower-case words that must not become the organisation. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, id_events, named_events

from riftwatch.actors.kb import default_kb
from riftwatch.nlp.extract import extract_document


def events(text: str, date: str = "2013-04-09") -> set[tuple[str, str, str, str]]:
    return named_events(text, date)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("IMF officials praised the Egyptian government's reforms.",
         "International Monetary Fund", "SUPPORT", "Egypt"),
        ("The International Monetary Fund criticised the government of Ghana on Monday.",
         "International Monetary Fund", "ACCUSE", "Ghana"),
        ("Interpol officers arrested a Hezbollah financier in Paraguay.",
         "International Criminal Police Organization", "COERCE", "Hezbollah"),
        ("African Union troops killed ten al-Shabaab fighters near Kismayo.",
         "African Union", "ASSAULT", "Shabaab"),
        ("The Organization of American States condemned Venezuela on Friday.",
         "Organization of American States", "ACCUSE", "Venezuela"),
        ("Human Rights Watch accused the Burundian police of torture.",
         "Human Rights Watch", "ACCUSE", "Burundi"),
    ],
)  # fmt: skip
def test_an_international_organisation_and_its_agents_are_a_party(
    text: str, source: str, etype: str, target: str
) -> None:
    found = events(text)
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    "text",
    [
        "UNHCR said it condemned the Ethiopian government's treatment of refugees.",
        "UNHCR condemned the Ethiopian government's treatment of refugees, its spokesman said.",
    ],
)
def test_an_organisation_speaking_for_itself_codes_its_statement(text: str) -> None:
    found = events(text)
    assert has(found, "UNHCR", "ACCUSE", "Ethiopia"), found


@pytest.mark.parametrize(
    "text",
    [
        "UNHCR did not condemn the Ethiopian government.",
        "UNHCR denied condemning the Ethiopian government.",
        "UNHCR may condemn the Ethiopian government next week.",
        "If the talks fail, Interpol officers will arrest the Hezbollah financier.",
        "IMF officials did not praise the Egyptian government's reforms.",
    ],
)
def test_negated_denied_or_hedged_acts_of_an_organisation_are_not_asserted(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted(found) if e[1] in ("ACCUSE", "COERCE", "SUPPORT")}, found


def test_the_organisation_keeps_its_type_in_the_actor_fields() -> None:
    kb = default_kb()
    found = id_events("The World Bank suspended its aid to the Ugandan government.", "2014-02-25")
    assert found and found[0][0] == "org:world-bank", found
    assert kb.get(found[0][0]).type == "igo"
    claims = extract_document({
        "id": "t", "date": "2014-02-25",
        "text": "Doctors Without Borders accused the Syrian army of bombing its clinic.",
    })  # fmt: skip
    sources = {c.event.source.org_id for c in claims}
    assert "org:doctors-without-borders" in sources, sources
    assert kb.get("org:doctors-without-borders").type == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "The coach criticised the Nigerian army after the match.",
        "Apple growers accused the Kenyan government of neglect.",
        "An aid group accused the Kenyan government of neglect.",
        "The world bank of seeds was attacked by Syrian troops.",
    ],
)
def test_ordinary_or_lower_case_words_are_no_organisation(text: str) -> None:
    for claim in extract_document({"id": "t", "text": text, "date": "2013-04-09"}):
        for actor in (claim.event.source, claim.event.target):
            ident = actor.org_id or actor.id or ""
            if ident.startswith("org:"):
                assert default_kb().get(ident).type not in ("igo", "organization"), ident
