"""The int8 encoder's fixed activation ranges: reading them, applying them, remeasuring them."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
import pytest
from click.testing import CliRunner
from onnx import TensorProto, helper

from careguard.cli import main
from careguard.errors import ModelError
from careguard.risk import calibration


def _dynamic_model() -> onnx.ModelProto:
    """x -> DynamicQuantizeLinear -> (q, scale, zero point), the shape careguard's graph has."""
    node = helper.make_node("DynamicQuantizeLinear", ["x"], ["xq", "xs", "xz"], name="dq")
    graph = helper.make_graph(
        [node],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None])],
        [helper.make_tensor_value_info("xq", TensorProto.UINT8, [None])],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def test_when_a_model_is_measured_then_each_range_spans_what_it_saw_and_zero() -> None:
    feeds = [{"x": np.array(v, dtype=np.float32)} for v in ([0.5, 2.0], [1.0, 3.0])]
    ranges = calibration.measure(_dynamic_model(), feeds)
    assert ranges == {"x": (0.0, 3.0)}


def test_when_ranges_are_applied_then_quantisation_is_fixed_and_batch_free() -> None:
    import onnxruntime

    model = _dynamic_model()
    calibration.make_static(model, {"x": (-1.0, 3.0)})
    assert [n.op_type for n in model.graph.node] == ["QuantizeLinear"]
    session = onnxruntime.InferenceSession(model.SerializeToString())
    alone = session.run(None, {"x": np.array([1.0], dtype=np.float32)})[0]
    batched = session.run(None, {"x": np.array([1.0, 50.0], dtype=np.float32)})[0]
    assert alone[0] == batched[0]


def test_when_an_activation_has_no_range_then_the_error_says_to_recalibrate() -> None:
    with pytest.raises(ModelError, match="careguard models calibrate"):
        calibration.make_static(_dynamic_model(), {"other": (0.0, 1.0)})


@pytest.mark.parametrize(
    "content",
    ["not json", json.dumps({"format": 99, "ranges": {}}), json.dumps({"format": 1})],
    ids=["not-json", "other-format", "no-ranges"],
)
def test_when_the_ranges_file_is_bad_then_model_error_names_the_fix(
    tmp_path: Path, content: str
) -> None:
    path = tmp_path / "ranges.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelError, match="calibrate"):
        calibration.load_ranges(path)


def test_when_calibrate_command_runs_then_it_writes_ranges_the_build_can_use(
    tmp_path: Path,
) -> None:
    out = tmp_path / "ranges.json"
    result = CliRunner().invoke(main, ["models", "calibrate", "--texts", "5", "--out", str(out)])
    assert result.exit_code == 0, result.output
    ranges = calibration.load_ranges(out)
    shipped = calibration.load_ranges()
    assert set(ranges) == set(shipped)
    assert all(lo <= 0.0 <= hi for lo, hi in ranges.values())


def test_when_the_output_cannot_be_written_then_the_error_says_use_out(tmp_path: Path) -> None:
    out = tmp_path / "missing-dir" / "ranges.json"
    result = CliRunner().invoke(main, ["models", "calibrate", "--texts", "2", "--out", str(out)])
    assert result.exit_code != 0
    assert "--out" in result.output
