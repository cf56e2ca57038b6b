"""Names that meet across a document (issue 10, mmp13).

Invented sentences. A group named in full may later be named by its one distinctive word
("Liwa al-Zorblan ... Zorblan"), never where the word opens a longer name of its own or where
the group was not named before; a group's initials are read as a group of another country only
where the knowledge base relates it to a group the document names ("MEI" among Algerian groups
is not the Indonesian "Mujahidin of Eastern Indonesia"); three capitalised words that spell a
group the knowledge base knows only by its initials are that group, not a state's forces.
Negated and hedged twins stay unasserted.
"""

from __future__ import annotations

from riftwatch.nlp.extract import extract_document


def _events(text: str, date: str = "2014-06") -> set[tuple[str, str, str, str]]:
    return {
        (c.event.source.org_id or c.event.source.id, c.event.event_type,
         c.event.target.org_id or c.event.target.id, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": date})
    }  # fmt: skip


def _asserted(text: str, date: str = "2014-06") -> set[tuple[str, str, str]]:
    return {e[:3] for e in _events(text, date) if e[3] == "asserted"}


def _ids(text: str, date: str = "2014-06") -> set[str]:
    return {x for e in _events(text, date) for x in (e[0], e[2])}


def test_the_distinctive_word_after_the_full_name_is_the_group() -> None:
    text = (
        "Liwa al-Zorblan held the northern villages in 2013. "
        "In January 2014 Zorblan attacked the Islamic State near the river."
    )
    assert ("open:liwa-al-zorblan", "ASSAULT", "org:islamic-state") in _asserted(text)
    assert "open:zorblan" not in _ids(text)


def test_a_known_groups_first_word_after_its_name() -> None:
    text = (
        "Ahrar al-Sham manned checkpoints in the town. "
        "Later Ahrar's fighters attacked the Islamic State."
    )
    assert ("org:ahrar-al-sham", "ASSAULT", "org:islamic-state") in _asserted(text)


def test_the_word_alone_without_the_full_name_is_not_taken() -> None:
    text = "In January 2014 Zorblan attacked the Islamic State near the river."
    assert "open:liwa-al-zorblan" not in _ids(text)


def test_the_word_opening_a_longer_name_is_that_name() -> None:
    text = (
        "Liwa al-Zorblan held the northern villages in 2013. "
        "The Zorblan Martyrs Brigade attacked the Islamic State near the river."
    )
    found = _asserted(text)
    assert ("open:liwa-al-zorblan", "ASSAULT", "org:islamic-state") not in found


def test_negated_and_hedged_twins_stay_unasserted() -> None:
    for second in (
        "In January 2014 Zorblan did not attack the Islamic State.",
        "In January 2014 Zorblan may have attacked the Islamic State.",
    ):
        text = f"Liwa al-Zorblan held the northern villages in 2013. {second}"
        assert ("open:liwa-al-zorblan", "ASSAULT", "org:islamic-state") not in _asserted(text)


def test_initials_of_a_group_of_another_country_are_not_read() -> None:
    text = "The GIA turned on the MEI men who had joined it two years earlier."
    assert "org:mujahidin-indonesian-timur" not in _ids(text, "1996-03")


def test_initials_of_a_related_group_of_another_country_are_read() -> None:
    text = "JMA commanders rejected the Islamic State's proclamation of a caliphate."
    assert ("org:army-of-emigrants-and-supporters", "REJECT", "org:islamic-state") in _asserted(
        text
    )


def test_a_spelled_out_initials_name_is_the_group_not_the_states_forces() -> None:
    text = "The Syrian Democratic Forces attacked the Islamic State near Raqqa."
    assert ("org:sdf", "ASSAULT", "org:islamic-state") in _asserted(text, "2016-06")
    assert "country:syria" not in _ids(text, "2016-06")


def test_a_countrys_forces_stay_the_state() -> None:
    ids = _ids("Syrian forces attacked the Islamic State near Raqqa.", "2016-06")
    assert "org:sdf" not in ids


def test_hamas_of_another_country_is_not_hamas() -> None:
    text = "Hamas of Iraq attacked an American patrol near Baghdad."
    ids = _ids(text, "2007-06")
    assert "org:hamas" not in ids
    assert "org:hamas-iraq" in ids


def test_a_weak_name_resolves_with_the_home_country_of_the_documents_groups() -> None:
    text = "Al-Shabaab denounced the accord signed by a wing of the ARS in 2008."
    ids = _ids(text, "2008-06")
    assert "org:alliance-for-the-re-liberation-of-somalia" in ids


def test_a_weak_name_without_its_country_stays_unresolved() -> None:
    text = "The Zorblan Front denounced the accord signed by a wing of the ARS in 2008."
    assert "org:alliance-for-the-re-liberation-of-somalia" not in _ids(text, "2008-06")


def test_a_name_given_in_a_parenthesis_stands_for_the_group() -> None:
    text = (
        "The Zorblan Liberation Front (the Panthers) joined the alliance in 1985. "
        "In 1986 the Panthers attacked the Umbria Front."
    )
    assert ("open:zorblan-liberation-front", "ASSAULT", "open:umbria-front") in _asserted(text)
    assert "open:panthers" not in _ids(text)


def test_a_name_given_as_known_as_stands_for_the_group() -> None:
    text = (
        "In 2001 the Zorblan Islamic Group, known as Komal, was founded. "
        "Later Komal fighters attacked the Kestrel Front."
    )
    assert ("open:zorblan-islamic-group", "ASSAULT", "open:kestrel-front") in _asserted(text)


def test_a_given_name_keeps_negation_and_hedging() -> None:
    for second in (
        "In 1986 the Panthers did not attack the Umbria Front.",
        "In 1986 the Panthers may have attacked the Umbria Front.",
    ):
        text = f"The Zorblan Liberation Front (the Panthers) joined the alliance. {second}"
        assert ("open:zorblan-liberation-front", "ASSAULT", "open:umbria-front") not in (
            _asserted(text)
        )
