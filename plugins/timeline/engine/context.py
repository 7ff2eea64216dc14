"""Tense and modality of a clause: does a bare weekday or month point back or forward?"""

from __future__ import annotations

import re

from .lexicon import Lexicon, function_words, load

TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
PRESENT = frozenset(["is", "are", "am"])
REPORTING = frozenset(["says", "say"])
AFTER_WEIGHT = 3.0
HELD_STATE = re.compile(r"\s+(?:\w+\s+){0,3}?(?:[\d.,]+\s*%|(?:[\d.,]+\s+percent|stakes?|shares|"
                        r"interest|majority|seats?|office|title|record)\b)", re.I)
DEADLINE = 3  # direction of "by <date>", "until <date>"
# "did not approve the rules until February", "did not fully reopen until Tuesday": the bare
# verb after "did not" is no plan
PAST_NOT_UNTIL = re.compile(r"\b(?:(?:did\s+not|didn't)\s+(?:[a-z]+ly\s+)?[a-z]+|"
                            r"(?:was|were)\s+not|wasn't|weren't)\b([^.;]*)$", re.I)
# "if you don't have to be", "if it is": a present condition looks ahead
IF_PRESENT = re.compile(r"\b[Ii]f\s+(?:\w+\s+){1,2}(?:do|does|don't|doesn't|don’t|doesn’t|is|are|"
                        r"isn't|aren't|has|have|can|can't)\b[^,;.]*$")
# "By Tuesday, the fire had burned 9,000 acres": how far it got; not "leaving passengers who
# had planned to fly", a relative clause's own past
HAD_AFTER = re.compile(r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\bhad\b")
# "had to have their animals checked in by Friday": an obligation of the past, met or not
HAD_TO = re.compile(r"\bhad\s+to\b(?![^,;]*\b(?:will|would)\b)[^,;]*$", re.I)
FORECASTING = frozenset(["predicted", "forecast", "forecasted", "projected"])
FORESEEING = FORECASTING | {"estimated"}  # "predicted rain by the weekend": no deadline met
PROMISING = frozenset(["promised", "pledged", "vowed"])  # what was promised lies ahead
# "ordered visitors off the islands by noon Thursday", "promised a decision by Saturday": a
# deadline set, not one met
DEADLINE_SETTING = PROMISING | {"ordered", "told", "asked", "urged", "required", "directed",
                                "instructed"}
# a forecast and its object before the date ("Forecasters called for more rain Tuesday");
# not "predicted on Monday", the day of saying
# "the weather service forecasts a high of 34 on Monday"; "Forecasts issued Saturday" a noun
FORECAST_OF = re.compile(rf"(?:{'|'.join(sorted(FORECASTING))}|(?-i:forecasts)|"
                         r"warned\s+(?:\w+\s+)?of|[Ff]orecasters\s+(?:called|call)\s+for)\s+"
                         r"(?!(?:on|in|at|last|early|late|that)\b)[^,;]*\s+$", re.I)
_ARTICLE = r"\b(?:a|an|the|its|their|his|her|our)\s+"  # before a noun: "the", "its"
# "issued his first forecast for the season in April": the forecast a noun, told as done
FORECAST_NOUN = re.compile(rf"{_ARTICLE}(?:(?:first|second|third|latest|new|initial|updated|"
                           r"revised|official|final)\s+)?$", re.I)
NOUN_THEN_VERB = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)??\s+([a-z]+)\b")
# "figures for January and February": the second month of the pair too
_FOR_PAIR = r"\s+for\s+(?:the\s+)?(?:[A-Z][a-z]+\.?\s+(?:and|or)\s+)?$"
REPORT_FOR = re.compile(r"\b(?i:figures|results|data|statistics)" + _FOR_PAIR +
                        # "a premium over the closing price Tuesday": a price already set
                        r"|\bclosing\s+(?:share\s+|stock\s+)?prices?\s+(?:on\s+)?$")
# "bookings for December and January", "taking reservations for Thursday night", "the most
# parties booked for Friday": what is booked lies ahead
BOOKED_FOR = re.compile(r"\b(?i:bookings|booked|reservations|pre-?orders)" + _FOR_PAIR)
# "will report July sales of newly built homes", "will release its October figures": the
# figures of a month gone by
REPORTING_DATA = re.compile(r"\b(?:report|reports|reported|release|releases|released|publish|"
                            r"publishes|published|post|posts|posted)\s+(?:its\s+|their\s+|the\s+)?$",
                            re.I)
# "July sales", "its second-quarter results": the figures a report gives
DATA_AFTER = re.compile(r"\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?:sales|figures|data|numbers|"
                        r"results|earnings|report|jobs|employment|payrolls|starts|exports|imports|"
                        r"output|orders|inflation)\b")
WHEN_AFTER = re.compile(r",\s+when\b([^,;:]*)")
UNTIL_AT_LEAST = re.compile(r"\b(until|till|by|through)\s+at\s+least\s+$", re.I)
# "have been invited to a meeting at 7 p.m. Tuesday", "has called unions to talks on Friday":
# where they are asked to come lies ahead
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
INVITED_TO = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:invited|called|summoned)\b[^,;]*"
                        r"\bto\s+[^,;]*$", re.I)
# "rain fell for five days starting Monday": a stretch gone by, unless it was set or
# threatened ("ordered closed for two weeks starting Monday")
UNITS_BEFORE = re.compile(r"\b(?:hours|days|nights|weeks|months|years)\s+$", re.I)
SETTING_BEFORE = re.compile(r"\b(?:ordered|threatened|announced|planned|scheduled|approved|"
                            r"voted|agreed|proposed|called)\b", re.I)
START_AHEAD = re.compile(r"\b(?:starting|beginning)\s+(?:(?:at|on)\s+)?$"
                         r"|\b(?:heading|headed|going)\s+into\s+(?:the\s+)?$", re.I)
# "she retires Friday": a verb in -s after a pronoun, right before the day
SHE_DOES = re.compile(r"\b(?:he|she|it)\s+[a-z]{2,}[^s\W]s\s+(?:on\s+)?$", re.I)
# a sentence that opens with a bare verb tells what to do: "Come down on Sunday", "Don't miss
# the parade Saturday"
IMPERATIVE = re.compile(r"[\s\"“‘'(]*(?:Come|Join|Bring|Visit|Call|Stop\s+by|Check|Sign\s+up|"
                        r"Register|Drop\s+by|Head|Watch|Mark|Save|Vote|Plan|Expect|Remember|Don't|"
                        r"Do\s+not|Be\s+sure|Make\s+sure|Tune\s+in|Wear)\b")
CLAUSE_STOP = re.compile(r"[:;]")  # "Go figure: the store closed Monday" is no imperative
# "To force a referendum in November, the group must collect": a fronted purpose, its tense
# the main clause's
PURPOSE_OPENS = re.compile(r"[\s\"“‘'(]*To\s+[a-z]+\b[^,;]*$")
# "could be given as early as Monday": the soonest day ahead; not "open as early as 5 p.m.",
# the hour of a day the story has told
SOONEST = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.I)
# "have switched to holiday music, some as early as Nov. 1": done already, since then
PERFECT_DONE = re.compile(r"\b(?:have|has)\s+(?:already\s+)?[a-z]+ed\b"
                          r"(?![^;]*\b(?:could|would|will|may|might|can)\b)[^;]*$", re.I)
# "a strike that could have begun as early as Monday": the soonest of a past that was not
SOONEST_NOT_MET = re.compile(r"\b(?:could|would|might)\s+have\s+[a-z]+\s+as\s+(?:early|soon)"
                             r"\s+as\s+$", re.I)
_PLANNED = r"(?:scheduled|set|planned|slated)"
# "had been scheduled to open a revival on Monday": a plan called off before its day
PLAN_CALLED_OFF = re.compile(rf"\bhad\s+been\s+{_PLANNED}\b[^,;]*$", re.I)
# "which had been scheduled for Saturday", "had planned to begin taking eggs Monday", "was to
# have been held Wednesday": a plan the story tells was given up, in the clause up to the date
PLAN_GIVEN_UP = re.compile(rf"\b(?:had\s+(?:been\s+)?(?:{_PLANNED}|due|expected|hoped|intended)|"
                           r"(?:was|were)\s+to\s+have\s+been)\b[^,;.!?]*$", re.I)
# "The summit was scheduled to end Friday, but negotiators worked through the night": a plan
# of the past for a day the "but" clause tells of as gone by
PLAN_WAS = re.compile(rf"\b(?:was|were)\s+(?:{_PLANNED}|supposed|due|expected)\s+to\b[^,;]*$",
                      re.I)
# "had forecast in February": the date the past perfect verb was done on
HAD_DONE_AT = re.compile(r"\bhad\s+(?:(?:already|earlier|first)\s+)?(?!been\b)[a-z]+\s+"
                         r"(?:in|on)\s+$", re.I)
BUT_AFTER = re.compile(r"[^,;.]{0,40},\s+but\s+", re.I)
# "classes were canceled today and Friday": the day joined to today is the one next to it,
# not what the verb tells; not "said today and Friday", two sayings
WITH_TODAY = re.compile(r"(?:\b([a-z]+)\s+)?\b(?:today|tonight|tomorrow)\s+(?:and|or)\s+$", re.I)
HABITUAL_ADVERBS = frozenset(["usually", "typically", "normally", "generally", "often",
                              "always", "rarely", "seldom"])
HABIT_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(HABITUAL_ADVERBS))})\b")
CLOCK = re.compile(r"\d\s*[ap]\.?m\b|\d:\d\d|\b(?:noon|midnight)\b", re.I)
# "will try again Saturday, after calling off attempts on Tuesday": what was done before
AFTER_DOING = re.compile(r"\bafter\s+(?!(?:morning|evening|spring)\b)[a-z]+ing\b[^,;:]*$")
# "go on sale Saturday, after officials announced the lineup Monday": the clause after
# "after" tells a past of its own
AFTER_CLAUSE = re.compile(r",\s+after\s+(?!(?:the|a|an|his|her|its|their)\b)[^,;:]*$")
# verbs that put a date off: "postponed to Tuesday", "moved the vote back to Friday"
DEFERRING = ("postponed", "delayed", "deferred", "adjourned", "moved", "pushed", "put",
             "rescheduled", "extend", "extends", "extended", "extending", "postponing",
             "delaying", "moving", "pushing", "rescheduling")
DEFERRED_TO = re.compile(rf"\b(?:{'|'.join(DEFERRING)})\s+"
                         r"(?:(?!(?:because|when|while|since|after|but)\b)[\w'-]+\s+){0,6}?(?:back\s+)?"
                         r"(?:to|for)\s+(?:the\s+)?$", re.I)
# "postponed until Tuesday" sets a day ahead even in the past tense; "gave employees until
# Thursday": time granted runs ahead
DEFERRAL = frozenset(DEFERRING) | {"extended", "suspended", "deadline", "recessed", "gave",
                                   "given", "granted", "allowed", "delay", "extension",
                                   "postponement", "reprieve"}
LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
# the words before "until", a hyphenated one whole ("are back-ordered until January")
UNTIL_AFTER_VERB = re.compile(r"(?<![\w-])((?:[A-Za-z][\w-]*\s+){1,4})(?:until|till|into)\s+"
                              r"(?:the\s+)?$", re.I)
DONE_BY = re.compile(r"\b(?:was|were)\s+((?:[A-Za-z]+\s+){1,5}?)by\s+(?:the\s+)?$", re.I)
# "the conference could run into Saturday", "talks dragged into Sunday": as far as then
RUN_INTO = re.compile(r"\b(?:run|runs|ran|running|stretch\w*|extend\w*|continu\w*|last|lasts|"
                      r"lasted|go|goes|went|going|drag\w*|spill\w*)\s+into\s+(?:the\s+)?$",
                      re.I)
# "held until a hearing on Thursday", "listed the matter for hearing on December 2",
# "to reappear on April 30", "ahead of the runoff on Sunday": a date still ahead
HEARING_ON = re.compile(r"\b(?:until|for|to|ahead\s+of|before)\s+"
                        r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z]+\s+)?(?:hearing|trial|sentencing|appearance|reappear|appear|"
                        r"election|vote|referendum|runoff|ballot|summit)(?:\s+[\w'-]+){0,4}?\s+on\s+$",
                        re.I)
# "warned on Sunday, ahead of the government's spending review on", if no past verb comes
# between: not "traffic ahead of the holiday began building on Monday"
AHEAD_OF_ON = re.compile(r"\bahead\s+of\s+((?:[\w'-]+\s+){1,7}?)on\s+$", re.I)
# past verbs that put a date ahead
SCHEDULING = frozenset(["set", "fixed", "called", "summoned", "invited", "added", "proposed"])
SCHEDULED_FOR = re.compile(r"\s+(?:[\w'-]+\s+){0,8}?(?:for|(?:date|deadline)\s+of)\s+(?:the\s+)?$",
                           re.I)
# "called both sides to a meeting in Cape Town on Monday", "summoned the envoy for talks on"
SCHEDULED_TO = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:to|for)\s+(?:(?:a|an|the|new|fresh|emergency|"
                          r"urgent)\s+)*(?:[a-z]+ing\s+)?(?:meeting|talks|summit|session|hearing|vote|"
                          r"conference|table)"
                          r"(?:\s+[\w,'-]+){0,5}?\s+(?:on|for)\s+$", re.I)
# past verbs that put a notice in force for a time named after their object
# "tours were cancelled through Wednesday": shut until a day, as an extension runs to one;
# "rentals were booked through Thursday": taken until then
CLOSING = frozenset(["canceled", "cancelled", "closed", "shut", "halted", "banned"])
TAKEN = frozenset(["booked", "reserved"])
ANNOUNCING = CLOSING | {"issued", "declared", "ordered", "imposed", "posted", "announced",
                        "suspended", "predicted", "forecast"}
ANNOUNCED_FOR = re.compile(r"\s+(?:a|an|the|another|more|(?:nearly\s+)?all|most|some)\s+"
                           r"(?:[\w'-]+\s+){0,12}?"
                           r"(?:from|for|until|till|through|"
                           r"starting|effective)\s+(?:the\s+)?$", re.I)
# "crude for March delivery", "the December contract": a month of a futures market
DELIVERY_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures|options)\b")
FOR_DELIVERY = re.compile(r"\bfor\s+(?:delivery|shipment)\s+(?:in|by|on|during)\s+(?:the\s+)?$",
                          re.I)
GOING_TO = re.compile(r"\s+to\s+[a-z]", re.I)  # "going to rain", not "going door to door"
STEPS_OFF = re.compile(r"\s+off\b")
# "made [unannounced] visits": the past verb's object; not "said it expects"
OBJECT_AFTER_VERB = re.compile(r"\s+(?:(?!(?:it|he|she|they|we|you|i|who|that|which)\s)"
                               r"[a-z]+\s+)?")
CLAUSE_BREAK = re.compile(r";|,(?!\d{3}\b)")  # not the comma of "9,000 acres"
# a date opening its clause before a comma: "On Dec. 20, the president resigned"
FRONTED = re.compile(r"\s*(?:(?:and|but|then)\s+)?(?:(?:on|in|at|during|early|late)\s+)?",
                     re.I)
CLAUSE_AFTER = re.compile(r"[;,]\s+(?:and|but)\b|;")  # where the next clause begins
# "will close pools starting tomorrow, as cuts approved in June take effect": a clause of
# its own, whose verbs the future before it does not rule; a concession (", though she was
# counting on Easter") goes on looking ahead
SUBORDINATE = re.compile(r",\s+(?:as|while|because|when)\s", re.I)
# verbs that may carry a plan or a progressive: "sales for December were running ahead"
AUXILIARIES = frozenset(function_words("en")["auxiliaries"])
AS_RECENTLY_AS = re.compile(r"\bas\s+recently\s+as\s+(?:the\s+|early\s+|late\s+|mid-)?$", re.I)
# where a clause opens inside a sentence
CLAUSE_LEAD = re.compile(r"(?:,\s+(?:and|but)|\b(?:because|although|though|while|when))\s", re.I)
CLAUSE_OPENS = re.compile(r",\s+(?:and|but)\s+(?:(?:early|late|on|by)\s+)?$", re.I)
# a day's event as the subject of a schedule: "Thursday's meeting begins at 7 p.m.",
# "Thursday's curtain is at 7:30 p.m.", "Saturday's matinee is sold out"
# (not "Wednesday's ruling is expected to reshape the market": what follows from it)
EVENT_SET = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,2}?(?:begins|starts|opens|kicks\s+off|"
                       r"is\s+(?:set|scheduled|slated|planned|due|at|sold\s+out))\b")
ARTICLE_ONLY = re.compile(r"\s+(?:a|an|the)\s+")
SCHEDULED_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?(?:date|deadline|hearing|trial|election|vote|"
                            r"meeting|summit|start|opening|release)\b")
DEADLINE_NOUN = re.compile(r"(?:'s)?\s+deadline\b", re.I)
# "is the second disaster, following the wildfires in late October": an event gone by
FOLLOWING_EVENT = re.compile(r"\bfollowing\s+(?:the|a|an|his|her|their|its|last)\b[^,;]*$", re.I)
RELATIVE = re.compile(r"\b(?:that|which|who)\b")  # where a relative clause may open
WHO_DID = re.compile(r"who\s+[a-z]+ed\b")  # a relative clause in the past: "thieves who used"
# "ScholarNet, which runs a Web site, on Thursday reported", "began testing Operation Brock,
# a plan that turns part of the M20 into a holding area, on Monday": a relative clause set off
# by commas and closed right before the date; its verbs are not the date's
ASIDE = re.compile(r",\s+(?:which|who|(?:a|an|the)\s+(?:[\w'-]+\s+){1,3}that)\s(?:[^,;]|,(?!\s))*,"
                   r"\s+(?:(?:on|in|early|late)\s+)?$", re.I)
# a line's start, or a list item's: "Sunday: Cowboy church service at 8 a.m."
HEADING_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[—•*-][ \t]*)?$")
UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.I)  # "stood ... until January, when"
# "After this week, he said, business slows until May": a saying set off by commas, the
# clause it interrupts goes on
SAID_ASIDE = re.compile(r",\s+(?:[\w.'-]+\s+){1,3}(?:said|says)\s*,(?!\s*(?:after|before|as|"
                        r"because|when|while|since|until|in|on|at|with|but|and|or)\b)", re.I)
# "was elected on Tuesday and will be sworn in", "told dealers on Thursday that inventories
# would recover": the verbs of the next or the reported clause are not the date's
COORDINATED = re.compile(r"\s(?:and|but|that)\s|,")
# "said Friday would be the peak": the weekday is the subject of the modal
MODAL_AFTER = re.compile(r"\s+(?:would|will|could|might|should|may|can|must)\b")
# a modal or a plan before "by <date>" puts the deadline ahead
DEADLINE_AHEAD = frozenset(["will", "would", "shall", "hopes", "hope", "hoping", "plans",
                            "plan", "planning", "expects", "expect", "expected", "intends",
                            "aims", "hoped"])
GOVERNED = re.compile(r"\s+(?:(?:in|on|at|during|after|before|from|last|early|late|mid)\s+)+$",
                      re.I)
CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")
# "told lawmakers Tuesday they are not ready": a speaking verb, its object, the date and
# the clause it reports, "that" left out
TOLD_OBJECT = re.compile(r"\s+(?:(?!that\s)[A-Za-z][\w'-]*\s+){1,3}(?:on\s+)?$")
REPORTED_OPENS = re.compile(r",?\s+(?:that|he|she|they|it|we|I|the|its|their|his|her)\s", re.I)
WITH_NOUN_BEFORE = re.compile(r"\bwith\s+(?:(?:the|its|their|his|her|all|most|some|many)\s+)?"
                              r"[a-z][\w'-]*\s+$", re.I)
NEXT_ONE_IS = re.compile(r"\b[Tt]he\s+next\s+(?:[a-z]+\s+){0,2}(?:is|are)\s+(?:set\s+for\s+|"
                         r"scheduled\s+for\s+|on\s+)?$")
BEHIND_US = re.compile(r"\s+(?:(?:is|are|was|now|safely|well)\s+)*behind\s+"
                       r"(?:us|them|him|her|me|you|it)\b", re.I)
RECENTLY_AT = re.compile(r"\b(?:most\s+)?recently,?\s+(?:(?:in|on|at)\s+)?$", re.I)
# "took effect Jan. 1", "went into effect on Monday", "took office in January": a verb and
# the noun it makes one predicate with
GOVERNED_LIGHT = re.compile(r"\s+(?:into\s+)?(?:effect|force|place|office|power)\s+"
                            r"(?:(?:in|on|at|during|last|early|late|mid)\s+)*$", re.I)
# "changed from a fiscal year to a calendar year in December": its object between them
# (a name's title "Gov." or "U.S." among them: the sentence was split where periods end one)
GOVERNED_OVER = re.compile(r"\s+(?:(?!that\s)[A-Za-z][\w.'-]*\s+){1,8}?"
                           r"(?:(?:in|on|at|during)\s+)+$")
PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$", re.I)  # "has (now) extended"
PAST_AUX_BEFORE = re.compile(r"\b(?:was|were|had)\s+$", re.I)  # "was cut back in March"
ATTRIBUTIVE_BEFORE = re.compile(rf"{_ARTICLE}$", re.I)
NEXT_WORD = re.compile(r"\s+([a-z]{3,})\b")
# the word a date follows, past "on", "the", "of" or "in": "said on [Monday]" -> "said"
PREV_WORD = re.compile(r"([A-Za-z]+)\W*(?:(?:on|the|of|in)\s+)?$")
LAST_TWO_RUNS_REVERSED = re.compile(r"[^A-Za-z]*[A-Za-z]+(?:[^A-Za-z]*[A-Za-z]+)?")
DONE_NOUNS = frozenset(["agreement", "accord", "pact", "deal", "settlement", "contract", "ruling",
                        "decision", "order", "report", "announcement", "offer", "bid", "filing",
                        "purchase", "acquisition", "merger", "sale", "verdict", "memo", "letter"])
REPORTED = frozenset(["said", "told", "says", "say", "added", "reported", "announced"])
# '"Some factories will close," said Huq ... on Thursday': the quotation is a clause of its
# own; not a title ('will host a telethon, "Hope for Haiti Now," at 8 p.m. Friday')
SPEAKING = REPORTED | {"adds", "asked", "wrote", "recalled", "explained", "noted"}
QUOTE_CLOSES = re.compile(rf'[,?!]["”]\s+(?=(?:[\w.]+\s+){{0,3}}?(?:{"|".join(sorted(SPEAKING))})'
                          r'\b)(?!.*["“])', re.S)
REPORTED_WEIGHT = 3  # distance weight of a reporting verb: the clause it reports decides
# "could", "should" look ahead ("rain could fall through Wednesday") unless they tell what
# one was able to do or ought to have done
# "should have", "may not have"; not "may have to", an obligation ahead
# not "should have service back by the weekend": "have" with an object, ahead
_HAVE_AFTER = re.compile(r"\s+(?:not\s+)?have\s+(?:[a-z]+ly\s+|already\s+|never\s+)?(?:been|had|"
                         r"got|gotten|known|gone|done|made|said|left|sent|lost|hit|put|cut|set|"
                         r"seen|taken|given|come|become|run|won|thought|told|[a-z]+ed)\b", re.I)
MODAL_PAST = {"could": re.compile(r"\s+(?:not|never|hardly|only|be(?!\s+(?:[A-Z][a-z]*day|next|"
                                  r"days|weeks|months|years)\b)|have|see|hear)\b", re.I),
              "should": _HAVE_AFTER, "may": _HAVE_AFTER, "must": _HAVE_AFTER}
BEFORE_ONLY = frozenset(["can", "must"])  # cues too weak to govern a date before them
STRONG_FUTURE = frozenset(["will", "shall", "won't"])
STRONG_REACH = re.compile(r"(?:\s+[A-Za-z]+){0,2}\s+")  # "will present [updated]"
# future cues that are nouns too, after an adjective: "a 10-year plan", "a state visit"
NOUN_CUES = frozenset(["plan", "schedule", "visit", "vote", "start", "leave", "travel", "end",
                       "close", "return", "face", "play", "hold", "host", "meet"])
HAS_OBJECT = re.compile(r"\s+(?:a|an|two|three|four|five|six|several|another|its|their|his|her)\s+"
                        r"(?!(?:\w+ed|been|had|done|made|seen|taken|given|gone|won|lost)\b)")
KEEPING = frozenset(["stay", "stays", "stayed", "remain", "remains", "remained", "keep", "keeps",
                     "kept"])
# "keeps package stores closed Thursday", "will keep the line between south Wales and
# England closed until Tuesday": the state kept, its object between
_KEPT_OBJECT = r"(?:\s+(?!(?:that|which|who)\b|[a-z]+ing\b)[\w'-]+){1,8}\s+"
KEPT_BEFORE = re.compile(rf"\b(?:keep|keeps|kept){_KEPT_OBJECT}$", re.I)
# "expects to have the roof replaced", "with the results announced at 6 p.m.": done to
# a short object, its tense the verb's before
DONE_TO_BEFORE = re.compile(r"\b(?:have|has|get|gets|with)\s+"
                            r"(?:the|a|an|its|their|his|her|our)\s+[\w'-]+\s+$", re.I)
KEPT_UNTIL = re.compile(rf"\b(?:keep|keeps){_KEPT_OBJECT}(?:until|till)\s+$", re.I)  # ahead
REMAINING = frozenset(["everything", "anything", "nothing", "something", "all", "whatever"])
FORWARD_NOUNS = frozenset(["chance"])  # "a chance of thunderstorms Wednesday" looks ahead
# "reports second-quarter results on Thursday": a release on the calendar
RELEASING = frozenset(["reports", "releases", "posts", "publishes", "announces"])
# adjectives that make the word after them a noun: "a new set", "its first cut"
NOUN_ADJECTIVES = frozenset(["new", "own", "first", "final", "full", "whole", "entire", "same",
                             "big", "small", "old"])
# before such a noun: "one end of the span", "placed on leave", "a plan for travel"
NOUN_LEAD = frozenset(["one", "on", "of", "for", "at", "from"])
# "one of them leaves Friday": the subject ends, the verb follows
PRONOUN_OBJECTS = frozenset(["them", "us", "him", "her", "it", "you", "me", "those", "these",
                             "this", "that", "which", "who", "all", "each", "both", "some",
                             "many", "most", "others"])
# only words that cannot be a subject: "that starts", "her leave" may be verbs
DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "our", "whose", "my", "your"])
# words "planning" the verb may take next: "planning the festival", "planning for"
# "is planning", "were collecting": the auxiliaries of a verb in -ing
PROGRESSIVE_AUX = frozenset(["is", "are", "am", "was", "were", "be", "been"])
# verbs whose "-ing" object is an activity begun or ended: "started planning", "stopped hoping"
PHASE_VERBS = frozenset(["started", "began", "begun", "stopped", "finished", "quit"])
# "is" or "has" in a contraction: "what's left", "it's gone"
IS_CONTRACTED = frozenset(["what's", "that's", "it's", "he's", "she's", "there's", "who's",
                           "here's", "where's", "everything's", "nothing's"])
PLANNED_THINGS = DETERMINERS | {"for", "and", "new", "more", "another", "some", "what", "how",
                                "this", "that", "these", "those", "our", "several", "further"}
DIGITS_BEFORE = re.compile(r"(?<![\d,])(?!(?:1[5-9]|20)\d\d\s)[\d,]*\d\s+"
                           r"(?:[a-z]+ed\s+)?$")  # not a year; "35 damaged sails" too
# a determiner and up to four words before such a noun, none a plural: "a revised
# self-rescue plan", "the 7 a.m. start", "the state's expanded children's health plan", "a
# $4.2 million plan"
NOUN_PHRASE_LEAD = re.compile(rf"\b(?:{'|'.join(sorted(DETERMINERS))})\s+"
                              r"(?:(?:[\w.:-]+'s|[$£€]?[\w.:-]+(?<!s)),?\s+){0,3}"
                              r"(?:[\w.:-]+'s|[\w.:-]+(?<!s))\s+$")  # "a slow, rainy start"
# an infinitive: "to clear", not "to the streets", "to shelters", "to about 20 mph", "up to
# two inches" (a number) nor "rules agreed to by owners in March" (a function word)
NOT_VERBS_AFTER_TO = DETERMINERS | function_words("en")["stop"] | {
    w for w in load("en").cardinals if " " not in w} | {
    "her", "about", "around", "nearly", "almost", "roughly", "some", "just", "over", "under",
    "more", "less", "most", "all", "many", "much", "several", "both", "each", "every", "no",
    "this", "that", "these", "those", "of", "or", "until"}
TO_VERB = rf"to\s+(?!(?:{'|'.join(sorted(NOT_VERBS_AFTER_TO))})\b)(?![a-z]*[^s]s\b)[a-z]+"
TO_VERB_BETWEEN = re.compile(rf"\b{TO_VERB}\b")


def _setting_to(verbs: frozenset[str], least: int = 0, tail: str = r"[^;]*") -> re.Pattern:
    """A verb of `verbs`, its object (at least `least` words) and an infinitive before the
    date, `tail` between them."""
    return re.compile(rf"\b(?:{'|'.join(sorted(verbs))})\s+(?:[\w'-]+\s+){{{least},4}}{TO_VERB}\b"
                      rf"{tail}$", re.I)


# "asked residents to keep cutting back through Tuesday": what was asked lies ahead
ASKED_TO = _setting_to(DEADLINE_SETTING)
# "asking each member to finish 12 projects by Dec. 31": a deadline being set, still ahead
ASKING_TO = _setting_to(frozenset(["asking", "ordering", "urging", "requiring", "telling"]))
# "told jurors to return Wednesday", "urged residents to move cars before Friday": the task
# set lies ahead of the telling ("ordered" leaves it open: orders take effect the day given)
# (an object of one word at least: "were told to leave Saturday night" is what was done)
TASKED_TO = _setting_to(frozenset(["told", "asked", "urged", "warned", "advised", "encouraged",
                                   "invited", "instructed"]),
                        least=1, tail=r"(?:\s+[\w'-]+){0,5}\s+")
TO_VERB_AT = re.compile(TO_VERB)
HAD_JUST_BEFORE = re.compile(r"\bhad\s+(?:already\s+)?$", re.I)  # "had set a deadline"
# "had built it by Friday", "had been moved to shelters by Thursday": done by then; not
# "had hired haulers to clear the streets by Friday", a deadline set for the infinitive
PAST_PERFECT_DONE = re.compile(rf"\bhad\b(?![^,;]*\b{TO_VERB}\b[^,;]*$)")
# "ordered it to be full by November", "if it is not contained by the summer": still open
OPEN_BEFORE_BY = re.compile(rf"\b(?:{TO_VERB}|if|unless|not)\b[^,;]*$", re.I)
# "its closely watched report", "a newly elected mayor": between an article and a participle
PARTICIPLE_ADVERBS = frozenset(["closely", "widely", "newly", "highly", "recently", "previously",
                                "hotly", "eagerly", "heavily", "badly", "poorly", "freshly",
                                "fully", "partly", "largely", "privately", "publicly", "jointly",
                                "hastily", "long", "much", "well", "little", "often", "severely",
                                "seriously", "critically", "slightly", "carefully", "specially"])
# no past verb follows a preposition: "in closed session", "with added security"
ADJECTIVE_PREPS = frozenset(["in", "on", "at", "with", "for", "of", "from", "into", "under",
                             "over", "about", "by", "along", "across", "around", "through",
                             "throughout", "near", "behind", "between", "among", "toward",
                             "towards", "without", "within", "against", "during", "beyond",
                             "inside", "outside"])
ORDER_WORDS = frozenset(["last", "final", "next"])  # "their first televised debate"
MAYBE = frozenset(["may", "might", "could"])  # "may postpone Monday night's drawing"
# "is headed for a recount after Tuesday's election", "a premium over Thursday's price": an
# event gone by, whatever the verb before looks to
EVENT_GONE_AFTER = re.compile(r"\b(?:after|over|of|in|around|since|from)\s+$", re.I)
# a verb's bare form comes after these, so an "-ed" word after that verb is no past tense
INFINITIVE_LEAD = frozenset(["to", "will", "would", "shall", "should", "could", "can", "may",
                             "might", "must"])
MODAL_BEFORE_PARTICIPLE = INFINITIVE_LEAD - {"can"} | {
    "be",
    # a state, not a past event: "will stay closed", "remain shut"
    "stay", "stays", "remain", "remains", "become", "becomes", "get", "gets"}
FUTURE_BEFORE_TO = frozenset(
    ["planned", "plans", "plan", "set", "is", "are", "scheduled", "expected", "due", "going",
     "intends", "intended", "aims", "aimed", "hopes", "hoped", "hoping", "booked", "slated",
     "prepares", "preparing", "prepared", "agreed", "offered", "advised", "urged", "volunteered",
     "wants", "want"]
) | FORECASTING | PROMISING


def _kind(word: str, lex: Lexicon) -> int:
    if word in lex.future_cues and word not in lex.weak_future_cues or word.endswith("'ll"):
        return 1
    if word in lex.past_cues or (
        len(word) > 4 and word.endswith("ed") and word not in lex.not_past_ed
        and not word.startswith("un")  # "unspecified", "unexpected": adjectives
    ):
        return -1
    if word in PRESENT:
        return 1  # "the match is on Saturday": a schedule
    if word in REPORTING:
        return 0
    return 2  # no cue


def past_verb(word: str, lex: Lexicon) -> bool:
    """Is lower-case `word` a past verb by the cue tables ("found", "closed")?"""
    return _kind(word, lex) == -1


def prev_word_match(before: str) -> re.Match | None:
    """PREV_WORD in `before`, searched from the second-to-last run of letters only.

    A match holds at most two runs of letters (the word and "on"/"the"/...), so it
    cannot start earlier; searching the whole sentence start tries every character.
    """
    runs = LAST_TWO_RUNS_REVERSED.match(before[::-1])
    return None if runs is None else PREV_WORD.search(before, len(before) - runs.end())


def _attributive_month(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Is this a bare month naming a thing already done: "a June agreement", "the May offer"?"""
    if text[span[0]:span[1]].lower().rstrip(".") not in lex.months:
        return False
    return bool(ATTRIBUTIVE_BEFORE.search(text, max(0, span[0] - 8), span[0])) and bool(
        (nxt := NEXT_WORD.match(text, span[1])) and nxt.group(1).rstrip("s") in DONE_NOUNS)


def direction(text: str, sentence: tuple[int, int], span: tuple[int, int], lex: Lexicon,
              cache: dict | None = None) -> int:
    """The clause's direction (`_direction`), at least ahead for a start, the soonest day or
    what is headed into: "asked residents to stop watering lawns starting Monday",
    "threatened a strike beginning at midnight", "could be given as early as Monday",
    "gave motorists a break heading into summer"."""
    if text.startswith(":", span[1]) and HEADING_OPENS.search(text, max(0, span[0] - 6), span[0]):
        return 1  # "Here is the remaining schedule: ... Sunday: Cowboy church service at 8
        # a.m.": a day heading a schedule
    d = _direction(text, sentence, span, lex, cache)
    if d < 2 and SOONEST.search(text, max(sentence[0], span[0] - 16), span[0]) and \
            not PERFECT_DONE.search(text, sentence[0], span[0]) and \
            not CLOCK.search(text, *span) and \
            not SOONEST_NOT_MET.search(text, max(sentence[0], span[0] - 40), span[0]):
        return 2  # "could begin trading as soon as May": surely ahead
    if d < 1 and (start := START_AHEAD.search(text, max(sentence[0], span[0] - 20), span[0])) \
            and not (d < 0 and text[sentence[0]:start.start()].rstrip().endswith(",") and
                     not TO_VERB_AT.search(text, sentence[0], start.start())) \
            and not (d < 0 and UNITS_BEFORE.search(text, sentence[0], start.start())
                     and not SETTING_BEFORE.search(text, sentence[0], start.start())):
        return 1  # not "turned back every clock, starting at 10 p.m.": how the past went, nor
        # "rain fell for five days starting Monday", a stretch gone by; but "has ordered
        # businesses to close, starting at 8 p.m. Thursday", "threatened a strike of five days
        # starting Monday" look ahead
    if d < 1 and INVITED_TO.search(text, sentence[0], span[0]) and \
            not SINCE_BEFORE.search(text, max(sentence[0], span[0] - 8), span[0]):
        return 1  # "have been invited to a meeting Tuesday"; not "has been called to the
        # quarry since January", begun in the past
    if d == 0 and text[span[0]:span[1]].lower().rsplit(None, 1)[-1] in lex.weekdays and \
            PLAN_CALLED_OFF.search(text, sentence[0], span[0]):
        return 1  # "The Met had been scheduled to open a revival on Monday": the plan called
        # off is news before the day
    if d == -1 and (tasked := TASKED_TO.search(text, sentence[0], span[0])):
        verb_end = tasked.start() + len(tasked.group().split()[0])
        if not any(k == -1 for start, _, k, _ in sentence_cues(text, sentence, lex, cache)
                   if verb_end <= start < span[0]):
            return 1  # no past of its own between the task and the date
    if d < 1 and NEXT_ONE_IS.search(text, max(sentence[0], span[0] - 40), span[0]):
        return 2  # "The next one is Saturday from 9 a.m. to 1 p.m.": the coming one
    if d >= 0 and BEHIND_US.match(text, span[1]):
        return -2  # "With Labor Day behind them, crews will return": gone by
    if d >= 0 and RECENTLY_AT.search(text, max(sentence[0], span[0] - 24), span[0]):
        return -2  # "inspected annually, most recently in October": the last time, gone by
    if d >= 0 and HAD_DONE_AT.search(text, max(sentence[0], span[0] - 40), span[0]):
        return -2  # "It had forecast in February that earnings would be flat": done then
    if 0 < d < DEADLINE and PLAN_WAS.search(text, sentence[0], span[0]) and \
            (but := BUT_AFTER.match(text, span[1], sentence[1])) and \
            next((k for start, _, k, _ in sentence_cues(text, sentence, lex, cache)
                  if start >= but.end()), 0) == -1:
        return -1
    if d < 1 and (joined := WITH_TODAY.search(text, max(sentence[0], span[0] - 40), span[0])) \
            and (joined.group(1) or "").lower() not in REPORTED:
        return 1
    if d == 0 and PURPOSE_OPENS.match(text, sentence[0], span[0]) and \
            (comma := text.find(",", span[1], sentence[1])) >= 0:
        main = next((k for start, _, k, _ in sentence_cues(text, sentence, lex, cache)
                     if start > comma), 0)
        return max(-1, min(1, main))
    if d == 0 and text[span[0]].isupper() and \
            SHE_DOES.search(text, max(sentence[0], span[0] - 30), span[0]):
        return 1  # "After 38 years, she retires Friday": a present that sets a day; not "he
        # spends the morning at his desk", a habit
    if d < 1 and IF_PRESENT.search(text, sentence[0], span[0]):
        return 1  # "If you don't have to be on the road Friday, wait": a condition ahead
    if d < 1 and IMPERATIVE.match(text, sentence[0], span[0]) and \
            not CLAUSE_STOP.search(text, sentence[0], span[0]) and \
            not any(k < 0 for start, _, k, _ in sentence_cues(text, sentence, lex, cache)
                    if start < span[0]):
        return 1  # not "Head coach Bill Smith said the team practiced Sunday": a name
    if 0 < d < DEADLINE and AFTER_DOING.search(text, sentence[0], span[0]):
        return -1
    if 0 < d < DEADLINE and (after := AFTER_CLAUSE.search(text, sentence[0], span[0])):
        kinds = [k for start, _, k, _ in sentence_cues(text, sentence, lex, cache)
                 if after.start() <= start < span[0]]
        if kinds and max(kinds) < 0:
            return -1
    if (abs(d) < 2 or d == DEADLINE and UNTIL_BEFORE.search(text, max(0, span[0] - 7), span[0])) \
            and (when := WHEN_AFTER.match(text, span[1], sentence[1])):
        # "backdated to July 1, when he was suspended", "stood in the cathedral until January,
        # when a heating duct leaked": the clause that tells the date's day, if its cues agree
        kinds = [k for start, _, k, _ in sentence_cues(text, sentence, lex, cache)
                 if when.start(1) <= start < when.end(1)]
        if kinds and max(kinds) < 0:
            return -2
        if kinds and min(kinds) > 0:
            return 1
    return d


def _direction(text: str, sentence: tuple[int, int], span: tuple[int, int], lex: Lexicon,
               cache: dict | None = None) -> int:
    """+1 when the clause speaks of the future, -1 past, 0 unknown; +2 for a modal
    ("will", "shall"), -2 for a past as sure (a month naming a deal already made, "under a
    June agreement"; the past verb that governs the date, "began in September") or +3 for a
    deadline ("by", "until"): these outweigh the distance of dates (a deadline less: "by
    Jan. 14" may be one just past)."""
    before = text[sentence[0] : span[0]]
    if AS_RECENTLY_AS.search(before[-24:]):
        return -2  # "as recently as December": the latest time it was so, gone by
    prev = prev_word_match(before)
    through = False  # "loans through January": a term ending ahead, unless the verb is past
    deadline_noun = False
    if prev:
        p = prev.group(1).lower()
        if p == "least" and (hedged := UNTIL_AT_LEAST.search(before)):
            p = hedged.group(1).lower()  # "suspended flights until at least Wednesday"
        through = p in ("through", "thru")
        after = text[span[1]:min(sentence[1], span[1] + 60)]
        if p in ("to", "for") and DEFERRED_TO.search(before[-60:]):
            return 2  # "postponed to Tuesday", "rescheduled for Sunday": the new date, ahead
        ahead_of = AHEAD_OF_ON.search(before)
        deadline = p in ("by", "until", "till") or RUN_INTO.search(before) or re.search(
            r"\bahead\s+of\s+(?:the\s+)?$", before, re.I) or HEARING_ON.search(before) or (
            ahead_of and all(_kind(w, lex) != -1 for w in ahead_of.group(1).lower().split()))
        # "tendering ... by the Tuesday deadline": the verb tells whether it is met already
        deadline_noun = bool(deadline) and bool(DEADLINE_NOUN.match(text, span[1]))
        if p == "by" and not deadline_noun and text.startswith(("'s", "’s"), span[1]):
            deadline = False  # "slush left by Wednesday's snowstorm": the event that did it
        if deadline and not deadline_noun and not PAST_PERFECT_DONE.search(before[-100:]) and \
                not HAD_AFTER.search(after):
            done = DONE_BY.search(before)
            done_words = set(done.group(1).lower().split()) if done else set()
            if done and p == "by" and not done_words & lex.future_cues and \
                    not done_words & DEADLINE_AHEAD and not TO_VERB_AT.search(done.group(1)):
                # not "was insured and hoped to reopen by", "were ordered to report by"
                return -1  # "power was restored by Monday": done by then, not a deadline
            tail = before[-100:]
            late = PAST_NOT_UNTIL.search(tail)
            if late and p in ("until", "till") and not any(
                    k > 0 for start, _, k, _ in sentence_cues(text, sentence, lex, cache)
                    if span[0] - len(tail) + late.start(1) <= start < span[0]):
                return -1  # "did not approve the rules until February", "did not return to a
                # full schedule until Saturday": it happened then
            if HAD_TO.search(tail):
                return -1  # "Exhibitors had to have their animals checked in by 5 p.m.
                # Friday": a deadline of the past
            lasted = UNTIL_AFTER_VERB.search(before)
            if lasted and p in ("until", "till", "into"):  # "the talks ran into Saturday"
                # "stay closed", "remain shut": a state the verb before keeps, not a past;
                # the word before the four read too ("will stay closed past the lighthouse
                # until spring")
                lead = LAST_WORD.search(before, 0, lasted.start(1))
                ws = lasted.group(1).lower().split()
                preceding = [lead.group(1).lower() if lead else "", *ws]  # the word before each
                kinds = {_kind(w, lex) for i, w in enumerate(ws)
                         if preceding[i] not in MODAL_BEFORE_PARTICIPLE and
                         not (w in ("open", "close") and KEEPING & set(ws[:i]))}
                if -1 in kinds and 1 not in kinds and not (DEFERRAL | INFINITIVE_LEAD) & set(ws) \
                        and not KEPT_UNTIL.search(before):
                    return -1  # "fought until dusk on Friday": it went on until then, past;
                    # not "may not be tested until October"
            near = set(TOKEN.findall(before[-60:].lower()))
            if near & DEADLINE_AHEAD and not near & {"was", "were"}:  # "had" is out already
                return 2  # "hopes to finish the rule by January": a deadline still ahead
            if p == "by" and _told_done(text, sentence, span, lex, cache):
                return -1  # "the fire grew to 9,000 acres by Tuesday": how far it got by then
            if p == "by" and ASKING_TO.search(text, sentence[0], span[0]):
                return 2  # "asking each member to finish 12 projects by Dec. 31", said on
                # Jan. 2: a deadline set, the one ahead
            return DEADLINE
        if p in ("since", "dated"):
            return -2  # "suspended since March": begun in the past, surely; "a letter dated
            # June 2": written already
    if prev and prev.group(1).lower() in REPORTED and MODAL_AFTER.match(text, span[1]):
        return 2  # "the group said Friday would be the peak": the day is what the modal tells of
    if REPORT_FOR.search(before[-40:]) or (
            text[span[0]:span[1]].lower().rstrip(".") in lex.months
            and figures_of(text, sentence[0], *span)):
        return -2  # "will publish figures for January", "will report July sales": the
        # figures of a month gone by
    if BOOKED_FOR.search(before[-40:]):
        return 1  # "bookings for December and January were up": months ahead
    if DELIVERY_AFTER.match(text, span[1]) or FOR_DELIVERY.search(before[-40:]):
        return 2  # "crude for March delivery", "placed orders for delivery in the second
        # quarter": a contract's date still to come
    # "Wednesday's ruling": an event already named, unless it is still ahead ("will miss
    # Wednesday's match", "named its team for Saturday's final")
    named_event = text.startswith("'s", span[1]) and text[span[0]].isupper()
    if named_event and prev and prev.group(1).lower() == "for":
        return 1
    best, best_dist, best_start, best_end, best_present = 0, 10**9, span[0], span[0], False
    # a clause ends at ";" or ": ", not at the colon of "2:15 p.m."
    segment_start = sentence[0] + max(before.rfind(";"), before.rfind(": ")) + 1
    if (opens := CLAUSE_OPENS.search(before)) is not None:
        # "the company agreed to discuss demands, and Thursday night the sides reached a
        # deal": the date opens a clause of its own
        segment_start = max(segment_start, sentence[0] + opens.start() + 1)
    if (quoted := QUOTE_CLOSES.search(before)) is not None:
        segment_start = max(segment_start, sentence[0] + quoted.end())
    semi = text.find(";", span[1], sentence[1])
    segment_end = semi if semi >= 0 else sentence[1]  # "...; he set a record": another clause
    colon = before.rfind(": ")
    if colon >= 0 and sentence[0] + colon + 1 <= segment_start and \
            (quoted is None or quoted.end() <= colon) and not any(
            sentence[0] + colon < c[0] < segment_end and not span[0] <= c[0] < span[1]
            for c in sentence_cues(text, sentence, lex, cache)):
        # "know when the lights will go out: 6 a.m. Saturday", "Two more shows are planned:
        # at 1 p.m. today ..., and on Monday": a colon that opens no clause of its own leaves
        # the dates of its list to the clause it ends
        segment_start = sentence[0] + before.rfind(";", 0, colon) + 1
    relatives = list(RELATIVE.finditer(text, segment_start, span[0]))
    relative_at = relatives[-1].start() if relatives else 10**9  # where a relative clause opens
    aside = ASIDE.search(text, segment_start, span[0]) or \
        SAID_ASIDE.search(text, segment_start, span[0])
    ahead_before = False  # a future cue before the date
    last_before = (0, 0, 0)  # the cue nearest before the date: kind, start, end
    reported_after = False  # "On Tuesday, the White House said it would ...": "said" governs
    for start, end, k, weight in sentence_cues(text, sentence, lex, cache):
        if start < segment_start or span[0] <= start < span[1] or \
                (aside and aside.start() < start < aside.end()):
            continue
        if start >= segment_end:
            break
        if k == 1 and start >= span[1] and text[start:end].lower() in BEFORE_ONLY:
            continue  # "groups that missed the deadline Thursday can still sign up"
        if k > 0 and start >= span[1] and last_before[0] == -1 and \
                text[start:end].lower().endswith("ing"):
            break  # "lined up outside the hospital Thursday hoping to get": the past verb
            # governs, the participle after it (and its infinitive) tells the subject's aim
        if reported_after:
            break  # the reported clause's verbs are not the date's
        reported_after = start >= span[1] and weight == REPORTED_WEIGHT
        ahead_before = ahead_before or (k > 0 and end <= span[0] and not SUBORDINATE.search(
            text, end, span[0]))
        if end <= span[0]:
            last_before = (k, start, end)
        if start > span[1] + 80 and best_dist < 10**9:
            break  # far after it, a verb counts only when no nearer one does: "In January,
            # a week after the anniversary, a bombing killed ..."
        if start >= span[1] and best_dist < 10**9 and COORDINATED.search(text, span[1], start):
            break  # "was elected on Tuesday and will be sworn in": the next clause's verb
        if start >= span[1] and best_dist < 10**9 and last_before[1] > relative_at:
            break  # "a bill that would extend the program through Sept. 30 was blocked": the
            # relative clause holds the date, the main clause's verb is not its
        # the governing verb mostly comes before the time adverbial in English
        dist = (span[0] - end if end <= span[0] else (start - span[1]) * AFTER_WEIGHT) * weight
        if weight == REPORTED_WEIGHT and (text[end:span[0]].isspace() or
                                          GOVERNED.match(text, end, span[0])):
            dist = 0  # "the trust that runs it said on Wednesday": the day of the saying
        if dist < best_dist:
            best, best_dist, best_start, best_end = k, dist, start, end
            best_present = text[start:end].lower() in PRESENT
    if best and best_start >= span[1] and last_before[0] == -1 and not ahead_before and \
            _governs(text, last_before[1], last_before[2], span, lex) and not (
                text[last_before[1]:last_before[2]].lower() in REPORTED
                and MODAL_AFTER.match(text, span[1])):
        return -2  # "a relief well that began drilling on Sunday could take months", "a
        # cyclone that came ashore on Feb. 22 had pushed": the verb that governs the date;
        # not "said the high on Thursday would be 4 degrees", the reported clause's subject
    if best == -1 and best_start > span[1] and text.startswith(",", span[1]) and \
            FRONTED.fullmatch(text, segment_start, span[0]) and \
            text[best_start:best_end].lower() not in lex.past_as_present:
        return -2  # "On Dec. 20, the president resigned": the clause's own verb, past
    if named_event and EVENT_SET.match(text, span[1]):
        return 1  # "Thursday's meeting begins at 7 p.m.", "Friday's faceoff is set for"
    if named_event:  # "may postpone Monday night's drawing": what may still happen to it
        return best if best == 2 or best == 1 and (
            text[best_start:best_end].lower() in MAYBE or best_start < span[0] and not
            EVENT_GONE_AFTER.search(text, max(0, span[0] - 8), span[0])) else -1
    if (verb := NEXT_WORD.match(text, span[1])) and _kind(verb.group(1), lex) == -1 and \
            verb.group(1) not in lex.past_as_present and verb.group(1) not in AUXILIARIES:
        lead = max([segment_start] + [c.end() for c in CLAUSE_LEAD.finditer(
            text, segment_start, span[0])])
        if not any(lead <= c[0] < span[0] for c in sentence_cues(text, sentence, lex, cache)):
            return -2  # "but a hailstorm on May 2 bruised the fruit", "because hail in June
            # damaged buds": the date of the clause's subject, and its verb is past
    if not (best == 2 and best_start < span[0]) and \
            ATTRIBUTIVE_BEFORE.search(text, max(0, span[0] - 8), span[0]) and (
            verb := NOUN_THEN_VERB.match(text, span[1])) and _kind(
            verb.group(1), lex) == -1 and verb.group(1) not in lex.past_as_present:
        return -2  # "The Jan. 14 explosion caught a group": the event, already past; not
        # "will work off their Thanksgiving dinners hunched over", a participle after a modal
    if deadline_noun and best == 0:
        return DEADLINE
    if through and (best >= 0 or PERFECT.search(text, sentence[0], best_start)
                    or text[best_start:best_end].lower() in DEFERRAL | CLOSING | TAKEN
                    or ASKED_TO.search(text, segment_start, span[0])):
        return 2 if best == 2 else DEADLINE  # "has extended loans through January": the
        # term still runs; "will continue through December": surely ahead
    if best == 1 and best_present and best_start < span[0] and \
            FOLLOWING_EVENT.search(text, best_end, span[0]):
        return -1  # "is the second disaster, following the wildfires in late October": the
        # event it follows, gone by
    if best == 1 and best_present and best_start < span[0] and _attributive_month(text, span, lex):
        return -2  # "is trying to sell itself under a June agreement": a deal already made
    if best == -1 and text[best_start:best_end].lower() in SCHEDULING and best_start < span[0] \
            and not HAD_JUST_BEFORE.search(text, max(sentence[0], best_start - 12), best_start) \
            and (SCHEDULED_FOR.match(text, best_end, span[0])
                 or SCHEDULED_TO.match(text, best_end, span[0]) or (
                ARTICLE_ONLY.fullmatch(text, best_end, span[0])
                and SCHEDULED_NOUN.match(text, span[1]))):
        # "the judge set a trial date of Sept. 18", "called an election for May 3", "set a
        # June 3 trial date"; not "had set a deadline of Monday", a date now gone by
        return 1
    if best == -1 and text[best_start:best_end].lower() in ANNOUNCING and best_start < span[0] \
            and ANNOUNCED_FOR.match(text, best_end, span[0]) and \
            not HAD_JUST_BEFORE.search(text, max(sentence[0], best_start - 12), best_start):
        return 1  # "issued a wind watch from 6 p.m. Saturday": what it sets lies ahead; not
        # "had posted a travel advisory until 9 a.m. Monday", told of a day gone by
    if best <= 0 and (fo := FORECAST_OF.search(text, segment_start, span[0])) and \
            not FORECAST_NOUN.search(text, max(0, fo.start() - 20), fo.start()) and \
            not HAD_JUST_BEFORE.search(text, max(sentence[0], fo.start() - 12), fo.start()):
        return 1  # "Forecasters warned of more freezing rain Wednesday night", "forecast more
        # snow Tuesday night, though it said": what is foreseen; not "A forecast the group
        # released Monday", nor "had predicted cloud on Saturday, but the sky stayed clear"
    if best == -1 and best_start < span[0] and (
            GOVERNED.match(text, best_end, span[0]) or not ahead_before) and \
            _governs(text, best_start, best_end, span, lex):
        return -2  # "the talks began in September": the past verb that governs the date
    if best == 1 and best_end <= relative_at and WHO_DID.match(text, relative_at, span[0]):
        return 0  # "Police are looking for thieves who used a saw to cut ... Wednesday night":
        # the relative clause's own verb, unknown, not the main clause's, tells the date
    return best


def figures_of(text: str, lo: int, start: int, end: int) -> bool:
    """Is the month at text[start:end] (a clause opening at `lo`) the one figures are of:
    "figures for January", "will report July sales"?"""
    return bool(REPORT_FOR.search(text, max(lo, start - 40), start) or (
        REPORTING_DATA.search(text, max(lo, start - 30), start) and DATA_AFTER.match(text, end)))


def _told_done(text: str, sentence: tuple[int, int], span: tuple[int, int], lex: Lexicon,
               cache: dict | None) -> bool:
    """Does a past verb of the date's own clause tell what was done by the date: the verb
    nearest before it ("grew to 9,000 acres by Tuesday"), or the first after when none
    comes before ("By Tuesday afternoon the town was gone")?"""
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text, sentence[0], span[0])]
    start = (breaks[-1] if breaks else sentence[0] - 1) + 1
    cues = [c for c in sentence_cues(text, sentence, lex, cache) if c[0] >= start]
    before = [c for c in cues if c[1] <= span[0]]
    if before:
        verb = before[-1]
        # not "ordered it to be full by November", "predicted rain by the weekend", "if it
        # is not contained by the summer": a deadline set, foreseen or still open; not "must
        # meet a target set by regulators by the end of June": a participle in a future clause
        return verb[2] == -1 and verb[3] != REPORTED_WEIGHT and \
            all(c[2] <= 0 for c in before) and \
            text[verb[0]:verb[1]].lower() not in FORESEEING | DEADLINE_SETTING and \
            not OPEN_BEFORE_BY.search(text, sentence[0], span[0])
    opens = CLAUSE_AFTER.search(text, span[1], sentence[1])
    # past a parenthetical saying: "By Sunday, the Coast Guard said, 1,700 barges were waiting"
    after = next((c for c in cues if c[0] >= span[1] and c[3] != REPORTED_WEIGHT), None)
    # not "temperatures near 30C by Thursday, and the stewards have relaxed": another clause;
    # not "install detectors by Sept. 30 and fix the scrubber that caused the release": a
    # relative clause's own past
    return after is not None and after[2] == -1 and after[3] != REPORTED_WEIGHT and (
        opens is None or after[0] < opens.start()) and not RELATIVE.search(text, span[1], after[0])


def _governs(text: str, start: int, end: int, span: tuple[int, int], lex: Lexicon) -> bool:
    """Is the past verb at text[start:end] sure (one that may be a present is, after "was",
    "were" or "had": "was cut back in March") and the one whose preposition the date
    follows ("began in September", "changed ... to a calendar year in December"), or whose
    object the date is, ending its clause ("fiscal 2008, which ended Aug. 31, and")?"""
    verb = text[start:end].lower()
    return (verb not in lex.past_as_present or PAST_AUX_BEFORE.search(
        text, max(0, start - 8), start) is not None) and bool(
        GOVERNED.match(text, end, span[0]) or GOVERNED_OVER.match(text, end, span[0]) or
        GOVERNED_LIGHT.match(text, end, span[0]) or (
            verb in SPEAKING and TOLD_OBJECT.match(text, end, span[0])
            and REPORTED_OPENS.match(text, span[1])) or (
            text[end:span[0]].isspace() and CLAUSE_END.match(text, span[1]))) and \
        not _tasked(text, verb, end, span[0], lex)


def _tasked(text: str, verb: str, end: int, start: int, lex: Lexicon) -> bool:
    """Is the date at `start` an infinitive's, after a verb that sets a task ("ordered him to
    report to prison on Jan. 8") or has a day of its own ("voted Thursday night to ask voters
    at town meeting on March 14")?"""
    inf = TO_VERB_BETWEEN.search(text, end, start)
    return inf is not None and (verb in DEADLINE_SETTING or any(
        w in lex.weekdays or w in ("today", "yesterday", "tonight")
        for w in TOKEN.findall(text[end:inf.start()].lower())))


def sentence_cues(text: str, sentence: tuple[int, int], lex: Lexicon,
                  cache: dict | None = None) -> list[tuple[int, int, int, int]]:
    """(start, end, kind, distance weight) of the tense and modality cues of a sentence."""
    if cache is not None and sentence in cache:
        return cache[sentence]
    out = []
    words: list[str] = ["", ""]
    last_end = sentence[0]  # where the last word ended
    joined = False  # only spaces lie between the last word and the one before it
    past_plan = 0  # words left in a verb chain after "had been"
    let_left = 0  # words left in which a bare verb follows "let"
    participle_at = -1  # the number of cues when a participle after a modal was passed over
    adjective_end = -1  # where a participle read as an adjective ends ("scheduled launches")
    for m in TOKEN.finditer(text, sentence[0], sentence[1]):
        # a capitalised word inside a sentence is a name ("the Australian Open", "Diane
        # May"), not a verb or a modal
        name = m.group()[0].isupper() and m.start() > sentence[0] and \
            text[m.start() - 1] not in "\"“‘'("  # a quotation opens: "We'll have it Saturday"
        # neither half of "pro-am", "sit-in", "read-a-thon" is a verb
        name = name or m.start() > sentence[0] and text[m.start() - 1] == "-" and \
            text[m.start() - 2:m.start() - 1].isalpha() or \
            text.startswith("-", m.end()) and text[m.end() + 1:m.end() + 2].isalpha()
        word = "" if name else m.group().lower()
        before_last, last = words[-2], words[-1]
        last_joined, joined = joined, text[last_end:m.start()].isspace()
        prev_end, last_end = last_end, m.end()
        words = [last, word]
        past_plan = 4 if (before_last, last) == ("had", "been") else past_plan - 1
        let_left = 4 if last == "let" else let_left - 1  # "let" and its object's three words
        if name:
            continue
        k = _kind(word, lex)
        if word == "may" and m.group()[0] == "m":
            k = 1  # "workers may strike again on Black Friday"; "May" is the month
        if word in ("steps", "tips") and STEPS_OFF.match(text, m.end()):
            k = 1  # "the parade steps off at 1 p.m. Sunday", "the game tips off at noon
            # Sunday": a schedule, as "kicks off"
        if word in ("calls", "call") and last in ("forecast", "forecasts", "outlook") and \
                text.startswith(" for ", m.end()):
            k = 1  # "the forecast calls for 4 inches Sunday": what is to come
        if last == "had" and (k == 1 or word in FUTURE_BEFORE_TO):
            past_plan = 4  # "had expected the storm to arrive Sunday", "had hoped to": a plan
            # of the past
        if last in ("was", "were") and word == "to" and TO_VERB_AT.match(text, m.start()):
            k = 1  # "A team was to arrive Wednesday": had it arrived, the story would say so
        if past_plan == 4:
            while out and text[out[-1][0]:out[-1][1]].lower() in ("had", "been"):
                out.pop()  # the auxiliaries of a past plan tell no more than the plan
        if k == 1 and word in ("holds", "hold") and HELD_STATE.match(text, m.end()):
            continue  # "holds a 12.5% stake": a state, not a schedule
        if k == 1 and (last in HABITUAL_ADVERBS or HABIT_AFTER.match(text, m.end())):
            continue  # "for what is usually a sail of three hours", "the ferry usually
            # leaves at 6": a habit, no plan
        if (k == 2 and word in ("has", "have") or word == "got" and (
                last in ("has", "have", "ve") or last.endswith(("'ve", "'s")))) and \
                HAS_OBJECT.match(text, m.end()):
            k = 1  # "has three weddings on Saturday", "I've got a cruise in February": what is
            # on the calendar
        if k == 2 and word in RELEASING and DATA_AFTER.match(text, m.end()):
            k = 1
        if k == 1 and word in ("expected", "planned", "scheduled") and (
                last in ("than", "as") or last.endswith("ly") and before_last == "as"):
            continue  # "spent more than expected", "opened as (originally) planned": a
            # measure, no plan
        if word == "planning" and last not in PROGRESSIVE_AUX and \
                (nxt := NEXT_WORD.match(text, m.end())) and nxt.group(1) not in PLANNED_THINGS:
            continue  # "granted planning permission", "the planning board": a noun's modifier;
            # not "is planning changes", "planning the festival"
        if k == 1 and word.endswith("ing") and last in PHASE_VERBS:
            continue  # "We started planning this back in January": what was begun, no plan
        if word == "going" and not GOING_TO.match(text, m.end()):
            continue  # "began going door to door": a walk, not "going to"
        if k == -1 and (last in MODAL_BEFORE_PARTICIPLE or last in PRESENT or
                        last in IS_CONTRACTED or (
                last.endswith("ly") and (before_last in MODAL_BEFORE_PARTICIPLE
                                         or before_last in PRESENT)) or (
                (last in ("and", "or") or last.endswith("ly") and before_last in ("and", "or"))
                and participle_at == len(out) and word not in lex.past_as_present)):
            # "would be held", "will have left", "is heard", "would be severely disrupted",
            # "is normally closed", "what's left": the modal or "is" decides; so for "would be
            # preserved ... and opened", "could be recast, and possibly returned"
            participle_at = len(out)
            continue
        if k == 2 and word == "to" and (last in FUTURE_BEFORE_TO or (
                last in ("", "today", "yesterday") and before_last in FUTURE_BEFORE_TO)) and \
                TO_VERB_AT.match(text, m.start()):
            k = 1  # "planned to", "set to", "is to", "agreed today to", "agreed Tuesday to";
            # not "raised its forecast to a high risk"
        if k == 1 and last == "to" and before_last not in FUTURE_BEFORE_TO and \
                _kind(before_last, lex) != 1:
            continue  # "difficult to meet", "failed to start": the infinitive has no tense
        if k == 2:
            continue
        if k == 1 and out and out[-1][2] == -1 and out[-1][1] == prev_end and joined and \
                text[out[-1][0]:out[-1][1]].lower() in lex.past_as_present:
            out.pop()  # "the budget cut takes effect", "the police beat is quiet": a noun,
            # the verb after it decides
        if k == -1 and word in lex.past_as_present and last in NOUN_ADJECTIVES:
            continue  # "will debut its own new set Monday": a noun
        if k == -1 and (KEPT_BEFORE.search(text, max(sentence[0], m.start() - 80), m.start())
                        or DONE_TO_BEFORE.search(text, max(sentence[0], m.start() - 40),
                                                 m.start())):
            continue  # "keeps package stores closed Thursday", "to have the roof replaced":
            # the state kept or the thing done, no past
        if k == 1 and (let_left > 0 or last in ("did", "didn't") or (before_last, last) == (
                "did", "not")):
            let_left = 0
            continue  # "were let go at 9 a.m.", "let the offensive begin Saturday night",
            # "did not get rain in May": the bare verb after "let" has no tense, after "did"
            # that of "did"
        if k == -1 and word.endswith("ed") and WITH_NOUN_BEFORE.search(
                text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "with dinners served from 4 p.m. to 8 p.m. Friday", "with markets closed
            # Tuesday": the participle of an absolute phrase has no tense
        if word == "followed" and text.startswith(" by ", m.end()):
            continue  # "followed by a concert Monday": what comes next, not a past
        if word in MODAL_PAST and MODAL_PAST[word].match(text, m.end()):
            continue  # "could not be reached Tuesday", "should have": an ability, a past
        # "its closely watched", "their first televised", "their last scheduled": a modifier
        # after a determiner makes a participle an adjective
        modified = (last in PARTICIPLE_ADVERBS or last in lex.ordinals or last in ORDER_WORDS) \
            and before_last in DETERMINERS
        if word == "left" and (last in REMAINING or last in lex.units and (
                last.endswith("s") or before_last in ("a", "one"))):
            k = 2  # "with two days left before Tuesday's primary": time still to run;
            # "Everything left on Sunday afternoon will go for $5": what remains
        elif k == -1 and (text[m.start() - 1:m.start()] == "-" or last in DETERMINERS or modified
                or last in ADJECTIVE_PREPS or last in (
                "if", "unless") or (last.endswith("ing") and last not in ("being", "getting")
                                    and before_last in PROGRESSIVE_AUX
                                    and last_joined and joined)
                or (
                out and out[-1][2] == 2 and STRONG_REACH.fullmatch(text, out[-1][1], m.start()))
                or (before_last in INFINITIVE_LEAD and last not in ("", "have", "be", "been")
                    and last_joined and joined)  # not "to 42 feet suffered"
                or (out and out[-1][2] == 1 and out[-1][1] == prev_end and word.endswith("ed")
                    and not last.endswith("s") and last not in PRESENT | NOUN_CUES
                    and joined)):
            continue  # "fourth-seeded", "long-awaited", "a proposed mine", "its closely watched
            # report", "their first televised debate", "in closed session", "is collecting
            # canned food", "will present updated figures", "to bring scattered showers",
            # "expect scattered thunderstorms": an adjective; "if selected", "unless
            # approved": a condition, no tense
        if k == 1 and word in ("open", "close") and (last in KEEPING or (
                out and out[-1][2] == -1 and text[out[-1][1]:m.start()].isspace())):
            continue  # "tore open", "came close", "stays open": how the verb ended, no plan
        if k == 1 and word.endswith("s") and prev_end == adjective_end and joined:
            continue  # "the eight scheduled launches": the noun the adjective goes with
        if k == 1 and word not in ("is", "has") and (word.endswith("ed") and joined and (
                modified or last in lex.cardinals and last != "one")  # not "the one expected"
                       or word.endswith("s") and (last in lex.cardinals or joined and
                                                  before_last in lex.cardinals and
                                                  before_last not in ("a", "an", "one") and
                                                  _kind(last, lex) == 2)
                       or word.endswith(("ed", "s")) and DIGITS_BEFORE.search(
                           text, max(sentence[0], m.start() - 12), m.start())):
            if word.endswith("ed"):
                adjective_end = m.end()
            continue  # "their last scheduled evictions Monday", "23 scheduled evictions",
            # "eight scheduled launches": an adjective, no plan; "won by 537 votes Sunday
            # night", "two visits", "two home runs": a count of things (not "Game 4 is at 7
            # p.m.", nor "a bond takes effect")
        if k == 1 and out and out[-1][2] == -1 and not GOING_TO.match(text, m.end()) and (
                word.endswith("s") and OBJECT_AFTER_VERB.fullmatch(text, out[-1][1], m.start())
                or word in NOUN_CUES and text[out[-1][1]:m.start()].isspace()):
            continue  # "made unannounced visits in May", "halted play Saturday": the past
            # verb's object, a noun
        if word in FORWARD_NOUNS and out and out[-1][2] == -1 and \
                text[out[-1][0]:out[-1][1]].lower() not in ("was", "were", "had") and \
                OBJECT_AFTER_VERB.fullmatch(text, out[-1][1], m.start()):
            continue  # "riders got a chance to object Saturday": what the past gave them
        if k == 1 and word.endswith("s") and word not in PRESENT and before_last in NOUN_LEAD \
                and last_joined and joined and last not in DETERMINERS and \
                last not in PRONOUN_OBJECTS and _kind(last, lex) == 2:
            continue  # "noise from test runs Sunday night": a compound noun after a preposition
        if k == 1 and word not in FORWARD_NOUNS and (
                (last in DETERMINERS or last.endswith("'s") or (
                    word in NOUN_CUES and (last in NOUN_LEAD or last.endswith("ing") or (
                        before_last in NOUN_LEAD and _kind(last, lex) == -1))))
                and joined or word in NOUN_CUES and
                NOUN_PHRASE_LEAD.search(text, max(sentence[0], m.start() - 60), m.start())):
            # "the vote", "a visit", "the garage's plans", "placed on (paid) leave", "an operating
            # plan", "a 10-year plan", "a revised self-rescue plan", "the 7 a.m. start": a
            # noun; not "sixth in the table, visit Dunmore" nor "the Games end"
            if word.endswith("ed"):
                adjective_end = m.end()  # "the scheduled launches"
            continue
        if k == 1 and last in ("was", "were") and out and out[-1][2] == -1 and \
                text[out[-1][1]:m.start()].isspace():
            out.pop()  # "were planning to", "was expected to": the plan decides
        if past_plan > 0 and (k == 1 or word == "set" and text.startswith(" to ", m.end())):
            continue  # "had been scheduled to arrive in the spring": a plan made in the past
            # for a time either side of now; the plan tells no direction
        if k == 1 and (word in STRONG_FUTURE or word.endswith("'ll") or last in STRONG_FUTURE
                       or last.endswith("'ll")):
            k = 2  # "will", and the verb right after it: "will visit"
        # "said" frames the report; the reported clause's own verb is a better cue
        out.append((m.start(), m.end(), k, REPORTED_WEIGHT if word in REPORTED else 1))
    if cache is not None:
        cache[sentence] = out
    return out
