"""Word lists and character tables behind :mod:`careguard.risk.normalize`.

Kept apart from the algorithm so the vocabulary can grow without touching the offset logic.
Every table is keyed and valued in the lowercase, already-folded alphabet the normaliser
works in.
"""

from __future__ import annotations

# Characters removed outright: they are invisible and exist in chat mostly to split a
# word so a filter misses it. Other format (Cf) and control (Cc) characters are dropped
# by category in the normaliser; these are the invisible ones outside those categories.
INVISIBLE: frozenset[str] = frozenset(
    "\u034f"  # combining grapheme joiner
    "\u115f\u1160\u3164\uffa0"  # Hangul fillers, a classic blank-name trick
    "\u17b4\u17b5"  # Khmer inherent vowels, rendered as nothing
    + "".join(chr(cp) for cp in range(0xFE00, 0xFE10))  # variation selectors
    + "".join(chr(cp) for cp in range(0xE0100, 0xE01F0))  # variation selectors supplement
)

# Format characters that are visible signs in their scripts, so they are not "invisible".
KEPT_FORMAT: frozenset[str] = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u08e2")

# Zero-width (non-)joiners shape Persian, Arabic and Indic words; they are only dropped
# next to Latin letters, where they can only be an evasion.
JOINERS: frozenset[str] = frozenset("\u200c\u200d")

# Combining marks that decorate Latin letters (accents, "zalgo" noise, keycaps).
# Script-specific marks (Devanagari vowel signs, Arabic harakat) are deliberately absent.
LATIN_MARK_RANGES: tuple[tuple[int, int], ...] = (
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _letters_from(first: int, lower: str = "abcdefghijklmnopqrstuvwxyz") -> dict[str, str]:
    return {chr(first + i): ch for i, ch in enumerate(lower)}


# Per-character replacements applied before (and after) NFKC. Values may be several
# characters; emoji words are padded with spaces so they never glue onto a neighbour.
CHAR_TABLE: dict[str, str] = {
    # Line breaks of other systems become "\n"; sentence boundaries matter downstream.
    "\r": "\n",
    "\v": "\n",
    "\f": "\n",
    "\x85": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u1680": " ",
    "\u2800": " ",  # braille blank, used to send "empty" messages
    # Apostrophes and quotes.
    "`": "'",
    "\u00b4": "'",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u2035": "'",
    "\u02bb": "'",
    "\u02bc": "'",
    "\u02bd": "'",
    "\u2039": "'",
    "\u203a": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u2036": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u301d": '"',
    "\u301e": '"',
    "\u301f": '"',
    # Dashes and minus signs.
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2043": "-",
    "\u2212": "-",
    "\u2e3a": "-",
    "\u2e3b": "-",
    "\ufe58": "-",
    "\ufe63": "-",
    # Latin letters NFD cannot take apart.
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ħ": "h",
    "ı": "i",
    "ŧ": "t",
    "ŀ": "l",
    "ƚ": "l",
    "ɨ": "i",
    "ɍ": "r",
    "ƀ": "b",
    "ɇ": "e",
    "ʉ": "u",
    "ƶ": "z",
    "ȥ": "z",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ɡ": "g",
    "ɑ": "a",
    # Latin small capitals (ᴋɪʟʟ), which NFKC leaves alone.
    "ᴀ": "a",
    "ʙ": "b",
    "ᴄ": "c",
    "ᴅ": "d",
    "ᴇ": "e",
    "ꜰ": "f",
    "ɢ": "g",
    "ʜ": "h",
    "ɪ": "i",
    "ᴊ": "j",
    "ᴋ": "k",
    "ʟ": "l",
    "ᴍ": "m",
    "ɴ": "n",
    "ᴏ": "o",
    "ᴘ": "p",
    "ʀ": "r",
    "ꜱ": "s",
    "ᴛ": "t",
    "ᴜ": "u",
    "ᴠ": "v",
    "ᴡ": "w",
    "ʏ": "y",
    "ᴢ": "z",
    # Negative circled and squared letters (🅚🅘🅛🅛, 🅺🅸🅻🅻) have no NFKC mapping.
    **_letters_from(0x1F150),
    **_letters_from(0x1F170),
    # Emoji that name a means, a place or a state in this domain. Base code points only:
    # the variation selector U+FE0F is dropped before lookup.
    "💊": " pills ",
    "🔪": " knife ",
    "🗡": " knife ",
    "🔫": " gun ",
    "🪢": " rope ",
    "⚰": " coffin ",
    "🪦": " grave ",
    "🩸": " blood ",
    "🌉": " bridge ",
    "🚆": " train ",
    "🚄": " train ",
    "🚅": " train ",
    "🚂": " train ",
    "🏢": " building ",
    "🏙": " building ",
    "💉": " needle ",
    "🍾": " alcohol ",
    "🍺": " alcohol ",
    "🍻": " alcohol ",
    "🍷": " alcohol ",
    "🥃": " alcohol ",
    "✂": " scissors ",
    "😭": " crying ",
    "😢": " crying ",
    "💔": " heartbroken ",
}

# Cyrillic and Greek letters (lowercase) that render like a Latin letter.
HOMOGLYPHS: dict[str, str] = {
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "ү": "y",
    "х": "x",
    "ѕ": "s",
    "ԁ": "d",
    "һ": "h",
    "ӏ": "l",
    "ԛ": "q",
    "ԝ": "w",
    "α": "a",
    "ά": "a",
    "β": "b",
    "γ": "y",
    "ε": "e",
    "έ": "e",
    "η": "n",
    "ή": "n",
    "ι": "i",
    "ί": "i",
    "ϊ": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ό": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "ύ": "u",
    "ϋ": "u",
    "χ": "x",
    "ω": "w",
    "ώ": "w",
}

LEET: dict[str, str] = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "@": "a",
    "$": "s",
    "!": "i",
    "€": "e",
}

# The non-alphanumeric leet characters: they only count as letters between letters.
LEET_SYMBOLS: str = "".join(k for k in LEET if not k.isalnum())

# Slang, euphemisms and contractions, matched as whole words on the folded text.
# Values are the canonical forms downstream rules are written against.
SLANG: dict[str, str] = {
    # Crisis slang and euphemisms.
    "kms": "kill myself",
    "top myself": "kill myself",
    "topping myself": "killing myself",
    "topped myself": "killed myself",
    "top yourself": "kill yourself",
    "kys": "kill yourself",
    "unalive": "kill",
    "unalives": "kills",
    "unalived": "killed",
    "unaliving": "killing",
    "sewerslide": "suicide",
    "sewer slide": "suicide",
    "sewer-slide": "suicide",
    "kermit sewerslide": "commit suicide",
    "kermit sewer slide": "commit suicide",
    "kermit suicide": "commit suicide",
    "suicid": "suicide",
    "suiside": "suicide",
    "suicde": "suicide",
    "sucide": "suicide",
    "suicidee": "suicide",
    "suiscide": "suicide",
    "sucidal": "suicidal",
    "suisidal": "suicidal",
    "suicidle": "suicidal",
    "suicidel": "suicidal",
    "dieing": "dying",
    "dissapear": "disappear",
    "dissappear": "disappear",
    "disapear": "disappear",
    "commiting": "committing",
    "self delete": "kill myself",
    "self-delete": "kill myself",
    "selfdelete": "kill myself",
    "self deleting": "killing myself",
    "self-deleting": "killing myself",
    "selfdeleting": "killing myself",
    "selfharm": "self harm",
    "self-harm": "self harm",
    "ctb": "suicide",
    "od": "overdose",
    "o.d.": "overdose",
    "o.d": "overdose",
    "ods": "overdoses",
    "od'd": "overdosed",
    "od'ed": "overdosed",
    "oded": "overdosed",
    "od'ing": "overdosing",
    "oding": "overdosing",
    "idwtl": "i do not want to live",
    "kmsl": "kill myself laughing",
    "bouta": "about to",
    "boutta": "about to",
    "abouta": "about to",
    "gona": "going to",
    "gunna": "going to",
    "finna": "going to",
    "wana": "want to",
    "wnt": "want",
    "kil": "kill",
    "myslef": "myself",
    "mysefl": "myself",
    "mself": "myself",
    "abt": "about",
    "thru": "through",
    "tho": "though",
    "theres": "there is",
    "everything's": "everything is",
    "nothing's": "nothing is",
    "life's": "life is",
    # Contractions; "ill", "id", "its", "were", "well", "hell" are words and stay as they are.
    "im": "i am",
    "i'm": "i am",
    "ive": "i have",
    "i've": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "ima": "i am going to",
    "imma": "i am going to",
    "dont": "do not",
    "don't": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "wouldnt": "would not",
    "cant": "can not",
    "can't": "can not",
    "cannot": "can not",
    "wont": "will not",
    "won't": "will not",
    "shan't": "shall not",
    "ain't": "is not",
    "aint": "is not",
    "youre": "you are",
    "theyre": "they are",
    "youve": "you have",
    "it's": "it is",
    "that's": "that is",
    "thats": "that is",
    "what's": "what is",
    "whats": "what is",
    "there's": "there is",
    "here's": "here is",
    "he's": "he is",
    "she's": "she is",
    "who's": "who is",
    "where's": "where is",
    "how's": "how is",
    "let's": "let us",
    "y'all": "you all",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "lemme": "let me",
    "gimme": "give me",
    "dunno": "do not know",
    "idk": "i do not know",
    # Chat spellings.
    "u": "you",
    "ur": "your",
    "urself": "yourself",
    "rn": "right now",
    "tn": "tonight",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tomorow": "tomorrow",
    "b4": "before",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "bcuz": "because",
    "bcoz": "because",
    "becuz": "because",
    "ppl": "people",
    "pls": "please",
    "plz": "please",
    "h8": "hate",
    "wat": "what",
    "wut": "what",
}

# Contraction endings expanded after any letter ("couldn't", "they're", "should've").
SUFFIXES: dict[str, str] = {
    "n't": " not",
    "'re": " are",
    "'ve": " have",
    "'ll": " will",
    "'d": " would",
}

# Words a masked token ("k*ll", "s*icide") may be filled with.
MASK_WORDS: frozenset[str] = _wordset(
    """
    kill kills killed killing die died dying dead death suicide suicidal overdose overdosed
    pills hang hanging hanged noose rope cut cutting harm jump jumping gun shoot knife blade
    razor bleed bleeding blood poison wrists drown drowning unalive myself
    """
)

CRISIS_WORDS: frozenset[str] = _wordset(
    """
    kill kills killed killing killer die dies died dying dead death deaths suicide suicides
    suicidal overdose overdoses overdosed overdosing pill pills hang hangs hanging hanged noose
    rope ropes cut cuts cutting harm harming hurt jump jumping jumped bridge gun guns shoot
    shooting shot knife knives blade blades razor razors bleed bleeding blood poison wrist wrists
    drown drowning starve starving suffocate choke alive unalive worthless hopeless helpless
    useless burden trapped goodbye goodbyes funeral grave coffin train building roof needle
    alcohol scissors crying heartbroken disappear plan plans note letter ending end ended
    tablets meds medication sleeping forever anymore lethal dose painless weapon
    """
)

COMMON_WORDS: frozenset[str] = _wordset(
    """
    a i am an and are as at be been being but by can could did do does doing done for from had
    has have having he her here hers him his how if in into is it its just me mine more most my
    no not now of off on once only or our out over own same she should so some such than that
    the their them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself
    myself himself herself itself ourselves themselves about above after again against all any
    because before below between both down during each few further other nor also back just
    want wanted wants wanting need needed needs go goes going gone went get gets getting got make
    made makes take took taken takes feel feels feeling felt think thought know knew known see
    saw seen say said says tell told come came give gave find found keep kept let leave left try
    tried trying help helped helping hurts hurting cry cried sleep sleeping wake stop stopped
    start started live lives living lived love loved hate hated miss missed work talk talking
    call called wish hope care cares stay run running walk eat eating drink drinking lose lost
    life time day days night tonight today tomorrow week year years way people person man woman
    friend friends family mom dad mother father home house school job money world thing things
    anything nothing everything something anyone someone everyone nobody everybody somebody one
    two three reason reasons point pain head heart mind body god good bad sad happy tired alone
    lonely empty numb scared afraid okay ok fine better worse worst best hard right wrong sorry
    sure real really still even ever never always anymore already enough much many little long
    last first next new old other yes yeah please thanks thank hi hello hey bye lol omg hmm ah
    oh ugh like well mean done tonight soon else maybe sometimes every around away hurt anxious
    depressed depression anxiety stressed stress broken crazy fault guilty ashamed shame cope
    coping deserve deserves safe unsafe die end ending ready think cannot shall let us is it
    decide decided decision exam exams arm arms leg legs thigh thighs stomach skin hit hits
    hitting beat beats beating punch punched slap slapped kick kicked
    """
)

# Everything the repeat-collapse, leetspeak check and run segmentation accept as a word.
KNOWN_WORDS: frozenset[str] = (
    COMMON_WORDS | CRISIS_WORDS | frozenset(k for k in SLANG if k.isalpha() and k.isascii())
)
