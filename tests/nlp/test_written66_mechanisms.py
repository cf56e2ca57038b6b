"""Written reports, round 49 of the data (issue 9, helper written66): long report sentences
with several actors, paragraphs that refer back by title or description, attributive and
relative-clause relations. Classes met over the work half, each fixed as a mechanism for its
family of wordings and tested on invented sentences (none of them a labelled item) with
negated or look-alike twins that must keep their reading."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

from riftwatch.api import extract


# -- a) the corpus memory carries a PERSON's tie to the other documents; a common noun that
# one document tied to a group ("Al Qaeda's Arab commanders") is nobody's name, so "the
# commanders" of another document stay unresolved (memory.CorpusMemory)
def test_common_noun_tie_stays_in_its_document() -> None:
    docs = [
        {"id": "a", "date": "2009-03-01",
         "text": "Baitullah Mehsud's men were trained by the Haqqani network's instructors in "
                 "Miranshah, a tribal journalist wrote."},
        {"id": "b", "date": "2009-03-02",
         "text": "The Afghan Taliban's shura rebuked the instructors who had crossed into "
                 "Kurram without leave."},
    ]  # fmt: skip
    events = [e for e in extract(docs) if e.get("doc_id") == "b"]
    assert not [e for e in events if "Haqqani" in str(e.get("target"))], events


# -- b) verbs of objecting take a gerund that is an act objected to, not done
# (cues.yaml objecting_verbs; modality._deliberated)
@pytest.mark.parametrize(
    "text",
    [
        "Several elders in Kurram objected to handing the checkpoint to the Frontier Corps, "
        "a local radio station reported.",
        "Hardliners on the Quetta shura opposed sheltering Lashkar-e-Taiba's trainers in "
        "Helmand, two former members said.",
        "Commanders in Miranshah resisted arming the Pakistani Taliban's new recruits, "
        "according to an intercepted letter.",
    ],
)  # fmt: skip
def test_gerund_after_objecting_verb_is_not_asserted(text: str) -> None:
    found = named_events(text, "2012-05-01")
    assert_events(found, gives_not=[("", ("AID", "COOPERATE", "CONCEDE", "YIELD"), "")])


def test_noun_object_of_objecting_verb_keeps_its_reading() -> None:
    # the opposition itself is still read; only a gerund is an act not done
    found = named_events("The Afghan Taliban opposed the Islamic State's expansion into "
                         "Nangarhar.", "2016-05-01")  # fmt: skip
    assert_events(found, gives_not=[("Islamic State", ("AID", "COOPERATE"), "")])


# -- c) a hostile event noun after "came under" may name its doer as a modifier, not only in
# a from/by phrase (mechanisms.came_under)
@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        ("Hakimullah Mehsud's fighters, who had held much of South Waziristan since 2008, "
         "came under intense Pakistani bombardment in October 2009.", "Pakistan", "Tehrik"),
        ("The Haqqani network, long a favourite of the spy agency, came under sustained "
         "American bombing in North Waziristan in 2010.", "United States", "Haqqani"),
    ],
)  # fmt: skip
def test_came_under_modifier_names_the_doer(text: str, doer: str, victim: str) -> None:
    assert_events(named_events(text, "2010-12-01"), gives=[(doer, "ASSAULT", victim)])


def test_came_under_negated_stays_negated() -> None:
    found = named_events("The Haqqani network never came under American bombing in Kurram "
                         "that winter.", "2010-12-01")  # fmt: skip
    assert_events(found, gives_not=[("United States", "ASSAULT", "Haqqani")])


# -- d) a noun that is no party stands for the owner of its "of" phrase, and for each party
# coordinated with that owner ("hideouts of X and Y"; code.Coder._actors)
@pytest.mark.parametrize(
    "text",
    [
        "Afghan commandos overran the bases of the Haqqani network and Lashkar-e-Taiba in "
        "Paktia, the defence ministry said.",
        "The defence ministry said Afghan commandos had stormed compounds of Lashkar-e-Taiba "
        "and the Haqqani network near Khost.",
    ],
)  # fmt: skip
def test_coordinated_owners_of_a_place_noun_are_each_struck(text: str) -> None:
    found = named_events(text, "2013-05-01")
    assert_events(found, gives=[("Afghan", "ASSAULT", "Haqqani"), ("Afghan", "ASSAULT", "Lashkar")])


def test_coordinated_owners_negated() -> None:
    found = named_events("Afghan commandos did not overrun the bases of the Haqqani network and "
                         "Lashkar-e-Taiba in Paktia.", "2013-05-01")  # fmt: skip
    assert_events(found, gives_not=[("Afghan", "ASSAULT", "Lashkar")])


# -- e) "killed N of X's men along with Y's commanders": people named after "along with"
# beside the object of an attack verb are victims too (code.Coder._victims_along); a place
# object with "along with" fighters is the doer's companion, not a victim
@pytest.mark.parametrize(
    "text",
    [
        "Haqqani fighters killed four Taliban fighters along with three Islamic State "
        "commanders in Kurram.",
        "Haqqani gunmen ambushed and killed a dozen of the Taliban militants along with "
        "militants of the Islamic State near Zurmat.",
    ],
)  # fmt: skip
def test_victims_along_with_the_object(text: str) -> None:
    assert_events(named_events(text, "2017-05-01"), gives=[("Haqqani", "ASSAULT", "Islamic State")])


def test_companion_of_a_place_object_is_no_victim() -> None:
    found = named_events("The Taliban stormed the police post along with Haqqani fighters.",
                         "2012-05-01")  # fmt: skip
    assert_events(found, gives_not=[("Taliban", "ASSAULT", "Haqqani")])
