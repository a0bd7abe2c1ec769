"""Static activation ranges for the int8 encoder, so that batching changes nothing.

onnxruntime's dynamic quantisation scales each run's activations as one tensor: a text
batched with others is quantised with their range and its embedding drifts. careguard's
build replaces every ``DynamicQuantizeLinear`` with a ``QuantizeLinear`` whose range was
measured once over the project's own example texts and is shipped in
``careguard/risk/models/encoder_ranges.json``. Each text is then quantised the same way
alone or in any batch, and the range reductions leave the hot path.

``careguard models calibrate`` remeasures the ranges (after a change to the graph
builder); the heads must then be retrained, since they read the embeddings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Final

import numpy as np
import onnx
import onnxruntime
from onnx import helper, numpy_helper

from careguard.errors import ModelError

RANGES_FILE: Final = "encoder_ranges.json"
RANGES_FORMAT: Final = 1
CALIBRATE_COMMAND: Final = "careguard models calibrate"
_DYNAMIC_OP: Final = "DynamicQuantizeLinear"

Ranges = Mapping[str, tuple[float, float]]


def quantized_inputs(model: onnx.ModelProto) -> list[str]:
    """Return the activations the dynamically quantised ``model`` quantises at run time."""
    return [node.input[0] for node in model.graph.node if node.op_type == _DYNAMIC_OP]


def measure(model: onnx.ModelProto, inputs: Iterable[Mapping[str, np.ndarray]]) -> Ranges:
    """Run ``model`` on every feed in ``inputs``; return each quantised activation's range.

    Every range includes 0, as asymmetric uint8 quantisation needs.
    """
    names = quantized_inputs(model)
    if not names:
        raise ModelError("the model has no dynamically quantised activations to calibrate")
    probe = onnx.ModelProto()
    probe.CopyFrom(model)
    for name in names:
        probe.graph.output.append(helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None))
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(
        probe.SerializeToString(), options, providers=["CPUExecutionProvider"]
    )
    low = dict.fromkeys(names, 0.0)
    high = dict.fromkeys(names, 0.0)
    count = 0
    for feed in inputs:
        count += 1
        for name, value in zip(names, session.run(names, dict(feed)), strict=True):
            low[name] = min(low[name], float(value.min()))
            high[name] = max(high[name], float(value.max()))
    if count == 0:
        raise ModelError("calibration needs at least one text")
    return {name: (low[name], high[name]) for name in names}


def make_static(model: onnx.ModelProto, ranges: Ranges) -> None:
    """Replace ``model``'s run-time activation quantisation with the fixed ``ranges``, in place.

    Raises:
        ModelError: an activation has no calibrated range (the graph changed since the
            ranges were measured); the message says how to remeasure them.
    """
    nodes = []
    for node in model.graph.node:
        if node.op_type != _DYNAMIC_OP:
            nodes.append(node)
            continue
        name = node.input[0]
        if name not in ranges:
            raise ModelError(
                f"No calibrated range for the activation {name!r}: the encoder graph changed "
                f"since {RANGES_FILE} was made. Run `{CALIBRATE_COMMAND}`, then `careguard "
                "train` (the heads read the embeddings)."
            )
        low, high = ranges[name]
        scale = max(high - low, 1e-8) / 255.0
        zero_point = int(np.clip(round(-low / scale), 0, 255))
        quantized, scale_name, zero_point_name = node.output
        model.graph.initializer.extend(
            [
                numpy_helper.from_array(np.array(scale, dtype=np.float32), scale_name),
                numpy_helper.from_array(np.array(zero_point, dtype=np.uint8), zero_point_name),
            ]
        )
        nodes.append(
            helper.make_node(
                "QuantizeLinear", [name, scale_name, zero_point_name], [quantized], name=node.name
            )
        )
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    _fuse_matmuls(model)


def _fuse_matmuls(model: onnx.ModelProto) -> None:
    """Fold MatMulInteger -> Cast -> Mul(scales) [-> Add(bias)] into MatMulIntegerToFloat.

    onnxruntime fuses this chain only behind a DynamicQuantizeLinear; with fixed ranges the
    three or four kernels would each run (about 0.3 ms a message, measured).
    """
    graph = model.graph
    constants = {init.name for init in graph.initializer}
    consumers: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    producer = {out: node for node in graph.node for out in node.output}
    dropped: set[int] = set()
    fused: dict[int, onnx.NodeProto] = {}
    for node in graph.node:
        if node.op_type != "MatMulInteger":
            continue
        cast = _only_consumer(consumers, node.output[0], "Cast")
        mul = _only_consumer(consumers, cast.output[0], "Mul") if cast else None
        if cast is None or mul is None:
            continue
        scales = next(name for name in mul.input if name != cast.output[0])
        scale_mul = producer.get(scales)
        if scale_mul is None or scale_mul.op_type != "Mul":
            continue
        out, bias = mul.output[0], ""
        add = _only_consumer(consumers, out, "Add")
        if add is not None and any(name in constants for name in add.input):
            bias = next(name for name in add.input if name in constants)
            out = add.output[0]
            dropped.add(id(add))
        a, b, a_zero, b_zero = node.input
        x_scale, w_scale = scale_mul.input
        fused[id(node)] = helper.make_node(
            "MatMulIntegerToFloat",
            [a, b, x_scale, w_scale, a_zero, b_zero, bias],
            [out],
            name=f"{node.name}_fused",
            domain="com.microsoft",
        )
        dropped |= {id(cast), id(mul)}
        if len(consumers[scales]) == 1:
            dropped.add(id(scale_mul))
    nodes = [fused.get(id(n), n) for n in graph.node if id(n) not in dropped]
    del graph.node[:]
    graph.node.extend(nodes)


def _only_consumer(
    consumers: Mapping[str, list[onnx.NodeProto]], name: str, op_type: str
) -> onnx.NodeProto | None:
    found = consumers.get(name, [])
    return found[0] if len(found) == 1 and found[0].op_type == op_type else None


def load_ranges(path: Path | None = None) -> Ranges:
    """Read the calibrated ranges (default: the file shipped in the package).

    Raises:
        ModelError: the file is missing or malformed.
    """
    try:
        if path is None:
            text = (resources.files("careguard.risk") / "models" / RANGES_FILE).read_text(
                encoding="utf-8"
            )
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text)
        if data.get("format") != RANGES_FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {RANGES_FORMAT}")
        return {name: (float(lo), float(hi)) for name, (lo, hi) in data["ranges"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(
            f"Cannot read the encoder's activation ranges ({exc}). Reinstall careguard, or "
            f"run `{CALIBRATE_COMMAND}` to remeasure them."
        ) from exc


def save_ranges(ranges: Ranges, path: Path, *, provenance: Mapping[str, object]) -> None:
    """Write ``ranges`` with where they came from, in a stable, reviewable layout."""
    data = {
        "format": RANGES_FORMAT,
        **provenance,
        "ranges": {name: [round(lo, 6), round(hi, 6)] for name, (lo, hi) in ranges.items()},
    }
    Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
