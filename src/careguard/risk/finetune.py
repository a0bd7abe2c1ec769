"""Learn the encoder's adapter (``careguard train --encoder``); needs torch, at training only.

torch is never a run-time dependency: the adapter this writes is merged into the ONNX
encoder when it is built (:mod:`careguard.risk.adapter`). Install the CPU build first,
``pip install torch==2.13.0`` (on machines without its local wheel, add
``--index-url https://download.pytorch.org/whl/cpu``, or pip fetches a CUDA build).

The recipe, as run for the shipped adapter (2026-12-07): LoRA of rank 16 (scale 2) on
every linear layer of the six transformer layers, the base weights frozen; one linear
output per head target over the temperature-scaled sentence embedding; binary cross
entropy; AdamW (adapter 5e-4, output 3e-3), 50 warm-up steps then linear decay to zero;
two epochs of batches of 16 texts of similar length, in shuffled order. The texts are every
example the project wrote and 4,000 of the everyday negatives (GoEmotions, Presidio), the
same training data as the heads. Seeds are fixed (torch 0, Python's random 0).
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import numpy as np

from careguard.errors import InputError
from careguard.risk import _bert_numpy
from careguard.risk.adapter import Adapter
from careguard.risk.train import EVERYDAY_SOURCES, MIN_POSITIVES, Example, targets

RANK: Final = 16
SCALE: Final = 2.0
EPOCHS: Final = 2
BATCH: Final = 16
LR_ADAPTER: Final = 5e-4
LR_OUTPUT: Final = 3e-3
WARMUP: Final = 50
EVERYDAY_SAMPLE: Final = 4000
TEMPERATURE: Final = 20.0
SEED: Final = 0
ADAPTED: Final = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


def _torch() -> Any:
    try:
        import torch
    except ImportError:
        raise InputError(
            "training the encoder's adapter needs torch (never needed to run careguard): "
            "pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu"
        ) from None
    return torch


def train_adapter(
    examples: Sequence[Example],
    tokenize: Callable[[str], Sequence[int]],
    weights: dict[str, _bert_numpy.FloatArray],
    config: _bert_numpy.BertConfig,
    *,
    epochs: int = EPOCHS,
    everyday_sample: int = EVERYDAY_SAMPLE,
    log: Callable[[str], None] = print,
) -> Adapter:
    """Fit the adapter to the heads' targets on ``examples`` (see the module docstring)."""
    torch = _torch()
    functional = torch.nn.functional
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    everyday = [i for i, e in enumerate(examples) if e.source in EVERYDAY_SOURCES]
    keep = [i for i, e in enumerate(examples) if e.source not in EVERYDAY_SOURCES]
    keep += rng.sample(everyday, min(everyday_sample, len(everyday)))
    chosen = [examples[i] for i in keep]
    wanted = [column for column in targets(chosen).values() if column.sum() >= MIN_POSITIVES]
    texts = [list(tokenize(e.text)) for e in chosen]
    log(f"adapter: {len(texts)} texts, {len(wanted)} targets, {sum(map(len, texts))} tokens")
    base = {name: torch.tensor(array) for name, array in weights.items()}
    factors: dict[str, tuple[Any, Any]] = {}
    for i in range(config.num_layers):
        for name in ADAPTED:
            w = base[_bert_numpy.layer_key(i, f"{name}.weight")]
            a = torch.nn.Parameter(torch.randn(RANK, w.shape[1]) / np.sqrt(w.shape[1]))
            b = torch.nn.Parameter(torch.zeros(w.shape[0], RANK))
            factors[_bert_numpy.layer_key(i, name)] = (a, b)
    output = torch.nn.Linear(config.hidden_size, len(wanted))
    temperature = torch.nn.Parameter(torch.tensor(TEMPERATURE))
    y = torch.tensor(np.stack(wanted, axis=1), dtype=torch.float32)
    optimiser = torch.optim.AdamW(
        [
            {"params": [p for pair in factors.values() for p in pair], "lr": LR_ADAPTER},
            {"params": [*output.parameters(), temperature], "lr": LR_OUTPUT},
        ]
    )
    optimiser.param_groups[0]["weight_decay"] = 0.0
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    batches = [order[s : s + BATCH] for s in range(0, len(order), BATCH)]
    total = epochs * len(batches)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / WARMUP) * max(0.0, 1 - s / total)
    )

    linear = adapted_linear(torch, base, factors, SCALE)
    started = time.perf_counter()
    for epoch in range(epochs):
        rng.shuffle(batches)
        running = 0.0
        for k, members in enumerate(batches):
            width = max(len(texts[i]) for i in members)
            ids = torch.zeros((len(members), width), dtype=torch.long)
            mask = torch.zeros_like(ids)
            for row, i in enumerate(members):
                ids[row, : len(texts[i])] = torch.tensor(list(texts[i]))
                mask[row, : len(texts[i])] = 1
            embedding = _forward(torch, base, config, linear, ids, mask)
            loss = functional.binary_cross_entropy_with_logits(
                output(embedding * temperature), y[members]
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            value = float(loss.detach())
            running = 0.98 * running + 0.02 * value if k else value
            if k % 100 == 0:
                log(
                    f"epoch {epoch + 1}/{epochs} batch {k}/{len(batches)} loss {running:.4f} "
                    f"({time.perf_counter() - started:.0f} s)"
                )
    return Adapter(
        factors={
            f"{prefix}.weight": (a.detach().numpy().copy(), b.detach().numpy().copy())
            for prefix, (a, b) in factors.items()
        },
        scale=SCALE,
        meta={
            "method": f"LoRA rank {RANK} on {', '.join(ADAPTED)} of every layer",
            "epochs": epochs,
            "texts": len(texts),
            "targets": len(wanted),
        },
    )


def adapted_linear(
    torch: Any, base: Mapping[str, Any], factors: Mapping[str, tuple[Any, Any]], scale: float
) -> Callable[[Any, str], Any]:
    """The linear layer named ``prefix`` of ``base``, moved by ``scale * B @ A`` if adapted."""

    def linear(x: Any, prefix: str) -> Any:
        w = base[f"{prefix}.weight"]
        if prefix in factors:
            a, b = factors[prefix]
            w = w + scale * (b @ a)
        return torch.nn.functional.linear(x, w, base[f"{prefix}.bias"])

    return linear


def _forward(
    torch: Any,
    w: dict[str, Any],
    config: _bert_numpy.BertConfig,
    linear: Callable[[Any, str], Any],
    ids: Any,
    mask: Any,
) -> Any:
    """The arithmetic of :func:`careguard.risk._bert_numpy.embed`, in torch."""
    functional = torch.nn.functional
    batch, seq = ids.shape
    eps = config.layer_norm_eps

    def norm(x: Any, prefix: str) -> Any:
        gamma, beta = w[f"{prefix}.weight"], w[f"{prefix}.bias"]
        return functional.layer_norm(x, (x.shape[-1],), gamma, beta, eps)

    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][:seq]
        + w["embeddings.token_type_embeddings.weight"][0]
    )
    x = norm(x, "embeddings.LayerNorm")
    bias = (1.0 - mask[:, None, None, :].float()) * -10000.0

    def split(t: Any) -> Any:
        return t.view(batch, seq, config.num_heads, -1).transpose(1, 2)

    for i in range(config.num_layers):
        key = _bert_numpy.layer_key
        q = split(linear(x, key(i, "attention.self.query")))
        k = split(linear(x, key(i, "attention.self.key")))
        v = split(linear(x, key(i, "attention.self.value")))
        context = functional.scaled_dot_product_attention(q, k, v, attn_mask=bias)
        context = context.transpose(1, 2).reshape(batch, seq, -1)
        attended = linear(context, key(i, "attention.output.dense"))
        x = norm(attended + x, key(i, "attention.output.LayerNorm"))
        inner = functional.gelu(linear(x, key(i, "intermediate.dense")))
        x = norm(linear(inner, key(i, "output.dense")) + x, key(i, "output.LayerNorm"))
    m = mask.float()[:, :, None]
    pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
    return functional.normalize(pooled, dim=-1)


def describe(adapter: Adapter) -> str:
    """One line on an adapter, for the command line."""
    return json.dumps({"scale": adapter.scale, **adapter.meta}, sort_keys=True)
