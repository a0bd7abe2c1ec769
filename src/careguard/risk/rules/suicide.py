"""Suicide: the C-SSRS ladder from a wish to be dead to an attempt, and its risk factors."""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason
SI = Category.SUICIDAL_IDEATION

# C-SSRS 1: wish to be dead, passive ideation.
DESIRE = rules(
    "suicide",
    SI,
    [
        ("want_die", R.DESIRE, 0.8, r"{WANT} (?:to )?(?:just )?(?:die|be dead|not exist|disappear forever|cease to exist|stop existing|not be alive|not be here)"),
        ("wish_dead", R.DESIRE, 0.8, r"wish (?:that )?i (?:was|were|could be) (?:dead|gone|never born)|wish i (?:could|would) (?:just )?(?:die|not wake up|disappear)|wish i had never been born|wish i did not exist"),
        ("not_want_live", R.DESIRE, 0.85, r"(?:do|did) not (?:want|wanna|wish) to (?:live|be alive|exist|be here|wake up|go on|continue)(?: anymore| any more| any longer)?"),
        ("no_reason_live", R.DESIRE, 0.75, r"(?:no|not any|no more) (?:reason|point) (?:to|in) (?:live|living|go on|going on|be alive|being alive|stay alive)|(?:what|whats) (?:is )?the point (?:of|in) (?:living|being alive|life)"),
        ("better_off_dead", R.DESIRE, 0.85, r"(?:be |am |would be |are |is )?better off (?:dead|without me|if i (?:was|were) dead|if i was gone|if i were gone)"),
        ("not_wake_up", R.DESIRE, 0.8, r"(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up|hope i (?:do not|never) wake up|never wake up again|not wake up (?:tomorrow|in the morning|ever again)"),
        ("sleep_forever", R.DESIRE, 0.65, r"(?:want|wish|wanna) to (?:sleep|rest) forever|eternal sleep|permanent sleep"),
        ("tired_living", R.DESIRE, 0.7, r"(?:tired|sick|exhausted) of (?:living|being alive|life|existing|waking up)|(?:done|finished) with (?:life|living|everything|it all)|can not (?:do|take) (?:this|it|life) (?:anymore|any more|any longer)"),
        ("death_relief", R.DESIRE, 0.7, r"death (?:would be|is|sounds like) (?:a )?(?:relief|peaceful|welcome|the only way out|my only option|the answer)|(?:welcome|look forward to|pray for|praying for) death|hope i die"),
        ("want_end", R.DESIRE, 0.6, r"{WANT} (?:it|this|everything|the pain) (?:all )?to (?:end|stop|be over)|want (?:it|everything|all of this) (?:to be )?over"),
        ("kill_me", R.DESIRE, 0.45, r"(?:someone|somebody|god|please|just) (?:please )?(?:kill|end) me|(?:want|wish|wishing|hope) (?:someone|somebody|something|a car|a bus|a truck|god) (?:would |to |will )?(?:kill|hit|end) me"),
        ("disappear", R.DESIRE, 0.5, r"{WANT} to (?:disappear|vanish|fade away)(?: forever| for good| and never come back)?"),
    ],
)

# C-SSRS 2: active, non-specific suicidal thoughts.
IDEATION = rules(
    "suicide",
    SI,
    [
        ("kill_self", R.IDEATION, 0.95, r"(?:kill|killing|end|ending|take|taking|off|offing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|hurt and kill|unalive|unaliving) {SELF}"),
        ("end_it", R.IDEATION, 0.75, r"(?:end|ending|finish|finishing) (?:it|it all|everything|things|my suffering|this life)(?: all)?(?: for good| once and for all)?"),
        ("suicidal", R.IDEATION, 0.9, r"suicidal|suicide|take my (?:own )?life|commit suicide|kill my ?self"),
        ("thoughts_death", R.IDEATION, 0.7, r"(?:thinking|thought|thoughts|think) (?:about|of) (?:dying|death|not being here|ending (?:it|things|everything)|killing {SELF}|suicide|ways to die)"),
        ("not_be_here", R.IDEATION, 0.65, r"(?:will not|would not|might not|may not|am not going to) be (?:here|around|alive) (?:much longer|anymore|any more|tomorrow|next (?:week|year)|for long)"),
        ("check_out", R.IDEATION, 0.6, r"(?:check out|checking out|exit|leave this world|leave this earth|leaving this world|end my existence|join (?:him|her|them) (?:in heaven|soon))"),
        ("ctb", R.IDEATION, 0.8, r"catch the bus|ctb|sewer ?slide|self[- ]?delete|self[- ]?deleting"),
    ],
)

# Method, means and method seeking (C-SSRS 3).
METHOD = rules(
    "suicide",
    SI,
    [
        ("method_overdose", R.METHOD, 0.7, r"overdos(?:e|ing|ed)|(?:take|taking|swallow|swallowing) (?:all|a lot|loads|a bunch|the whole bottle|the rest|a handful) of (?:my |the |these |those )?(?:{PILLS})|(?:{PILLS}) and (?:alcohol|vodka|wine|whiskey|beer)"),
        ("method_hang", R.METHOD, 0.7, r"hang {SELF}|hanging {SELF}|(?:a|the) noose|tie (?:a|the) (?:rope|noose)|rope (?:around|round) my neck"),
        ("method_jump", R.METHOD, 0.7, r"jump(?:ing)? (?:off|from) (?:a|the|that|this) (?:bridge|building|roof|rooftop|cliff|balcony|tower|ledge|overpass)|jump(?:ing)? in front of (?:a|the) (?:train|bus|car|truck|subway)"),
        ("method_gun", R.METHOD, 0.75, r"(?:shoot|shooting) {SELF}|(?:gun|pistol|barrel) (?:to|in|against) my (?:head|mouth|temple)|blow my (?:brains|head) out"),
        ("method_cut", R.METHOD, 0.7, r"(?:slit|cut|cutting|slash|slashing|open) my (?:wrists?|throat|veins?)(?: open)?|bleed (?:out|to death)"),
        ("method_other", R.METHOD, 0.65, r"(?:crash|drive) my car (?:into|off)|carbon monoxide|car exhaust|charcoal (?:burning|grill) in|helium (?:tank|bag)|plastic bag over my head|drown {SELF}|walk into (?:the )?(?:sea|ocean|river|lake|traffic)|step in front of (?:a|the) (?:train|bus|car|truck)"),
        ("method_ref", R.METHOD, 0.45, r"(?:with|using|by) (?:a |the |my )?(?:{METHOD_NOUN})"),
    ],
)

MEANS = rules(
    "suicide",
    SI,
    [
        ("have_means", R.MEANS_ACCESS, 0.7, r"(?:i have|i have got|i got|i bought|i own|there is|there are|we have|i kept|i am holding|i am holding onto|in my hand|i keep) (?:a |an |my |the |some |enough |all (?:my |the )?|a (?:bottle|box|stash|bag|pack|packet|handful) of |(?:\d+|dozens of|a lot of|lots of|loads of|plenty of) )?(?:(?:loaded |sharp |new )?(?:{PILLS}|gun|pistol|rifle|shotgun|rope|noose|knife|blade|razor|razors|razor blades|charcoal|helium|bullets?))"),
        ("stockpile", R.MEANS_ACCESS, 0.85, r"(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stashed|stashing|stored|storing) (?:up )?(?:all )?(?:my |enough |the |some )?(?:{PILLS})"),
        ("enough_to", R.MEANS_ACCESS, 0.8, r"enough (?:{PILLS}) to (?:kill|end|die|do it|overdose|not wake up)"),
        ("access_place", R.MEANS_ACCESS, 0.55, r"(?:i am|i live|i work) (?:near|next to|on the top floor|on the \d+(?:th|st|nd|rd) floor|by) (?:a |the )?(?:bridge|train tracks|railway|cliffs?|tall building)"),
    ],
)

SEEKING = rules(
    "suicide",
    SI,
    [
        ("lethal_dose", R.METHOD_SEEKING, 0.85, r"lethal (?:dose|amount|quantity)|(?:fatal|deadly) (?:dose|amount)|(?:how many|how much) (?:{PILLS}|of (?:my|these|those|the) (?:{PILLS})|mg)(?: \w+){0,4} (?:to|would|will|does it take to|it takes to) (?:kill|die|overdose|end|be fatal|be lethal|stop (?:my|your) heart|not wake up)|(?:how many|how much) (?:\w+ ){0,2}(?:is|would be) (?:lethal|fatal|deadly|an overdose)"),
        ("painless_way", R.METHOD_SEEKING, 0.9, r"(?:painless|easiest|quickest|fastest|best|surest|most reliable|least painful|peaceful) (?:way|ways|method|methods) to (?:die|kill {SELF}|end (?:it|my life|things)|commit suicide|go)|how (?:do i|to|can i|would i|could i|should i|do you) (?:kill {SELF}|die painlessly|commit suicide|end my life|hang {SELF}|overdose|slit my wrists)"),
        ("tall_places", R.METHOD_SEEKING, 0.55, r"(?:bridges?|buildings?|cliffs?|towers?|rooftops?) (?:\w+ ){0,3}(?:are|is) (?:the )?(?:tallest|highest)|(?:tallest|highest|high|tall) (?:bridges?|buildings?|cliffs?|towers?|places?|rooftops?|parking (?:garages?|structures?))|(?:bridges?|buildings?|cliffs?) (?:taller|higher) than|how (?:high|tall|far) (?:does|would|do) (?:a |the )?(?:fall|bridge|building|jump|drop) (?:need to|have to|to) be|survive (?:a|the) (?:fall|jump) from|(?:fall|jump) from (?:a|the)? ?(?:\d+|how many) (?:stor(?:e)?y|stories|floors|feet|meters|metres)"),
        ("buy_weapon_fast", R.METHOD_SEEKING, 0.55, r"(?:where|how) (?:can|do|could) i (?:buy|get|find) (?:a )?(?:gun|rope|pills|sleeping pills|helium|charcoal|poison)(?: fast| quickly| today| without)?|(?:gun|firearm) (?:without|no) (?:a )?(?:background check|license|waiting period)"),
        ("which_method", R.METHOD_SEEKING, 0.6, r"(?:does|would|will|can) (?:\w+ ){0,3}(?:hurt|be painful|work|kill you|be quick)(?: \w+){0,3} (?:if i|if you) (?:jump|overdose|hang|cut|drown|shoot|take)"),
    ],
)

# C-SSRS 4-5: intent and plan.
INTENT = rules(
    "suicide",
    SI,
    [
        ("intent_kill", R.INTENT, 0.95, r"(?:i am |i |i have |i have finally |i finally )?(?:{INTEND}) (?:\w+ ){0,2}(?:kill {SELF}|end (?:it|it all|my life|things|everything)|take my (?:own )?life|commit suicide|do it|jump|hang {SELF}|overdose|shoot {SELF}|unalive {SELF}|go through with it)"),
        ("intent_made_up_mind", R.INTENT, 0.85, r"(?:made up my mind|my mind is made up|i am done(?: for good)?|this is (?:it|the end)|no turning back|nothing will stop me|nobody can stop me|i have decided)"),
        ("intent_this_time", R.INTENT, 0.8, r"(?:this time|next time) i (?:will|am going to|wo not|will not) (?:fail|mess (?:it )?up|survive|wake up|succeed)|(?:make sure|making sure) (?:i do not|i will not|it) (?:wake up|survive|works)"),
    ],
)

PLAN = rules(
    "suicide",
    SI,
    [
        ("have_plan", R.PLAN, 0.85, r"(?:i have|i have got|i made|i have made|i came up with|there is) (?:a |my |the )?(?:plan|plans)(?: to| for| on how| of how)?|(?:i have |i )(?:planned|been planning|worked out|figured out|decided) (?:it|how|when|where|the (?:date|day|time|place|details)|everything|the whole thing)"),
        ("know_how", R.PLAN, 0.75, r"i (?:already )?know (?:exactly )?(?:how|when|where) (?:i am going to|i will|i would|to) (?:do it|kill {SELF}|end it)"),
        ("date_set", R.PLAN, 0.85, r"(?:set|picked|chosen|chose) (?:a |the )?(?:date|day|time)|(?:the date|the day) is set"),
    ],
)

TIMEFRAME = rules(
    "suicide",
    None,
    [
        ("soon", R.TIMEFRAME, 0.5, r"{SOON}"),
        ("last_night", R.TIMEFRAME, 0.8, r"(?:my|this is my|tonight is my|today is my) last (?:night|day|week|post|message|goodbye)|(?:will not|wo not|am not going to) (?:be here|be alive|wake up|see) (?:tomorrow|in the morning|next week|by morning)|(?:tonight|today) is the (?:night|day)"),
    ],
    negatable=False,
)

# C-SSRS 6: behaviour. Attempts under way are also a medical emergency (see medical.py).
BEHAVIOUR = rules(
    "suicide",
    SI,
    [
        ("prep_note", R.PREPARATORY_ACT, 0.9, r"(?:wrote|written|writing|write|left|leaving|finished|drafted|drafting) (?:a |my |the )?(?:suicide |goodbye |farewell |last )?(?:note|notes|letter|letters)(?: for| to)? (?:my|everyone|my family|my parents|them|her|him)?|(?:my|a) suicide note"),
        ("prep_giveaway", R.PREPARATORY_ACT, 0.85, r"(?:gave|giving|give) away (?:my|all my|all of my)? ?(?:things|stuff|belongings|possessions|pets?|cat|dog)|(?:updated|wrote|made|making) (?:my|a) will|(?:put|putting|getting) my affairs in order|(?:deleted|deleting) (?:all )?my (?:accounts|social media)"),
        ("prep_acquire", R.PREPARATORY_ACT, 0.9, r"(?:bought|buying|purchased|ordered|got|picked up|found) (?:a |the |some |enough )?(?:rope|noose|gun|pistol|bullets|charcoal|helium|razor blades|(?:bottles? of |boxes of )?(?:{PILLS}))(?: for| to)? (?:it|this|tonight|myself|to (?:kill|end|do it|die|overdose|hang))|(?:tied|tying|tested|testing) (?:a |the )?(?:noose|knot|rope)|(?:researched|researching|looked up|looking up|googled|googling) (?:ways|methods|how) to (?:die|kill {SELF}|end it|overdose|hang)"),
        ("rehearsal", R.PREPARATORY_ACT, 0.9, r"(?:stood|standing|sat|sitting|went|walked|drove) (?:on|at|to|up to|on top of|on the edge of) (?:the |a )?(?:edge|ledge|bridge|roof|rooftop|cliff|tracks|balcony|railing)|(?:held|holding|put|had) (?:the |a |my )?(?:gun|knife|blade|razor|rope|noose|pills) (?:to|against|in|around|on) (?:my|the)(?: \w+)?"),
        ("aborted", R.ATTEMPT, 0.9, r"almost (?:killed {SELF}|did it|jumped|went through with it|overdosed|hung {SELF}|ended it)|(?:stopped|pulled back|backed out|chickened out|could not go through with it|talked myself out)(?: of it)?(?: at the last (?:minute|second))|(?:was about to|was going to) (?:kill {SELF}|jump|do it|overdose|end it) (?:but|when)"),
        ("attempt_now", R.ATTEMPT, 0.95, r"i (?:have )?(?:just )?(?:took|taken|swallowed|downed|ingested) (?:all|a lot|a bunch|the whole|\d+|twenty|thirty|forty|fifty|a handful|too many|loads)(?: of)? (?:my |the |those |these )?(?:{PILLS}|of them)|i (?:have )?(?:just )?(?:cut|slit) (?:too deep|my wrists?|my throat)|i am (?:on|at) the (?:bridge|edge|ledge|roof|rooftop|tracks) (?:right )?now|the (?:noose|rope) is (?:ready|around my neck|tied)|i am bleeding (?:out|a lot|heavily)|i (?:have )?(?:just )?(?:overdosed|od)"),
        ("attempt_past", R.PAST_ATTEMPT, 0.9, r"(?:i |i have |when i )(?:tried|attempted|tried to|have tried) (?:to )?(?:kill {SELF}|suicide|end (?:it|my life)|take my (?:own )?life|overdose|hang {SELF})|(?:my|a|the|previous|last|first|second|third|\d+(?:st|nd|rd|th)) (?:suicide )?attempts?|survived (?:an|my|a) (?:suicide )?(?:attempt|overdose)|attempted suicide|after i (?:tried|attempted)|i (?:have )?attempted(?= (?:years|months|before|once|twice|in|when|at|back|\d|a few|several|many|multiple)|[,.!;]|$)"),
    ],
)

# Interpersonal theory and hopelessness: risk factors that raise concern but no C-SSRS step.
FACTORS = rules(
    "suicide",
    SI,
    [
        ("hopeless", R.HOPELESSNESS, 0.45, r"(?:no|not any|lost all|without) hope|hopeless|(?:nothing|it) (?:will ever|is ever going to|will never) (?:get|change|be) (?:better|different|okay|ok)|(?:there is )?no (?:way out|future|light at the end|point anymore|point to anything)|can not see (?:a|any) (?:future|way out|point)|never going to get better|trapped with no way out"),
        ("burden", R.BURDENSOMENESS, 0.5, r"(?:i am|i feel like|i am just|i have become) (?:a |such a |nothing but a |only a )?burden|(?:everyone|they|my family|people) (?:would be|will be|is|are) better off without me|(?:nobody|no one) would (?:care|notice|miss me)(?: if i (?:was|were) gone| if i died)?"),
        ("alone", R.THWARTED_BELONGING, 0.35, r"(?:nobody|no one) (?:cares|loves|likes|wants|understands) (?:about )?me|i (?:have|got) no (?:one|friends|body)|(?:completely|totally|all) alone in (?:this|the world)|i do not belong (?:anywhere|here)|nobody would miss me"),
        ("farewell", R.FAREWELL, 0.75, r"(?:goodbye|good bye|farewell) (?:everyone|all|world|forever|cruel world|my friends)|(?:this is )?(?:my )?(?:final|last) (?:goodbye|message|post|words)|(?:tell|say|telling) (?:them|everyone|my (?:mom|dad|family|kids)) i (?:love|loved) (?:them|her|him)|(?:i am )?sorry for everything(?: i have done)?|(?:thank you|thanks) for everything,? (?:goodbye|bye)|i love you all,? (?:goodbye|bye)|won'?t be around to"),
    ],
)

PROTECTIVE = rules(
    "suicide",
    None,
    [
        ("never_would", R.PROTECTIVE_FACTOR, 0.6, r"(?:i would|i will|i could) never (?:hurt|kill|harm|do anything to) {SELF}|(?:i am )?not (?:suicidal|going to (?:hurt|kill) {SELF}|going to do anything)|i have no (?:intention|plans?|desire|thoughts?) (?:to|of|about) (?:hurt|harm|kill|end|suicide|dying)|no (?:thoughts of|plans to) (?:suicide|hurting myself|self harm)"),
        ("reasons_live", R.PROTECTIVE_FACTOR, 0.5, r"(?:my (?:kids|children|son|daughter|dog|cat|family|faith)|(?:for|because of) my (?:kids|children|family|mom|dad|pets?)) (?:keep|keeps|is keeping|are keeping|is why|are why) me (?:going|alive|here)|(?:i want|i would like) to (?:live|get better|keep going|stay alive)|(?:i am|i have been) (?:doing (?:well|better|good|okay|ok)|in recovery|better now|getting better|in therapy|seeing a therapist)|(?:reached out|talking) to (?:a|my) (?:therapist|counsellor|counselor|doctor|crisis line|hotline)"),
        ("safety_plan", R.PROTECTIVE_FACTOR, 0.5, r"(?:my|a) safety plan|(?:called|texted|will call|going to call) (?:a |the )?(?:crisis line|hotline|988|samaritans|lifeline|my therapist)|(?:gave|gave away|locked up|flushed|got rid of|threw out|handed) (?:my |the )?(?:pills|gun|rope|knife|blades?) (?:to|away|in)"),
    ],
    negatable=False,
)

ALL = DESIRE + IDEATION + METHOD + MEANS + SEEKING + INTENT + PLAN + TIMEFRAME + BEHAVIOUR + FACTORS + PROTECTIVE
