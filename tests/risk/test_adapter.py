"""The encoder's low-rank adapter: its file, its merge, and the training that makes it.

The training tests need torch, which careguard never needs to run; they skip where it is
not installed (``.ci/run`` installs the CPU build, so CI runs them).
"""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from careguard.errors import ModelError
from careguard.risk import _bert_numpy, adapter, onnx_build
from careguard.risk.adapter import Adapter
from careguard.risk.encoder import TOKENIZER_FILE, load_tokenizer
from careguard.risk.train import Example

HAS_TORCH = importlib.util.find_spec("torch") is not None
needs_torch = pytest.mark.skipif(
    not HAS_TORCH, reason="needs torch (training only): pip install torch==2.13.0"
)


def _factors(seed: int, out: int = 3, inner: int = 4, rank: int = 2) -> Adapter:
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(rank, inner)).astype(np.float32)
    b = rng.normal(size=(out, rank)).astype(np.float32)
    return Adapter(factors={"w": (a, b)}, scale=0.5, meta={"note": "test"})


def test_when_merged_then_each_weight_moves_by_scale_b_a_and_others_stay() -> None:
    ad = _factors(0)
    base = {"w": np.ones((3, 4), np.float32), "other": np.zeros(2, np.float32)}
    merged = ad.merge(base)
    a, b = ad.factors["w"]
    np.testing.assert_allclose(merged["w"], 1.0 + 0.5 * b @ a, rtol=1e-6)
    assert merged["other"] is base["other"]
    np.testing.assert_array_equal(base["w"], 1.0)  # the input is not modified


@pytest.mark.parametrize(
    "base",
    [{}, {"w": np.ones((4, 3), np.float32)}, {"w": np.ones((3, 5), np.float32)}],
    ids=["missing", "transposed", "wider"],
)
def test_when_factors_do_not_fit_the_weights_then_model_error_says_retrain(
    base: dict[str, np.ndarray],
) -> None:
    with pytest.raises(ModelError, match="careguard train --encoder"):
        _factors(1).merge(base)


def test_when_saved_and_read_then_factors_round_trip_at_float16(tmp_path: Path) -> None:
    ad = _factors(2)
    ad.save(tmp_path / "a.npz")
    back = Adapter.read(tmp_path / "a.npz")
    assert back.scale == ad.scale
    assert back.meta == {"note": "test"}
    for (a1, b1), (a2, b2) in zip(ad.factors.values(), back.factors.values(), strict=True):
        np.testing.assert_allclose(a2, a1, rtol=1e-3, atol=1e-4)
        np.testing.assert_allclose(b2, b1, rtol=1e-3, atol=1e-4)


def _npz(meta: bytes | None) -> bytes:
    buffer = io.BytesIO()
    arrays = {"w:A": np.ones((2, 4), np.float16), "w:B": np.ones((3, 2), np.float16)}
    if meta is not None:
        arrays["__meta__"] = np.frombuffer(meta, dtype=np.uint8)
    np.savez(buffer, **arrays)  # type: ignore[arg-type]
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content",
    [b"", b"not an npz file", _npz(None), _npz(b"{}"), _npz(b"[1, 2]"), _npz(b'{"scale": "x"}')],
    ids=["empty", "garbage", "no-meta", "no-scale", "meta-not-object", "scale-not-number"],
)
def test_when_the_adapter_file_is_broken_then_model_error_says_how_to_fix(
    tmp_path: Path, content: bytes
) -> None:
    (tmp_path / "a.npz").write_bytes(content)
    with pytest.raises(ModelError, match="Reinstall careguard"):
        Adapter.read(tmp_path / "a.npz")


def test_when_the_shipped_adapter_is_read_then_it_fits_every_linear_layer() -> None:
    weights, config = onnx_build.source_weights(adapted=False)
    shipped = adapter.shipped()
    assert len(shipped.factors) == config.num_layers * 6
    merged = shipped.merge(weights)
    moved = [k for k in weights if not np.array_equal(weights[k], merged[k])]
    assert sorted(moved) == sorted(shipped.factors)
    assert adapter.record()["sha256"] == adapter.shipped_digest()


# Training ---------------------------------------------------------------------------------

_TEXTS = [
    ("i have the pills counted out and i am taking them tonight", {"suicidal_ideation"}, 5),
    ("i want to die, i have thought about how", {"suicidal_ideation"}, 3),
    ("he hits me when he drinks and i am scared to go home", {"abuse"}, 0),
    ("can you give me a recipe for banana bread", set(), 0),
    ("this exam is killing me lol", set(), 0),
    ("what time does the pharmacy open on sunday", set(), 0),
]


def _examples(repeat: int) -> list[Example]:
    return [
        Example(text, frozenset(cats), escalate=bool(cats), source="careguard", cssrs=step)
        for text, cats, step in _TEXTS
    ] * repeat


@needs_torch
def test_when_the_forward_pass_runs_without_an_adapter_then_it_matches_numpy() -> None:
    import torch

    from careguard.risk import finetune

    weights, config = onnx_build.source_weights(adapted=False)
    base = {k: torch.tensor(v) for k, v in weights.items()}
    ids = np.array([[101, 1045, 2215, 2000, 3280, 102]], dtype=np.int64)
    linear = finetune.adapted_linear(torch, base, {}, 1.0)
    with torch.no_grad():
        ours = finetune._forward(
            torch, base, config, linear, torch.tensor(ids), torch.ones(1, 6, dtype=torch.long)
        ).numpy()
    oracle = _bert_numpy.embed(weights, config, ids, np.ones_like(ids))
    assert float(np.sum(ours * oracle)) >= 0.99999


@needs_torch
def test_when_an_adapter_is_trained_then_the_merged_weights_give_its_embeddings() -> None:
    import torch

    from careguard.risk import finetune

    weights, config = onnx_build.source_weights(adapted=False)
    tokenize = _tokenizer()
    losses: list[str] = []
    learnt = finetune.train_adapter(
        _examples(4), tokenize, weights, config, epochs=2, log=losses.append
    )
    assert len(learnt.factors) == config.num_layers * len(finetune.ADAPTED)
    assert any(np.abs(b).max() > 0 for _, b in learnt.factors.values())  # it learnt
    # The embedding torch trained on is what the merged weights give in numpy (and so in
    # the ONNX build, which is checked against numpy).
    merged = learnt.merge(weights)
    base = {k: torch.tensor(v) for k, v in weights.items()}
    factors = {
        k.removesuffix(".weight"): (torch.tensor(a), torch.tensor(b))
        for k, (a, b) in learnt.factors.items()
    }
    linear = finetune.adapted_linear(torch, base, factors, learnt.scale)

    for text, _, _ in _TEXTS:
        ids = np.array([tokenize(text)], dtype=np.int64)
        with torch.no_grad():
            ours = finetune._forward(
                torch, base, config, linear, torch.tensor(ids), torch.ones_like(torch.tensor(ids))
            ).numpy()
        oracle = _bert_numpy.embed(merged, config, ids, np.ones_like(ids))
        assert float(np.sum(ours * oracle)) >= 0.9999, text


def _tokenizer():  # type: ignore[no-untyped-def]
    tok = load_tokenizer(onnx_build.default_source_dir() / TOKENIZER_FILE)
    return lambda text: tok.encode(text).ids


@needs_torch
def test_when_assessing_with_torch_installed_then_torch_is_never_imported(engine: object) -> None:
    # The adapter is merged at build time: serving must not reach for torch even when the
    # training extra put it in the environment.
    code = (
        "import sys\n"
        "from careguard.risk.engine import Engine\n"
        "engine = Engine.load()\n"
        "assert engine.model_error is None, engine.model_error\n"
        "engine.assess('i have the pills and tonight is the night')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'torch'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
