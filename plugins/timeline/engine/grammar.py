"""Compiled patterns built from the word tables.

Each rule's pattern matches at a token start and gives the TimeML extent
("the last few days", "Sunday", "Sept. 30, 1998"); the handlers in
`rules.py` read the words inside the match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import Lexicon, load


def alt(words, cap: bool = False) -> str:
    """A regex alternation of `words` that prefers the longest; `cap` keeps only Capitalized
    forms.

    Words that share a beginning share a branch ("sept(?:ember|)"): the regex engine tries
    each branch in turn, and one branch per first letter fails far faster than one per word.
    """
    trie: dict = {}
    for w in set(words):
        node = trie
        for i, ch in enumerate(w):
            unit = r"\s+" if ch == " " else re.escape(ch.upper() if cap and i == 0 else ch)
            node = node.setdefault(unit, {})
        node[""] = {}  # a word ends here
    return "(?:" + _branches(trie) + ")"


def _branches(node: dict) -> str:
    """The trie below `node` as a regex; the word ending here comes last, so every longer
    word through this node is tried before it."""
    order = sorted(node.items(), key=lambda item: (item[0] == "", item[0]))
    return "|".join(unit + _group(child) for unit, child in order)


def _group(node: dict) -> str:
    if not node or node == {"": {}}:
        return ""
    inner = _branches(node)
    return inner if len(node) == 1 and "" not in node and "|" not in inner else f"(?:{inner})"


def holiday_names(names) -> str:
    """Holiday names: first word Capitalized, later ones (and their hyphened parts) in either
    case ("Thanksgiving day"); the sun's days, bank holidays and leap day in either case ("the
    summer solstice", "the first day of spring", "the spring bank holiday")."""
    def either(part: str) -> str:
        return f"[{part[0].upper()}{part[0]}]{re.escape(part[1:])}"

    out = []
    for name in sorted(names, key=len, reverse=True):
        first, *rest = name.split()
        head, *hyphened = first.split("-")  # "Saint-Jean-Baptiste Day"
        initial = either(head) if name.endswith(("solstice", "equinox", "bank holiday",
                                                 "leap day")) or \
            name.startswith("first day of ") else re.escape(head[0].upper() + head[1:])
        parts = ["-".join([initial, *map(either, hyphened)])]
        parts += ["-".join(map(either, w.split("-"))) for w in rest]  # "Eid al-Fitr"
        out.append(r"\s+".join(parts))
    return "(?:" + "|".join(out) + ")"


def hour_words(lex: Lexicon) -> list[str]:
    """The clock hours spelled out: "four" of "four o'clock" (not "a", not "dozen")."""
    return [w for w, n in lex.cardinals.items()
            if w.isalpha() and w not in ("a", "an", "dozen") and n in range(1, 13)]


# "the end of the first quarter": an edge, but not "the first half of the quarter"
QUARTER_EDGE = r"(?i:(?:the\s+)?(?:end|beginning|start|close|middle)\s+of\s+)"
PLACE_TIME = r"[A-Z][a-z]+\s+time\b"  # "2:30 p.m. Frankfurt time": a place's clock
# "around 7:15 p.m.", "shortly after midnight": group 1 is the side of a one-sided hedge
CLOCK_HEDGE = r"(?i:around|about|approximately|roughly|(?:shortly|just)\s+(before|after))\s+"
# "until 9 tonight", "before six this morning": a part of today after an hour tells its half
TONIGHT_AHEAD = r"(?=\s+(?i:tonight|this\s+(?:morning|afternoon|evening))(?![-\w]))"


@dataclass(frozen=True)
class Grammar:
    """Compiled rule patterns plus the words that may start an expression."""

    rules: tuple[tuple[str, re.Pattern], ...]
    index: dict[str, tuple[int, ...]]  # first word -> rules that may start with it
    token: re.Pattern
    # first word -> all its rules in one pattern: where it does not match, none of them
    # does, and the scan tries none ("the company")
    gate: dict[str, re.Pattern]


@cache
def build(lang: str = "en") -> Grammar:
    lex = load(lang)
    return _build(lex)


def _build(lex: Lexicon) -> Grammar:
    full_months = [m for m in lex.months if len(m) > 4 or m in ("may", "june", "july")]
    abbr_months = [m for m in lex.months if m not in full_months]
    full_wd = [w for w in lex.weekdays if w.endswith("day")]
    mon_full = alt(full_months, cap=True)
    # "Mar." and "Mar 5", not the "Mar" of "Marine"
    mon_any = f"(?:{mon_full}|{alt(abbr_months, cap=True)}(?:\\.|(?![a-z])))"
    wd = f"(?i:{alt(full_wd)})"  # "on tuesday" in a transcript written in lower case
    # "Fri., July 2", "Fri, Jul 2": an abbreviated weekday only ever opens a date here
    wd_any = f"(?:{wd}|{alt([w for w in lex.weekdays if not w.endswith('day')], cap=True)}\\.?)"
    yr = r"(?:1[6-9]\d\d|20\d\d|21\d\d)(?![\d,.]\d)"
    # after a month and day, an older year too, where punctuation ends it: "signed on April 6,
    # 1320."; not "sold 1,200 on May 3, 1500 of them online"
    date_yr = rf"(?:{yr}|1[0-5]\d\d(?=[,.;:)!?\"”]|$))"
    yr_short = r"'\d\d(?!\w)"
    # "29 days a year earlier" is an amount and an offset; "three times a day earlier this
    # summer" a rate
    not_offset = r"(?!\s+(?i:ago)\b|\s+(?i:earlier|later|before|after)\b" \
        r"(?!\s+(?i:this|that|the|in|on|last|next)\b))"
    dnum = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:,]\d)"
    # "the first of August": ordinals written out name a day only before "of <month>"
    day_ordw = "(?i:" + alt([k for k, v in lex.ordinals.items() if isinstance(v, int)
                              and not k[0].isdigit()]) + ")"
    nums = [w for w in lex.cardinals if " " not in w or w.startswith(("a ", "half", "couple"))]
    numword = alt(nums)
    tens = alt([w for w in lex.cardinals if w.endswith("ty")])
    decade_words = alt([w[:-1] + "ies" for w in lex.cardinals if w.endswith("ty")])
    ones = alt([w for w in lex.cardinals if lex.cardinals[w] < 10 and w not in ("a", "an")])
    compound = rf"(?:(?i:{tens})[-\s](?i:{ones}))"
    below_100 = alt([w for w in lex.cardinals if 1 <= lex.cardinals[w] < 100 and " " not in w
                     and w not in ("a", "an")])
    num = (
        rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2|\s+and\s+a\s+half)?|{compound}"
        # "a hundred and fifty", "one hundred twenty-five"
        rf"|(?i:{numword})(?:\s+(?i:hundred|thousand)"
        rf"(?:\s+(?:(?i:and)\s+)?(?:{compound}|(?i:{below_100})(?![-\w])))?)?(?:\s+and\s+a\s+half)?"
        rf"|(?i:{alt(lex.vague)}))"
    )
    second_num = rf"(?!(?i:an?)\s){num}"  # not "link Highway 401 to a second bridge"
    num_range = rf"{num}(?:\s*(?:-|(?i:to|or)\s)\s*{second_num})?"
    units = alt(lex.units)
    seasons = alt(lex.seasons)
    # a year as spoken in broadcast transcripts: "January nineteen ninety-seven"
    spelled_yr = rf"(?i:nineteen|twenty)[-\s]+(?i:{tens})(?:[-\s](?i:{ones}))?(?![-\w])"
    pods = alt(lex.parts_of_day)
    in_the_pod = rf"(?i:in\s+the\s+{pods}|at\s+night)(?![-\w])"  # "11 o'clock at night"
    face = r"(?:1[0-2]|0?[1-9])(?!\d)"  # an hour of the clock face
    tz = alt(lex.timezones)
    mods = alt([k for k, v in lex.mods.items() if v not in ("START", "END", "MID")])
    edge = (
        r"(?:(?:(?i:the)\s+)?(?i:end|beginning|start|middle|turn|close|first\s+half|second\s+half"
        r"|last\s+half|latter\s+half|first\s+part|latter\s+part)\s+of\s+)"
    )
    early = r"(?:(?i:early|late|mid|the\s+middle\s+of)[-\s]+|(?i:mid)-)"
    rel = (r"(?i:this\s+past|this\s+coming|this|last|next|past|previous|prior|coming|current|"
           r"following|same|upcoming)")
    ordw = alt([k for k in lex.ordinals if not k[0].isdigit()])
    qord = r"(?i:first|second|third|fourth)"
    qunits = r"(?:(?i:fiscal)\s+)?(?i:quarters|halves)(?![-\w])"
    # "the first and second quarter results": the noun may stay singular
    qunit = r"(?:(?i:fiscal)\s+)?(?i:quarters?|halves|half)\b"

    day_weekend = r"(?:\s+(?i:weekend)(?![-\w]))?"  # "the July 4 weekend": the weekend of the day
    holiday_weekend = r"(?i:holiday|long)\s+(?=(?i:weekend))"  # "this holiday weekend"
    rel_year = r"\s+(?i:this|last|next)\s+(?i:year)(?![-\w'])"  # "July 1 next year"
    # "Valentine's Day last year"; "Christmas this year" is told as two
    last_or_next_year = r"\s+(?i:last|next)\s+(?i:year)(?![-\w'])"
    rules = [
        # Full dates: "Sept. 30, 1998", "Monday, Oct. 26", "July 4th", "4 July 2021".
        (
            "date_mdy",
            rf"(?:{wd_any},?\s+)?(?:(?i:the|last|next)\s+)?(?:{mon_any}\s+(?:{dnum}|{day_ordw}(?![-\w]))"
            # "may twelfth" in lower case: a spelled day makes "may", "march" a month
            rf"|(?i:{alt(full_months)})\s+{day_ordw}(?![-\w]))(?:,?\s+(?:{date_yr}|{yr_short})|{rel_year})?"
            rf"{day_weekend}",
        ),
        (
            "date_dmy",
            rf"(?:{wd_any},?\s+)?(?:(?:(?i:the)\s+)?{dnum}\s+(?:(?i:of)\s+)?|(?i:the)\s+{day_ordw}\s+(?i:of)\s+)"
            rf"{mon_any}(?:,?\s+{date_yr}|{rel_year})?{day_weekend}",
        ),
        # the second day of "April 24 and 25", "March 3-5": the month is written once
        ("day_and", rf"(?:(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d\sto\s)|(?<=\d-)|(?<=\d–)"
                    rf"|(?<=\d\sthrough\s)){dnum}(?![-/.,:]?\d|\s*(?:%|(?i:percent)))"
                    rf"(?:,?\s+{yr})?"),
        # "2021-07-04T10:00:00Z": an ISO timestamp keeps its clock time
        ("date_numeric", r"(?:\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?"
                         r"(?:Z|[+-]\d\d:?\d\d)?)?|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d\d))"
                         r"(?![\d/])"),
        ("month_year", rf"{edge}?{early}?{mon_any},?\s+(?:(?i:of)\s+)?(?:{yr}|{yr_short}"
                       rf"|{spelled_yr}|(?i:this|last|next)\s+(?i:year)(?!')"
                       rf"|(?i:that\s+year)(?![-\w']))"),  # "in October of that year"
        (
            "month",
            rf"{edge}?(?:(?i:last|next|this|that|early|late|mid|the\s+middle\s+of|earlier\s+this"
            rf"|later\s+this|the\s+(?:following|next|previous))[-\s]+)?{mon_full}(?![-\w])",
        ),
        (
            "year",
            rf"{edge}?(?:(?i:fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+(?:fiscal\s+|calendar\s+)?year|"
            rf"early|late|mid|post|pre)[-\s]+)?(?:{yr}|FY\s*'?(?:\d{{4}}|\d\d)(?!\d)|(?i:fiscal)\s+'\d\d"
            # "struck in 1279": a year before 1600 only where a preposition asks for a date
            rf"|(?:(?<=\b[Ii]n\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\baround\s)|(?<=\bcirca\s)|(?<=\babout\s)"
            rf"|(?<=\byear\s))1[0-5]\d\d(?![\d,.]\d)"
            # "we went through this in '93", "the blizzard of '75"
            rf"|(?:(?<=\b[Ii]n\s)|(?<=\bof\s))'\d\d(?![\w'%]))",
        ),
        # "A.D. 250", "1300 B.C.": a year of an era
        ("era_year", r"(?:A\.D\.|AD|C\.E\.|CE)\s+\d{1,4}(?![\d,.]\d)"
                     r"|\d{1,4}\s+(?:B\.C\.(?:E\.)?|BCE?|A\.D\.|AD|C\.E\.|CE)(?!\w)"),
        ("decade", rf"{edge}?(?:(?i:the)\s+)?{early}?(?:(?:1[1-9]|20)\d0['’]?s|['’]\d0s)(?!\w)"),
        # "the nineties", "the early sixties": the tens of a century, spelled out
        ("decade_word", rf"{edge}?(?i:the)\s+{early}?(?i:{decade_words})(?![-\w])"),
        (
            "century",
            rf"{edge}?(?:(?i:the)\s+)?{early}?(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{ordw}|twentieth|"
            rf"nineteenth|twenty-first|eighteenth))[-\s]+(?i:century)"
            rf"|(?:(?i:the)\s+)?(?i:this|last|next|past|previous)\s+(?i:century)",
        ),
        (
            "weekday",
            rf"(?:(?i:the\s+day\s+(?:before|after))\s+)?"
            rf"(?:(?i:this\s+coming|this\s+past|last|next|this|coming|past|early|late|"
            rf"the\s+previous|the\s+following|the\s+next|that)\s+)?{wd}(?:'s)?"
            rf"(?:\s+(?i:{pods}))?(?:,?\s+(?:{mon_any}\s+(?:{day_ordw}(?![-\w])|{dnum})"
            rf"(?:,\s+{yr})?|{dnum}))?",  # "Friday night, Jan. 3, 1992"
        ),
        (
            "deictic",
            rf"(?:(?i:early|late|earlier|later)\s+)?(?i:today|yesterday|tomorrow|tonight)(?:'s)?"
            rf"(?:\s+(?i:{pods}))?"
            rf"|(?:(?i:early|late|earlier|later)\s+)?(?i:this|last|tomorrow|yesterday)\s+(?i:{pods})"
            rf"|(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
            # "mid-afternoon yesterday", "afternoon today", and a bare "mid-morning"
            rf"|(?:(?i:early|late|mid)[-\s]?)?(?i:{pods})\s+(?i:today|yesterday|tomorrow)(?![-\w])"
            # a part of the day the story is on: "by late afternoon", "in the evening"
            rf"|(?:(?i:mid)[-\s]?|(?:(?i:the)\s+)?(?i:early|late)\s+|(?i:the)\s+)"
            rf"(?i:morning|afternoon|evening)(?![-\w])"  # "in the early evening"
            # "came late in the afternoon"
            rf"|(?i:early|late)\s+(?i:in\s+the)\s+(?i:morning|afternoon|evening)(?![-\w])"
            rf"|(?i:morning|afternoon)(?=\s+(?:trading|session)\b)"  # "in afternoon trading"
            # "By morning, it was gone", "until evening": the story's
            rf"|(?:(?<=\b[Bb]y\s)|(?<=until\s))(?i:morning|afternoon|evening)(?![-\w])"
            rf"|(?i:the\s+night)(?![-\w])",  # "worked through the night"
        ),
        ("ref", rf"(?i:{alt(lex.refs)})(?![-\w])"
                # "at this crucial moment": the present, whatever the adjective
                r"|(?i:this\s+(?:[a-z]+\s+)?moment)(?![-\w])"),
        (
            "recent",
            r"(?i:recent|the\s+past|past|the\s+last|the\s+coming|coming|the\s+next\s+few|future)\s+"
            r"(?i:years|months|weeks|days|decades|quarters)|(?i:the\s+(?:years|months|weeks|days)\s+ahead)"
            # "over the years", "in the years that followed", "in the early years"
            r"|(?i:the\s+(?:early\s+)?(?:years|months|weeks|decades))(?![-\w])",
        ),
        # "the weekend before last", "the week after next"
        ("unit_far", r"(?:(?i:the)\s+)?(?i:week|weekend|month|year)\s+"
                     r"(?i:before\s+last|after\s+next)(?![-\w])"),
        (
            "unit_rel",
            rf"(?:(?i:earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)\s+)?"
            # "that same week", not the conjunction of "said that last week ..."
            rf"(?:(?i:the)\s+|(?i:that)\s+(?!(?i:this|last|next)\b))?{rel}\s+(?:(?i:fiscal|calendar)\s+)?"
            rf"(?:{holiday_weekend})?"
            rf"(?i:week|month|year|quarter|weekend|decade|fortnight|day|morning|afternoon|evening|"
            rf"night|{seasons}|season)(?![-\w])",
        ),
        (
            "that_unit",
            r"(?:(?i:earlier|later)\s+(?:in\s+)?|(?i:the\s+rest\s+of)\s+"
            r"|(?i:early|late|mid)[-\s](?=(?i:that)\s))?"  # "late that month"
            r"(?i:that|the\s+same|the)\s+(?i:day|week|month|year|morning|"
            r"afternoon|evening|night|quarter|weekend|decade|century|time)(?![-\w])",
        ),
        (
            "day_before",
            # "the day before authorities issued ...": anchored to an event, not a date; but
            # "had taken a sedative the night before and had been treated", "met the night
            # before to go over the route", "had broken down the night before over pay"
            r"(?i:the\s+(?:day|night|week|month|year)\s+(?:before|after))"
            r"(?!\s+(?!(?i:yesterday|tomorrow|and|but|or|to|in|at|on|with|while|as|then|over|"
            r"after|before|for|from|by|because|during|amid|until|near)\b)"
            r"[\w\"“])",
        ),
        (
            "edge",
            rf"{edge}(?:(?i:the|this|last|next|that)\s+)?(?i:year|month|week|quarter|decade|century|day)(?![-\w])",
        ),
        ("a_unit", r"(?i:a|per)\s+(?i:day|week|month|year)(?![-\w])"),
        # "paid on the 15th", "ready by the 29th": a day of a month told before or of the
        # story's month
        ("day_of_month", r"(?:(?<=\b[Oo]n\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s))"
                         r"(?i:the)\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)(?![-\w])"),
        # "today is the eighth day of the blockade": the day of the present tense
        ("nth_day", rf"(?i:the)\s+(?:(?i:{ordw})|\d+(?:st|nd|rd|th))\s+"
                    rf"(?:(?i:straight|consecutive|full)\s+)?(?i:day)(?=\s+(?i:of|in\s+a\s+row)\b)"),
        (
            "duration",
            rf"(?:(?i:{mods})\s+)?(?:(?i:the|another|a)\s+)?(?:(?i:past|last|next|first|coming|previous|final|"
            rf"following|recent|remaining|latest|initial|ensuing|preceding|full|same|year-earlier|year-ago|prior-year|comparable|corresponding)\s+)?"
            rf"(?:{num}|(?i:another)(?=\s+(?i:{units})\b))"  # "wait another week": one more
            rf"(?:\s*(?:-|(?i:to|or)\s)\s*{second_num})?"
            rf"(?:\s+(?i:more|additional|further|full|whole|entire|long|straight|consecutive|or\s+so|extra|"
            rf"trading|business|working|school|calendar|single))?"
            rf"[-\s]+(?:(?i:{units}))(?![-\w])(?:-(?i:long))?(?:\s+(?i:and\s+a\s+half|or\s+two)"
            # "an hour and 45 minutes", "2 hours 21 minutes", "2 days, 14 hours and 36 minutes"
            rf"|(?:(?:\s+(?i:and)\s+{num}|,?\s+\d+)\s+(?i:{units})(?![-\w])){{1,2}})?"
            # "a week or so ago": the hedge before the offset word
            rf"(?:\s+(?i:or\s+(?:so|more))(?=\s+(?i:ago|earlier|later)(?![-\w])))?"
            # not "for nine days [earlier this month]": that offset has its own anchor
            rf"(?:\s+(?i:ago(?:\s+today|\s+this\s+(?:week|month)(?![-\w]))?|"
            rf"(?:earlier|later)(?!\s+(?:this|last|next)\s)|from\s+(?:now|today)|hence|before|after|"
            rf"afterwards?|back|prior|"
            rf"in\s+a\s+row|running|old|or\s+so|or\s+more|early)(?![-\w]))?"
            rf"|(?i:{num})[-\s]+(?:(?i:{units}))(?:-(?i:long|old)|(?![-\w]))",
        ),
        # "for a while", "for some time", "for a fairly lengthy period": how long, not said;
        # "a long time" is a manner of speaking, not a stretch of the calendar
        ("vague_span", r"(?i:a\s+while|some\s+time|a\s+(?:(?:fairly|very|relatively|rather)\s+)?"
                       r"(?:long|lengthy|short|brief)\s+(?:period(?:\s+of\s+time)?|while))(?![-\w])"),
        ("bare_units", r"(?i:years|decades|months|weeks|days|hours|minutes|seconds|centuries)"
                       r"(?![-\w])"
                       r"|(?i:years|decades|months|weeks|days|hours|day|week|month|year)-long\b"
                       r"|(?i:day|week|month|year)long\b"),  # "a weeklong trip"
        (
            "quarter",
            rf"(?:{QUARTER_EDGE})?(?:(?i:the)\s+)?(?:(?i:this\s+year's|last\s+year's|next\s+year's|the\s+year's)\s+|(?:{yr})'s\s+)?"
            rf"(?:(?i:fiscal|calendar|latest|current|past|last|previous|same|year-ago|year-earlier|"
            rf"prior-year|year-before|comparable|corresponding|recent|just-ended|{yr})[\s-]+)*"
            rf"(?:(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+)?"
            rf"(?:(?i:fiscal|calendar)\s+)?(?i:quarter|half|period)(?![-\w]|s)"
            rf"(?:\s+(?:(?i:of|in)\s+)?(?:(?i:fiscal|calendar)\s+)?(?:{yr}|(?i:this|last|next)\s+year)"
            rf"|\s+(?i:a\s+year\s+(?:ago|earlier)))?"
            rf"|\b[Qq][1-4](?:\s+{yr})?(?!\w)|\b[1-4]Q(?:\s*{yr})?(?!\w)"
            # "H1 2022": with its year only, not "H1 visas"
            rf"|\bH[12]\s+{yr}(?!\w)|\b[12]H\s*{yr}(?!\w)",
        ),
        # "the April-June quarter", "the March quarter": a calendar quarter by its months, or
        # by the month that ends it
        ("month_range_quarter", rf"(?:(?i:the)\s+)?(?:{mon_full}\s*[-–]\s*)?{mon_full}\s+"
                                rf"(?i:quarter|period)(?:\s+(?:(?i:of)\s+)?{yr})?(?![-\w])"),
        # "the second and fourth quarters (of 1988)": one expression per quarter named
        (
            "quarter_pair",
            rf"{qord}(?=\s+(?i:and|or)\s+(?:(?i:the)\s+)?{qord}[-\s]+{qunit})"
            rf"|(?:(?<=\sand\s)|(?<=\sor\s))(?:(?i:the)\s+)?{qord}[-\s]+{qunits}"
            rf"(?:\s+(?i:of)\s+{yr})?",
        ),
        (
            "season",
            # not "won't last past the summer": a verb and a preposition
            rf"{edge}?(?:(?i:last(?!\s+(?:past|the)\s)|next|this|that|early|late|mid|the|"
            rf"past(?!\s+the\s)|coming)[-\s]+)*(?i:{seasons})"
            rf"(?:\s+(?:(?i:of)\s+)?(?:{yr}|{spelled_yr})(?:[-/]\d\d(?!\d))?"
            rf"|\s+(?:(?i:of)\s+)?(?i:this|last|next|that)\s+year|\s+(?i:season))?(?![-\w])"
            r"(?!\s+(?i:solstice|equinox))",  # "the summer solstice": a holiday's day
        ),
        (
            "time",
            rf"(?:{CLOCK_HEDGE})?"
            # "12:00:04 a.m.": seconds too
            rf"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?::[0-5]\d)?)?\s*(?i:a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b)"
            # "4:30 in the morning"
            rf"|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s+(?:{in_the_pod}))?"
            # wire and military style: "0600 GMT", "1800 hours"
            rf"|(?:[01]\d|2[0-3])[0-5]\d(?:(?=\s+{tz})|\s+(?i:hours|hrs)\b)"
            rf"|(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s+{tz})"  # British "09.41 BST"
            rf"|(?i:noon|midnight|midday|dawn|daybreak|dusk|nightfall)(?!\s+(?i:of)\b)"
            # an hour of the clock face only: "62 this morning" is an index, not a time
            rf"|{face}\s+o'clock(?:\s+(?:{in_the_pod}))?|{face}\s+(?:{in_the_pod})"
            # "open until 9 tonight", "at 10 this morning": the hour its part of the day tells
            rf"|{face}{TONIGHT_AHEAD}"
            # broadcast style: "four o'clock", "nine a.m."
            # "four in the morning" too, where a word before asks for a time (see on_time); not
            # "two in the morning sessions"
            rf"|(?i:{alt(hour_words(lex))})(?:\s+(?:(?:o'clock|(?i:a\.m\.|p\.m\.))"
            rf"(?:\s+(?:{in_the_pod}))?|{in_the_pod}(?!\s+[a-z]+s\b))"
            # "before six this morning", after a preposition (see on_time)
            rf"|{TONIGHT_AHEAD}))"
            # "3 p.m. Monday", "5 p.m. EST, Nov. 6" are one expression; "3 p.m. on Monday" two
            rf"(?:\s+(?:{tz}|\({tz}\)|{PLACE_TIME}))?(?:\s+(?:(?:(?i:that)\s+)?{wd}(?:\s+(?i:{pods}))?|"
            # "at 9:15 p.m. Tomorrow, ..." (capitalised): the next sentence's
            rf"(?:today|yesterday|tomorrow|tonight)(?:\s+(?i:{pods}))?|(?i:this|last|that)\s+(?i:{pods})))?"
            rf"(?:,?\s+{mon_any}\s+{dnum}(?:,?\s+{yr})?)?",
        ),
        (
            "set",
            rf"(?i:every|each|per)\s+(?:(?i:other)\s+)?(?:{num}\s+|(?i:half|quarter)[-\s])?(?:(?i:{units}|{pods}|{seasons})|{wd}(?:\s+(?i:{pods}))?|{mon_full}(?:\s+{dnum})?|{mon_any}\s+{dnum})(?![-\w])"
            rf"|(?:(?i:once|twice)[-\s])?(?i:{alt(lex.sets)})(?![-\w])"  # "twice-daily"
            # "two or three times a week", "three or four nights a week", "10 to 12 hours a day"
            rf"|(?i:once|twice|(?:\w+\s+(?:or|to)\s+)?\w+\s+times)\s+(?:a|an|per|each|every)\s+(?i:hour|day|week|month|year|quarter|decade|century)(?![-\w]){not_offset}"
            rf"|(?i:{num_range})\s+(?i:days?|nights?|evenings?)\s+(?:a|an|per|each)\s+(?i:week|month|year)(?![-\w]){not_offset}"
            rf"|(?i:{num_range})\s+(?i:hours)\s+(?:a|an|per|each)\s+(?i:day|week)(?![-\w]){not_offset}",
        ),
        ("year_ago_adj", r"(?i:year-earlier|year-ago|year-before|prior-year)(?![-\w])"),
        # "two summers ago": the season that many back
        ("season_ago", rf"(?:{num})\s+(?i:{alt([w + 's' for w in lex.seasons])})\s+(?i:ago)\b"),
        ("weekend", rf"(?:(?i:the)\s+)?(?:{holiday_weekend})?(?i:weekend)(?![-\w])"),
        ("overnight", r"(?i:overnight)(?![-\w])"),
        ("week_of", rf"(?i:the\s+week(?:end)?\s+of)\s+{mon_any}\s+{dnum}(?:,?\s+{yr})?"),
        # "the last weekend of August", "the first week of July 2020", "the second Tuesday in
        # November", "the last day of June"
        ("week_of_month", rf"(?i:the\s+(?:first|second|third|fourth|last|final)\s+)"
                          rf"(?:(?i:weekend|week|day)|{wd})\s+(?i:of|in)\s+{mon_any}(?:,?\s+{yr})?(?![-\w])"),
        # "a keepsake of the first day of 2000"
        # "after the first of the year", "the first of the month is coming"
        ("day_of_year", rf"(?i:the\s+(?:first|last|final)\s+day\s+of)\s+{yr}(?![-\w])"
                        r"|(?i:the\s+first\s+of\s+the\s+(?:year|month))(?![-\w'])"),
        ("the_year", r"(?i:the\s+(?:full\s+|fiscal\s+|current\s+|latest\s+fiscal\s+"
                     r"|calendar\s+|new\s+)?year"
                     r"(?:-end|\s+end)?|year[-\s]end|year's\s+end)(?![-\w])"),
        ("spelled_year", rf"(?:(?i:the\s+year)\s+)?(?i:nineteen|twenty)[-\s]+(?:(?i:{tens})"
                         rf"(?:[-\s](?i:{ones}))?|(?i:hundred)(?:\s+(?:and\s+)?(?i:{ones}))?)"
                         rf"|(?:(?i:the\s+year)\s+)?(?i:two\s+thousand)(?:\s+(?:and\s+)?(?i:{ones}))?"),
        # "on Sundays", "on weekends", "is open weekends", "open weekdays"
        ("weekdays_set", rf"(?:(?i:on)\s+)?{wd}s(?![-\w])|(?i:on\s+weekends)(?![-\w])"
                         r"|(?:(?<=\b[Oo]pen\s)|(?<=\bwork\s)|(?<=\bworks\s)|(?<=\bworked\s)"
                         r"|(?<=\bworking\s))(?i:weekends|weekdays)(?![-\w])"),  # "work weekends"
        ("adjective_ref", r"(?i:current|recent|future)(?=\s+[a-z])"),
        (
            "holiday",
            rf"(?:(?i:last|next|this)\s+)?{holiday_names(lex.holidays)}(?:,?\s+{yr}|{last_or_next_year})?"
            # "Easter week", "Labor Day weekend", "Thanksgiving evening": its week or weekend,
            # a part of its day
            rf"(?:\s+(?:week|weekend|(?i:{pods}))(?![-\w]))?(?![-\w])",
        ),
    ]
    compiled = tuple((name, re.compile(p)) for name, p in rules)
    first = _first_words(lex)
    missing = {name for name, _ in rules} - set(first)
    if missing:
        raise ValueError(f"rules without first words: {sorted(missing)}")
    index: dict[str, list[int]] = {}
    for i, (name, _) in enumerate(rules):
        for w in first[name]:
            index.setdefault(w, []).append(i)
    token = re.compile(r"['’]\d0s|'\d\d(?!\w)|\d+|[A-Za-z]+")
    gate = {w: re.compile("|".join(f"(?:{rules[i][1]})" for i in ix))
            for w, ix in index.items() if len(ix) > GATED}
    return Grammar(compiled, {w: tuple(ix) for w, ix in index.items()}, token, gate)


DIGIT = "#"  # key of tokens that start with a digit
GATED = 20  # a first word with more rules than this ("the", 29) gets a gate


def _heads(words) -> set[str]:
    """The first tokens of `words` as the scanner's token pattern cuts them ("valentine")."""
    return {re.match(r"\d+|[a-z]+|.", w.lower()).group() for w in words}


def _first_words(lex: Lexicon) -> dict[str, set[str]]:
    """For each rule, the (lower-case) words its matches can start with.

    The scanner tries a rule only at tokens in its set, which keeps the
    number of regex attempts per token small.
    """
    months, weekdays = set(lex.months), set(lex.weekdays)
    edge = {"the", "end", "beginning", "start", "middle", "turn", "close", "first", "second",
            "last", "latter"}
    early = {"early", "late", "mid"}
    rel = {"this", "last", "next", "past", "previous", "prior", "coming", "current",
           "following", "same", "upcoming"}
    quals = {"past", "last", "next", "first", "coming", "previous", "final", "following",
             "recent", "remaining", "latest", "initial", "ensuing", "preceding", "full", "same",
             "comparable", "corresponding", "year", "prior"}
    cards = _heads(lex.cardinals) | _heads(lex.vague)
    ordinals = {k.lower() for k in lex.ordinals}
    return {
        "date_mdy": weekdays | months | {"the", "last", "next"},
        "date_dmy": weekdays | {"the", DIGIT},
        "date_numeric": {DIGIT},
        "day_and": {DIGIT},
        "month_year": edge | early | months,
        "month": edge | early | months | {"last", "next", "this", "that", "earlier", "later"},
        "year": edge | early | {"fiscal", "calendar", "post", "pre", "fy", DIGIT, "'"},
        "era_year": {"a", "ad", "c", "ce", DIGIT},
        "decade": edge | early | {DIGIT, "'"},
        "decade_word": edge | {"the"},
        "century": edge | early | ordinals | rel | {DIGIT, "twentieth", "nineteenth",
                                                    "eighteenth", "twenty"},
        "weekday": weekdays | {"last", "next", "this", "coming", "past", "early", "late", "the",
                               "that"},
        "deictic": {"early", "late", "earlier", "later", "today", "yesterday", "tomorrow",
                    "tonight", "this", "last", "the", "mid", "midmorning", "midafternoon",
                    "midevening"} | set(lex.parts_of_day),
        "ref": _heads(lex.refs),
        "recent": {"recent", "the", "past", "coming", "future"},
        "the_year": {"the", "year"},
        "day_of_year": {"the"},
        "unit_rel": rel | {"earlier", "later", "early", "late", "the", "that"},
        "unit_far": {"the", "week", "weekend", "month", "year"},
        "day_of_month": {"the"},
        "month_range_quarter": {"the"} | months,
        # "the rest of the week", "late that month" too
        "that_unit": {"earlier", "later", "that", "the", "early", "late", "mid"},
        "day_before": {"the"},
        "edge": edge,
        "a_unit": {"a", "per"},
        "nth_day": {"the"},
        "duration": _heads(lex.mods) | quals | cards | {"the", "another", "a", "an", DIGIT},
        "bare_units": set(lex.units) | {f"{u}long" for u in ("day", "week", "month", "year")},
        "vague_span": {"a", "some"},
        "quarter": ordinals | quals | rel | {"the", "this", DIGIT, "fiscal", "calendar", "year",
                                             "prior", "comparable", "just", "quarter", "half",
                                             "corresponding", "end", "beginning", "start",
                                             "close", "middle", "period", "q", "h"},
        "quarter_pair": {"the", "first", "second", "third", "fourth"},  # "and the fourth quarters"
        "season": edge | early | set(lex.seasons) | {"this", "that", "next", "past", "coming"},
        "time": {DIGIT, "noon", "midnight", "midday", "dawn", "daybreak", "dusk", "nightfall",
                 "around", "about", "approximately", "roughly", "shortly", "just"}
        | set(hour_words(lex)),
        "set": {"every", "each", "per", "once", "twice", DIGIT} | set(lex.sets) | cards,
        "year_ago_adj": {"year", "prior"},
        # spelled out, as news writes small counts: no gate on every figure or "a"
        "season_ago": _heads(lex.cardinals) - {"a", "an"},
        "weekend": {"the", "weekend"},
        "overnight": {"overnight"},
        "week_of": {"the"},
        "week_of_month": {"the"},
        "spelled_year": {"the", "nineteen", "twenty", "two"},
        "weekdays_set": {"on", "weekends", "weekdays"} | {w + "s" for w in weekdays},
        "adjective_ref": {"current", "recent", "future"},
        "holiday": {"last", "next", "this"} | _heads(lex.holidays),
    }
