"""An analyst's Somalia files (walk59, issues 9 and 10): what they showed, as behaviour.

- "X fought alongside government forces against Y": the noun phrase after the preposition
  is no subject and verb ("government" a pronoun, "forces" its verb), so X fights beside the
  government and against Y (headline._object_of_finite_clause).
- "Clan militias known as Macawisley drove Y out": a collective the knowledge base reads in
  the noun ("clan militias", the tribal elders) yields to the name the sentence gives it
  (mentions._named_noun).
- Somalia's federal member states act through their own forces ("a Puntland security forces
  post", curated/world_groups_mmp36.yaml; "Galmudug forces", curated/walk59.yaml), and
  al-Shabaab's Amniyat is al-Shabaab (curated/walk59.yaml).
"""

from __future__ import annotations

from conftest import id_events
from riftwatch.actors.kb import default_kb
from riftwatch.actors.resolve import Resolver

ASWJ = "org:ahlu-sunna-wal-jama"
SHABAAB = "org:al-shabaab"
SOMALIA_GOV = "org:somalia-government"
PUNTLAND = "org:puntland-state-of-somalia"
MACAWISLEY = "org:macawisley"


def test_fought_alongside_government_forces_against_a_third_party() -> None:
    text = "Ahlu Sunna Wal Jama'a fought alongside government forces against al-Shabaab."
    found = id_events(text, "2009-05-01")
    assert (ASWJ, "ASSAULT", SHABAAB, "asserted") in found
    assert (ASWJ, "COOPERATE", SOMALIA_GOV, "asserted") in found
    assert not [e for e in found if e[1] == "ASSAULT" and e[2] == SOMALIA_GOV]
    negated = id_events(text.replace("fought", "never fought"), "2009-05-01")
    assert not [e for e in negated if e[3] == "asserted"]


def test_a_collective_noun_named_by_known_as_is_the_named_group() -> None:
    text = "Clan militias known as Macawisley drove al-Shabaab out of villages in Hiran."
    found = id_events(text, "2022-09-12")
    assert (MACAWISLEY, "COERCE", SHABAAB, "asserted") in found
    assert not [e for e in found if e[0] == "collective:tribal-elders"]
    unnamed = id_events("Clan militias drove al-Shabaab out of villages in Hiran.", "2022-09-12")
    assert ("collective:tribal-elders", "COERCE", SHABAAB, "asserted") in unnamed
    hedged = id_events(text.replace("drove", "may have driven"), "2022-09-12")
    assert (MACAWISLEY, "COERCE", SHABAAB, "asserted") not in hedged


def test_an_unknown_name_given_to_a_collective_noun_is_an_open_group() -> None:
    text = "Clan militias known as the Zorvan Guard attacked al-Shabaab near Beledweyne."
    found = id_events(text, "2022-09-12")
    assert [e for e in found if e[0].startswith("open:") and e[1] == "ASSAULT" and e[2] == SHABAAB]
    assert not [e for e in found if e[0] == "collective:tribal-elders"]


def test_a_member_states_forces_are_its_administration() -> None:
    text = "Islamic State militants attacked a Puntland security forces post near Bosaso."
    assert ("org:islamic-state", "ASSAULT", PUNTLAND, "asserted") in id_events(text, "2019-04-01")
    denied = id_events(text.replace("attacked", "did not attack"), "2019-04-01")
    assert ("org:islamic-state", "ASSAULT", PUNTLAND, "asserted") not in denied
    # the state as a place where something happened is no side of it
    place = id_events("Islamic State militants attacked a village in Puntland.", "2019-04-01")
    assert not [e for e in place if PUNTLAND in (e[0], e[2])]


def test_somali_names_resolve() -> None:
    resolver = Resolver(default_kb())
    assert resolver.resolve("Somaliland", "2020-01-01").actor.id == "org:republic-of-somaliland"
    galmudug = resolver.resolve("Galmudug forces", "2020-01-01")
    assert galmudug.actor.id == "org:galmudug-administration"
    amniyat = resolver.resolve("Amniyat", "2020-01-01", "al-Shabaab's intelligence wing in Somalia")
    assert amniyat.actor.id == SHABAAB
