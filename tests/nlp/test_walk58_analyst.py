"""An analyst's Lake Chad files (walk58, issues 9 and 10): what they showed, as behaviour.

- "X and P's fighters fought each other": the parser may hang the first name on the
  possessed noun; the two are then the clash's two sides (clauses.possessed_conjunct).
- "ISWAP fighters overran Shekau's hideout": a past form the tagger took for a name, at the
  root with a subject and an object, is the verb (clauses.root_verb_read_as_name).
- A document that named no country, only groups of one home: its "government" is that
  home's (extract._country_for); groups of several homes leave it without a country.
- Borno's vigilante militia is one actor under its English and its Hausa name (UCDP's "Yan
  Gora"), and Shekau's faction is known by its short name "Jama'atu Ahlis Sunna"
  (dedupe.yaml reviewed pair, curated/walk58.yaml).
"""

from __future__ import annotations

import pytest

from conftest import id_events
from riftwatch.actors.kb import default_kb
from riftwatch.actors.resolve import Resolver
from riftwatch.nlp.extract import extract_document

JAS = "org:jamaatu-ahlis-sunna-liddaawati-wal-jihad"
ISWAP = "org:iswap"
NIGERIA_GOV = "org:nigeria-government"


def test_a_name_and_a_leaders_fighters_fought_each_other() -> None:
    text = "In 2017 ISWAP and Shekau's fighters fought each other around Lake Chad."
    found = id_events(text, "2017-06-01")
    assert (ISWAP, "ASSAULT", JAS, "asserted") in found
    assert (JAS, "ASSAULT", ISWAP, "asserted") in found
    negated = id_events(text.replace("fought", "did not fight"), "2017-06-01")
    assert not [e for e in negated if e[1] == "ASSAULT" and e[3] == "asserted"]


def test_a_past_form_read_as_a_name_is_the_verb() -> None:
    text = "ISWAP fighters overran Shekau's hideout in Sambisa."
    assert (ISWAP, "ASSAULT", JAS, "asserted") in id_events(text, "2021-05-20")
    hedged = id_events("ISWAP fighters may have overrun Shekau's hideout in Sambisa.", "2021-05-20")
    assert (ISWAP, "ASSAULT", JAS, "asserted") not in hedged


def test_the_government_of_a_document_naming_groups_of_one_home() -> None:
    text = (
        "Maiduguri, 4 May 2021. ISWAP shelled the outskirts of Maiduguri. "
        "The government accused Boko Haram of abducting farmers."
    )
    assert (NIGERIA_GOV, "ACCUSE", JAS, "asserted") in id_events(text, "2021-05-04")
    denied = id_events(text.replace("accused", "did not accuse"), "2021-05-04")
    assert (NIGERIA_GOV, "ACCUSE", JAS, "asserted") not in denied


def test_groups_of_two_homes_give_the_government_no_country() -> None:
    text = (
        "ISWAP and the Houthis issued statements on the same day. "
        "The government accused Boko Haram of abducting farmers."
    )
    assert not [e for e in id_events(text, "2021-05-04") if e[1] == "ACCUSE"]


@pytest.mark.parametrize("name", ["Yan Gora", "Civilian Joint Task Force", "Civilian JTF"])
def test_borno_vigilantes_are_one_actor(name: str) -> None:
    assert default_kb().canonical_id("org:yan-gora") == "org:civilian-joint-task-force"
    resolved = Resolver().resolve(name, "2015-01-01", "Borno Nigeria Boko Haram")
    assert resolved.actor is not None and resolved.actor.id == "org:civilian-joint-task-force"


def _statement(text: str) -> list[tuple[str, str, str, str]]:
    doc = {"id": "s", "text": text, "date": "2016-08-20", "source_type": "militant_statement",
           "title": "Statement of Jama'atu Ahlis Sunna"}  # fmt: skip
    return [(c.event.source.org_id or c.event.source.id, c.event.event_type,
             c.event.target.org_id or c.event.target.id, c.event.modality)
            for c in extract_document(doc)]  # fmt: skip


def test_the_short_name_of_shekaus_faction_signs_its_statement() -> None:
    found = _statement("We warn the Nigerian army that its bases in Borno will be attacked.")
    assert (JAS, "THREATEN", "country:nigeria", "asserted") in found
    denied = _statement("We have never threatened the Nigerian army.")
    assert not [e for e in denied if e[1] == "THREATEN" and e[3] == "asserted"]


def _dates(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(c.event.event_type, c.to_dict().get("date"))
            for c in extract_document({"id": "d", "text": text, "date": date})]  # fmt: skip


def test_a_year_after_an_undated_event_is_not_a_year_after_the_report() -> None:
    text = (
        "Assessment of Shekau and the Islamic State. Dated 30 June 2021.\n"
        "For a year after his pledge Shekau's fighters received money from the Islamic State."
    )
    dates = [d for t, d in _dates(text, "2021-06-30") if t == "AID"]
    assert dates and all(d is not None and d <= "2021-06-30" for d in dates)
    # a narrative that dated the event before keeps counting from it
    told = (
        "In 2014 Boko Haram pledged allegiance to the Islamic State. "
        "A year after the pledge, Boko Haram received money from the Islamic State."
    )
    assert ("AID", "2015") in _dates(told, "2021-06-30")


def test_a_led_force_is_not_the_home_state_of_the_groups_named() -> None:
    text = (
        "Hamas fighters seized Gaza from forces loyal to Fatah. "
        "AAMB gunmen fought alongside the Fatah-led security services that week."
    )
    found = id_events(text, "2007-06-20")
    assert not [e for e in found if e[2].startswith(("org:israel", "country:isr"))
                or "israel" in e[2]]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "In May 2021 ISWAP fighters overran Shekau's camp in Sambisa.",
        "From 2016 ISWAP and Shekau's faction fought each other around Lake Chad.",
    ],
)
def test_a_fronted_date_without_a_comma_keeps_the_subject(text: str) -> None:
    found = id_events(text, "2022-10-12")
    assert (ISWAP, "ASSAULT", JAS, "asserted") in found
    hedged = text.replace("overran", "may have overrun").replace("fought", "may have fought")
    assert (ISWAP, "ASSAULT", JAS, "asserted") not in id_events(hedged, "2022-10-12")
