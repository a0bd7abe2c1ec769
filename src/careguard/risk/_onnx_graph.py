"""The all-MiniLM-L6-v2 encoder as an ONNX graph, written op by op with ``onnx.helper``.

Inputs are ``input_ids`` and ``attention_mask`` (int64, [batch, sequence]); the output
``embedding`` (float32, [batch, 384]) is already mean-pooled over the mask and
L2-normalised, so serving needs no numpy post-processing.
"""

from __future__ import annotations

import math
from typing import Final

import numpy as np
import numpy.typing as npt
import onnx
from onnx import TensorProto, helper, numpy_helper

from careguard.risk import _bert_numpy

OPSET: Final = 17


def build_graph(weights: _bert_numpy.Weights, config: _bert_numpy.BertConfig) -> onnx.ModelProto:
    """Return the fp32 encoder graph: ids and mask in, pooled unit-norm embedding out."""
    g = _Graph()
    emb = "embeddings."
    word = g.const("word_embeddings", weights[emb + "word_embeddings.weight"])
    # Token types are always 0, so their embedding folds into the position table.
    positions = g.const(
        "position_embeddings",
        weights[emb + "position_embeddings.weight"]
        + weights[emb + "token_type_embeddings.weight"][0],
    )
    seq_len = g.op("Slice", g.op("Shape", "input_ids"), g.ints([1]), g.ints([2]))
    x = g.op(
        "Add",
        g.op("Gather", word, "input_ids"),
        g.op("Slice", positions, g.ints([0]), seq_len, g.ints([0])),
    )
    x = g.layer_norm(x, weights, emb + "LayerNorm", config.layer_norm_eps)
    mask = g.op("Cast", "attention_mask", to=TensorProto.FLOAT)
    # Padding keys get -10000 before the softmax, as in the original BERT.
    keep = g.op("Unsqueeze", mask, g.ints([1, 2]))
    mask_bias = g.op("Mul", g.op("Sub", g.floats(1.0), keep), g.floats(-10000.0))
    heads_shape = g.ints([0, 0, config.num_heads, config.head_dim])
    merged_shape = g.ints([0, 0, config.hidden_size])
    # Folding 1/sqrt(d) into the query projection saves a Mul per layer; per-channel
    # quantisation is invariant to that scale.
    q_scale = 1.0 / math.sqrt(config.head_dim)
    for i in range(config.num_layers):
        key = _bert_numpy.layer_key
        q = g.linear(x, weights, key(i, "attention.self.query"), scale=q_scale)
        k = g.linear(x, weights, key(i, "attention.self.key"))
        v = g.linear(x, weights, key(i, "attention.self.value"))
        q = g.op("Transpose", g.op("Reshape", q, heads_shape), perm=[0, 2, 1, 3])
        k = g.op("Transpose", g.op("Reshape", k, heads_shape), perm=[0, 2, 3, 1])
        v = g.op("Transpose", g.op("Reshape", v, heads_shape), perm=[0, 2, 1, 3])
        scores = g.op("Add", g.op("MatMul", q, k), mask_bias)
        context = g.op("MatMul", g.op("Softmax", scores, axis=-1), v)
        context = g.op("Reshape", g.op("Transpose", context, perm=[0, 2, 1, 3]), merged_shape)
        attended = g.linear(context, weights, key(i, "attention.output.dense"))
        x = g.layer_norm(
            g.op("Add", attended, x),
            weights,
            key(i, "attention.output.LayerNorm"),
            config.layer_norm_eps,
        )
        inner = g.linear(x, weights, key(i, "intermediate.dense"))
        erf = g.op("Erf", g.op("Div", inner, g.floats(math.sqrt(2.0))))
        gelu = g.op("Mul", g.op("Mul", inner, g.floats(0.5)), g.op("Add", erf, g.floats(1.0)))
        out = g.linear(gelu, weights, key(i, "output.dense"))
        x = g.layer_norm(
            g.op("Add", out, x), weights, key(i, "output.LayerNorm"), config.layer_norm_eps
        )
    weight = g.op("Unsqueeze", mask, g.ints([2]))
    summed = g.op("ReduceSum", g.op("Mul", x, weight), g.ints([1]), keepdims=0)
    count = g.op("Max", g.op("ReduceSum", weight, g.ints([1]), keepdims=0), g.floats(1e-9))
    pooled = g.op("Div", summed, count)
    norm = g.op("Max", g.op("ReduceL2", pooled, axes=[1], keepdims=1), g.floats(1e-12))
    g.op("Div", pooled, norm, output="embedding")
    return g.model(config.hidden_size)


class _Graph:
    """A small builder that names nodes and initializers so the graph code reads like math."""

    def __init__(self) -> None:
        self._nodes: list[onnx.NodeProto] = []
        self._inits: list[onnx.TensorProto] = []
        self._count = 0

    def _name(self, stem: str) -> str:
        self._count += 1
        return f"{stem}_{self._count}"

    def const(self, name: str, value: npt.NDArray[np.generic]) -> str:
        self._inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def ints(self, values: list[int]) -> str:
        return self.const(self._name("ints"), np.array(values, dtype=np.int64))

    def floats(self, value: float) -> str:
        return self.const(self._name("float"), np.array(value, dtype=np.float32))

    def op(self, op_type: str, *inputs: str, output: str | None = None, **attrs: object) -> str:
        name = self._name(op_type)
        out = output or f"{name}_out"
        node = helper.make_node(op_type, list(inputs), [out], name=name)
        node.attribute.extend(helper.make_attribute(key, value) for key, value in attrs.items())
        self._nodes.append(node)
        return out

    def linear(
        self, x: str, weights: _bert_numpy.Weights, prefix: str, *, scale: float = 1.0
    ) -> str:
        # torch keeps Linear weights as (out, in); MatMul wants (in, out).
        w = self.const(prefix + ".weight_t", weights[prefix + ".weight"].T * np.float32(scale))
        b = self.const(prefix + ".bias", weights[prefix + ".bias"] * np.float32(scale))
        return self.op("Add", self.op("MatMul", x, w), b)

    def layer_norm(self, x: str, weights: _bert_numpy.Weights, prefix: str, eps: float) -> str:
        gamma = self.const(prefix + ".weight", weights[prefix + ".weight"])
        beta = self.const(prefix + ".bias", weights[prefix + ".bias"])
        return self.op("LayerNormalization", x, gamma, beta, axis=-1, epsilon=eps)

    def model(self, hidden: int) -> onnx.ModelProto:
        ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"])
        mask = helper.make_tensor_value_info(
            "attention_mask", TensorProto.INT64, ["batch", "sequence"]
        )
        out = helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", hidden])
        graph = helper.make_graph(
            self._nodes, "careguard_minilm_encoder", [ids, mask], [out], self._inits
        )
        model = helper.make_model(
            graph,
            opset_imports=[helper.make_opsetid("", OPSET)],
            producer_name="careguard",
            doc_string="all-MiniLM-L6-v2 sentence encoder, mean-pooled and L2-normalised",
        )
        model.ir_version = 8  # the IR that introduced opset 17; keeps older runtimes happy
        return model
