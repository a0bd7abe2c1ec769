"""Suicide, C-SSRS steps 4-6: intent, plan, timeframe, preparation and attempts.

"Doing it", "taking them" and "the day is set" point back at something said before; those
rules are anchored and only count beside other suicide evidence of the text or
conversation. Whether an attempt is under way, recent or lifetime history is read from
the time words around it (see ``careguard.risk.context``).
"""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason
SI = Category.SUICIDAL_IDEATION

# Up to two words between a verb and its object, but never a negation ("will not kill").
_GAP = r"(?:(?!not\b|never\b|no\b)\w+ ){0,2}?"
_ABOUT_TO = r"(?<!think )(?<!thinking )(?<!thought )(?<!guess )(?<!guess i )(?<!a lot )(?<!often )"
# "my dorm is on the 9th floor", "the office is by the bridge": a place, not a person there.
_NOT_A_PLACE = "".join(
    f"(?<!{w} )"
    for w in (
        "dorm", "room", "bedroom", "office", "apartment", "flat", "house", "home", "school",
        "class", "work", "desk", "unit", "place", "window", "it", "which", "that", "what",
        "there", "this", "building", "hotel", "gym", "shop", "store", "restaurant", "cafe",
    )
)  # fmt: skip
_LAST = (
    r"(?<!pray i )(?<!hope i )(?<!wish i )(?<!hoping i )(?<!praying i )"
    r"(?:i (?:will|am going to) be dead (?:by|before|in|tomorrow|tonight|soon|next)|(?:will not|am not"
    r" going to) (?:be (?:here|alive|around)|wake up|see) (?:tomorrow|in the morning|next week|by"
    r" morning|the morning|by the end of (?:the|this) (?:week|month|year)|by (?:my )?(?:next )?(?:birthday"
    r"|christmas|new year|summer))|(?:this is|tonight is|today is)"
    r" my last (?:night|day)|my last (?:night|day) (?:alive|on earth|here))"
)

INTENT = rules(
    "suicide",
    SI,
    [
        (
            "intent_kill",
            R.INTENT,
            0.95,
            _ABOUT_TO
            + r"(?:{INTEND}) "
            + _GAP
            + r"(?:kill {ANY_SELF}|end (?:it|it all|my life|things|everything)(?! (?:with|between|off|up|here) )|take my (?:own )?life|commit suicide|hang {ANY_SELF}|overdose|shoot {ANY_SELF}|go through with it|drown {ANY_SELF}|(?:take|swallow|down) (?:all|them all|the whole|every one|a handful|every (?:single )?(?:pill|tablet)|everything {MEDICINE_STORE})|(?:throw|hurl|fling) myself (?:off|in front of|under|from|into)|(?:step|walk|lie down) in front of|walk into (?:the )?(?:sea|traffic|river|ocean)|drive (?:my car )?(?:off|into) (?:a|the)|jump(?= *$|[.,;!?]| (?:off|from|in front of|when|if|tonight|today|now|right now|after|before|once|again|this|next|on|tomorrow|soon)\b))",
        ),
        (
            "intent_act_on",
            R.INTENT,
            0.85,
            r"threaten(?:ing|s|ed)? to (?:kill (?:himself|herself|themselves|myself)|jump|overdose|end (?:it|his life|her life|my life)|hang (?:himself|herself|myself))|(?<!not think i )(?<!never think i )(?:going to|gonna|will|about to|might|could|scared i will|afraid i will|worried i will|(?:the (?:day|week|night|month|year|time)|when) i) (?:finally |actually |really )?act on (?:it|them|my (?:thoughts|urges|feelings|plan))|almost (?:acted|acting|act) on (?:it|them|my (?:thoughts|urges|feelings|plan))|(?:every|full|real|serious) intention of (?:dying|killing {ANY_SELF}|ending (?:it|my life)|doing it)|(?:end up|ending up) (?:doing it|killing {ANY_SELF}|dead by my own hand)|only a matter of time (?:before|until) i (?:do it|kill|end)|(?:by|with) my own hands?|(?:my life|it) will end (?:\w+ ){0,4}?by my (?:own )?hands?|planning (?:my|a) (?:suicide|death|exit|overdose)|(?:ending|end|kill|killing|taking|take) (?:my (?:own )?life|myself|it all) (?:tonight|today|tomorrow|this weekend|right now|soon|in (?:an|a few|\d+) (?:hours?|days?))|(?:suicide|sewerslide) (?:tonight|today|now|soon|fr|for real)",
        ),
        (
            "intent_conditional",
            R.INTENT,
            0.8,
            r"(?:doing|taking|using|shooting|snorting) (?:all of it|it all|everything|the whole (?:bag|lot|batch|thing)) (?:at once|in one go|tonight)(?= *$|[.,;!?]| and)|(?:using|doing|taking|shooting) everything (?:he|she|they) (?:brings|gives me|sells me)|(?:going|go) big and not coming back|(?:i am|im|i will be) not stopping at a normal amount|(?:died|passed|passed away|death|funeral|widow|widower)\b(?:[^.!?]*[.!?] ){0,2}[^.!?]*?\bi (?:am going to|will|have decided to) join (?:him|her|them)(?= *$|[.,;!?])|(?:do not|dont) intend to (?:see|live (?:through|to see)|make it (?:through|to)) (?:another|next|the next) (?:winter|christmas|year|summer|birthday|spring)|(?:coming|going) home (?:soon )?whether (?:he|god|the lord|she) calls me or not|(?:the minute|as soon as|once) i (?:[\w']+,? ){1,10}?i am going(?= *$|[.,;!?])|(?:so|make sure|making sure|how to make sure) (?:that )?(?:nobody|no one) (?:gets|can get|could get|will get|would get) (?:to me |there |here )?in time|(?:if|whether) i (?:will )?(?:get|be) (?:interrupted|stopped|found) (?:next time|this time|again)|i (?:will|am going to) kill me(?= *$|[.,;!?]| i am| this| soon| tonight| for real)|i (?:have )?decided (?:that )?i (?:will|am going to) join (?:her|him|them)(?= *$|[.,;!?]| soon| in| on| there| and)|i (?:will|am going to) join (?:her|him|them) (?:soon|in heaven|on the other side)|if (?:\w+ ){1,8}?i am (?:killing|ending|offing) (?:{ANY_SELF}|it|it all|things|my life)(?= *$|[.,;!?]| (?:already|for good|then|and|myself)\b)|(?:(?:decided|made (?:my )?peace with|know|promised myself|sure|certain) (?:that |the fact that )?|(?:^|(?<=[.!?,] )))i am not (?:going to )?(?:see|make it to|live to see|reach|be here (?:for|at|by)) (?:\d\d\b|twenty|thirty|forty|fifty|sixty|next year|christmas|my (?:next )?(?:\w+ )?birthday|the new year|summer|another year)(?= *$|[.,;!?]| and| anyway)|(?:i am|i will be|i will|i am going to be|i am gonna be) (?:taking|swallowing|downing|take|swallow|down) (?:all of (?:it|them)|the lot|everything|them all|it all)(?= *$|[.,;!?]| (?:together|tonight|with|at once|in one go|and|in|from)\b)|(?<=i )(?:still |really |fully |honestly )?(?:intend|mean) to die(?= *$|[.,;!?]| (?:and|soon|this|by|before|anyway|regardless|tonight|tomorrow)\b)|(?:i am|i was|i have been|i had been|been|i) (?:planning|planned) (?:on|to) (?:killing|kill|ending|end|taking|take) (?:myself|my (?:own )?life|it all)|(?:either (?:it|this|things|the pain|something)|(?:it|this|things|the pain) either) (?:stops|ends|changes|gets better|improves)(?: \w+){0,3}? or i (?:stop|end) (?:it|things|everything|myself|my life)(?= *$|[.,;!?]| for good| myself)|(?:not|never|nothing(?: \w+){0,3}? is) (?:good )?enough to (?:stop|keep) me (?:from )?(?:ending (?:it|my life)|killing myself|doing it)|(?:i will|i am going to|i am gonna) (?:just )?(?:find|get|grab|buy|use) (?:something|a rope|a belt|a cord|a way|the rope|the pills|a gun) to (?:hang|kill|shoot|end) (?:myself|it)|(?:if|when) (?:\w+ ){1,8}?i (?:will|am going to) (?:kill|end) (?:myself|it all|my life)",
        ),
        (
            "intent_decided_time",
            R.INTENT,
            0.9,
            r"i (?:have )?(?:decided|made up my mind)(?: that)? (?:it is|its|it will be|today is|tonight is|tomorrow is) (?:tonight|today|tomorrow|the day|the night|time|happening)(?= *$|[.,;!?]| for| and| then)",
        ),
        (
            "intent_decided_me",
            R.INTENT,
            0.85,
            r"(?:do not|no longer) (?:know if i |think i |really |even )?want (?:you|anyone|anybody|someone|them|people|him|her) (?:to )?(?:stop|stopping|save|saving|find|finding|talk me out of|talking me out of) me(?= *$|[.,;!?]| this time| anymore| now| when| before| once)|i (?:\w+ )?(?:decide|decided|have decided) to (?:kill|end) me|(?:made up my mind|decided|have decided|my mind is made up) (?:to|that i (?:will|am going to)) (?:end it|do it|kill {ANY_SELF}|die|go through with it|end my life|take my (?:own )?life)",
        ),
        (
            "intent_this_time",
            R.INTENT,
            0.8,
            r"(?:this time|next time) i (?:will|am going to|will not|am not going to) (?:fail|mess (?:it )?up|survive|wake up|succeed|turn back|stop|chicken out|back out)|i am not (?:backing|chickening|bailing) out (?:this time|again)|no (?:backing|chickening) out (?:this time|now)|(?:make sure|making sure) (?:i do not|i will not|it) (?:wake up|survive|works)",
        ),
        ("intent_last", R.INTENT, 0.85, _LAST),
        (
            "intent_go_place",
            R.INTENT,
            0.9,
            r"(?:going|driving|walking|heading|go|drive|walk|head)(?: up| down| out| over)? (?:to|up to|there to) (?:(?!not\b|never\b)\w+ ){0,5}?(?:and|to) (?:jump(?:ing)?(?= *$|[.,;!?]| off| from)|end(?:ing)? it(?= *$|[.,;!?])|throw(?:ing)? myself(?! (?:on|at) (?:the|their|his|her|your) mercy| into (?:my |the |it|work|this|studying|revision))|hang(?:ing)? myself|drown(?:ing)? myself|kill(?:ing)? myself)",
        ),
    ],
)

# Verbs pointing back at the act ("i am doing it tonight"); they need other evidence.
PRO_ACT = rules(
    "suicide",
    SI,
    [
        (
            "intent_pro_act",
            R.INTENT,
            0.8,
            r"(?<!while )(?<!when )(?<!as )(?<!whilst )(?:i am|i will|i am going to|going to|gonna|i will just|about to|ready to|finally|i am finally|i am actually|i am really|decided to|cant wait to|going to just|planning to|plan to|i am planning to) (?:(?!not |never )\w+ )?(?:doing it|do it|go through with it|going through with it|taking them|take them|end it)(?! (?:with|for|to) )|(?<!been )(?<!keep )(?<!kept )(?<!always )(?<!usually )(?<!start )(?<!started )doing it (?:tonight|today|now|right now|within|in|after|before|once|when|this|as soon)|(?:made up my mind|my mind is made up|no turning back|nothing (?:will|can) stop me|nobody can stop me|i have decided|i decided|it is final)(?= *$|[.,;!?])|(?:tonight|today)(?: is|'s) the (?:night|day)|(?:tonight|today) (?:might|could|will|is going to) be the (?:night|day)|i am done(?= *$|[.,;!?])|(?:my|the) plan is (?:to |that )|(?:need to|have to) find the courage|(?:courage|nerve|strength|guts) (?:\w+ ){0,2}?for when i (?:finally )?(?:jump|do it|kill myself|end it|go through with it)|i am (?:\w+ )?(?:jumping|throwing myself) (?:off|from|in front of) (?:a|the) (?:\w+ )?(?:{HIGH_PLACE}|train|truck|bus)(?! (?:into|for fun|on holiday)\b)|(?:the )?urge is (?:so )?strong|(?:do|doing) it (?:this time|soon)|(?:going to|will) (?:actually )?do it (?:this time|soon)",
        ),
        (
            # Readiness alone: intent unless the writer refuses to act (scoring.py).
            "intent_ready",
            R.INTENT,
            0.8,
            r"i am (?:so )?ready(?= *$|[.,;!?])|tired of waiting|(?:can not|cannot) wait (?:any ?more|any longer)",
        ),
        (
            "intent_would_do",
            R.INTENT,
            0.8,
            r"i (?:think i |honestly think i |know i |feel like i )?(?:would|will|might|could) (?:actually |really |honestly |seriously )?(?:do it|go through with it)(?= if| given| the (?:next|first|second) | when| one day| soon| this time)|(?:scared|afraid|frightened|terrified) of myself(?: right now| rn| tonight| today| at the moment)"
            # "... and tonight i think i will": the act said before, only its time now
            r"|(?:tonight|today|tomorrow|this weekend|this time),? i (?:think i |really think i |know i |feel like i )?(?:will|might|am going to)(?= *$|[.,;!?])",
        ),
        (
            "idea_pro_act",
            R.IDEATION,
            0.7,
            r"(?:think|thinking|thought|thoughts) (?:about|of) (?:doing it|it) (?:a lot|every day|all the time|constantly)|(?:think|thinking|thought) about doing it|(?:can not|could not) stop thinking about (?:doing it|it)(?= *$|[.,;!?])",
        ),
        (
            "method_fixed",
            R.METHOD,
            0.6,
            r"i (?:have |already )?(?:planned|been planning|worked out|figured out) (?:it|how|when|where|everything|the whole thing)(?! to (?:get back|tell|ask|quit|leave|move|propose|pay))|(?:put|put them|put it|threw them|flushed them) back(?= *$|[.,;!?]| in| on)|(?:locked|locks) (?:herself|himself|themselves|myself) in (?:the )?(?:bathroom|room|car|garage)|(?:is|are|am) locked in the (?:bathroom|room|car|garage)|(?:look|looking|stare|staring|looked) at (?:it|them) (?:differently|and thinking|and think|and wonder)|(?:bought|got|picked up) (?:the |some |enough |a bottle of |more )?(?:{PILLS})|filled the (?:bath|tub)",
        ),
        (
            "at_place_now",
            R.ATTEMPT,
            0.85,
            r"(?:i am|he is|she is|"
            + _NOT_A_PLACE
            + r"(?:is|are)) (?:\w+ )?(?:standing |sitting |parked |waiting |stood |sat |up )?(?:on|at|by|near|on top of|at the top of) (?:the |a |my )?(?:\w+ ){0,2}?(?:{HIGH_PLACE}|tracks|train station|station|platform|railway line|railway|level crossing)",
        ),
        (
            "plan_anchor",
            R.PLAN,
            0.7,
            r"(?<!when )(?<!when i )(?<!whenever )(?<!whenever i )(?<!while )(?<!while i )(?:will|going to|gonna|plan to|i am|am) (?:buy|get|pick up|order|buying|getting|picking up|ordering) (?:the |a |some |enough )?(?:{PILLS}|rope|gun|charcoal|helium|noose)|(?:i have|i have got|i made) (?:a |my )?plan(?= *$|[.,;!?])|(?:just |only )?(?:need|have) to (?:pick|set|choose) (?:a|the) (?:date|day)(?= *$|[.,;!?])|(?:the|my) plan is set(?: for)?",
        ),
        (
            "poisoning_signs",
            R.MEDICAL_EMERGENCY,
            0.7,
            r"i (?:feel|am feeling|am getting|am) (?:so |really |very )?(?:dizzy|sleepy|drowsy|woozy|numb|cold|faint|sick(?! (?:and tired|of|to death of)\b))|everything is spinning|getting (?:really |so )?sleepy|my heart is doing weird things",
        ),
        (
            "aborted_anchor",
            R.ATTEMPT,
            0.8,
            r"(?:drove|drove off|got off|moved|stepped off|walked away|climbed down|got down) (?:\w+ ){0,2}?at the last (?:second|minute|moment)|(?:the|my) (?:gun|pistol|rifle|shotgun) (?:jammed|misfired|did not fire|did not go off)|i (?:have )?tried(?:,| and)? (?:and )?failed(?! (?:my|the|a|an|to|at|in|again)\b)|i tried (?:when|at) (?:i was )?\d+(?: years old)?(?:,| and)? (?:and )?failed",
        ),
        (
            "attempt_pro",
            R.ATTEMPT,
            0.85,
            r"(?<!about )(?<!of )(?<!imagine )(?<!picture )(?:i (?:did|have done) it|i took them|i swallowed them|taking them (?:now|right now|all)|took them all)(?= *$|[.,;!?]| (?:now|already|all|an hour|minutes|a few))",
        ),
    ],
    anchored=True,
)

PLAN = rules(
    "suicide",
    SI,
    [
        (
            "have_plan",
            R.PLAN,
            0.85,
            r"(?:needs to|has to|have to|will|make it|making it) look like (?:an accident|something (?:else|other than what it is)|natural causes)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|sleeps) (?:til|until|till|to go until|left until) (?:the (?:bridge|cliffs?|tracks|end|day)|i (?:do it|go|end it|finally))(?= *$|[.,;!?]| then| and)|suicide (?:on|this|next) (?:the \d+(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week)(?= *$|[.,;!?]| night| morning| after| when| and)|(?:planning|planned) (?:my|a) (?:own )?(?:suicide|death|exit|overdose)|(?:i have|i have got|i made|i have made|i wrote|i am making|i am writing|basically|this is|that is) (?:a |my |out my |up my |up a |out a )?suicide plan|my suicide plans?|(?:i have|i have got|i made|i have made|i came up with|there is) (?:a |my |the )?(?:plan|plans) (?:to|for|on how|of how) (?:kill|end|die|overdose|hang)",
        ),
        (
            "know_how",
            R.PLAN,
            0.75,
            r"i (?:already )?know (?:exactly )?(?:how|when|where) (?:i am going to|i will|i would|to) (?:kill {ANY_SELF}|end it|die)",
        ),
    ],
)

# Plans in everyday words ("my plan is pills", "i have set the date", "i know which
# bridge"): the same words plan weddings and trips, so they count only beside suicide
# evidence of the text or conversation.
PLAN_ANCHORED = rules(
    "suicide",
    SI,
    [
        (
            "plan_details",
            R.PLAN,
            0.85,
            r"(?:i have|i have got|i made|i have made|i came up with|there is) (?:a |my |the )?(?:plan|plans) (?:to|for|on how|of how) (?:do it|take|jump)|(?:have|got|with) a plan and (?:the |all the )?(?:tools|means|stuff|things|everything|what i need) (?:to do it|i need|ready)|(?:my|the) plan is (?:the |for |pills|a |my )|i (?:have |already )?(?:planned|been planning|worked out|figured out) (?:the (?:date|day|time|place|spot|details|method)|what to (?:say|write) in the (?:letters?|notes?))",
        ),
        (
            "know_which",
            R.PLAN,
            0.75,
            r"i (?:already )?know (?:exactly )?(?:how|when|where) (?:i am going to|i will|i would|to) do it|(?:i )?already (?:know|have|picked|chose|chosen|decided) (?:the |my )?(?:method|way|place|spot|date|day)(?= *$|[.,;!?]| and)|i (?:already )?know (?:exactly )?what i would (?:use|take|do)(?= *$|[.,;!?]| and| if)|i know (?:that|it|this|that will|it will|thatll|itll) (?:will |would )?(?:do it|do the job|kill me)(?= *$|[.,;!?]| and| because)|i (?:already )?know (?:exactly )?which (?:bridge|building|pills|place|spot|day|date|cliff|train|meds)",
        ),
        (
            "date_set",
            R.PLAN,
            0.85,
            r"(?:method|spot|place|date|day|time|location) (?:is )?(?:picked|chosen|set|decided|sorted|booked)(?= *$|[.,;!?]| and| already)|(?:set|picked|chosen|chose|decided on|settled on) (?:a |the )?(?:date|day|time|spot|place|location|method)|(?:the date|the day) is set|(?:the|a) (?:date|day) i have in mind|(?:there is|i have|i have got|i gave myself|i have given myself|i set|i have set|my|with) (?:an |a )?(?:end|exit|final) date|i have (?:got )?(?:the|a) (?:date|place|method|spot|time),? (?:and )?(?:the|a) (?:date|place|method|spot|time)",
        ),
    ],
    anchored=True,
)

TIMEFRAME = rules(
    "suicide",
    None,
    [
        (
            "soon",
            R.TIMEFRAME,
            0.5,
            r"{SOON}|(?:it|them|all) (?:right )?now|i am ready(?= *$|[.,;!?])|it is time(?= *$|[.,;!?])|(?:tomorrow|tonight|today) is the (?:day|night)(?= *$|[.,;!?])",
        ),
        (
            "later",
            R.TIMEFRAME,
            0.4,
            r"{LATER}|that (?:night|day)|when my (?:parents|family|wife|husband|partner|son|daughter|kids|flatmates|roommates?) (?:\w+ ){0,3}?(?:go|goes|leave|leaves|are away|is away|go away)|when everyone(?:'s| is) (?:\w+ )?(?:gone|out|away|at church|at work|asleep)",
        ),
        (
            "last_night",
            R.TIMEFRAME,
            0.8,
            _LAST
            + r"|{NOT_PREVIOUS}(?:my|this is my|tonight is my|today is my) last (?:night|day|week|post|message|goodbye)",
        ),
    ],
    subject="self",
    negatable=False,
    anchored=True,
)

_TAKEN = r"(?<!having )(?:took|taken|swallowed|downed|ingested|injected|popped)"
# A box of laxatives or sweets is no overdose of tablets (purging is the eating rules').
_NOT_TABLETS = (
    r"(?:\w+ )?(?:laxatives?|vitamins?|chocolates?|cereal|cookies|biscuits|tissues|crackers"
    r"|candy|sweets|mints|gum|water|juice|wine|beer|cider)\b"
)
_LOT = (
    r"(?:all|a lot|a bunch|the whole|a whole|a full|{PILL_COUNT}|twenty|thirty|forty|fifty|sixty|a handful|handfuls|too many"
    r"|loads|every|the rest|way too many|an entire|my whole|his whole|her whole|enough|half)"
)

# C-SSRS 6: behaviour. Attempts under way are also a medical emergency (see medical.py).
BEHAVIOUR = rules(
    "suicide",
    SI,
    [
        (
            # C-SSRS counts holding a gun to oneself as preparation (loading it: prep_weapon).
            "prep_weapon_ready",
            R.PREPARATORY_ACT,
            0.85,
            r"(?:gun|pistol|rifle|shotgun|revolver|barrel)(?: is)? (?:in my (?:lap|mouth)|(?:pressed )?(?:to|against|under) my (?:head|temple|chin|mouth))|(?:holding|held|hold|pointing|pointed|put|putting|pressed|pressing) (?:my |the |a |dad's |\w+'s )?(?:gun|pistol|rifle|shotgun|revolver)(?: \w+){0,2}? (?:to|against|at|in|under) my (?:head|temple|chin|chest|mouth)",
        ),
        (
            "prep_note",
            R.PREPARATORY_ACT,
            0.9,
            r"(?:put|left|hid|placed) (?:a |the |my )?(?:letter|note|letters|notes) (?:in|on|under) (?:[\w']+ ){0,3}?so (?:she|he|they|my \w+|someone) (?:finds?|will find|would find|sees?)|(?:left|wrote|put) (?:[\w']+ ){0,4}?(?:a |the )note (?:[\w']+ ){0,4}?for (?:my )?(?:parents|mum|mom|dad|wife|husband|family|kids|children|partner|sister|brother)|(?:wrote|written|writing|write|left|leaving|finished|drafted|drafting) (?:a |my |the |his |her )?(?:suicide |goodbye |farewell |last )(?:note|notes|letter|letters)|(?:wrote|written|writing|finished|drafted|drafting|left) (?:my |his |her |the )note\b|(?:wrote|written|writing|finished|drafted|drafting) (?:my |his |her |the )(?:letters(?= *$|[.,;!?]| and)|(?:notes|letters)(?= (?:for|to) (?:my|everyone|them)))|(?:written|wrote|writing|left) (?:\w+ )?letters? (?:to|for) (?:everyone|each of|all of|my (?:family|kids|children|parents|wife|husband|mum|mom|dad|friends|sister|brother))|(?:my|a|his|her) suicide note",
        ),
        (
            "prep_affairs",
            R.PREPARATORY_ACT,
            0.85,
            r"(?:gave|giving|give|given) away (?:all (?:of )?(?:my|his|her)|my|his|her) (?!old |spare |unused |extra |outgrown )(?:\w+ ){0,2}?(?:things|stuff|belongings|possessions|pets?|cat|dog|guitar|games|clothes|collection|books|bike|savings)|(?:put|putting|getting|got) (?:my |his |her )?(?:affairs|things|everything|life) in order|(?:tie|tying|tied) up (?:all )?(?:the |my )?loose ends|(?:deleted|deleting) (?:all )?(?:my|his|her) (?:accounts|socials|social media|instagram|facebook)|(?:cancelled|canceled|cancelling) (?:everything|my (?:phone|contract|subscriptions|lease|insurance))|(?:moved|transferred|moving) (?:all )?my (?:money|savings) (?:to|into)|(?:gave|giving|give|given) (?:all )?(?:my|his|her|their) (?:\w+ )?(?:things|stuff|belongings|possessions) away",
        ),
        (
            "prep_acquire",
            R.PREPARATORY_ACT,
            0.9,
            r"(?:bought|buying|purchased|ordered|picked up|collected|collecting|got) (?:a |an |the |some |enough |more |my |his |her )?(?:rope|noose|gun|pistol|firearm|shotgun|rifle|bullets|ammo|charcoal|helium|razor blades|hose|hosepipe|tubing)(?! (?:for|to) (?:\w+ ){0,2}?(?:hunting|camping|climbing|the range|work|bbq|barbecue|practice|target|shooting|self defen[cs]e|protection|garden|boat|project|party|my (?:dad|job|brother|son))|(?:for|to) (?:the )?(?:camping|hunting|climbing|bbq|party|garden))|(?:researched|researching|looked up|looking up|googled|googling) (?:ways|methods|how) to (?:die|kill {ANY_SELF}|end it|overdose|hang)|(?:been )?researching (?:suicide )?methods(?= *$|[.,;!?]| for| and| online)|(?:tied|tying|tested|testing) (?:a |the )?(?:noose|knot|rope)|(?:hose|pipe|tube|tubing) (?:for|to|from|into|on) the (?:car )?exhaust|the (?:rope|noose) is (?:up|ready|tied|hung|set up)|(?:set|setting) (?:it|the rope|everything) up(?= *$|[.,;!?])",
        ),
        (
            "prep_stockpile",
            R.PREPARATORY_ACT,
            0.9,
            r"(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stashed|stashing|putting aside|put aside|set aside|setting aside|saving up|saved up|squirrel(?:l)?ed away|been keeping) (?:up )?(?:all |a few |some |enough |more )?(?:of )?(?:my |his |her |the |their )?(?:\w+ )?(?:{PILLS})|(?:{PILLS}) (?:are |is )?(?:all )?(?:counted|lined up|laid out|crushed|sorted out|in a pile|piled up)|(?:counted|lined up|laid out|crushed) (?:out )?(?:all )?(?:my |the )?(?:{PILLS})|(?:em|them) all in a pile|(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stashed|stashing) (?:up )?(?:all )?(?:of )?(?:my |his |her |the |their )?[\w']+ (?:\w+ )?(?:{PILLS})|(?:{PILLS}) (?:saved|stashed|stockpiled|hidden away)|(?:hiding|hid|hidden|keeping) (?:my |the |all my )?(?:\w+ )?(?:{PILLS})(?: \w+){0,4}? instead of taking them|(?:buying|bought|buy|getting|got) (?:\w+ ){0,3}?(?:{PILLS})(?: \w+){0,2}? from (?:different|two|three|four|several|multiple|lots of|loads of) (?:different )?(?:shops|supermarkets|pharmacies|chemists|stores|places)|a (?:pack|box|packet) here and a (?:pack|box|packet) there|(?:{PILLS}) (?:i have been|i have|i|i had been) (?:saving|saved|stockpiling|hoarding|collecting|stashing|keeping)",
        ),
        (
            "prep_weapon",
            R.PREPARATORY_ACT,
            0.9,
            r"(?:took|take|taken|got|get|getting|took out) (?:my |his |her |the |a )?(?:\w+'s )?(?:gun|pistol|rifle|shotgun) (?:out of|from) (?:the |his |her |my )?(?:safe|cabinet|closet|drawer|locker|case)|(?:loaded|loading) (?:the|my|a|his|her) (?:gun|pistol|rifle|shotgun)|(?:the |my )?(?:gun|pistol|rifle|shotgun|revolver)(?:'s| is) (?:loaded|cocked)",
        ),
        (
            "rehearsal",
            R.PREPARATORY_ACT,
            0.85,
            r"(?:stood|standing|sat|sitting) (?:on|at) (?:the |a )?(?:overpass|bridge|roof|rooftop|cliff|ledge|platform edge) (?:for (?:like |about |almost |nearly )?(?:an hour|hours|ages|a while|\d+ (?:minutes|mins|hours))|until|till|and (?:thought|looked down|almost))|tested (?:it|the (?:belt|rope|cord|beam|hook|knot|branch|rail|bar)) (?:\w+ )?(?:with|under|for|can take) my (?:\w+ )?weight|(?:found|picked|chosen|chose|got) (?:a|the) (?:spot|place|beam|hook|branch|rail|bar|point)(?: [\w']+){0,7}? (?:that will|that would|that can|that could|that is strong enough to|strong enough to|to) (?:(?:hold|take) (?:me|my weight|a person|someone|a body|the weight)|hold(?= *$|[.,;!?]))|(?:stood|standing|sat|sitting|went|walked|drove|climbed|been) (?:on|at|to|up to|on top of|on the edge of|over|by) (?:the |a )?(?:\w+ )?{EDGE}(?! of (?:the |my |a |our )?(?:tub|bath|bathtub|bed|sofa|couch|chair|seat|desk|table|sink|pool|stage|counter|mattress|bench|kerb|curb))|(?:drove|went|walked|been going|go|keep going) (?:to|up to) (?:the |a )?(?:cliffs?|bridge|tracks|roof|rooftop|overpass) (?:\w+ ){0,3}?(?:and (?:sat|stood|looked)|to (?:look|think))|(?:held|holding|put|had) (?:the |a |my )?(?:gun|knife|blade|razor|rope|noose|pills) (?:to|against|in|around|on) (?:my|the)(?: \w+)?",
        ),
        (
            "armed_self_now",
            R.ATTEMPT,
            0.9,
            r"(?:knife|blade|razor|gun|pistol|barrel|rope|noose|belt|cord|cable|scarf|ligature) (?:is |are |was )?(?:pressed )?(?:against|on|to|at|around|in) my (?:wrists?|throat|neck|head|temple|mouth|chest)",
        ),
        (
            "at_edge_now",
            R.ATTEMPT,
            0.9,
            r"(?:i am|i am just|i am currently|currently|i have been|been|he is|she is|they are) (?:\w+ )?(?:standing|sitting|parked|waiting|up here|perched|stood|sat|on|at|by|near|here) (?:on|at|by|near|in|on top of|at the top of|on the edge of)? ?(?:the |a |my )?(?:\w+ ){0,2}?{EDGE}|(?:livestreaming|streaming|posting|texting|calling|filming|typing this|writing this|messaging you) from (?:a |the )?(?:top of the )?(?:\w+ )?(?:railing|ledge|edge|roof|rooftop|bridge|{HIGH_PLACE})|(?:climbed|climbing|climb) (?:over |onto )?(?:the |a )?(?:railings?|barrier|parapet)(?= *$|[.,;!?]| and| now)|(?:standing|sitting|stood|sat|perched|crouching) on (?:the |a |his |her |their |my )?(?:window ?sill|window ledge|ledge|roof edge|edge of the roof|railing|parapet) (?:of|on|at) (?:the |a |our |my |his |her |their )?(?:\w+ ){0,2}?(?:floor|storey|building|block|tower|bridge|car park|flat|apartment)(?: [\w']+){0,3}? and (?:will not|wo not|refuses to|is refusing to|refusing to) (?:come (?:in|inside|down|back)|get down|move|let (?:me|anyone) near)",
        ),
        (
            "aborted",
            R.ATTEMPT,
            0.9,
            r"(?:went|cut) deeper (?:[\w']+ ){0,5}?on purpose|i wanted it to be the last time(?= *$|[.,;!?])|(?:cut|went|slashed) (?:\w+ )?deep(?:er)? (?:this time )?on purpose|(?:it is|its) not stopping and i (?:do not|dont) want it to|(?:on purpose|deliberately)(?: this time)?,? (?:because |and )?i (?:wanted|meant) (?:it|this) to be the end|(?:cut|went|slashed|took|swallowed|jumped|drove)(?: [\w']+){0,6}?,? (?:because |and )?i (?:wanted|meant) (?:it|this) to be the end(?= *$|[.,;!?])|(?:was|been|stood|standing|climbed|sat|sitting|i am|got) (?:on |over |over to |onto |to )?(?:the )?(?:outside|wrong side|other side) of the (?:railing|rail|fence|barrier|guard ?rail|balcony)|(?:in (?:the|my) (?:closet|wardrobe|garage|attic|shed|basement|loft|bathroom)) (?:\w+ ){0,2}?tying (?:it|the rope|a noose|the noose|the belt|the cord)|tying (?:the )?(?:rope|noose|belt|cord) (?:to|around|over) (?:the |a |my )?(?:closet|rail|beam|door|banister|hook|pipe|neck)|(?:i was|i am|i have been|been|was) (?:(?!not\b|never\b)\w+ )?trying to (?:die|kill myself|end (?:it|my life)|take my (?:own )?life)(?= *$|[.,;!?]| (?:earlier|tonight|today|last|this|yesterday|again|and|but|when)\b)|(?:did not|could not|never|did not have the guts to) (?:go|went) through with it|almost (?:ended up |end up )?(?:killed {ANY_SELF}|killing {ANY_SELF}|did it|jumped|went through with it|overdosed|hung {ANY_SELF}|ended it)|(?:only|one) reason i (?:did not|have not) (?:\w+ )?(?:kill(?:ed)? myself|go through with it|gone through with it|end(?:ed)? it|jump(?:ed)?) (?:tonight|today|last night|this morning|yesterday|this afternoon|this evening)|(?:stopped|pulled back|backed out|chickened out|could not go through with it|talked myself out)(?: of it)?(?: at the last (?:minute|second))|(?:was about to|was going to) (?:kill {ANY_SELF}|jump|do it|overdose|end it) *,? (?:but|when|and (?:then )?(?:he|she|they|someone|somebody|my \w+) (?:walked|came|burst|barged|knocked|called|found|saw|stopped))|(?:swam|climbed|stepped) back at the last (?:second|minute)|(?:pulled|talked) me (?:back|down) (?:from|off)|(?:found|caught|stopped|walked in on) me (?:just )?before i could (?:finish|do it|go through with it|jump|swallow|take (?:them|it|the \w+)|tie it|kick the)|(?:found|caught|stopped|walked in on) me (?:\w+ ){1,6}?before (?:anything (?:really |bad |serious )?happened|it was too late|i (?:could|had) (?:finished|gone through with it|done it))|(?:had|put|tied|wrapped|tightened) (?:the |a |my )?(?:belt|rope|cord|scarf|noose|ligature|cable|charger cable|sheet|shoelace|dog lead|leash)s? (?:around|round) my neck",
        ),
        (
            "attempt_now",
            R.ATTEMPT,
            0.95,
            r"(?:\bi (?:already|just) (?:swallowed|downed) (?:them|it|the lot)|(?:swallowed|downed|took) (?:them|it)[.,]? all of (?:them|it)|(?:swallowed|downed) (?:them|it) all)(?= *$|[.,;!?]| and| with)|"
            r"(?:i |i have |i just |just |i have just |she |he |they )?"
            + _TAKEN
            + r" (?:like |about |around |maybe |roughly |over |nearly |almost )?(?:"
            + _LOT
            + r")(?: of)? (?:my |the |those |these |his |her |their |a |bottle of )?(?:[\w']+ ){0,4}?(?:{PILLS}|bottle|packet|pack|box|blister|prescription|overdose)"
            + r"(?! of "
            + _NOT_TABLETS
            + r")|"
            + _TAKEN
            + r" (?:a|an entire|the|my|his|her) (?:whole |full |entire )?(?:bottle|packet|box|pack|strip|blister|tub|jar) of(?! "
            + _NOT_TABLETS
            + r")|"
            + _TAKEN
            + r" (?:an?|the|my) overdose|(?:i |i have |i just |just |he |she )?(?:overdosed|od'?d|oded) on (?:my |his |her |the )?(?!(?:heroin|fentanyl|coke|cocaine|meth|mdma|ket|drugs|molly|acid)\b)(?:\w+ )?(?:{PILLS})(?: on purpose)?|(?:drank|drunk|swallowed|ingested) (?:some |a bottle of |a cup of |the )?(?:bleach|antifreeze|poison|rat poison|drain cleaner|weed killer|pesticide)|(?:i |i have )?(?:just )?(?:slit|cut open) my (?:wrists?|throat)|(?:i |i have )?just (?:cut|slashed) my (?:wrists?|throat)|i am (?:on|at) the (?:bridge|edge|ledge|roof|rooftop|tracks) (?:right )?now (?:and|,)? ?(?:i am going to|i will|about to)|the (?:noose|rope) is (?:around my neck)|i am bleeding out|in (?:the|a|my|his|her) garage with the (?:car|engine) running|(?:car|engine) running(?: \w+){0,5}? (?:hose|pipe|tube) (?:in|through|into) the (?:window|car)|i (?:have )?(?:just )?overdosed(?= *$|[.,;!?]| (?:on (?!(?:heroin|fentanyl|coke|cocaine|meth|mdma|ket|drugs))|last|yesterday|again|and|\w+ (?:days?|hours?|minutes?|weeks?) ago))|i (?:just )?overdose(?= *$|[.,;!?]| (?:on (?!(?:heroin|fentanyl|coke|cocaine|meth|mdma|ket|drugs))|again|and)\b| (?:\w+ ){0,3}\w+ (?:hours?|minutes?) ago)|(?:cut|slit|slashed) my (?:wrists?|throat)(?: \w+){0,3}? (?:and|,) (?:there is|it is|so much|blood|it will not stop)|meant to (?:do it|die|kill myself|end it) this time|jumped (?:but|and) (?:did not|didn't) die|(?:car|engine) is running in the (?:closed |locked |shut )?garage|(?:engine|car) (?:is |was )?running(?: \w+){0,6}? garage (?:door )?(?:is )?(?:shut|closed|locked)|garage (?:door )?(?:is )?(?:shut|closed|locked)(?: \w+){0,6}? (?:engine|car) (?:is )?(?:running|on)|(?:he|she|they|(?!i\b)\w+) (?:has |had |just )?overdosed(?= *$|[.,;!?]| (?:on (?!(?:heroin|fentanyl|coke|cocaine|meth|mdma|ket|drugs)\b)|last|yesterday|today|tonight|this morning|earlier|again|and|\w+ (?:days?|hours?) ago))|(?:drank|drunk|swallowed|ingested) (?:some |a bottle of |the )?(?:weedkiller|paraquat|insecticide|slug pellets|lighter fluid)|(?:took|swallowed|taken) everything (?:in|from) (?:the|my) (?:medicine )?(?:cabinet|cupboard|drawer|bathroom|house|kitchen)|(?:jumped|jumping|stepped|threw myself|stabbed myself|hanged myself|hung myself|drank|swallowed|took|crashed|drove) (?:\w+ ){0,6}?(?:to die|to end it|to end my life|to kill myself)(?= *$|[.,;!?]| and| but| so)|(?:stabbed|cut|shot|burned|hanged|hung) myself (?:[\w']+[ ,]+){0,10}?i meant it(?= *$|[.,;!?]| and| this time)",
        ),
        (
            "exhaust_now",
            R.ATTEMPT,
            0.9,
            r"(?:engine|car|motor) (?:is )?(?:on|running),? (?:and )?(?:the )?garage (?:door )?(?:is )?(?:shut|closed|down|locked)|(?:i am|i am sitting|i am sat|i am lying|sitting|sat|lying) in (?:my|the) car (?:\w+ ){0,3}?(?:engine|motor) (?:running|on) (?:\w+ ){0,2}?in (?:the|a|my) (?:\w+ )?garage|(?:engine|motor) (?:is )?running (?:\w+ ){0,2}?(?:garage|the hose|a hose|the pipe) (?:door )?(?:is )?(?:shut|closed|taped|attached)",
        ),
        (
            "attempt_past",
            R.PAST_ATTEMPT,
            0.9,
            r"having (?:taken|done|attempted|survived) (?:a |an |my )?(?:\w+ )?(?:overdose|od|suicide attempt)(?= *$|[.,;!?]| i | and| when| at| in| years| last)|i tried (?:and|but) (?:ended up|woke up|landed|spent \w+ days) (?:in )?(?:the )?(?:icu|er|hospital|a and e|psych ward|intensive care)|(?:found|reached|got to) me in time|i tried (?:at \d+|when i was \d+)(?= *$|[.,;!?]| and| but)|(?:from|since|after|before) (?:the|my) attempt(?= in| last| \w+ (?:years?|months?) ago| (?:at|when)|[.,;!?]| *$)|(?:(?:^|(?<=[.!?] ))(?=tried)|i |i have |when i |after i |since i |i had )(?:already |actually |once |twice |previously |even |also |really |just )?(?:tried|attempted|tried to|have tried) (?:to )?(?:kill {ANY_SELF}|suicide|commit suicide|end (?:it|my life)|take my (?:own )?life|overdose|hang (?:{ANY_SELF}|me)|jump|drown {ANY_SELF}|shoot {ANY_SELF}|poison {ANY_SELF}|(?:cut|slit) my (?:wrists?|throat))|i (?:try|attempt) to (?:kill myself|end my life|end it|overdose) (?:on occasion|sometimes|every|often|a lot|now and then|regularly)|(?:(?:^|(?<=[.!?] ))|\bi (?:have )?|\bi even )tried to (?:(?:[\w']+ ){0,4}?[\w']+, ){1,4}?(?:and |or )?(?:to )?(?:kill {ANY_SELF}|end my life|take my (?:own )?life|overdose)(?= *$|[.,;!?]| and| or)|(?:botched|failed|unsuccessful) (?:suicide|poisoning|overdose|hanging|od) attempts?|(?:a |my |bout of |string of |two |three |several |multiple )suicidal attempts?|(?:pissed|angry|upset|disappointed|annoyed|mad|gutted|sad) (?:that )?(?:it|they|the (?:pills|rope|overdose|attempt)) (?:could not|did not|failed to) (?:finish the job|kill me|do the job)|(?<!he )(?<!she )(?<!they )(?<!someone )(?<!somebody )(?<!who )(?<!he has )(?<!she has )tried to (?:take|end) my (?:own )?life|woke up in (?:the |a )?(?:er|icu|a and e|intensive care|hospital|emergency room|psych ward) (?:\w+ ){0,4}?after (?:[\w']+ ){0,8}?(?:(?:{PILLS})s?|overdos\w*|trying to|attempting|killing myself|kill myself)|(?:took|taking|using|used|swallowed|drank|mixing|mixed|cut|cutting|jumped) (?:[\w']+ ){0,12}?with (?:the|every|full) intent(?:ion)? (?:of|to) (?:killing|kill|ending|end|dying|die)|(?:after|since|before|during) (?:trying|attempting) to (?:kill {ANY_SELF}|end (?:it|my life)|take my (?:own )?life)|(?:my|previous|\d+(?:st|nd|rd|th))(?: (?:last|first|second|third|previous|latest|most recent|recent|only))? (?:suicide )?attempts?(?! (?:at|to|on|of) )|(?:a|an|the|last|first|second|third) (?:\w+ )?suicide attempts?|survived (?:an|my|a) (?:suicide )?(?:attempt|overdose)|attempted suicide|(?:drove|crashed|steered|swerved) (?:my |the )?car (?:\w+ ){0,4}?on purpose|i tried (?:last night|yesterday|this morning|again)[.,;]? (?:and )?it did not work|(?:after|since|before) my (?:overdose|od)|(?:discharged|released|let out|sent home|came home|got home|got out) (?:[\w&']+ ){0,6}?(?:after|following) (?:the|my) (?:overdose|od|attempt)|(?:made|make|making) (?:an|a|my|one|another|two|three|several) (?:\w+ )?(?:suicide )?attempts?(?! (?:at|to|on) (?!(?:my life|suicide|ending|killing|end|kill)\b))(?= *$|[.,;!?]| (?:by|with|on|in|when|at|last|years|months|and|but)\b)|attempted (?:twice|once|\d+ times|several times|multiple times|three times)|i (?:have )?attempted(?= (?:years|months|before|once|twice|in|when|at|back|\d|a few|several|many|multiple|on|last|yesterday|recently|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of) (?:days?|weeks?|months?|years?) ago|this (?:week|month|year|morning|weekend)|earlier (?:today|this))\b|[,.!;]|$)|i tried(?= (?:once|twice|\d+ times|years ago|before|in (?:college|high school|school|uni|my \w+))\b)(?! (?:once|twice|\d+ times) (?:this|last) (?:week|month|weekend)| (?:once|twice|\d+ times) (?:and|but) (?:made|lasted|only|managed|failed|could not))|(?:years|months) since my attempt|(?:i |i have |i had |(?:^|(?<=[.!?] )))(?:tried|attempted) (?:\w+ ){0,2}?(?:killing|hanging|drowning|poisoning|offing|shooting) {ANY_SELF}|(?:i |i have |i had |(?:^|(?<=[.!?] )))(?:tried|attempted) (?:\w+ ){0,2}?(?:ending|taking) my (?:own )?life|(?:i |i have |i had |(?:^|(?<=[.!?] )))tried (?:\w+ ){1,6}?to (?:end it|kill {ANY_SELF}|end my life|take my (?:own )?life|overdose)(?= *$|[.,;!?]| (?:and|but|by|when|last|in|on|again|twice|once))|(?:i |i have |i had )tried to (?:take|swallow|overdose on) (?:all (?:of )?(?:my|the) |a (?:bunch|bottle|handful|lot|whole bottle) of |too many |enough |some )?(?:pills|tablets)(?! (?:with|for|on time|every|but forgot))|attempting (?:again |suicide )?(?:quite )?(?:a few|several|many|multiple|\d+|two|three) times|(?:i had|i have had|i made|i have made|after|since|despite|following)(?: a| my)?(?: couple of| few| number of)?(?: \w+)?(?: failed| unsuccessful| botched| previous| past| prior| multiple| several| many| two| three| four| five| \d+)? suicide attempts?|survived (?:\w+ ){0,2}?suicide attempts?|(?:^|(?<=[.!?] )|\bi )attempted(?= and (?:woke|ended|was|spent|survived|got)| (?:when|at|in) (?:i was|age|\d|high school|college|uni)| (?:twice|once|three times|again)\b)",
        ),
    ],
)

# Loose ends tied up: one alone is ordinary ("sorted my will"); beside another, or beside
# suicide evidence, it is preparation.
SOFT_AFFAIRS = rules(
    "suicide",
    SI,
    [
        (
            "prep_affairs_soft",
            R.PREPARATORY_ACT,
            0.7,
            r"(?:wrote|written|writing|finished|drafted|drafting) (?:my |his |her |the )notes(?= *$|[.,;!?]| and)|(?:burial )?(?:plot|grave|headstone|funeral|cremation)(?: [\w']+){0,5}? (?:is |are |was )?(?:paid for|prepaid|bought|arranged|booked|sorted)|(?:deeded|signed|transferred) (?:the |my )?(?:house|flat|car|property)(?: over)? to|(?:written|wrote) to each of (?:my |the )?\w+|(?:the |my )?letters are (?:stamped|written|sealed|addressed|ready)|(?:found|finding|find|need to find) (?:a )?(?:new )?homes? for (?:my|both my|all my|both of my) (?:\w+ )?(?:cats?|dogs?|pets?|rabbits?)|(?:signed|signing|transferred|transferring) (?:my |the )?(?:car|house|flat|savings|accounts?|pension|business)(?: \w+){0,2}? over to|(?:left|leaving|wrote|written|writing) (?:down )?(?:all )?(?:my |the )?(?:passwords?|pin numbers?|bank details|account details)(?: \w+){0,4}? (?:for|to|with|in) |(?:left|leaving|put) (?:an |one |\w+ )?envelopes? (?:for|with|to|on)|(?:sorted|sorting|made|making|wrote|writing|updated|updating|finalised|finalized) (?:out )?my (?:will|funeral)|(?:made|making|wrote|writing) (?:a |the )?list of who (?:gets|should get|will get) what|the password (?:for|to) my (?:\w+ )?(?:laptop|phone|computer|accounts?) is",
        ),
        (
            "prep_giveaway",
            R.PREPARATORY_ACT,
            0.6,
            r"(?:giving|gave|give|given|selling|sold|sell) (?:away |off )?(?:all |most )?(?:of )?(?:my|his|(?<=away )her|(?<=off )her|(?<=of )her|her(?=(?: \w+){1,3} (?:away|to)\b)) (?!old |spare |unused |extra |outgrown )(?:\w+ ){0,2}?\w+(?: away)?(?!(?: [\w']+){0,4}? (?:to (?:pay|cover|make|afford)|for (?:rent|cash|money|the rent|bills)))|(?:she|he|they|you) can (?:have|keep) my (?!(?:years|time|life|spot|place|seat|turn|share|remaining years)\b)(?:\w+ ){0,2}?\w+",
        ),
        (
            "no_longer_need",
            R.FAREWELL,
            0.7,
            r"(?:will not|am not going to|not going to) need (?:them|it|this|that|these|those|her|him|any of (?:it|this|them|that)|(?:my|the) \w+)(?= anymore| any more| where i am going| after (?:tonight|today|tomorrow|this week|this weekend|\w+day)| much longer| for much longer)|(?:will not|am not going to|not going to) be needing (?:them|it|this|that|these|those|her|him|any of (?:it|this|them|that)|(?:my|the) \w+)(?=\s*[^\w\s]|\s*$| anymore| any more| where| after| much longer| for much longer| soon)",
        ),
    ],
    anchored=True,
)

# "so my family won't be the ones to find me" carries its own negation.
FOUND = rules(
    "suicide",
    SI,
    [
        (
            "prep_found",
            R.PREPARATORY_ACT,
            0.85,
            r"(?:want to|will|would) be found in|(?<!would be )(?:the ones|who) (?:to|will) find me|(?:have|has) to be the one (?:who|that|to) finds? me|find my body|(?:so|where) (?:no one|nobody) (?:will|would|can|could) find me",
        ),
    ],
    negatable=False,
)

# "my mum found the rope in my closet": someone else finds what the writer kept ready.
FOUND_BY_OTHER = rules(
    "suicide",
    SI,
    [
        (
            "prep_found_by_other",
            R.PREPARATORY_ACT,
            0.85,
            r"(?:found|saw|discovered|took) (?:the |my )(?:rope|noose|suicide note|note|letters|stash|pills i (?:saved|was saving|had saved)) (?:in|under|behind) my (?:closet|room|drawer|bed|wardrobe|bag|backpack|desk)",
        ),
    ],
    subject="self",
)

# "i found a noose in his wardrobe": the writer finds what someone else kept ready.
FOUND_THEIRS = rules(
    "suicide",
    SI,
    [
        (
            "prep_found_theirs",
            R.PREPARATORY_ACT,
            0.85,
            r"(?:found|saw|discovered|came across) (?:a |the |some |an )?(?:rope|noose|suicide note"
            r"|goodbye (?:note|letters?)|stash of (?:pills|tablets)|pills (?:he|she|they) (?:had )?"
            r"(?:saved|hidden|been saving)|razor blades?|blades) (?:\w+ )?(?:in|under|behind|hidden"
            r" in) (?:his|her|their) (?:closet|room|bedroom|drawer|bed|wardrobe|bag|backpack|desk"
            r"|car|locker)",
        ),
        (
            # "he hasn't come back and the rope from the shed is gone": gone with the means.
            "means_gone_with_them",
            R.PREPARATORY_ACT,
            0.8,
            r"(?:{PERSON_OTHER} (?:has not|have not|hasnt|havent|did not|didnt|never)|and (?:has not"
            r"|hasnt)) (?:come|came) (?:back|home)(?:[ ,.]+[\w']+){0,30}?"
            r" (?:the |his |her |their |my |dad's |our )?(?:rope|noose|gun|pistol|rifle|shotgun"
            r"|pills|tablets|meds|hose|knife)(?: [\w']+){0,5}? (?:is|are|was|were|has|have) "
            r"(?:gone|missing|not there|been taken)|(?:the |his |her |their |my |dad's |our )?"
            r"(?:rope|noose|gun|pistol|rifle|shotgun|pills|tablets|meds|hose|knife)(?: [\w']+)"
            r"{0,5}? (?:is|are|was|were|has|have) (?:gone|missing|been taken)(?:[ ,.]+[\w']+){0,30}?"
            r" (?:(?:{PERSON_OTHER} (?:has not|have not|hasnt|havent|did not|didnt|never)|and (?:has"
            r" not|hasnt)) (?:come|came)"
            r" (?:back|home)|(?:he|she|they) (?:is not|are not|isnt|not)"
            r" (?:answering|picking up|replying|home)|(?:can not|cant|could not) (?:find|reach)"
            r" (?:him|her|them))",
        ),
    ],
    subject="other",
)

# "I haven't tried since 2013": the denial of a new attempt tells of an old one.
NOT_SINCE = rules(
    "suicide",
    SI,
    [
        (
            "attempt_not_since",
            R.PAST_ATTEMPT,
            0.8,
            r"(?:have not|had not|has not) (?:(?:tried|attempted) to (?:kill {ANY_SELF}|commit suicide|take my (?:own )?life|end my life)|attempted(?: suicide)?) (?:again )?since",
        ),
    ],
    negatable=False,
)

# Everyday life admin ("cancelled the gym", "paid back what i owed"): any number of such
# acts make one cue, which needs a different cue or suicide evidence beside it to count.
LIFE_ADMIN = rules(
    "suicide",
    SI,
    [
        (
            "prep_admin",
            R.PREPARATORY_ACT,
            0.6,
            r"(?:cancelled|canceled|cancelling) (?:my |the )?(?:gym|phone|contract|subscriptions?|memberships?)|(?:paid|paying|pay) (?:back )?(?:everyone|all|everything|the \w+|what) (?:\w+ )?i (?:owed|owe)(?: \w+)?(?: back)?",
        ),
    ],
    anchored=True,
    cue_group="life admin",
)

# Intent to die said of a wound the writer has just made ("cut really deep this time, i
# wanted it to be the last", "it won't stop bleeding and i don't want it to"). Alone the
# words are ordinary ("i want this to be the last one"); beside a wound they make the
# self-injury an attempt (see ``scoring.cssrs_step``).
WOUND_INTENT = rules(
    "suicide",
    SI,
    [
        (
            "wound_intent",
            R.INTENT,
            0.85,
            r"(?:wanted|want|meant|hoped|hope|hoping|wish|wished) (?:it|this|that|these|this one|it all) to be (?:the )?(?:last|end)(?= *$|[.,;!?]| one\b| of me\b)"
            r"|(?:do not|dont|did not|didnt) (?:\w+ )?(?:really )?want (?:it|them|the bleeding|this|the blood) to(?: stop)?(?= *$|[.,;!?]| this time| now)"
            r"|(?:hope|hoping|want|wanted|wish|praying|pray) (?:that )?(?:i (?:will |just )?|to )bleed (?:out|to death)",
        ),
    ],
    subject="self",
    needs=frozenset({R.MEDICAL_EMERGENCY}),
)

# Doing it again, said after an attempt ("i attempted years ago. now i want to do it again
# tonight"): "it" is the attempt, so the match counts beside any suicide evidence of the
# text or conversation, a past attempt included; "ill try again next week" alone is not.
AGAIN = rules(
    "suicide",
    SI,
    [
        (
            "intent_again",
            R.INTENT,
            0.85,
            r"(?:i (?:really |still )?(?:want|wanna|need|am going|have decided|decided) to|i am gonna"
            r"|i will|i am about to|i am ready to|going to|gonna) (?:(?!not |never )\w+ )?"
            r"(?:do it|try(?: it)?|attempt(?: it)?|go through with it) again(?! (?:with|for) )"
            r"|(?:try|trying|do it|attempt) again (?:tonight|today|tomorrow|this weekend|soon"
            r"|this week|next week|right now|now)\b",
        ),
        (
            "plan_again",
            R.PLAN,
            0.75,
            r"(?:planning|plan|planned|making plans) (?:on |to )(?:doing it|do it|trying|try"
            r"|attempting|attempt) (?:it )?again",
        ),
    ],
    needs=frozenset({R.PAST_ATTEMPT, R.ATTEMPT, R.DESIRE, R.IDEATION, R.INTENT, R.PLAN, R.METHOD}),
)

ALL = (
    FOUND + FOUND_BY_OTHER + FOUND_THEIRS + INTENT + PRO_ACT + PLAN + PLAN_ANCHORED + TIMEFRAME + BEHAVIOUR + SOFT_AFFAIRS
    + NOT_SINCE + LIFE_ADMIN + WOUND_INTENT + AGAIN
)  # fmt: skip
