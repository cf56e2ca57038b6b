"""What walk60's north-west Syria files left open (fix61d), as behaviour, on invented sentences.

- A message given to its author only as hearsay ("a statement attributed to X accused Y")
  has X as its author, but what it does is uncertain; "issued by X" stays X's own act
  (written.attributed_author, modality._told_author, cues.yaml ``hedged_authorship_verbs``).
- A clause after "after/before/since/until" whose subject the parser made the preposition's
  object ("came days after P, in a speech, accused Y") gets P back as its subject
  (clauses.clause_after_preposition).
- "took Y in" gives Y refuge, as "sheltered Y" does (events.yaml ``particle_idioms``); another
  group's men taken in join the taker (gaps61, mechanisms.absorbed_members).
- The people a verb of rallying or directing addresses, placed in a country ("urged
  fighters in Y to ..."), are not that country (mechanisms._addressee_objects).
"""

from __future__ import annotations

from conftest import id_events

HTS = "org:hts"
HURRAS = "org:hurras-al-din"
AHRAR = "org:ahrar-al-sham"
ZENKI = "org:harakat-nour-al-din-al-zenki"
AQ = "org:al-qaeda"


def _between(found: list[tuple[str, str, str, str]], a: str, b: str) -> list[tuple]:
    return [e for e in found if e[0] == a and e[2] == b]


# -- 1. hedged authorship ------------------------------------------------------------------


def test_a_message_attributed_to_a_party_is_its_act_only_as_told() -> None:
    text = "An audio recording attributed to Ahrar al-Sham accused Hurras al-Din of kidnapping."
    found = id_events(text, "2018-02-01")
    assert (AHRAR, "ACCUSE", HURRAS, "uncertain") in found
    assert not [e for e in found if e[3] == "asserted" and {e[0], e[2]} == {AHRAR, HURRAS}]
    ascribed = id_events(
        "A statement ascribed to Hurras al-Din threatened Ahrar al-Sham and condemned Turkey.",
        "2018",
    )
    assert (HURRAS, "THREATEN", AHRAR, "uncertain") in ascribed
    assert (HURRAS, "ACCUSE", "country:turkey", "uncertain") in ascribed
    assert not [e for e in ascribed if e[3] == "asserted"]


def test_a_message_issued_by_a_party_stays_its_own_act() -> None:
    text = "An audio recording released by Ahrar al-Sham accused Hurras al-Din of kidnapping."
    found = id_events(text, "2018-02-01")
    assert (AHRAR, "ACCUSE", HURRAS, "asserted") in found
    # a message sent to a party is not that party's
    sent = id_events(
        "An audio recording sent to Ahrar al-Sham accused Hurras al-Din of kidnapping.", "2018"
    )
    assert not _between(sent, AHRAR, HURRAS)


def test_an_attributed_denial_asserts_nothing() -> None:
    text = (
        "A statement attributed to Ahrar al-Sham denied that the movement had attacked"
        " Hurras al-Din."
    )
    found = id_events(text, "2018-02-01")
    assert not [e for e in found if e[3] == "asserted"]


# -- 2. a clause after a preposition of time -----------------------------------------------


def test_the_subject_of_a_clause_after_after_is_the_preposition_object() -> None:
    text = (
        "The raids began a week after Abu Mohammad al-Julani, in a recorded sermon, accused"
        " Hurras al-Din of sowing discord."
    )
    found = id_events(text, "2019-06-01")
    assert (HTS, "ACCUSE", HURRAS, "asserted") in found
    before = id_events(
        "The truce collapsed two days before Ahrar al-Sham, in a written statement, accused"
        " Hurras al-Din of treachery.",
        "2019",
    )
    assert (AHRAR, "ACCUSE", HURRAS, "asserted") in before


def test_a_negated_or_hedged_clause_after_after_asserts_nothing() -> None:
    negated = id_events(
        "The raids began a week after Ahrar al-Sham, in a statement, did not accuse"
        " Hurras al-Din of treachery.",
        "2019",
    )
    assert not [e for e in negated if e[3] == "asserted" and e[1] == "ACCUSE"]
    hedged = id_events(
        "The clashes erupted shortly before Ahrar al-Sham, according to activists, may have"
        " attacked Hurras al-Din positions.",
        "2019",
    )
    assert not [e for e in hedged if e[3] == "asserted" and e[1] == "ASSAULT"]


def test_a_list_of_verbs_after_a_time_phrase_is_no_clause() -> None:
    from riftwatch.nlp.clauses import clause_after_preposition
    from riftwatch.nlp.parse import nlp

    doc = nlp()("The column moved after midnight, shelled the village and withdrew.")
    assert clause_after_preposition(doc) == []
    doc = nlp()("The fighting stopped a day after Ahrar al-Sham, in March, raided the depot.")
    assert clause_after_preposition(doc)
    assert [(t.dep_, t.head.text) for t in doc if t.text == "Sham"] == [("nsubj", "raided")]


# -- 3. taking a party in ------------------------------------------------------------------


def test_taking_a_party_in_gives_it_refuge() -> None:
    text = "Hurras al-Din fighters fled to Idlib, where commanders of Ahrar al-Sham took them in."
    found = id_events(text, "2019-03-01")
    assert (AHRAR, "AID", HURRAS, "asserted") in found
    assert not [e for e in found if e[1] in ("COERCE", "SEIZE")]
    # "took in hundreds of Y fighters" takes Y's men into the taker's ranks: Y's men join it
    # (gaps61, mechanisms.absorbed_members), no refuge
    direct = id_events("Ahrar al-Sham took in hundreds of Hurras al-Din fighters.", "2019")
    assert (HURRAS, "COOPERATE", AHRAR, "asserted") in direct
    assert (AHRAR, "AID", HURRAS, "asserted") not in direct


def test_refusing_or_not_taking_a_party_in_gives_no_refuge() -> None:
    refused = id_events("Ahrar al-Sham refused to take in Hurras al-Din fighters.", "2019")
    assert not [e for e in refused if e[1] == "AID" and e[3] == "asserted"]
    negated = id_events("Ahrar al-Sham did not take Hurras al-Din fighters in.", "2019")
    assert not [e for e in negated if e[1] == "AID" and e[3] == "asserted"]
    offered = id_events(
        "Ahrar al-Sham said it might take in Hurras al-Din fighters if they disarmed.", "2019"
    )
    assert not [e for e in offered if e[1] == "AID" and e[3] == "asserted"]


# -- 4. the people addressed, placed in a country ------------------------------------------


def test_people_urged_in_a_country_are_not_the_country() -> None:
    found = id_events("Osama bin Laden urged militants in Yemen to attack Saudi Arabia.", "2009")
    assert not [e for e in found if e[1] == "REQUEST" and e[2] == "country:yemen"]
    told = id_events("Ayman al-Zawahiri told supporters in Egypt to shun elections.", "2012")
    assert not [e for e in told if e[2] == "country:egypt"]


def test_a_country_urged_or_acted_in_keeps_its_reading() -> None:
    urged = id_events("Ayman al-Zawahiri urged Pakistan to release the prisoners.", "2012")
    assert (AQ, "REQUEST", "country:pakistan", "asserted") in urged
    banned = id_events("Turkey banned rallies in Syria.", "2019")
    assert ("country:turkey", "SANCTION", "country:syria", "asserted") in banned
