"""Classes found by using riftwatch as an analyst on an invented Sahel corpus (stop 29: JNIM and
the Islamic State in the Greater Sahara, 2018-2021), each tested on further invented sentences
about other groups, with twins that must keep their reading.

- An act set aside by "rather than" that the parser coordinates with the chosen act ("divided
  the routes among themselves rather than fight over them") did not happen.
- A tie that only describes a party of the clause ("the al-Qaeda-aligned network", "fighters of
  the X-Y coalition") is background: the clause's negation is about the party's act.
- A capitalised function word ("A senior official said ...") completes no group's name with a
  group the document named (it made "IS" + "A" the Islamic Shashantantra Andolon).
- An "it" that stands for no party ("it was premature to conclude that ...") is bound to none.
- "Z considered X and Y a single enemy" is Z's view, no relation between X and Y.
- "the following month" after a date the same sentence gave follows that date, not the last
  one of the sentences before.
- "joined Y in an ambush / in attacking Z" is a joint act with Y, not a pledge to Y.
"""

from __future__ import annotations

from functools import partial

from coded import asserted_group_events, group_events

from riftwatch.nlp.extract import expletive_it, extract_document

events = partial(group_events, date="2016-06-01")
asserted = partial(asserted_group_events, date="2016-06-01")


def _pair(coded: set, a: str, b: str, kind: str) -> set:
    return {e for e in coded if {e[0], e[3]} == {a, b} and e[1] == kind}


def test_an_act_set_aside_by_rather_than_did_not_happen() -> None:
    text = (
        "A district officer said the Haqqani network and the TTP divided the smuggling routes "
        "among themselves rather than fight over them."
    )
    fights = _pair(events(text), "Haqqani Network", "Tehrik-i-Taliban Pakistan", "ASSAULT")
    assert fights and all(e[4] == "negated" for e in fights), fights


def test_the_chosen_act_without_rather_than_is_asserted() -> None:
    text = (
        "A district officer said the Haqqani network and the TTP divided the smuggling routes "
        "among themselves and then fought over them."
    )
    fights = _pair(events(text), "Haqqani Network", "Tehrik-i-Taliban Pakistan", "ASSAULT")
    assert any(e[4] == "asserted" for e in fights), fights


def test_a_tie_describing_the_subject_is_not_negated_with_its_act() -> None:
    text = "Fighters of the al-Qaeda-aligned Haqqani coalition did not attack the army."
    ties = _pair(events(text), "Al Qaeda", "Haqqani Network", "COOPERATE")
    assert ties and all(e[4] == "asserted" for e in ties), ties


def test_a_participle_describing_the_subject_is_not_negated_with_its_act() -> None:
    text = "The al-Qaeda-aligned Haqqani network has avoided fighting the TTP."
    coded = events(text)
    ties = _pair(coded, "Al Qaeda", "Haqqani Network", "COOPERATE")
    assert ties and all(e[4] == "asserted" for e in ties), coded
    fights = _pair(coded, "Haqqani Network", "Tehrik-i-Taliban Pakistan", "ASSAULT")
    assert fights and all(e[4] == "negated" for e in fights), coded


def test_a_relation_that_is_the_negated_act_itself_stays_negated() -> None:
    text = "The Haqqanis did not join the coalition with Al Qaeda."
    ties = {e for e in events(text) if {e[0], e[3]} == {"Haqqani Network", "Al Qaeda"}}
    assert ties and all(e[4] == "negated" for e in ties), ties


def _organisations(text: str) -> set[str | None]:
    coded = extract_document({"id": "t", "text": text, "date": "2016-06-01"})
    return {(c.attributed_to or {}).get("organization") for c in coded}


def test_a_capitalised_article_completes_no_group_name() -> None:
    text = (
        "The Islamic State's weekly accused the Haqqani network of talks with Kabul. "
        "A senior Afghan official said that the Haqqani network had sheltered Al Qaeda."
    )
    orgs = _organisations(text)
    assert orgs and not any(o and "Shashantantra" in o for o in orgs), orgs


def test_an_expletive_it_is_no_party() -> None:
    for clause in ("it was premature to conclude that", "it is unclear whether",
                   "it was wishful thinking to believe", "it was true that"):  # fmt: skip
        assert expletive_it().match(clause), clause
    for clause in ("it was the first group to", "it was fighting to",
                   "it would be willing to talk"):  # fmt: skip
        assert not expletive_it().match(clause), clause


def test_an_active_judgement_of_two_groups_is_no_tie_between_them() -> None:
    text = (
        "A NATO spokesman declined to say whether coalition forces considered the Haqqani "
        "network and the TTP a single enemy."
    )
    assert not _pair(events(text), "Haqqani Network", "Tehrik-i-Taliban Pakistan", "REJECT")


def test_an_apposition_on_a_named_party_still_describes_it() -> None:
    text = "The Haqqani network, an ally of the TTP, attacked the army."
    assert ("Haqqani Network", "COOPERATE", None, "Tehrik-i-Taliban Pakistan") in asserted(text)


def _dates(text: str) -> dict[tuple[str, str], str | None]:
    coded = extract_document({"id": "t", "text": text, "date": "2020-07"})
    return {(c.event.source.name, c.sentence[:12]): c.date for c in coded
            if c.event.event_type == "ASSAULT"}  # fmt: skip


def test_the_following_month_follows_the_date_of_its_own_sentence() -> None:
    text = (
        "Since January 2020 the TTP and the Haqqani network have clashed. In April 2020 the "
        "TTP attacked Haqqani positions, and Haqqani fighters ambushed a TTP convoy the "
        "following month."
    )
    dates = _dates(text)
    assert dates[("Tehrik-i-Taliban Pakistan", "In April 202")] == "2020-04", dates
    assert dates[("Haqqani Network", "In April 202")] == "2020-05", dates


def test_the_following_month_without_a_date_before_it_follows_the_narrative() -> None:
    text = (
        "In March 2019 the TTP attacked Haqqani positions. Haqqani fighters ambushed a TTP "
        "convoy the following month."
    )
    dates = _dates(text)
    assert dates[("Haqqani Network", "Haqqani figh")] == "2019-04", dates


def test_joining_a_party_in_an_act_is_a_joint_act() -> None:
    for act in ("in an ambush on an army convoy", "in attacking the army"):
        coded = asserted(f"Haqqani fighters joined TTP units {act}.")
        assert ("Haqqani Network", "COOPERATE", "joint_operations",
                "Tehrik-i-Taliban Pakistan") in coded, coded  # fmt: skip
        assert not any(e[2] == "pledge" for e in coded), coded


def test_joining_a_party_in_a_place_or_year_is_still_a_pledge() -> None:
    for where in ("in 2009", "in North Waziristan"):
        coded = asserted(f"The Haqqani network joined the TTP {where}.")
        assert ("Haqqani Network", "SUPPORT", "pledge", "Tehrik-i-Taliban Pakistan") in coded


def test_a_joint_act_refused_is_not_asserted() -> None:
    coded = events("The Haqqani network did not join the TTP in the ambush.")
    joint = {e for e in coded if e[1] == "COOPERATE"}
    assert joint and all(e[4] == "negated" for e in joint), coded


def test_a_wish_to_meet_is_no_support() -> None:
    coded = events("A Haqqani commander said the TTP wanted to meet the Afghan Taliban.")
    assert not any(e[1] == "SUPPORT" for e in coded), coded
    meets = {e for e in coded if e[1] == "CONSULT"}
    assert meets and all(e[4] == "hypothetical" for e in meets), coded


def test_wanting_a_party_still_backs_it() -> None:
    coded = asserted("The Haqqani network wants the TTP in the shura.")
    assert ("Haqqani Network", "SUPPORT", None, "Tehrik-i-Taliban Pakistan") in coded


def test_an_attack_on_someones_people_in_a_town_does_not_hit_the_town() -> None:
    text = "The Islamic State in the Greater Sahara attacked our brothers in Kidal."
    assert not any(e[3] == "Kidal" for e in events(text)), events(text)


def test_troops_named_by_their_own_name_are_not_the_country_of_the_text() -> None:
    text = (
        "A Malian officer said the Islamic State in the Greater Sahara had attacked the army. "
        "He said Serval troops later killed several of its fighters near Menaka."
    )
    coded = events(text)
    assert not any(e[0] == "Mali" and e[1] == "ASSAULT" for e in coded), coded
    assert any("Serval" in e[0] and e[1] == "ASSAULT" for e in coded), coded


def test_troops_named_by_their_country_keep_it() -> None:
    text = "He said Malian troops killed several fighters of the Macina Liberation Front."
    coded = asserted(text)
    assert any(e[0] == "Mali" and e[1] == "ASSAULT" for e in coded), coded


def test_a_speaker_broken_over_lines_is_named_on_one_line() -> None:
    text = "Some Pakistani\nofficials believe that the Haqqani network could attack the TTP again."
    coded = extract_document({"id": "t", "text": text, "date": "2016-06-01"})
    names = {(c.attributed_to or {}).get("name") for c in coded}
    assert names and all(n is None or "\n" not in n for n in names), names


_STATEMENT = (
    "A statement to the Muslims of Somalia\n\n"
    "Harakat al-Shabaab al-Mujahideen declares that the so-called Islamic State in Somalia "
    "has betrayed the mujahideen. Its fighters attacked our brothers in Qandala.\n\n"
    "We did not negotiate with the government of Somalia, as the liars claim."
)


def _statement_events(source_type: str | None) -> set:
    """(source, type, target, modality) of the statement's events, filed as ``source_type``."""
    coded = group_events(_STATEMENT, "2018-05-01", source_type)
    return {(s, kind, t, modality) for s, kind, _mode, t, modality in coded}


def test_a_groups_own_statement_speaks_in_the_first_person() -> None:
    for kind in ("militant", "militant_statement"):
        coded = _statement_events(kind)
        attacks = {e for e in coded if e[1] == "ASSAULT"}
        assert attacks, coded
        assert all(e[0] != "Al-Shabaab" and e[2] == "Al-Shabaab" for e in attacks), coded
        talks = {e for e in coded if e[1] == "CONSULT" and "Al-Shabaab" in (e[0], e[2])}
        assert talks and all(e[3] == "negated" for e in talks), coded


def test_we_in_other_documents_is_no_group() -> None:
    for kind in (None, "news", "official"):
        coded = _statement_events(kind)
        assert not any(e[1] == "CONSULT" for e in coded), coded


def test_we_inside_a_quotation_of_a_statement_is_not_the_issuer() -> None:
    text = (
        "Harakat al-Shabaab al-Mujahideen declares that the Islamic State in Somalia is "
        'finished. "We will crush them," a commander of the Islamic State in Somalia said.'
    )
    coded = extract_document(
        {"id": "q", "text": text, "date": "2018-05-01", "source_type": "militant"}
    )
    assert not any(
        (c.event.source.org_name or c.event.source.name) == "Al-Shabaab"
        and c.event.event_type in ("ASSAULT", "THREATEN")
        for c in coded
    ), [(c.event.source.name, c.event.event_type, c.event.target.name) for c in coded]
