"""Eating disorders: restriction, purging, compulsive exercise, fear of weight and its harms."""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason
# A pet off its food is no eating disorder: "our rabbit stopped eating".
_PET = (
    r"(?<!dog )(?<!cat )(?<!rabbit )(?<!bunny )(?<!hamster )(?<!puppy )(?<!kitten )(?<!pet )"
    r"(?<!horse )(?<!tortoise )(?<!bird )(?<!fish )(?<!parrot )(?<!pig )(?<!rat )"
)

EATING = rules(
    "eating",
    Category.EATING_DISORDER,
    [
        (
            "restrict",
            R.EATING_DISORDER,
            0.75,
            r"(?:have not|has not|not|did not|have not really|has not really|had not) (?:eaten|eat|eating)(?: properly| anything| much| real food)? (?:in|for) (?:\d+|two|three|four|five|several|days|a week|weeks)|(?:starving|starve) (?:myself|herself|himself)|(?:restricting|restrict) (?:my |her |his )?(?:food|eating|calories|intake)|restricting (?:to|again|hard|under)|(?:exercising|exercise|working out|running) for hours|(?:under|only|less than|eaten|ate|had) \d+ (?:calories|cals|kcal)(?: (?:a|per|in) (?:\w+ )?(?:day|days))?|(?:only|allow(?:ing)? (?:myself|herself|himself)|limit(?:ing)? (?:myself|herself|himself) to|max(?:imum)? of)(?: \w+){0,2}? \d+ (?:calories|cals|kcal)|(?:not|stopped) eating at all|(?:skips|skip|skipping|skipped) (?:every|all (?:my|her|his)?|most) meals?|fasted for (?:\d+|two|three|four|five|several) days|(?:goal|aim) is (?:\d+|seven|ten) (?:days|kg|lbs|pounds)|(?:get|go|be) under \d+ ?(?:kg|kilos|lbs|pounds)(?: fast)?|(?:still )?(?:do not|does not) want to eat|(?:earn|deserve) (?:my|her|his) food|(?:barely|hardly|not) eat(?:ing)?(?: \w+){0,6}? (?:lose|losing|weight|thin|fat|calories)|lost \d+ ?(?:kg|kilos|lbs|pounds|stone)(?: \w+){0,6}? (?:barely|hardly|not) eat|(?:want|need|have) to lose (?:more|even more|another)|"
            + _PET
            + r"(?:has |have |had )?stopped eating|(?:lie|lying|lied) to (?:everyone|my \w+|people) about (?:eating|food|what i eat|lunch|dinner|breakfast|meals?)|(?:hide|hiding|hid|throw|throwing|threw) (?:my |the )?(?:food|lunch|dinner|breakfast|meals?)(?: \w+){0,3}? (?:in|under|into|so)|(?:eating|eat|ate|eaten) (?:almost|next to|virtually|basically) nothing(?! but)|(?:chew(?:ing)? gum|coffee|water|diet coke) (?:all day )?instead of (?:eating|food|meals)|(?:can not|could not) (?:make|bring) myself (?:to )?eat|(?:have|had) not eaten (?:anything )?since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last \w+)|(?:skip|skipping|skipped) (?:\w+ ){0,3}?(?:as (?:a )?punishment|to make up for it|to compensate)|(?:every time|whenever|if|when) i (?:eat|have)(?: \w+){0,6}? i (?:have|need|must) to (?:run|burn|work) it off|(?:eating|eat) (?:about |around |only )?\d+ (?:calories|cals|kcal)|if the number goes up i (?:do not|will not) eat|(?:period|periods) (?:stopped|have stopped)(?: \w+){0,8}? (?:lose|losing|weight|thin)|(?:happy|glad|proud) (?:about|that) (?:it|i am underweight|i lost)",
        ),
        (
            "purge",
            R.EATING_DISORDER,
            0.8,
            r"(?:(?:purging|purge|purged)(?= (?:after|every|again|when|because|my|her|his|the food|meals?|it|a lot|in the|\d+|four|five|several|so|once|twice)|[.,;!?]|$)|(?:make|making) (?:myself|herself|himself) (?:throw up|sick|vomit)|makes (?:myself|herself|himself) (?:throw up|sick|vomit)|made (?:myself|herself|himself) (?:throw up|sick|vomit)|throwing up after (?:eating|meals|every meal|lunch|dinner)|laxatives|diet pills|binge and purge|bingeing and purging|chew (?:my |and spit|it and spit)|spit it out so)|(?:pro ?ana|thinspo|pro ?mia|meanspo|safe foods?|fear foods?)|(?:suppress|ignore|stop|kill) (?:my |the )?(?:hunger|appetite)|(?:drop|lose) \d+ ?(?:kg|kilos|lbs|pounds|stone) in (?:a|one|two|three|\d+) (?:week|weeks|days)|(?:have|need) to get rid of (?:it|the food|what i ate)|exercise (?:\d+|two|three|four|five) hours a day|(?:walked|ran|run|running|walking) (?:for )?(?:\d+|two|three|four|five) hours? (?:\w+ ){0,3}?(?:after|to burn|because)|(?:apple|meal|bite|cracker)(?: \w+){0,3}? and (?:walked|ran|exercised) for",
        ),
        (
            "body",
            R.EATING_DISORDER,
            0.55,
            r"(?:i am|i feel|i still feel|still feel) (?:so |too )?(?:fat|disgusting|huge)(?: (?:even though|but|after i eat|when i eat)|$)|(?:bmi|weight) (?:is |of )?(?:1[0-6]|under 17)|(?:terrified|scared) (?:of|to) (?:eat|eating|gaining weight|gain weight)|(?:my|i have|i have had|i am|i was|i had|struggling with|suffering from|relapsed into|relapse of|recovering from|diagnosed with|battling|she has|he has|her|his) (?:an |a )?(?:anorexia|anorexic|bulimia|bulimic|binge eating disorder|eating disorder|ed(?! (?:nurse|nurses|doctor|doctors|consultant|registrar|department|shift|shifts|staff|physician|tech|waiting|triage|resus|attending)))\b|(?:obsessed with|fixated on) (?:her|his|my) weight|(?:weigh|weighing) myself (?:\d+|ten|five|twenty) times|(?:so|too|how) thin(?: she| he)? (?:is|has got)|(?:baggy|big) clothes to hide|every meal is a (?:fight|battle)|(?:feel|felt) (?:this )?panic(?: \w+){0,3}? (?:every time|when) i eat|(?:every time|when) i eat i feel (?:this )?(?:panic|guilty|disgusting)|(?:hate|disgusted with|ashamed of|ashamed) (?:myself |me )?(?:that|because|for|after) i (?:ate|eat|had eaten|have eaten)|(?:ate|eaten|binged|dinner|lunch|breakfast|meal|calories)(?:[ ,.]+\w+){0,8}? (?:run|burn|work|walk) (?:it|that|them|the calories|it all) off (?:at|until|tonight|after|before|so)",
        ),
    ],
)

# The pro-eating-disorder community's own words: tags, calorie caps, fasting-day counts.
COMMUNITY = rules(
    "eating",
    Category.EATING_DISORDER,
    [
        (
            "community",
            R.EATING_DISORDER,
            0.75,
            r"#?(?:edtwt|proana|pro ana|promia|thinspo|meanspo|bonespo|skinnyspo|sweetspo)\b(?! (?:is|are) (?:so )?(?:toxic|dangerous|harmful|awful|bad|gross|evil))|(?:day|week) \d+ of (?:<|under |below |less than )\d{3,4}\b|(?:<|under |below |less than )\d{3,4} ?(?:cals?|kcals?|calories)(?: a day| per day| today| daily| again)?|(?:my |a )?(?:new )?(?:lw|gw|ugw|cw)(?: \d+| is| was|:)",
        ),
    ],
    subject="self",
)

# Hiding not eating from the people who watch ("so my parents think i am eating").
HIDDEN = rules(
    "eating",
    Category.EATING_DISORDER,
    [
        (
            "hidden",
            R.EATING_DISORDER,
            0.7,
            r"(?:think|thinks) i am eating|(?:pretend|pretending|pretended) (?:to eat|i (?:have )?(?:ate|eaten))|i (?:hide|hid) (?:it|my food|food) (?:in|under) (?:my|the) (?:pockets?|napkin|sleeves?|bin|bag)",
        ),
    ],
    subject="self",
)
