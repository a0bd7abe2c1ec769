"""Fail closed: a broken part of the engine escalates, it never answers ``none``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from careguard.errors import InputError
from careguard.risk.engine import Engine
from careguard.risk.rules import Rule
from careguard.types import Reason, RiskLevel


class _BrokenEncoder:
    def encode(self, texts: list[str]) -> np.ndarray:
        raise RuntimeError("onnxruntime session died")


class _ExplodingRule(Rule):
    @property
    def regex(self):  # type: ignore[override]
        raise RuntimeError("bad pattern table")


def test_when_model_failed_to_load_then_every_assessment_degraded_and_escalated() -> None:
    engine = Engine(model_error="encoder missing: run `careguard models install`")
    a = engine.assess("lovely weather today")
    assert a.degraded
    assert a.level >= RiskLevel.HIGH
    assert a.escalate
    assert a.errors[0].component == "model"


def test_when_encoder_raises_at_run_time_then_degraded_and_rules_still_count(engine) -> None:
    broken = Engine(encoder=_BrokenEncoder(), heads=engine.heads)  # type: ignore[arg-type]
    a = broken.assess("I have a plan to kill myself tonight and the rope is ready")
    assert a.degraded
    assert a.level is RiskLevel.IMMINENT
    assert any(e.component == "model" for e in a.errors)


def test_when_a_rule_raises_then_degraded_not_none() -> None:
    bad = object.__new__(_ExplodingRule)
    engine = Engine(rules=[bad])
    a = engine.assess("hello")
    assert a.degraded
    assert a.level >= RiskLevel.HIGH
    assert a.errors[0].component == "rules"


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_when_text_empty_then_input_error(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        Engine().assess(text)


@pytest.mark.parametrize(
    "conversation",
    [
        [],
        [{"role": "assistant", "content": "hi"}],
        [{"role": "user"}],
        [{"role": "x", "content": "a"}],
    ],
)
def test_when_conversation_malformed_then_input_error(conversation: list[dict[str, str]]) -> None:
    with pytest.raises(InputError):
        Engine().assess(conversation)


def test_when_text_has_nul_bytes_then_valid_assessment() -> None:
    a = Engine().assess("I want\x00 to die")
    assert a.cssrs >= 1


def test_when_text_is_one_megabyte_then_whole_text_read(engine) -> None:
    filler = "The weather was fine and we walked the dog in the park. " * 18_000
    text = filler + "I have the pills and I will take them all tonight."
    assert len(text) > 1_000_000
    a = engine.assess(text)
    assert a.level is RiskLevel.IMMINENT
    assert any(e.start > 1_000_000 for e in a.evidence if e.reason is Reason.TIMEFRAME)


def test_when_many_assessed_then_bad_text_degraded_not_raised() -> None:
    out = Engine().assess_many(["I want to die", "  "])
    assert out[0].cssrs == 1
    assert out[1].degraded
    assert out[1].errors[0].component == "input"


def test_when_encoder_raises_for_a_batch_then_every_text_degraded_and_rules_count(engine) -> None:
    broken = Engine(encoder=_BrokenEncoder(), heads=engine.heads)  # type: ignore[arg-type]
    out = broken.assess_many(["lovely weather today", "the rope is ready and tonight is the night"])
    assert all(a.degraded and a.level >= RiskLevel.HIGH for a in out)
    assert out[1].level is RiskLevel.IMMINENT


def test_when_the_installed_encoder_lacks_the_shipped_adapter_then_degraded_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # build=False must not serve heads on embeddings they were not trained on.
    from careguard.risk import onnx_build

    monkeypatch.setenv("CAREGUARD_HOME", str(tmp_path))
    onnx_build.build_encoder(tmp_path / "models", adapted=False)
    engine = Engine.load(build=False)
    assert engine.model_error is not None
    assert "careguard models install --force" in engine.model_error
    a = engine.assess("lovely weather today")
    assert a.degraded
    assert a.escalate


def test_when_the_shipped_adapter_file_is_missing_then_degraded_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careguard.risk import adapter

    monkeypatch.setattr(adapter, "shipped_path", lambda: tmp_path / "gone.npz")
    adapter.shipped_digest.cache_clear()
    try:
        engine = Engine.load(build=False)
    finally:
        adapter.shipped_digest.cache_clear()
    assert engine.model_error is not None
    assert "Reinstall careguard" in engine.model_error
    a = engine.assess("lovely weather today")
    assert a.degraded
    assert a.escalate
