"""Reports that a sentence itself doubts or calls hearsay (stop 42, found using the product on
a corpus of my own: "reports of a truce between X and Y were wishful thinking", the motivating
case's own dissent, came out as an asserted truce)."""

from __future__ import annotations

from tests.nlp.conftest import coded_dicts, dated

SHABAAB, IS = "org:al-shabaab", "org:islamic-state"
HAQQANI, AQ = "org:haqqani-network", "org:al-qaeda"


_coded = dated(coded_dicts, "2018-12-10")


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (e["source"]["id"], e["event_type"], e["target"]["id"], e["modality"]) for e in _coded(text)
    }


def test_reports_called_wishful_thinking_are_doubted_and_attributed() -> None:
    coded = _coded(
        "A UN official said reports of a truce between al-Shabaab and the Islamic State "
        "were wishful thinking."
    )
    truce = [e for e in coded if {e["source"]["id"], e["target"]["id"]} == {SHABAAB, IS}]
    assert truce and all(e["modality"] == "uncertain" for e in truce)
    assert all("official" in (e["attributed_to"] or {}).get("name", "") for e in truce)


def test_other_words_of_disbelief_doubt_the_report_too() -> None:
    for text in (
        "Reports of an alliance between the Haqqani network and Al Qaeda are a myth, the "
        "envoy said.",
        "Reports of Haqqani fighters sheltering Al Qaeda members are exaggerated, a diplomat said.",
    ):
        found = _events(text)
        assert any({s, t} == {HAQQANI, AQ} for s, _k, t, _m in found), text
        assert all(m != "asserted" for *_rest, m in found), text


def test_reports_not_called_wishful_thinking_or_confirmed_stay_asserted() -> None:
    assert (SHABAAB, "AGREE", IS, "asserted") in _events(
        "Reports of a truce between al-Shabaab and the Islamic State were confirmed by the UN."
    )
    # "not wishful thinking" takes nothing back; it is not the report's doubt
    assert (SHABAAB, "AGREE", IS, "uncertain") not in _events(
        "Reports of a truce between al-Shabaab and the Islamic State were not wishful "
        "thinking, the envoy said."
    )


def test_rumours_about_a_group_doing_something_are_hearsay() -> None:
    assert (HAQQANI, "AID", AQ, "uncertain") in _events(
        "Rumours about Haqqani fighters sheltering Al Qaeda members spread in Miranshah."
    )
    assert (SHABAAB, "AGREE", IS, "uncertain") in _events(
        "Rumours of a truce between al-Shabaab and the Islamic State spread in Kismayo."
    )


def test_the_same_acts_outside_a_rumour_or_confirmed_are_asserted() -> None:
    assert (HAQQANI, "AID", AQ, "asserted") in _events(
        "Haqqani fighters sheltering Al Qaeda members were killed in a drone strike."
    )
    assert (SHABAAB, "AGREE", IS, "asserted") in _events(
        "Rumours of a truce between al-Shabaab and the Islamic State were later confirmed "
        "by both groups."
    )


def test_a_report_denied_is_no_rejection_of_the_group_it_names() -> None:
    found = _events(
        "Reports of Haqqani fighters sheltering Al Qaeda members were denied by the group."
    )
    assert (HAQQANI, "AID", AQ, "denied") in found
    assert not any(k == "REJECT" for _s, k, _t, _m in found)


MERGER = "In December 2010 Hizbul Islam merged into al-Shabaab after months of fighting."


def _modalities(text: str, kind: str) -> set[str]:
    return {e["modality"] for e in _coded(text) if e["event_type"] == kind}


def test_a_sentence_that_doubts_its_own_report_leaves_the_one_before_asserted() -> None:
    text = (
        f"{MERGER} The source claimed that Hassan Dahir Aweys pledged allegiance to "
        "al-Shabaab's leader, but this could not be confirmed."
    )
    assert _modalities(text, "COOPERATE") == {"asserted"}
    assert _modalities(text, "SUPPORT") == {"uncertain"}


def test_a_sentence_that_only_doubts_still_takes_back_the_one_before() -> None:
    for after in (
        "This could not be confirmed.",
        "Officials said the claim could not be verified.",
    ):
        assert _modalities(f"{MERGER} {after}", "COOPERATE") == {"uncertain"}, after


def test_parties_pledging_together_offer_nothing_to_each_other() -> None:
    found = _events(
        "In October 2015 Abdiqadir Mumin and a small faction of al-Shabaab fighters pledged "
        "allegiance to the Islamic State."
    )
    assert (SHABAAB, "SUPPORT", IS, "asserted") in found
    assert not any(k == "AGREE" for _s, k, _t, _m in found)
    # an offer to the one the pledge goes to is still an offer
    assert ("org:al-shabaab", "AGREE", "org:islamic-state", "asserted") in _events(
        "Al-Shabaab offered fighters to the Islamic State in 2016."
    )


def test_a_raid_whose_doer_the_sentence_names_implies_no_other_agent() -> None:
    found = _events(
        "Bin Laden was killed by U.S. Navy SEALs in a raid on his compound in Abbottabad."
    )
    assert any(k == "ASSAULT" and t == AQ and s != "org:pak-army" for s, k, t, _m in found)
    assert not any(s == "org:pak-army" for s, *_rest in found)
    # with nobody named, a raid in Pakistan is still the Pakistani forces'
    assert ("org:pak-army", "ASSAULT", "org:islamic-state", "asserted") in _events(
        "Nine IS militants were killed in a raid in Pakistan."
    )


def test_an_object_them_points_back_past_its_own_subject_across_sentences() -> None:
    for text in (
        "The Haqqani network sheltered Al Qaeda couriers in Miranshah. The Haqqanis also "
        "gave them weapons.",
        "In March 2012 the Haqqani network sheltered Al Qaeda couriers in Miranshah. Tribal "
        "elders said the Haqqanis also gave them weapons.",
    ):
        coded = _coded(text)
        gave = [e for e in coded if e["trigger"] == "gave"]
        assert [(e["source"]["id"], e["target"]["id"]) for e in gave] == [(HAQQANI, AQ)], text
    # negated, it stays negated
    coded = _coded(
        "The Haqqani network sheltered Al Qaeda couriers in Miranshah. The Haqqanis never "
        "gave them weapons."
    )
    assert {e["modality"] for e in coded if e["trigger"] == "gave"} == {"negated"}


TTP, PAK_ARMY = "org:ttp", "org:pak-army"


def test_the_dead_of_an_unowned_raid_in_pakistan_were_hit_by_its_forces() -> None:
    assert (PAK_ARMY, "ASSAULT", TTP, "asserted") in _events(
        "Police said nine TTP militants died in a raid on a hideout in Khyber."
    )
    assert (PAK_ARMY, "ASSAULT", TTP, "negated") in _events(
        "Nine TTP militants did not die in a raid in Khyber."
    )
    # the forces' own dead were not hit by their own side; an attack implies nobody
    assert not _events("Three policemen died in a raid in Khyber.")
    assert not _events("Nine TTP militants died in an attack in Khyber.")
