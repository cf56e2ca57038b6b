"""Sides of relationship descriptions from regions the knowledge base barely knows (sides21).

Invented sentences and invented names (or real names of other groups than the cases that
showed the class): a skeleton match must still be spelt like the name, and a spelling variant
of a group of a country the text does not name is not that group; an unknown first name before
a word only spelt like a known name is a person; a short form of a group the text names by its
initials is that group; a part of another group a known person once commanded does not replace
his own group; "P ... and his Y soldiers" ties P to Y; initials of a group whose name names
another country are not it in a text about other countries.
"""

from __future__ import annotations

from riftwatch.actors.resolve import Resolver, _spelt_alike
from riftwatch.nlp.code import Actor
from riftwatch.nlp.ties import _commands_a_part


# -- a known leader keeps his group ------------------------------------------------------------
def test_a_known_leader_in_the_bundled_kb_keeps_his_group_in_office() -> None:
    r = Resolver()
    res = r.resolve("Mullah Omar", date="2001-05")
    assert res.organization is not None and res.organization.id == "org:afghan-taliban"


# -- (b) namesakes found through a consonant skeleton ------------------------------------------
def test_a_skeleton_match_must_still_be_spelt_like_the_name() -> None:
    assert not _spelt_alike("South Kabbar", "South Korea")
    assert not _spelt_alike("Port Mirrat", "Port Moresby")
    assert _spelt_alike("Hezbollah", "Hizbollah")
    assert _spelt_alike("Jaish-e-Mohammed", "Jaish-i-Muhammad")


def test_a_hill_district_is_not_a_country_spelt_with_its_consonants() -> None:
    r = Resolver()
    assert r.resolve("South Kachhar", "2001").actor is None or (
        r.resolve("South Kachhar", "2001").actor.id != "country:south-korea"
    )
    # a real spelling variant still reaches the group
    assert r.resolve("Hizbollah", "2001").actor.id == "org:hezbollah"


def test_a_person_full_name_is_not_a_group_spelt_like_his_surname() -> None:
    r = Resolver()
    # "Caritas" is a known organisation; "Mehmet Karitos" is a man
    assert r.resolve("Mehmet Karitos", "1991").actor is None
    # an exact known name after a word still reads as before
    assert r.resolve("Senior Haqqani Network", "2010").actor.id == "org:haqqani-network"


# -- (a)/(b) a short form of a group the text names by its initials -----------------------------
def test_a_short_form_is_the_group_the_text_names_by_its_initials() -> None:
    r = Resolver()
    text = "Cells in Europe trained with the Salafist Group, months before the GSPC pledged."
    res = r.resolve("the Salafist Group", "2005", text)
    assert res.actor is not None and res.actor.id == "org:gspc"


def test_a_short_form_without_the_initials_in_the_text_is_left_alone() -> None:
    r = Resolver()
    plain = r.resolve("the Salafist Group", "2005", "They trained in the mountains.")
    assert plain.actor is None or plain.actor.id != "org:gspc"


def test_two_groups_the_short_form_begins_stay_open() -> None:
    r = Resolver()
    # the initials of two groups whose names both begin "Islamic Movement": no one group
    text = "Fighters of the IMK and the IMU met the Islamic Movement's envoys."
    res = r.resolve("the Islamic Movement", "2000", text)
    assert res.actor is None


# -- ties: a part of another group a known person once commanded ------------------------------
_G = Actor(id="org:g", name="G", mention="G", type="armed_group", org_id="org:g")


def test_commanding_a_zone_of_another_group_keeps_a_known_persons_group() -> None:
    p = Actor(id="person:p", name="Lio Darrow", mention="Lio Darrow", type="person",
              org_id="org:h")  # fmt: skip
    text = "Lio Darrow, who had commanded the G's western zone, denounced the G."
    end = text.index("G's") + 1
    assert _commands_a_part(text, end, p, _G)
    for other in ("the G's ranks", "the G"):
        t2 = f"Lio Darrow, who had commanded {other}, denounced it."
        assert not _commands_a_part(t2, t2.index("G") + 1, p, _G)


def test_a_person_of_no_known_group_is_tied_by_the_zone_he_commanded() -> None:
    alone = Actor(id="person:p", name="Lio Darrow", mention="Lio Darrow", type="person",
                  org_id="person:p")  # fmt: skip
    text = "Lio Darrow commanded the G's western zone."
    assert not _commands_a_part(text, text.index("G's") + 1, alone, _G)
    assert not _commands_a_part(text, text.index("G's") + 1, None, _G)


def _claims(text: str, date: str) -> set[tuple[str, str, str]]:
    from riftwatch.nlp.extract import extract_document

    return {
        (c.event.source.key(), c.event.target.key(), c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": date})
    }


def test_extraction_keeps_a_known_leader_apart_from_the_zone_he_once_commanded() -> None:
    text = (
        "Mokhtar Belmokhtar, who had commanded the Armed Islamic Group's southern zone, "
        "accused the Armed Islamic Group of killing villagers."
    )
    claims = _claims(text, "2014-06")
    assert ("org:al-mourabitoun", "org:armed-islamic-group", "asserted") in claims
    denied = text.replace("accused the", "never accused the")
    assert not any(
        m == "asserted" and t == "org:armed-islamic-group"
        for _s, t, m in _claims(denied, "2014-06")
    )


# -- (c) a person owning a group's members by "his" ---------------------------------------------
def _pairs(text: str, date: str = "2000-05") -> set[tuple[str, str, str]]:
    return _claims(text, date)


def test_his_group_soldiers_tie_the_person_who_opens_the_sentence() -> None:
    text = "Kofi Ansa broke with the RUF and his Kestrel Brigade fighters attacked RUF positions."
    assert ("open:kestrel-brigade", "org:ruf", "asserted") in _pairs(text)


def test_his_group_soldiers_after_another_person_tie_nobody() -> None:
    from riftwatch.nlp.extract import extract_document

    text = "Kofi Ansa met Yaw Boateng and his Kestrel Brigade fighters attacked RUF positions."
    for c in extract_document({"id": "t", "text": text, "date": "2000-05"}):
        for side in (c.event.source, c.event.target):
            assert not side.how.startswith("person tied to"), side


def test_a_denied_act_of_his_soldiers_ties_nothing_and_asserts_nothing() -> None:
    text = "Kofi Ansa denied that his Kestrel Brigade fighters attacked RUF positions."
    claims = _pairs(text)
    assert not any(m == "asserted" and t == "org:ruf" for _s, t, m in claims)


# -- (b) initials of a group whose name names another country -----------------------------------
def test_initials_of_a_group_named_for_another_country_stay_open() -> None:
    from riftwatch.nlp.extract import _country_in_name

    assert _country_in_name("New Armenian Resistance") == "ARM"
    assert _country_in_name("Kestrel Hawks") is None
    text = "The NAR cell shared safe flats with militants of the Kestrel Front in northern Italy."
    sources = {s for s, _t, _m in _pairs(text, "1979-11")}
    assert "org:new-armenian-resistance" not in sources


def test_initials_in_a_text_about_the_groups_own_country_still_name_it() -> None:
    text = "The NAR claimed a bomb against Turkish diplomats and Armenian exiles praised the NAR."
    targets = {t for _s, t, _m in _pairs(text, "1983-11")}
    assert "org:new-armenian-resistance" in targets


# -- (b) a spelling variant of a group of a country the text does not name ---------------------
def test_a_spelling_variant_is_not_a_group_of_a_country_the_text_does_not_name() -> None:
    r = Resolver()
    text = "Hutu rebels regrouped in the forests of eastern Congo after the war."
    res = r.resolve("Hutu rebels", "2001", text)
    assert res.actor is None or res.actor.id != "org:ansarallah"


def test_a_spelling_variant_in_a_text_of_its_own_country_still_matches() -> None:
    r = Resolver()
    text = "Hutu rebels fired rockets at Saudi posts from northern Yemen."
    assert r.resolve("Hutu rebels", "2015", text).actor.id == "org:ansarallah"
    # no country named: the spelling alone decides, as before
    assert r.resolve("Hutu rebels", "2015", "They fired rockets.").actor.id == "org:ansarallah"
    # an exact name is never questioned by the countries a text names
    exact = r.resolve("Houthi rebels", "2015", "They fired at Saudi posts from Eritrea.")
    assert exact.actor.id == "org:ansarallah"


def test_a_close_spelling_is_the_group_wherever_it_acts() -> None:
    r = Resolver()
    # groups act abroad: a close variant of the name stands whatever countries are named
    res = r.resolve("Huthi rebels", "2015", "Iranian-backed Huthi rebels fired missiles.")
    assert res.actor is not None and res.actor.id == "org:ansarallah"
    res = r.resolve("Boko Haraam", "2015", "Boko Haraam fighters crossed into Cameroon.")
    assert res.actor is not None and res.actor.id == "org:jamaatu-ahlis-sunna-liddaawati-wal-jihad"
