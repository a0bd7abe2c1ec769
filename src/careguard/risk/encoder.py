"""The sentence encoder: all-MiniLM-L6-v2 on onnxruntime, with no torch anywhere.

The model files are built once from the bundled safetensors weights (see
:mod:`careguard.risk.onnx_build`); this module only loads and runs them, so importing it
does not import ``onnx``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
from tokenizers import Tokenizer

from careguard import _paths
from careguard.errors import InputError, ModelError, ModelNotInstalledError
from careguard.risk import adapter

ONNX_FILE: Final = "encoder.onnx"
TOKENIZER_FILE: Final = "tokenizer.json"
MANIFEST_FILE: Final = "encoder.json"
# 2: fused com.microsoft Attention/Gelu graph (QAttention once quantised). 3: activations
# quantised with calibrated static ranges. 4: weights quantised to 7 bits, so that the
# integer products are exact on every CPU (see onnx_build._quantize). Bumping it makes
# install()/ensure() rebuild an older build automatically.
MANIFEST_FORMAT: Final = 4
DIM: Final = 384
MAX_TOKENS: Final = 256
TOKEN_BUDGET: Final = 1024
"""Most tokens (texts x the longest) one batch of :meth:`Encoder.encode` holds.

Short messages still go 32 at a time; long windows go four at a time. Measured 2026-12-07
on one core: 614 project-written posts at 66.7 posts/s against 62.1 with 32 windows of up
to 256 tokens a batch, and ``careguard check`` on an 850 KB text peaked at 258 MB instead
of 444 MB (35 against 39 s).
"""
INSTALL_COMMAND: Final = "careguard models install"
# ONNX metadata key naming the model's quantisation; "none" means plain fp32.
QUANTIZATION_KEY: Final = "careguard.quantization"
# int8 weights per output channel; activations quantised per tensor with fixed ranges
# calibrated once (see careguard.risk.onnx_build.calibrate), so a text's embedding does
# not depend on what it is batched with.
QUANTIZATION_INT8_STATIC: Final = "int8-static-activations-per-channel-weights"
# Quantisations whose output for a text is the same alone or in a batch.
BATCH_INVARIANT: Final = frozenset({"none", QUANTIZATION_INT8_STATIC})

_OUTPUT: Final = "embedding"
_OUTPUTS: Final = [_OUTPUT]
# onnxruntime's SkipLayerNormalization CPU kernel measured about 2x slower than the
# Add + LayerNormalization pair it replaces (onnxruntime 1.32, AVX2), so keep the pair.
DISABLED_OPTIMIZERS: Final = ("SkipLayerNormFusion",)


def read_manifest(model_dir: Path) -> dict[str, object]:
    """Return the build manifest of an installed encoder.

    Raises:
        ModelNotInstalledError: a file is missing (the manifest is written last, so its
            presence means a build completed).
        ModelError: the manifest is unreadable or from an incompatible build.

    """
    manifest_path = model_dir / MANIFEST_FILE
    missing = [
        name
        for name in (MANIFEST_FILE, ONNX_FILE, TOKENIZER_FILE)
        if not (model_dir / name).is_file()
    ]
    if missing:
        raise ModelNotInstalledError(
            f"The sentence encoder is not installed in {model_dir} (missing "
            f"{', '.join(missing)}). Run `{INSTALL_COMMAND}` to build it; it needs no network "
            "and takes a few seconds."
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"Cannot read {manifest_path}: {exc}. Run `{INSTALL_COMMAND} --force` to rebuild."
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        raise ModelError(
            f"{manifest_path} comes from an incompatible careguard build. "
            f"Run `{INSTALL_COMMAND} --force` to rebuild."
        )
    return manifest


class Encoder:
    """Turns texts into 384-dimensional, L2-normalised sentence embeddings.

    Load once and share: the onnxruntime session and the tokenizers are only read after
    construction, and both libraries allow concurrent calls, so one instance may serve
    many threads.

    A text's embedding never depends on what it is batched with. careguard's int8 build
    quantises activations with fixed, calibrated ranges, so it batches freely. Dynamically
    quantised models (other builds) scale each run's activations as one tensor, so a text
    batched with others drifts (cosine down to 0.955 measured); those run one text per call.
    """

    dim: Final = DIM
    max_tokens: Final = MAX_TOKENS

    def __init__(
        self,
        session: ort.InferenceSession,
        tokenizer: Tokenizer,
        counter: Tokenizer,
        manifest: Mapping[str, object],
    ) -> None:
        # Private: use load(), ensure() or from_files().
        self._session = session
        self._tokenizer = tokenizer
        self._counter = counter
        self.manifest: Mapping[str, object] = manifest
        metadata = session.get_modelmeta().custom_metadata_map
        #: Quantisation recorded in the model; "unknown" for models careguard did not build.
        self.quantization: str = str(metadata.get(QUANTIZATION_KEY, "unknown"))
        self._one_text_per_run = self.quantization not in BATCH_INVARIANT

    @property
    def adapted(self) -> bool:
        """Whether this build has careguard's shipped adapter merged in (the heads need it)."""
        return adapter.recorded_in(self.manifest)

    @classmethod
    def load(cls, model_dir: Path | None = None, *, threads: int = 1) -> Encoder:
        """Load the installed encoder from ``model_dir`` (default: careguard's model dir).

        Raises:
            ModelNotInstalledError: the encoder has not been built; the message gives the fix.

        """
        directory = _paths.model_dir() if model_dir is None else Path(model_dir)
        manifest = read_manifest(directory)
        return cls.from_files(
            directory / ONNX_FILE, directory / TOKENIZER_FILE, threads=threads, manifest=manifest
        )

    @classmethod
    def ensure(cls, model_dir: Path | None = None, *, threads: int = 1) -> Encoder:
        """Load the encoder, building it first if it is missing.

        Concurrent callers (threads or processes) serialise on a lock file in the model
        directory, so only one of them builds and none sees a half-written model.
        """
        directory = _paths.model_dir() if model_dir is None else Path(model_dir)
        try:  # the manifest is written last: if it reads, a complete build is there
            encoder = cls.load(directory, threads=threads)
            if encoder.adapted:
                return encoder
        except ModelError:
            pass
        # Deferred: building needs `onnx`, which serving never should import.
        from careguard.risk import onnx_build

        onnx_build.install(directory)
        return cls.load(directory, threads=threads)

    @classmethod
    def from_files(
        cls,
        onnx_path: Path,
        tokenizer_path: Path,
        *,
        threads: int = 1,
        manifest: Mapping[str, object] | None = None,
    ) -> Encoder:
        """Load an encoder from explicit files, without a manifest check."""
        if threads < 1:
            raise InputError(f"threads must be at least 1, got {threads}")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Spinning workers only burn a core that other requests or processes could use.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        try:
            session = ort.InferenceSession(
                str(onnx_path),
                sess_options=options,
                providers=["CPUExecutionProvider"],
                disabled_optimizers=list(DISABLED_OPTIMIZERS),
            )
            tokenizer = load_tokenizer(tokenizer_path)
            counter = load_tokenizer(tokenizer_path, truncate=False)
        except Exception as exc:
            # onnxruntime and tokenizers raise assorted untyped errors for corrupt files.
            raise ModelError(
                f"Cannot load the sentence encoder from {onnx_path.parent}: {exc}. "
                f"Run `{INSTALL_COMMAND} --force` to rebuild it."
            ) from exc
        return cls(session, tokenizer, counter, manifest or {})

    def token_ids(self, text: str) -> list[int]:
        """Return the ids the model sees for ``text``: [CLS] … [SEP], at most 256 of them."""
        return list(self._tokenizer.encode(_check_text(text)).ids)

    def count_tokens(self, text: str) -> int:
        """Return the untruncated token count of ``text``, [CLS] and [SEP] included.

        A count above :attr:`max_tokens` means :meth:`encode` only sees the first 256.
        """
        return len(self._counter.encode(_check_text(text)).ids)

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> npt.NDArray[np.float32]:
        """Embed ``texts``; returns float32 of shape (len(texts), 384), rows of unit norm.

        Each text is truncated at 256 tokens. Texts are grouped by length so each batch
        pads only to its own longest member, and a batch holds at most
        :data:`TOKEN_BUDGET` tokens; the output keeps the input order. Models that
        are not batch-invariant ignore ``batch_size`` and run one text per call (see the
        class docstring).
        """
        if isinstance(texts, str):
            raise InputError("encode() takes a sequence of texts; wrap a single text in a list")
        if batch_size < 1:
            raise InputError(f"batch_size must be at least 1, got {batch_size}")
        if len(texts) == 1:
            # The serving hot path: one message, no sorting or padding.
            ids = self._tokenizer.encode(_check_text(texts[0])).ids
            input_ids = np.array([ids], dtype=np.int64)
            return self._run(input_ids, np.ones_like(input_ids))
        # encode() per text rather than encode_batch(): the batch call starts a rayon pool
        # that ignores `threads` and warns after a fork.
        encoded = [self._tokenizer.encode(_check_text(text)).ids for text in texts]
        out = np.empty((len(encoded), DIM), dtype=np.float32)
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        step = 1 if self._one_text_per_run else batch_size
        start = 0
        while start < len(order):
            # Sorted by length, so the last member is the widest: grow the batch while it
            # holds at most TOKEN_BUDGET tokens (always at least one text).
            stop = start + 1
            while (
                stop < min(len(order), start + step)
                and (stop - start + 1) * len(encoded[order[stop]]) <= TOKEN_BUDGET
            ):
                stop += 1
            members, start = order[start:stop], stop
            width = max(len(encoded[i]) for i in members)
            input_ids = np.zeros((len(members), width), dtype=np.int64)
            attention_mask = np.zeros((len(members), width), dtype=np.int64)
            for row, i in enumerate(members):
                input_ids[row, : len(encoded[i])] = encoded[i]
                attention_mask[row, : len(encoded[i])] = 1
            out[members] = self._run(input_ids, attention_mask)
        return out

    def _run(
        self, input_ids: npt.NDArray[np.int64], attention_mask: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.float32]:
        outputs = self._session.run(
            _OUTPUTS, {"input_ids": input_ids, "attention_mask": attention_mask}
        )
        out: npt.NDArray[np.float32] = outputs[0]
        return out

    def __repr__(self) -> str:
        return f"Encoder(dim={DIM}, max_tokens={MAX_TOKENS}, quantization={self.quantization!r})"


def load_tokenizer(path: Path, *, truncate: bool = True) -> Tokenizer:
    """The model's tokenizer from ``path``: cut at :data:`MAX_TOKENS` (or never), unpadded.

    The shipped tokenizer.json pads and truncates at 128; we truncate at the model's 256
    and pad per batch ourselves.
    """
    tokenizer = Tokenizer.from_file(str(path))
    if truncate:
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
    else:
        tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputError(f"expected a str to encode, got {type(text).__name__}")
    return text
