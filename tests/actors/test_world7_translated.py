

# -- initials of a name the document wrote (world7) ----------------------------------------
def test_initials_of_a_group_the_document_named_are_that_group() -> None:
    text = (
        "The Kestrel Liberation Front raided a depot in 1990. Two years later the KLF split "
        "over the spoils."
    )
    assert _found(text).get("KLF") == "open:kestrel-liberation-front"


def test_initials_of_a_foreign_name_the_document_wrote_are_that_group() -> None:
    text = "Cells of the Revolutionäre Zellen bombed a court. Later the RZ split."
    assert _found(text).get("RZ") == "org:revolutionary-cells"
    text = "Militants joined the Brigate Rosse in 1977. The BR absorbed them."
    assert _found(text).get("BR") == "org:red-brigades"


def test_initials_the_document_did_not_spell_keep_their_reading() -> None:
    # no full name in the document: the knowledge base's reading stands
    assert _found("The KLF raided a post near the border.").get("KLF") != (
        "open:kestrel-liberation-front"
    )
    # a state body's initials are never a group's the document named with the same letters
    text = (
        "The Islamic State of Iraq claimed the bombing. The ISI arrested two men in Peshawar."
    )
    assert _found(text, "2008-05-01").get("ISI") == "org:pak-isi"
