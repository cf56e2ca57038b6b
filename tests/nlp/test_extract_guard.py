"""A coder bug on one sentence must not stop the corpus: the sentence is named in the log
and every other sentence is still coded (stop 38; the replay had stopped on one sentence of
a held-out set that the split-subject repair raised on)."""

from __future__ import annotations

import logging

import pytest

from riftwatch.nlp import extract


def test_a_sentence_that_raises_is_logged_and_the_rest_coded(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = extract.code_sentence

    def fragile(sdoc, sent, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "Kabul" in sent.text:
            raise ValueError("simulated coder bug")
        return real(sdoc, sent, *args, **kwargs)

    monkeypatch.setattr(extract, "code_sentence", fragile)
    text = (
        "The Taliban attacked Pakistani army posts near Kabul in 2019. "
        "The Haqqani network sheltered Al Qaeda fighters in North Waziristan."
    )
    with caplog.at_level(logging.WARNING, logger="riftwatch.nlp.extract"):
        coded = extract.extract_document({"id": "g1", "text": text, "date": "2019-05-01"})
    names = {(c.event.source.org_name or c.event.source.name) for c in coded}
    assert any("Haqqani" in n for n in names), names
    assert not any(c.event.trigger.text == "attacked" for c in coded)
    assert "document g1: sentence at character 0 not coded (ValueError" in caplog.text
