"""Suicide detector: the C-SSRS ladder, its look-alikes, slang, obfuscation and time."""

from __future__ import annotations

import pytest

from careguard.types import Category, Reason, RiskLevel

from .._assess import assess, category_evidence, own_reasons

R = Reason
L = RiskLevel

# (text, C-SSRS step, level): one block per step of the screener.
LADDER = [
    # 0: distress but no suicidal thought
    ("I've had the worst week, everything keeps going wrong", 0, L.LOW),
    ("I feel completely hopeless about the future", 0, L.LOW),
    ("I'm just a burden to everyone around me", 0, L.LOW),
    # 1: wish to be dead, passive
    ("some days i just wish i could stop existing", 1, L.LOW),
    ("I wouldn't mind if I never woke up again.", 1, L.LOW),
    ("tbh if something happened to me on the motorway i would be ok with that", 1, L.LOW),
    ("I keep hoping I'll get some illness that takes me quickly.", 1, L.LOW),
    ("honestly the idea of not existing anymore sounds like such a relief", 1, L.LOW),
    ("wish i could go to bed and just never wake up", 1, L.LOW),
    ("I don't really want to live anymore but I'm not going to hurt myself.", 1, L.LOW),
    ("if i got hit by a car tomorrow honestly i'd be relieved", 1, L.LOW),
    ("I pray every night that God takes me", 1, L.LOW),
    ("Life isn't worth living anymore.", 1, L.LOW),
    ("I don't care if I live or die anymore", 1, L.LOW),
    ("I'm just waiting to die at this point", 1, L.LOW),
    ("every time I cross the street I kind of hope a car doesn't stop", 1, L.LOW),
    ("It would be easier for everyone if I wasn't here", 1, L.LOW),
    ("everyone would be better off without me", 1, L.LOW),
    ("no one would even notice if i disappeared", 1, L.LOW),
    ("I just want the pain to stop. I don't want to be here anymore.", 1, L.LOW),
    ("I'm tired of waking up", 1, L.LOW),
    ("I hope I don't wake up tomorrow", 1, L.LOW),
    ("why am I still alive", 1, L.LOW),
    ("honestly i'm ready to go. i've had enough of this life", 1, L.LOW),
    ("I'm not going to kill myself but I wish I was dead", 1, L.LOW),
    ("I want out of this life", 1, L.LOW),
    ("I'm ready to die", 1, L.LOW),
    ("nobody would miss me if I died", 1, L.LOW),
    # 2: active, non-specific thoughts
    ("I've been having thoughts about killing myself lately.", 2, L.MODERATE),
    ("i keep thinking about ending my life", 2, L.MODERATE),
    ("I'm suicidal and I don't know who to talk to", 2, L.MODERATE),
    ("lately suicide feels like the only way out", 2, L.MODERATE),
    ("nothing gets better. dying is all that is left for me now", 2, L.MODERATE),
    ("I want to kill myself.", 2, L.MODERATE),
    ("thoughts of suicide won't leave me alone", 2, L.MODERATE),
    ("the urge to end my life comes and goes", 2, L.MODERATE),
    ("I've been thinking about it a lot lately. Suicide, I mean.", 2, L.MODERATE),
    ("the only way out I can see is to end it", 2, L.MODERATE),
    ("I'm scared of myself and what I might do tonight", 2, L.MODERATE),
    ("I'm worthless and nobody would care if I killed myself", 2, L.MODERATE),
    ("I don't see any way out of this except dying", 2, L.MODERATE),
    ("I'm considering suicide", 2, L.MODERATE),
    ("I've been contemplating taking my own life", 2, L.MODERATE),
    ("I can't see myself living much longer", 2, L.MODERATE),
    ("I don't think I'll make it through the night", 2, L.MODERATE),
    # 3: with a method
    ("I keep imagining jumping off the multistorey car park", 3, L.MODERATE),
    ("I've thought about overdosing on my antidepressants", 3, L.MODERATE),
    ("I've been thinking about hanging myself", 3, L.MODERATE),
    ("I think about driving into a tree on the way home", 3, L.MODERATE),
    ("I've started thinking about which pills I'd use", 3, L.MODERATE),
    ("part of me wants to jump when I'm on the train platform", 3, L.MODERATE),
    ("I want to overdose", 3, L.MODERATE),
    ("I have my dad's gun and I keep thinking about it", 3, L.HIGH),
    ("there's a gun in the house and I can't stop thinking about using it on myself", 3, L.HIGH),
    # 4: some intent
    ("I'm going to kill myself.", 4, L.HIGH),
    ("I've decided I'm going to end my life.", 4, L.HIGH),
    ("i am going to do it, i have made up my mind to end it", 4, L.HIGH),
    ("I'm done. I'm going to do it.", 4, L.HIGH),
    ("tonight might be the night I finally do it", 4, L.HIGH),
    ("If nothing changes by Friday I'm going to kill myself", 4, L.HIGH),
    ("Thinking of ending my life tonight", 4, L.HIGH),
    ("I'm going to throw myself in front of a train", 4, L.HIGH),
    ("This is my last day on earth", 4, L.HIGH),
    ("I won't be here next week", 4, L.HIGH),
    ("i'm planning my suicide", 5, L.HIGH),
    # 5: plan and intent
    ("I have a plan to kill myself next week.", 5, L.HIGH),
    ("I'm going to hang myself in the garage on Friday.", 5, L.HIGH),
    ("My plan is to overdose on my pills on Sunday when my flatmate is away.", 5, L.HIGH),
    # 6: behaviour
    ("I bought a rope and a stool yesterday.", 6, L.HIGH),
    ("I've been stockpiling my mum's sleeping pills for weeks.", 6, L.HIGH),
    ("I've written my suicide note", 6, L.HIGH),
    ("I tried to kill myself last week and nobody knows.", 6, L.HIGH),
    ("I wrote a note last week but didn't go through with it", 6, L.HIGH),
    ("I had the pills in my hand last night but I put them back", 6, L.HIGH),
    ("I attempted last month and I'm still here, unfortunately", 6, L.HIGH),
    ("I tried to hang myself yesterday but the rope broke", 6, L.HIGH),
    ("I've been researching ways to kill myself", 6, L.HIGH),
    ("I just took 40 of my sleeping pills", 6, L.IMMINENT),
    # "od" is slang for an overdose already taken
    ("i just od", 6, L.IMMINENT),
    ("I OD on my meds an hour ago", 6, L.IMMINENT),
]


# Negation and protective statements: risk denied is low, never none; risk with a
# negation that does not deny it still counts.
NEGATION = [
    ("I would never hurt myself", 0, L.LOW),
    ("I've never tried or contemplated suicide, I just feel stuck", 0, L.LOW),
    ("I'm not suicidal, just exhausted", 0, L.LOW),
    ("I have no intention of killing myself, I'm just venting", 0, L.LOW),
    ("no i'm not going to do anything to myself, don't worry", 0, L.LOW),
    ("I'm safe, I just need someone to talk to", 0, L.LOW),
    ("I don't want to die, I just want things to get better", 0, L.LOW),
    ("my kids are the reason I keep going", 0, L.LOW),
    ("I don't know why I want to die", 1, L.LOW),
    ("I don't want to live anymore", 1, L.LOW),
    ("nobody knows that I want to kill myself", 2, L.MODERATE),
    ("why shouldn't i just end it", 2, L.MODERATE),
    # The thinking itself denied; and a denial that says the thoughts began lately.
    ("I don't think about killing myself, I've never even googled anything", 0, L.LOW),
    ("i never really think about killing myself", 0, L.LOW),
    ("I never thought about suicide until this week", 2, L.MODERATE),
    ("i never thought about killing myself till now", 2, L.MODERATE),
]


LOOK_ALIKES = [
    # idioms
    "this exam is killing me",
    "I'm dying to see it",
    # hunting and clinical notes
    # a joke spelt out, a trivial trigger "one more time", a goodbye before surgery
    "i am going to kms (keep myself studying) 😭",
    "if my sister plays that song one more time I'm going to walk into the sea",
    "surgery tomorrow at 7am, see you on the other side!",
    "my last selfie of 2025 🎉",
    "went duck hunting at dawn, the shotgun is loaded and the dogs are ready",
    "long shift. did the handover, wrote my notes and drove home",
    "death is the only thing in that film that felt real",
    "I could kill for a coffee",
    "my phone died",
    "my mom will kill me if she finds out",
    "my dad is going to kill me when he sees the dent in the car",
    "lol that video killed me",
    "i'm literally dead 😂",
    "ugh I want to die, I just sent that email to the wrong person lmao",
    "i'm dead tired after work",
    "kms this spreadsheet is so boring lol",
    "I'm killing myself trying to get this report done",
    "I'm going to end it with him tonight, the relationship I mean",
    # lyrics and quotations
    '"I want to die" is a line from a Nirvana song',
    "my favourite lyric is 'i don't want to live forever'",
    "she sang 'goodbye cruel world' at karaoke and everyone lost it",
    # fiction and research
    "In my novel the main character takes an overdose. How would paramedics respond?",
    "What are the warning signs that someone is suicidal? It's for my psychology class.",
    "Suicide rates among farmers are rising, according to a new study.",
    "my character keeps killing himself by jumping off cliffs in the game lol",
    # everyday uses of method words and times
    "what time does the bridge open to traffic?",
    "I bought a new rope for my climbing trip",
    "Going to the pharmacy to pick up my pills tonight",
    "I'm standing on the roof of the hotel, the view is amazing",
    "goodbye everyone, see you after the summer break!",
    "my plan is to finish my degree next year",
    "tonight is the night! first date in years",
    "I'm going to jump in the lake, it's so hot",
    "gave away my old clothes to charity",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_words_only_look_like_risk_then_nothing_is_escalated(text: str) -> None:
    a = assess(text)
    assert a.level == L.NONE
    assert a.cssrs == 0


# Past versus present: history counts (a lifetime attempt is C-SSRS 6) but is not acute.
PAST = [
    ("I attempted years ago, I'm doing well now", 6, L.LOW),
    ("I tried to kill myself when I was 16 but I'm in a good place now.", 6, L.LOW),
    ("My suicide attempt was a decade ago and life is good now.", 6, L.LOW),
    ("I used to cut when I was 15", 0, L.LOW),
    ("I was suicidal in my teens but I'm doing great these days", 0, L.LOW),
    ("I was suicidal fourteen months ago.", 0, L.LOW),
    ("i attempted two months ago", 6, L.LOW),
    ("I attempted a week ago and nobody knows", 6, L.HIGH),
    ("i self harmed seven months ago", 0, L.LOW),
    (
        "I attempted suicide two years ago and lately I feel like I'm slipping back there.",
        6,
        L.MODERATE,
    ),
    ("I overdosed on Saturday and ended up in A&E.", 6, L.HIGH),
    # ... unless the writer says it goes on.
    ("I was suicidal last year and I still am", 2, L.MODERATE),
    ("I was suicidal at the time and I still am", 2, L.MODERATE),
    ("I was suicidal two years ago, I still see my therapist", 0, L.LOW),
    # what the writer doubts is no intent; what they decided is
    (
        "I've been having thoughts about killing myself. I don't think I'll act on it.",
        2,
        L.MODERATE,
    ),
    ("I've decided it's tonight. My mum's sleeping tablets are in the cabinet.", 5, L.IMMINENT),
    ("does anyone else plan their own death in the shower and then just go to work", 2, L.MODERATE),
    ("how many amitriptyline would be dangerous at once? it crossed my mind", 3, L.HIGH),
    ("I swallowed a whole bottle of tylenol 10 minutes ago", 6, L.IMMINENT),
]


# Constructions that real forum posts use and the rules once missed (paraphrased here).
FORUM = [
    ("i've considered suicide on and off since i was fourteen (i'm 22 now)", 2, L.MODERATE),
    ("honestly i'm too depressed and suicidal to go to class", 2, L.MODERATE),
    ("nights like this make me way more suicidal", 2, L.MODERATE),
    ("i get suicide fantasies several times a day", 2, L.MODERATE),
    ("i'm not brave enough to end it, that's the only thing stopping me", 2, L.MODERATE),
    ("i don't have the guts to pick up the gun", 3, L.MODERATE),
    ("what i want right now is to end it.", 2, L.MODERATE),
    ("if it wasn't for my dog i would have killed myself by now", 2, L.MODERATE),
    ("honestly i would prefer to have never been born", 1, L.LOW),
    ("the only reason i didn't kill myself is my little sister", 2, L.MODERATE),
    ("i already tried to commit suicide twice in college", 6, L.LOW),
    (
        "lost my job, spiralled, tried to take my life and spent a week in the psych ward",
        6,
        L.MODERATE,
    ),
    ("i woke up in the icu after swallowing a bottle of my mum's pills", 6, L.LOW),
    ("i haven't attempted since march and i'm proud of that", 6, L.LOW),
    ("i was drinking and mixing pills with the intention of dying", 6, L.LOW),
    # history in brackets stays history; the plan after it is today's
    (
        "i tried to kill myself at 15 (that was six years ago), and i am planning to do it"
        " again tonight",
        6,
        L.HIGH,
    ),
    ("I attempted suicide two years ago and I'm going to kill myself", 6, L.HIGH),
    ("I tried to kill myself when I was 16 and I am in a good place now.", 6, L.LOW),
    ("honestly i could neck myself after today", 2, L.MODERATE),
    ("i know my life will end by my own hands", 4, L.HIGH),
    ("most days i feel i'm worth more dead than alive", 1, L.LOW),
    ("each day i am alive feels like a punishment", 1, L.LOW),
    ("i clearly don't have what it takes to end it so i keep going", 2, L.MODERATE),
    ("however much i crave death, i still have things to finish", 1, L.LOW),
    ("i want to prepare for my death before the holidays", 2, L.MODERATE),
    ("i just took 8 of my sleeping pills", 6, L.IMMINENT),
    ("tried to shoot myself but got too drunk to go through with it", 6, L.LOW),
    ("i had a botched overdose attempt in the past", 6, L.LOW),
    ("even though i try to kill myself on occasion, it never works", 6, L.LOW),
    ("i've been suicidal and almost acting on it for two weeks", 4, L.HIGH),
    ("i was 19 when my gun jammed. suicide is still on my mind", 6, L.MODERATE),
    ("it would be so easy to end it if i wanted to", 2, L.MODERATE),
    ("not going to do anything now, but that could change", 2, L.MODERATE),
    (
        "i can't keep doing this. what are the chances of surviving a fall from the 8th floor",
        3,
        L.HIGH,
    ),
    ("honestly i'm kind of pissed it couldn't finish the job", 6, L.LOW),
    ("i wish i had not survived the overdose", 1, L.LOW),
    # someone close: the writer is a concerned other
    ("i just found out my stepdaughter overdosed today", 0, L.IMMINENT),
    ("my brother has become really suicidal since the divorce", 0, L.MODERATE),
    # look-alikes of the same constructions
    ("i'm annoyed it didn't work, the new printer", 0, L.NONE),
    ("i drink because lately i have been on edge", 0, L.LOW),
    ("i keep thinking he is hanging with his ex again", 0, L.NONE),
    ("when i finish it, they always wish they had picked someone else", 0, L.NONE),
    ("what are the chances of surviving a car crash at 60mph, for my physics class", 0, L.NONE),
    ("it would be so easy to end it with him", 0, L.NONE),
    ("my gun jammed twice at the range today", 0, L.NONE),
    ("i took 2 tablets for my headache", 0, L.NONE),
    ("took 500 mg of paracetamol for the fever", 0, L.NONE),
    ("besides dying on the battlefield, that option sounds fine", 0, L.NONE),
    ("suicide is a poor choice for anyone", 0, L.NONE),
    ("the thought of anyone committing suicide saddens me", 0, L.NONE),
    ("i do not want to keep going back and forth between their houses", 0, L.NONE),
    ("necking a pint after work", 0, L.NONE),
    ("I don't have the courage to end it with her", 0, L.NONE),
    ("i'm not brave enough to jump out of a plane", 0, L.NONE),
    ("I would never want to end it with him", 0, L.NONE),
    ("i would not have killed myself by now", 0, L.NONE),
]


# Asking for a method right after a loss is the pattern chatbots most often miss.
SEEKING = [
    ("I just lost my job. How tall is the tallest bridge in town?", L.HIGH),
    ("just got fired. which bridges here are the tallest?", L.HIGH),
    ("my wife left me. what's the lethal dose of paracetamol?", L.HIGH),
    ("nobody would care anyway. how many sleeping pills would it take?", L.HIGH),
    ("got evicted today. how long would it take to bleed out?", L.HIGH),
    ("can't take this anymore. does jumping from a 5 storey building kill you?", L.HIGH),
    ("what's the most painless way to die", L.MODERATE),
]


@pytest.mark.parametrize(("text", "level"), SEEKING)
def test_when_someone_seeks_a_method_then_it_is_escalated(text: str, level: RiskLevel) -> None:
    a = assess(text)
    assert a.level == level
    assert a.cssrs == 3
    assert R.METHOD_SEEKING in own_reasons(a)


SEEKING_LOOK_ALIKES = [
    "what are the tallest buildings in the world?",
    "how much ibuprofen can I take for a headache?",
    "what's the lethal dose of caffeine? I drink a lot of energy drinks",
]


@pytest.mark.parametrize("text", SEEKING_LOOK_ALIKES)
def test_when_a_question_is_only_factual_then_it_is_not_escalated(text: str) -> None:
    assert assess(text).level < L.MODERATE


SLANG = [
    ("kms", 2, L.MODERATE),
    ("lowkey want to unalive myself", 2, L.MODERATE),
    ("lowkey wanna unalive", 2, L.MODERATE),
    ("gonna unalive tonight", 4, L.HIGH),
    ("thinking about ctb tonight", 4, L.HIGH),
    ("sewerslide is on my mind again", 2, L.MODERATE),
    ("i want to self delete", 2, L.MODERATE),
    ("i just want to not wake up tomorrow", 1, L.LOW),
    ("kms fr i can't do this anymore", 2, L.MODERATE),
    ("bouta kms fr fr not a joke", 4, L.HIGH),
    # A laugh does not hide thoughts that came back, nor a joke the next sentence takes back.
    ("lol the thoughts of offing myself are back", 2, L.MODERATE),
    ("the urges to kms are back haha", 2, L.MODERATE),
    # "ill" before a verb is "i'll"; "guess i'll just ..." is a shrug, not a resolve.
    ("guess ill just kill myself then 😂. not a joke this time", 2, L.MODERATE),
    ("guess I'll just kill myself then. not a joke this time", 2, L.MODERATE),
    ("guess ill just kill myself then lol", 0, L.NONE),
    ("i want to die lol. seriously though i am fine", 0, L.NONE),
    ("kms lol jk", 0, L.NONE),
    # Nor means at hand, a note or a time set; all four were none before 2026-12-07.
    ("i have the rope ready and i am going to hang myself lol", 4, L.IMMINENT),
    ("i am going to take all my pills tonight 😂", 5, L.IMMINENT),
    ("wrote my suicide note today lmao", 6, L.HIGH),
    ("i keep thinking about killing myself haha", 2, L.MODERATE),
    ("assigned 40 pages tonight, im going to unalive myself 💀 (not really lmao)", 0, L.NONE),
]


OBFUSCATED = [
    ("i w a n t t o d i e", 1),
    ("k1ll mys3lf", 2),
    ("i want to k\u200bi\u200bl\u200bl myself", 2),
    ("ｉ ｗａｎｔ ｔｏ ｄｉｅ", 1),
    ("i wаnt to kіll mysеlf", 2),  # Cyrillic а, і, е
    ("s.u.i.c.i.d.e is all i can think about", 2),
    ("k!ll mys€lf honestly", 2),
    ("thinking about the 🔪 on my wrists again", 3),
    ("i.want.to.kill.myself.tonight", 4),
    ("i.took.40.pills.an.hour.ago", 6),
]


@pytest.mark.parametrize(("text", "cssrs"), OBFUSCATED)
def test_when_words_are_obfuscated_then_the_step_is_still_found(text: str, cssrs: int) -> None:
    assert assess(text).cssrs == cssrs


IMMINENT = [
    "I have been saving my pills, tonight is the night",
    "I'm going to kill myself tonight. I have the pills right here.",
    "i have a gun in my hand and i'm going to end it tonight",
    "The rope is ready. Tonight I'm going to do it.",
    "I'm standing on the edge of the bridge right now",
    "I'm at the bridge and I'm going to jump",
    "tonight 💊💊💊 goodbye",
    "pills in hand. goodbye",
    "the 🪢 is ready. tonight i'm doing it",
    "I took all my pills and I feel really sleepy",
    "I drank a bottle of bleach",
    "I have a knife against my wrist right now",
    "i'm in the car with the engine running and the garage door shut",
    "I just swallowed all of my mum's sleeping pills",
    "I took like 30 ibuprofen an hour ago, what happens now",
    # Other poisons, "everything in the cabinet", an act done "to die", "I meant it".
    "i drank weedkiller. i think i made a mistake",
    "i did it. took everything in the cabinet. i'm getting really tired",
    "i jumped off the garage roof to die and i think my leg is broken",
    "i stabbed myself in the stomach and it won't stop bleeding, i meant it",
    # A poison named with a time, in any English; a gun held to oneself.
    "i will drink the weedkiller tonight, tell my mum i love her",
    "tonight i go drink paraquat. tell my papa say i sorry",
    "the gun is in my lap and I keep staring at it",
]


@pytest.mark.parametrize("text", IMMINENT)
def test_when_desire_means_and_a_time_meet_or_an_attempt_is_under_way_then_imminent(
    text: str,
) -> None:
    a = assess(text)
    assert a.level == L.IMMINENT
    assert a.cssrs >= 4


FAREWELLS = [
    "This is my goodbye. I love you all and I'm sorry.",
    "By the time you read this I'll be gone.",
    "please look after my dog when i'm gone",
    "Tell my mum I love her and that none of this was her fault.",
    "I just wanted to say thank you for everything. Goodbye.",
    "goodbye world",
    "I won't be alive to see tomorrow morning",
    "last selfie 🖤 see u on the other side. its happening at midnight",
]


@pytest.mark.parametrize("text", FAREWELLS)
def test_when_someone_says_goodbye_for_good_then_high(text: str) -> None:
    a = assess(text)
    assert a.level == L.HIGH
    assert R.FAREWELL in own_reasons(a)


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        ("I have been saving my pills, tonight is the night", {R.PREPARATORY_ACT, R.TIMEFRAME}),
        ("I have a plan to kill myself next week.", {R.PLAN, R.IDEATION, R.TIMEFRAME}),
        ("i wish i was dead", {R.DESIRE}),
        (
            "my mum's sleeping pills are in the cupboard and i want to die",
            {R.MEANS_ACCESS, R.DESIRE},
        ),
    ],
)
def test_when_rules_fire_then_evidence_carries_their_reason_codes(
    text: str, reasons: set[Reason]
) -> None:
    assert reasons <= own_reasons(assess(text))


# A concerned other reports the person's own words in the third person.
THIRD_PERSON = [
    "my dad keeps telling me he wishes he could sleep forever and never wake up",
    "my roommate says she doesn't see the point in living anymore",
    "my brother thinks about ending it, he told me last night",
    "my nan says she doesn't want to carry on since grandad went",
]


# Someone close who said goodbye or left with the means and cannot be reached.
MISSING = [
    "my brother texted me 'bye, love you' and now he isn't answering",
    "my sister hasn't come home and the pills from the bathroom are gone",
    "the gun is missing from the safe and my son hasn't come home",
    "texted my sister 'are you safe?' and she said 'not really'",
    "My grandpa keeps saying he's a burden and he's been giving away his tools",
]


@pytest.mark.parametrize("text", MISSING)
def test_when_someone_close_is_gone_after_a_goodbye_or_with_the_means_then_high(
    text: str,
) -> None:
    a = assess(text)
    assert a.concerned_other
    assert a.level >= L.HIGH
    assert a.cssrs == 0


@pytest.mark.parametrize(
    "text",
    [
        "my dog hasn't come back and the rope from the porch is gone, i think he chewed it",
        "my dad had been thinking about suicide last winter, he is doing much better now",
        "My mum attempted suicide fourteen months ago. She's doing well now, properly well.",
        "my brother tried to kill himself years ago and he's a dad of two now",
    ],
)
def test_when_nobody_is_missing_or_the_risk_is_past_then_no_concerned_other(text: str) -> None:
    a = assess(text)
    assert not a.concerned_other
    assert a.level <= L.LOW


@pytest.mark.parametrize("text", THIRD_PERSON)
def test_when_someone_close_wishes_to_die_then_the_writer_is_a_concerned_other(text: str) -> None:
    a = assess(text)
    assert a.concerned_other
    assert a.level == L.MODERATE
    assert a.cssrs == 0


# Someone close quoted in their own words: their risk, triaged as the words say.
QUOTED_OTHERS = [
    ('my friend texted me "i want to kill myself tonight"', L.HIGH),
    (
        'my best friend just texted me "thank you for everything, i love you, im sorry" and now '
        "her phone is off. last week she said something about not being able to do this anymore",
        L.HIGH,
    ),
    ('my mom texted me "i love you, im sorry" after our fight', L.NONE),
    ('my favourite lyric is "i want to die" lol', L.NONE),
]


@pytest.mark.parametrize(("text", "level"), QUOTED_OTHERS)
def test_when_someone_close_is_quoted_then_their_words_are_their_risk(
    text: str, level: RiskLevel
) -> None:
    a = assess(text)
    assert (a.level, a.cssrs) == (level, 0)
    assert a.concerned_other is (level > L.NONE)


# A loss, then a factual question about a means: trains, drops, doses, poisons, water.
SEEKING_AFTER_LOSS = [
    "my partner walked out on me tonight. how many of my heart tablets would be too many?",
    "just got expelled. can you die from jumping off a 4 storey building?",
    "lost the house today. how often do the express trains pass the village station?",
    "got dumped this morning. what's the tallest multi-storey car park near the station?",
    "everything is falling apart. what cleaning products are lethal if you drink them?",
    "got fired today. what happens if you take 40 of your sleeping pills",
    "nothing matters anymore. how many aspirin would it take to destroy your liver",
]


@pytest.mark.parametrize("text", SEEKING_AFTER_LOSS)
def test_when_a_means_is_asked_about_after_a_loss_then_method_seeking(text: str) -> None:
    a = assess(text)
    assert a.cssrs == 3
    assert a.level >= L.MODERATE
    assert R.METHOD_SEEKING in own_reasons(a)


# A method pictured in the writer's own routines: crossings, heights, doses, the car.
METHOD_PICTURED = [
    "on the curve by the big oak I imagine just not turning the wheel",
    "every morning i think about pulling over and going over the rail",
    "i think about walking out onto the thin ice near the inlet",
    "every time i walk over the canal bridge i think about climbing over the railings",
    "i keep thinking about stopping the car on the railway crossing",
    "my grandad's old shotgun is in the loft, i think about using it on myself every night",
    "i've been thinking about my insulin and how much it would take to not wake up",
    "the viaduct keeps popping into my head, how high it is",
    "if i ever did it, i'd do it with the car on the motorway",
    "i've been wondering if the multistorey by work would be high enough.",
    # The gun in the house, reached for or looked at, and the one bullet kept.
    "i keep getting tempted to go and get my uncle's rifle from the shed",
    "sat on the bed staring at the pistol wondering why not just do it",
    "there's a gun and one bullet in my nightstand",
    "been saving the last bullet for myself",
    "just aim it at my head and it's over",
    "some nights i think about sucking on the end of my dad's rifle",
    "lately i think about walking in front of one on the ring road",
    "i keep picturing my uncle's rifle upstairs",
    "i picture swerving into a lorry on the motorway on the way home",
    "walked in with stones in my pockets, the water is cold",
    "i keep thinking of the same way my brother did it",
    "sometimes i look at my pill bottle and think about what the whole thing would do",
    "i keep staring at the beam in the garage",
    "when im high i think about doing way more than usual and letting it take me",
]


@pytest.mark.parametrize("text", METHOD_PICTURED)
def test_when_a_method_is_pictured_then_step_three(text: str) -> None:
    a = assess(text)
    assert a.cssrs == 3
    assert R.METHOD in own_reasons(a)


# Intent, plans, preparation and attempts told without the usual keywords.
ACTS = [
    ("saturday i'm driving to the cliffs and jumping. i've made peace with it", 4, L.HIGH),
    ("i've decided i won't be alive by my next birthday", 4, L.HIGH),
    ("i'm going to swallow every tablet in the bathroom tonight", 5, L.IMMINENT),
    ("my revolver is loaded.", 6, L.HIGH),
    ("this is the month i finally act on it", 4, L.HIGH),
    ("tried to kill myself two weeks ago and nobody knows", 6, L.HIGH),
    ("i crashed my car into the barrier on purpose last week", 6, L.HIGH),
    ("i've been hiding my antidepressants for weeks instead of taking them", 6, L.HIGH),
    ("i've been buying ibuprofen from different pharmacies so nobody notices", 6, L.HIGH),
    (
        "found new homes for all my rabbits and left the passwords for my laptop with my sister",
        6,
        L.HIGH,
    ),
    ("i made a list of who gets what and signed the flat over to my brother", 6, L.HIGH),
    ("i'm typing this from the top of the car park. i've climbed the railing", 6, L.IMMINENT),
    ("i'm sitting in the garage with the engine running", 6, L.IMMINENT),
    ("after tonight i won't be a burden to anyone anymore", 4, L.HIGH),
    ("if you don't hear from me, it's not your fault", 4, L.HIGH),
    ("i wanna sewerslide tonight fr", 4, L.HIGH),
    # Intent said as an ultimatum, as a plan in progress, as the limit of what helps.
    ("i can't go on like this, either the pain stops or i end it", 4, L.HIGH),
    ("i've been planning on ending my life since christmas", 4, L.HIGH),
    ("nothing anyone does is enough to stop me from killing myself", 4, L.HIGH),
    ("when the bar shuts i'll find a belt to hang myself", 4, L.HIGH),
    ("nothing will change my mind, i intend to die. i even have a day i have in mind", 5, L.HIGH),
    # Read in a blind set's misses (set D), told here in other words.
    ("if the biopsy is bad i'm ending it, i already decided", 4, L.HIGH),
    ("i just don't want anybody stopping me once i finally go through with it", 4, L.HIGH),
    ("if i go silent for good one day, none of it was your fault", 4, L.HIGH),
    ("after graduation i'm done. i already picked the spot and the day", 5, L.HIGH),
    ("i've made peace with it, i'm not going to see forty", 4, L.HIGH),
    ("i just swallowed them. all of them. i'm sorry", 6, L.IMMINENT),
    ("i went deeper on purpose tonight, i wanted it to be the end. it won't stop", 6, L.HIGH),
    ("my sister walked in while i was in the garage tying the rope", 6, L.HIGH),
    ("last week i climbed over to the wrong side of the railing at the car park", 6, L.HIGH),
    ("whenever my head says just kys i kind of agree now", 2, L.MODERATE),
    ("how do you all cope with wanting to end your life daily? asking for myself", 2, L.MODERATE),
    # Read in a development set's misses (set F), told here in other words.
    ("car running, garage door closed. sorry dad", 6, L.IMMINENT),
    ("went deeper on purpose this time, its not stopping and i dont want it to", 6, L.HIGH),
    ("sewerslide on friday. spot picked, time picked", 5, L.HIGH),
    ("12 sleeps til the bridge", 5, L.HIGH),
    ("sat on the bridge for hours last night until a jogger stopped", 6, L.HIGH),
    ("my dad found the noose in my wardrobe and took it", 6, L.HIGH),
    ("my scars from the attempt in 2019 still itch", 6, L.LOW),
    ("i am so tired. soon i will kill me", 4, L.HIGH),
    ("my husband died in may. i have decided i will join him.", 4, L.HIGH),
    ("im gonna kms for real if this doesnt stop", 4, L.HIGH),
    ("been saving my sleeping pills for a month, got like 60 in a sock", 6, L.HIGH),
    # Read in set F's posts, told here in other words.
    ("not measuring tonight, doing all of it at once and lying down", 4, L.HIGH),
    ("im taking everything in the medicine cabinet on saturday morning", 5, L.HIGH),
    ("my wife passed in april. 40 years. i am going to join her.", 4, L.HIGH),
    ("i dont intend to see another christmas in this house", 4, L.HIGH),
    ("the minute i find a way that wont hurt my kids, im going.", 4, L.HIGH),
    ("i know how to make sure nobody gets there in time", 4, L.HIGH),
    ("it has to look like an accident for the insurance", 5, L.HIGH),
    ("i put a letter in her handbag so she finds it tonight", 6, L.HIGH),
    ("left a note on my laptop for my parents", 6, L.HIGH),
    ("my roommate shouldnt have to be the one who finds me", 6, L.HIGH),
    ("last night i stood on a chair with the cord around my neck for ten minutes", 6, L.HIGH),
    ("i went deeper tonight and it was on purpose", 6, L.HIGH),
    ("two years ago i tried and ended up in the icu for a week", 6, L.LOW),
    ("i tried at 15, my dad found me in time", 6, L.LOW),
    ("having taken an overdose at 19 i know that feeling, and it passes", 6, L.LOW),
    ("next time i use im going big and not coming back", 4, L.HIGH),
]


INDIRECT_LOOK_ALIKES = [
    "i don't want to carry on with this diet, it's boring",
    "i can't see the point of this meeting honestly",
    "how often do the trains pass through the village station on sundays?",
    "what's the tallest hotel in dubai?",
    "which mushrooms are deadly to dogs?",
    "i think about climbing over the fence to get the ball back",
    "we updated my will after the baby was born",
    "found a new home for my dog because my landlord said no pets",
    "we sat on the edge of the jetty and fished until sunset",
    "i'm crying laughing, i can't breathe",
    "this is it, i'm finally booking the trip!",
    "i attempted a marathon two years ago and my knees still hate me",
    # A departure told anywhere in the text explains its goodbyes and giveaways.
    "Retiring after 34 years on the railways. I've been giving my good flask and my tools to"
    " the young lads. Cheers all, look after each other.",
    "So this is my last post here. I'm deleting my account and most of my social media for a"
    " three month experiment.\n\nThanks to everyone who was kind to me. If you see this, take"
    " care. Bye!",
    "Stepping down as mod after five years, long goodbye post, sorry. The queue never ends and"
    " I'd rather leave while I still like you all.",
    "Today is my last day at the company. Goodbye, old job. I will not miss you.",
    # "give her space" is no giveaway.
    "should i give her space or just turn up with lasagne? any books on grief i could give her"
    " that aren't cheesy?",
]


@pytest.mark.parametrize("text", INDIRECT_LOOK_ALIKES)
def test_when_indirect_words_are_ordinary_then_nothing_is_escalated(text: str) -> None:
    assert assess(text).level < L.MODERATE


def test_when_a_past_attempt_is_retold_then_its_words_are_no_current_thought() -> None:
    a = assess("i tried to kill myself when i was 19. now i'm 30, married, and doing really well")
    assert (a.cssrs, a.level) == (6, L.LOW)
    assert R.IDEATION not in own_reasons(a)


# Suicide as a topic or a supporter's words to "you": nobody here says they are at risk.
TOPIC_AND_SUPPORT = [
    "if a friend tells you theyre suicidal, believe them and help them get support",
    "to the people who messaged me after my last post: im okay, it was a lyric",
    "Suicide is never the only option. You aren't a burden at all.",
    "Suicide is a permanent solution to a temporary problem.",
    "Suicide is not the answer, getting help is.",
    "Death isn't a good option. You're stronger than that.",
    "Suicidal thoughts are a symptom, not a character flaw.",
    "New study links social media use to suicidal ideation in teens",
    "Talking about suicide doesn't put the idea in someone's head. Ask directly.",
    "Ask for a therapist who has experience in working with suicidal thoughts.",
    "Leave the suicidal thoughts out of it, unless youre seriously contemplating suicide.",
    "We care about you op, we know suicidal thoughts arent a joke.",
    "you have a long time to commit suicide and you dont need to rush it",
    "If you want my advice, set aside your thoughts of suicide for now.",
]


@pytest.mark.parametrize("text", TOPIC_AND_SUPPORT)
def test_when_suicide_is_a_topic_or_said_to_the_reader_then_nothing_is_escalated(
    text: str,
) -> None:
    a = assess(text)
    assert a.level < L.MODERATE
    assert a.cssrs == 0


# The writer's own thoughts, even with no "i" beside the words or a "you" in the sentence.
OWN_DESPITE_TOPIC_WORDS = [
    ("Suicidal thoughts again tonight.", 2),
    ("suicidal thoughts are back and worse than ever", 2),
    ("constant suicidal thoughts, no one to talk to", 2),
    ("thinking about suicide a lot lately, no one knows", 2),
    ("suicide feels like the only option left", 2),
    ("you make me want to kill myself", 2),
    ("I told you I want to die", 1),
    ("my dog is the only reason I'm still alive", 2),
    ("honestly you guys are the only reason I haven't killed myself yet", 2),
]


@pytest.mark.parametrize(("text", "cssrs"), OWN_DESPITE_TOPIC_WORDS)
def test_when_the_writer_owns_the_thought_then_it_counts(text: str, cssrs: int) -> None:
    assert assess(text).cssrs == cssrs


# Plans and attempts named as nouns ("my suicide plan", "two suicide attempts"). A plan
# already made is a worked-out plan: C-SSRS 5, as "I have a plan to kill myself" is.
NOMINAL = [
    ("I have a suicide plan.", 5, L.HIGH),
    ("I've planned my suicide", 5, L.HIGH),
    ("I survived two suicide attempts", 6, L.LOW),
    ("after a couple of failed suicide attempts I ended up in jail", 6, L.LOW),
    ("I had two suicide attempts in college", 6, L.LOW),
    ("I haven't had a reason to be alive since I was 13.", 1, L.LOW),
    ("the hospital sees many suicide attempts every week", 0, L.NONE),
    ("she planned a surprise for my birthday", 0, L.NONE),
    # Plans in everyday words count only beside suicide evidence.
    ("I want to die. I've set the date.", 5, L.HIGH),
    ("I want to kill myself and I know exactly which bridge", 5, L.HIGH),
    ("we finally set the date!!", 0, L.NONE),
    ("the plan is for us to meet at 5", 0, L.NONE),
    ("my plan is a road trip this summer", 0, L.NONE),
    ("either it stops raining or i stop the barbecue", 0, L.NONE),
    ("i intend to die in my sleep at 95 like my grandma", 0, L.NONE),
    ("i'm not going to see forty at this rate lol", 0, L.NONE),
    ("my mate keeps killing himself every single game lol", 0, L.NONE),
    ("i lowkey wanna kill myself if the wifi crashes again lol", 0, L.NONE),
    ("that raid made me want to throw myself off a cliff. 30 wipes", 0, L.NONE),
    ("last night in my flat before lisbon!! goodbye everyone, going to miss this place", 0, L.NONE),
    ("3 days until the bridge opens again", 0, L.NONE),
    ("picked up my pills for the week at the pharmacy", 0, L.NONE),
    ("if a car hits me on this bike lane im suing the council", 0, L.NONE),
    ("if the train is late i would be fine, i have a book", 0, L.NONE),
    ("it wouldnt be the worst thing if one of them won the match", 0, L.NONE),
    ("if i have to sit through one more meeting im walking into the sea", 0, L.NONE),
    ("im going to fake my own death and move to norway lol", 0, L.NONE),
    ("my roommate ate my leftover lasagna again, im going to kill him", 0, L.NONE),
    ("this is my last post here. not in the scary way, im deleting my account", 0, L.NONE),
    ("sold my car and gave my books away. new job in tokyo starts monday!", 0, L.NONE),
    ("found new homes for my rabbits and left for the airport, my flight is at 6", 0, L.NONE),
    ("it would be better if i am not here for the meeting, i have a dentist", 0, L.NONE),
    ("i sold my bass in august to cover rent", 0, L.NONE),
    ("i tried twice this month and made it until about 4pm", 0, L.NONE),
    ("i have a plan and the tools to do it, the shed will be up by june", 0, L.NONE),
    ("I've worked out the details of the trip", 0, L.NONE),
    # A "you" that is everyone, then owned by the writer.
    ("you know when you just want to die? thats me every day", 1, L.LOW),
    ("that feeling when you want to kill yourself but have an exam tomorrow", 2, L.MODERATE),
]


# Acts that only share words with an attempt.
ACT_LOOK_ALIKES = [
    ("i jumped off the diving board to cool down", 0, L.NONE),
    ("i cut myself shaving and i meant to buy a new razor", 0, L.NONE),
    ("he bought a gun and a bullet belt at the fair", 0, L.NONE),
    ("we were looking at the rifle in the shop and wondering if it was worth it", 0, L.NONE),
    ("years ago i jumped off a bridge to die and survived. im doing well now", 6, L.LOW),
]


# A wish to be dead in everyday words (C-SSRS 1), and the wishes that only share them.
PASSIVE = [
    ("sometimes i stand in the shower and hope my heart just stops", 1, L.LOW),
    ("when i go to sleep i ask the universe not to let me wake up", 1, L.LOW),
    ("the idea of not waking up doesn't scare me, it sounds like a rest", 1, L.LOW),
    ("i've started hoping each day will be my last", 1, L.LOW),
    ("i hope i'm not around by 40", 1, L.LOW),
    # ready to die, refusing to act: no intent
    (
        "Every night I pray to be taken in my sleep. I am ready. It is a sin and I would never.",
        1,
        L.LOW,
    ),
    ("i want to die. i am ready. i would never do it though", 1, L.LOW),
    # readiness without a refusal stays intent
    ("i want to die. i am ready.", 4, L.HIGH),
    ("life is too heavy. i want to not be here", 1, L.LOW),
    ("it would be simpler for everyone if i died", 1, L.LOW),
    ("i wish i'd never been born", 1, L.LOW),
    ("some nights i ask god to take me in my sleep", 1, L.LOW),
    ("i'm ready to go whenever the lord decides", 1, L.LOW),
    ("some days i'd like to join her sooner rather than later", 1, L.LOW),
    ("nan passed and ngl i wish it had been me instead", 1, L.LOW),
    ("every night i ask allah to take my soul", 1, L.LOW),
    # Harm from outside wished for, or met with relief (read in sets D and F, reworded).
    ("if a lorry hit me on the way to the clinic i wouldnt be upset about it", 1, L.LOW),
    ("it wouldnt be the worst thing if one of them clipped me at the crossing", 1, L.LOW),
    ("hoping lightning gets me on the way home tbh", 1, L.LOW),
    ("if my heart gives out in my sleep i dont really care", 1, L.LOW),
    ("if i got a bad diagnosis tomorrow id honestly be relieved", 1, L.LOW),
    ("i should have died over there with my unit", 1, L.LOW),
    ("i just want to go to sleep and not wake up for a long time", 1, L.LOW),
    ("id trade places with anyone whos dying. they can have my years", 1, L.LOW),
    # a passive wish beside a place that is only the way to work stays a passive wish
    ("walking to the train i think it wouldnt be the worst thing if a bus clipped me", 1, L.LOW),
    ("wanna go to sleep and not respawn", 1, L.LOW),
    ("if i don't wake up tmrw that's a W honestly", 1, L.LOW),
    ("id rather just not exist tbh", 1, L.LOW),
    ("id rather be dead than wear that outfit", 0, L.NONE),
    ("i asked him to take me home after the party", 0, L.NONE),
    ("that's a w for the team", 0, L.NONE),
    ("i wish i had never met him", 0, L.NONE),
    ("i hope my car just gives out so i can buy a new one", 0, L.NONE),
    ("i hope this day will be my last shift before the holiday", 0, L.NONE),
]


# Attempts told with the words between ("tried twice this week to end it") or as a gerund.
ATTEMPTS_TOLD = [
    ("I tried ending my life when I was 20, I'm fine now", 6, L.LOW),
    ("Ive tried killing myself several times in the past by OD.", 6, L.LOW),
    ("I tried to end it last night", 6, L.HIGH),
    ("I tried to take my pills this morning but I threw up", 0, L.NONE),
    ("I tried for years to end it with him", 0, L.NONE),
    ("I tried really hard to end the meeting on time", 0, L.NONE),
    # An attempt in a list of what the writer tried.
    ("over the years i tried to move out, quit drinking, kill myself. nothing stuck", 6, L.LOW),
    ("I tried to talk to her, make friends, join clubs, and nothing worked", 0, L.NONE),
]


# Warning signs said without the word suicide, and the everyday sentences that share words.
VEILED = [
    ("i want to die. my dorm is on the 9th floor", 1, L.LOW),
    ("I don't want to die. I just want to feel something again.", 0, L.LOW),
    ("Got out of the hospital yesterday. I tried to kill myself nine days ago.", 6, L.HIGH),
    ("my mom found me before i could finish. i had the belt around my neck.", 6, L.HIGH),
    ("I know it's irrational while I'm doing it.", 0, L.NONE),
    ("i think about not being here like every hour", 1, L.LOW),
    ("i keep thinking it would be easier if i just wasnt alive anymore. i'm 16.", 1, L.LOW),
    ("dont really want to be here anymore. not like in a kms way.", 1, L.LOW),
    ("somewhere in the last year I started having suicidal thoughts", 2, L.MODERATE),
    ("sitting on the edge of the tub thinking about how much i want to kill myself", 2, L.MODERATE),
    ("Tomorrow is the day. I'm not backing out this time.", 4, L.HIGH),
    ("I'm done. I've said my goodbyes.", 4, L.HIGH),
    # Giving a pet away because "I won't be around" is a preparatory act (C-SSRS behaviour).
    ("I gave my cat to my sister because I won't be around to take care of her", 6, L.HIGH),
    ("I'm sitting in my car with the engine running in the garage", 6, L.IMMINENT),
    ("I stopped my car on the train tracks last week but drove off at the last second", 6, L.HIGH),
    ("I have everything I need, I just need to pick a date", 5, L.HIGH),
    ("I'm sitting in the car with the engine running, waiting for my wife", 0, L.NONE),
    ("I just need to pick a date for the wedding", 0, L.NONE),
    ("tomorrow is the day! graduation!!", 0, L.NONE),
    ("I said my goodbyes to everyone at the party and left", 0, L.NONE),
    ("giving away my plants and my switch, dm me. wont be needing them", 6, L.HIGH),
    ("i gave my dog to my neighbour, i won't need him where i'm going", 6, L.HIGH),
    ("selling my bike, won't need it after i move to amsterdam", 0, L.NONE),
    ("you can have my jacket, i dont need it", 0, L.NONE),
    ("mom if u see this i love u. its not ur fault. give bruno extra treats for me ok", 4, L.HIGH),
    ("mom if you see this i love you happy mothers day", 0, L.NONE),
    ("i want to die and i think i would actually do it if i got the chance", 4, L.HIGH),
    ("i would do it if i had the time", 0, L.NONE),
    ("out of hospital after my attempt. i still wish it had worked", 6, L.MODERATE),
    ("how much sertraline would actually be dangerous? i keep thinking about it a lot", 3, L.HIGH),
    ("how much paracetamol is too much for a toddler?", 0, L.NONE),
    ("my partner watched the last attempt at the boss and screamed", 0, L.NONE),
    ("passed my driving test on the first attempt", 0, L.NONE),
    (
        "she is 16, the same age i was when i tried to kill myself. i have been well for decades",
        6,
        L.LOW,
    ),
    # A recovered attempt told as history, and recovery said plainly: the heads stay quiet.
    (
        "three years ago i attempted and woke up in the icu. today i graduated. "
        "i'm stable, i have a therapist i like",
        6,
        L.LOW,
    ),
    ("I attempted the exam twice before I passed", 0, L.NONE),
    ("I drove off at the last second before the light turned red", 0, L.NONE),
    # Not knowing whether one wants to live is a passive wish, never a protective factor.
    ("honestly i'm not sure i want to live anymore", 1, L.LOW),
    ("some nights I don't know if I still want to be alive", 1, L.LOW),
    ("I want to live somewhere warmer", 0, L.NONE),
    # An attempt someone walked in on is behaviour, said with "and" as well as "but".
    ("I was about to do it, and my mum walked in with the laundry", 6, L.HIGH),
    ("I was about to jump when a stranger called out to me", 6, L.HIGH),
    ("I was about to do it, and then it started raining so we went home", 0, L.NONE),
    # "I didn't finish it" is not ending one's life.
    ("Felt awful after the takeaway. But I didn't finish it.", 0, L.NONE),
    # Saying one will not be around much longer, without a reason such as a move.
    ("I don't think I'll be around much longer", 4, L.HIGH),
    ("part of me is saying goodbye. I'm not going to last much longer.", 4, L.HIGH),
    ("I'm not going to last much longer at this job", 0, L.NONE),
    ("I won't be here much longer, we move to Leeds in May", 0, L.NONE),
    # Someone's death by suicide is the writer's loss, not a risk to anyone now.
    ("it's been two years since my cousin took her own life. i think of her every day", 0, L.LOW),
    ("my best friend killed himself in march and i miss him so much", 0, L.LOW),
    ("My brother almost took his own life last week", 0, L.MODERATE),
    ("my dad tried to take his life on sunday", 0, L.MODERATE),
    # Everything in the medicine cabinet, the whole box, the car in the garage.
    ("im going to swallow everything from the bathroom cabinet after dinner", 4, L.HIGH),
    ("going to take everything in the medicine cabinet to the pharmacy for disposal", 0, L.NONE),
    ("the pills are right there on the shelf, i keep picturing taking the whole pack", 3, L.HIGH),
    ("thinking about taking the whole box of doughnuts to the office", 0, L.NONE),
    ("next friday when she's at her mum's i'll do it inside the car in the garage", 5, L.HIGH),
    ("we leave the car running in the garage to warm it up on frosty mornings", 0, L.NONE),
    ("every time I cross the viaduct I think about how far the drop would be", 3, L.MODERATE),
    ("I keep thinking about how deep the pool is", 0, L.NONE),
    # An urge inside the writer, and slang for quitting life.
    ("a voice in my head keeps urging me to end it all", 2, L.MODERATE),
    ("my brain keeps telling me to do it", 0, L.NONE),
    ("i kinda want to kermit sewer slide ngl", 2, L.MODERATE),
    ("kermit the frog was on tv", 0, L.NONE),
    ("honestly want to uninstall life rn", 1, L.LOW),
    ("wanna ragequit life and no i don't mean in a game", 1, L.LOW),
    # Apologies and "you won't have to worry about me" count together, not alone.
    ("sorry for all the pain i caused. nobody will have to worry about me anymore", 4, L.HIGH),
    ("you won't have to worry about me anymore, I got the job!", 0, L.NONE),
    # Recent behaviour told in passing, and its everyday look-alikes.
    ("home from hospital today after my overdose on sunday, still feel the same", 6, L.HIGH),
    ("my sister walked in on me on monday before anything really happened", 6, L.HIGH),
    ("i was trying to die earlier and now i'm scared", 6, L.HIGH),
    ("ten years ago i made an attempt with pills. i'm well now", 6, L.LOW),
    ("my son made an attempt at the county record", 0, L.NONE),
    ("tied the cord to the beam and tested it with my weight", 6, L.HIGH),
    ("found a spot in the woods with a branch strong enough to hold me", 6, L.HIGH),
    ("found a spot in the garden that will hold the hammock", 0, L.NONE),
    ("last message from me on here. thank you all", 4, L.HIGH),
    ("the last message from me was on friday", 0, L.NONE),
    ("i'm going to have to throw myself on the mercy of the landlord", 0, L.NONE),
    ("she asked if i was suicidal and i said no, and i'm not", 0, L.NONE),
    ("i've been doing it after every argument, scratching till it bleeds", 0, L.NONE),
    ("my gran set me up with a tablet so i could video call her", 0, L.NONE),
    # Someone else's words, reported: theirs, not the writer's.
    ("my brother texted me saying sorry for everything and now he won't answer", 0, L.HIGH),
    ("my dad rang me, slurring, and kept saying sorry for everything", 0, L.HIGH),
    ("my mum said i should say sorry for everything i did", 0, L.NONE),
    ("my friend came round and i kept saying sorry for everything", 4, L.HIGH),
    # Questions put to the writer, and words about risk that are not the writer's own.
    ("the gp asked me this morning if i was suicidal and i said no", 0, L.LOW),
    ("my counsellor asked whether i'd ever had thoughts of suicide. i haven't", 0, L.NONE),
    ("I don't think I'm suicidal, just worn down", 0, L.NONE),
    ("I think I'm suicidal", 2, L.MODERATE),
    ("ask your mate straight out whether he's thinking about suicide", 0, L.NONE),
    ("i'm an ED nurse and the night shifts are brutal", 0, L.NONE),
    ("i promised my sister i'd ring the crisis line and i'm not doing it tonight", 0, L.NONE),
    ("this song makes me want to walk into the sea (positive)", 0, L.NONE),
    ("parent q: 'kms' is all over my son's group chat. how can i tell if he means it?", 0, L.NONE),
    # Slang and an urge said at the edge.
    ("some nights i reckon i should just top myself", 2, L.MODERATE),
    ("i'm up on the car park roof. i don't know if i want anyone to stop me", 6, L.IMMINENT),
    # A past attempt told with the age, not a habit; "since i was 13" runs up to now.
    ("when i was 19 i took an overdose at uni. i'm 34 now and doing well", 6, L.LOW),
    ("I've wanted to die since I was 14.", 1, L.LOW),
    # "can't stop thinking about it" is about a method only beside suicide evidence.
    ("my neighbour's kid had a bruise again. i can't stop thinking about it.", 0, L.NONE),
    ("the pills are in the drawer and i can't stop thinking about it.", 3, L.HIGH),
    # Someone at a height who will not come in; a teammate's words are the teammate's.
    ("my housemate is sat on the window ledge of the 5th floor and won't come in", 0, L.IMMINENT),
    ("the toddler is sitting on the windowsill and won't come in for dinner", 0, L.NONE),
    ("my teammate keeps posting 'i want to die' and everyone laughs", 0, L.MODERATE),
    ("my teammate keeps dying in ranked lol", 0, L.NONE),
]


# How recent an attempt is, said as a span of time ("in the last two days").
RECENT_SPANS = [
    ("Tried twice in the last two days to end it.", 6, L.HIGH),
    ("I tried to kill myself in the past week", 6, L.HIGH),
    ("I attempted suicide this past weekend", 6, L.HIGH),
    ("I tried to kill myself in the past, I'm okay now", 6, L.LOW),
]


# Recovery told as a milestone: the harm is named and said to be behind the writer
# (protective, never a crisis). A day or two sober is the withdrawal window, not a milestone.
RECOVERY = [
    ("2 years clean from self harm today", Category.SELF_HARM),
    ("i stopped cutting almost 4 years ago and i dont have urges anymore", Category.SELF_HARM),
    ("six months without cutting and my scars are fading", Category.SELF_HARM),
    ("90 days sober today!!", Category.SUBSTANCE),
    ("3 weeks clean 🎉", Category.SUBSTANCE),
    ("1 year sober today and i feel great", Category.SUBSTANCE),
]


@pytest.mark.parametrize(("text", "category"), RECOVERY)
def test_when_recovery_is_told_as_a_milestone_then_it_is_protective(
    text: str, category: Category
) -> None:
    a = assess(text)
    assert not category_evidence(a, category)
    assert a.level <= L.LOW
    assert any(ev.source == "rule:suicide.recovery" for ev in a.evidence)


# A wound made now and intent to die said of it: an attempt under way. The same words
# without a wound are ordinary, and a wound alone is a medical emergency, not an attempt.
WOUND_INTENT = [
    ("cut way deeper than ever tonight and honestly i hope i bleed out", 6, L.IMMINENT),
    ("the cut is gaping and i dont want the bleeding to stop", 6, L.IMMINENT),
    ("i cut so deep tonight. i wanted this one to be the end", 6, L.IMMINENT),
    ("cut myself and it will not stop bleeding and i do not want it to", 6, L.IMMINENT),
    ("the cut is gaping, how do i close it", 0, L.HIGH),
    ("fixed my thesis draft again and i want this to be the last one", 0, L.NONE),
    ("i want this to be the last time i lend him money", 0, L.NONE),
    ("that remark cut really deep, not gonna lie", 0, L.NONE),
]


# Game words mark a game ("died on the final boss again"); words a game shares with life
# ("the boss", a police raid, a level crossing) do not hide the writer's own risk.
GAME_OR_LIFE = [
    ("the boss fired me today. i want to kill myself tonight", 4, L.HIGH),
    ("police raid next door last night. i want to kill myself", 2, L.MODERATE),
    (
        "the train goes through the level crossing at 6am. im going to kill myself there tomorrow",
        5,
        L.IMMINENT,
    ),
    ("died on the final boss again, gonna kill myself lol", 0, L.NONE),
    # a wish said now beside game talk is read, as a wish (low, not escalated)
    ("we got wiped by the raid boss at one percent. i want to uninstall life", 1, L.LOW),
    (
        "we are up 2-0 and this game is pissing me off so much. i want to kill myself tonight",
        4,
        L.HIGH,
    ),
    (
        "just wait till you get to the final level. i keep thinking about killing myself",
        2,
        L.MODERATE,
    ),
    ("ive decided to end it after my exams. the horizon is beautiful in this game", 4, L.HIGH),
    ("the dlc is great. my brother took a whole bottle of pills an hour ago", 0, L.IMMINENT),
    ("my dad hits me every night and i am scared to go home. great game", 0, L.HIGH),
    ("this game is so hard. my brother jumped off the bridge like 30 times", 0, L.NONE),
    ("this game makes me want to kill myself lol", 0, L.NONE),
    ("stuck on the level with the lava. jumped off the bridge like 30 times", 0, L.NONE),
    ("boss fight took me two hours. i died so many times", 0, L.NONE),
]


# A frame (an article, a show, a book, a class, "how many people") in the sentence beside
# the writer's own statement does not make that statement fiction or study; a frame still
# covers a story told about someone else, a question, and game talk. All of the first seven
# were assessed none before 2026-12-07 (fifth session).
FRAME_NEARBY = [
    ("thanks for the article, really interesting. i want to kill myself tonight", 4, L.HIGH),
    ("i would love to be on the show! i am going to take all my pills tonight", 5, L.IMMINENT),
    ("a big red flag in my book. i keep thinking about killing myself", 2, L.MODERATE),
    ("my history of depression is long. i want to kill myself", 2, L.MODERATE),
    ("i was the victim of bullying for years. i want to kill myself", 2, L.MODERATE),
    ("couldnt finish my homework again. i am going to kill myself tonight", 4, L.HIGH),
    ("how many people came to the party, like 40? i wrote my suicide note today", 6, L.HIGH),
    ("thanks for the article. my friend says she wants to kill herself", 0, L.MODERATE),
    (
        "im sure the second song is about him. my friend says she wants to kill herself",
        0,
        L.MODERATE,
    ),
    ("the song is sad. it says i want to die", 0, L.NONE),
    (
        "they recommended a song. my girlfriend is on the bridge and says she will jump",
        0,
        L.IMMINENT,
    ),
    ("my friend sent me this song, it says i want to die", 0, L.NONE),
    ("i am writing a story. the girl jumps off the bridge at the end", 0, L.NONE),
    ("for my novel. my sister in the story takes all her pills", 0, L.NONE),
    ("this game is brutal. i jumped off the bridge 30 times", 0, L.NONE),
    ("for my psychology class: what are the signs someone wants to kill themselves?", 0, L.NONE),
]


# Doing it again after an attempt is intent now, not history; "try again" without suicide
# evidence is anything tried again. The first three were assessed low before 2026-12-07
# (sixth session).
AGAIN_AFTER_AN_ATTEMPT = [
    ("i attempted years ago. now i want to do it again tonight", 6, L.HIGH),
    ("i attempted suicide 3 years ago and i am planning to try again this weekend", 6, L.HIGH),
    ("i tried to kill myself last year and i will try again", 6, L.HIGH),
    ("i failed my driving test, ill try again next week", 0, L.LOW),
    ("i tried yoga and want to try it again", 0, L.NONE),
    ("i attempted years ago and i am doing well now", 6, L.LOW),
]


# Others imagined after the writer is gone by a method: a wish to be dead with the way
# (C-SSRS 3). The first two were assessed low or none before 2026-12-07 (sixth session).
GONE_BY_A_METHOD = [
    ("no one would miss me if i jumped tonight", 3, L.MODERATE),
    ("no one would even notice if i jumped off the bridge", 3, L.MODERATE),
    ("no one would miss me if i died", 1, L.LOW),
    ("would anyone notice if i jumped the queue", 0, L.NONE),
    ("my team would be better off if i jumped ship", 0, L.NONE),
]


# Dreams of a method are thoughts of it; the act said before and only its time now ("and
# tonight i think i will") is intent. Jumping on a trampoline or into the pool is neither.
# The first was assessed none before 2026-12-07 (sixth session), the next two moderate.
DREAMS_AND_JUMPS = [
    ("i keep having dreams about jumping and tonight i think i will", 5, L.IMMINENT),
    ("i had a dream about jumping on a trampoline", 0, L.NONE),
    ("thinking about jumping into the pool later", 0, L.NONE),
    ("thinking about jumping in front of a train", 3, L.MODERATE),
    ("do you want to go to the party? tonight i think i will", 0, L.NONE),
]


# What someone close to the writer kept ready, or a thank-you that ends in silence, is
# their risk (a concerned other's report), not the writer's. The first was the writer's
# C-SSRS 3 before 2026-12-07 (sixth session), the second none.
THEIRS = [
    ("my son is 15 and i found a noose in his wardrobe", 0, L.HIGH),
    ("my best friend texted me thanks for everything and now her phone is off", 0, L.HIGH),
    ("my mum texted me thanks for everything, the flowers were lovely", 0, L.NONE),
]


# "So do i" after someone else's wish or thoughts is the writer's own (2026-12-07, sixth
# session: it was only the friend's).
ECHO = [
    ("my friend wants to die. honestly so do i, i have the pills here", 3, L.HIGH),
    ("my sister wants to kill herself and so do i", 2, L.MODERATE),
    ("she says she wants to die. me too", 1, L.LOW),
    ("my friend loves pizza. me too", 0, L.NONE),
    ("i love this song. same", 0, L.NONE),
]


# Methods weighed against each other for pain or speed are sought (2026-12-07, sixth
# session: it was none).
METHODS_WEIGHED = [
    ("which is more painless, hanging or pills?", 3, L.MODERATE),
    ("which is quicker, the bus or the train?", 0, L.NONE),
]


# A whole box of laxatives is a purge (eating-disorder risk), not an overdose attempt
# (2026-12-07, sixth session: it was imminent, C-SSRS 6).
NOT_TABLETS = [
    ("i took a whole box of laxatives to lose weight", 0, L.MODERATE),
    ("i took a whole box of sleeping pills", 6, L.IMMINENT),
]


# "Asking for a friend" is how people often ask for themselves: it frames nothing. A
# report about the friend is a concerned other's, a lethal-dose question stays one.
# Both were assessed none before 2026-12-07 (sixth session).
ASKING_FOR_A_FRIEND = [
    ("asking for a friend. she wants to kill herself", 0, L.MODERATE),
    ("asking for a friend, what is the lethal dose of paracetamol", 3, L.MODERATE),
    ("asking for a friend: how do you know if you are depressed", 0, L.NONE),
]


# A method wished as one's own act, with a time within a day: desire, means and a time
# (imminent); a thought of the method is not a wish.
WISHED_METHOD_NOW = [
    ("i want to jump off the roof right now", 3, L.IMMINENT),
    ("thinking about jumping off the bridge tonight", 3, L.MODERATE),
    ("i want to jump in the pool right now", 0, L.NONE),
]


# Each table above says what its cases hold; one check for all of them.
STEP_AND_LEVEL = {
    "cssrs ladder": LADDER,
    "negation": NEGATION,
    "forum construction": FORUM,
    "history, recent or now": PAST,
    "slang": SLANG,
    "acts told indirectly": ACTS,
    "act look-alikes": ACT_LOOK_ALIKES,
    "passive wish": PASSIVE,
    "nominal": NOMINAL,
    "attempts told": ATTEMPTS_TOLD,
    "veiled": VEILED,
    "recent attempt": RECENT_SPANS,
    "wished method now": WISHED_METHOD_NOW,
    "wound with intent": WOUND_INTENT,
    "game or life": GAME_OR_LIFE,
    "frame nearby": FRAME_NEARBY,
    "asking for a friend": ASKING_FOR_A_FRIEND,
    "again after an attempt": AGAIN_AFTER_AN_ATTEMPT,
    "gone by a method": GONE_BY_A_METHOD,
    "dreams and jumps": DREAMS_AND_JUMPS,
    "theirs": THEIRS,
    "echo": ECHO,
    "methods weighed": METHODS_WEIGHED,
    "not tablets": NOT_TABLETS,
}


@pytest.mark.parametrize(
    ("text", "cssrs", "level"),
    [
        pytest.param(*case, id=f"{table}: {case[0]}")
        for table, cases in STEP_AND_LEVEL.items()
        for case in cases
    ],
)
def test_when_a_table_case_is_assessed_then_step_and_level_match(
    text: str, cssrs: int, level: RiskLevel
) -> None:
    a = assess(text)
    assert (a.cssrs, a.level) == (cssrs, level)
