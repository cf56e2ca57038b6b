"""An analyst's north-west Syria files (walk60, issues 9 and 10): what they showed, as behaviour.

- A cooperative frame over an infinitive ("agreed to share front lines against Y") makes Y the
  party opposed, never the partner of the agreement (code._object_phrase_party ``frame``).
- A hostile state with its other side named ("X and Y went to war with Z") sets X and Y
  against Z, not against each other (code._state_partner).
- The rival administrations of the north-west (the Syrian Salvation Government, the Syrian
  Interim Government) are no Syrian state, and Jabhat Ansar al-Din is no Malian Ansar Dine
  (curated/walk60.yaml).
- "the new body" after "merged into a new body, Z" or "dissolved into Z" is Z
  (coref.yaml ``formed_naming_words``, formation words).
- People who are no armed men, tied by loyalty ("senior figures loyal to X"), are X's own
  (cues.yaml ``loyal_people_nouns``); a looser tie ("close to X") makes nobody's.
- A name the parser hung on a fronted phrase of time, before an aside set off by commas, is
  its verb's subject ("Days later P, in a speech, accused Y": clauses.stranded_subject).
- Land held by a party ("the villages held by X") is X's, as a base used by X is, and ground
  captured is seized, not an arrest.
"""

from __future__ import annotations

from conftest import id_events

HTS = "org:hts"
HURRAS = "org:hurras-al-din"
AHRAR = "org:ahrar-al-sham"
ZENKI = "org:harakat-nour-al-din-al-zenki"
AQ = "org:al-qaeda"
SYRIA_GOV = "org:syrian-government"
SALVATION = "org:syrian-salvation-government"


def test_agreeing_to_act_against_a_party_is_no_agreement_with_it() -> None:
    text = "Jaysh al-Izza and Ahrar al-Sham agreed to hold joint positions against the Syrian army."
    found = id_events(text, "2019-05-01")
    assert not [e for e in found if e[1] == "AGREE" and e[2] == SYRIA_GOV]
    assert (AHRAR, "AGREE", "org:jaysh-al-izza", "asserted") in found
    partner = id_events("Ahrar al-Sham agreed to share front lines with Jaysh al-Izza.", "2019")
    assert (AHRAR, "AGREE", "org:jaysh-al-izza", "asserted") in partner
    # undoing a hostile act keeps the other side as the one conceded to
    undone = id_events("Ahrar al-Sham agreed to lift its siege against the Syrian army.", "2019")
    assert (AHRAR, "AGREE", SYRIA_GOV, "asserted") in undone


def test_going_to_war_with_a_named_side_is_no_war_between_the_allies() -> None:
    text = "Ahrar al-Sham and the Nour al-Din al-Zenki Movement went to war with Hurras al-Din."
    found = id_events(text, "2018-03-01")
    assert (AHRAR, "ASSAULT", HURRAS, "asserted") in found
    assert (ZENKI, "ASSAULT", HURRAS, "asserted") in found
    assert not [e for e in found if {e[0], e[2]} == {AHRAR, ZENKI} and e[1] == "ASSAULT"]
    each_other = id_events(
        "Ahrar al-Sham and the Nour al-Din al-Zenki Movement went to war with each other.", "2018"
    )
    assert (AHRAR, "ASSAULT", ZENKI, "asserted") in each_other
    # a place after "on" names no side: the battles stay between the two
    battles = id_events(
        "Through 2018 Ahrar al-Sham and Hurras al-Din fought repeated battles on the islands of the"
        " Euphrates.",
        "2018",
    )
    assert (AHRAR, "ASSAULT", HURRAS, "asserted") in battles


def test_the_norths_administrations_are_not_the_syrian_state() -> None:
    text = "Ahrar al-Sham handed two towns near Idlib to the HTS-backed Salvation Government."
    found = id_events(text, "2019-01-15")
    assert (HTS, "SUPPORT", SALVATION, "asserted") in found
    assert not [e for e in found if SYRIA_GOV in (e[0], e[2])]
    interim = id_events("The Syrian Interim Government condemned Hayat Tahrir al-Sham.", "2019")
    assert ("org:syrian-interim-government", "ACCUSE", HTS, "asserted") in interim
    merged = id_events("Jabhat Ansar al-Din merged with Jabhat Fateh al-Sham in Aleppo.", "2017-01")
    assert [e for e in merged if e[0] == "org:jabhat-ansar-al-din"]
    assert not [e for e in merged if "org:ansar-eddine" in (e[0], e[2])]


def test_the_new_body_after_a_described_formation_is_the_group_formed() -> None:
    for formed in (
        "Four factions merged into a new body, Hayat Tahrir al-Sham.",
        "Four factions dissolved themselves into Hayat Tahrir al-Sham.",
    ):
        found = id_events(f"{formed} Ahrar al-Sham refused to join the new body.", "2017-01-28")
        assert (AHRAR, "REJECT", HTS, "asserted") in found, formed
    # "the merger" refers back to the formation told before it, and names no new one
    back = id_events(
        "Four factions merged into a new body, Hayat Tahrir al-Sham. The merger came after a week"
        " of clashes. Ahrar al-Sham refused to join the new body.",
        "2017-01-28",
    )
    assert (AHRAR, "REJECT", HTS, "asserted") in back
    unnamed = id_events(
        "Four factions merged in January. Ahrar al-Sham refused to join the new body.", "2017"
    )
    assert not [e for e in unnamed if e[0] == AHRAR and e[1] == "REJECT"]


def test_figures_loyal_to_a_group_are_its_people() -> None:
    found = id_events("Hayat Tahrir al-Sham detained senior figures loyal to Al Qaeda.", "2017-11")
    assert (HTS, "COERCE", AQ, "asserted") in found
    close = id_events("Hayat Tahrir al-Sham detained senior figures close to Al Qaeda.", "2017-11")
    assert not [e for e in close if e[2] == AQ]
    once = id_events("Clerics once loyal to Al Qaeda denounced Hayat Tahrir al-Sham.", "2017-11")
    assert not [e for e in once if e[0] == AQ]


def test_a_name_before_an_aside_is_its_verbs_subject() -> None:
    text = (
        "Weeks later Ayman al-Zawahiri, in a video message, accused Hayat Tahrir al-Sham of"
        " treachery."
    )
    assert (AQ, "ACCUSE", HTS, "asserted") in id_events(text, "2017-11-28")
    denied = (
        "Weeks later Ayman al-Zawahiri, in a video message, denied accusing Hayat Tahrir al-Sham."
    )
    assert (AQ, "ACCUSE", HTS, "asserted") not in id_events(denied, "2017-11-28")


def test_land_held_by_a_party_is_its_own() -> None:
    found = id_events("Hayat Tahrir al-Sham overran the villages held by Ahrar al-Sham.", "2019")
    assert (HTS, "ASSAULT", AHRAR, "asserted") in found
    once = id_events(
        "Hayat Tahrir al-Sham overran the villages once held by Ahrar al-Sham.", "2019"
    )
    assert not [e for e in once if e[2] == AHRAR and e[3] == "asserted"]


def test_ground_captured_is_seized_not_an_arrest() -> None:
    from conftest import coded_dicts

    for text in (
        "Hayat Tahrir al-Sham captured towns controlled by Ahrar al-Sham.",
        "Hayat Tahrir al-Sham captured Ahrar al-Sham's bases.",
    ):
        modes = {(e["event_type"], e["mode"]) for e in coded_dicts(text, "2019-01-02")}
        assert ("COERCE", "seize") in modes, text
        assert ("COERCE", "arrest") not in modes, text
    people = coded_dicts("Hayat Tahrir al-Sham captured three Ahrar al-Sham commanders.", "2019")
    assert ("COERCE", "arrest") in {(e["event_type"], e["mode"]) for e in people}
