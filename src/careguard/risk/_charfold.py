"""Character-level steps of :mod:`careguard.risk.normalize`: folding and homoglyphs.

Both steps only propose edits (see :mod:`careguard.risk._textmap`); they never touch the
offset map themselves.
"""

from __future__ import annotations

import re
import unicodedata

from careguard.risk import _lexicon as lx
from careguard.risk._textmap import Edit, drop

LATIN_MARKS = frozenset(chr(cp) for lo, hi in lx.LATIN_MARK_RANGES for cp in range(lo, hi + 1))
MARK_CLASS = "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in lx.LATIN_MARK_RANGES)

# Everything except ASCII letters, digits, punctuation (bar the backtick), space, \t, \n.
_NONPLAIN_RE = re.compile(r"[^\t\n\x20-\x5f\x61-\x7e]+")
_PLAIN_BYTES = b"\t\n" + bytes(range(0x20, 0x60)) + bytes(range(0x61, 0x7F))
_FOLD_CACHE: dict[str, str] = {}
_FOLD_CACHE_MAX = 200_000  # bounded: adversarial input can use every code point
_LATINISH_CACHE: dict[str, bool] = {}


def _latinish(ch: str) -> bool:
    """Whether ``ch`` is a Latin letter, an ASCII digit or a leet symbol."""
    known = _LATINISH_CACHE.get(ch)
    if known is None:
        if ch.isascii() or ch in lx.LEET_SYMBOLS:
            known = (ch.isascii() and ch.isalnum()) or ch in lx.LEET_SYMBOLS
        else:
            known = unicodedata.name(ch, "").startswith("LATIN ")
            if len(_LATINISH_CACHE) > _FOLD_CACHE_MAX:
                _LATINISH_CACHE.clear()
        _LATINISH_CACHE[ch] = known
    return known


def _fold_once(s: str) -> str:
    out: list[str] = []
    for ch in s:
        table = lx.CHAR_TABLE.get(ch)
        if table is not None:
            out.append(table)
            continue
        cat = unicodedata.category(ch)
        if (
            ch in lx.INVISIBLE
            or (cat == "Cf" and ch not in lx.KEPT_FORMAT)
            or (cat == "Cc" and ch not in "\t\n")
        ):
            continue
        folded = unicodedata.normalize("NFKC", ch)
        # Capital sigma is lowered later with the whole text, which knows final sigma.
        folded = folded if folded == "Σ" else folded.lower()
        decomposed = unicodedata.normalize("NFD", folded)
        if decomposed != folded or any(part in LATIN_MARKS for part in decomposed):
            kept: list[str] = []
            for part in decomposed:
                if not (part in LATIN_MARKS and kept and _latinish(kept[-1])):
                    kept.append(part)
            folded = unicodedata.normalize("NFC", "".join(kept))
        out.append(folded)
    return "".join(out)


def fold_char(ch: str) -> str:
    """Fold one character to its normal form (cached); ``""`` means it is dropped."""
    folded = _FOLD_CACHE.get(ch)
    if folded is None:
        folded = ch
        for _ in range(6):  # to a fixpoint, so folding the result again changes nothing
            nxt = _fold_once(folded)
            if nxt == folded:
                break
            folded = nxt
        if len(_FOLD_CACHE) > _FOLD_CACHE_MAX:
            _FOLD_CACHE.clear()
        _FOLD_CACHE[ch] = folded
    return folded


def _visible_ascii(ch: str) -> bool:
    # A later step may turn ASCII punctuation into letters ("o.d." -> "overdose").
    return ch.isascii() and not ch.isspace()


def _foreign_letter(ch: str) -> bool:
    return ch.isalpha() and not _latinish(ch)


def fold_edits(text: str) -> list[Edit]:
    """Edits for step 1: drop invisibles, NFKC, strip Latin accents, map quotes and emoji.

    Lowercasing of ASCII is left to the caller (``str.lower`` keeps the length). Joiners
    stay only between two non-Latin letters (Persian, Indic); Latin combining marks are
    dropped after Latin letters and visible ASCII, where they can only decorate or hide.
    """
    if text.isascii() and not text.encode("ascii").translate(None, _PLAIN_BYTES):
        return []
    edits: list[Edit] = []
    n = len(text)
    for m in _NONPLAIN_RE.finditer(text):
        start, end = m.span()
        prev = text[start - 1] if start else ""  # last character of the output so far
        for i in range(start, end):
            ch = text[i]
            if ch in lx.JOINERS:
                nxt = fold_char(text[i + 1])[:1] if i + 1 < n else ""
                if _foreign_letter(prev) and _foreign_letter(nxt):
                    prev = ch
                else:
                    drop(edits, text, i)
                continue
            if ch in LATIN_MARKS and prev and (_latinish(prev) or _visible_ascii(prev)):
                drop(edits, text, i)
                continue
            folded = fold_char(ch)
            if not folded:
                drop(edits, text, i)
                continue
            if folded != ch:
                edits.append((i, i + 1, folded))
            prev = folded[-1]
    return edits


_CYR_GREEK_RE = re.compile("[\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff]")
_HOMO_CLASS = "".join(lx.HOMOGLYPHS)
_UNMAPPABLE_RE = re.compile(
    "["
    + "".join(
        re.escape(chr(cp))
        for lo, hi in ((0x0370, 0x03FF), (0x0400, 0x052F), (0x1F00, 0x1FFF))
        for cp in range(lo, hi + 1)
        if chr(cp).isalpha() and chr(cp) not in lx.HOMOGLYPHS
    )
    + "]"
)
_WORDCH = f"\\w\u200c\u200d{MARK_CLASS}"
_HOMO_WORD_RE = re.compile(f"(?<![{_WORDCH}])[{_WORDCH}]*[{_HOMO_CLASS}][{_WORDCH}]*")
_HOMO_CHAR_RE = re.compile(f"([{_HOMO_CLASS}])[{MARK_CLASS}]*|[\u200c\u200d]")
_ASCII_LETTER_RE = re.compile("[a-z]")


def homoglyph_edits(text: str) -> list[Edit]:
    """Edits for step 2: Cyrillic/Greek look-alikes to Latin where the text is Latin."""
    if text.isascii() or not _CYR_GREEK_RE.search(text):
        return []
    # "Mostly Latin" is judged by a test the conversion cannot change (Latin letters
    # present, no Cyrillic/Greek letter lacking a look-alike), so a second pass agrees.
    everywhere = bool(_ASCII_LETTER_RE.search(text)) and not _UNMAPPABLE_RE.search(text)
    edits: list[Edit] = []
    for word in _HOMO_WORD_RE.finditer(text):
        if not (everywhere or _ASCII_LETTER_RE.search(word.group())):
            continue
        base = word.start()
        for m in _HOMO_CHAR_RE.finditer(word.group()):
            if m.group(1):
                edits.append((base + m.start(), base + m.end(), lx.HOMOGLYPHS[m.group(1)]))
            else:  # a joiner inside a now-Latin word can only be an evasion
                drop(edits, text, base + m.start())
    return edits
