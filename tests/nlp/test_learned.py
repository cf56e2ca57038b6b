"""The learned layer (``riftwatch.nlp.learned``): pairs no pattern connects, modality wins,
the shipped model's manifest, and deterministic training."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from riftwatch.nlp import learned
from riftwatch.nlp.extract import extract_document

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "train_pair_model.py"


def _trainer() -> Any:
    spec = importlib.util.spec_from_file_location("train_pair_model", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# invented training sentences: "X and Y in (a) <fight noun> near <place>" holds a clash, a
# verbless headline no pattern of the lexicon connects; the same frame with a meeting noun
# holds nothing hostile
TRAIN = [
    ("Afghan soldiers and Taliban fighters in deadly gunfight near Kandahar", "ASSAULT"),
    ("Pakistani troops and TTP militants in fierce firefight near Wana", "ASSAULT"),
    ("Afghan police and Haqqani fighters in heavy gunbattle near Khost", "ASSAULT"),
    ("Pakistani soldiers and Lashkar-e-Islam fighters in gunfight near Bara", "ASSAULT"),
    ("Afghan commandos and Taliban militants in long firefight near Ghazni", "ASSAULT"),
    ("Afghan elders and Taliban commanders in a long shura near Ghazni", "none"),
    ("Pakistani officials and TTP elders in a jirga near Wana", "none"),
    ("Afghan officials and Taliban envoys in the same hotel near Doha", "none"),
]


@pytest.fixture
def toy_model() -> Iterator[learned.PairModel]:
    """A model trained here on the invented sentences above (the real training code)."""
    trainer = _trainer()
    rows = [
        {"id": f"t{n}", "text": text, "date": "2015-05-01"} for n, (text, _l) in enumerate(TRAIN)
    ]
    records, _events = trainer.capture(rows)
    label_of = {f"t{n}": lab for n, (_t, lab) in enumerate(TRAIN)}
    items = [(r, label_of[r["doc_id"]]) for r in records]
    assert any(lab == "ASSAULT" for _r, lab in items), "the toy sentences must have actor pairs"
    labels = ["none", "ASSAULT"]
    vocab = trainer.build_vocab(items, min_count=1)
    y = np.array([labels.index(lab) for _r, lab in items])
    flat = trainer.fit(trainer.matrix(items, vocab, False), y, len(labels))
    d = len(vocab)
    model = learned.PairModel(
        version="toy",
        labels=labels,
        index=vocab,
        weights=flat[: d * 2].reshape(d, 2).astype(np.float32),
        bias=flat[d * 2 :].astype(np.float32),
        dense_dims=0,
        threshold=0.6,
        sha256="toy",
    )
    learned.use_model(model)
    yield model
    learned.use_model(None)


def _events(text: str) -> list[dict[str, Any]]:
    return [c.to_dict() for c in extract_document({"id": "t", "text": text, "date": "2015-05-01"})]


def _learned(text: str) -> list[dict[str, Any]]:
    return [e for e in _events(text) if any(w.startswith("learned.") for w in e["why"])]


def test_finds_a_relation_no_pattern_connects(toy_model: learned.PairModel) -> None:
    text = "Afghan troops and Taliban gunmen in fierce gunfight near Kunduz"
    learned.use_model(None)
    assert not [e for e in _events(text) if e["modality"] == "asserted"], "rules alone: none"
    learned.use_model(toy_model)
    found = _learned(text)
    pairs = {
        (e["source"]["name"], e["event_type"], e["target"]["name"], e["modality"]) for e in found
    }
    assert ("Afghan National Army", "ASSAULT", "Afghan Taliban", "asserted") in pairs
    event = next(e for e in found if e["source"]["name"] == "Afghan National Army")
    assert event["why"][0].startswith("learned.pair-2: ASSAULT p=")
    assert event["confidence"] < 0.7  # learned events rank below pattern events


def test_meeting_frame_is_not_a_clash(toy_model: learned.PairModel) -> None:
    assert not _learned("Pakistani officials and TTP envoys in a jirga near Bannu")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Afghan troops and Taliban gunmen were not in a gunfight near Kunduz", "negated"),
        ("Afghan troops and Taliban gunmen may be in a gunfight near Kunduz", "hypothetical"),
        (
            "Officials denied that Afghan troops and Taliban gunmen were in a gunfight near Kunduz",
            "denied",
        ),
    ],
)
def test_never_asserts_what_a_cue_negates_or_hedges(
    toy_model: learned.PairModel, text: str, modality: str
) -> None:
    found = _learned(text)
    assert found, "the toy model reads the pair as a clash: the cue decides its modality"
    assert {e["modality"] for e in found} == {modality}


def _pair_features(text: str, names: dict[int, str]) -> dict[tuple[str, str], list[str]]:
    """Features of every ordered pair of the invented sentence, actors at the given tokens."""
    from riftwatch.nlp import lexicon
    from riftwatch.nlp.code import Actor
    from riftwatch.nlp.parse import nlp

    sdoc = nlp()(text)
    actor_of = {i: Actor(id=n, name=n, mention=n, type="armed group") for i, n in names.items()}
    got = learned.candidates(sdoc, actor_of, [], lexicon.load())
    return {(c.source.name, c.target.name): c.features for c in got}


@pytest.mark.parametrize(
    ("text", "names", "subject", "obj"),
    [
        ("The Haqqanis outflanked the Kurram tribesmen.", {1: "H", 5: "K"}, "H", "K"),
        ("The Kurram tribesmen were outflanked by the Haqqanis.", {2: "K", 7: "H"}, "H", "K"),
        ("The Haqqanis quarrelled with the Kurram tribesmen.", {1: "H", 6: "K"}, "H", "K"),
    ],
)
def test_gate_lets_through_a_subject_and_an_object_of_one_verb(
    text: str, names: dict[int, str], subject: str, obj: str
) -> None:
    feats = _pair_features(text, names)
    assert learned.gated(feats[(subject, obj)])
    assert not learned.gated(feats[(obj, subject)]), "the object is never the source"


def test_gate_stops_pairs_with_no_verb_between_them() -> None:
    # coordinated subjects, and a verbless headline: no verb takes one as subject, one as object
    feats = _pair_features(
        "The Haqqanis and the Kurram tribesmen outflanked the army.", {1: "H", 5: "K"}
    )
    assert not any(learned.gated(f) for f in feats.values())
    feats = _pair_features(
        "Haqqanis and Kurram tribesmen in gunfight near Parachinar", {0: "H", 3: "K"}
    )
    assert not any(learned.gated(f) for f in feats.values())


def test_a_gated_model_stays_silent_off_the_gate(toy_model: learned.PairModel) -> None:
    import dataclasses

    text = "Afghan troops and Taliban gunmen in fierce gunfight near Kunduz"
    assert _learned(text), "ungated, the toy model reads the verbless frame as a clash"
    learned.use_model(dataclasses.replace(toy_model, gate=True))
    assert not _learned(text)


def test_pattern_events_are_left_alone(toy_model: learned.PairModel) -> None:
    # the rules connect these two: the layer adds nothing between them
    found = _events("The Haqqani network sheltered Al Qaeda fighters in Miranshah.")
    assert found and not any(any(w.startswith("learned.") for w in e["why"]) for e in found)


def test_a_modifier_inside_the_other_mention_is_no_pair() -> None:
    from riftwatch.nlp.parse import nlp

    sdoc = nlp()("Pakistan's ISI met the TTP.")
    from riftwatch.nlp.code import Actor

    pak = Actor(id="c", name="Pakistan", mention="Pakistan", type="country")
    isi = Actor(id="i", name="ISI", mention="ISI", type="intelligence")
    got = learned.candidates(sdoc, {0: pak, 2: isi}, [], None)
    assert got == []


def test_setting_turns_the_layer_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from riftwatch.nlp import batch

    monkeypatch.setenv("RIFTWATCH_LEARNED_LAYER", "0")
    assert not learned.enabled() and learned.stages() == ()
    off = batch.coder_version.__wrapped__()
    monkeypatch.setenv("RIFTWATCH_LEARNED_LAYER", "1")
    assert learned.enabled()
    on = batch.coder_version.__wrapped__()
    assert "learned.pair-2-" in on and "learned" not in off


# -- the shipped model ------------------------------------------------------------------
def test_shipped_model_matches_its_manifest() -> None:
    base = learned.MODEL_DIR
    manifest = json.loads((base / "pair-2.manifest.json").read_text("utf-8"))
    meta = json.loads((base / "pair-2.json").read_text("utf-8"))
    npz = base / "pair-2.npz"
    assert manifest["version"] == meta["version"] == "pair-2"
    assert manifest["stage"] == learned.NAME
    assert manifest["model"]["sha256"] == hashlib.sha256(npz.read_bytes()).hexdigest()
    assert (
        manifest["model"]["features_sha256"]
        == hashlib.sha256((base / "pair-2.json").read_bytes()).hexdigest()
    )
    assert manifest["labels"] == meta["labels"] and meta["labels"][0] == "none"
    # small and versioned: a few hundred kB together
    assert npz.stat().st_size + (base / "pair-2.json").stat().st_size < 400_000
    model = learned.load_model()
    assert model.weights.shape == (len(meta["features"]) + meta["dense_dims"], len(meta["labels"]))
    assert 0.0 < model.threshold < 1.0
    paths = [s["path"] for s in manifest["sources"].values()]
    # never a frozen half, a test or dev split; the peers' gold only through its work part
    assert not any(w in p for p in paths for w in ("real_test", "real_dev", "frozen"))
    assert all(name.endswith("_work") for name in manifest["sources"] if name.startswith("peers_"))
    assert "cross_validation" in manifest["metrics"]


# -- training -----------------------------------------------------------------------------
def test_training_is_deterministic(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    digests = []
    for run in ("a", "b"):
        out = tmp_path / run
        subprocess.run(
            [sys.executable, str(SCRIPT), "--limit", "10", "--folds", "2", "--out", str(out)],
            check=True,
            env=env,
            capture_output=True,
        )
        manifest = json.loads((out / "pair-2.manifest.json").read_text("utf-8"))
        assert manifest["sources"]["real_train"]["rows"] == 10
        digests.append(
            tuple(
                hashlib.sha256((out / f).read_bytes()).hexdigest()
                for f in ("pair-2.npz", "pair-2.json", "pair-2.manifest.json")
            )
        )
    assert digests[0] == digests[1]
