"""The all-MiniLM-L6-v2 encoder as an ONNX graph, written op by op with ``onnx.helper``.

Inputs are ``input_ids`` and ``attention_mask`` (int64, [batch, sequence]); the output
``embedding`` (float32, [batch, 384]) is already mean-pooled over the mask and
L2-normalised, so serving needs no numpy post-processing.

Attention and Gelu are onnxruntime's fused ``com.microsoft`` CPU ops (Attention with the
packed Q/K/V projection, which dynamic quantisation turns into QAttention): the decomposed
form cost a dozen small kernels per layer. The residual Add + LayerNormalization pairs stay
separate on purpose; see ``encoder.DISABLED_OPTIMIZERS``.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import numpy.typing as npt
import onnx
from onnx import TensorProto, helper, numpy_helper

from careguard.risk import _bert_numpy

OPSET: Final = 17
MS_DOMAIN: Final = "com.microsoft"


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
    # The fused Attention op takes the raw 0/1 mask and gives padding keys -10000 before
    # the softmax, as the original BERT does.
    mask_index = g.op("Cast", "attention_mask", to=TensorProto.INT32)
    for i in range(config.num_layers):
        key = _bert_numpy.layer_key
        # Q, K and V as one (hidden, 3 * hidden) projection inside com.microsoft Attention:
        # one op per layer instead of a dozen reshapes, transposes and matmuls, and one
        # activation quantisation instead of three once quantised (QAttention).
        names = [key(i, f"attention.self.{part}") for part in ("query", "key", "value")]
        qkv_w = g.const(
            key(i, "attention.self.qkv.weight_t"),
            np.concatenate([weights[n + ".weight"].T for n in names], axis=1),
        )
        qkv_b = g.const(
            key(i, "attention.self.qkv.bias"),
            np.concatenate([weights[n + ".bias"] for n in names]),
        )
        context = g.op(
            "Attention",
            x,
            qkv_w,
            qkv_b,
            mask_index,
            domain=MS_DOMAIN,
            num_heads=config.num_heads,
            mask_filter_value=-10000.0,
        )
        attended = g.linear(context, weights, key(i, "attention.output.dense"))
        x = g.layer_norm(
            g.op("Add", attended, x),
            weights,
            key(i, "attention.output.LayerNorm"),
            config.layer_norm_eps,
        )
        inner = g.linear(x, weights, key(i, "intermediate.dense"))
        gelu = g.op("Gelu", inner, domain=MS_DOMAIN)  # the exact (erf) gelu
        out = g.linear(gelu, weights, key(i, "output.dense"))
        x = g.layer_norm(
            g.op("Add", out, x), weights, key(i, "output.LayerNorm"), config.layer_norm_eps
        )
    # Mean pooling then L2 normalisation equals sum pooling then L2 normalisation (the
    # token count is a positive per-row scale), and the masked sum is one batched MatMul:
    # (batch, 1, seq) @ (batch, seq, hidden).
    weight = g.op("Unsqueeze", g.op("Cast", "attention_mask", to=TensorProto.FLOAT), g.ints([1]))
    summed = g.op("Squeeze", g.op("MatMul", weight, x), g.ints([1]))
    norm = g.op("Max", g.op("ReduceL2", summed, axes=[1], keepdims=1), g.floats(1e-12))
    g.op("Div", summed, norm, output="embedding")
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

    def op(
        self,
        op_type: str,
        *inputs: str,
        output: str | None = None,
        domain: str = "",
        **attrs: object,
    ) -> str:
        name = self._name(op_type)
        out = output or f"{name}_out"
        node = helper.make_node(op_type, list(inputs), [out], name=name, domain=domain or None)
        node.attribute.extend(helper.make_attribute(key, value) for key, value in attrs.items())
        self._nodes.append(node)
        return out

    def linear(self, x: str, weights: _bert_numpy.Weights, prefix: str) -> str:
        # torch keeps Linear weights as (out, in); MatMul wants (in, out). onnxruntime folds
        # the bias Add into the (quantised) MatMul kernel.
        w = self.const(prefix + ".weight_t", weights[prefix + ".weight"].T)
        b = self.const(prefix + ".bias", weights[prefix + ".bias"])
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
            opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid(MS_DOMAIN, 1)],
            producer_name="careguard",
            doc_string="all-MiniLM-L6-v2 sentence encoder, mean-pooled and L2-normalised",
        )
        model.ir_version = 8  # the IR that introduced opset 17; keeps older runtimes happy
        return model
