"""Rewrite a text while keeping, per character, the span of the original it came from.

The map is one flat array ``[start0, end0, start1, end1, ...]`` with a source span per
character of the current text. Each normalisation step proposes edits
``(a, b, replacement)``; :func:`apply_edits` produces the new text and the new map in one
pass, copying unchanged stretches as C-level array slices, so the cost follows the
number of edits rather than the length of the text.
"""

from __future__ import annotations

from array import array

# An edit replaces current[a:b] (never empty) with a string, possibly empty.
Edit = tuple[int, int, str]

_IDENTITY_SIZE = 1 << 15
# start, end of character i are (i, i + 1): the flat sequence 0, 1, 1, 2, 2, 3, ...
_IDENTITY: array[int] = array("i", [(j + 1) // 2 for j in range(2 * _IDENTITY_SIZE)])


def identity(n: int) -> array[int]:
    """Return the map sending each of ``n`` characters to itself."""
    if n <= _IDENTITY_SIZE:  # slicing a prebuilt array is a memcpy, building one is not
        return _IDENTITY[: 2 * n]
    code = "i" if n < 2**31 - 1 else "q"
    flat = array(code, bytes(array(code).itemsize * 2 * n))
    flat[0::2] = array(code, range(n))
    flat[1::2] = array(code, range(1, n + 1))
    return flat


def apply_edits(text: str, spans: array[int], edits: list[Edit]) -> tuple[str, array[int]]:
    """Apply sorted, non-overlapping edits to ``text`` and carry the map ``spans`` along.

    Characters a replacement shares with its source at either end keep their own source
    span; the changed middle maps as one block to the source middle. A pure insertion or
    deletion borrows one shared neighbour, so every source character of an edit stays
    covered and every new character has a source.
    """
    parts: list[str] = []
    pos = 0
    one_for_one = True
    for a, b, repl in edits:
        parts.append(text[pos:a])
        parts.append(repl)
        pos = b
        one_for_one = one_for_one and b - a == 1 and len(repl) == 1
    parts.append(text[pos:])
    new_text = "".join(parts)
    if one_for_one:
        return new_text, spans  # each new character maps like the one it replaces

    code = spans.typecode
    out: array[int] = array(code)
    pos = 0  # first character whose span is not yet copied
    for a, b, repl in edits:
        n_dst = len(repl)
        if b - a == 1 and n_dst == 1:
            continue  # copied with the next unchanged stretch
        if a > pos:
            out += spans[2 * pos : 2 * a]
        pos = b
        if b - a == 1:  # one source character: every new character maps to it
            if n_dst:
                out += spans[2 * a : 2 * b] * n_dst
            continue
        src = text[a:b]
        n_src = b - a
        limit = min(n_src, n_dst)
        pre = 0
        while pre < limit and src[pre] == repl[pre]:
            pre += 1
        suf = 0
        while suf < limit - pre and src[n_src - 1 - suf] == repl[n_dst - 1 - suf]:
            suf += 1
        if (n_src - pre - suf == 0) != (n_dst - pre - suf == 0):
            if pre:
                pre -= 1
            elif suf:
                suf -= 1
        mid_dst = n_dst - pre - suf
        if pre:
            out += spans[2 * a : 2 * (a + pre)]
        if mid_dst:
            # Ends never decrease, so the last source character has the largest end.
            block = array(code, (spans[2 * (a + pre)], spans[2 * (b - suf) - 1]))
            out += block * mid_dst
        if suf:
            out += spans[2 * (b - suf) : 2 * b]
    if 2 * pos < len(spans):
        out += spans[2 * pos :]
    return new_text, out


def drop(edits: list[Edit], text: str, i: int) -> None:
    """Append an edit deleting ``text[i]``, absorbed into the previous character's span.

    Absorbing keeps the deleted character covered when a finding spans its neighbour
    (an emoji's variation selector, a zero-width space inside a word).
    """
    if edits and edits[-1][1] == i:
        a, _, repl = edits[-1]
        edits[-1] = (a, i + 1, repl)
    elif i:
        edits.append((i - 1, i + 1, text[i - 1]))
    else:
        edits.append((i, i + 1, ""))
