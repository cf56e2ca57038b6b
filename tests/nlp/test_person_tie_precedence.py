"""What a document says of a known person's group outweighs the knowledge base.

The knowledge base files well-known leaders under their groups with dates. A document may
tie such a person to another group ("P, the founder of Y") or deny the tie the knowledge
base holds ("Y, not led by P", "P never headed Y"); within that document the person then
stands for the group the text names, or for no group at all. A hedged denial ("may not
have led") changes nothing.
"""

from __future__ import annotations

from conftest import asserted_between, has, named_events

ISWAP = "Islamic State West Africa Province"


def test_a_document_tie_to_another_group_wins_over_the_knowledge_base() -> None:
    text = "Abubakar Shekau, the founder of the Sambisa Liberation Front, attacked ISWAP in 2019."
    found = named_events(text, "2019-05")
    assert has(found, "Sambisa Liberation Front", "ASSAULT", ISWAP)
    assert not asserted_between(found, "Boko Haram", "West Africa")
    # without the document's tie, the knowledge base's group stands
    assert has(named_events("Abubakar Shekau attacked ISWAP in 2019.", "2019-05"),
               "Boko Haram", "ASSAULT", ISWAP)  # fmt: skip


def test_a_denied_tie_leaves_the_person_standing_for_no_group() -> None:
    denied = named_events(
        "Abubakar Shekau never headed Boko Haram. Shekau's fighters attacked ISWAP in 2019.",
        "2019-05",
    )
    assert not asserted_between(denied, "Boko Haram", "West Africa")
    assert any(src.endswith("Shekau") and tgt == ISWAP for src, _t, tgt, _m in denied)
    did_not = named_events(
        "Abubakar Shekau did not lead Boko Haram. Shekau's fighters attacked ISWAP in 2019.",
        "2019-05",
    )
    assert not asserted_between(did_not, "Boko Haram", "West Africa")


def test_a_denial_by_surname_without_the_article_reaches_the_person() -> None:
    text = (
        "Qais al-Khazali, not the leader of Asa'ib Ahl al-Haq, met the Mahdi Army. Khazali's men "
        "attacked the Badr Organization in 2010."
    )
    assert not asserted_between(named_events(text, "2010-05"), "Asa'ib Ahl al-Haq", "Badr")


def test_a_hedged_denial_keeps_the_knowledge_base_tie() -> None:
    text = "Abubakar Shekau may not have led Boko Haram. Shekau's fighters attacked ISWAP in 2019."
    assert has(named_events(text, "2019-05"), "Boko Haram", "ASSAULT", ISWAP)
