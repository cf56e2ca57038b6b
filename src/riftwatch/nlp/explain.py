"""``riftwatch explain``: why a sentence was coded the way it was."""

from __future__ import annotations

from typing import Any

from riftwatch.nlp import lexicon as lexmod
from riftwatch.nlp.extract import DocumentState, _find_actors, code_sentence
from riftwatch.nlp.mentions import open_actors
from riftwatch.nlp.parse import nlp
from riftwatch.nlp.segment import segment


def explain_sentence(sentence: str, *, date: str | None = None) -> dict[str, Any]:
    """Tokens with their parse and actors, and each event with the reasons behind it."""
    lex = lexmod.load()
    sents = segment(sentence) or []
    state = DocumentState()
    sdoc = nlp()(sentence)
    out_tokens = []
    events: list[dict[str, Any]] = []
    actors_all = []
    for sent in sents:
        actors = _find_actors(sent.text, date, state)
        parsed = nlp()(sent.text)
        actors = [*actors, *open_actors(parsed, actors, date)]  # what the parse adds
        actors_all.extend((sent.start + s, sent.start + e, a) for s, e, a in actors)
        for coded in code_sentence(parsed, sent, actors, "explain", date, lex):
            item = coded.to_dict()
            item["why"] = coded.why
            events.append(item)
        for _s, _e, a in actors:
            state.note(a)
    for tok in sdoc:
        actor = next((a.org_name or a.name for s, e, a in actors_all if s <= tok.idx < e), None)
        out_tokens.append({"i": tok.i, "text": tok.text, "lemma": tok.lemma_, "pos": tok.pos_,
                           "dep": tok.dep_, "head": tok.head.i, "actor": actor})  # fmt: skip
    note = None
    if not events:
        distinct = {a.key() for _s, _e, a in actors_all}
        note = ("fewer than two actors found" if len(distinct) < 2
                else "no event pattern connects the actors")  # fmt: skip
    return {"sentence": sentence, "tokens": out_tokens, "events": events, "note": note,
            "lexicon": lex.version}  # fmt: skip
