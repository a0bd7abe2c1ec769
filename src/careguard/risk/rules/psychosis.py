"""Psychosis and mania: voices, delusions of being watched or controlled, no sleep, grandiosity."""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason

_WATCHERS = (
    r"(?:they|the government|the cia|the fbi|the police|my neighbou?rs?|the neighbou?rs?|the people"
    r" (?:upstairs|next door|downstairs)|everyone|people on the street|my family|the birds|strangers"
    r"|someone|somebody|aliens|satan|demons?)"
)

PSYCHOSIS = rules(
    "psychosis",
    Category.PSYCHOSIS_MANIA,
    [
        (
            "command",
            R.PSYCHOSIS,
            0.9,
            r"(?:voices?|god|the devil|demons?|something|they) (?:\w+ ){0,3}?(?:telling|tell|tells|told|say|says|said|order|orders|command|commands) (?:me|him|her) (?:to|that i (?:have|need|should|must) to|i (?:have|need|should|must) to) (?:\w+ )?(?:hurt|kill|harm|jump|die|cut|stab|punish|drown|burn|end)",
        ),
        (
            "voices",
            R.PSYCHOSIS,
            0.8,
            r"(?:hear|hears|hearing|heard) (?:voices(?! (?:from|through|in|of) (?:the |my |our )?(?:upstairs|downstairs|next door|neighbou?rs?|flat|apartment|house|hall|hallway|corridor|street|kitchen|garden|wall|walls|tv|radio|party|other room))|a voice (?:in my head|telling|that (?:is|was) not there|nobody else)|things that are not there|my name (?:being )?called when)|(?:the |a )?voices? (?:tell|tells|told|telling|are telling|keep telling|keeps telling|say|says|said|are saying|keep saying) (?:me|him|her|i|he|she)|(?:see|seeing|saw|sees) (?:things|people|shadows) (?:that are not|that were not|nobody else|moving|crawling)|(?:shadows|walls|tv|radio) (?:keep |are |is )?(?:talking|speaking|whispering) to (?:me|him|her)|(?:nobody|no one) else can (?:hear|see)(?: (?:it|them|him|her))?(?= *$|[.,;!?]| and| but)|(?:that|who|which) only i can (?:see|hear)(?= *$|[.,;!?]| and| but)|(?:the )?voices are (?:back|louder|getting louder)|(?:radio|tv|television|news(?:readers)?|presenters?) (?:\w+ )?(?:keeps? |are |is )?(?:saying my name|giving me (?:instructions|orders|messages)|react(?:s|ing)? to my thoughts|talking about me)|(?:hear|hearing|heard) (?:them|my neighbou?rs|people) (?:\w+ )?through the walls|(?:is|are) (?:an )?impostors?|(?:god|the voice|a voice|voices) (?:\w+ ){0,2}?(?:telling|tells|told|says) me (?:to|that) (?:get rid of|stop|kill|punish)",
        ),
        (
            # Cotard's delusion: "everyone treats me normally when i know i'm actually dead"
            "nihilistic",
            R.PSYCHOSIS,
            0.75,
            r"(?:know|believe|convinced|sure|certain|realised|realized) (?:that )?i am (?:actually|already|really) dead(?! (?:tired|serious|set|inside|broke|on my feet)\b)",
        ),
        (
            "paranoia",
            R.PSYCHOSIS,
            0.7,
            _WATCHERS
            + r" (?:are|is|keep|keeps) (?:\w+ )?(?:watching|following|tracking|spying on|poisoning|after|controlling|listening to|reporting|pumping|reading|out to get) (?:me|him|her|my|his)|(?:chip|implant|camera|cameras|transmitter|microphones?|bugs?) (?:in|inside|into) (?:my|his|her|the) (?:head|brain|body|teeth|tooth|house|walls|flat|room|smoke alarm|light fittings?|tv|phone)|(?:recording|reading|hearing|broadcasting) (?:everything i think|my thoughts)|(?:putting|put|puts) (?:something|stuff|chemicals) in (?:my|the) (?:\w+ ){0,2}?(?:to control|to poison|to drug) me|(?:being|am being|is being) (?:followed|watched) by (?:government|secret|the) (?:agents|police|cia|fbi|mi5)|(?:put|installed|hidden|hid|planted|placed) (?:cameras|bugs|microphones|chips?|trackers?|a tracker|a chip|devices?|listening devices) (?:in|into|on|inside|under) (?:my|his|her|the|our)|(?:sending|send|sends|sent) (?:me|him|her) (?:signs|messages|signals|codes)|(?:receiving|getting|get|receive|received) (?:messages|signs|signals|instructions) from (?:the universe|god|the tv|aliens|spirits|the other side|the radio)|(?:people|they|someone|everyone|the news|presenters?) on (?:the )?(?:tv|radio|news|television) (?:are|is) (?:talking|speaking|laughing|sending) (?:about|to|at) (?:me|him|her)|(?:reading|read|control|controlling|broadcasting|stealing|pulled out of|inserting) (?:my|his|her) (?:thoughts|mind|brain)|(?:know|knows|hear|can hear) what i am thinking|(?:thoughts|mind) (?:are|is) being (?:pulled|taken|stolen|removed|read|controlled|broadcast)|(?:i am|i am actually|he is|she is) (?:not real|dead already|god|jesus|the messiah|the chosen one|a prophet|chosen)(?= *$|[.,;!?]| and)|(?:special|secret|hidden) (?:mission|messages?) (?:from|for|in|meant)|(?:tv|television|radio|news|news anchor|songs?|license plates|number plates|billboards?) (?:is |are )?(?:sending|talking|speaking|sending me|giving me)(?: \w+){0,3}? (?:messages?|signs|directly to me|to me)|messages (?:hidden )?in the (?:\w+ )?(?:plates|tv|news|songs|numbers) (?:meant )?(?:just )?for me|(?:reflection|family|wife|husband|mom|mum|dad) (?:is not|are not|has been|have been) (?:me|real|replaced)|(?:something|someone) (?:has )?replaced (?:me|him|her|my \w+)|(?:poisoning|poisoned|drugging) (?:my|his|her) (?:food|drinks?|water|coffee)|(?:gas|poison) through the (?:vents|walls)|(?:spying on|watching) (?:me|him|her) through (?:the )?(?:vents|walls|tv|phone|mirror)|mission from god|god (?:speaks|talks|is speaking|told me) (?:to me )?directly",
        ),
        (
            "mania",
            R.MANIA,
            0.6,
            r"(?:not been sleeping|not sleeping|barely sleeping|have not been sleeping|hardly sleeping|no sleep)(?: \w+){0,4}? (?:but|and|yet) (?:i )?(?:have|feel|got|still have) (?:a ton of|tons of|so much|loads of|lots of|endless|boundless|limitless|crazy|insane) energy|up for the (?:past|last) (?:two|three|four|five|\d+|few|several) nights (?:planning|working|writing|building|designing|making|coding)|(?:possess|have|discovered|found|developed) new (?:abilities|powers|gifts|superpowers)|(?:have not|has not|not|did not|barely|have not really) slept (?:in|for) (?:like |about |around |almost |over |nearly )?(?:\d+|two|three|four|five|several|many|days|a week)|(?:been )?(?:awake|up) (?:since|for) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+ days|(?:two|three|four|five|six) (?:days|nights))|up for (?:five|four|three|six|\d+) nights|(?:do not|no|does not) need (?:to )?(?:sleep|to eat|food)|(?:thoughts (?:are )?(?:racing|going) )?so fast i can not keep up|thoughts are (?:going|racing) so fast|(?:i am|feel|i feel|felt) (?:like )?(?:a god|invincible|unstoppable|incredible|on top of the world and|chosen)|spent (?:all|my entire|my whole|thousands|\d+ thousand|\d+k)(?: of)? (?:my |our )?(?:savings|paycheck|money|dollars|pounds)? ?(?:in|on|this) (?:one|a|the) (?:day|night|week)|(?:spending|spent|spends) (?:all )?(?:his|her|their|our) (?:money|savings)|(?:stopped|quit) (?:taking )?my (?:lithium|meds|medication|mood stabilisers?) because i (?:feel|felt)|(?:masterplan|master plan|\d+ pages)(?: \w+){0,4}? since (?:last night|yesterday)|universe is (?:finally )?making sense|booked flights (?:to|for) (?:\w+ )?(?:countries|places)|never felt this (?:good|alive|powerful)(?: \w+){0,3}?!|(?:on impulse|impulsively)(?: \w+){0,6}? (?:buying|bought|another)|everything is so (?:exciting and fast|fast and)|manic(?! depression\b)(?: episode)?|(?:never felt (?:better|so clear|so good)(?: in my life)?)(?:[ ,]+\w+){0,6}? (?:slept|sleep|awake)|(?:slept|sleep|awake)(?:[ ,]+\w+){0,8}? never felt (?:better|so clear|so good)|(?:days|nights) awake|(?:have not|has not) slept since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last \w+)|i am a genius|(?:theory of everything|code behind the universe|figured out the universe)|talking (?:too|so) fast|(?:i am|i think i am) going (?:high|manic|up(?= *$|[.,;!?]| again| and up))|(?:have not|has not) slept much but i do not need|(?:is )?bipolar and (?:has not|hasnt) slept",
        ),
    ],
)


# Someone close "replaced" by a double (Capgras): the writer is the one it happens to.
REPLACED = rules(
    "psychosis",
    Category.PSYCHOSIS_MANIA,
    [
        (
            "replaced",
            R.PSYCHOSIS,
            0.7,
            r"(?:she|he|they) (?:has|have|is|are) been replaced(?! by (?:a|an|the|his|her|their) (?:new|younger|better|cheaper)\b| at work| as)|(?:is not|are not) (?:really |actually )?my (?:real )?(?:mum|mom|mother|dad|father|wife|husband|sister|brother|son|daughter|family|parents)(?=[.,;!?]| *$| (?:anymore|any more|same|they|she|he|it|something))",
        ),
    ],
    subject="self",
)
