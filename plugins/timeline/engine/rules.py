"""Rule handlers: read the words of a pattern match into a `Mention`.

Each handler returns None to reject a match (the guards against "May" the
verb, "the Sunday Times", "the 1st Battalion", counts that look like years).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import grammar
from .context import (
    DELIVERY_AFTER,
    DETERMINERS,
    MODAL_AFTER,
    REPORTED,
    figures_of,
    past_verb,
    prev_word_match,
)
from .grammar import alt
from .lexicon import Lexicon, function_words
from .mention import Mention
from .periods import duration_value

# a bare verb comes after these: "to last several weeks", "could last two years", "expect
# demand to fall next year"
BARE_VERB_LEAD = re.compile(r"(?:\b(?:to|will|would|could|can|may|might|should|must|did|does|do)"
                            r"(?:\s+(?:not|never))?|n't|'ll)\s+$", re.I)  # "will not fall on"
# what an adjectival "last" or "following" comes after: "the last three hours", "in its
# following two games"; not "which last three hours", "following three days of delays"
ADJECTIVE_LEAD = DETERMINERS | {"her", "these", "those", "in", "over", "for", "during", "within",
                                "of", "into"}
# "the 10th anniversary of the Sept. 11 attacks": the day marked, so many years back
ANNIVERSARY_OF = re.compile(r"\b(?:(\d+)(?:st|nd|rd|th)|([a-z]+(?:-[a-z]+)?))\s+anniversary\s+of"
                            r"\s+(?:the\s+)?$", re.I)
# a time restated in parentheses, then its day: " (0735 GMT) on Friday"
RESTATED_THEN_DAY = re.compile(r"\s*\([^()\n]{1,25}\)\s+(?:on\s+)?([A-Za-z]+)")
WORD = re.compile(r"'\d\d|\d+/\d+|\d+(?:[.,]\d+)?|[A-Za-z]+(?:'s)?")
_FW = function_words("en")
PREPS = _FW["preps"]
CAP_FUNCTION = _FW["cap_function"]
COUNT_WORDS = _FW["count_words"]
MONTH_PREPS = _FW["month_preps"]
PLURALS = _FW["plurals"]  # plurals without an "s": "about 1500 people" is a count
DETERMINERS = _FW["determiners"]
POSSESSIVES = _FW["possessives"]
A_DAY_OR_NIGHT = re.compile(r"(?i:a\s+(?:day|night))")
# words that leave "a day" a length: "a day late", "a night off", "within a day of arriving",
# "delayed by a day this week", "close for a day so crews can"
KEEPS_LENGTH = frozenset(["late", "early", "apart", "behind", "ahead", "away", "too", "more",
                          "less", "longer", "shorter", "off", "earlier", "later", "sooner", "of",
                          "this", "last", "next", "so", "because"])
# a spoken hour and its part of the day, and the words before it that ask for a time
SPOKEN_HOUR_POD = re.compile(r"(?i:[a-z]+\s+(?:in\s+the\s+[a-z]+|at\s+night))")
TIME_ASKED = frozenset(["at", "until", "till", "by", "around", "about", "before", "after",
                        "since", "was", "is", "from", "to"])
# "close early", "stay open late": hours kept, not a part of a period
OPEN_CLOSE = frozenset(["open", "opens", "opened", "close", "closes", "closed", "closing", "stay",
                        "stays", "stayed"])
OWNERS = DETERMINERS | POSSESSIVES  # "its last New Year's Eve dance": "last" is final
# "by late afternoon", "in the morning": words a part of the day follows, and may be followed by
PART_PREPS = frozenset(["in", "into", "during", "by", "until", "till", "through", "throughout"])
AUXILIARIES = frozenset(_FW["auxiliaries"])
AFTER_PART = frozenset(_FW["stop"]) | AUXILIARIES | {
    "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "local", "there"}
DAY_PARTS = ("morning", "afternoon", "evening", "night")
# "the night of Jan. 13, 2012": a part of the day a date's prepositional phrase names
PART_OF_DATE = re.compile(rf"\b(?:the\s+)?(?:(?:early|late)\s+)?({alt(DAY_PARTS)})\s+of\s+$", re.I)
# "2 a.m. the next morning": a day of the story's, told after the clock time
STORY_DAY_AFTER = re.compile(rf",?\s+(?:the\s+(?:next|following)|that)\s+"
                             rf"(?:day|{alt(DAY_PARTS)})\b", re.I)
FRONTED_BY = re.compile(r"(?:^|[,;]|\band|\bbut)\s*(?:[Bb]y|[Uu]ntil)\s+$")
SET_FOR = re.compile(r"\b(?:scheduled|slated|set|planned|due|postponed|delayed|rescheduled|"
                     r"moved|pushed\s+back)\s+(?:to|for|until)\s+$", re.I)
SAME_PERIOD_OF = re.compile(r"\s(?:of|in)\s+((?:fiscal\s+)?\d{4})$", re.I)
_ATTACKS = r"(?:terror(?:ist)?\s+)?attacks"
SEPT_11_ATTACKS = re.compile(rf"\s+{_ATTACKS}?\b")  # "the Sept. 11 attacks", "Sept. 11 attack"
ATTACKS_OF = re.compile(rf"\b{_ATTACKS}\s+of\s+$", re.I)  # "the attacks of Sept. 11"
STRETCH_OF = re.compile(r"\b(?:for|(?:most|much|rest|part|all)\s+of)\s+$", re.I)
HONOURED = frozenset(_FW["honoured_of_the_year"])
OF_THE_YEAR = re.compile(r"([A-Za-z]+)\s+of\s+$")
THE_BEFORE = re.compile(r"\b[Tt]he\s$")
A_BEFORE = re.compile(r"\b[Aa]n?\s$")
THE_FOURTH = re.compile(r"\b(?:on|for|over|before|after|until|through|by|of)\s+the\s$", re.I)
# "from 6 p.m. to 6 a.m.", "free after 8 p.m., and trains will run until 2 a.m.": a range's end
CLOCK_RANGE_BEFORE = re.compile(r"\d\s*(?:[ap]\.?m\.?|o'clock)\s*(?:to|until|till|-|–)\s*$"
                                r"|\b(?:until|till)\s+$", re.I)
EVERY_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+$")
# "ending weeks of speculation", "after months of talks": a spell of some length
AFTER_SPELL = frozenset(["after", "following", "follows", "followed", "ending", "ended", "ends",
                         "end", "amid", "despite", "within"])

EVENT_NOUNS = _FW["event_nouns"]  # "the Friday explosions": a date names when they happened
DAY_AND_BEFORE = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
                            r"\s*(?:and|or|to|through|-|–)\s*$")
YEAR_LISTED = re.compile(r"(?<![\d,.])(?:1[6-9]\d\d|20\d\d),\s+$")  # "1994, [1995]"
# "founded in 1874", "founded in Kansas City in 1978"
FOUNDED_IN = re.compile(r"\b(?:founded|established|incorporated|built|born)\s+in\s+"
                        r"(?:(?:[A-Z][\w.'-]*,?\s+){1,3}in\s+)?$")
TEMPERATURE = re.compile(r"\b(?:temperatures?|degrees|highs|lows|thermometers?)\b", re.I)
# "after a flat second quarter": a quarter described in passing, not the one reported
_THEN_NOUN = r"\s+(?:[a-z]+\s+)?$"  # an adjective may come between
INDEFINITE_BEFORE = re.compile(rf"\b(?:a|an){_THEN_NOUN}")
SOME_BEFORE = re.compile(rf"\b(?:[Aa]n?|[Oo]ne){_THEN_NOUN}")  # "one wet [weekend]"
GAME_WORDS = frozenset(_FW["game_words"])  # "scored in the fourth quarter": of a game
YOUNG = frozenset(_FW["young"])  # "a 3-month-old baby": an age
OLDEST = 120  # years no one has lived: "400 years old" is a thing's age
MEASURED_BY_PERIOD = _FW["measured_by_period"]  # "average daily volume": no recurrence
SPEED_UNITS = frozenset(_FW["speed_units"])  # "50 miles an hour": a speed, no time of its own
# "Christmas trees", "Easter lilies", "winter coats": kinds of things a time names; "winter
# storms", "spring water", "winter sports": of a season only ("the Presidents Day storm"
# came that day)
SEASONAL_THINGS = _FW["seasonal_things"]
SEASON_KINDS = SEASONAL_THINGS | _FW["season_only_things"]
HEDGE_AFTER = re.compile(r"\sor\s+(so|more)\b", re.I)
HYPHEN_WORD = re.compile(r"-[a-z]")
CAPS_WORD = re.compile(r" [A-Z]{2,}\b")
# "the 1878-foot toboggan run": a measure, not a year
MEASURE_AFTER = re.compile(r"-(?:foot|feet|meter|metre|mile|yard|acre|pound|ton|inch|story|"
                           r"storey|seat|room|page|point)\b")
# "later than planned", "earlier each year", "earlier starting Oct. 1", "earlier since the
# 1960s": what follows a difference of times
SHIFT_AFTER = re.compile(r"\s+(?:than|each|every|starting|beginning|since)\b", re.I)
CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")  # "the 9th U.S. Circuit": a name goes on
REST = re.compile(r".+", re.S)  # re-reads the rest of a match as a match of its own
CLOCK_HEDGE = re.compile(grammar.CLOCK_HEDGE)
A_UNIT_LIKE = re.compile(r"(?i:an?)\s+\w+")
# "2012 will be remembered as a year of fuller planes", "It was a year that began with":
# which year it was, not how long
PREDICATE_BEFORE = re.compile(r"\b(?:is|was|be|been|as|'s)\s+$", re.I)
KIND_AFTER = re.compile(r"\s+(?:of|that|when|which|to(?!\s+the\s+day))\b")
# "40,000 people", "$700 per resident"; not the verb of "2013 was [a year] of rebuilding"
COUNTED_NOUN = re.compile(rf"([\w,.]+)\s+(?:of\s+)?(?:(?!(?:was|has|is|does)\s)[A-Za-z]+s|"
                          rf"{'|'.join(PLURALS)})\s+$|\bper\s+[a-z]+\s+$")
# "2021-2025", "2001–2021": a span of years ("1-800-2000" is a number: more dashes)
YEAR_SPAN = re.compile(r"(?<![\d-])(1[5-9]\d\d|20\d\d)[-–](1[5-9]\d\d|20\d\d)(?![\d-])")


def _year_span(m: re.Match | None) -> re.Match | None:
    """The YEAR_SPAN match, if its second year comes after its first."""
    return m if m is not None and int(m.group(1)) < int(m.group(2)) else None


DAY_PART_AFTER = re.compile(r"\b(?:this|last|tomorrow|tonight|(?=[a-z]+day\s+(?:afternoon|evening|"
                            r"night)\b)[a-z]+day)\s*(afternoon|evening|night)?")
# how many of the second unit make one of the first: "an hour and 45 minutes" is 1.75 hours
UNIT_SIZE = ("CE", "DE", "Y", "Q", "M", "FN", "W", "WE", "D", "H", "MIN", "S")  # large to small
SMALLER_UNIT = {("H", "MIN"): 60, ("MIN", "S"): 60, ("D", "H"): 24, ("W", "D"): 7,
                ("Y", "M"): 12, ("M", "D"): 30}
# "for years", "waited hours", "went days without power": a span, how long not said
SPAN_BEFORE_BARE = frozenset(["for", "over", "in", "within", "took", "spent", "lasted", "after",
                              "take", "takes", "taken", "last", "lasts", "years", "decades",
                              "wait", "waited", "waiting", "gone", "went", "spend", "lasting",
                              # "need years to rebuild", "years, not weeks", "only weeks to"
                              "need", "needs", "needed", "not", "than", "only",
                              "be"])  # "it could be weeks"
HYPHENED_BEFORE = re.compile(r"\w-[a-z]+\s+$")
# "weeks or [months]", "add months, even [years]": the second of two spans; not "in recent
# weeks and months", one stretch
BARE_PAIR = re.compile(r"\b(?:years|decades|months|weeks|days|hours|minutes),?\s+(?:or|even|"
                       r"if\s+not|not)\s+(?:even\s+)?$", re.I)
# "82 million letters and parcels a day", "100 tons of trash a day", "brings $7 billion into
# the area a year": a count earlier in the clause, its rate; not "for a year", "in a day"
COUNT_IN_CLAUSE = re.compile(r"(?:\d|\b(?:million|billion|dozen|hundreds|thousands)\b)"
                             r"[^,;.:()]*?\s+$", re.I)
SPAN_BEFORE_A_UNIT = frozenset(["for", "in", "within", "over", "about", "than", "of", "and", "or",
                                "nearly", "almost", "just", "only", "at", "least", "after",
                                "before", "by", "from", "to", "until", "another", "past", "last",
                                "next", "first", "once", "twice", "times", "up"]) | SPAN_BEFORE_BARE
# "below 2019 levels", "2008 highs", "will report 2011 results": the year a figure is
# measured by, not a count
YEAR_BASIS = frozenset(["levels", "highs", "lows", "peaks", "prices", "figures", "results",
                        "numbers", "earnings", "data", "statistics", "estimates", "sales",
                        "receipts", "returns", "seasons", "profits", "revenues", "shipments"])
PUNCT_AFTER = re.compile(r"\s*[,.;:]")
TITLE_ABBR_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Rev|Prof|Sgt|Capt)\.\s+$")
# "a wet spring and an unusually cool August", "after a warm May": the weather of one
_WEATHER = r"(?:wet|dry|warm|cold|cool|hot|mild|rainy|snowy|harsh|severe|chilly|frigid|stormy|" \
    r"sunny|soggy)"
# "a wet spring", "a cold, rainy spring", "a dry and warm autumn"
WEATHER_BEFORE = re.compile(r"(?:(?<=[a-z,] )|^|(?<=[.!?\"“] )|(?<=\n))(?:a|an)\s+"
                            r"(?:(?:unusually|very|particularly|exceptionally|relatively|record)\s+)?"
                            rf"{_WEATHER}"
                            rf"(?:(?:,|\s+and)\s+{_WEATHER})*\s+$", re.I)
# "the driest spring on record", "a drier-than-normal spring", "Ohio's warmest March": a
# season or month its weather describes, not a water spring nor a protest march
_WEATHER_ROOT = r"(?:dr|wett|warm|cold|hott|cool|snow|rain|storm|wind|mild|sunn|harsh)"
DESCRIBED_BEFORE = re.compile(rf"\b(?:(?:[Tt]he|\w+['’]s)\s+{_WEATHER_ROOT}[a-z]?est|"
                              rf"(?:a|an)\s+{_WEATHER_ROOT}"
                              r"[a-z]?er-than-(?:normal|average|usual|expected))\s+$")
# "a rough May", "a cold, wet March", "into a March that": a month described; "the
# government's May employment report": a month's figures
A_MONTH_BEFORE = re.compile(r"(?:(?<=[a-z,] )(?:a|an)|(?:^|(?<=[.!?\"“] ))(?:A|An))\s+"
                            r"(?:[a-z]+,?\s+){0,2}$")
OWNER_BEFORE = re.compile(r"[a-z]'s\s+$")
# "overnight" as "at once": after a degree word, or what cannot be done or happen so fast
SUDDENLY_BEFORE = re.compile(r"(?:\b(?:almost|nearly|virtually|practically|seemingly|literally)|"
                             r"(?:n't|\bnot|\bnever)\s+(?:\w+\s+)?(?:happen|change|do\s+it|"
                             r"be\s+done|be\s+fixed))\s+$", re.I)
AFTER_SCORE = PREPS | {"and", "or", "but"}  # no noun the number would be the year of
RATING_BEFORE = re.compile(r"\b(?:rated|ratings?\s+of)\s+(?:about\s+|over\s+|above\s+|nearly\s+)?$",
                           re.I)
PLACE_DEL = re.compile(r"\b[Dd]el\s+$")  # "Del Mar", "Corona del Mar": Spanish, not March
# "Harold and June Brandt", "his wife, June,": a first name, told by the name or kin beside it
NAME_AND_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+and\s+$")
KIN_BEFORE = re.compile(r"\b(?:wife|husband|daughter|son|mother|father|sister|brother|widow|"
                        r"widower),\s+$")
A_SEASON_BEFORE = re.compile(r"(?<=[a-z,] )(?:a|an)\s+(?:(?!(?:will|would|could|can|may|might|"
                             r"must|should)\b)[a-z]+(?:,|\s+and)?\s+){1,3}$")
WATER_BEFORE = re.compile(r"(?<!, )\b(?i:hot|freshwater|mineral|thermal|artesian|geothermal)\s+$")
# "that fall into foreclosure", "that spring up": the verb and its particle
VERB_PARTICLE = re.compile(r"\s+(?:into|under|within|behind|below|short|apart|outside|off|back|"
                           r"through|between|up|out|victim|prey|ill|silent|asleep)\b", re.I)
SEASON_ENDS = re.compile(r"\s*[.,;:]|\s+(?:that|when|and)\b")  # "a sluggish fall."
FALL_NOUN = re.compile(r"\s+(?:(?:of|in)\b|(?:to|from)\s+(?:[$£€\d]|a\b|an\b|the\b))")
# "Spring officially begins Saturday", "Summer doesn't officially begin until Friday",
# "as the decade ends tonight", "as the year draws to a close", "It'll be spring before the
# roads are clear": the season or period itself, as the subject of its coming or going, or
# what "it" will be
PERIOD_COMES = re.compile(r"\s+(?:that\s+)?(?:(?:does(?:n't|n’t|\s+not)|will|won't|won’t)\s+)?"
                          r"(?:officially\s+)?(?:begins?|began|starts?|started|arrives?|arrived|"
                          r"ends?|ended|closes|draws\s+to\s+a\s+close)\b")
IT_WILL_BE = re.compile(r"\b[Ii]t(?:'ll|’ll|'s|’s|\s+(?:will|would|could|might|may|is|was))?\s+"
                        r"(?:not\s+)?(?:be\s+)?$")
# "between now and March": the month a span runs to
UNTIL_NOW_AND = re.compile(r"\bnow\s+and\s+$", re.I)
# "March was the warmest on record", "March may not be kind to us": the month as a subject;
# the walk has an article ("The march was peaceful")
MONTH_AS_SUBJECT = re.compile(r"\s+(?:alone\s+)?(?:(?:was|is|will|has|had|could|would|may|"
                              r"might|brought|saw|began|ended|came)\b)")
# "will one day run the company": "one day" before a verb; not "cut watering to one day a
# week" nor "to one day."
ONE_DAY_VERB = re.compile(r"\s+(?!(?:a|an|the|per|each|every|of|and|or|in|at|on|for)\b)[a-z]+\b")
UNITS_OF = re.compile(r"\b(?:days|weeks|months)\s+of\s+$", re.I)  # "six weeks of winter"
# "the current below the dam", "a strong current far from the boat": the water's, which
# an adverb or a verb follows, where the time's "current" is followed by its noun
WATER_CURRENT_AFTER = frozenset(["also", "below", "far", "out", "remains"])
WEEKEND_AHEAD = frozenset(["for", "through", "before", "until", "till"])
SEASON_PAIR_BEFORE = re.compile(r"\b(?:spring|summer|autumn|winter)\s+(?:and|or)\s+$", re.I)
# "the days of the week", "the early hours of Thursday": parts of a whole, not a span;
# "months of uncertainty" is one
OF_THE = re.compile(rf"\s+(?:(?i:{alt(DETERMINERS | {'these', 'those'})})\b|[A-Z])")
PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:(?:not|never|already|been|just)\s+)*[a-z]+ed\b"
                                 r"[^.;!?]*$")
# "Sunday school", "Sunday best", "its Sunday magazine": things of Sundays, no day
SUNDAY_THINGS = frozenset(["school", "schools", "best", "suit", "clothes", "magazine",
                           "supplement"])
# "establishment number 2158", "lot 2011": a figure that labels, not a year
LABEL_NOUNS = frozenset(["number", "no", "nos", "lot", "batch", "code", "serial", "item",
                         "catalog", "catalogue"])
MODEL_AFTER = re.compile(r"\s+models?\b")
AS_LATE_AS = re.compile(r"\bas\s+(?:late|early|recently|soon)\s+as\s+(?:the\s+)?$", re.I)
DEFINITE_BEFORE = re.compile(rf"\b(?i:{alt(POSSESSIVES | {'the', 'these', 'those'})})\s+"
                             r"(?:[a-z]+\s+)?$")
# "stocks as of June 1, down 19 percent from June 1, 2002": the day figures stand at
DATA_AS_OF = re.compile(r"(?:\bas\s+of|\d\s*(?:%|percent)\s+(?:from|than))\s+$", re.I)
# "proceeds from last year's supper", "a deficit left from last year's event": the year's
# own thing, not a figure compared ("up from last year's $4 million", "last year's level")
YEAR_S_OWN = re.compile(r"['’]s\s+(?![$£€\d])(?!(?:[\w-]+\s+)?(?:levels?|figures?|totals?|"
                        r"results?|sales|profits?|earnings|revenues?|loss(?:es)?|rates?|pace|"
                        r"records?|numbers?|counts?|output|prices?|highs?|lows?|mark|"
                        r"quarter|period)\b)[a-z]", re.I)
# "fell to 34,000 in 2004 from 49,400 in 2003": the year compared with (commas inside figures)
YEAR_COMPARED = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.)\s+"
                           r"(?:(?:[^.;,]|,(?=\d))*?\d(?:[^.;,]|,(?=\d))*?\s+)?(?:in\s+)?$")
# "Christmas Island", "the Memorial Day Fund": a capitalised noun goes on with the name; not
# "the Easter Mass", held on the day
NAME_GOES_ON = re.compile(r" (?!(?:Eve|Day|Sunday|Monday|Weekend|Week|Mass|Masses)\b)"
                          r"[A-Z][a-z]+\b")
# "Juneteenth became a federal holiday": the holiday as such, no one day of it
HOLIDAY_MADE = re.compile(r"\s+(?:became|becomes|is|was|has\s+been|had\s+been)\s+(?:an?|the)\s+"
                          r"(?:\w+\s+)?(?:federal|national|official|public|state|legal|paid|"
                          r"statutory)\s+(?:bank\s+)?holiday\b", re.I)
# "the Communist Party daily Granma", "the business weekly Barron's": the paper, not a rate
PAPER_BEFORE = re.compile(r"(?:\b(?:the|business|financial|economic|sports|state|national|"
                          r"local|regional|official|leading|tabloid|party)|[A-Z][\w.-]*)\s+$")
STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Avenue|Street|Road|Boulevard|Lane|"
                          r"Drive|Place|Court|Square|Parkway|Highway|Way|Terrace|Plaza|"
                          r"Ave\.|St\.|Rd\.|Blvd\.|Pkwy\.)")
# "1995 BQ2", "2004 MN4": a year with a code of capitals and digits names a catalogued object
DESIGNATION_AFTER = re.compile(r"\s[A-Z]{1,3}\d{1,3}\b")
SPENT_FOR = frozenset(["for", "spent", "spend", "spends", "spending"])
MILITARY_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
CLOCK_TONIGHT = re.compile(r"\d{1,2}:\d\d" + grammar.TONIGHT_AHEAD)  # "9:15 tonight"
CLOCK_PREPS = frozenset(["at", "by", "until", "till", "before", "after", "from", "around", "since"])
# the last clock time told with its half of the day, and nothing of a morning since: "Doors
# open at 6:30 p.m., and the first whistle is at 7:30"
MERIDIEM = r"\d\s*([ap])\.?m\b"  # "6:30 p.m.", "7am"
EVENING_BEFORE = re.compile(r"\b(?:tonight|evening)\b[^.;!?]*$", re.I)
LAST_MERIDIEM = re.compile(rf"{MERIDIEM}(?!.*(?:{MERIDIEM}|\bmorning\b|\bdawn\b))", re.I | re.S)
QUARTER_EDGE = re.compile(grammar.QUARTER_EDGE)
PAIR_TAIL = re.compile(r"\b(quarters?|halves|half)\b(?:\s+of\s+(\d{4}))?", re.I)
QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "business is usually done in the second and fourth quarters": every year, not one
HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|traditionally|often|"
                      r"customarily|tends?\s+to)\b(?![^.;]*[.;])", re.I)
UNIT_SPAN_PREPS = frozenset({"over", "in", "during", "throughout", "through"})
SPAN_PREPS = UNIT_SPAN_PREPS - {"in"} | {"for"}  # "for the week,", "during the month."
# "the same week last year", "the same month a year ago"
SAME_A_YEAR_BACK = re.compile(r"\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before))\b", re.I)
# "closed out the year", "is ending the year with", "the total for the year", "ended the
# month down", "a wet start to the month": the period the story is in
PERIOD_CLOSED = re.compile(r"\b(?:closed\s+out|clos(?:es|ing)\s+out|end(?:s|ed|ing)?|"
                           r"finish(?:es|ed|ing)?|total\s+for|start\s+to|start(?:s|ed))\s+$",
                           re.I)
# "the storm of [the century]": a noun of praise, not a superlative or a part
NOUN_OF_THE = re.compile(r"\b[Tt]he\s+(?!(?:[a-z]+est|worst|best|most|least|last|first|second|"
                         r"third|rest|end|turn|start|middle)\b)[A-Za-z]+\s+of\s+$")
# after "the first half": an event's ("of the festival", "Saturday night"), not a year's
HALF_OF_EVENT = re.compile(r"\s+(?:of\s+(?:the|a|an|its|their|his|her)\s+(?!(?:year|decade|"
                           r"century|fiscal|financial|calendar|current|season|month|quarter|"
                           r"twentieth|21st|20th|19th)\b)|[A-Z][a-z]*day\b)")
HALF_OF_YEAR = re.compile(r"\s+of\s+(1[6-9]\d\d|20\d\d)(?![\d,.]\d)")

# Word after "N units" -> (direction of the offset, counted from the previous mention?)
_OFFSET_TRAILS = {
    "ago": ("ago", False),
    "back": ("ago", False),
    "earlier": ("earlier", True),
    "prior": ("earlier", True),
    "before": ("earlier", True),
    "later": ("later", True),
    "afterwards": ("later", True),
    "afterward": ("later", True),
    "after": ("later", True),
    "hence": ("from_now", False),
    "now": ("from_now", False),
    "today": ("from_today", False),  # "a week from today": that day
    "ago today": ("ago_today", False),  # "a year ago today": that day a year back
    "ago this week": ("ago_this_week", False),  # "a year ago this week": that week
    "ago this month": ("ago_this_month", False),
}


GENERIC_AFTER = re.compile(r"\s+(?:world|society|youth|young|generation|children|kids|families|"
                           r"culture|consumers?|economy|standards|technology|students|women|men)\b",
                           re.I)
GENERIC_OF = re.compile(r"\b(?:the|a)\s+(?!end\b|start\b)\w+\s+of\s+$", re.I)


def words(s: str) -> list[str]:
    return [w.lower() for w in WORD.findall(s)]


class Rules:
    """Handlers bound to one language's lexicon."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        months = alt([m for m in lex.months if m.isalpha()], cap=True)
        day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        self._day_month = re.compile(rf"\b{day}\s+(?:of\s+)?{months}\b")
        self._month_day = re.compile(rf"\b{months}\.?\s+{day}\b(?!\d)")
        # "between January and March", "between August 1986 and March": the second month of a
        # range
        self._month_range = re.compile(rf"\b{months}\.?(?:\s+\d{{4}})?\s+(?:and|or|to|through)\s+$")
        # "in both May and June": the first month of a pair; "from June to September 2014":
        # the year written once serves both
        self._month_pair = re.compile(rf"\s+(?:and|or|to|through)\s+{months}\b")
        self._pair_year = re.compile(rf"\s*(?:-|–|\s(?:and|or|to|through|until)\s)\s*({months})"
                                     r"\.?,?\s+((?:1[6-9]|20)\d\d)\b")
        zones = alt(lex.timezones)
        self._zone = re.compile(rf"\b({zones})\b")
        # "10:35 a.m. (": a clock time just written, then the same time in another zone
        self._restating = re.compile(rf"(?:\d|\b[ap]\.?m\.?|\b{zones})\s*\(\s*$")
        # holiday names as the words of a match spell them ("martin luther king jr day")
        self._holidays = {" ".join(words(k)): v for k, v in lex.holidays.items()}
        self._zone_after = re.compile(rf"\s+(?:{zones})\b")
        # "an hour [and 45 minutes]", "2 hours[, 12 minutes]", "two years [and three days] ago"
        self._two_units_re = re.compile(
            rf"(?:\s+and\s+(?!a\s+half\b)(\S+(?:\s+\S+)?)|,?\s+(\d+))\s+({alt(lex.units)})\b(.*)$",
            re.I | re.S)  # not "two [and a half hours]": that half is the count's
        self._order: tuple[str, bool] | None = None  # (text, day first) of the last text asked
        self.handlers: dict[str, Callable[[str, re.Match], Mention | None]] = {
            name[3:]: getattr(self, name) for name in dir(self) if name.startswith("on_")
        }

    # ---- helpers -----------------------------------------------------
    def day_first(self, text: str) -> bool:
        """Does the text write its dates day first ("4 July 2021"), as most news outside
        the United States does? Then "5/7/2021" is 5 July, not May 7."""
        if self._order is None or self._order[0] is not text:
            dm = len(self._day_month.findall(text))
            self._order = (text, dm > 0 and dm > len(self._month_day.findall(text)))
        return self._order[1]

    def is_count(self, w: str) -> bool:
        """A word that states a number of its own (not the article "a")."""
        card = self.lex.cardinals
        if w[:1].isdigit():  # "" too: "'s Christmas a year" leaves "s" with its "s" cut
            return True
        if w in ("a", "an"):
            return False
        return w in card or w == "couple" or ("-" in w and all(p in card for p in w.split("-")))

    def number(self, ws: list[str]) -> float | None | bool:
        """The amount spelt by `ws` (None when vague, False when no number)."""
        lex = self.lex
        if ws[:2] in (["half", "a"], ["half", "an"], ["a", "half"], ["a", "quarter"]):
            # "half a century", "half a dozen", "a half hour", "a quarter (of a) century"
            k = 4 if ws[2:4] in (["of", "a"], ["of", "an"]) else 2
            share = 0.5 if "half" in ws[:2] else 0.25
            rest = self.number(ws[k:]) if ws[k:] else 1.0
            return rest * share if rest else rest
        counted = any(self.is_count(w) for w in ws)
        if not counted:
            joined = " ".join(ws)
            for v in lex.vague:
                if joined.startswith(v) or f" {v}" in f" {joined}":
                    return None
        total = 0.0
        found = False
        last_digit = False
        for w in ws:
            if counted and w in ("a", "an"):
                continue
            if found and (w in ("to", "or") or (last_digit and w[0].isdigit() and "/" not in w)):
                break  # a range ("two to three weeks", "12-18 months"): its lower bound
            last_digit = w[0].isdigit()
            if "/" in w:
                num, _, den = w.partition("/")
                if num.isdigit() and den.isdigit() and int(den):
                    total += int(num) / int(den)
                continue
            if w[0].isdigit():
                total += float(w.replace(",", ""))
                found = True
            elif "-" in w and all(p in lex.cardinals for p in w.split("-")):
                total += sum(lex.cardinals[p] for p in w.split("-"))
                found = True
            elif w in ("hundred", "thousand") and found:
                total *= 100 if w == "hundred" else 1000
            elif w == "couple":
                total, found = 2.0, True
            elif w in lex.cardinals:
                total += lex.cardinals[w]
                found = True
        if "half" in ws and "and" in ws:
            total += 0.5
        return total if found else False

    def prev_word(self, text: str, pos: int) -> str:
        m = re.search(r"([A-Za-z$%]+|\d+)\W*$", text[max(0, pos - 30) : pos])
        return m.group(1) if m else ""

    def next_word(self, text: str, pos: int) -> str:
        m = re.match(r"[ \t]*([A-Za-z]+|\d+)?", text[pos : pos + 30])
        return (m.group(1) or "") if m else ""

    def titled(self, text: str, start: int, word: str) -> bool:
        """Is `word` (part of the match at `start`) capitalized as in a title or a name?

        A capital inside the phrase ("This Week", "60 Minutes") or a capitalized
        single word right after another capitalized word ("High Noon", "VOA Today"),
        away from the start of a sentence.
        """
        if not word[:1].isupper() or word.isupper():
            return False
        if word != text[start:start + len(word)]:
            return True  # a capitalized non-initial word
        prev = self.prev_word(text, start)
        return bool(prev[:1].isupper()) and prev not in CAP_FUNCTION and \
            not self._sentence_start(text, start)

    @staticmethod
    def is_comparison(text: str, pos: int) -> bool:
        """Is the expression at `pos` the second term of a comparison of figures?"""
        before = text[max(0, pos - 60):pos]
        return bool(re.search(r"(?:compared\s+(?:with|to)|from|than|versus|vs\.|against|over)"
                              r"\s+(?:[^.;]*?\d[^.;]*?\s+)?(?:in\s+|for\s+)?(?:the\s+)?$",
                              before, re.I))

    def mod_words(self, ws: list[str]) -> tuple[str | None, int]:
        """The TIMEX3 mod that `ws` starts with and how many words spell it."""
        joined = " ".join(ws)
        for k, v in sorted(self.lex.mods.items(), key=lambda kv: -len(kv[0])):
            if v in ("START", "END", "MID"):
                continue
            if joined.startswith(k + " "):
                return v, len(k.split())
        return None, 0

    def mod_of(self, ws: list[str]) -> str | None:
        joined = " ".join(ws)
        for k, v in self.lex.mods.items():
            if joined.startswith(k + " ") or joined == k:
                return v
        return None

    def edge_mod(self, ws: list[str]) -> str | None:
        if ws[:1] == ["the"]:
            ws = ws[1:]  # "the late 1990s" is as late as "late 1990s"
        j = " ".join(ws)
        if re.match(
            r"(the )?(end|close|latter part|second half|last half|latter half) of", j
        ) or ws[:1] == ["late"]:
            return "END"
        if re.match(r"(the )?(beginning|start|turn|first half|first part) of", j) or ws[:1] == [
            "early"
        ]:
            return "START"
        if re.match(r"(the )?middle of", j) or ws[:1] == ["mid"]:
            return "MID"
        return None

    def year_of(self, ws: list[str]) -> int | None:
        for w in reversed(ws):
            if w.isdigit() and len(w) == 4:
                return int(w)
            if w.startswith("'") and w[1:].isdigit():
                yy = int(w[1:])
                return 2000 + yy if yy < 40 else 1900 + yy
        return self.spelled_year_of(ws)

    def spelled_year_of(self, ws: list[str]) -> int | None:
        """ "... nineteen ninety-seven" at the end of `ws`: 1997."""
        parts = [p for w in ws for p in w.split("-")]
        card = self.lex.cardinals
        for i in range(len(parts) - 1):
            if parts[i] in ("nineteen", "twenty") and parts[i + 1].endswith("ty") and \
                    parts[i + 1] in card and len(parts) - i <= 3:
                ones = card.get(parts[i + 2], 0) if len(parts) - i == 3 else 0
                return card[parts[i]] * 100 + card[parts[i + 1]] + ones
        return None

    def month_of(self, ws: list[str]) -> int | None:
        for w in ws:
            if w in self.lex.months:
                return self.lex.months[w]
        return None

    # ---- handlers (name after on_ = pattern name in grammar.py) --------
    def on_date_mdy(self, text, m):
        ws = words(m.group())
        mon = self.month_of([w for w in ws if w not in self.lex.weekdays or w in self.lex.months])
        days = [
            int(re.match(r"\d+", w).group())
            for w in ws
            if w[0].isdigit() and len(w) <= 4 and not (len(w) == 4 and w.isdigit())
        ]
        days = [d for d in days if d <= 31] or [
            n
            for w in re.findall(r"[a-z]+(?:-[a-z]+)?", m.group().lower())
            if isinstance(n := self.lex.ordinals.get(w), int) and n <= 31
        ]
        if mon is None or not days or PLACE_DEL.search(text, max(0, m.start() - 4), m.start()):
            return None  # "beat Corona del Mar 8-6": a place and a score
        start = m.start()
        if ws[0] in ("the", "last", "next") and ws[1] in self.lex.months:
            # "the Oct. 23 bombing"; "shot to death last Oct. 23": the date, which "last" puts
            # before the reference, as TimeBank marks it
            start += re.match(r"\w+\s+", m.group()).end()
        if ws[-1] == "weekend":  # "the Fourth of July weekend": the weekend of the day, as a
            # holiday's ("Labor Day weekend") is
            return Mention(m.start(), m.end(), "date", year=self.year_of(ws), month=mon,
                           day=days[0], unit="WE")
        wd = next(
            (self.lex.weekdays[w] for w in ws if w in self.lex.weekdays and w.endswith("day")), None
        )
        mention = Mention(
            start, m.end(), "date", year=self.year_of(ws), month=mon, day=days[0], weekday=wd,
            # "July 1 next year"; "last Dec. 3": the one before the reference
            rel=f"year_{ws[-2]}" if ws[-1] == "year" else ws[0] if ws[0] in ("last", "next")
            else None,
        )
        if part := PART_OF_DATE.search(text, max(0, start - 24), start):
            # one time, as "Tuesday night" is: "on the night of Dec. 11"
            mention.start, mention.type = part.start(), "TIME"
            mention.pod = self.lex.parts_of_day[part.group(1).lower()]
        if DATA_AS_OF.search(text, max(0, start - 40), start):
            mention.passing = True  # not the story's day
        elif mention.year is None and (
                ann := ANNIVERSARY_OF.search(text, max(0, start - 40), start)):
            # "the 10th anniversary of the Sept. 11 attacks": the day ten years before the one
            # marked
            n = int(ann.group(1)) if ann.group(1) else self.lex.ordinals.get(ann.group(2).lower())
            if isinstance(n, int):
                mention.years_back, mention.passing = n, True
        elif mention.year is None and (mon, days[0]) == (9, 11) and (
                SEPT_11_ATTACKS.match(text, m.end())
                or ATTACKS_OF.search(text, max(0, start - 24), start)):
            # "since the Sept. 11 attacks", "the attacks of Sept. 11": the day the phrase
            # names, told in passing
            mention.year, mention.passing = 2001, True
        return mention

    on_date_dmy = on_date_mdy

    def on_date_numeric(self, text, m):
        from .dates import parse_absolute

        stamp = re.match(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)", m.group())
        d = parse_absolute(stamp.group(1) if stamp else m.group(), day_first=self.day_first(text))
        if d is None:
            return None
        if stamp and int(stamp.group(2)) < 24 and int(stamp.group(3)) < 60:
            # "2021-07-04T10:00:00Z", a web timestamp: the clock time of that day
            return Mention(m.start(), m.end(), "time", "TIME", year=d.year, month=d.month,
                           day=d.day, clock=f"{stamp.group(2)}:{stamp.group(3)}")
        return Mention(m.start(), m.end(), "date", year=d.year, month=d.month, day=d.day)

    def on_month_year(self, text, m):
        ws = words(m.group())
        mon = self.month_of(ws)
        if mon is None:
            return None
        year_rel = next((w for w in ws[-2:-1] if w in ("this", "last", "next", "that")), None)
        if year_rel and ws[-1] == "year":
            # "June last year": the month of that year, not the nearest June
            return Mention(m.start(), m.end(), "month", month=mon, rel=f"year_{year_rel}",
                           mod=self.edge_mod(ws))
        return Mention(
            m.start(), m.end(), "month", year=self.year_of(ws), month=mon, mod=self.edge_mod(ws)
        )

    def on_month(self, text, m):
        ws = words(m.group())
        word = m.group().split()[-1].split("-")[-1]
        mon = self.lex.months.get(word.lower())
        if mon is None:
            return None
        qualified = len(ws) > 1 or "-" in m.group()
        prev = self.prev_word(text, m.start())
        if ws[0] == "that" and (prev.lower() in REPORTED or MODAL_AFTER.match(text, m.end()) or
                self.next_word(text, m.end()).lower() in AUXILIARIES or (
                prev.lower().endswith("ing") and prev.lower() not in PREPS)):
            # "said that May would be busy", "noting that April's belly": the conjunction
            month = re.search(r"\s+", m.group()).end()
            return self.on_month(text, REST.match(text, m.start() + month, m.end()))
        nxt = text[m.end() : m.end() + 2]
        if not qualified:
            prev_is_prep = prev.lower() in PREPS
            # "It's March", "It will be June before", "Come February, I'll be buying": the
            # month; "It's May who decides" may be a name
            it_is = word != "May" and IT_WILL_BE.search(text, max(0, m.start() - 20), m.start()) \
                or prev.lower() == "come" and text.startswith(",", m.end())  # "Come February,"
            if (
                not it_is
                and prev[:1].isupper()
                and prev not in CAP_FUNCTION
                and prev.lower() not in self.lex.months
                and not self._sentence_start(text, m.start())
            ):
                return None  # "Theresa May", "Brian May"; not "January, March and June"
            if word in ("May", "March") and prev.lower() not in MONTH_PREPS and \
                    not (word == "March" and prev == "for") and \
                    prev.lower() not in self.lex.months and not \
                    DESCRIBED_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not \
                    A_MONTH_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not \
                    AS_LATE_AS.search(text, max(0, m.start() - 20), m.start()) and not (
                    OWNER_BEFORE.search(text, max(0, m.start() - 30), m.start())
                    and (nxt_word := self.next_word(text, m.end())).islower()
                    and nxt_word not in AFTER_PART | REPORTED) and not \
                    self._month_range.search(text, max(0, m.start() - 30), m.start()) and not \
                    self._month_pair.match(text, m.end()) and not (
                    prev.lower() == "the" and self.next_word(text, m.end()) in EVENT_NOUNS
            ) and not text.startswith(("'s ", "’s "), m.end()) and \
                    not DELIVERY_AFTER.match(text, m.end()) and not \
                    SET_FOR.search(text, max(0, m.start() - 24), m.start()) and not \
                    figures_of(text, 0, m.start(), m.end()) and not \
                    it_is and not \
                    UNTIL_NOW_AND.search(text, max(0, m.start() - 12), m.start()) and not (
                    word == "March" and prev.lower() not in DETERMINERS
                    and MONTH_AS_SUBJECT.match(text, m.end())):
                return None  # "may" the verb, "the March of Dimes"; not "the March vote",
                # not "May's jobs data", not "in January, March and June", not "scheduled for
                # March", not "will report May sales", "figures for May", "as soon as May",
                # not "wages for March" (a name there is May's, as in "support for May"), not
                # "It's March", "between now and May", "March was the warmest on record"
            if re.match(r" [A-Z]", nxt) and prev.lower() not in ("its", "their") and (
                    not prev_is_prep or (
                    (pair := NAME_AND_BEFORE.search(text, max(0, m.start() - 20), m.start()))
                    and pair.group(1).lower() not in self.lex.months
                    and pair.group(1).lower() not in self.lex.weekdays)) \
                    or re.match(r",| [A-Z]", nxt) and \
                    KIN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                return None  # a name: "April Ryan", "Harold and June Brandt", "his wife, June,";
                # not "its February U.S. sales"
        rel = next((w for w in ws if w in ("last", "next", "this", "that")), None)
        if ws[0] == "the" and ws[1] in ("following", "next", "previous"):
            # "married the following June": the June after the story's time
            return Mention(m.start(), m.end(), "month", month=mon, anaphoric=True,
                           rel="previous" if ws[1] == "previous" else "following")
        mod = self.edge_mod(ws)
        if ws[:2] in (["earlier", "this"], ["later", "this"]):
            rel = "this"
        year = None
        if rel is None and (pair := self._pair_year.match(text, m.end())):
            year = int(pair.group(2))  # "from June to September 2014", "Dec. - Jan. 2015"
            year -= mon > self.lex.months[pair.group(1).lower()]
        return Mention(m.start(), m.end(), "month", month=mon, rel=rel, mod=mod, year=year)

    @staticmethod
    def _sentence_start(text: str, pos: int) -> bool:
        before = text[max(0, pos - 3) : pos]  # a dateline's dash too: "BEIJING -- This morning"
        return pos == 0 or bool(re.search(r"(^|[.!?\n\"“(`']|--|—)\s*$", before)) and \
            not TITLE_ABBR_BEFORE.search(text, max(0, pos - 8), pos)  # "Mrs. May"

    def on_year(self, text, m):
        s = m.group()
        ws = words(s)
        # "2021-2025": both ends are years; any other number a dash touches is not one
        span_from = m.start() > 0 and text[m.start() - 1] in "-–" and (
            sp := _year_span(YEAR_SPAN.search(text, max(0, m.start() - 5), m.end()))
        ) is not None and sp.end() == m.end()
        if m.start() > 0 and text[m.start() - 1] in "$£€#-/.,:" and not span_from:
            return None
        after = text[m.end() : m.end() + 20]
        if MEASURE_AFTER.match(after):
            return None
        if re.match(r"(?:[-–/:]\d|\s*(?:%|percent\b|per\b))", after) and not (
                after[:1] in "-–" and _year_span(YEAR_SPAN.match(text, m.start()))):
            return None
        # "1600 Pennsylvania Avenue": a house number, not "the 1982 Supreme Court decision";
        # "the asteroid 1995 BQ2" a name, not "in 1995 US1 was widened"
        held_by = DETERMINERS if STREET_AFTER.match(after) else \
            MONTH_PREPS if DESIGNATION_AFTER.match(after) else None
        if held_by is not None and self.prev_word(text, m.start()).lower() not in held_by:
            return None
        if self._zone_after.match(after) and self._restating.search(
                text, max(0, m.start() - 20), m.start()):
            return None  # "8 p.m. (1800 GMT)": the clock time restated, not the year 1800
        y = self.year_of(ws)
        if y is None:
            fy = re.search(r"(\d\d)$", s)
            if not fy:
                return None
            yy = int(fy.group(1))
            y = 2000 + yy if yy < 40 else 1900 + yy
        qualified = len(ws) > 1
        if not qualified:
            prev = self.prev_word(text, m.start())
            if prev and prev[0].isdigit() and not span_from and not YEAR_LISTED.search(
                    text, max(0, m.start() - 9), m.start()):
                return None  # "1,200 1995", unless a list of years: "in 1994, 1995 and 1997"
            nxt = re.match(r"\s+([a-z]+)", after)
            modifier = prev.lower() in DETERMINERS and 1900 <= y < 2100
            counted = (
                nxt is not None
                and nxt.group(1) not in ("and", "or", "to", "was", "is", "has", "as", "when")
                and nxt.group(1) not in YEAR_BASIS
                and (nxt.group(1).endswith("s") or nxt.group(1) in COUNT_WORDS | PLURALS)
            )
            # "2000 troops" is a count; "the 1998 bombings" names them by year, and a year may
            # follow a preposition, but before 1600 only an uncounted one: not "in 1279 cases"
            if counted and (y < 1600 or not modifier and prev.lower() not in PREPS):
                return None
            if (
                prev[:1].isupper()
                and prev not in CAP_FUNCTION
                and prev.lower() not in DETERMINERS
                and prev.lower() not in self.lex.months
                and prev.lower() not in PREPS  # "Throughout 2020"
                and not self._sentence_start(text, m.start())
                and not text[max(0, m.start() - 4):m.start()].rstrip().endswith((",", ";", ":"))
            ):
                return None  # "Windows 2000", "Fox 5"; not "For Penarth Athletic, 2018 will"
            if MODEL_AFTER.match(after):
                return None  # "the 1998 models", "a 1989 model": a model year
            if prev.lower() in LABEL_NOUNS:
                return None
            if (nxt is None or nxt.group(1) in AFTER_SCORE) and \
                    RATING_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                return None  # "is rated 1850 and hopes to reach a rating of 2000": a score;
                # not "was rated 1999 player of the year"
        if ws[0] in ("post", "pre") and s[0].isupper() and not self._sentence_start(
                text, m.start()):
            return None  # "VFW Post 1761": a name
        mod = self.edge_mod(ws)
        if ws and ws[0] == "post":
            mod = "AFTER"
        elif ws and ws[0] == "pre":
            mod = "BEFORE"
        half = re.search(r"(first|second|last|latter) half of", s, re.I)
        if half:
            return Mention(
                m.start(),
                m.end(),
                "half",
                year=y,
                part=1 if half.group(1).lower() == "first" else 2,
            )
        # "fell to 34,000 in 2004 from 49,400 in 2003": the year compared with is not the
        # story's, which goes on in 2004
        # "Prairie National, founded in 1874, reported a third-quarter loss": not the year of
        # the story's quarters
        return Mention(m.start(), m.end(), "year", year=y, mod=mod,
                       passing=YEAR_COMPARED.search(text, max(0, m.start() - 40), m.start())
                       is not None,
                       backstory=FOUNDED_IN.search(text, max(0, m.start() - 60), m.start())
                       is not None)

    def on_decade(self, text, m):
        s = m.group()
        d = re.search(r"(\d+)0['’]?s", s)
        digits = d.group(1)
        first = int(digits) * 10 if len(digits) == 3 else 1900 + int(digits) * 10
        start = m.start()
        # "the 1800s" is the nineteenth century; "the 2000s" the decade (its usual reading)
        kind = "century" if len(digits) == 3 and first % 100 == 0 and first < 2000 else "decade"
        return Mention(start, m.end(), kind, year=first, mod=self.edge_mod(words(s)))

    def on_decade_word(self, text, m):
        ws = words(m.group())
        tens = self.lex.cardinals[ws[-1][:-3] + "y"]  # "nineties" -> ninety
        if TEMPERATURE.search(text, max(0, m.start() - 60), m.start()) or re.match(
                r"\s+(?i:degrees|percent)\b", text[m.end():m.end() + 10]):
            return None  # "temperatures in the nineties"
        return Mention(m.start(), m.end(), "decade", year=1900 + tens, mod=self.edge_mod(ws))

    def on_century(self, text, m):
        ws = words(m.group())
        rel = next((w for w in ws if w in ("this", "last", "next", "past", "previous")), None)
        n = None
        for w in ws:
            d = re.match(r"(\d+)", w)
            if d:
                n = int(d.group(1))
            elif w in self.lex.ordinals and isinstance(self.lex.ordinals[w], int):
                n = self.lex.ordinals[w]
        if "twentieth" in ws:
            n = 20
        elif "nineteenth" in ws:
            n = 19
        elif "eighteenth" in ws:
            n = 18
        elif "twenty" in ws and "first" in ws:
            n = 21
        if rel in ("past", "last", "previous") and ws[0] == "the":
            return Mention(
                m.start(), m.end(), "duration", "DURATION", unit="CE", amount=1, placed=True
            )
        if n is None and rel is None:
            return None
        return Mention(
            m.start(),
            m.end(),
            "century",
            year=None if n is None else (n - 1) * 100,
            rel=rel,
            mod=self.edge_mod(ws),
        )

    def on_weekday(self, text, m):
        day_off = re.match(r"the\s+day\s+(before|after)\s+", m.group(), re.I)
        if day_off:  # "the day before last Tuesday's hearing": that weekday, one day off
            inner = self.on_weekday(text, REST.match(text, m.start() + day_off.end(), m.end()))
            if inner is None or inner.kind != "weekday" or inner.anaphoric:
                return None
            inner.start = m.start()
            inner.shift = -1 if day_off.group(1).lower() == "before" else 1
            return inner
        s = m.group()
        ws = words(s)
        wd = next(
            self.lex.weekdays[w.removesuffix("'s")]
            for w in ws
            if w.removesuffix("'s") in self.lex.weekdays
        )
        pod = next((self.lex.parts_of_day[w] for w in ws if w in self.lex.parts_of_day), None)
        if pod and self.titled(text, m.start(), s.split()[-1]):
            return None  # "Friday Night Lights", "Saturday Night Live": a title
        if ws == ["sunday"] and self.next_word(text, m.end()) in SUNDAY_THINGS:
            return None  # "taught Sunday school", "in their Sunday best", "the paper's Sunday
            # magazine": no day
        if s.isupper() and len(s) > 3 and CAPS_WORD.match(text, m.end()):
            return None  # "FRIDAY HARBOR, Wash.": a place in a dateline
        if s.isalpha() and HYPHEN_WORD.match(text, m.end()):
            return None  # "a Saturday-level crossword", "a Sunday-only schedule": a kind of thing
        if s.isalpha() and self._name_goes_on(text, m.end()) and \
                self.prev_word(text, m.start()).lower() in DETERMINERS | {"of"}:
            return None  # "the Port of Friday Harbor", "its Sunday River resort": a place
        lead = ws[1] if ws[0] == "this" and ws[1] in ("coming", "past") else ws[0]
        rel = lead if lead in ("last", "next", "this", "coming", "past") else None
        if ws[0] == "the" and len(ws) > 1:
            # "the previous Friday", "the following Monday": from the story's time
            anaphor = "previous" if ws[1] == "previous" else "following"
            return Mention(m.start(), m.end(), "weekday", weekday=wd, rel=anaphor,
                           anaphoric=True)
        if ws[0] == "that":
            if s.endswith("'s") or MODAL_AFTER.match(text, m.end()) or \
                    self.next_word(text, m.end()) in AUXILIARIES:
                return None  # "predicted that Sunday would be the busiest day": a clause the
                # day is the subject of
            # "The search began that Sunday afternoon": the Sunday the story told of
            return Mention(m.start(), m.end(), "weekday", weekday=wd, pod=pod, rel="that",
                           anaphoric=True, type="TIME" if pod else "DATE")
        mon = next((self.lex.months[w] for w in ws if w in self.lex.months), None)
        days = [int(w) for w in ws if w.isdigit()] or [
            n for w in ws[1:] if mon is not None and isinstance(n := self.lex.ordinals.get(w), int)]
        if days:
            if mon is None and not re.search(r"\b" + str(days[0]) + r"(st|nd|rd|th)\b", s):
                # "Friday 5", "Saturday night, 24 days after" read as a clock or a count:
                # keep the weekday and its part of the day only
                end = m.start() + re.search(r",?\s+\d", s).start()
                return Mention(m.start(), end, "weekday", "TIME" if pod else "DATE", weekday=wd,
                               rel=rel, pod=pod)
            if pod and mon is not None:  # "Saturday night, June 4": that night
                return Mention(m.start(), m.end(), "time", "TIME", year=self.year_of(ws),
                               month=mon, day=days[0], weekday=wd, pod=pod)
            return Mention(m.start(), m.end(), "date", year=self.year_of(ws), month=mon,
                           day=days[0], weekday=wd)
        prev = self.prev_word(text, m.start())
        if (
            not pod
            and re.match(r" [A-Z][a-z]", text[m.end() : m.end() + 3])
            and prev.lower() not in PREPS
            and prev.lower() not in POSSESSIVES
            and not s.endswith("'s")
            and not rel
        ):
            return None  # "the Sunday Times", "Sunday Telegraph"
        if (
            prev in ("the", "The")
            and not pod
            and not rel
            and not s.endswith("'s")
            and re.match(r" [a-z]", text[m.end() : m.end() + 2])
            and not re.match(r" (?:before|after|of|in|when|that)\b", text[m.end() : m.end() + 8])
            and self.next_word(text, m.end()).lower() not in EVENT_NOUNS
        ):
            return None  # "the Sunday paper", "a Friday prayer"
        if pod and not rel and re.match(r"s(?![-\w])", text[m.end():m.end() + 2]):
            # "Tuesday nights": every Tuesday night
            return Mention(m.start(), m.end() + 1, "set", "SET", value=f"XXXX-WXX-{wd}T{pod}")
        shared = re.match(r",?\s+(?:and|or)\s+[A-Z][a-z]+day\s+([a-z]+)s(?![-\w])",
                          text[m.end():m.end() + 40])
        if not pod and not rel and shared and shared.group(1) in self.lex.parts_of_day:
            # "Monday and Tuesday nights": the plural part of day is shared
            return Mention(m.start(), m.end(), "set", "SET",
                           value=f"XXXX-WXX-{wd}T{self.lex.parts_of_day[shared.group(1)]}")
        mod = "START" if ws[0] == "early" else "END" if ws[0] == "late" else None
        end = m.end() - 2 if s.endswith("'s") else m.end()
        return Mention(m.start(), end, "weekday", "TIME" if pod else "DATE", weekday=wd, pod=pod,
                       rel=rel, mod=mod, said=self._said(text, m.start()))

    def on_deictic(self, text, m):
        if self.titled(text, m.start(), m.group()):
            return None  # "VOA Today", "USA Today"
        if re.search(r"\s[A-Z]", m.group()):  # "The Day After Tomorrow": a title, all of it
            return Mention(m.start(), m.end(), "name")
        ws = words(m.group())
        if ws in (["today's"], ["tomorrow's"]) and GENERIC_AFTER.match(text, m.end()):
            return None  # "in today's world", "today's youth": nowadays, no day
        if ws == ["tomorrow"] and GENERIC_OF.search(text, max(0, m.start() - 30), m.start()):
            return None  # "the people of tomorrow"
        ws = [w.removesuffix("'s") for w in ws]  # "Tonight's fireworks" is tonight
        if len(ws) == 1 and ws[0].startswith("mid") and ws[0][3:] in DAY_PARTS:
            ws = ["mid", ws[0][3:]]  # "by midafternoon"
        elif len(ws) == 4 and ws[1:3] == ["in", "the"]:
            ws = [ws[0], ws[3]]  # "late in the afternoon"
        if ws[-1] in DAY_PARTS and (len(ws) == 1 or len(ws) == 2 and ws[0] in (
                "the", "early", "late", "mid") or ws[:-1] in (["the", "early"], ["the", "late"])):
            return self._story_day_part(text, m, ws)  # "in the early evening"
        pod = next((self.lex.parts_of_day[w.split("-")[-1]] for w in ws
                    if w.split("-")[-1] in self.lex.parts_of_day), None)
        shift = 0
        if "yesterday" in ws:
            shift = -2 if "before" in ws else -1
        elif "tomorrow" in ws:
            shift = 2 if "after" in ws else 1
        elif "last" in ws and pod:
            shift = -1 if pod == "NI" else 0
            if pod != "NI" or ws[0] == "last" and \
                    self.prev_word(text, m.start()).lower() in DETERMINERS:
                return None  # "last morning" is not deictic; "one of the last overnight
                # steamboats", "the last night of the fair": the final one
        if "tonight" in ws:
            pod = "NI"
        mod = "START" if ws[0] == "early" else "END" if ws[0] == "late" else None
        end = m.end() - 2 if m.group().endswith("'s") else m.end()
        return Mention(m.start(), end, "deictic", "TIME" if pod else "DATE", shift=shift, pod=pod,
                       mod=mod, said=self._said(text, m.start()))

    @staticmethod
    def _said(text: str, pos: int) -> bool:
        """Is the day at `pos` the day of saying ("police said today", "said on Monday")?"""
        m = prev_word_match(text[max(0, pos - 20):pos])  # "said on": "on" skipped
        return m is not None and m.group(1).lower() in REPORTED

    @staticmethod
    def _noun_follows(text: str, end: int) -> bool:
        """Does a word other than a function word follow, making the expression a noun's
        modifier ("the morning papers", "its quarterly dividend", "the 15th floor")?"""
        nxt = re.match(r"\s*([\w']*)", text[end:end + 20]).group(1)
        return bool(nxt) and nxt.islower() and nxt not in AFTER_PART

    def _story_day_part(self, text, m, ws: list[str]) -> Mention | None:
        """"By late afternoon", "in the morning": a part of the day the story is telling."""
        prev = self.prev_word(text, m.start()).lower()
        nxt = re.match(r"\s*([\w']*)", text[m.end():m.end() + 20]).group(1)
        if self._noun_follows(text, m.end()) and nxt not in ("trading", "session") and \
                not (ws[0] == "the" and nxt.endswith("ing")) and \
                not FRONTED_BY.search(text, max(0, m.start() - 12), m.start()):
            return None  # "an early morning raid", "the morning papers": a noun's adjective;
            # not "rose in afternoon trading", a part of the story's day, nor "and by early
            # afternoon security staff said", a clause's fronted time, nor "worked through
            # the night hauling trays", a participle after it
        if ws[0] == "the" and ((prev not in PART_PREPS | SPENT_FOR and not STRETCH_OF.search(
                text, max(0, m.start() - 12), m.start())) or nxt in ("of", "after", "before")):
            return None  # "the morning of July 4": not this rule's; but "its total for the
            # evening", "slid for most of the afternoon", "spent the evening pumping water"
        if prev in DETERMINERS:
            return None  # "an early morning", "the late afternoon sun"
        pod = self.lex.parts_of_day[ws[-1]]
        mod = {"early": "START", "late": "END", "mid": "MID"}.get(ws[-2] if len(ws) > 1 else "")
        return Mention(m.start(), m.end(), "deictic", "TIME", pod=pod, mod=mod, anaphoric=True,
                       definite=ws[0] == "the",
                       # "talked throughout the afternoon": the whole of one, the story's
                       rel="through" if prev in ("through", "throughout") else
                       "spent" if prev == "spent" else None)

    def on_day_and(self, text, m):
        before = DAY_AND_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before is None:
            return None
        mon = self.lex.months.get(before.group(1).lower())
        if mon is None or int(before.group(2)) >= int(re.match(r"\d+", m.group()).group()):
            return None  # "April 24 and 5 others": days of a range go up
        year = self.year_of(words(m.group()))
        return Mention(m.start(), m.end(), "date", month=mon,
                       day=int(re.match(r"\d+", m.group()).group()), year=year)

    def on_day_of_month(self, text, m):
        if self._noun_follows(text, m.end()) or text.startswith(" of ", m.end()):
            return None  # "on the 15th floor", "on the 3rd of ...": a count or a longer date
        if self._name_goes_on(text, m.end()) or CAPITAL_AFTER.match(text, m.end()):
            return None  # "on the 16th Street Mall", "by the 9th U.S. Circuit": a name
        return Mention(m.start(), m.end(), "date", day=int(re.search(r"\d+", m.group()).group()),
                       anaphoric=True)

    def on_day_of_year(self, text, m):
        ws = words(m.group())
        if ws[-1] == "month":  # "the first of the month": the 1st of a month near, by tense
            return Mention(m.start(), m.end(), "date", day=1)
        first = ws[1] == "first"
        return Mention(m.start(), m.end(), "date", year=self.year_of(ws), month=1 if first else 12,
                       day=1 if first else 31)

    def on_nth_day(self, text, m):
        if not re.search(r"\b(?:[Ii]t|[Tt]his|[Tt]oday)(?:\s+is|'s)\s+$",
                         text[max(0, m.start() - 12):m.start()]):
            return None  # "was the second day of ...": a day of the story, not named
        return Mention(m.start(), m.end(), "deictic")

    def on_ref(self, text, m):
        key = " ".join(words(m.group()))
        if key.endswith(" moment"):
            if self.prev_word(text, m.start()).lower() not in ("at", "in"):
                return None  # "this moment of crisis passed"; "at this moment" is the present
            key = "this moment"  # "at this crucial moment": whatever the adjective
        value = self.lex.refs.get(key)
        if value is None:
            return None
        nxt = text[m.end() : m.end() + 12]
        if key == "now" and re.match(r"[-\s]*(?:defunct|former|retired|famous|deceased)\b", nxt):
            return None
        if m.group() == "NOW" and not self._sentence_start(text, m.start()) and \
                self.prev_word(text, m.start())[:1].isupper():
            return None  # "Lynnhaven River NOW", "Wilmington NOW": a name in capitals
        if key in ("the past", "in the past"):
            following = re.match(r"\s+([a-z]+|\d)", text[m.end():m.end() + 20], re.I)
            w = following.group(1).lower() if following else ""
            if w.isdigit() or w in self.lex.units or w in self.lex.cardinals or w in (
                    "few", "several", "couple", "many"):
                return None  # "the past year", "the past three years": a unit follows
        prev = self.prev_word(text, m.start()).lower()
        if key == "recently" and (re.match(r"\s+as\b", nxt) and prev == "as" or (
                prev == "most"
                and re.match(r"\s+(?:in|on|at|during|last|this|early|late)\b", nxt))):
            return None  # "as recently as December": a hedge on the date that follows (not
            # "have slipped recently as fruit arrives");
            # "canceled twice, most recently in 1996": the last of a series, dated after
            # (not "and, most recently, a thrift shop")
        if key == "the future" and re.match(r" [A-Z]", nxt):
            return None  # "the future USS Allegheny", "the future King": a title, not a time
        if key.endswith(" term") or key == "the present":
            w = self.next_word(text, m.end()).lower()
            if w and w not in PREPS and w not in ("and", "or", "as", "is", "was", "will"):
                return None  # "the long term debt", "the present quarry": an adjective
        start = m.start()
        if key == "in the past":
            start += m.group().lower().index("the")
        return Mention(start, m.end(), "ref", value=value)

    def on_recent(self, text, m):
        ws = words(m.group())
        unit = next(self.lex.units[w] for w in reversed(ws) if w in self.lex.units)
        if ws[0] == "the" and ws[1] in ("early", "years", "months", "weeks", "decades"):
            # "the years" is a stretch of time only as the object of "over", "in", ...,
            # not "the weeks before the shooting" (dated by its event) nor "the years of"
            prev = self.prev_word(text, m.start()).lower()
            nxt = text[m.end():m.end() + 16]
            if prev not in UNIT_SPAN_PREPS or re.match(
                    r"\s+(?:of|before|after|when|in|to|between)\b|\s*\d|'s", nxt):
                return None
            if ws[1] == "early" and prev not in ("in", "during"):
                return None
            return Mention(m.start(), m.end(), "duration", "DURATION", unit=unit, amount=None,
                           fuzzy=True)
        if ws[0] == "recent" and unit == "Y":
            return Mention(m.start(), m.end(), "ref", value="PAST_REF")
        if ws[0] in ("future", "coming"):
            # "in future quarters", "in coming years": some time ahead, no span given
            return Mention(m.start(), m.end(), "ref", value="FUTURE_REF")
        if "coming" in ws or "next" in ws or "ahead" in ws:
            return Mention(m.start(), m.end(), "duration", "DURATION", unit=unit, amount=None,
                           fuzzy=True, rel="next")
        return Mention(
            m.start(),
            m.end(),
            "duration",
            "DURATION",
            unit=unit,
            amount=None,
            fuzzy=True,
            placed=True,
        )

    def on_unit_rel(self, text, m):
        if self.titled(text, m.start(), m.group().split()[-1]):
            return None  # ABC's "This Week"
        ws = words(m.group())
        unit_word = ws[-1]
        lex = self.lex
        relw = next(  # the last: "this past weekend" is the one gone by
            w
            for w in reversed(ws)
            if w
            in (
                "this",
                "last",
                "next",
                "past",
                "previous",
                "prior",
                "coming",
                "current",
                "following",
                "same",
                "upcoming",
            )
        )
        mod = self.edge_mod(ws)
        # "the next week" is anaphoric; in "the end of next week" the article is the end's
        head = ws[:len(ws) - 1 - ws[::-1].index(relw)]
        head = head[len(head) - head[::-1].index("of"):] if "of" in head else head
        has_the = "the" in head[:3] or "that" in head[:2]
        rel = {
            "this": "this",
            "current": "this",
            "last": "last",
            "past": "last",
            "previous": "previous",
            "prior": "previous",
            "next": "next",
            "coming": "next",
            "upcoming": "next",
            "following": "following",
            "same": "same",
        }[relw]
        if rel == "next" and has_the and unit_word in ("week", "month", "year") and \
                self.prev_word(text, m.start()).lower() == "within":
            # "within the next month": how long, from now
            return Mention(m.start(), m.end(), "duration", "DURATION", unit=lex.units[unit_word],
                           amount=1, rel="next")
        if (
            relw == "next"  # "the coming year" counts from now
            and has_the
            and (unit_word in ("day", "morning", "evening", "night", "afternoon", "week", "month",
                               "year") or unit_word in lex.seasons)
        ):
            rel = "following"  # "the next day" is anaphoric
        if unit_word in lex.parts_of_day or unit_word == "day":
            if rel in ("this", "last", "next") and unit_word == "day":
                return None
            pod = lex.parts_of_day.get(unit_word)
            shift = {"following": 1, "previous": -1, "same": 0}.get(rel)
            if shift is None:
                return None
            back = SAME_A_YEAR_BACK.match(text, m.end()) if rel == "same" else None
            return Mention(
                m.start(),
                back.end() if back else m.end(),
                "unit_rel",
                "TIME" if pod else "DATE",
                unit="D",
                rel=rel,
                pod=pod,
                anaphoric=True,
                mod=mod,
                years_back=1 if back else 0,  # "the same day last year": that day, a year back
            )
        if unit_word in lex.seasons:
            return Mention(
                m.start(),
                m.end(),
                "season",
                season=lex.seasons[unit_word],
                rel=rel if rel in ("this", "last", "next", "following", "previous", "same")
                else None,
                mod=mod,
                anaphoric=rel in ("following", "previous", "same"),  # "the following summer"
            )
        if unit_word == "season":
            return None
        unit = lex.units[unit_word]
        if rel == "last" and (unit in ("DE", "CE") and (relw == "past" or has_the) or (
                has_the and self.prev_word(text, m.start()).lower() in SPENT_FOR)):
            # "the past decade"; "has worked there for the past year", "spent the last
            # month": how long, up to now
            return Mention(
                m.start(), m.end(), "duration", "DURATION", unit=unit, amount=1, placed=True
            )
        if unit == "FN":
            # "the past fortnight", "the next fortnight": no calendar unit, so how long
            return Mention(m.start(), m.end(), "duration", "DURATION", unit=unit, amount=1,
                           placed=rel == "last", rel="next" if rel == "next" else None) \
                if rel in ("last", "next") else None
        if rel == "next" and unit in ("DE", "CE") and has_the:
            # "over the next decade": ten years ahead; "next decade" alone is the 2030s
            return Mention(m.start(), m.end(), "duration", "DURATION", unit=unit, amount=1,
                           rel="next")
        back = SAME_A_YEAR_BACK.match(text, m.end()) if rel == "same" and unit in ("W", "M") \
            else None
        return Mention(
            m.start(),
            back.end() if back else m.end(),
            "unit_rel",
            unit=unit,
            rel=rel,
            mod=mod,
            anaphoric=rel in ("previous", "following", "same"),
            comparison=unit == "Y" and rel == "last" and self.is_comparison(text, m.start())
            and not YEAR_S_OWN.match(text, m.end()),
            years_back=1 if back else 0,  # "the same week last year": that week, a year back
        )

    def on_unit_far(self, text, m):
        ws = words(m.group())
        unit = self.lex.units[ws[-3]]
        return Mention(m.start(), m.end(), "unit_rel", unit=unit,
                       rel="before_last" if ws[-1] == "last" else "after_next")

    def on_that_unit(self, text, m):
        ws = words(m.group())
        if ws[0] in ("early", "late") and self.prev_word(text, m.start()).lower() in OPEN_CLOSE:
            # "will close early that day", "stay open late that evening": how the hours run
            return self.on_that_unit(text, REST.match(text, m.start() + len(ws[0]) + 1, m.end()))
        if ws[-1] == "time":
            return None
        if ws[:2] == ["the", "rest"] and ws[-1] in ("week", "month", "year"):
            # "choppy trading for the rest of the week": what is left of the present one
            return Mention(m.start(), m.end(), "unit_rel", unit=self.lex.units[ws[-1]],
                           rel="this")
        # "for the week," "during the month.", "the week's" and "ended the month": the week or
        # month told of
        prev = self.prev_word(text, m.start()).lower()
        closed = PERIOD_CLOSED.search(text, max(0, m.start() - 20), m.start())
        told = ws[1:] in (["week"], ["month"]) and (text.startswith("'s", m.end()) or (
            prev in SPAN_PREPS and PUNCT_AFTER.match(text, m.end()) is not None or closed))
        # "the second recall of the decade", "the last total eclipse of the century",
        # "closing out the century"; not "the storm of the century" nor "the Storm of the
        # Century", ways of praise
        told = told or ws[1:] in (["decade"], ["century"]) and (
            prev == "of" or closed or PERIOD_COMES.match(text, m.end())) and \
            m.group().split()[-1].islower() and \
            not NOUN_OF_THE.search(text, max(0, m.start() - 30), m.start())
        if not told and "that" not in ws and "same" not in ws and "rest" not in ws and \
                ws[0] not in ("earlier", "later"):
            return None  # plain "the day" only as "earlier in the day", "the rest of the day"
        pod = self.lex.parts_of_day.get(ws[-1])
        unit = "D" if pod or ws[-1] == "day" else self.lex.units[ws[-1]]
        return Mention(
            m.start(),
            m.end(),
            "unit_rel",
            "TIME" if pod else "DATE",
            unit=unit,
            rel="same" if "same" in ws else "that",  # only "the same day" insists on one
            pod=pod,
            anaphoric=True,
            mod=self.edge_mod(ws),
        )

    def on_day_before(self, text, m):
        ws = words(m.group())
        unit = self.lex.units.get(ws[1], "D")
        pod = self.lex.parts_of_day.get(ws[1])  # "the night before": a part of that day
        return Mention(
            m.start(),
            m.end(),
            "unit_rel",
            "TIME" if pod else "DATE",
            unit=unit,
            rel="previous" if ws[-1] == "before" else "following",
            pod=pod,
            anaphoric=True,
        )

    def on_edge(self, text, m):
        ws = words(m.group())
        unit = self.lex.units[ws[-1]]
        rel = "last" if "last" in ws[-2:] else "next" if "next" in ws[-2:] else "this"
        anaphoric = "that" in ws
        half = re.match(r"(?:the )?(first|second|last|latter) half of", " ".join(ws))
        if half and unit == "Y" and not anaphoric:  # "the second half of last year": 2020-H2
            part = 1 if half.group(1) == "first" else 2
            return Mention(m.start(), m.end(), "half", part=part, rel=f"year_{rel}")
        return Mention(
            m.start(),
            m.end(),
            "unit_rel",
            unit=unit,
            rel="same" if anaphoric else rel,
            mod=self.edge_mod(ws),
            anaphoric=anaphoric,
        )

    def on_duration(self, text, m):
        s = m.group()
        if A_UNIT_LIKE.fullmatch(s) and (
                self.prev_word(text, m.start()).lower() in ("on", "missed", "miss")
                or text.startswith(" like ", m.end())
                or KIND_AFTER.match(text, m.end())
                and PREDICATE_BEFORE.search(text, max(0, m.start() - 6), m.start())):
            return None  # "the date fell on a weekend", "never missed a day": some one; "A
            # day like yesterday is a gift", "was a year of fuller planes": a kind; no length
        if A_DAY_OR_NIGHT.fullmatch(s) and self._noun_follows(text, m.end()) and \
                self.next_word(text, m.end()) not in KEEPS_LENGTH:
            return None  # "a night watchman", "a day shift": a noun's modifier, no length;
            # not "a day late", "a night off"
        if m.start() > 1 and text[m.start() - 1] == "-" and text[m.start() - 2].isdigit():
            return None  # "the 2019-20 school year": the end of a span of years, no count
        # "an hour and 45 minutes", "about 2 hours, 40 minutes": the first length, the second
        # added
        if both := self._second_unit(s):
            return self._two_units(text, m, both)
        ws = words(s)
        if "-" not in s and (ws[:2] == ["the", "one"] and len(ws) == 3 or ws[0] == "one" and len(
                ws) == 2 and self.prev_word(text, m.start()).lower() == "the"):
            return None  # "the one night when nobody complains": the only one, no length
        lex = self.lex
        end = m.end()
        if ws[:2] in (["a", "calendar"], ["a", "fiscal"]) and self.prev_word(
                text, m.start()).lower() in ("to", "from", "on"):
            return None  # "changed from a fiscal year to a calendar year": a basis, not a span
        trail = None
        if ws[-1] in (
            "ago",
            "earlier",
            "later",
            "before",
            "after",
            "afterwards",
            "afterward",
            "back",
            "prior",
            "hence",
            "now",
            "today",
            "old",
            "early",
        ):
            trail = ws[-1]
        core = ws[:-3] if ws[-3:-1] == ["ago", "this"] else ws  # not "ago this [month]"
        unit_idx = max(
            i
            for i, w in enumerate(core)
            if w in lex.units
            or w.split("-")[0] in lex.units
            or (w.endswith("-long") and w[:-5] in lex.units)
        )
        unit_word = ws[unit_idx].split("-")[0]
        unit = lex.units[unit_word]
        head = ws[:unit_idx]
        if trail == "old" and s.lower().endswith("-old") and unit != "Y" and \
                self.next_word(text, end).lower() not in YOUNG and (age := self.number(head)):
            # "the IRA's 8-month-old truce": it began eight months ago and still holds; in
            # "a month-old truce" the article is the truce's
            article = re.match(r"an?\s+(?=\w+-)", s, re.I)
            return Mention(m.start() + (article.end() if article else 0), end, "duration",
                           "DURATION", unit=unit, amount=age, placed=True)
        if trail == "old" or re.match(r"-old\b|\s+old\b", text[end : end + 5]):
            hyphened = s.lower().endswith("-old") or text.startswith("-", end)
            thing_age = unit in ("DE", "CE") or head[:1] in (["nearly"], ["almost"]) or \
                head[:2] == ["more", "than"] or (self.number(head) or 0) > OLDEST
            if hyphened or not thing_age:
                return None  # a person's age: "Howes, 37 years old", "a 3-month-old baby"
            if trail == "old":  # "more than 30 years old", "almost a century old", "16,000
                # years old": a thing's age, how long it has lasted
                trail, end = None, m.start() + s.rfind(" old")
        if ws == ["one", "day"] and ONE_DAY_VERB.match(text, end) and (re.search(
                r"\b(?:will|would|could|may|might|can|shall|should|to|hope|hopes|dream|dreams)"
                r"\s+(?:\w+ly\s+|also\s+|even\s+|still\s+)?$",
                text[max(0, m.start() - 30):m.start()]) or (
                # "the hope he one day follows": between a subject and its verb
                re.search(r"\b(?i:he|she|they|we|i|you)\s+$", text[max(0, m.start() - 6):m.start()])
                and self.next_word(text, end).islower())):
            return Mention(m.start(), end, "ref", value="FUTURE_REF")  # "will one day be"
        if trail == "early":
            trail = None
            end = m.start() + s.rfind(" early")
        start = m.start()
        if head[:1] in (["last"], ["following"]) and len(head) > 1 and (
                BARE_VERB_LEAD.search(text, max(0, start - 16), start)
                or self.prev_word(text, start).lower() not in ADJECTIVE_LEAD):
            # "expected to [last] several weeks", "sessions, which last [three hours]",
            # "following [three days] of delays": a verb or a preposition, not "the last"
            start += re.match(r"\w+\s+", s).end()
            head = head[1:]
        if len(head) > 1 and head[0] in ("over", "under") and head[1] == "the":
            start += s.lower().index("the")  # "over the last few days": a preposition
            head = head[1:]
        mod, mod_len = self.mod_words(head)
        hedge = mod is None and HEDGE_AFTER.search(s)
        if hedge:  # "a week or so", "ten days or more"
            mod = "APPROX" if hedge.group(1).lower() == "so" else "EQUAL_OR_MORE"
        if mod_len and (mod == "APPROX" or head[0] in ("over", "under")):
            # TimeBank leaves hedges outside the extent: "about [five hours]", "over [the
            # weekend]", but keeps the bounds of a count: "[nearly two years]"
            skip = re.match(rf"(?:\S+\s+){{{mod_len}}}", s[start - m.start():])
            start += skip.end()
        body = [w for w in head[mod_len:] if w not in ("the", "another")]
        amount = self.number(body) if body or "another" not in head else 1  # "another week"
        if amount and "half" not in body and re.search(r"and\s+a\s+half\b", s, re.I):
            amount += 0.5  # "a minute and a half"; in "two and a half hours" the count has it
        article = re.match(r"an?\s+", text[start:start + 4], re.I)
        k = len(words(text[m.start():start])) + 1  # the words after the article
        if article and not unit_word.endswith("s") and any(
                self.is_count(w) for w in head[k:]):
            # "a 16-hour day", "over a six-month period": the article is the noun's
            start += article.end()
        if head[:1] == ["the"] and len(head) == 2 and re.search(r"\d-|[a-z]-", s) and \
                start == m.start():
            start += re.match(r"the\s+", s, re.I).end()  # "the 30-day period"
        if amount is False:
            return None
        if head == ["a"] and re.search(r"-long$", s, re.I):
            start = m.start() + 2  # "a [day-long] meeting"
        if amount == 1 and unit_word.endswith(("s", "ies")) and body[:1] in (["a"], ["an"]):
            return None  # "a decades-long battle": the article is not a count
        first_num = next((w for w in head if w in lex.cardinals or w[0].isdigit()), "")
        if unit == "S" and (unit_word == "second" and first_num in ("a", "the", "")):
            return None  # "a second", ordinal
        if unit in ("Q",) and (first_num in ("a", "an") or "-" in s):
            return None  # "a quarter of", "three-quarters of": fractions
        if unit == "H" and head in (["a"], ["an"]) and \
                self.prev_word(text, m.start()).lower() in SPEED_UNITS:
            return None  # "gusts of 50 miles an hour"
        if self.titled(text, m.start(), m.group().split()[-1]):
            return None  # "60 Minutes", a title
        if amount is not None and (amount > 10000 or any(
                re.fullmatch(r"1[6-9]\d\d|20\d\d", w) for w in body)):
            return None  # "the 1988 quarter" names a year
        if unit == "H" and len(body) == 1 and MILITARY_CLOCK.fullmatch(body[0]) and (
                body[0][0] == "0" or self.prev_word(text, m.start()).lower() in CLOCK_PREPS):
            return None  # "at 2100 hours", "0600 hours": a clock time
        qual = next(
            (
                w
                for w in head
                if w
                in (
                    "past",
                    "last",
                    "next",
                    "first",
                    "coming",
                    "previous",
                    "final",
                    "following",
                    "recent",
                    "remaining",
                    "latest",
                    "initial",
                    "ensuing",
                    "preceding",
                    "full",
                    "same",
                )
            ),
            None,
        )
        half = HALF_OF_YEAR.match(text, end)
        if half and qual in ("first", "last", "final") and trail is None and (
                (unit, amount) in (("Q", 2), ("M", 6), ("M", 3))):
            # "the first two quarters of 1990" names a half year, "the last three months of
            # 2007" a quarter, not a length of time
            if amount == 3:
                return Mention(start, half.end(), "quarter", part=1 if qual == "first" else 4,
                               year=int(half.group(1)))
            return Mention(start, half.end(), "half", part=1 if qual == "first" else 2,
                           year=int(half.group(1)))
        if (
            head[:1] in (["a"], ["an"])
            and trail is None
            and qual is None
            and amount == 1
            and first_num in ("a", "an")
            and (self.prev_word(text, m.start()).lower() in COUNT_WORDS | {"%"}
                 or re.search(r"\$[\d.,]+\s*$", text[max(0, m.start() - 20):m.start()]))
        ):
            return None  # "$5 a year" is a SET; "$55 a night" a price
        kw = trail if trail in ("before", "after") else None
        kw_end = m.end()
        core_end = end
        if kw is not None:
            core_end = m.start() + len(s[: s.rfind(kw)].rstrip())
        elif trail not in ("ago", "later", "earlier"):  # "broke down two weeks ago after a
            # dispute", "was arrested two days later after a friend posted": dated already
            follow = re.match(r"\s+(after|before)\b", text[end : end + 8])
            if follow:
                kw, kw_end = follow.group(1), end + follow.end()
        if kw is not None:
            if re.match(r"\s*[\w\"“]", text[kw_end : kw_end + 3]):
                return Mention(
                    start,
                    core_end,
                    "duration",
                    "DURATION",
                    unit=unit,
                    amount=amount,
                    mod=mod,
                    fuzzy=amount is None,
                    after_clause=kw,
                )
            trail, end = ("earlier" if kw == "before" else "later"), kw_end
        if ws[-2:] == ["ago", "today"] or ws[-3:-1] == ["ago", "this"]:
            trail = " ".join(ws[ws.index("ago"):])  # "a year ago today", "ago this month"
        if trail in ("later", "earlier") and SHIFT_AFTER.match(text, end) or \
                trail in ("later", "afterward", "afterwards") and \
                self.prev_word(text, start).lower() == "for":
            # "two weeks later than planned", "will open two hours earlier each day": a
            # difference, a shift of a schedule, not a date; "for three years afterward": how
            # long, from the date told
            end = m.start() + len(s[: s.lower().rfind(trail)].rstrip())
            trail = None
        offset = _OFFSET_TRAILS.get(trail)
        if offset is not None:
            rel, anaphoric = offset
            return Mention(
                start,
                end,
                "offset",
                unit=unit,
                amount=amount,
                rel=rel,
                mod=mod,
                fuzzy=amount is None,
                anaphoric=anaphoric,
                # "the slab below had been poured four days earlier": backstory, the story
                # stays on its day
                passing=trail == "earlier" and PAST_PERFECT_BEFORE.search(
                    text, max(0, start - 60), start) is not None,
            )
        placed = qual in ("past", "last", "recent", "preceding", "previous")
        forward = qual in ("next", "coming", "remaining", "ensuing")
        return Mention(
            start,
            end,
            "duration",
            "DURATION",
            unit=unit,
            amount=amount,
            mod=mod,
            fuzzy=amount is None,
            placed=placed,
            rel="next" if forward else None,
            definite=head[:1] == ["the"],
        )

    def _second_unit(self, s: str) -> re.Match | None:
        """Where a second unit of one length begins: after a unit ("an hour and 45 minutes",
        "2 hours, 40 minutes"; not at " 2 hours" after "about", nor at "fifty years" in "a
        hundred and fifty years")."""
        pos = 0
        while (both := self._two_units_re.search(s, pos)) is not None:
            before = s[:both.start()].split()
            if before and before[-1].lower() in self.lex.units:
                return both
            pos = both.start() + 1
        return None

    def _two_units(self, text, m, both: re.Match) -> Mention | None:
        """"an hour and 45 minutes", "2 hours 21 minutes", "two days, 14 hours and 36
        minutes": one length, each part smaller than the one before and less than one of it."""
        s = m.group()
        first = self.on_duration(text, REST.match(text, m.start(), m.start() + both.start()))
        if first is None or first.kind != "duration" or not first.amount:
            return first
        parts, total, scale, end = [(first.amount, first.unit)], first.amount, 1, 0
        while both:
            amount = self.number(words(both.group(1) or both.group(2)))
            unit = self.lex.units[both.group(3).lower()]
            per = SMALLER_UNIT.get((parts[-1][1], unit))
            if not amount or UNIT_SIZE.index(unit) <= UNIT_SIZE.index(parts[-1][1]) or (
                    per and amount >= per):
                break  # "eight years and six years", "three days, 40 hours of rain": two
                # spans, the second no remainder of the first
            scale = scale * per if scale and per else None  # "two days and 30 minutes": P2DT30M
            total += amount / scale if scale else 0
            parts.append((amount, unit))
            end = both.start(4)
            both = self._two_units_re.match(s, end)
        if len(parts) == 1:
            return first
        trail = "" if both else s[end:].strip().lower()
        if trail and trail not in ("before", "after"):  # "11 days, 4 hours after leaving":
            # the length, as the event-anchored offset's one unit is
            offset = _OFFSET_TRAILS.get(trail)
            if scale is None or offset is None:
                return first
            # "an hour and 45 minutes later", "a year and six months ago": one offset
            return Mention(first.start, m.end(), "offset", "DATE", unit=first.unit,
                           amount=total, rel=offset[0], anaphoric=offset[1])
        # "PT1H" and "PT45M" make "PT1H45M"; "P2D" and "PT3H" make "P2DT3H"
        split = [duration_value(n, u)[1:].partition("T") for n, u in parts]
        dates, times = "".join(d for d, _, _ in split), "".join(t for _, _, t in split)
        first.end, first.amount = m.start() + end, total
        first.value = "P" + dates + ("T" + times if times else "")
        return first

    def on_vague_span(self, text, m):
        prev = self.prev_word(text, m.start()).lower()
        if prev not in ("for", "within", "after", "over") or (
                prev != "for" and m.group().lower().startswith("some")):
            return None  # "after some time" is a point; "a while ago" is not this rule's
        return Mention(m.start(), m.end(), "duration", "DURATION", unit="X", amount=None,
                       fuzzy=True)

    def on_bare_units(self, text, m):
        if m.group().lower().endswith("long"):
            word = m.group()[:-4].lower().removesuffix("-")
            one = word in ("day", "week", "month", "year")
            return Mention(m.start(), m.end(), "duration", "DURATION", unit=self.lex.units[word],
                           amount=1 if one else None, fuzzy=not one)
        if text[m.start() - 1:m.start()] == "-" or HYPHENED_BEFORE.search(
                text, max(0, m.start() - 20), m.start()):
            return None  # "after-hours trading", "long-months": part of another word; "keep
            # walk-in hours": a kind of hours
        prev = self.prev_word(text, m.start()).lower()
        ago = re.match(r"\s+ago\b", text[m.end():m.end() + 5])
        if ago and prev != "of" and m.group().lower() not in ("hours", "minutes"):
            # "just months ago", "years ago": some time back, how long not said
            return Mention(m.start(), m.end() + ago.end(), "ref", value="PAST_REF")
        nxt = re.match(r"\s+(of|ahead|behind|early|late|away|in\s+advance|from|short\s+of)\b",
                       text[m.end():m.end() + 12])
        if nxt and nxt.group(1) == "from" and m.group().lower() in ("hours", "minutes"):
            nxt = None  # "extended hours from Dec. 20", "council minutes from 1962": things
        if nxt and (nxt.group(1) != "of" or prev in AFTER_SPELL or not OF_THE.match(
                text, m.end() + nxt.end())):
            # "after months of talks", "bloomed weeks ahead of schedule", "still days away",
            # "weeks from harvest", "weeks short of its anniversary": how long, not said
            unit = self.lex.units[m.group().lower()]
            return Mention(m.start(), m.end(), "duration", "DURATION", unit=unit, fuzzy=True)
        if prev not in SPAN_BEFORE_BARE and not BARE_PAIR.search(
                text, max(0, m.start() - 25), m.start()) and not (
                prev != "of" and m.group().lower() != "seconds"  # "seconds before the bomb
                # exploded": a moment, no span told
                and re.match(r"\s+(?:before|after|earlier|later)\b",
                                          text[m.end():m.end() + 8])
                and not ((the := DEFINITE_BEFORE.search(text, max(0, m.start() - 25),
                                                        m.start()))
                         and not the.group().rstrip().endswith("s"))):
            return None  # "filed Monday, weeks after it stopped lending", "came days before
            # Christmas", "weeks earlier than normal": how long, not said; not "in the weeks
            # before the vote" (but "over the documents hours before the vote")
        if re.match(r"\s+(?:of|ago)\b", text[m.end() : m.end() + 8]):
            return None
        unit = self.lex.units[m.group().lower()]
        return Mention(
            m.start(), m.end(), "duration", "DURATION", unit=unit, amount=None, fuzzy=True
        )

    def on_month_range_quarter(self, text, m):
        ws = words(m.group())
        months = [self.lex.months[w] for w in ws if w in self.lex.months]
        first, last = months if len(months) == 2 else (months[0] - 2, months[0])
        if first % 3 != 1 or last != first + 2 or (len(months) == 1 and ws[-1] != "quarter"):
            return None  # "the September-November quarter": a fiscal one, no calendar name;
            # "the March period" is not a quarter
        return Mention(m.start(), m.end(), "quarter", part=(first + 2) // 3,
                       year=self.year_of(ws))

    def on_quarter(self, text, m):
        s = m.group()
        edge = QUARTER_EDGE.match(s)  # "the end of the first quarter": that quarter, its end
        mod = self.edge_mod(words(edge.group())) if edge else None
        s = s[edge.end():] if edge else s
        ws = words(s)
        q = re.match(r"([QqH])([1-4])|([1-4])([QH])", s)
        if q:
            kind = "half" if "H" in (q.group(1), q.group(4)) else "quarter"
            return Mention(m.start(), m.end(), kind, part=int(q.group(2) or q.group(3)),
                           year=self.year_of(ws))
        kind_word = next(w for w in reversed(ws) if w in ("quarter", "half", "period"))
        kind = {"quarter": "quarter", "half": "half", "period": "quarter"}[kind_word]
        part = next((QUARTER_NUMBERS[w] for w in ws if w in QUARTER_NUMBERS), None)
        if part is None and (nth := re.search(r"\b([1-4])(?:st|nd|rd|th)\b", s)):
            part = int(nth.group(1))  # "the 4th quarter": the words split "4" from "th"
        quals = set(ws)
        if part is None and "final" in quals:
            part = 4 if kind == "quarter" else 2  # "the final quarter"; "the last quarter" is
            # the one before this (rel "last" below)
        yearago = bool(re.search(r"year-(?:ago|earlier|before)|prior-year", s, re.I)) or (
            "year" in quals and quals & {"ago", "earlier"}
        )
        latest = bool(quals & {"latest", "current", "recent", "just-ended", "comparable", "same"})
        year = self.year_of(ws)
        told = SAME_PERIOD_OF.search(s)
        if part is None and told and quals & {"same", "comparable", "corresponding"}:
            # "in the same period of 1998", "comparable periods in 1988": the year is what
            # is written, the period the story's own
            return self.on_year(text, REST.match(text, m.end() - len(s) + told.start(1), m.end()))
        if part is not None and year is None and self._in_game(text, m.start()):
            return None  # "scored twice in the second half": a part of a game
        if kind == "half" and year is None and HALF_OF_EVENT.match(text, m.end()):
            return None  # "the first half of the festival", "early in the second half
            # Saturday night": of an event, not of a year
        year_rel = None
        if "this" in ws[:3] and "year's" in ws:
            year_rel = "this"
        elif "last" in ws[:3] and "year's" in ws:
            year_rel = "last"
        tail = re.search(r"(this|last|next) year$", s, re.I)
        if tail:
            year_rel = tail.group(1).lower()
        if kind_word == "period" and re.search(r"period\s+\d", s, re.I):
            return None  # "the period 2021-2025": years, not a reporting period
        if kind_word == "period" and not (
            yearago or quals & {"latest", "same", "comparable", "corresponding"}
            or year is not None or year_rel == "last"
        ):
            return None
        if kind == "half" and part is None:
            return None
        if (
            part is None
            and not yearago
            and not latest
            and ws[0] != "the"
            and not quals & {"last", "past", "previous", "fiscal"}
        ):
            return None  # "a quarter", bare "quarter"
        if (
            "-" in s
            and re.search(r"(first|second|third|fourth)-(quarter|half)$", s, re.I) is None
            and part is None
            and not yearago
        ):
            return None
        if part is None and year_rel == "last":
            yearago = True  # "last year's quarter": the story's quarter, a year back
        rel = "yearago" if yearago else None
        if part is None and not yearago:
            if quals & {"last", "past", "previous"}:
                rel = "last"
            elif "current" in quals:
                rel = "this"
            elif "same" in quals:
                rel = "same"
            else:
                rel = "latest"
        start = m.start()
        article = re.match(r"(?:the|its|their)\s+(?=(?:fiscal[-\s]+)?(?:first|second|third|fourth)-"
                           r"(?:quarter|half)$)", s, re.I)
        after = text[m.end():m.end() + 9]
        if article and not edge and re.match(r"\s+(?!ended\b|ending\b|ends\b)[a-z]", after):
            start += article.end()  # "the [third-quarter] loss": the article is the noun's
        return Mention(
            start,
            m.end(),
            kind,
            part=part,
            year=year,
            rel=rel or year_rel and f"year_{year_rel}",
            anaphoric=rel in ("latest", "same", "yearago"),
            mod=mod,
            value="fiscal" if "fiscal" in quals else None,
            passing="-" not in s and bool(
                INDEFINITE_BEFORE.search(text, max(0, start - 25), start)),
        )

    def on_quarter_pair(self, text, m):
        ws = words(m.group())
        part = next(QUARTER_NUMBERS[w] for w in ws if w in QUARTER_NUMBERS)
        # the first of the pair: its noun and year come after the second
        tail = PAIR_TAIL.search(m.group()) or PAIR_TAIL.search(text, m.end(), m.end() + 60)
        kind = "quarter" if tail.group(1).lower().startswith("quarter") else "half"
        if kind == "half" and part > 2:
            return None
        if HABITUAL.search(text, max(0, m.start() - 80), m.start()):
            code = f"Q{part}" if kind == "quarter" else f"H{part}"
            return Mention(m.start(), m.end(), "set", "SET", value=f"XXXX-{code}")
        return Mention(m.start(), m.end(), kind, part=part,
                       year=int(tail.group(2)) if tail.group(2) else None)

    def on_season(self, text, m):
        s = m.group()
        ws = words(s)
        if s.startswith("that") and ws[1] in ("last", "next", "this", "past", "coming"):
            # "They said that last fall": a conjunction, then the season told
            rest = re.search(r"\s+", s).end()
            return self.on_season(text, REST.match(text, m.start() + rest, m.end()))
        code = next(self.lex.seasons[w] for w in ws if w in self.lex.seasons)
        tail = re.search(r"(this|last|next|that) year$", s, re.I)
        if ws[0] in ("fall", "spring") and BARE_VERB_LEAD.search(text, max(0, m.start() - 16),
                                                               m.start()):
            # "expect demand to fall next year": the verb, then the year
            return self.on_unit_rel(text, REST.match(text, m.start() + tail.start(), m.end())) \
                if tail else None
        if ws in (["fall"], ["spring"]) and self.prev_word(text, m.start()).lower() in ("a", "an"):
            return None  # "back onto a board after a fall", "a spring in the hills": no season
        year = self.year_of(ws)
        if year is None and self.next_word(text, m.end()) in SEASON_KINDS:
            return None  # "in winter coats", "the next winter wheat report": kinds of things
        if ws[-1] in ("spring", "springs") and WATER_BEFORE.search(
                text, max(0, m.start() - 14), m.start()):
            return None  # "a hot spring began boiling", "a freshwater spring": water; not "a
            # dry, hot spring"
        rel = next((w for w in ws if w in ("last", "next", "this", "past", "coming")), None)
        rel = "last" if "past" in ws else {"coming": "next"}.get(rel, rel)  # "this past spring"
        prev = self.prev_word(text, m.start()).lower()
        qualifiers = set(ws) - set(self.lex.seasons) - {"of"}
        # "a wet spring can ruin crops": any spring, no date
        weather = WEATHER_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None \
            and not MODAL_AFTER.match(text, m.end())
        described = DESCRIBED_BEFORE.search(text, max(0, m.start() - 40), m.start()) or \
            SEASON_PAIR_BEFORE.search(text, max(0, m.start() - 12), m.start()) or (
                # "a sluggish fall", "a cold, wet spring": a season described; not "a sharp
                # fall in prices"
                len(ws) == 1 and A_SEASON_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and not self._noun_follows(text, m.end())  # "a winter storm"
                and (ws[0] not in ("fall", "spring") or SEASON_ENDS.match(text, m.end())))
        if " ".join([ws[-1], *words(text[m.end():m.end() + 16])[:2]]) in self._holidays:
            return None  # "in time for the spring bank holiday": the holiday's
        if ws[-1] in self.lex.seasons and set(ws[:-1]) <= {"the"} and \
                self._opens_name(text, self._last_word(text, m)):
            return None  # "a bank in Fall River", "the Winter Palace", "the Winter Olympics":
            # a name
        named = ws[-1] == "season"  # "cancelling the spring season": the season itself
        if ws[0] == "that":
            if self._noun_follows(text, m.end()) and \
                    not past_verb(self.next_word(text, m.end()), self.lex) or \
                    ws[-1] in ("fall", "spring") and VERB_PARTICLE.match(text, m.end()):
                return None  # "bonds that fall due", "said that spring rains", "buildings that
                # fall into foreclosure": no season told; but "A state review that fall found
                # no violations"
            # "In the spring of 2002 ... that summer": the summer of the story's time
            return Mention(m.start(), m.end(), "season", season=code, rel="same",
                           anaphoric=True, mod=self.edge_mod(ws))
        if year is None and not rel and not tail and not weather and not described and not named:
            if qualifiers <= {"the"}:
                if prev not in (
                    "in",
                    "during",
                    "by",
                    "until",
                    "since",
                    "through",
                    "throughout",
                    "into",
                    "till",
                    "past",  # "won't last past the summer"
                    "beyond",
                    "over",
                    "for",
                    "before",
                    "after",
                    "this",
                    "last",
                    "next",
                    "early",
                    "late",
                    "of",
                    "than",  # "no sooner than spring"
                    "spent",  # "spent the summer rebuilding": the season of the story
                    "spend",
                    "spending",
                ) and not AS_LATE_AS.search(text, max(0, m.start() - 20), m.start()) and \
                        not PERIOD_COMES.match(text, m.end()) and \
                        not PERIOD_CLOSED.search(text, max(0, m.start() - 20), m.start()) and \
                        not (prev in ("on", "to", "from") and
                             not self._noun_follows(text, m.end())) and \
                        not (IT_WILL_BE.search(text, max(0, m.start() - 20), m.start())
                             and not self._noun_follows(text, m.end())):
                    return None
                if re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
                    return None  # "the fall of Kabul"; "the fall in prices" is below
                if len(ws) == 1 and UNITS_OF.search(text, max(0, m.start() - 16), m.start()):
                    return None  # "six more weeks of winter": a length of a season, no date
            if ws[-1] in ("fall", "spring") and FALL_NOUN.match(text, m.end()):
                return None  # "the fall of Kabul", "the fall to $3", "the fall from a peak";
                # not "halted production in the fall to repair plants"
        return Mention(
            m.start(),
            m.end(),
            "season",
            season=code,
            year=year,
            # "hired lifeguards for the summer": the one ahead
            # "a dry summer" has been lived through, whatever the verb
            # "spring last year", "the fall of this year": that year's season
            rel=f"year_{tail.group(1).lower()}" if tail else rel or (
                "ahead" if prev == "for" else "weather" if weather else None),
            mod=self.edge_mod(ws),
        )

    @staticmethod
    def _last_word(text: str, m: re.Match) -> re.Match:
        """The last word of a match, as a match of its own: "Winter" of "the Winter"."""
        return REST.match(text, m.end() - len(m.group().split()[-1]), m.end())

    def _name_goes_on(self, text: str, end: int) -> bool:
        """Does a capitalized word other than a month or weekday follow `end` ("the 16th
        Street Mall", "the Port of Friday Harbor"), so that the match is part of a name?"""
        name = NAME_GOES_ON.match(text, end)
        return name is not None and name.group().strip().lower() not in self.lex.months and \
            name.group().strip().lower() not in self.lex.weekdays

    def _opens_name(self, text: str, m: re.Match) -> bool:
        """A capitalized word inside a sentence, a capitalized one after it: "the Midnight
        Ramblers", "the Daily Sentinel" name a band and a newspaper."""
        return m.group()[0].isupper() and not self._sentence_start(text, m.start()) and \
            NAME_GOES_ON.match(text, m.end()) is not None

    def on_time(self, text, m):
        if self.titled(text, m.start(), m.group()) or self._opens_name(text, m):
            return None  # "High Noon", "the Midnight Ramblers"
        s = m.group()
        before = text[max(0, m.start() - 20) : m.start()]
        if self._restating.search(before):
            return None  # "10:35 a.m. (0735 GMT)": the same time restated
        prev = self.prev_word(text, m.start()).lower()
        if SPOKEN_HOUR_POD.fullmatch(s) and prev not in TIME_ASKED:
            return None  # "at four in the morning", "was two in the morning"; not "the first
            # of two in the morning"
        hedge = CLOCK_HEDGE.match(s)  # "around 7:15 p.m.", "shortly after midnight"
        mod = None
        if hedge:
            side = (hedge.group(1) or "").lower()
            mod = {"before": "BEFORE", "after": "AFTER"}.get(side, "APPROX")
            s, prev = s[hedge.end():], "around"
        low = s.lower()
        tz = self._zone.search(s)
        ampm = re.search(MERIDIEM, low)
        pod_words = re.search(r"(?:in the|at) (\w+)", low)
        pod = None
        hh = mm = ss = 0
        if re.match(r"dawn|daybreak|dusk|nightfall", low):
            pod = "MO" if low.startswith(("dawn", "daybreak")) else "EV"
            if prev not in ("at", "by", "before", "after", "until", "since", "till", "around"):
                return None  # "a new dawn", "Dawn said": only the time of day after a preposition
        elif re.match(r"noon|midday", low):  # not the "noon" of "this afternoon"
            if prev == "high":
                return None  # "high noon comes today": the showdown, not a clock time
            hh, mm = 12, 0
        elif low.startswith("midnight"):
            if low == "midnight" and self.next_word(text, m.end()).lower() in (
                    "sun", "oil", "blue", "snack", "snacks"):
                return None  # "under the midnight sun", "burning the midnight oil": no clock
            # TimeML: the end of the day named ("midnight Friday"); one that opens a range is
            # its start ("the waiver runs from midnight to 11:59 p.m.")
            hh, mm = (0, 0) if prev == "from" and low == "midnight" else (24, 0)
        else:
            # "10:30", "7.15am", "3", "0600 GMT", "12:00:04 a.m."
            c = re.match(r"(\d{1,2})(?:[:.]?(\d\d))?(?::(\d\d))?", s)
            if c is None:  # "four o'clock", "nine a.m.": an hour spelled out
                hh, mm = self.lex.cardinals[low.split()[0]], 0
                ampm = re.search(r"\b([ap])\.m\.", low)
            else:
                hh, mm, ss = int(c.group(1)), int(c.group(2) or 0), int(c.group(3) or 0)
            if (
                ampm is None
                and tz is None
                and "o'clock" not in low
                and pod_words is None
                and prev not in CLOCK_PREPS
                and not CLOCK_TONIGHT.match(low)  # "set for 9:15 tonight"
            ):
                return None
            if hh > 12 and ampm:
                return None
            if ampm and ampm.group(1) == "p" and hh < 12:
                hh += 12
            if ampm and ampm.group(1) == "a" and hh == 12:
                hh = 0
            part = pod_words or DAY_PART_AFTER.search(low)  # "four o'clock this afternoon"
            if part and ampm is None and hh < 12 and (
                    part.group(1) in ("afternoon", "evening")
                    or (part.group(1) == "night" or part.group().startswith("tonight"))
                    and hh >= 5):
                hh += 12  # "7:30 tonight" is 19:30, "11 at night" 23:00; "3 at night" 03:00
            elif part and part.group(1) == "morning" and ampm is None and hh == 12:
                hh = 0  # "12:30 in the morning"
            elif "o'clock" in low and ampm is None and not part and (1 <= hh <= 5 or hh < 12 and (
                    EVENING_BEFORE.search(text, max(0, m.start() - 120), m.start()))):
                hh += 12  # "tea at 4 o'clock", "five o'clock": the afternoon's hours (six
                # o'clock is either, and the evening's after "tonight")
            elif ampm is None and not part and c is not None and 1 <= hh < 12 and (
                    told := LAST_MERIDIEM.search(text, max(0, m.start() - 200), m.start())) \
                    and told.group(1).lower() == "p":
                hh += 12  # "Doors open at 6:30 p.m., and the first whistle is at 7:30"
        wd = next((self.lex.weekdays[w] for w in words(s) if w in self.lex.weekdays), None)
        later = RESTATED_THEN_DAY.match(text, m.end())
        if wd is None and later and later.group(1).lower() in self.lex.weekdays:
            wd = self.lex.weekdays[later.group(1).lower()]  # "10:35 a.m. (0735 GMT) Friday"
        shift = -1 if "yesterday" in low or "last night" in low else 1 if "tomorrow" in low else 0
        today = re.search(r"\b(?:today|tonight|this\s+\w+)\b", low) is not None
        ws = words(s)
        mon = next((self.lex.months[w] for w in ws if w in self.lex.months), None)
        after_month = ws[next((i for i, w in enumerate(ws) if w in self.lex.months), len(ws)):]
        day = next((int(w) for w in after_month if w.isdigit() and len(w) <= 2), None)
        # "9am today": not the day told of; "until 6 a.m.": maybe the end of a range
        rel = "today" if today else "until" if CLOCK_RANGE_BEFORE.search(
            text, max(0, m.start() - 20), m.start()) else "by" if self.prev_word(
            text, m.start()).lower() == "by" else None  # "by noon": the morning up to then
        clock = f"{hh:02d}:{mm:02d}" + (f":{ss:02d}" if ss else "")
        return Mention(m.start(), m.end(), "time", "TIME", weekday=wd, shift=shift, month=mon,
                       day=day, pod=pod, clock=None if pod else clock, mod=mod,
                       year=self.year_of(ws) if mon is not None else None, rel=rel,
                       anaphoric="that" in ws,  # "10 p.m. that Friday": the Friday told
                       # the day after it is counted from the story's, not from the clock's
                       passing=STORY_DAY_AFTER.match(text, m.end()) is not None)

    def on_set(self, text, m):
        s = m.group()
        ws = words(s)
        lex = self.lex
        if ws[0] in ("once", "twice") and ws[-1] in lex.sets:
            ws = ws[1:]  # "twice-daily": how often within the period, the period the value
        if len(ws) == 1:
            if self._opens_name(text, m) or self.titled(text, m.start(), m.group()):
                return None  # "the Daily Sentinel", "Mortgage News Daily"
            if ws[0] in ("daily", "weekly", "monthly") and NAME_GOES_ON.match(text, m.end()) and \
                    PAPER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                return None  # "the Communist Party daily Granma": a newspaper
            if ws[0] == "quarterly" and self.next_word(text, m.end()).islower():
                return None  # "a quarterly dividend": a report's name, only "paid quarterly"
            if self.next_word(text, m.end()) in MEASURED_BY_PERIOD:
                return None  # "average daily volume", "the largest monthly increase", "hourly
                # workers", "both daily newspapers": a measure or a kind, nothing recurring
            return Mention(m.start(), m.end(), "set", "SET", value=lex.sets[ws[0]])
        mon = next((lex.months[w] for w in ws if w in lex.months), None)
        if mon is not None and (day := re.search(r"(\d+)(?:st|nd|rd|th)?$", s)):
            # "every May 10", "each June 1st": that day of every year
            return Mention(m.start(), m.end(), "set", "SET",
                           value=f"XXXX-{mon:02d}-{int(day.group(1)):02d}")
        last = ws[-1]
        if last in lex.weekdays:
            return Mention(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{lex.weekdays[last]}")
        if last in lex.months:
            return Mention(m.start(), m.end(), "set", "SET", value=f"XXXX-{lex.months[last]:02d}")
        if last in lex.seasons:
            if self._opens_name(text, self._last_word(text, m)):
                return None  # "every Winter Games": a name's
            return Mention(m.start(), m.end(), "set", "SET", value=f"XXXX-{lex.seasons[last]}")
        if last in lex.parts_of_day:
            day = f"WXX-{lex.weekdays[ws[-2]]}" if ws[-2] in lex.weekdays else "XX-XX"
            return Mention(  # "each morning", "every Thursday evening"
                m.start(), m.end(), "set", "SET", value=f"XXXX-{day}T{lex.parts_of_day[last]}"
            )
        unit = lex.units.get(last)
        if unit is None:
            return None
        if unit == "WE":
            return Mention(m.start(), m.end(), "set", "SET", value="XXXX-WXX-WE")  # "every weekend"
        if ws[0] == "per" and len(ws) == 2 and unit in ("S", "MIN", "H") and (re.search(
                r"(?:[a-z]s|\bfeet)\)?\s+$", text[max(0, m.start() - 20):m.start()]) or
                self.prev_word(text, m.start()).lower() in SPEED_UNITS):
            # "instructions per second", "cubic feet per second", "(115 miles) per hour",
            # "130 km per hour": a unit of measure
            return None
        body = ws[1:-1]
        n = 1.0
        if ws[0] in ("once", "twice") or {"times", "days", "nights", "hours"} & set(ws[1:-2]):
            body = []  # "three times a week", "three days a week", "24 hours a day": P1W, P1D
        elif body and body[0] in ("other", "half", "quarter"):
            # "every other week", "every half hour", "every quarter hour"
            n = {"other": 2.0, "half": 0.5, "quarter": 0.25}[body[0]]
            body = body[1:]
        if body:
            amount = self.number(body)
            if amount is False:
                return None
            n = amount if amount is not None else n
        return Mention(m.start(), m.end(), "set", "SET", value=duration_value(n, unit))

    def on_a_unit(self, text, m):
        if re.match(r"\s+(?:ago|earlier|later|before|after|or)\b", text[m.end():m.end() + 8]):
            return None
        prev = self.prev_word(text, m.start()).lower()
        before = text[max(0, m.start() - 25) : m.start()]
        if not (prev in COUNT_WORDS or prev == "%" or re.search(r"[\d%]\S*\s*$", before)
                or self._counted_noun(text, m.start()) or (
                    prev not in SPAN_BEFORE_A_UNIT
                    and not text.startswith(" of ", m.end())  # "as a year of fuller planes"
                    and COUNT_IN_CLAUSE.search(text, max(0, m.start() - 60), m.start()))):
            return None
        unit = self.lex.units[words(m.group())[-1]]
        return Mention(m.start(), m.end(), "set", "SET", value=duration_value(1, unit))

    def _in_game(self, text: str, pos: int) -> bool:
        """Does the sentence around `pos` tell a game ("touchdown", "overtime")?"""
        lo, hi = max(0, pos - 300), pos + 300
        start = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos), lo - 1) + 1
        ends = [i for i in (text.find(". ", pos, hi), text.find("\n", pos, hi)) if i >= 0]
        sentence = text[start:min(ends + [hi])].lower()
        return not GAME_WORDS.isdisjoint(re.findall(r"[a-z]+(?:-[a-z]+)?", sentence))

    def _counted_noun(self, text: str, start: int) -> bool:
        """Does a counted plural come right before: "four flights [a week]", "700 seats"?"""
        m = COUNTED_NOUN.search(text, max(0, start - 40), start)
        if m is None:
            return False
        if m.group(1) is None:
            return True  # "per resident": a rate
        w = m.group(1).lower()
        return w in COUNT_WORDS or self.is_count(w.removesuffix("s"))

    def on_holiday(self, text, m):
        s = m.group()
        ws = words(s)
        year = self.year_of(ws)
        rel = ws[0] if ws[0] in ("last", "next", "this") else None
        if ws[-1] == "year" and ws[-2] in ("last", "next"):  # "Valentine's Day last year"
            rel, ws = f"year_{ws[-2]}", ws[:-2]
        # "Easter week", "Labor Day weekend": the week or weekend of the day
        span = ws[-1] if ws[-1] in ("week", "weekend") and \
            " ".join(ws[-2:]) not in self._holidays else None
        pod = self.lex.parts_of_day.get(ws[-1]) if " ".join(ws) not in self._holidays else None
        name = " ".join(w for w in ws[:-1 if span or pod else None]
                        if w not in ("last", "next", "this") and not w.isdigit())
        code = self._holidays.get(name)
        if code is None:
            return None
        if code == "-" or (not year and (NAME_GOES_ON.match(text, m.end()) or
                                         HOLIDAY_MADE.match(text, m.end()) or not (
                span or pod) and self.next_word(text, m.end()) in SEASONAL_THINGS)):
            # "Super Tuesday", "Christmas Island", "the Memorial Day Fund": a name;
            # "Christmas trees", "an Easter egg hunt": a kind of thing, not a day
            return Mention(m.start(), m.end(), "name")
        start = m.start()
        if rel == "last" and self.prev_word(text, start).lower() in OWNERS:
            # "will hold its last New Year's Eve dance": the final one, not the one before
            rel, start = None, start + re.match(r"\w+\s+", s).end()
        if not (rel or year or span or pod) and (every := EVERY_BEFORE.search(
                text, max(0, start - 7), start)):
            # "every Fourth of July": the day each year; a holiday that moves, once a year
            today = code.rsplit("|", 1)[-1]  # the rule in force: "11-11" for Veterans Day
            return Mention(every.start(), m.end(), "set", "SET",
                           value=f"XXXX-{today}" if today[0].isdigit() and "/" not in today
                           else "P1Y")
        if code == "02-29" and A_BEFORE.search(text, max(0, start - 3), start):
            return None  # "born on a leap day": any one, no date
        if name == "fourth" and not THE_FOURTH.search(text, max(0, start - 16), start):
            return None  # "storms on the Fourth", "a show for the Fourth"; not "Henry the
            # Fourth", "the fourth time"
        if (span or ws[0] == "first" or name == "fourth") and \
                THE_BEFORE.search(text, max(0, start - 4), start):
            start -= 4  # "the Memorial Day weekend", "the first day of summer", "the Fourth"
        return Mention(start, m.end(), "holiday", "TIME" if pod else "DATE", year=year,
                       rel=rel, value=code, pod=pod, unit={"week": "W", "weekend": "WE"}.get(span))

    def on_era_year(self, text, m):
        n = int(re.search(r"\d+", m.group()).group())
        if not n:
            return None
        if "B" in m.group():  # no calendar date before year 1: the value only
            return Mention(m.start(), m.end(), "year", value=f"BC{n:04d}")
        return Mention(m.start(), m.end(), "year", year=n)

    def on_season_ago(self, text, m):
        ws = words(m.group())
        n = self.number(ws[:-2])
        if not n or n != int(n):
            return None
        code = self.lex.seasons[ws[-2][:-1]]
        # the last such season, and a year back for each one more
        return Mention(m.start(), m.end(), "season", season=code, rel="last",
                       years_back=int(n) - 1)

    def on_year_ago_adj(self, text, m):
        return Mention(m.start(), m.end(), "unit_rel", unit="Y", rel="last", comparison=True)

    def on_weekend(self, text, m):
        if self.prev_word(text, m.start()).lower() in ("every", "each", "per") or \
                SOME_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return None  # "every weekend", "one wet weekend": any weekend
        nxt = self.next_word(text, m.end())
        if " " not in m.group() and nxt.isalpha() and nxt.islower() and nxt not in AFTER_PART:
            return None  # "weekend trains", "no further weekend closures": a kind of thing
        word = m.group().split()[-1]
        start = m.end() - len(word)
        if word[0].isupper() and not self._sentence_start(text, start):
            return None  # "The Weekend Australian": a capital inside a sentence names a thing
        # "booked solid for the weekend", "sunshine through the weekend": a span the verb
        # looks ahead to (on a Friday, the coming weekend even after a weak past cue)
        ahead = self.prev_word(text, m.start()).lower() in WEEKEND_AHEAD
        return Mention(m.start(), m.end(), "weekend", rel="ahead" if ahead else None)

    def on_overnight(self, text, m):
        nxt = self.next_word(text, m.end()).lower()
        prev = self.prev_word(text, m.start()).lower()
        verb_after = prev not in PREPS and prev not in DETERMINERS and (
            MODAL_AFTER.match(text, m.end()) or len(nxt) > 4 and nxt.endswith("ed"))
        if nxt.isalpha() and nxt not in PREPS and nxt not in AFTER_PART and not verb_after and \
                nxt not in self.lex.weekdays:  # "overnight Saturday": that night
            return None  # "an overnight stay", "the overnight rate": an adjective; not "fall
            # overnight across the region", "temperatures overnight would dip", "rain
            # overnight softened the ground"
        if SUDDENLY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None  # "closed the shops almost overnight", "can't do it overnight": at once
        return Mention(m.start(), m.end(), "overnight", "TIME", pod="NI")

    def on_spelled_year(self, text, m):
        if re.match(r"[A-Z]\w*[-\s]+[A-Z]", m.group()) and not self._sentence_start(
                text, m.start()):
            return None  # "Nineteen Eighty-Four": a title
        ws = [w for w in re.findall(r"[a-z]+", m.group().lower()) if w not in ("the", "year",
                                                                                  "and")]
        card = self.lex.cardinals
        if ws[:2] == ["two", "thousand"]:
            y = 2000 + sum(card.get(w, 0) for w in ws[2:])
        else:
            rest = ws[1:]
            if rest and rest[0] == "hundred":
                rest = rest[1:]
            y = card[ws[0]] * 100 + sum(card.get(w, 0) for w in rest)
            if len(ws) == 2 and "year" not in m.group().lower() and not re.search(
                    r"\b(?:in|since|of|until|by)\s+$", text[max(0, m.start() - 8):m.start()]):
                return None  # "nineteen ninety" is a year only after "in", "since", ...
        return Mention(m.start(), m.end(), "year", year=y)

    def on_weekdays_set(self, text, m):
        day_word = m.group().split()[-1][:-1].lower()
        wd = {"weekend": "WE", "weekday": "WD"}.get(day_word) or self.lex.weekdays.get(day_word)
        if wd is None or self.next_word(text, m.end()).lower() == "ago":
            return None  # "two Sundays ago": one Sunday, counted back, not every Sunday
        start = m.end() - len(day_word) - 1
        return Mention(start, m.end(), "set", "SET", value=f"XXXX-WXX-{wd}")

    def on_adjective_ref(self, text, m):
        word = m.group().lower()
        nxt = self.next_word(text, m.end()).lower()
        if nxt in self.lex.units or nxt in ("and", "or", "events", "affairs", "account",
                                            "accounts", "prices", "price", "dollars", "rate",
                                            "rates"):
            return None
        if word != "current":
            return None  # "recent", "future" as adjectives are mostly not times in news
        if not nxt or nxt in PREPS or nxt in AFTER_PART or \
                nxt in WATER_CURRENT_AFTER or past_verb(nxt, self.lex) or \
                MODAL_AFTER.match(text, m.end()) or \
                self.prev_word(text, m.start()).lower() == "rip":
            return None  # "a rip current off the pier", "the current is strong", "the
            # current swept them toward the bridge", "the current also scoured sand": water
        then = re.search(r"\b[Tt]hen[-\s]$", text[max(0, m.start() - 5):m.start()])
        if then:  # "the then-current price": the present of a past time
            return Mention(m.start() - 5 + then.start(), m.end(), "ref", value="PAST_REF")
        return Mention(m.start(), m.end(), "ref", value="PRESENT_REF")

    def on_the_year(self, text, m):
        ws = words(m.group())
        after = text[m.end():m.end() + 12]
        if re.match(r"\s+(?:ended|ending|to\s+date)\b", after):
            return Mention(m.start(), m.end(), "duration", "DURATION", unit="Y", amount=1)
        if "end" in ws or "year's" in ws:
            # "since year-end": the last one passed, in October the end of last year
            since = self.prev_word(text, m.start()).lower() == "since"
            if m.group().lower() == "year-end" and not re.match(r"\s+[a-z]", after):
                # "by year-end", "since year-end": the closing day of the books, Dec. 31
                return Mention(m.start(), m.end(), "date", month=12, day=31,
                               rel="year_last" if since else "year_this")
            return Mention(m.start(), m.end(), "unit_rel", unit="Y",
                           rel="last" if since else "this", mod="END")
        if ws == ["the", "year"] and (award := OF_THE_YEAR.search(text, max(0, m.start() - 20),
                                                                 m.start())) and \
                award.group(1).lower() in HONOURED:
            return None  # "album of the year", "player of the year": an award
        if ws == ["the", "new", "year"]:
            # "into the new year": the coming one late in a year, this one early in it; "the
            # New Year" is the holiday's
            return None if "New" in m.group() else Mention(m.start(), m.end(), "unit_rel",
                                                           unit="Y", rel="new")
        if ws[:2] == ["the", "year"] and len(ws) == 2 and not re.match(
                r"\s*(?:[,.;]|'s|\s+(?:as\s+a\s+whole|so\s+far))", after) and \
                not PERIOD_CLOSED.search(text, max(0, m.start() - 20), m.start()) and \
                not PERIOD_COMES.match(text, m.end()):
            return None  # "the year" alone is too often not this year; but "closed out the
            # year", "is ending the year", "the total for the year" are the story's
        # "the year", "the full year": the one of the results reported, if a quarter was named
        whole = ws in (["the", "year"], ["the", "full", "year"])
        return Mention(m.start(), m.end(), "unit_rel", unit="Y", rel="whole" if whole else "this")

    def on_week_of_month(self, text, m):
        ws = words(m.group())
        nth = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(ws[1], -1)
        weekday = self.lex.weekdays.get(ws[2])
        return Mention(m.start(), m.end(), "week_of_month", year=self.year_of(ws),
                       month=self.month_of(ws[3:]), part=nth, weekday=weekday,
                       unit={"weekend": "WE", "week": "W", "day": "D"}.get(ws[2], "WD"))

    def on_week_of(self, text, m):
        ws = words(m.group())
        day = next(int(re.match(r"\d+", w).group()) for w in ws[3:] if w[0].isdigit())
        return Mention(m.start(), m.end(), "week_of", year=self.year_of(ws),
                       month=self.month_of(ws), day=day, unit="WE" if ws[1] == "weekend" else "W")
