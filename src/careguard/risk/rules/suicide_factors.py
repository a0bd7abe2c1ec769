"""Risk factors without a C-SSRS step, farewells, and protective statements.

Hopelessness, burdensomeness and isolation raise concern without a C-SSRS step; a
farewell is read as intent; "i would never", "i used my safety plan" are protective.
"""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason
SI = Category.SUICIDAL_IDEATION

FACTORS = rules(
    "suicide",
    SI,
    [
        (
            "hopeless",
            R.HOPELESSNESS,
            0.45,
            r"(?:no|not any|lost all|without|given up all) hope|hopeless|(?:can not|cannot) keep (?:doing|living like|going on like|going on with) this(?= *$|[.,;!?]| anymore| any more| any longer| much longer)|not (?:being )?able to (?:do this|go on|keep going|take it|take this|cope) (?:anymore|any more|any longer)|(?:nothing|it|things) (?:will ever|is ever going to|will never|is never going to) (?:get|change|be) (?:any )?(?:better|different|okay|ok)|(?:there is )?no (?:way out|future|light at the end|way back|point anymore|point to anything)|can not see (?:a|any) (?:future|way out|point)|never going to get better|(?:do not|can not) see the point (?:in|of) (?:anything|trying|living|it|any of it)|(?:what is|what) (?:even )?the (?:use|point)(?= *$|[.,;!?])|why (?:even )?(?:bother|try)(?= *$|[.,;!?])|(?:stopped|stop) believing (?:it|things|anything) (?:will|can|could)|nothing (?:works|helps|ever works|ever helps|will help)|(?:can not|can't) imagine (?:ever )?(?:being|feeling) (?:happy|okay|ok|better|good) again|(?:given|giving|gave) up on (?:getting better|everything|life|myself|ever)|(?:do not|no longer) care about anything|tired of fighting|(?:end up|ending up) back in the same (?:hole|place)|nothing to look forward to|no point (?:making plans|trying|in trying)|(?:stopped|stop) looking for me|can not (?:do|take) (?:this|it|life) (?:anymore|any more|any longer)|(?:i am )?trapped(?= *$|[.,;!?])|(?:do not|can not) (?:think|see) (?:that )?there is (?:a|any) way (?:back|out)|(?:i am )?(?:so )?done with (?:all of it|everything|it all)|nothing matters(?: anymore)?|(?:it|things|life) never (?:does|do|gets better|get better|changes|improves)(?= *$|[.,;!?])|there is no point (?:any ?more|anymore|in anything)",
        ),
        (
            "burden",
            R.BURDENSOMENESS,
            0.5,
            r"(?:i am|i feel like|i am just|i have become|feel like i am|being) (?:a |such a |nothing but a |only a |the )?(?:burden|problem everyone|dead weight)|(?:everyone|they|my family|people|you|you all|the kids|she|he) (?:would be|will be|is|are) better off (?:without me|with (?:the |my )?(?:life )?(?:insurance|payout|money|house)(?: money)?)|(?:nobody|no one) would (?:care|notice|miss me)(?: if i (?:was|were) gone| if i died)?|(?:keeps? saying|says|said|keeps? telling (?:me|us)|feels|thinks) (?:that )?(?:he|she|they) (?:is|are|is just|are just|has become|have become) (?:a |such a |nothing but a |only a )?(?:burden|dead weight)|(?:just|always) in the way|(?:people|everyone|they) (?:have|has) to (?:look after|take care of|manage|deal with) me|the one (?:people|everyone|they) (?:have|has) to (?:look after|take care of|worry about|manage)|(?:being )?so much work|i am (?:just )?a lot(?= *$|[.,;!?])|(?:a|the) problem (?:to be solved|everyone has to)|(?:i )?(?:just )?drain (?:everyone|everybody|people)|(?:i )?cost (?:my \w+|them|everyone) everything",
        ),
        (
            "alone",
            R.THWARTED_BELONGING,
            0.35,
            r"(?:nobody|no one) (?:cares|loves|likes|wants|understands|talks to|texts|notices|looked|even looked|remembers) (?:about )?me|(?:nobody|no one) (?:\w+ )?(?:texts|calls|messages) me(?: first)?|i (?:have|got) no (?:one|friends|body)|i have nobody|(?:not|no) (?:one )?single (?:friend|person)|(?:completely|totally|all) alone in (?:this|the world)|i (?:do not|never) belong (?:anywhere|here|in this world|on this earth)|nobody would miss me|(?:only|just) tolerate me|(?:do not|not) have (?:a single|any|one) (?:person|friend)|everyone has (?:someone|somebody) (?:except|but) me|(?:sat|sit|eat|ate) alone (?:at|again)|invisible to everyone|i feel invisible",
        ),
    ],
)

# A farewell is the writer's own, even when it speaks to "you".
FAREWELL = rules(
    "suicide",
    SI,
    [
        (
            "farewell",
            R.FAREWELL,
            0.75,
            r"(?:my )?last (?:sunset|sunrise|day on earth|breath)(?= *$|[.,;!?]| ever| here| on earth| \W)|(?:will not|wo not) be (?:a problem|a burden|around|here|your problem|in (?:your|anyones) way) (?:much|for much|any|for any|a lot) longer|if i (?:go quiet|go silent|disappear|vanish|stop posting|log off|stop replying|go offline) (?:for good|forever|permanently)|(?:saying|say|said|to say) (?:goodbye|my goodbyes) to (?:everyone|you all|my (?:family|friends|kids|children|parents))|(?:goodbye|good bye|farewell) (?:everyone|all|world|forever|cruel world|my friends|guys)|(?:this is|it is) (?:my )?(?:final |last )?goodbye|this is goodbye|{NOT_PREVIOUS}(?:my|this is my) (?:final|last) (?:goodbye|message|post|words|letter)|{NOT_PREVIOUS}(?:the )?(?:final|last) (?:message|post|words) (?:from me|you will (?:get|hear) from me|i (?:will )?(?:send|write|post))(?= *$|[.,;!?]| (?:on here|here|ever|for a while|probably|i think|you will|to you|to anyone))|(?:tell|say|telling) (?:them|everyone|my (?:\w+ )?(?:mom|mum|mama|mummy|mommy|mother|dad|papa|daddy|father|family|kids|sister|brother|parents|wife|husband|son|daughter|children|people)|\w+) (?:that |say |sey |make )?i (?:love|loved|am sorry|sorry|said sorry)|(?:will not|wo not|am not going to) be alive (?:to see |for |by |at )(?:[\w']+ ){0,4}?(?:tomorrow|tonight|morning|sunrise|the weekend|next week)|(?<!should say )(?<!to say )(?<!must say )sorry for everything(?: i have done)?|(?:thank you|thanks) for everything,? (?:goodbye|bye|take care)|i love you all,? (?:goodbye|bye|i am sorry)|i am sorry[.,]? (?:this is goodbye|goodbye|bye)|i will (?:be gone|not be here|not be around)(?= *$|[.,;!?]| by| soon| tomorrow| tonight| when| after)|(?:will not|wo not|am not going to) be (?:around|here) (?:after this|after tonight|after today|to see|for)|if (?:anything|something) (?:happens|should happen) to me(?:[ ,]+\w+){0,7}? (?:passwords?|will|money|accounts?|cat|dog|kids|letter|notebook|savings|insurance)|make sure (?:my |that )?(?:\w+ )?knows? (?:it (?:was|is) not (?:his|her|their|your) fault|i (?:love|loved))|tell (?:\w+ ){1,2}it (?:was|is) not (?:his|her|their|your) fault|(?:will not|wo not|do not|am not going to) need (?:my|this|these|the|it|them) (?:\w+ )?(?:anymore|any more|any longer)|(?:do not|please do not) (?:be sad|cry|blame yourself|miss me) (?:when|after|if) i am gone|when i am gone|after i am gone|(?:finally|soon) (?:going to )?be at peace|(?:one|for the) last time before i (?:go|leave|die)|(?:hear|see) your (?:voice|face) one (?:last|more) time|sorry (?:that )?i (?:was not|am not) (?:enough|good enough)|this is the last time i (?:will|am going to) (?:post|write|talk|message|say|be)|by the time (?:you|anyone|someone|they) (?:read|reads|see|sees|get|gets|find|finds) this|(?:sorry|forgive me) for what i am (?:about to|going to) do|(?:will not|wo not) (?:be a (?:problem|burden|bother) (?:for|to) (?:anyone|anybody|you|everyone)|need to (?:talk to|bother) (?:you|anyone|anybody)|bother (?:you|anyone|anybody))(?: \w+){0,2}? (?:anymore|any more|again|after (?:tonight|today|this))|after (?:tonight|today) i (?:will not|wo not) (?:be a (?:problem|burden)|need|bother|be here)|if you (?:do not|never) hear from me(?: again)?|{NOT_MUCH_LONGER} be (?:around|here|alive) (?:much |for (?:much |very )?)?(?:longer|long)(?= *$|[.,;!?])",
        ),
    ],
    subject="self",
)

# Someone else's goodbye, passed on by the writer: whose it is comes from the context.
SENT_FAREWELL = rules(
    "suicide",
    SI,
    [
        (
            "farewell_sent",
            R.FAREWELL,
            0.7,
            r"(?:messages?|texts?|posts?|notes?|voicemails?) (?:\w+ )?saying goodbye|(?:goodbye|farewell) (?:texts?|messages?|notes?|letters?|posts?|videos?|voicemails?)",
        ),
    ],
)

# "my friend texted me thanks for everything and now her phone is off": someone else's
# thank-you that ends in silence reads as a goodbye.
FAREWELL_THEIRS = rules(
    "suicide",
    SI,
    [
        (
            "farewell_then_silence",
            R.FAREWELL,
            0.7,
            r"(?:texted|messaged|sent|wrote|posted|said|told)(?: me| us| everyone)? (?:\w+ ){0,3}?"
            r"['\"]?(?:(?:thanks|thank you) for everything|goodbye|bye|i love you|sorry for everything|i am sorry|it is not your fault|take care of (?:\w+ )?(?:mum|mom|dad|the kids|my \w+))[^.!?]{0,80}?\b(?:(?:her|his|their) phone (?:is"
            r"|went|has been) (?:off|switched off|dead|straight to voicemail)|(?:is not|isnt|not"
            r"|stopped|has not been|hasnt been) (?:answering|picking up|replying|responding"
            r"|reading)|(?:will not|wont|does not|doesnt) (?:answer|pick up|reply|respond))",
        ),
        (
            # "texted my brother 'are you safe' and he said 'not really'"
            "not_safe_answer",
            R.INTENT,
            0.75,
            r"(?:are you|if (?:he|she|they) (?:is|was|are|were)) safe\W*(?: and| but)?(?: (?:he|she"
            r"|they) (?:said|says|replied|texted|texted back|answered|wrote))\W*(?:not really|no|nope"
            r"|idk|i do not know|not sure|not tonight|i do not think so)\b",
        ),
    ],
    subject="other",
)

# Farewell cues that are everyday phrases on their own: they count beside other evidence.
SOFT_FAREWELL = rules(
    "suicide",
    SI,
    [
        (
            "farewell_soft",
            R.FAREWELL,
            0.6,
            r"(?:thank you|thanks) for (?:everything|trying|being my friend|always being there)|(?:i am )?sorry for (?:all )?(?:the|all the) (?:trouble|pain|hurt|mess|problems|stress) i (?:have )?(?:caused|put you through|brought)|(?:(?:you|they|everyone|you all) (?:will not|wo not|will never|are not going to)|(?:nobody|no one) (?:will|is going to)) (?:have to|need to) (?:worry|deal|put up) (?:about|with) me (?:anymore|any more|again|much longer|for much longer)|(?:part of me is|i am|i have been|i keep) saying goodbye(?= *$|[.,;!?]| without| in my head| in my own way| to (?:people|everyone|everything|my (?:friends|family)))|{NOT_MUCH_LONGER} (?:last|make it|hold on) (?:much |for (?:much |very )?)?(?:longer|long)(?= *$|[.,;!?])|(?:take care of|look after) (?:my|the) (?:\w+ )?(?:cat|dog|pets?|plants|kids|children|fish|rabbit|bird)(?: for me)?|remember the good times|(?:said|saying|say|said all) (?:of )?my goodbyes|(?:it|nothing) (?:will not|would not) matter (?:anymore|any more|soon|after (?:tonight|today|this)|by (?:tomorrow|morning))|(?:just )?wanted (?:someone|somebody|one person|you|people) to know|(?:wanted|want) to say (?:sorry|goodbye|thank you|thanks) to (?:someone|somebody|you|everyone)|the best friend anyone could ask for|i love you all|(?:bye|goodbye)(?= *$|[.,;!?])|(?:it is|it was) not your fault|do not be (?:sad|upset) for (?:too )?long|you (?:were|have been) the best (?:thing|part) (?:in|of) my life|(?:you have|you) (?:been|were) (?:so )?(?:good|kind) to me|if (?:you|u) (?:ever )?(?:see|read|are reading|find) this|(?:it is|its|this is|it was|none of this is) not (?:your|anyone's|anyones|anybody's) fault|(?:give|feed|walk|hug|kiss|cuddle|pet) (?:\w+ ){1,3}?for me(?: ok| okay| please| x+)?(?=[.,;!?]| *$)",
        ),
    ],
    anchored=True,
)

# The writer's own soft goodbyes, said to "you": "last selfie", "see u on the other side".
SOFT_FAREWELL_OWN = rules(
    "suicide",
    SI,
    [
        (
            "farewell_soft_own",
            R.FAREWELL,
            0.6,
            r"see (?:you|u|ya|yall|you all) (?:all )?on the other side(?! of)|{NOT_PREVIOUS}(?:my )?"
            r"last (?:selfie|photo|pic|picture|video|story)(?= *$|[.,;!?]| \W| ever| of me)",
        ),
    ],
    subject="self",
    anchored=True,
)

PROTECTIVE = rules(
    "suicide",
    None,
    [
        (
            "never_would",
            R.PROTECTIVE_FACTOR,
            0.6,
            r"(?:i would|i will|i could) never (?:hurt|kill|harm|do anything to|do that to) (?:{ANY_SELF}|anyone|my (?:\w+ )?(?:mum|mom|dad|kids|family|parents))|i would never do (?:it|that|anything)|i would never(?= *$|[.,;!?])|(?:i am )?not (?:suicidal|going to (?:hurt|kill) {ANY_SELF}|going to do anything|going to start again|going to cut again|at risk|in danger|looking for a crisis line)|i have no (?:intention|plans?|desire|thoughts?) (?:to|of|about) (?:hurt|harm|kill|end|suicide|dying)|no (?:thoughts of|plans to) (?:suicide|hurting myself|self harm|ending it)|no dark thoughts|(?:i am|i feel|i am feeling|to be clear i am|honestly i am) (?:safe|fine safety[- ]wise|okay safety[- ]wise)(?= *$|[.,;!?]| (?:now|here|tonight|for now|with))",
        ),
        (
            "reasons_live",
            R.PROTECTIVE_FACTOR,
            0.5,
            r"(?:my (?:kids|children|son|daughter|dog|cat|family|faith|partner)|(?:for|because of) my (?:kids|children|family|mom|dad|pets?)) (?:keep|keeps|is keeping|are keeping|is why|are why) me (?:going|alive|here)|(?<!if )(?<!whether )(?<!sure )(?:i want|i would like) to (?:live|get better|keep going|stay alive)(?= *$|[.,;!?]| (?:and|but|so|for|because|again|through|past|to see|long enough)\b)|(?:i am|i have been) (?:doing (?:well|better|good|okay|ok)|in recovery|better now|getting better|in therapy|seeing a therapist)|(?:reached out|talking|talked) to (?:a|my) (?:therapist|counsellor|counselor|doctor|gp|crisis line|hotline)|too much to live for|(?:are|is) the (?:only )?reason i (?:keep going|am still here|stay|am alive|get up|hold on)|(?:help me|helping me) find a (?:therapist|counsellor|counselor|doctor)|(?:on a |the )?waiting list for (?:therapy|counselling|a therapist)|my therapist helped me",
        ),
        (
            "safety_plan",
            R.PROTECTIVE_FACTOR,
            0.5,
            r"(?:my|a) safety plan|(?:called|texted|will call|going to call) (?:a |the )?(?:crisis line|hotline|988|samaritans|lifeline|my therapist)|(?:gave|gave away|locked up|flushed|got rid of|threw out|handed) (?:my |the )?(?:pills|meds|gun|knife|blades?) (?:to|away|in)|(?:instead of|rather than) (?:cutting|hurting myself|self harm)|(?:ice cube|went for a walk|texted my friend|called my (?:sister|brother|friend|mum|mom)) instead|(?:months?|weeks?|days?|years?) (?:without|free of|clean from) (?:self harm|cutting|hurting myself)|i promised (?:\w+ ){0,3}?i would call",
        ),
        (
            "recovery",
            R.PROTECTIVE_FACTOR,
            0.5,
            r"(?:stopped|quit|gave up) (?:cutting|self harming|self harm|drinking|using|purging|bingeing|restricting|smoking|gambling)(?: \w+){0,3}? (?:almost |nearly |about |over |more than )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years?|months?) ago|(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen) (?:years?|months?|weeks?)|(?:\d\d+|thirty|sixty|ninety|a hundred) days)(?: today| now)? (?:clean|sober|free|(?:self harm|sh|cutting) free|without (?:cutting|self harm|a drink|drinking|using|purging|relapsing))|(?:\d+|one|two|three|four|five|six) (?:years?|months?) (?:of |since )?(?:no|without) (?:cutting|self harm|purging|drinking|relapse|relapsing)|(?:do not|no longer|never) (?:have|get|feel) (?:the |any )?urges (?:anymore|any more|now)|(?:i am|i have been|i am finally|i am now) (?:(?:so|much|a lot|way) )?(?:in a (?:much |so much |far |way )?(?:better|good|safe|healthier) place|stable|safe) (?:now|these days|today|for (?:years|months|a while|a long time))|(?:i am|i have been) (?:stable|safe|well)(?:,| and) (?:i have|with) (?:a |my )?(?:therapist|psychiatrist|support|job|partner)",
        ),
    ],
    subject="self",
    negatable=False,
)

ALL = (
    FACTORS + FAREWELL + SENT_FAREWELL + FAREWELL_THEIRS + SOFT_FAREWELL + SOFT_FAREWELL_OWN
    + PROTECTIVE
)  # fmt: skip
