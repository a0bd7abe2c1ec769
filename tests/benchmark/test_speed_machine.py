"""The machine line printed beside the speed figures."""

from __future__ import annotations

import pytest

from careguard.benchmark import speed


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ("fpu sse2 avx2 avx512f avx512_vnni", "AVX-512 VNNI"),
        ("fpu sse2 avx2 avx_vnni", "AVX-VNNI"),
        ("fp asimd asimddp", "ARM dot product"),
        ("fpu sse2 avx avx2 fma", "none (AVX2 or older)"),
        ("fpu sse2", "none"),
        ("fpu avx512_vnnix avx2", "none (AVX2 or older)"),  # whole flags only
    ],
)
def test_when_cpu_flags_are_read_then_the_int8_dot_product_is_named(
    flags: str, expected: str
) -> None:
    assert speed.int8_dot_product(flags) == expected


def test_when_machine_is_described_then_cores_and_dot_product_are_named() -> None:
    line = speed.machine()
    assert "CPUs, int8 dot product: " in line
