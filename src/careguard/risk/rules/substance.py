"""Substance crises: losing control of use, withdrawal, and too much taken."""

from __future__ import annotations

from careguard.risk.rules._base import rules
from careguard.types import Category, Reason

R = Reason

_DRUG = (
    r"(?:drink|drinking|alcohol|booze|vodka|heroin|opioids|oxy|benzos|xanax|meth|crystal|cocaine|coke"
    r"|crack|fentanyl|ket|ketamine|mdma|molly|pills|weed|speed|spice|gabapentin|painkillers|lean|drugs"
    r"|using|gambling)"
)

SUBSTANCE = rules(
    "substance",
    Category.SUBSTANCE,
    [
        (
            "withdrawal",
            R.SUBSTANCE,
            0.8,
            r"(?:in|going through|having|bad|awful|my|alcohol|opiate|opioid|benzo|heroin|xanax|drug) withdrawals?|withdrawals? (?:from|off) (?:alcohol|drinking|heroin|opioids|opiates|benzos|xanax|meth|cocaine|fentanyl|pills|methadone|drugs)|withdrawal (?:symptoms|shakes|seizures)|withdrawing (?:from|off) (?:alcohol|drinking|heroin|opioids|opiates|benzos|xanax|meth|cocaine|fentanyl|pills|methadone|drugs)|(?:detoxing|dope ?sick|delirium tremens|the dts)|(?<!since i )(?<!since )(?:coming off|quitting|day \d+ (?:without|no|off)|days? (?:without|no)) (?:drinking|alcohol|heroin|opioids|benzos|xanax|meth|cocaine|fentanyl|drinks?)|(?<!since i )(?<!since )(?:quit|stopped) (?:drinking|alcohol|heroin|opioids|benzos|xanax|meth|cocaine|fentanyl|drinks?)(?: cold turkey| (?:yesterday|today|this morning|last night|(?:\d+|two|three|four) days ago)| and (?:i am )?(?:seeing|shaking|sweating|can not))|(?:hands|body) (?:will not|wo not|can not) stop shaking(?: \w+){0,4}? (?:drink|without)|(?<!year )(?<!years )(?<!month )(?<!months )(?<!weeks )without a drink(?: anymore)?|(?:off|without|stopped|quit) (?:the )?(?:booze|alcohol|drink|drinking|heroin|benzos|opioids)(?:[ ,]+\w+){0,8}? (?:shaking|shakes|sweating|sweats|hallucinating|seeing things|hearing (?:things|music|voices)|fitting|seizures?)|(?:sober|clean|without a drink|off (?:the )?(?:booze|drink|alcohol|benzos|heroin|opioids))(?:[ ,]+\w+){0,8}? (?:shaking|shakes|sweating|sweats|seeing things|hallucinating|hearing things|seizures?|fitting)|the shakes get|(?:off|without) (?:the )?(?:booze|alcohol|drink)(?: \w+){0,4}? (?:is this normal|walls are moving)",
        ),
        (
            "loss_of_control",
            R.SUBSTANCE,
            0.7,
            r"(?:(?:relapsed|relapsing)(?= (?:on|with|into|again|after|last|yesterday|today|tonight))(?! (?:on|with|into) (?:sh|self[- ]?harm|cutting|burning|my \w+ (?:recovery|disorder)|(?:the |my )?(?:diet|keto|sugar|chocolate|junk food|sweets|nail biting|smoking|vaping)\b))|using again|drinking again|shooting up(?! (?:the|my|a|his|her) (?:school|office|class|work|church|mall|place))|addicted to (?:\w+ )?(?:painkillers|pills|heroin|opioids|alcohol|drink|drugs|meth|coke|cocaine|crack|benzos|xanax|gambling)|blacked out (?:drunk|again|every)|blacking out|binge drinking (?:every|all|again|most)|(?:need|needing|have to have|have) a drink (?:as soon as i wake|in the morning|to stop (?:the )?shaking|to function|to get through)|(?:using|drinking|high|drunk|wasted) every (?:single )?day|(?:owe|owes) (?:my|his|her|the) dealer|drinking (?:all day|every day|alone|to cope|to forget|until i black out)|can not stop (?:drinking|using|taking them|doing (?:coke|lines|it))|(?:my |his |her )?(?:drinking|using|drug use|habit|gambling) is (?:getting )?(?:out of control|out of hand|worse|killing (?:me|him|her))|drink(?:ing)? (?:himself|herself|myself|themselves) to death|(?:a|an entire|the whole) bottle of (?:vodka|whiskey|wine|rum|gin|tequila) (?:a|every) (?:day|night)|(?:spending|spent|blew) (?:my|all my|the) (?:rent|wages|savings|paycheck) on (?:coke|drugs|drink|booze|meth|crack|pills|gambling)|(?:way |much |a lot )?more (?:\w+ )?than prescribed|(?:on|been on|using) (?:meth|crack|coke|cocaine|speed|ket) for (?:\d+|two|three|four|five|several) days|(?:just )?one (?:more )?line and then|(?:buying|bought|buy) (?:pills|xanax|oxy|benzos|opioids) (?:off|from) (?:the internet|online|the dark web|a dealer|a friend|the street)|taking pills from a friend|(?:lost|losing) my (?:job|licence|license|kids|wife|husband) because of (?:drink|drinking|drugs|my drinking|alcohol|gambling)|still drinking(?= *$|[.,;!?])|i (?:still |just )?can not stop(?= *$|[.,;!?]))|(?:need|have) a drink (?:the (?:minute|moment|second)|when|as soon as) i wake|(?:drink|drinks|drinking) from the (?:moment|minute|second) (?:i|he|she|they) wakes?|(?:drink|drinking) to (?:fall asleep|calm down|get through (?:work|the day)|stop the shakes)(?:[ ,]+\w+){0,6}? (?:drink|drinking) to|hiding (?:bottles|empties|(?:the |my |his |her )?(?:booze|vodka|alcohol))|bottle of (?:wine|vodka|gin|whiskey|rum) (?:by|before) (?:lunch|lunchtime|noon|midday)|(?:drinking|gambling|snorting|smoking) (?:\w+ ){0,2}?(?:wages|savings|money|pay|rent|benefits) away|(?:spending|spent|blew|blown) (?:my |all my |our )?(?:whole |entire )?(?:rent|wages|savings|paycheck|student loan|loan|benefits|pension) on (?:coke|drugs|drink|booze|meth|crack|pills|gambling|ket)|(?:using|doing|taking|snorting|smoking) (?:\w+ )?(?:ket|ketamine|coke|cocaine|meth|heroin|crack|benzos|xanax|oxy|spice|fentanyl|mdma|speed) (?:every|most) (?:single )?(?:day|night)s?|(?:(?:taking|took|take|takes|using|used|drinking|drank|drink|drinks|popping|popped|smoking|had|having) more|more (?:of )?(?:my |his |her )?(?:\w+ )?(?:pills|meds|medication|medicine|tablets|painkillers|xanax|benzos|oxy\w*|adderall|drinks?|alcohol|wine|beer|vodka|weed|coke|doses?))(?: (?:of )?(?:my |his |her )?(?:\w+ ){0,2}?)? ?than (?:i am supposed to|i should|(?:he|she) is supposed to|the (?:doctor|label) says)",
        ),
        (
            "mix",
            R.SUBSTANCE,
            0.75,
            r"(?:mixed|mixing|combined|combining|took) (?:\w+ ){0,2}?(?:{PILLS}|alcohol|drinks?|booze|ket|coke|mdma) (?:with|and) (?:{PILLS}|alcohol|vodka|wine|beer|drinks|booze|ket|coke)",
        ),
        (
            "too_much",
            R.SUBSTANCE,
            0.85,
            r"overdos(?:ed|ing|e) on (?:heroin|fentanyl|coke|cocaine|meth|mdma|ket|drugs|molly|acid|opioids|opiates)|(?:took|taken|did|had|done|used|drank|snorted) (?:way |far |much )?(?:too much|more than usual|way more than usual|too many)(?! (?:\w+ )?(?:food|sugar|pizza|cake|coffee|time|caffeine))",
        ),
        (
            "party_pill",
            R.SUBSTANCE,
            0.8,
            r"took (?:a |some )?(?:pill|pills|something) at (?:the |a )?(?:festival|party|club|rave)|(?:high|drunk|wasted) and (?:can not|confused|scared|alone)",
        ),
    ],
)
