r"""Normalise chat text for rule matching while keeping an exact map back to the original.

Rules run over ``NormalizedText.text``; every character of it records the span of
``NormalizedText.original`` it came from, so a finding can always be shown on what the
person actually wrote. Steps, in order:

1. Fold characters: drop invisible and control characters, NFKC each character, strip
   accents from Latin letters, ASCII quotes (``'`` ``"``) and ``-`` for dashes, emoji that
   name a means or state become words (``💊`` -> ``pills``), lowercase.
2. Cyrillic/Greek look-alikes become Latin inside words that contain Latin letters, or
   everywhere when the text has Latin letters and no Cyrillic/Greek letter without a Latin
   look-alike (so genuine Russian or Greek stays as written).
3. Whitespace: runs of spaces/tabs become one space, any run containing a line break
   becomes one ``"\n"``; none at the start or end. Four or more words joined by dots
   (``i.want.to.die``) are split; web and e-mail addresses stay.
4. Leetspeak between letters (``k1ll`` -> ``kill``, ``d!e`` -> ``die``); at the start or end
   of a word only when that yields a known word (``di3`` -> ``die``, ``10mg`` stays).
5. Letters repeated 3+ times: to two, or to one when only that is a known word.
6. A crisis word broken by single spaces is joined when a piece is no word of its own
   (``en d it all`` -> ``end it all``, ``sui cide`` -> ``suicide``).
7. Slang, euphemisms and contractions (see below).
8. Spaced-out letters (``k i l l  m y s e l f``, ``s.u.i.c.i.d.e``) are joined and split
   into known words; masked words (``k*ll``) are filled when one crisis word fits. Steps 7
   and 8 repeat until nothing changes.

Canonical forms downstream rules can rely on (lowercase, single spaces):

* ``i am``, ``i have``, ``i will``, ``i would``, ``do not``, ``can not`` (also for
  ``cannot``), ``will not``, ``is not`` (``ain't``), ``X not`` for every ``X n't``,
  ``X are`` / ``X have`` / ``X will`` / ``X would`` for ``'re`` / ``'ve`` / ``'ll`` / ``'d``,
  ``it is``, ``that is``, ``what is`` ...; possessive ``'s`` stays.
* ``want to``, ``going to``, ``got to``, ``trying to``, ``i am going to`` (``imma``),
  ``you`` / ``your`` / ``yourself`` (``u`` / ``ur`` / ``urself``), ``right now`` (``rn``),
  ``tonight`` (``tn``, ``2nite``, ``tonite``), ``tomorrow`` (``tmrw``), ``before``,
  ``because``, ``people``, ``please``.
* ``kill myself`` (``kms``, ``self delete``), ``kill yourself`` (``kys``), ``kill`` /
  ``kills`` / ``killed`` / ``killing`` (``unalive`` ...), ``suicide`` (``ctb``,
  ``sewerslide``, misspellings), ``suicidal``, ``overdose`` / ``overdosed`` /
  ``overdosing`` (``od``, ``o.d.``), ``self harm`` (``selfharm``, ``self-harm``),
  ``i do not want to live`` (``idwtl``).
* Emoji words: ``pills``, ``knife``, ``gun``, ``rope``, ``coffin``, ``grave``, ``blood``,
  ``bridge``, ``train``, ``building``, ``needle``, ``alcohol``, ``scissors``, ``crying``,
  ``heartbroken``. ``💀`` and ``🔥`` stay as they are.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from careguard.risk import _lexicon as lx
from careguard.risk._charfold import fold_edits, homoglyph_edits
from careguard.risk._regex import trie_pattern
from careguard.risk._textmap import Edit, apply_edits, identity

__all__ = ["NormalizedText", "normalize"]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text and, per normalised character, its source span in ``original``.

    Attributes:
        original: The text as the person wrote it.
        text: The normalised, lowercase text rules run over.

    """

    original: str
    text: str
    # Flat [start0, end0, start1, end1, ...]: the source span of each character of text.
    _spans: array[int] = field(repr=False, compare=False)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``text[start:end]`` to the span of ``original`` it came from.

        The result covers every original character that contributed to the span. An
        empty span maps to an empty span at the matching position.

        Raises:
            ValueError: If the span is not within ``text``.

        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span ({start}, {end}) is outside the normalised text (0..{n})")
        if start < end:
            # Starts and ends never decrease, so the last character has the largest end.
            return self._spans[2 * start], self._spans[2 * end - 1]
        pos = self._spans[2 * start] if start < n else (self._spans[-1] if n else 0)
        return pos, pos


# --- step 3: whitespace --------------------------------------------------------------

_WS_RE = re.compile(r"[ \t\n]{2,}|[\t\n]")


def _ws_edits(text: str) -> list[Edit]:
    if not ("  " in text or "\t" in text or "\n" in text or text[:1] == " " or text[-1:] == " "):
        return []
    n = len(text)
    runs = [m.span() for m in _WS_RE.finditer(text)]
    if text[:1] == " " and not (runs and runs[0][0] == 0):
        runs.insert(0, (0, 1))
    if text[-1:] == " " and not (runs and runs[-1][1] == n):
        runs.append((n - 1, n))
    edits: list[Edit] = []
    for a, b in runs:
        run = text[a:b]
        repl = "" if a == 0 or b == n else ("\n" if "\n" in run else " ")
        if run != repl:
            edits.append((a, b, repl))
    return edits


# --- step 3b: words joined by dots ---------------------------------------------------

# "i.want.to.kill.myself.tonight": four or more words joined by single dots, two of them
# words of two letters or more (so "1.2.3.4" stays; spaced-out letters, "s.u.i.c.i.d.e",
# are step 8's). Not a web or e-mail address: no "www", "@" or "/" before it, and no
# domain ending after it.
_DOTTED_RE = re.compile(r"(?<![\w@/.])[a-z0-9]+(?:,?\.[a-z0-9]+){3,}(?![\w@/]|\.[a-z0-9])")
_DOMAIN_ENDS = frozenset(
    {"com", "org", "net", "io", "co", "uk", "us", "edu", "gov", "de", "fr", "me", "app"}
    | {"dev", "info", "ly", "tv", "ca", "au", "nz", "ie", "in", "eu"}
)


def _dot_edits(text: str) -> list[Edit]:
    if "." not in text:
        return []
    edits: list[Edit] = []
    for m in _DOTTED_RE.finditer(text):
        words = m.group().replace(",", "").split(".")
        worded = sum(len(w) > 1 and w.isalpha() for w in words)
        if words[0] == "www" or words[-1] in _DOMAIN_ENDS or worded < 2:
            continue
        edits.extend(
            (m.start() + i, m.start() + i + 1, " ") for i, c in enumerate(m.group()) if c == "."
        )
    return edits


# --- step 4: leetspeak ---------------------------------------------------------------

# Leet symbols ("@", "$", "!", ...) as a regex class body; every pattern below that must
# not put letters next to one of them uses it, so the LEET table is the one source.
_SYM = re.escape(lx.LEET_SYMBOLS)
_LEET_RUN_RE = re.compile(f"[{re.escape(''.join(lx.LEET))}]+")
_LEET_SPOT_RE = re.compile(f"[0-9{_SYM}]+")
_TOKEN_TAIL_RE = re.compile(f"[a-z0-9{_SYM}]*")
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789" + lx.LEET_SYMBOLS)
_NOT_LEET_BYTES = bytes(b for b in range(128) if chr(b) not in "0123456789" + lx.LEET_SYMBOLS)
_LEET_TABLE = str.maketrans(lx.LEET)


# Words of two or three characters with one letter that leet leaves recognisable. Not
# "am", "at", "im" ("4m", "4t" and "1m" are more often amounts than words).
_SHORT_WORDS = frozenset(
    {"it", "to", "is", "in", "on", "do", "go", "no", "of", "or", "we", "me", "ive", "too", "die"}
)


def _is_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


def _leet_edits(text: str) -> list[Edit]:
    if text.isascii() and not text.encode("ascii").translate(None, _NOT_LEET_BYTES):
        return []
    edits: list[Edit] = []
    n = len(text)
    done = 0
    for spot in _LEET_SPOT_RE.finditer(text):
        a, b = spot.span()
        if a < done or not ((a and _is_letter(text[a - 1])) or (b < n and _is_letter(text[b]))):
            continue
        while a and text[a - 1] in _TOKEN_CHARS:
            a -= 1
        done = _TOKEN_TAIL_RE.match(text, b).end()  # type: ignore[union-attr]
        _leet_token(text, a, done, edits)
    return edits


def _leet_token(text: str, start: int, end: int, edits: list[Edit]) -> None:
    """Propose leet edits for ``text[start:end]``, a run of letters, digits, leet symbols."""
    word = text[start:end]
    # "b4", "h8", "4m": too little to tell, except the short words of a sentence written in
    # leet ("1 w4nt t0 3nd 1t"), where those letters are all the word has.
    if sum(map(_is_letter, word)) < 2 and word.translate(_LEET_TABLE) not in _SHORT_WORDS:
        return
    inner: list[tuple[int, int]] = []
    edge: list[tuple[int, int]] = []
    for run in _LEET_RUN_RE.finditer(word):
        a, b = run.span()
        before = a > 0 and _is_letter(word[a - 1])
        after = b < len(word) and _is_letter(word[b])
        if before and after:
            inner.append((a, b))
        elif ((a == 0 and after) or (b == len(word) and before)) and run.group().isdigit():
            edge.append((a, b))  # symbols only count between letters: "kill!" keeps "!"
    if edge:
        spans = sorted(inner + edge)
        candidate = list(word)
        for a, b in spans:
            candidate[a:b] = word[a:b].translate(_LEET_TABLE)
        # Judge the word as the repeat step will leave it ("7ooo" -> "too").
        if _collapse("".join(candidate)) in lx.KNOWN_WORDS:
            inner = spans
    for a, b in inner:
        for i in range(a, b):
            edits.append((start + i, start + i + 1, lx.LEET[word[i]]))


# --- step 5: repeated letters --------------------------------------------------------

_REPEAT_RUN_RE = re.compile(r"([a-z])\1\1+")
_LETTERS_RE = re.compile(r"[a-z]*")
_MAX_WORD = max(map(len, lx.KNOWN_WORDS))


# Subsets of runs to shorten to one letter, fewest first: "two of each" is tried first.
_SHORTEN_ORDER = [sorted(range(1 << k), key=lambda bits: bin(bits).count("1")) for k in range(7)]


def _collapse(word: str) -> str:
    """Shorten runs of 3+ letters: to two, or to one where only that makes a known word."""
    runs = [(m.start(), m.end(), m.group(1)) for m in _REPEAT_RUN_RE.finditer(word)]
    shortest = len(word) - sum(b - a - 1 for a, b, _ in runs)
    if runs and len(runs) <= 6 and shortest <= _MAX_WORD:
        for bits in _SHORTEN_ORDER[len(runs)]:
            pieces: list[str] = []
            pos = 0
            for k, (a, b, ch) in enumerate(runs):
                pieces.append(word[pos:a] + ch * (1 if bits >> k & 1 else 2))
                pos = b
            candidate = "".join(pieces) + word[pos:]
            if candidate in lx.KNOWN_WORDS:
                return candidate
    return _REPEAT_RUN_RE.sub(r"\1\1", word)


def _repeat_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    done = 0
    for m in _REPEAT_RUN_RE.finditer(text):
        a = m.start()
        if a < done:
            continue
        while a and _is_letter(text[a - 1]):
            a -= 1
        done = _LETTERS_RE.match(text, m.end()).end()  # type: ignore[union-attr]
        edits.append((a, done, _collapse(text[a:done])))
    return edits


# --- step 6: crisis words broken by spaces --------------------------------------------


def _broken_forms() -> set[str]:
    """Every way to break a crisis word into two or three pieces with single spaces.

    A form counts only when some piece is no word of its own, so "a live show" and
    "over dose" keep their spaces.
    """
    forms: set[str] = set()
    for word in lx.CRISIS_WORDS:
        n = len(word)
        cuts = [(i,) for i in range(1, n)] + [(i, j) for i in range(1, n) for j in range(i + 1, n)]
        for cut in cuts:
            bounds = (0, *cut, n)
            pieces = [word[x:y] for x, y in pairwise(bounds)]
            # "not e" is no "note": expanded contractions ("don't e-mail") end in "not", and
            # a join across a negation would also make normalising twice differ from once.
            if "not" in pieces:
                continue
            if not all(p in lx.KNOWN_WORDS for p in pieces):
                forms.add(" ".join(pieces))
    return forms


_BROKEN_RE = re.compile(r"(?<![a-z])(?:" + trie_pattern(sorted(_broken_forms())) + r")(?![a-z])")


def _split_edits(text: str) -> list[Edit]:
    """Join a crisis word broken by single spaces ("en d it all", "sui cide", "k ill")."""
    if " " not in text:
        return []
    broken = list(_BROKEN_RE.finditer(text))  # every form has a space: each match is a join
    if not broken:
        return []
    # Letters spaced out one by one belong to step 8, which reads the whole run: "c u t t
    # i n g" is "cutting", where joining the crisis word in it first left "cut t i n g".
    runs = [m.span() for m, _, _ in _spaced_runs(text)]
    edits: list[Edit] = []
    for m in broken:
        if any(a <= m.start() and m.end() <= b for a, b in runs):
            continue
        base = m.start()
        edits.extend((base + i, base + i + 1, "") for i, c in enumerate(m.group()) if c == " ")
    return edits


# --- step 7: slang and contractions --------------------------------------------------


_SUFFIX_PATTERN = trie_pattern(list(lx.SUFFIXES))
_KEY_PATTERN = trie_pattern(list(lx.SLANG))
# Not before a word character, "-x", ".x" or "'x"; not before leet symbols and a letter,
# since the expansion's letters would make those symbols letters on a second pass.
_END = rf"(?!\w|[\-.'][a-z]|[{_SYM}][0-9{_SYM}]*[a-z])"
# A word may carry contraction endings ("u'll", "imn't"). The ending is expanded on its
# own, so the word is expanded too, or a second pass would find it bare.
_AFTER_KEY = rf"(?:(?<=[a-z])(?=(?:{_SUFFIX_PATTERN})*{_END})|(?={_END}))"
_KEY_AT_START_RE = re.compile(rf"(?P<w>{_KEY_PATTERN}){_AFTER_KEY}")
# The key is preceded by a consumed separator rather than a lookbehind: a pattern that
# starts with a character class lets the regex engine skip ahead at C speed.
_KEY_RE = re.compile(rf"[^\w{_SYM}](?<![a-z]['\-])(?P<w>{_KEY_PATTERN}){_AFTER_KEY}")
_SUFFIX_RE = re.compile(
    "(?:"
    + "|".join(
        f"{re.escape(sfx[0])}(?<=[a-z]{re.escape(sfx[0])}){re.escape(sfx[1:])}"
        for sfx in lx.SUFFIXES
    )
    + rf")(?=(?:{_SUFFIX_PATTERN})*{_END})"
)


def _plain_stem(text: str, end: int) -> bool:
    """Whether the word before a contraction ending is all letters.

    Splitting "7won't" would leave "7wo", which the leet step reads as "two" next time.
    """
    start = end
    while start and text[start - 1] in _TOKEN_CHARS:
        start -= 1
    return text[start:end].isalpha()


# "ill" is a word ("i feel ill"), but online it is mostly "i'll" without the apostrophe: it is
# expanded only before a verb of what one will do, and never after words that make it "sick".
_ILL_RE = re.compile(
    r"(?<![\w'])(?<!feel )(?<!felt )(?<!feeling )(?<!been )(?<!am )(?<!is )(?<!was )(?<!are )"
    r"(?<!very )(?<!so )(?<!really )(?<!mentally )(?<!terminally )(?<!critically )"
    r"(?<!seriously )(?<!chronically )(?<!fell )(?<!falls )(?<!got )(?<!get )(?<!gets )"
    r"(?<!become )(?<!look )(?<!looks )(?<!quite )(?<!too )ill(?= (?:just |probably |finally "
    r"|never |definitely |actually |really |prob |still )?(?:be|do|kill|end|go|try|find|get|take"
    r"|jump|hang|make|never|just|probably|finally|call|tell|die|stop|leave|shoot|overdose|write"
    r"|miss|let|keep|give|wait|cut|drink|see|have|need|say|post|start|buy|use|walk|drive)\b)"
)


def _slang_edits(text: str) -> list[Edit]:
    found: list[Edit] = [(m.start(), m.end(), "i will") for m in _ILL_RE.finditer(text)]
    first = _KEY_AT_START_RE.match(text)
    if first:
        found.append((0, first.end(), lx.SLANG[first.group("w")]))
    found.extend((m.start("w"), m.end(), lx.SLANG[m.group("w")]) for m in _KEY_RE.finditer(text))
    if "'" in text:
        key_ends = {edit[1] for edit in found}  # a key's expansion is all letters
        found.extend(
            (m.start(), m.end(), lx.SUFFIXES[m.group()])
            for m in _SUFFIX_RE.finditer(text)
            if m.start() in key_ends or _plain_stem(text, m.start())
        )
    if not found:
        return found
    # Letters of a spaced-out run belong to step 7 ("s u 1 c 1 d e" is not "s you ...").
    taken = [m.span() for m in _JOIN_RE.finditer(text)] if _JOIN_HINT_RE.search(text) else []
    found.sort(key=lambda edit: (edit[0], -edit[1]))
    edits: list[Edit] = []
    k = 0
    for edit in found:  # a whole word ("don't") wins over the ending inside it ("n't")
        if edits and edit[0] < edits[-1][1]:
            continue
        while k < len(taken) and taken[k][1] <= edit[0]:
            k += 1
        if k < len(taken) and taken[k][0] < edit[1]:
            continue
        edits.append(edit)
    return edits


# --- step 8: spaced-out and masked words ---------------------------------------------

_JOIN_HINT_RE = re.compile(r"[ ._*\-][a-z0-9][ ._*\-]{1,3}[a-z0-9](?![^\W_])")
# A letter after an apostrophe ends a contraction, not starts a spaced-out word: "that's a
# w" stays, where "s a w" would otherwise join into "saw".
_JOIN_RE = re.compile(
    rf"(?<![^\W_])(?<![{_SYM}'’])[a-z0-9](?:[ ._*\-]{{1,3}}[a-z0-9]){{2,}}(?![^\W_]|[{_SYM}])"
)
_JOIN_ITEM_RE = re.compile(r"[a-z0-9]")
_MAX_JOIN = 64  # longer runs are not an obfuscated word; skipping keeps the DP cheap


@lru_cache(maxsize=4096)
def _segment(letters: str) -> tuple[str, ...] | None:
    """Split ``letters`` into known words, fewest words first, then longest; None if none."""
    n = len(letters)
    best: list[tuple[int, int, int] | None] = [None] * (n + 1)
    best[0] = (0, 0, 0)
    for i in range(1, n + 1):
        for j in range(max(0, i - _MAX_WORD), i):
            prev = best[j]
            if prev is None or letters[j:i] not in lx.KNOWN_WORDS:
                continue
            cand = (prev[0] + 1, prev[1] - (i - j) ** 2, j)
            cur = best[i]
            if cur is None or cand[:2] < cur[:2]:
                best[i] = cand
    if best[n] is None:
        return None
    words: list[str] = []
    i = n
    while i:
        step = best[i]
        assert step is not None
        words.append(letters[step[2] : i])
        i = step[2]
    return tuple(reversed(words))


def _spaced_runs(text: str) -> Iterator[tuple[re.Match[str], list[int], tuple[str, ...]]]:
    """Runs of spaced-out letters that make known words: the match, letter offsets, words."""
    if not _JOIN_HINT_RE.search(text):
        return
    for m in _JOIN_RE.finditer(text):
        run = m.group()
        if len(run) > 4 * _MAX_JOIN:  # an item and at most three separators each
            continue
        items = [it.start() for it in _JOIN_ITEM_RE.finditer(run)]
        letters = "".join(run[i] for i in items).translate(_LEET_TABLE)
        if len(items) > _MAX_JOIN or not letters.isalpha():
            continue
        words = _segment(letters)
        if words is None or max(map(len, words)) < 3:  # "i a m" style runs stay
            continue
        yield m, items, words


def _join_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m, items, words in _spaced_runs(text):
        run = m.group()
        # One edit per word and per gap between words keeps the work per run small;
        # a word still maps to exactly the stretch of spaced letters it came from.
        base, k = m.start(), 0
        for word in words:
            first, last = items[k], items[k + len(word) - 1]
            if k and run[items[k - 1] + 1 : first] != " ":
                edits.append((base + items[k - 1] + 1, base + first, " "))
            edits.append((base + first, base + last + 1, word))
            k += len(word)
    return edits


_STARS_RE = re.compile(r"\*+")
_MASK_AROUND_RE = re.compile(r"[a-z]+(?:\*+[a-z]+)*")
_MASK_BY_LEN: dict[int, list[str]] = {}
for _word in sorted(lx.MASK_WORDS):
    _MASK_BY_LEN.setdefault(len(_word), []).append(_word)


def _is_alnum(ch: str) -> bool:
    return ch.isalnum()


def _mask_edits(text: str) -> list[Edit]:
    if "*" not in text:
        return []
    edits: list[Edit] = []
    done = 0
    for stars in _STARS_RE.finditer(text):
        a = stars.start()
        if a < done or not a or not _is_letter(text[a - 1]):
            continue
        while a and _is_letter(text[a - 1]):
            a -= 1
        m = _MASK_AROUND_RE.match(text, a)
        assert m is not None
        done = m.end()
        mask = m.group()
        if "*" not in mask or (a and _is_alnum(text[a - 1])) or text[done : done + 1].isalnum():
            continue  # stars at the edge ("*hugs*") or a word glued to other letters
        fits = [
            w
            for w in _MASK_BY_LEN.get(len(mask), [])
            if all(c in ("*", wc) for c, wc in zip(mask, w, strict=True))
        ]
        if len(fits) == 1:
            edits.extend((a + i, a + i + 1, fits[0][i]) for i, c in enumerate(mask) if c == "*")
    return edits


# --- pipeline ------------------------------------------------------------------------

_LINEAR_STEPS = (
    homoglyph_edits,
    _ws_edits,
    _dot_edits,
    _leet_edits,
    _repeat_edits,
)


def _rejoin(cur: str, spans: array[int]) -> tuple[str, array[int]]:
    """Rejoin broken words, then read the digits a rejoined word ends in ("k ill5")."""
    edits = _split_edits(cur)
    if edits:
        cur, spans = apply_edits(cur, spans, edits)
        releet = _leet_edits(cur)
        if releet:
            cur, spans = apply_edits(cur, spans, releet)
    return cur, spans


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` for rule matching; see the module docstring for the steps.

    Args:
        text: What the person wrote, any Unicode.

    Returns:
        The normalised text with a per-character map back into ``text``.

    """
    spans = identity(len(text))
    cur = text
    edits = fold_edits(cur)
    if edits:
        cur, spans = apply_edits(cur, spans, edits)
    lowered = cur.lower()
    if len(lowered) == len(cur):  # folding lowered all non-ASCII already, so this holds
        cur = lowered
    else:  # pragma: no cover - defensive
        edits = [(i, i + 1, c.lower()) for i, c in enumerate(cur) if c.lower() != c]
        cur, spans = apply_edits(cur, spans, edits)
    for step in _LINEAR_STEPS:
        edits = step(cur)
        if edits:
            cur, spans = apply_edits(cur, spans, edits)
    cur, spans = _rejoin(cur, spans)
    edits = _slang_edits(cur)
    if edits:
        cur, spans = apply_edits(cur, spans, edits)
    # Joining and slang feed each other ("k m s", "s e l f delete"): repeat to a fixpoint.
    # Joined letters can leave a broken word behind ("k 1 l l0" -> "kil l0"): rejoin it.
    for _ in range(4):
        joined = _join_edits(cur)
        if joined:
            cur, spans = apply_edits(cur, spans, joined)
            cur, spans = _rejoin(cur, spans)
        masked = _mask_edits(cur)
        if masked:
            cur, spans = apply_edits(cur, spans, masked)
        if not (joined or masked):
            break
        edits = _slang_edits(cur)
        if not edits:
            break
        cur, spans = apply_edits(cur, spans, edits)
    return NormalizedText(text, cur, spans)
