"""``riftwatch explain``: why a sentence was coded the way it was."""

from __future__ import annotations

from typing import Any

from riftwatch.nlp import headline as hl
from riftwatch.nlp import lexicon as lexmod
from riftwatch.nlp.extract import (
    DocumentState,
    _find_actors,
    code_sentence,
    prepare,
    with_open_actors,
)
from riftwatch.nlp.parse import nlp
from riftwatch.nlp.segment import segment


def explain_sentence(sentence: str, *, date: str | None = None) -> dict[str, Any]:
    """Tokens with their parse and actors, and each event with the reasons behind it.

    The table shows the parse that was coded (after headline parse repair, when the text
    is read as a headline or an actor name was misread)."""
    lex = lexmod.load()
    work, citation = hl.mask_citation(sentence)
    sents = segment(work) or []
    state = DocumentState()
    sdoc = nlp()(work)
    out_tokens = []
    events: list[dict[str, Any]] = []
    actors_all = []
    for sent in sents:
        actors = _find_actors(sent.text, date, state)
        parsed = nlp()(sent.text)
        actors = with_open_actors(parsed, sent.text, actors, date)  # what the parse adds
        candidate = hl.candidate(sent.index, sent.text, work, sent.end)
        ready = prepare(parsed, sent.text, actors, lex, headline_candidate=candidate,
                        citation=citation)  # fmt: skip
        if len(sents) == 1:
            sdoc = ready[0]  # the parse that is coded (repaired, for a headline)
        actors_all.extend((sent.start + s, sent.start + e, a) for s, e, a in actors)
        for coded in code_sentence(parsed, sent, actors, "explain", date, lex,
                                   headline_candidate=candidate, citation=citation,
                                   prepared=ready):  # fmt: skip
            item = coded.to_dict()
            item["why"] = coded.why
            events.append(item)
        state.note_sentence(
            sent.text, actors, lex.anaphoric_nouns, lex.appositive_group_nouns
        )  # as extract_document
    offset = sents[0].start if len(sents) == 1 else 0
    original = sdoc.user_data.get("text") or sdoc.text
    carry = None  # start of a stand-in's padding ("   They" under "Taliban")
    for tok in sdoc:
        at = tok.idx + offset
        actor = next((a.org_name or a.name for s, e, a in actors_all if s <= at < e), None)
        word = original[tok.idx : tok.idx + len(tok.text)]  # the real word under a stand-in
        if tok.is_space and word.strip():
            carry, word = tok.idx, ""
        elif carry is not None:
            word, carry = original[carry : tok.idx + len(tok.text)], None
        lemma = tok.lemma_ if word == tok.text else word
        out_tokens.append({"i": tok.i, "text": word, "lemma": lemma, "pos": tok.pos_,
                           "dep": tok.dep_, "head": tok.head.i, "actor": actor})  # fmt: skip
    note = None
    if not events:
        distinct = {a.key() for _s, _e, a in actors_all}
        note = ("fewer than two actors found" if len(distinct) < 2
                else "no event pattern connects the actors")  # fmt: skip
    return {"sentence": sentence, "tokens": out_tokens, "events": events, "note": note,
            "lexicon": lex.version}  # fmt: skip
