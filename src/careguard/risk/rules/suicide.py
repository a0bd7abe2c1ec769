"""Suicide: the C-SSRS ladder, wish to be dead (step 1) and active thoughts (step 2).

The other steps live beside this module: ``suicide_means`` (method, means and method
seeking, step 3), ``suicide_acts`` (intent, plan, timeframe and behaviour, steps 4-6) and
``suicide_factors`` (hopelessness, burden, isolation, farewells, protective factors).
Patterns describe constructions, not sentences: "if <my death> ... would not mind",
"<hope> ... <something> takes me", "<better> without me".
"""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason
SI = Category.SUICIDAL_IDEATION

# Something that ends the writer's life, as the content of a wish or a condition.
_EVENT = (
    r"(?:i (?:\w+ ){0,3}?(?:and )?(?:just )?{GONE}|(?:a|the|my|this|that|some|something|someone"
    r"|somebody|god|it|he|she) (?:\w+ ){0,4}?(?:(?:hit|hits|kill|killed|kills|take|took|takes"
    r"|ran over|runs over|swerved into|swerves into|fell on|finish(?:ed|es)? off|finish(?:ed|es)?)"
    r" me|crashed|crashes|(?<!not )(?:went|goes|go) wrong|gave out|gives out)|it (?:is|was) my time"
    r"|(?:something|anything) (?:bad )?(?:happened|happens|happen) to me)"
)
# Accepting that end: "i would not mind", "i would go gladly", "would be a relief".
_ACCEPT = (
    r"(?:(?:would|will) (?:not|never) (?:really )?(?:mind|care|be (?:sorry|upset|sad)|fight (?:it|back)"
    r"|resist|complain|struggle)|(?:would|will) (?:\w+ ){0,2}?(?:be (?:relieved|glad|happy|grateful"
    r"|thankful|at peace|a relief|a blessing|a mercy)|go (?:gladly|happily|willingly|peacefully"
    r"|quietly)|welcome it|thank (?:god|them|it))|(?:would|will) (?:\w+ )?be (?:ok|okay|alright|fine) with"
    r" (?:that|it)"
    r"|(?:not sure|do not think) i (?:would |really )?mind|i am (?:kind of |kinda |sort of )?"
    r"(?:ok|okay|fine) with (?:that|it))"
)

# Harm from outside, wished for or met with relief ("if a truck hit me i wouldn't be mad").
_HARM_FROM = (
    r"(?:one of them|(?:a|the|one of the) (?:\w+ )?(?:bus|buses|car|cars|truck|trucks|lorry"
    r"|train|meteor|asteroid|plane|semi|stray bullet)|lightning|my heart|(?:the|my) (?:cancer"
    r"|illness|disease|tumou?r)|god|the lord|the universe|something)"
)
_HARM_DONE = (
    r"(?:hit|hits|clipped|clips|got|gets|took|takes|killed|kills|ran me over|runs me over"
    r"|gave out|gives out|stopped|stops|called|calls|wants to take me out|took me out"
    r"|takes me out|pulled the plug|pulls the plug|came back|comes back)"
)
_HARM_WELCOME = (
    r"(?:(?:i would|id|i) (?:\w+ ){0,2}?(?:not (?:be (?:mad|upset|sad|sorry|bothered)|care"
    r"|mind)|be (?:fine|ok|okay|relieved|glad|grateful|happy)|say thank|go (?:gladly|happily"
    r"|willingly)|welcome it)|i (?:do not|did not) (?:really |even )?care|it can be my guest"
    r"|(?:it|that) would not be the worst thing)"
)
_HARM_HAPPENS = _HARM_FROM + r" (?:[\w']+ ){0,3}?" + _HARM_DONE + r"(?: me)?"

# C-SSRS 1: wish to be dead, passive ideation.
DESIRE = rules(
    "suicide",
    SI,
    [
        (
            # "if a truck hit me on the way i wouldn't be mad", "hoping lightning gets me":
            # harm from outside wished for, or met with relief, is a wish to be dead.
            "passive_harm",
            R.DESIRE,
            0.7,
            rf"if {_HARM_HAPPENS}(?:,? [\w']+){{0,10}}?,? {_HARM_WELCOME}"
            rf"|{_HARM_WELCOME} if {_HARM_HAPPENS}"
            rf"|(?:hoping|hope|praying|pray|wish) (?:that )?{_HARM_FROM}"
            r" (?:\w+ ){0,2}?(?:gets|hits|takes|kills|comes back for) me"
            r"|if i got (?:a terminal|a cancer|a bad) diagnosis(?: \w+){0,3}? (?:i would|id) (?:\w+ )?be relieved"
            r"|(?:happily |gladly )?trade places (?:with|w) (?:anyone|someone|somebody|anybody) (?:who is|whos|that is) dying"
            r"|should (?:have|of) died (?:over there|with (?:them|my \w+)|that day|instead|back then)"
            r"|(?:want|wanna|want to) (?:to )?(?:go to )?sleep and (?:not|never) (?:come back|wake up)",
        ),
        (
            "passive_taken",
            R.DESIRE,
            0.7,
            r"(?:ask|asks|asked|asking|pray|prays|prayed|praying|beg|begs|begged|begging|tell|told) (?:god|the lord|jesus|allah|him|the universe) (?:to |make he |that he )?(?:just )?(?:take|takes|to take) (?:me|my soul|my life)(?: too| home| away| now| in my sleep| for sleep| soon)?(?= *$|[.,;!?]| too| in| and| so| because| sooner| while)"
            r"|(?:pray|praying|prayed|hope|hoping) (?:to be|i am|i will be|i get) taken in my sleep"
            r"|(?:i am|i have been) (?:ready|prepared) to go (?:whenever|when(?:ever)? (?:god|the lord|he|my time)|home to)"
            r"|(?:join|be with) (?:her|him|them|my (?:wife|husband|mum|mom|dad|son|daughter|partner)) (?:sooner rather than later|soon|already|now)"
            r"|(?:wish|wished|wishing) (?:it|that it) (?:had been|was|were) me (?:instead|not (?:her|him|them))"
            r"|(?:jealous|envious) of (?:people|those|anyone|everyone) who (?:get|got|gets) to (?:die|be dead|be gone|go)"
            r"|(?:would|id|i would) (?:much )?rather (?:just )?(?:not exist|be dead|be gone|not be alive|not be here|never wake up) (?:tbh|honestly|at this point|most days|some days)"
            r"|(?:would|id|i would) (?:much )?rather (?:just )?(?:not exist|be dead|be gone|not be alive)(?= *$|[.,;!?])"
            r"|(?:log|logging) off (?:from life |of life )?(?:forever|for good|permanently)|(?:sleep|log off|die) and (?:not|never) respawn"
            r"|(?:be |get )?deleted from existence|(?:trade|swap) (?:places|my spot|my place) with (?:anyone|someone|somebody) who (?:died|is dying|wants it)"
            r"|if i (?:did not|do not|did not ever|never) wake up(?: tomorrow| tmrw| tonight| one morning| in the morning)?(?:[ ,?.!]+(?:honestly|tbh|ngl|lol))?[ ,?.!]+(?:(?:that is|that's|that would be|it would be|would be) )?(?:a w|fine by me|a win|a blessing|a relief|no loss)\b",
        ),
        (
            "passive_wish",
            R.DESIRE,
            0.7,
            r"{HOPE} (?:that )?(?:my heart|my body|my lungs) (?:will |would )?(?:just )?(?:stops?|gives? out|fails?|gives? up)"
            r"|{HOPE} (?:that )?(?:i|you) (?:will |would |could |might )?(?:just )?(?:die|go|pass away|slip away) in (?:my|your|their) sleep"
            r"|{HOPE} (?:that )?(?:each|every|this|today|tonight|tomorrow)(?: day| night| one)? (?:will be|is|would be) my last(?= *$|[.,;!?]| (?:on (?:this )?earth|alive|ever))"
            r"|{HOPE} (?:that )?i (?:will not|would not|am not|do not) (?:be )?(?:around|here|alive|make it) (?:by|at|past|to|for|much longer|next)"
            r"|(?:ask|asking|asked|beg|begging|begged|pray|praying|prayed) (?:the universe|god|whoever|someone|the stars|it) (?:to not|not to) let me wake up"
            r"|(?:idea|thought|prospect) of (?:not waking up|never waking up|not existing|not being here|being dead|dying) (?:does not|did not|would not) (?:scare|frighten|bother|upset|worry)"
            r"|(?:idea|thought) of (?:not waking up|never waking up|not existing|being dead) (?:sounds|seems|feels) (?:like )?(?:a )?(?:rest|peaceful|nice|good|comforting|like relief|a relief)"
            r"|(?:want|wanted|wanting|wanna) to not (?:be here|exist|be alive|wake up|be around)"
            r"|(?:how )?peaceful (?:it would be to be|being|to be) dead|(?:think|thinking|thought) about (?:being dead|not being alive|not existing) (?:a lot|all the time|every day|constantly|the way|like)"
            r"|(?:nice|easier|better|a relief|peaceful|lovely) to (?:just )?(?:stop existing|not exist|cease to exist|never wake up|not wake up)"
            r"|(?:an? )?off switch for me|switch me off(?: for good| forever)?|(?:a )?button that would (?:make me|let me) (?:not exist|disappear|die|stop existing|never have existed)"
            r"|if i (?:went|died|passed|passed away|slipped away) in my sleep(?: tonight| tomorrow)?,? i would be (?:content|fine|happy|okay|ok|relieved|grateful|glad|at peace)"
            r"|(?:would be|it would be) (?:simpler|easier|better|a kindness|a relief|kinder) (?:for (?:everyone|them|all of them|my \w+) )?if i (?:died|was dead|were dead|was not here|was not here any more|was not here anymore|was gone|were gone|did not exist|was not around)"
            r"|(?:do not|never) (?:expect|plan|intend) to (?:be (?:in it|alive|here|around)|make it) (?:in|by|past|to) (?:\w+ ){0,2}?(?:years?|birthday|thirty|forty|\d+)"
            r"|i (?:would|will) (?:happily|gladly) (?:swap|trade) (?:places|my (?:spot|place|life)) with (?:someone|anyone|somebody)"
            r"|{HOPE} (?:that )?i (?:had |would |would have |was |were )?never (?:been born|existed|was born)",
        ),
        (
            "want_die",
            R.DESIRE,
            0.8,
            r"{WANT} (?:to )?(?:just )?(?:die|be dead|not exist|cease to exist|stop existing|not be alive|not be here anymore|not wake up|never wake up|not live anymore|be gone forever|be six feet under|be in the ground|be in a coffin)",
        ),
        (
            "wish_dead",
            R.DESIRE,
            0.8,
            r"{HOPE} (?:that )?(?:i|you) (?:was|were|could be|would be|had been) (?:dead|gone|never born|not born|not alive|not here|not around)|{HOPE} (?:that )?i (?:could|would|will|might) (?:just )?(?:die|not wake up|never wake up|disappear forever|vanish forever|stop existing|be gone)|wish (?:that )?i had never been born|{HOPE} (?:that )?i had (?:just )?(?:died|never woken up|not woken up|not survived|not made it)(?! (?:laughing|of (?:embarrassment|shame|boredom))\b)|(?:would |i )(?:much )?prefer (?:to have )?(?:never been born|not to exist|not existing|to be dead|being dead|not to be alive)|wish (?:that )?i (?:did not|do not) exist|wish (?:that )?my life (?:was|were|would be) over|wish i (?:could|would) (?:just )?(?:evaporate|vanish|disappear|fade away|cease)(?: \w+){0,2} (?:and never come back|forever|for good)|(?:wish|wishing|wished) (?:that )?(?:it|the (?:attempt|overdose|pills))(?: had| would have) (?:worked|killed me|been enough)|(?:wish|wishing|wished) (?:that )?(?:they|someone|nobody|no one) (?:had not|had never|never) (?:found|saved|revived) me",
        ),
        (
            "not_want_live",
            R.DESIRE,
            0.85,
            r"(?:do|did|does) not (?:really |even |honestly )?(?:want|wanna|wish) to (?:live|be alive|exist|be here|wake up|go on|continue|keep (?:living|going(?! (?:back|to|there|out|over|through|on with|with|in|into|around|round|home|to and fro)\b))|be around|see tomorrow|carry on(?! (?:with|doing|working|like|as|at|in)\b))(?: anymore| any more| any longer)?|(?:never|no longer) (?:want|wanna) to (?:wake up|live|be alive|exist)|(?:would|had|id) rather not (?:be alive|exist|be here|live|wake up|be around)|(?:do not|no longer) want to be (?:alive|here)",
        ),
        (
            "rather_dead",
            R.DESIRE,
            0.75,
            r"(?:would|had|id|i) (?:much |just )?rather (?:be dead|die|not be alive|not exist|not wake up)(?= *$|[.,;!?]| (?:than (?:live|living|go on|going on|go through|keep|spend|face|feel|be|deal|another|this|wake up|do this)|honestly|tbh|at this point|some days|most days|sometimes|right now))",
        ),
        (
            "no_reason_live",
            R.DESIRE,
            0.75,
            r"(?:no|not any|no more) (?:reason|point) (?:to|in) (?:live|living|go on|going on|be alive|being alive|stay alive|staying alive)|(?:what|whats) (?:is )?the point (?:of|in) (?:living|being alive|life|staying alive)|life (?:is not|is no longer) worth living|(?:have not|has not|did not|do not) (?:had|have|got|really have|really had) (?:a|any) (?:reason|point) (?:to|in) (?:live|living|be alive|being alive|stay alive|go on|keep going)|(?:do not|does not|did not|can not|could not) see (?:the|any) point (?:in|of) (?:living|being alive|going on|carrying on|staying alive)",
        ),
        (
            "better_off_dead",
            R.DESIRE,
            0.85,
            r"worth more (?:to (?:them|everyone|my family) )?dead than alive|better off (?:dead|without me|without (?:him|her|them)(?= *$|[.,;!?]| around| in| and| anyway)|if i (?:was|were) (?:dead|gone|not here|not around)|if i (?:just )?(?:died|disappeared|left for good))|(?:better|lighter|easier|happier|freer|better place) without me(?: in it| around| here)?|(?:my absence|me being gone|me dying|my death|me not being (?:here|around)) (?:would|will|could) (?:\w+ ){0,2}?(?:improve|help|be (?:a )?(?:favou?r|relief|gift|blessing|kindness))|(?:the )?kindest thing i could do (?:\w+ ){0,4}?is (?:to )?(?:not be|die|disappear|leave)",
        ),
        (
            "hope_death",
            R.DESIRE,
            0.75,
            r"{HOPE} (?:that |for )?(?!nothing |nobody |no one )(?:\w+ ){0,5}?(?:i (?:just )?(?:do not|will not|would not|never|did not) (?:wake up|make it|survive|come back|be (?:around|here|alive)|see (?:tomorrow|the morning|another))|i (?:will |would |could |might )?(?:just )?(?:die|died|get|got) (?:\w+ )?(?:sick|hit|killed|cancer|run over|into an accident|a terminal|illness|disease)|(?:that|which|to) (?:just )?(?:takes|take|kills|kill|finishes|finish) me|i (?:just )?(?:die|drop dead|am next)(?= *$|[.,;!?]| (?:soon|already|in my sleep|tonight|one day))|(?:something|someone|a \w+|it|god|he) (?:\w+ )?(?:hits|hit|kills|kill|takes|take|runs over|run over|swerves into|finishes|finish) me|(?:finish|take|takes|kill|kills|end|ends) me(?: off| out| away)?|(?<!not )(?:goes|go) wrong|it is (?:my time|the last time)(?= *$|[.,;!?]| soon)|(?:a|an) (?:accident|terminal (?:diagnosis|illness))|(?:a|the) (?:car|bus|truck|lorry|train|driver) (?:does not|would not|will not|did not|doesn't) (?:stop|brake|see me)|(?:this|the|my) (?:plane|flight|bus|train) (?:goes down|crashes|crash|goes off the road)|my time (?:soon|is up|comes))|(?:please|just|god) (?:\w+ )?let me (?:just )?(?:die|go|not wake up)(?= *$|[.,;!?])|{HOPE} (?:\w+ ){0,8}?(?:and |to )(?:just )?(?:not|never) (?:wake up|exist|be here|be alive|have been born)|{HOPE} (?:i could |i would |to )?(?:just )?(?:fade (?:out|away)|disappear|vanish|evaporate|cease to exist|stop existing|not exist)(?= *$|[.,;!?]| forever| for good| and never| completely)",
        ),
        (
            "sleep_forever",
            R.DESIRE,
            0.65,
            r"(?:want|wants|wish|wishes|wanna|like|long|longs|hope|hopes) (?:i could |(?:she|he|they) could |to )?(?:just )?(?:sleep|rest|go night night|fall asleep|go to sleep)(?: \w+){0,3}? (?:forever|and never (?:wake up|have to|come back)|and not wake up|for (?:a hundred|a thousand|\d+) years|permanently)|eternal sleep|permanent sleep|the big sleep|night night forever|(?:go to )?sleep forever",
        ),
        (
            "disappear",
            R.DESIRE,
            0.55,
            r"{WANT} (?:i could |to )?(?:just )?(?:disappear|vanish|fade away|evaporate|cease|log off|go away)(?: \w+){0,2}? (?:forever|for good|permanently|and never come back|and not come back|from (?:this world|existence))",
        ),
        (
            "euphemism",
            R.DESIRE,
            0.6,
            r"six feet under|(?:respawn|reborn) as (?:nobody|no one)|unsubscribe from life|exit the simulation|(?:i|and i) (?:just )?want out(?: of (?:this|my) (?:life|world|existence))?(?= *$|[.,;!?])|might as well (?:just )?(?:be dead|die|not be alive|not exist|not be here|not be alive at all)|why (?:was|did) i (?:have to be |even )?(?:born|get born)|(?:rage ?quit|uninstall|log out of|logout of|alt f4|ctrl alt delete) (?:life|my life|reality|existence|real life)(?= *$|[.,;!?]| (?:and|fr|tbh|rn|right now|lol|lmao|honestly|for real|for good|to be honest)\b)",
        ),
        (
            "indifferent",
            R.DESIRE,
            0.65,
            r"(?:just )?waiting (?:to die|for death|for (?:it|my life) to end|for the end)|(?:being alive|living|existing|existence|waking up|(?:every|each) day (?:that )?i am alive) (?:is|feels|seems) (?:like )?(?:a |such a )?(?:punishment|torture|curse|prison|chore i hate|unbearable)|(?:death|dying) (?:does not|no longer|doesn't) (?:scare|frighten) me|trade places with (?:someone|somebody|anyone|a person) (?:who is|who's|that is) (?:dying|dead|terminal)",
        ),
        (
            "tired_living",
            R.DESIRE,
            0.7,
            r"(?:do not|no longer) know (?:if|whether) i (?:still |even |really )?(?:want|wanna) to (?:live|be alive|be here|keep going|exist)|not sure (?:if |whether |that )?i (?:still |even |really )?want to (?:live|be alive|be here|keep going|exist)|(?:had|have had) enough of (?:this )?(?:life|living|being alive|existing)|why am i (?:still )?(?:alive|here|breathing)|(?:tired|sick|exhausted|done) (?:of|with) (?:living|being alive|life|existing|waking up)|(?:done|finished) with (?:life|living|being alive|it all)",
        ),
        (
            "death_relief",
            R.DESIRE,
            0.7,
            r"(?:death|being dead|dying|not existing|not being alive|not being here|not waking up|never waking up|dead|eternal sleep|the end)(?! (?:metal|row|star|penalty|toll|rate|rates|note|scene|match|count|threat|threats|sentence|eater))(?: \w+){0,3}? (?:would be|is|seems|sounds|feels|looks)(?: \w+){0,3}? (?:peaceful|nice|appealing|tempting|better than this|easier|relief|the best thing|the answer|freedom|freeing|welcome|comforting|inviting|preferable|a gift|heaven|bliss|calm)|(?:welcome|look forward to|pray for|praying for|long for|longing for|wishing for|crave|craving|craved|yearn for|yearning for) (?:death|the end|my death|dying|to die)|hope i die",
        ),
        (
            "still_alive",
            R.DESIRE,
            0.65,
            r"(?:disappoint\w*|angry|upset|sad|frustrat\w*|sorry|mad) (?:\w+ ){0,2}?(?:that )?i (?:am still (?:alive|here)|woke up(?: again)?|am alive|survived the night|made it through (?:another|the) night)|(?:do not|can not) (?:see|imagine|picture) (?:myself|me) (?:living|being alive|alive|making it|being here|being around) (?:past|to|beyond|until)",
        ),
        (
            "want_end",
            R.DESIRE,
            0.6,
            r"{WANT} (?:\w+ ){0,2}?(?:for )?(?:it|it all|everything|all of (?:it|this)|my life|life|the pain) to (?:end|stop|be over)(?! (?:so|and) )|(?:wish|want) (?:my life|it all|everything) (?:was|were|to be) over",
        ),
        (
            "kill_me",
            R.DESIRE,
            0.45,
            r"(?:someone|somebody|god|please) (?:\w+ )?(?:please )?(?:kill|end) me(?! (?:lol|lmao|now|haha))|(?:want|wish|wishing|hope|hoping|pray|praying) (?:that )?(?:someone|somebody|something|a car|a bus|a truck|god) (?:would |to |will |could )?(?:just )?(?:kill|hit|end|run over|take) me",
        ),
    ],
)

# Constructions that carry their own polarity ("nobody would notice if i died").
# Others imagined after the writer's death ("no one would miss me if i died"); ``{gone}``
# is how the writer would be gone.
_IF_GONE = (
    r"if i (?:\w+ ){{0,3}}?(?:and )?(?:just )?{gone}(?: \w+){{0,8}}? (?:would|will|could|might)"
    r"(?: \w+){{0,3}}? (?:notice|care|mind|miss me|know|come|be (?:better|fine|ok|okay|happier"
    r"|relieved|free|easier|lighter|glad|a relief)|have (?:her|his|their) li(?:fe|ves) back"
    r"|improve|get better)|(?:would|will) (?:\w+ ){{0,4}}?(?:better|fine|ok|okay|happier"
    r"|relieved|free|easier|lighter|kinder|glad|a relief|li(?:fe|ves) back|improve|notice|care"
    r"|miss me|know|come looking)(?: \w+){{0,5}}? if i (?:just )?{gone}"
)
_GONE_BY = (
    r"(?:jumped(?= *$|[.,;!?]| (?:off|from|in front of|tonight|today|now|right now|again|to my"
    r" death)\b)|threw myself (?:off|in front of|under)|hanged myself|overdosed|took all (?:my"
    r"|the|of my|of the) (?:pills|tablets|meds)|drowned myself|walked into (?:the sea|traffic)"
    r"|stepped in front of)"
)


CONDITIONAL = rules(
    "suicide",
    SI,
    [
        (
            "no_care",
            R.DESIRE,
            0.7,
            r"(?:do not|does not|did not|could not|no longer) (?:really )?care (?:if|whether) i (?:live|die|wake up|am alive)(?: or (?:die|live|not))?",
        ),
        (
            "if_gone",
            R.DESIRE,
            0.75,
            _IF_GONE.format(gone=r"(?:{GONE}|" + _GONE_BY + ")"),
        ),
        (
            # "no one would miss me if i jumped tonight": the way imagined is a method.
            "if_gone_method",
            R.METHOD,
            0.6,
            _IF_GONE.format(gone=_GONE_BY),
        ),
        (
            # "not going to do anything now, but that could change"
            "denial_taken_back",
            R.IDEATION,
            0.7,
            r"(?:not going to|will not|would not|am not going to) (?:do anything|do it|act on it|hurt myself)(?: \w+){0,2}?,? but (?:that|it|this|things) (?:could|might|may|can|will) (?:change|be different)",
        ),
        (
            # "if it wasn't for my kids i would have killed myself by now"
            "would_be_dead",
            R.IDEATION,
            0.75,
            r"i (?:probably |certainly |definitely |honestly |surely )?(?:would|will) (?:probably |certainly |definitely |most likely |honestly )?(?:have (?:killed myself|committed suicide|ended it|ended my life|done it|taken my (?:own )?life)|be dead) (?:by now|already|long ago|a long time ago|years ago)",
        ),
        (
            "accept_death",
            R.DESIRE,
            0.75,
            r"if "
            + _EVENT
            + r"(?: \w+){0,8}? "
            + _ACCEPT
            + r"|"
            + _ACCEPT
            + r" if (?:\w+ ){0,5}?"
            + _EVENT
            + r"|(?:nice|easier|better|peaceful|a relief|good|simpler) (?:it )?(?:would be|to) (?:to )?(?:just )?(?:not wake up|die|never wake up|not exist|be dead|not be here|disappear)|(?:nice|easier|better|peaceful|a relief|simpler) (?:it )?would be if "
            + _EVENT,
        ),
    ],
    negatable=False,
)

# C-SSRS 2: active, non-specific suicidal thoughts.
IDEATION = rules(
    "suicide",
    SI,
    [
        (
            "kill_self",
            R.IDEATION,
            0.95,
            r"(?:kill|killing|kills|end|ending|off|offing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|delete|deleting|unalive|unaliving|hurt and kill|neck|necking) {ANY_SELF}|(?:take|taking) (?:my|his|her|their|your) (?:own )?li(?:fe|ves)|took (?:my|your) (?:own )?li(?:fe|ves)|(?:almost|nearly) took (?:his|her|their) (?:own )?li(?:fe|ves)",
        ),
        (
            # "part of me keeps pushing for suicide": an urge the writer feels, even at a distance.
            "urge_inside",
            R.IDEATION,
            0.85,
            r"(?:part of me|a voice in (?:me|my head)|something in me|my brain|my mind) (?:\w+ )?(?:keeps |is |still |just )?(?:pushing|pulling|urging|begging|screaming|telling me|tells me|wants|wanting|pushes|pulls|urges) (?:me )?(?:for|towards?|into|to) (?:suicide|die|kill (?:myself|me)|end (?:it|it all|my life))(?= *$|[.,;!?]| and| but| so| again| every| all)",
        ),
        (
            "kill_me_self",
            R.IDEATION,
            0.8,
            r"i (?:\w+ )?(?:want|wanna|need|going) to (?:kill|end) me(?= *$|[.,;!?])",
        ),
        (
            "end_it",
            R.IDEATION,
            0.75,
            r"(?:end|ending|finish|finishing) (?:it all|everything|my suffering|this life|my existence|things for good|it for good)(?: all)?(?: for good| once and for all| now)?(?! (?:with|between|off|up|here|there|early|at|on|for|by) )|(?:i|me) (?!(?:\w+ ){0,2}?(?:not|never) )(?:\w+ ){0,3}?(?:end|ending) (?:it|things)(?= *$|[.,;!?]| (?:now|tonight|today|already|soon|all))",
        ),
        (
            "suicidal",
            R.IDEATION,
            0.9,
            r"(?<!asked if i )(?<!asked me if i )(?<!asking if i )(?<!asks if i )(?<!whether i )(?<!not think i )(?<!not believe i )(?:am|is|are|was|were|feel|feels|feeling|felt|been|get|gets|getting|so|very|really|extremely|pretty|kinda|kind of|actively|passively|quite|bit|go|went|still|up|more|super|incredibly|horribly|seriously|become|becomes|became|becoming) suicidal|suicid(?:al|e) (?:thoughts?|ideation|feelings?|urges?|again|lately|tonight|today|right now|thinking|fantas(?:y|ies)|daydreams?|spells?|episodes?|phases?|streaks?|moods?)|suicidal (?:and|&|or) (?:\w+ ){0,2}?(?:thoughts|urges|feelings|ideation)|(?:depressed|depression|hopeless|lonely|sad|anxious|miserable|broken|empty|numb|desperate|worthless|alone|lost) (?:and|&) suicidal|how suicidal i (?:am|feel|have been|get)",
        ),
        (
            # Thoughts of death or of not being here, with no act of one's own: C-SSRS 1.
            "thoughts_dying",
            R.DESIRE,
            0.7,
            r"(?:thinking|think|thinks|thought|thoughts|dreaming|fantasi[sz]ing|fantasi[sz]e|obsessing|considering|contemplating) (?:about |of )?(?:not being (?:here|alive|around)|dying|death)(?! (?:of|in) (?:my|a|the|his|her) )",
        ),
        (
            "thoughts_death",
            R.IDEATION,
            0.75,
            r"(?:it|that|this|jumping) would be (?:such )?(?:an|the) (?:easy|quick|easiest|simple|quickest) way out|(?<!ever had )(?<!ever have )(?<!if i had )(?<!if i have )(?<!whether they are )(?<!whether he is )(?<!whether she is )(?<!if they are )(?<!if he is )(?<!if she is )(?:thinking|think|thinks|thought|thoughts|dreaming|fantasi[sz]ing|fantasi[sz]e|obsessing|considering|considered|contemplating|contemplated|planning|googling) (?:about |of )?(?:suicide|killing {ANY_SELF}|ending (?:it|it all|my life|things|everything)(?! with| between)|ways to die|taking my (?:own )?life|committing suicide)(?! (?:of|in) (?:my|a|the|his|her) )|(?:suicide|dying|death|killing myself|ending it|ending my life) is all i (?:can )?think about|(?:suicide|killing myself|ending it|dying|death|ending my life) (?:is |seems |feels |looks |sounds )?(?:like )?(?:(?!not |never |no |hardly )\w+ ){0,2}?(?:the only|my only|an|a|the) (?!permanent |good |poor |bad |terrible |selfish |stupid |wrong |horrible |awful |dumb |cowardly )(?:\w+ )?(?:option|way out|answer|solution|choice|escape)|(?:death|dying|suicide) is (?:the only thing|all (?:that is|there is)|what is) (?:left |reserved |waiting |in store |ahead )?(?:for|of|in) me(?= *$|[.,;!?]| now| anymore| any more)|(?:suicide|dying|killing myself|ending it|death) (?:is )?(?:looking|seems|sounds|feels) (?:\w+ )?(?:attractive|tempting|appealing|good|better|like the only)|(?:suicide|dying|killing myself|ending it|ending my life|death) (?:is |has been |keeps being |was )?(?:always |constantly |again |still |often |never far from |never off )?(?:on|in) my mind|(?<!anyone )(?<!someone )(?<!people )(?<!person )(?<!right to )(?<!who )(?:commit|committing) suicide|(?:i|me) (?:and|or) suicide|(?:suicide|killing myself|ending it|dying|death|ending my life) (?:keeps |is |has been |kept )?(?:popping|coming|creeping|crossing|running|going) (?:into|through|back into|in|across|round|around) my (?:head|mind)|too (?:much of a )?(?:coward|scared|chicken) to (?:actually )?(?:do (?:it|anything about it)|go through with it|kill {ANY_SELF})|(?:not (?:brave|strong|courageous|ballsy) enough|(?:do not|did not|have not|never|can not|could not) (?:have|had|find|get|muster|work up)(?: the| enough)? (?:strength|courage|guts|balls|nerve|bravery|willpower|what it takes)) to (?:actually |just |finally )?(?:(?:do it|go through with it|pick up the (?:gun|knife|blade|rope)|pull the trigger)(?= *$|[.,;!?]| and| or| but| so| yet)|(?:kill {ANY_SELF}|end (?:it|my life)|take my (?:own )?life|commit suicide|swallow the pills|slit my \w+)(?! (?:with|between|off|up|for (?:him|her|them|us))\b))|(?:would be|it is|it would be|so|how) (?:so |really |very |too )?easy (?:it would be )?to (?:just )?(?:end it|end my life|kill myself)(?! (?:with|between|all for)\b)|what i (?:really |actually |honestly )?want (?:right now |now |most |the most |more than anything )?is to (?:just )?end it(?= *$|[.,;!?])|get (?:this|it|life) (?:all )?over with and (?:just )?die|better off with my (?:life )?insurance|(?:do not|does not|can not) think i (?:will|can|am going to) (?:make it|survive|last) (?:through|past|until|to) (?:the night|tonight|tomorrow|the weekend|morning|the week)|(?:keep|keeps|kept) thinking about (?:doing )?it(?= *$|[.,;!?]| all the time| constantly)|only way out(?: \w+){0,4}? (?:is|would be|seems) (?:to )?(?:end it|die|dying|kill myself|suicide|death|ending it)|(?:except|other than|apart from|besides) (?:dying|death|suicide|killing myself|to die|ending it|ending my life)(?! (?:on|in|at|of|from|for|by|with|during)\b)|(?:scared|afraid|terrified) of (?:myself and )?what i (?:might|could|will|am going to) do(?: to myself| tonight)?|if i (?:killed|kill|ended|end|took|take) (?:myself|my (?:own )?life)|(?:suicide|killing myself|dying)[,.]? i mean|(?:googling|googled|looking up|looked up|searching for|searched for|calling|called|texting|texted|rang) (?:a |the )?suicide (?:hotlines?|helplines?|lines?)|{WANT} to end it(?= *$|[.,;!?])|(?:talking|talks|talked|saying|says|said|keeps talking|keeps saying) about (?:not being (?:here|around|alive)|dying|killing {ANY_SELF}|ending (?:it|things)|suicide)|permanent (?:exit|solution|sleep|way out)(?! to a temporary)",
        ),
        (
            "not_be_here",
            R.IDEATION,
            0.65,
            r"(?<!wish i )(?<!hope i )(?<!pray i )(?:will not|would not|might not|may not|am not going to|not) (?:be|being) (?:here|around|alive) (?:much longer|anymore|any more|for long|to see|to (?:take care of|look after|feed|walk) (?:her|him|them|it|my))|(?:do not|can not) (?:see|imagine) (?:myself|me) (?:being (?:here|around|alive)|living|staying) (?:much longer|for long|anymore|any more|another year)",
        ),
        (
            "leave_world",
            R.IDEATION,
            0.65,
            r"(?:prepare|preparing|prepared|get ready|getting ready) for my (?:own )?(?:death|suicide|exit|end)(?! (?:in|of|at) )|(?:leave|leaving|left) this (?:world|earth|life|planet)|walk(?:ing)? away from (?:life|this life|living|existence)(?! (?:as|in|on)\b)|check(?:ing)? out (?:early|for good|permanently|of (?:life|this world))|join (?:him|her|them) (?:in heaven|soon|on the other side)|end my existence|(?:end|quit) the game for real",
        ),
        (
            "only_reason_alive",
            R.IDEATION,
            0.8,
            r"(?:only|one|main) (?:reason|thing) (?:why |that )?(?:i am|i) (?:still )?(?:alive|here|breathing|living|around)(?! (?:in|at|on|for|to) )|(?:only|one|main) (?:reason|thing) (?:why |that )?i (?:have not|did not|do not|will not|have never|never) (?:\w+ ){0,2}?(?:killed|kill|ended|end|gone through with it|go through with it|done it|do it|offed|commit(?:ted)? suicide|attempted)|(?:only|one) (?:reason|thing) (?:that )?(?:keeps|is keeping|kept) me (?:alive|here|breathing|from (?:killing|ending|doing it|going through with it))",
        ),
        (
            "ctb",
            R.IDEATION,
            0.8,
            r"catch the bus|ctb|sewer ?slide|(?:want|wanna|need|going|plan) to suicide|suicide time|self[- ]?delete|self[- ]?deleting|(?:kill|unalive|suicide) thoughts",
        ),
        (
            "masked",
            R.IDEATION,
            0.7,
            r"(?:want|wanna|going|gonna|need|how) to (?:\[[^\]\n]{1,15}\]|\*{2,}|_{2,}|x{3,}) (?:myself|my self)|(?:\[[^\]\n]{1,15}\]|\*{3,}) myself",
        ),
    ],
)

# "unalive", normalised to "kill", means "kill myself" even with no object.
UNALIVE = rules(
    "suicide",
    SI,
    [
        (
            "unalive_bare",
            R.IDEATION,
            0.8,
            r"(?:kill|kills|killing)(?! (?:(?:\w+ )?(?:him|her|them|you|it|people|someone|somebody|everyone|time|the|a|an|my|his|their|this|that|these|those|off|for|me|us|anyone)\b))",
        ),
    ],
    written=r"unal[i1!|]v",
)

# "gonna unalive tonight": intent with the bare slang verb.
UNALIVE_INTENT = rules(
    "suicide",
    SI,
    [
        (
            "unalive_intent",
            R.INTENT,
            0.85,
            r"(?:going to|gonna|will|about to|ready to|decided to|i am going to) (?:\w+ )?kill(?= *$|[.,;!?]| (?:tonight|today|now|soon|tomorrow|fr|for real))",
        ),
    ],
    written=r"unal[i1!|]v",
)

# The writer's own mind saying it, even in the second person ("my brain goes 'just kys'").
INNER_VOICE = rules(
    "suicide",
    SI,
    [
        (
            "inner_voice",
            R.IDEATION,
            0.96,
            r"(?:my brain|my head|my mind|my thoughts|the voice in my head|a voice in my head|my inner voice) (?:\w+ ){0,2}?(?:goes|says|tells me|keeps saying|keeps telling me|is like|screams|whispers|yells)[:,]? ['\"]?(?:just |to )?(?:kill yourself|kill myself|die|end it)\b",
        ),
    ],
    subject="self",
)

# "my friend wants to die. honestly so do i": the writer says the same of themself. The
# echo counts beside the words it echoes (a wish to die, or thoughts of killing oneself).
_ECHO = (
    r"(?:(?<=^)|(?<=[.!?,;] )|(?<=\band ))(?:honestly |tbh |ngl |lowkey |and )?(?:so do i|me too"
    r"|same here|i do too|so am i|i feel the same(?: way)?|same(?= *$|[.,;!?]))"
    r"(?= *$|[.,;!?]| lol| honestly| tbh| tho| though| sometimes)"
)
ECHO = rules(
    "suicide",
    SI,
    [("echo_wish", R.DESIRE, 0.7, _ECHO)],
    subject="self",
    negatable=False,
    needs=frozenset({R.DESIRE}),
) + rules(
    "suicide",
    SI,
    [("echo_thoughts", R.IDEATION, 0.75, _ECHO)],
    subject="self",
    negatable=False,
    needs=frozenset({R.IDEATION, R.INTENT}),
)

# "does anyone else plan their own death in the shower": the writer counts themself in.
OWN_DEATH = rules(
    "suicide",
    SI,
    [
        (
            "plan_own_death",
            R.IDEATION,
            0.8,
            r"(?:does|do) anyone else (?:ever )?(?:\w+ ){0,2}?(?:plan|planning|picture|imagine"
            r"|fantasi[sz]e about|think about|rehearse) (?:their|my) own (?:death|suicide)"
            r"|(?:plan|planning|planned|plot|plotting|rehearse|rehearsing) my own (?:death|suicide)",
        ),
    ],
    subject="self",
)

# "it crossed my mind" is ordinary alone; beside a lethal dose asked about, it is the thought.
CROSSED = rules(
    "suicide",
    SI,
    [
        (
            "crossed_mind",
            R.IDEATION,
            0.6,
            r"(?:it|the thought|the idea|that thought|that idea) (?:has )?(?:crossed|crosses|keeps"
            r" crossing) my mind",
        ),
    ],
    anchored=True,
)

ALL = (
    DESIRE + CONDITIONAL + IDEATION + INNER_VOICE + UNALIVE + UNALIVE_INTENT + ECHO + OWN_DEATH
    + CROSSED
)  # fmt: skip
