"""The encoder's low-rank adapter: careguard's fine-tuning of all-MiniLM-L6-v2.

all-MiniLM-L6-v2 was trained to tell paraphrases apart, not crises from everyday text. A
low-rank adapter (LoRA, Hu et al. 2021) moves every linear layer of its transformer
toward careguard's targets: for weight ``W`` (out x in) it adds ``scale * B @ A``, with
``A`` (rank x in) and ``B`` (out x rank) learnt by ``careguard train --encoder``.

The adapter ships as ``careguard/risk/models/encoder_adapter.npz`` (about 1 MB) and is
merged into the base weights when the ONNX encoder is built, so serving costs nothing
more and needs no torch. The build records the adapter's digest; an installed encoder
built with another adapter (or none) is rebuilt by ``Encoder.ensure``.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from careguard.errors import ModelError

ADAPTER_FILE: Final = "encoder_adapter.npz"
FloatArray = npt.NDArray[np.float32]
_META: Final = "__meta__"


@dataclass(frozen=True)
class Adapter:
    """Low-rank factors by the base weight they adapt (``encoder.layer.0.….weight``)."""

    factors: Mapping[str, tuple[FloatArray, FloatArray]]
    scale: float
    meta: Mapping[str, object] = field(default_factory=dict)

    def merge(self, weights: Mapping[str, FloatArray]) -> dict[str, FloatArray]:
        """Return a copy of ``weights`` with every adapted weight moved by ``scale * B @ A``.

        Raises:
            ModelError: a factor names a weight that is not there, or its shape does not fit.
        """
        out = dict(weights)
        for key, (a, b) in self.factors.items():
            base = weights.get(key)
            if base is None or base.shape != (b.shape[0], a.shape[1]) or a.shape[0] != b.shape[1]:
                shape = None if base is None else base.shape
                raise ModelError(
                    f"the encoder adapter does not fit the base weights ({key}: base {shape}, "
                    f"A {a.shape}, B {b.shape}); reinstall careguard or retrain the adapter "
                    "with `careguard train --encoder`"
                )
            delta = (b.astype(np.float64) @ a.astype(np.float64)) * self.scale
            out[key] = (base.astype(np.float64) + delta).astype(np.float32)
        return out

    def save(self, path: Path) -> None:
        """Write the factors as float16 (the merged weights are quantised to 7 bits anyway)."""
        arrays: dict[str, npt.NDArray[np.generic]] = {}
        for key, (a, b) in self.factors.items():
            arrays[f"{key}:A"] = a.astype(np.float16)
            arrays[f"{key}:B"] = b.astype(np.float16)
        meta = {"scale": self.scale, **self.meta}
        arrays[_META] = np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8)
        with Path(path).open("wb") as f:
            np.savez_compressed(f, **arrays)  # type: ignore[arg-type]

    @classmethod
    def read(cls, path: Path) -> Adapter:
        """Read an adapter written by :meth:`save`.

        Raises:
            ModelError: the file is missing or malformed; the message says how to fix it.
        """
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(bytes(data[_META]).decode())
                keys = sorted({name.rsplit(":", 1)[0] for name in data.files if name != _META})
                factors = {
                    key: (
                        data[f"{key}:A"].astype(np.float32),
                        data[f"{key}:B"].astype(np.float32),
                    )
                    for key in keys
                }
            scale = float(meta.pop("scale"))
        except (
            OSError,
            KeyError,
            ValueError,
            TypeError,
            AttributeError,
            EOFError,
            pickle.UnpicklingError,
        ) as exc:
            raise ModelError(
                f"cannot read the encoder adapter {path}: {exc!r}. Reinstall careguard, or "
                "retrain it with `careguard train --encoder`"
            ) from exc
        return cls(factors=factors, scale=scale, meta=meta)


def shipped_path() -> Path:
    """Return the path of the adapter shipped in the package."""
    return Path(str(resources.files("careguard.risk") / "models" / ADAPTER_FILE))


def shipped() -> Adapter:
    """Return the adapter shipped in the package."""
    return Adapter.read(shipped_path())


@cache
def shipped_digest() -> str:
    """Return the sha256 of the shipped adapter file (what a build records).

    Raises:
        ModelError: the file cannot be read; the message says how to fix it.
    """
    try:
        return hashlib.sha256(shipped_path().read_bytes()).hexdigest()
    except OSError as exc:
        raise ModelError(
            f"cannot read the encoder adapter {shipped_path()}: {exc.strerror}. Reinstall "
            "careguard, or retrain it with `careguard train --encoder`"
        ) from exc


def record() -> dict[str, str]:
    """What an encoder build with the shipped adapter records in its manifest."""
    return {"file": ADAPTER_FILE, "sha256": shipped_digest()}


def recorded_in(manifest: Mapping[str, object]) -> bool:
    """Whether an encoder build's manifest records the shipped adapter."""
    return manifest.get("adapter") == record()
