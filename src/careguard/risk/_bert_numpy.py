"""A pure-numpy forward pass of the BERT sentence encoder.

This is the oracle the ONNX graph is checked against at build time and in tests: it reads
the same safetensors weights and follows the Hugging Face ``BertModel`` arithmetic plus
sentence-transformers' mean pooling and L2 normalisation. It is slow and never used to
serve requests.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from safetensors.numpy import load_file

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]
Weights = Mapping[str, FloatArray]


@dataclass(frozen=True)
class BertConfig:
    """The shape of a BERT encoder, read from a Hugging Face ``config.json``."""

    vocab_size: int
    hidden_size: int
    num_layers: int
    num_heads: int
    intermediate_size: int
    max_positions: int
    layer_norm_eps: float

    @property
    def head_dim(self) -> int:
        """Width of one attention head."""
        return self.hidden_size // self.num_heads

    @classmethod
    def from_json(cls, path: Path) -> BertConfig:
        """Read ``config.json``; refuse architectures this module does not implement."""
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("model_type") != "bert" or raw.get("hidden_act") != "gelu":
            raise ValueError(f"{path}: expected a BERT model with erf gelu, got {raw!r}")
        if raw.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError(f"{path}: only absolute position embeddings are supported")
        return cls(
            vocab_size=int(raw["vocab_size"]),
            hidden_size=int(raw["hidden_size"]),
            num_layers=int(raw["num_hidden_layers"]),
            num_heads=int(raw["num_attention_heads"]),
            intermediate_size=int(raw["intermediate_size"]),
            max_positions=int(raw["max_position_embeddings"]),
            layer_norm_eps=float(raw["layer_norm_eps"]),
        )


def load_weights(path: Path) -> dict[str, FloatArray]:
    """Load the float tensors of a safetensors file (integer buffers are dropped)."""
    tensors: dict[str, npt.NDArray[np.generic]] = load_file(str(path))
    return {
        name: np.ascontiguousarray(array, dtype=np.float32)
        for name, array in tensors.items()
        if np.issubdtype(array.dtype, np.floating)
    }


def layer_key(index: int, name: str) -> str:
    """Return the safetensors key of a per-layer tensor, e.g. ``attention.self.query.weight``."""
    return f"encoder.layer.{index}.{name}"


def erf(x: FloatArray) -> FloatArray:
    """Return the error function, elementwise, to within 1.5e-7 (Abramowitz & Stegun 7.1.26).

    numpy has no erf and scipy is not a dependency; this error is far below float32
    noise after a layer norm.
    """
    x64 = x.astype(np.float64)
    t = 1.0 / (1.0 + 0.3275911 * np.abs(x64))
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    y: npt.NDArray[np.float64] = np.sign(x64) * (1.0 - poly * np.exp(-np.square(x64)))
    return y.astype(np.float32)


def _layer_norm(x: FloatArray, gamma: FloatArray, beta: FloatArray, eps: float) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    var = np.square(x - mean).mean(axis=-1, keepdims=True)
    out: FloatArray = ((x - mean) / np.sqrt(var + eps) * gamma + beta).astype(np.float32)
    return out


def _linear(x: FloatArray, weights: Weights, prefix: str) -> FloatArray:
    # torch stores Linear weights as (out, in).
    return (x @ weights[f"{prefix}.weight"].T + weights[f"{prefix}.bias"]).astype(np.float32)


def _softmax(x: FloatArray) -> FloatArray:
    shifted = np.exp(x - x.max(axis=-1, keepdims=True))
    out: FloatArray = (shifted / shifted.sum(axis=-1, keepdims=True)).astype(np.float32)
    return out


def hidden_states(
    weights: Weights, config: BertConfig, input_ids: IntArray, attention_mask: IntArray
) -> FloatArray:
    """Return the last hidden states, shape (batch, seq, hidden)."""
    batch, seq = input_ids.shape
    if seq > config.max_positions:
        raise ValueError(f"sequence of {seq} tokens exceeds {config.max_positions} positions")
    x = (
        weights["embeddings.word_embeddings.weight"][input_ids]
        + weights["embeddings.position_embeddings.weight"][:seq]
        # careguard encodes single segments, so every token type is 0.
        + weights["embeddings.token_type_embeddings.weight"][0]
    )
    x = _layer_norm(
        x,
        weights["embeddings.LayerNorm.weight"],
        weights["embeddings.LayerNorm.bias"],
        config.layer_norm_eps,
    )
    heads, width = config.num_heads, config.head_dim
    mask_bias = ((1.0 - attention_mask.astype(np.float32)) * -10000.0)[:, None, None, :]

    def split(t: FloatArray) -> FloatArray:
        return t.reshape(batch, seq, heads, width).transpose(0, 2, 1, 3)

    for i in range(config.num_layers):
        q = split(_linear(x, weights, layer_key(i, "attention.self.query")))
        k = split(_linear(x, weights, layer_key(i, "attention.self.key")))
        v = split(_linear(x, weights, layer_key(i, "attention.self.value")))
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(width)) + mask_bias
        context = (_softmax(scores) @ v).transpose(0, 2, 1, 3).reshape(batch, seq, -1)
        attended = _linear(context, weights, layer_key(i, "attention.output.dense"))
        x = _layer_norm(
            attended + x,
            weights[layer_key(i, "attention.output.LayerNorm.weight")],
            weights[layer_key(i, "attention.output.LayerNorm.bias")],
            config.layer_norm_eps,
        )
        inner = _linear(x, weights, layer_key(i, "intermediate.dense"))
        inner = (0.5 * inner * (1.0 + erf(inner / np.float32(np.sqrt(2.0))))).astype(np.float32)
        out = _linear(inner, weights, layer_key(i, "output.dense"))
        x = _layer_norm(
            out + x,
            weights[layer_key(i, "output.LayerNorm.weight")],
            weights[layer_key(i, "output.LayerNorm.bias")],
            config.layer_norm_eps,
        )
    return x


def embed(
    weights: Weights, config: BertConfig, input_ids: IntArray, attention_mask: IntArray
) -> FloatArray:
    """Return mean-pooled, L2-normalised sentence embeddings, shape (batch, hidden)."""
    states = hidden_states(weights, config, input_ids, attention_mask)
    mask = attention_mask.astype(np.float32)[:, :, None]
    pooled = (states * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
    norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    out: FloatArray = (pooled / norms).astype(np.float32)
    return out
