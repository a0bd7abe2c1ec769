"""Rewrite a text while keeping, per character, the span of the original it came from.

Each normalisation step proposes edits ``(a, b, replacement)`` against the current text;
:func:`apply_edits` produces the new text and the new offset arrays in one pass, copying
unchanged stretches with C-level array slices so the cost follows the number of edits.
"""

from __future__ import annotations

from array import array

# An edit replaces current[a:b] (never empty) with a string, possibly empty.
Edit = tuple[int, int, str]

_IDENTITY_SIZE = 1 << 16
_IDENTITY: array[int] = array("i", range(_IDENTITY_SIZE + 1))


def identity(n: int) -> tuple[array[int], array[int]]:
    """Return start and end offsets mapping each of ``n`` characters to itself."""
    if n < _IDENTITY_SIZE:  # slicing a prebuilt array is a memcpy, building one is not
        return _IDENTITY[:n], _IDENTITY[1 : n + 1]
    code = "i" if n < 2**31 - 1 else "q"
    return array(code, range(n)), array(code, range(1, n + 1))


def apply_edits(
    text: str, starts: array[int], ends: array[int], edits: list[Edit]
) -> tuple[str, array[int], array[int]]:
    """Apply sorted, non-overlapping edits to ``text`` and carry the offset map along.

    Characters a replacement shares with its source at either end keep their own source
    span; the changed middle maps as one block to the source middle. A pure insertion or
    deletion borrows one shared neighbour, so every source character of an edit stays
    covered and every new character has a source.
    """
    parts: list[str] = []
    pos = 0
    for a, b, repl in edits:
        parts.append(text[pos:a])
        parts.append(repl)
        pos = b
    parts.append(text[pos:])
    new_text = "".join(parts)
    if len(new_text) == len(text) and all(b - a == 1 for a, b, _ in edits):
        return new_text, starts, ends  # one character for one: the map is unchanged

    code = starts.typecode
    new_starts: array[int] = array(code)
    new_ends: array[int] = array(code)
    pos = 0  # first position of ``starts``/``ends`` not yet copied
    for a, b, repl in edits:
        n_dst = len(repl)
        if b - a == 1 and n_dst == 1:
            continue  # maps like the character it replaces; copied with the next stretch
        if a > pos:
            new_starts += starts[pos:a]
            new_ends += ends[pos:a]
        pos = b
        if b - a == 1:  # one source character: every new character maps to it
            if n_dst:
                new_starts += array(code, (starts[a],)) * n_dst
                new_ends += array(code, (ends[a],)) * n_dst
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
            new_starts += starts[a : a + pre]
            new_ends += ends[a : a + pre]
        if mid_dst:
            if n_src:  # ends never decrease, so the middle's last end is its largest
                lo, hi = starts[a + pre], ends[b - suf - 1]
            else:  # edits never have an empty source; stay well-formed anyway
                lo = hi = starts[a] if a < len(starts) else (ends[a - 1] if a else 0)
            new_starts += array(code, (lo,)) * mid_dst
            new_ends += array(code, (hi,)) * mid_dst
        if suf:
            new_starts += starts[b - suf : b]
            new_ends += ends[b - suf : b]
    if pos < len(starts):
        new_starts += starts[pos:]
        new_ends += ends[pos:]
    return new_text, new_starts, new_ends


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
