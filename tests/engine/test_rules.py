"""The engine on sentences of our own: each rule, both tense directions, edge cases, traps."""

from datetime import date

import pytest
from timeline.engine import extract

MON = date(2021, 7, 5)  # a Monday
D = date.fromisoformat


def found(text: str, ref: date = MON) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in extract(text, ref)]


def one(text: str, ref: date = MON):
    result = extract(text, ref)
    assert len(result) == 1, [(t.text, t.value) for t in result]
    return result[0]


# ---- weekdays: direction by tense and modality ---------------------------
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The minister met his counterpart on Friday.", "2021-07-02"),
        ("The minister will meet his counterpart on Friday.", "2021-07-09"),
        ("Rebels attacked the town on Sunday.", "2021-07-04"),
        ("The talks are scheduled to resume on Thursday.", "2021-07-08"),
        ("Troops must withdraw by Wednesday.", "2021-07-07"),
        ("The town was retaken by Sunday.", "2021-07-04"),  # done by then: past
        ("The ruling was expected by Friday.", "2021-07-09"),
        ("The deal was signed on Monday.", "2021-07-05"),  # the publication day itself
        ("He told Reuters on Monday.", "2021-07-05"),
        ("On Thursday, the vote passed.", "2021-07-01"),  # "the vote": a noun, no tense
        ("Their visit on Friday ended early.", "2021-07-02"),
        ("They will vote on Friday.", "2021-07-09"),
        ("The film premieres Friday on HBO.", "2021-07-09"),  # a schedule in the present
        ("Forecasters said heavy rain could fall through Wednesday.", "2021-07-07"),
        ("Officials said a vote might come Thursday.", "2021-07-08"),
        ("Neither he nor his aides could be reached Friday.", "2021-07-02"),  # an ability
        ("Race packets can be picked up Friday.", "2021-07-09"),
        ("Groups that missed the deadline Thursday can still sign up.", "2021-07-01"),
        ("Forecasters had expected the storm to arrive Sunday.", "2021-07-04"),  # a past plan
        ("Officials warned that services would be severely disrupted from Thursday.",
         "2021-07-08"),
        ("The county extended its heat advisory through Saturday.", "2021-07-10"),
        ("Kingsmead, sixth in the table, visit Dunmore Saturday.", "2021-07-10"),
        ("The defender will miss Wednesday's group match.", "2021-07-07"),
        ("The Lakers will face fourth-seeded Harmon on Sunday.", "2021-07-11"),  # adjective
        ("Demand should stay strong through Friday.", "2021-07-09"),
        ("The Games end Sunday.", "2021-07-11"),
        ("Air quality alerts remain in effect through Thursday, forecasters said.",
         "2021-07-08"),
        ("The bill should have passed on Friday.", "2021-07-02"),
        ("The coach named his team for Saturday's final.", "2021-07-10"),
        ("Wednesday's ruling is expected to reshape the market.", "2021-06-30"),
        ("The new law takes effect on Thursday.", "2021-07-08"),
        ("The film, which premiered Friday, takes its title from a poem.", "2021-07-02"),
        ("The president will visit Washington on Sunday.", "2021-07-11"),  # "will visit"
        ("Schools will stay closed through Friday.", "2021-07-09"),  # a state, not a past
        ("Wednesday's vote was postponed, officials said they would meet again.",
         "2021-06-30"),
        ("The company said last Friday that it would close.", "2021-07-02"),
        ("Voters go to the polls next Tuesday.", "2021-07-06"),
        ("The final is on Saturday.", "2021-07-10"),
        ("Talks resume on Friday, officials said.", "2021-07-09"),
        ("The rebels attacked on Friday, officials said.", "2021-07-02"),
        ("The minister says he left on Saturday.", "2021-07-03"),
    ],
)
def test_weekday_direction(sentence, value):
    t = one(sentence)
    assert (t.type, t.value) == ("DATE", value)
    assert t.start == t.end == D(value)
    assert t.planned == (D(value) > MON)


def test_weekday_extent_excludes_preposition_and_possessive():
    t = one("Sunday's retreats were the largest.")
    assert t.text == "Sunday" and t.span == (0, 6)
    t = one("Fighting resumed on Sunday.")
    assert t.text == "Sunday"


def test_part_of_day_is_a_time():
    t = one("The minister arrives Tuesday morning.")
    assert (t.text, t.type, t.value) == ("Tuesday morning", "TIME", "2021-07-06TMO")
    t = one("Shots were heard last night.")
    assert (t.type, t.value) == ("TIME", "2021-07-04TNI")


# ---- deictic days --------------------------------------------------------
def test_today_yesterday_tomorrow():
    assert found("Today, yesterday and tomorrow.") == [
        ("Today", "DATE", "2021-07-05"),
        ("yesterday", "DATE", "2021-07-04"),
        ("tomorrow", "DATE", "2021-07-06"),
    ]


# ---- weeks, months, years, year boundaries -------------------------------
def test_last_week_spans_monday_to_sunday():
    t = one("Last week, the United States vacated the base.")
    assert (t.value, t.start, t.end) == ("2021-W26", D("2021-06-28"), D("2021-07-04"))


def test_iso_week_53_and_year_boundary():
    sunday = date(2021, 1, 3)  # last day of 2020-W53
    t = one("This week the army withdrew.", sunday)
    assert (t.value, t.start, t.end) == ("2020-W53", D("2020-12-28"), D("2021-01-03"))
    t = one("Last week the army withdrew.", sunday)
    assert (t.value, t.start, t.end) == ("2020-W52", D("2020-12-21"), D("2020-12-27"))
    t = one("Next week the army withdraws.", sunday)
    assert t.value == "2021-W01"


def test_december_said_in_january():
    jan = date(2021, 1, 10)
    t = one("Sales fell in December.", jan)
    assert (t.value, t.start, t.end) == ("2020-12", D("2020-12-01"), D("2020-12-31"))
    t = one("The plant will reopen in December.", jan)
    assert t.value == "2021-12" and t.planned


def test_month_year_and_relative_units():
    assert found("In March 2019 and last month and next year and this quarter.") == [
        ("March 2019", "DATE", "2019-03"),
        ("last month", "DATE", "2021-06"),
        ("next year", "DATE", "2022"),
        ("this quarter", "DATE", "2021-Q3"),
    ]


def test_last_or_next_before_a_day_and_month_takes_the_one_before_or_after():
    ref = date(1995, 11, 20)
    assert found("He received the heart last Dec. 3 and goes home next Jan. 1.", ref) == [
        ("Dec. 3", "DATE", "1994-12-03"), ("Jan. 1", "DATE", "1996-01-01")]


def test_a_day_and_month_with_last_or_next_year_is_one_date():
    assert found("The ban starts July 1 next year; the law passed on 3 March last year.") == [
        ("July 1 next year", "DATE", "2022-07-01"), ("3 March last year", "DATE", "2020-03-03")]


def test_full_dates_through_own_rules_and_dateparser():
    assert found("On July 4, 2021, on 2021-07-01 and on 07/02/2021.") == [
        ("July 4, 2021", "DATE", "2021-07-04"),
        ("2021-07-01", "DATE", "2021-07-01"),
        ("07/02/2021", "DATE", "2021-07-02"),
    ]


def test_a_weekday_s_part_of_day_with_its_date_is_a_time_of_that_date():
    assert found("It opened Friday night, Jan. 3, 1992, and closes Saturday night, July 10.") == [
        ("Friday night, Jan. 3, 1992", "TIME", "1992-01-03TNI"),
        ("Saturday night, July 10", "TIME", "2021-07-10TNI")]


def test_deadline_after_reference_is_planned():
    t = one("All troops are to leave by September 11.")
    assert (t.value, t.planned) == ("2021-09-11", True)


def test_seasons_quarters_decades_centuries():
    got = found("In the 1990s, in the 20th century, in the summer of 1999, last fall "
                "and in the third quarter.")
    assert got == [
        ("the 1990s", "DATE", "199"),  # TimeML keeps the determiner
        ("the 20th century", "DATE", "19"),
        ("the summer of 1999", "DATE", "1999-SU"),
        ("last fall", "DATE", "2020-FA"),
        ("the third quarter", "DATE", "2021-Q3"),
    ]
    decade = extract("in the 1990s", MON)[0]
    assert (decade.start, decade.end) == (D("1990-01-01"), D("1999-12-31"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the 1800s the port grew.", ("the 1800s", "18", None)),
        ("In the early 1900s the port grew.", ("the early 1900s", "19", "START")),
        ("The 2000s were calm.", ("The 2000s", "200", None)),
        ("In the late 1990s the port grew.", ("the late 1990s", "199", "END")),
        ("By the mid-1990s the port grew.", ("the mid-1990s", "199", "MID")),
        ("In the late 20th century the port grew.", ("the late 20th century", "19", "END")),
        ("Prices rose in '70s Britain.", ("'70s", "197", None)),
        ("Prices rose in \u201970s Britain.", ("\u201970s", "197", None)),
        ("The 1960\u2019s were calm.", ("The 1960\u2019s", "196", None)),
    ],
)
def test_decades_and_centuries_in_figures(sentence, expected):
    t = one(sentence)
    assert (t.text, t.value, t.mod) == expected


def test_later_than_is_a_difference_not_a_date():
    assert found("Restrictions end on July 19, two weeks later than planned.") == [
        ("July 19", "DATE", "2021-07-19"),
        ("two weeks", "DURATION", "P2W"),
    ]


def test_last_as_a_verb_is_outside_the_duration():
    assert found("The trial is expected to last several weeks.") == [
        ("several weeks", "DURATION", "PXW"),
    ]
    assert found("It rose over the last several weeks.") == [
        ("the last several weeks", "DURATION", "PXW"),
    ]


def test_numeric_dates_follow_the_order_the_text_writes_dates_in():
    assert found("On July 4 the army left; on 5/7/2021 the report appeared.")[1] == (
        "5/7/2021", "DATE", "2021-05-07",
    )
    assert found("On 4 July the army left; on 5/7/2021 the report appeared.")[1] == (
        "5/7/2021", "DATE", "2021-07-05",
    )
    assert found("The report appeared on 5/7/2021.") == [("5/7/2021", "DATE", "2021-05-07")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The talks began in August.", "2020-08"),  # the past verb governing the month
        ("The talks, which began in September in Doha, have stalled.", "2020-09"),
        ("The talks will begin in March.", "2022-03"),
        ("The appeal is heard in August.", "2021-08"),  # "is heard": present, not past
    ],
)
def test_bare_months_follow_the_verb_that_governs_them(sentence, value):
    assert one(sentence).value == value


def test_the_end_of_a_range_is_not_before_its_start():
    assert found("The session runs from Sept. 6 to Dec. 17.") == [
        ("Sept. 6", "DATE", "2021-09-06"),
        ("Dec. 17", "DATE", "2021-12-17"),
    ]
    assert found("It ran from Dec. 20 to Jan. 5.") == [
        ("Dec. 20", "DATE", "2020-12-20"),
        ("Jan. 5", "DATE", "2021-01-05"),
    ]


def test_weekends_and_weeks_of_a_month():
    t = one("The festival takes place on the last weekend of August.")
    assert (t.text, t.value, t.start, t.end) == (
        "the last weekend of August", "2021-W34-WE", D("2021-08-28"), D("2021-08-29"))
    t = one("In the second week of March 2020, schools closed.")
    assert (t.value, t.start, t.end) == ("2020-W11", D("2020-03-09"), D("2020-03-15"))


def test_decades_named_relative_to_the_present():
    assert found("The contract runs until the end of the decade; this decade is hard.") == [
        ("the end of the decade", "DATE", "202"),
        ("this decade", "DATE", "202"),
    ]
    t = one("Over the next decade, the city plans to build 10,000 homes.")
    assert (t.text, t.value, t.start, t.end) == (
        "the next decade", "P10Y", D("2021-07-05"), D("2031-07-05"))


def test_a_period_keeps_the_year_it_is_given():
    # the year is what is written ("comparable periods in 1988", as TimeBank tags it)
    assert found("In the same period of 1988 it fell.") == [("1988", "DATE", "1988")]
    # "the period 2021-2025" is not a reporting period
    assert not [v for _, _, v in found("The plan covers the period 2021-2025.") if "Q" in v]


def test_a_verb_after_will_is_as_sure_as_will():
    assert found("The president will visit Washington on June 25.") == [
        ("June 25", "DATE", "2022-06-25"),
    ]


def test_an_offset_from_today_is_a_day():
    assert found("The ruling is due a week from today.") == [
        ("a week from today", "DATE", "2021-07-12"),
    ]
    assert found("A year ago today, the vote took place.") == [
        ("A year ago today", "DATE", "2020-07-05"),
    ]


def test_days_a_week_is_a_set():
    assert found("The clinic opens three days a week.") == [("three days a week", "SET", "P1W")]


def test_a_story_told_on_moves_its_reference_time():
    assert found("The reforms came in 2019. A year later, the pandemic struck. "
                 "The following year, growth returned.") == [
        ("2019", "DATE", "2019"),
        ("A year later", "DATE", "2020"),
        ("The following year", "DATE", "2021"),
    ]
    # weeks from a day are a day, even when they open the sentence; "the day before" counts
    # from it
    assert found("The vote was on March 3. Two weeks earlier, the campaign had begun. "
                 "The day before, polls closed.")[-2:] == [
        ("Two weeks earlier", "DATE", "2021-02-17"), ("The day before", "DATE", "2021-02-16")]


def test_bare_plural_units_after_a_preposition_are_vague_durations():
    assert found("They would retake the districts within days; he waited for hours.") == [
        ("days", "DURATION", "PXD"),
        ("hours", "DURATION", "PTXH"),
    ]
    assert found("The days are long.") == []


def test_overnight_is_the_night_before_or_the_coming_one():
    assert found("Fighters captured the district overnight.") == [
        ("overnight", "TIME", "2021-07-04TNI"),
    ]
    assert found("Talks will continue overnight.") == [("overnight", "TIME", "2021-07-05TNI")]
    assert found("The overnight rate rose.") == []


def test_dawn_and_dusk_are_parts_of_days():
    assert found("The ceasefire took hold at dawn on Saturday.") == [
        ("dawn", "TIME", "2021-07-03TMO"), ("Saturday", "DATE", "2021-07-03"),
    ]  # "on" parts the two, as TimeML extents do; the clock time takes the day
    assert found("The ceasefire took hold at dawn Saturday.") == [
        ("dawn Saturday", "TIME", "2021-07-03TMO")]
    assert found("It is the dawn of a new era.") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("They fought until dusk on Friday.", "2021-07-02TEV"),  # went on until then: past
        ("Officials postponed until Friday any action.", "2021-07-09"),  # deferred: ahead
        ("The ban lasts until Friday.", "2021-07-09"),
    ],
)
def test_until_after_a_past_verb(sentence, value):
    assert extract(sentence, MON)[0].value == value


def test_days_written_as_ordinal_words():
    assert found("The rules start on the first of August.") == [
        ("the first of August", "DATE", "2021-08-01"),
    ]
    assert found("He died on the twenty-first of March 1998.") == [
        ("the twenty-first of March 1998", "DATE", "1998-03-21"),
    ]
    assert found("It is the first of many.") == []


def test_halves_of_relative_years():
    assert found("Sales fell in the second half of last year and will rise in the first "
                 "half of next year; the second half of the year looks weak.") == [
        ("the second half of last year", "DATE", "2020-H2"),
        ("the first half of next year", "DATE", "2022-H1"),
        ("the second half of the year", "DATE", "2021-H2"),
    ]


def test_wire_clock_times_and_zones():
    assert found("The convoy left at 0600 GMT and polls close at 8 p.m. ET.") == [
        ("0600 GMT", "TIME", "2021-07-05T06:00"),
        ("8 p.m. ET", "TIME", "2021-07-05T20:00"),
    ]
    assert found("It ended at 1430 local time.") == [
        ("1430 local time", "TIME", "2021-07-05T14:30"),
    ]
    assert found("The train left at 7.15am.") == [("7.15am", "TIME", "2021-07-05T07:15")]
    assert found("It was issued at 1800 hours.") == [("1800 hours", "TIME", "2021-07-05T18:00")]
    assert found("He spent 1200 hours on it.") == [("1200 hours", "DURATION", "PT1200H")]
    # a four-digit number is a clock time only with its zone
    assert found("Some 1430 people left.") == []


def test_a_time_restated_in_another_zone_is_one_time():
    assert found("The blast came at 10:35 a.m. (0735 GMT).") == [
        ("10:35 a.m.", "TIME", "2021-07-05T10:35"),
    ]
    assert found("The UN (2 p.m.) vote passed.") == [("2 p.m.", "TIME", "2021-07-05T14:00")]
    # the day written after the restated time is the time's day
    assert found("The quake struck at 2:15 p.m. local time (0515 GMT) on Thursday.") == [
        ("2:15 p.m. local time", "TIME", "2021-07-01T14:15"),
        ("Thursday", "DATE", "2021-07-01"),
    ]


def test_references_to_present_past_future():
    assert found("Now and currently, recently and in the future.") == [
        ("Now", "DATE", "PRESENT_REF"),
        ("currently", "DATE", "PRESENT_REF"),
        ("recently", "DATE", "PAST_REF"),
        ("the future", "DATE", "FUTURE_REF"),
    ]


def test_holidays():
    assert found("Talks will end by Christmas.") == [("Christmas", "DATE", "2021-12-25")]
    assert found("They met on Thanksgiving Day.") == [("Thanksgiving Day", "DATE", "2020-11-26")]


# ---- durations -----------------------------------------------------------
def test_durations_tied_to_the_present_are_placed():
    t = one("They have lived there for the past three years.")
    assert (t.text, t.value, t.start, t.end) == (
        "the past three years", "P3Y", D("2018-07-05"), D("2021-07-05"))
    t = one("The country has fought for two decades.")
    assert (t.value, t.start, t.end) == ("P20Y", D("2001-07-05"), D("2021-07-05"))
    t = one("Two decades of war have cost thousands of lives.")
    assert (t.value, t.start, t.end) == ("P20Y", D("2001-07-05"), D("2021-07-05"))
    assert one("Five years of growth were erased.").start is None
    t = one("Fighting spread over the last few days.")
    assert (t.text, t.value, t.fuzzy) == ("the last few days", "PXD", True)
    assert (t.start, t.end) == (D("2021-07-02"), D("2021-07-05"))


def test_durations_not_tied_to_the_present_are_not_placed():
    t = one("The project will take five years.")
    assert (t.value, t.start, t.end) == ("P5Y", None, None)


def test_duration_values_and_mods():
    assert found("A 16-hour shift, 2 1/2 years, at least 72 hours, more than two decades "
                 "and about five hours.") == [
        ("16-hour", "DURATION", "PT16H"),
        ("2 1/2 years", "DURATION", "P2Y6M"),
        ("at least 72 hours", "DURATION", "PT72H"),
        ("more than two decades", "DURATION", "P20Y"),
        ("five hours", "DURATION", "PT5H"),
    ]
    mods = [t.mod for t in extract("at least 72 hours and about five hours", MON)]
    assert mods == ["EQUAL_OR_MORE", "APPROX"]


def test_sets():
    assert found("She visits every week and each Sunday; the paper appears daily.") == [
        ("every week", "SET", "P1W"),
        ("each Sunday", "SET", "XXXX-WXX-7"),
        ("daily", "SET", "P1D"),
    ]


# ---- anaphora ------------------------------------------------------------
def test_anaphora_follow_the_previous_mention():
    got = found("The talks collapsed on Tuesday. The following day, rebels attacked. "
                "Two days later, they withdrew.")
    assert got == [
        ("Tuesday", "DATE", "2021-06-29"),
        ("The following day", "DATE", "2021-06-30"),
        ("Two days later", "DATE", "2021-07-02"),
    ]
    assert found("In March 2019 the company was founded. That month, sales doubled.") == [
        ("March 2019", "DATE", "2019-03"),
        ("That month", "DATE", "2019-03"),
    ]


def test_year_earlier_compares_the_same_quarter():
    ref = date(2021, 10, 20)
    assert found("Profit rose in the third quarter. A year earlier it fell.", ref) == [
        ("the third quarter", "DATE", "2021-Q3"),
        ("A year earlier", "DATE", "2020-Q3"),
    ]


# ---- event-anchored offsets ----------------------------------------------
def test_event_anchored_offset_after():
    t = [x for x in extract("The ceasefire collapsed on Sunday, three days after both sides "
                            "signed the agreement in Geneva.", MON) if x.type == "DURATION"][0]
    assert (t.text, t.value) == ("three days", "P3D")
    assert [(d.text, d.value) for d in t.derived] == [("signed the agreement", "2021-07-01")]
    assert t.start == t.end == D("2021-07-01")


def test_event_anchored_offset_before_and_noun_phrase():
    text = "Rebels entered the city on Friday, two days before the election."
    t = [x for x in extract(text, MON) if x.type == "DURATION"][0]
    assert [(d.text, d.value) for d in t.derived] == [("the election", "2021-07-04")]
    d = t.derived[0]
    assert text[d.span[0]:d.span[1]] == "the election"


def test_event_anchored_offset_uses_previous_mention_without_date_in_sentence():
    text = "The base fell on June 20. Reinforcements came four days after the army retreated."
    t = [x for x in extract(text, MON) if x.type == "DURATION"][0]
    assert [(d.text, d.value) for d in t.derived] == [("retreated", "2021-06-16")]


def test_event_anchored_offset_without_any_date_derives_nothing():
    t = one("The troops left three days before the election was held.")
    assert t.derived == () and t.start is None


# ---- traps -----------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "She may march on Washington and May said no.",
        "The March was peaceful.",
        "The Sunday Times reported the story.",
        "The Weekend Australian reported the story.",
        "The 1st Battalion moved north.",
        "Fox 5 said 2,000 troops and 1,037 people left.",
        "He finished second in the race.",
        "A second attempt failed.",
        "Prices fell in the fall of Kabul.",
        "Theresa May spoke.",
        "The 45-year-old man was arrested.",
        "He paid 1998 dollars.",
    ],
)
def test_not_temporal(sentence):
    assert found(sentence) == []


def test_empty_and_bad_reference():
    assert extract("", MON) == []
    with pytest.raises(TypeError):
        extract("today", "2021-07-05")  # type: ignore[arg-type]


def test_anaphoric_weekdays_weeks_and_days():
    ref = date(1989, 11, 1)
    assert found("The index closed on Oct. 27, down from the previous Friday.", ref) == [
        ("Oct. 27", "DATE", "1989-10-27"),
        ("the previous Friday", "DATE", "1989-10-20"),
    ]
    assert found("They met on Tuesday. The following Monday, talks resumed.", ref) == [
        ("Tuesday", "DATE", "1989-10-31"),
        ("The following Monday", "DATE", "1989-11-06"),
    ]
    assert found("A hearing is set for the week of March 6.", date(2000, 2, 1)) == [
        ("the week of March 6", "DATE", "2000-W10")]
    assert found("Later in the day, rebels attacked.", ref) == [
        ("Later in the day", "DATE", "1989-11-01")]
    assert found("During the day he slept.", ref) == []


def test_ranges_and_halves():
    assert found("Shipments resume within two to three weeks.") == [
        ("two to three weeks", "DURATION", "P2W")]
    assert found("It lasted a minute and a half.") == [
        ("a minute and a half", "DURATION", "PT1M30S")]


def test_event_anchored_offset_with_its_date_after_the_clause():
    t = extract("Two days after the coup, on Friday, the army seized the radio station.", MON)[0]
    assert (t.text, t.value) == ("Two days", "P2D")
    assert [(d.text, d.value) for d in t.derived] == [("the coup", "2021-06-30")]


def test_event_with_its_own_date_derives_nothing():
    t = extract("Aid arrived two weeks after the earthquake struck the city on March 3.", MON)[0]
    assert t.text == "two weeks" and t.derived == () and t.start is None


@pytest.mark.parametrize(
    "sentence",
    ['Baker said on ABC\'s "This Week" that talks failed.', 'He told CBS\'s "60 Minutes."',
     "The poster showed Gary Cooper in High Noon.", "This is VOA Today.",
     "Iraq imports about three-quarters of its food."],
)
def test_titles_and_fractions_are_not_temporal(sentence):
    assert found(sentence) == []


def test_dateparser_only_on_candidates_and_memoized():
    from timeline.engine.dates import parse_date

    before = parse_date.cache_info()
    extract("No numeric date here, only Monday and last week.", MON)
    assert parse_date.cache_info().misses == before.misses  # own rules only
    extract("Signed on 07/02/2021.", MON)
    extract("Ratified on 07/02/2021.", MON)
    after = parse_date.cache_info()
    assert after.hits >= before.hits + 1
    assert found("Signed on 07/02/2021.") == [("07/02/2021", "DATE", "2021-07-02")]


def test_fiscal_quarters_are_the_latest_begun():
    ref = date(1989, 10, 26)
    assert found("Delta's earnings soared in the fiscal first quarter.", ref) == [
        ("the fiscal first quarter", "DATE", "1989-Q1")]
    assert found("Sales rose in the third quarter.", ref) == [
        ("the third quarter", "DATE", "1989-Q3")]


def test_a_deadline_just_past_is_not_a_year_ahead():
    ref = date(2021, 7, 6)
    assert found("The agency had ordered the ship to leave port by July 5.", ref) == [
        ("July 5", "DATE", "2021-07-05")]
    assert found("Inspectors acted under the terms laid down by the June 28 accord.", ref) == [
        ("June 28", "DATE", "2021-06-28")]
    assert found("The ship must leave port by July 20.", ref) == [
        ("July 20", "DATE", "2021-07-20")]


def test_quarter_anaphora_follow_the_last_quarter_named():
    ref = date(1989, 10, 26)
    text = ("Acme earned $5 million in the quarter ended Sept. 30, the company said. "
            "In the 1988 period it lost money. Sales for last year's quarter were flat. "
            "Results for that quarter included a charge.")
    assert [v for _, _, v in found(text, ref)] == [
        "1989-Q3", "1989-09-30", "1988-Q3", "1988-Q3", "1989-Q3"]


def test_a_plan_in_the_past_perfect_points_back():
    ref = date(2021, 7, 7)  # a Wednesday
    assert found("The ballot had been due to close Monday evening.", ref) == [
        ("Monday evening", "TIME", "2021-07-05TEV")]
    assert found("The ballot is due to close Monday evening.", ref) == [
        ("Monday evening", "TIME", "2021-07-12TEV")]


def test_a_year_earlier_than_the_quarter_of_its_sentence_is_that_quarter():
    ref = date(1989, 10, 26)
    assert found("Profit for the quarter ended Sept. 30 doubled. "
                 "A year earlier, the company had lost money.", ref)[-1] == (
        "A year earlier", "DATE", "1988-Q3")


def test_a_month_opening_a_long_sentence_follows_its_main_verb():
    ref = date(2021, 10, 20)
    text = ("In January, two weeks after the opening of the new terminal at the regional "
            "airport, a fire in the baggage hall destroyed dozens of suitcases.")
    assert found(text, ref)[0] == ("January", "DATE", "2021-01")


def test_the_year_ago_period_of_a_forecast_is_that_of_the_latest_quarter():
    ref = date(2021, 10, 20)
    text = ("Analysts expect losses through the second quarter of 2022. "
            "In the year-ago period, the company earned $3 million.")
    assert found(text, ref)[-1] == ("the year-ago period", "DATE", "2020-Q3")


def test_in_the_past_followed_by_a_unit_is_a_relative_period():
    assert found("Exports doubled in the past year.") == [("the past year", "DATE", "2020")]
    assert found("In the past, exports doubled.") == [("the past", "DATE", "PAST_REF")]


def test_the_period_a_year_ago_is_one_expression():
    ref = date(2021, 10, 20)
    text = ("The airline lost money in the third quarter. For the quarter a year ago it earned "
            "$3 million, and $2 million for the corresponding period last year in Europe.")
    assert found(text, ref) == [
        ("the third quarter", "DATE", "2021-Q3"),
        ("the quarter a year ago", "DATE", "2020-Q3"),
        ("the corresponding period last year", "DATE", "2020-Q3"),
    ]


def test_a_holiday_days_away_is_not_a_year_back():
    ref = date(2021, 3, 29)  # Easter 2021 fell on April 4
    assert found("Pilgrims arrived as Easter approached.", ref) == [
        ("Easter", "DATE", "2021-04-04")]


def test_holding_a_stake_is_a_state_not_a_schedule():
    ref = date(2021, 10, 20)  # a Wednesday
    assert found("The fund, which holds a 9% stake, said it sold shares Monday.", ref) == [
        ("Monday", "DATE", "2021-10-18")]
    assert found("The party holds its congress on Saturday.", ref) == [
        ("Saturday", "DATE", "2021-10-23")]


def test_the_latest_quarter_has_ended():
    ref = date(2021, 11, 2)
    text = ("The storm will cause a fourth-quarter charge. Profit fell in the latest quarter, "
            "compared with $6 million a year ago.")
    assert [v for _, _, v in found(text, ref)] == ["2021-Q4", "2021-Q3", "2020-Q3"]


def test_a_quarter_whose_results_are_out_has_ended():
    """Results told in the past for a quarter the calendar has not closed: a fiscal one."""
    ref = date(2021, 11, 2)
    text = ("The company reported a decline in fourth-quarter earnings. Sales in the latest "
            "period rose 13% from last year's $1.5 billion.")
    assert [v for _, _, v in found(text, ref)] == ["2021-Q4", "2021-Q4", "2020-Q4"]


def test_a_plan_in_the_past_progressive_points_forward():
    ref = date(2021, 10, 20)  # a Wednesday
    assert found("Fans planned a rally on Saturday and were planning to march on Monday.",
                 ref) == [("Saturday", "DATE", "2021-10-23"), ("Monday", "DATE", "2021-10-25")]


def test_then_current_is_the_present_of_a_past_time():
    assert found("Holders could buy stock at the then current market value.") == [
        ("then current", "DATE", "PAST_REF")]


def test_spoken_years_join_their_month_or_season():
    assert found("Prices last fell this low in the winter of nineteen eighty-six.") == [
        ("the winter of nineteen eighty-six", "DATE", "1986-WI")]
    assert found("In August nineteen ninety-one, the coup failed.") == [
        ("August nineteen ninety-one", "DATE", "1991-08")]
    assert found("In May twenty people died.") == [("May", "DATE", "2021-05")]


def test_plural_parts_of_days_are_sets():
    assert found("The ferry sails on Friday and Saturday nights.") == [
        ("Friday", "SET", "XXXX-WXX-5TNI"), ("Saturday nights", "SET", "XXXX-WXX-6TNI")]
    assert found("The ferry sailed on Friday and Saturday night.") == [
        ("Friday", "DATE", "2021-07-02"), ("Saturday night", "TIME", "2021-07-03TNI")]


def test_one_day_after_a_modal_is_the_future():
    assert found("Engineers say the bridge will one day carry trains.") == [
        ("one day", "DATE", "FUTURE_REF")]
    assert found("The repair will take one day.") == [("one day", "DURATION", "P1D")]


def test_year_ago_results_follow_the_quarter_of_a_dated_sentence():
    ref = date(2021, 10, 20)
    text = ("Profit rose in the quarter ended Sept. 30, the company said Oct. 12. "
            "The year-ago results were restated.")
    assert found(text, ref)[-1] == ("year-ago", "DATE", "2020-Q3")


def test_a_quarter_in_apposition_names_the_same_one():
    ref = date(2021, 10, 20)
    text = ("In the comparable year-ago quarter, the first quarter of its fiscal year, the "
            "chain lost money. Results for that quarter included a charge.")
    assert [v for _, _, v in found(text, ref)] == ["2020-Q3", "2020-Q1", "2020-Q1"]


def test_a_quarter_of_a_past_clause_is_not_ahead():
    ref = date(2021, 10, 20)
    assert found("Sales rose in the first quarter.", ref) == [
        ("the first quarter", "DATE", "2021-Q1")]
    assert found("Sales will rise in the first quarter.", ref) == [
        ("the first quarter", "DATE", "2022-Q1")]


def test_through_a_month_is_a_term_ahead_unless_the_verb_is_past():
    ref = date(2021, 10, 20)
    assert found("The offer runs through June.", ref) == [("June", "DATE", "2022-06")]
    assert found("Sales rose through June.", ref) == [("June", "DATE", "2021-06")]


def test_a_vague_offset_from_the_story_is_a_duration():
    ref = date(2021, 10, 20)
    assert found("The plant closed in 1998. A few days later, workers protested.", ref)[-1] == (
        "A few days later", "DURATION", "PXD")
    assert found("A few years ago the plant reopened.", ref) == [
        ("A few years ago", "DATE", "PAST_REF")]


def test_a_term_granted_still_runs_ahead():
    ref = date(2021, 10, 20)
    assert found("The bank has extended credit lines through January.", ref) == [
        ("January", "DATE", "2022-01")]
    assert found("The bank extended credit lines through January.", ref) == [
        ("January", "DATE", "2022-01")]
    assert found("The bank posted losses through January.", ref) == [
        ("January", "DATE", "2021-01")]  # a past verb that grants nothing


def test_a_month_naming_a_deal_already_made_points_back():
    ref = date(2021, 10, 20)
    assert found("The union is still bound by a December settlement.", ref) == [
        ("December", "DATE", "2020-12")]
    assert found("The union is meeting in December.", ref) == [
        ("December", "DATE", "2021-12")]
    assert found("The December meeting is expected to approve the plan.", ref) == [
        ("December", "DATE", "2021-12")]


def test_a_bound_on_a_count_is_inside_the_extent_a_hedge_is_not():
    assert found("The strike lasted nearly two months.") == [
        ("nearly two months", "DURATION", "P2M")]
    assert one("The mill closed almost four years ago.").mod == "LESS_THAN"
    assert found("The talks lasted about three days.") == [("three days", "DURATION", "P3D")]


def test_the_article_of_a_quarter_used_as_an_adjective_belongs_to_its_noun():
    ref = date(2021, 10, 20)
    assert found("The plant closure caused the third-quarter loss.", ref) == [
        ("third-quarter", "DATE", "2021-Q3")]
    assert found("The plant closed in the third quarter.", ref) == [
        ("the third quarter", "DATE", "2021-Q3")]


def test_midnight_ends_the_day_it_names():
    assert found("The offer expired at midnight Friday.") == [
        ("midnight Friday", "TIME", "2021-07-02T24:00")]


def test_quarters_are_counted_in_quarters():
    assert found("The unit has lost money for the past two quarters.") == [
        ("the past two quarters", "DURATION", "P2Q")]
    assert found("The company pays interest every quarter.") == [
        ("every quarter", "SET", "P1Q")]


def test_now_in_capitals_after_a_name_is_part_of_the_name():
    ref = date(2024, 4, 20)
    assert found("Organizers with Lynnhaven River NOW expect about 1,200 people.", ref) == []
    assert found("The group said NOW is the time to act.", ref) == [
        ("NOW", "DATE", "PRESENT_REF")]


def test_today_and_tomorrow_meaning_nowadays_are_no_day():
    assert found("The case is a lesson for today's youth.") == []
    assert found("He wants the leaders of tomorrow on the board.") == []
    assert found("The offer appeared in today's editions.") == [("today", "DATE", "2021-07-05")]


def test_the_day_before_a_clause_is_anchored_to_the_event_not_tagged():
    assert found("He was seen on Friday, the day before police issued a warrant.") == [
        ("Friday", "DATE", "2021-07-02")]
    assert found("Police came on Friday. He had left the day before.")[-1] == (
        "the day before", "DATE", "2021-07-01")


def test_a_holiday_week_is_the_week_of_the_holiday():
    ref = date(2000, 4, 16)
    assert found("Protesters prayed as Easter week began.", ref) == [
        ("Easter week", "DATE", "2000-W16")]
    assert found("The shops will close for Easter.", ref) == [("Easter", "DATE", "2000-04-23")]


def test_a_year_earlier_span_of_months_is_one_duration():
    ref = date(2021, 10, 28)
    assert found("Revenue for the year-ago six months included a one-time gain.", ref) == [
        ("the year-ago six months", "DURATION", "P6M")]
    assert found("Margins were thinner than in the comparable nine months.", ref) == [
        ("the comparable nine months", "DURATION", "P9M")]


def test_the_first_two_quarters_of_a_year_are_its_first_half():
    assert found("Demand should stay weak through the first two quarters of 2022.") == [
        ("the first two quarters of 2022", "DATE", "2022-H1")]
    assert found("Sales grew in the last six months of 2019.") == [
        ("the last six months of 2019", "DATE", "2019-H2")]
    assert found("Sales grew in the first three quarters of 2019.")[0][1] == "DURATION"


def test_mid_parts_of_days_are_times():
    assert found("At mid-afternoon yesterday the shares were up two cents.") == [
        ("mid-afternoon yesterday", "TIME", "2021-07-04TAF")]
    assert found("By mid morning the rescuers had reached the village.") == [
        ("mid morning", "TIME", "2021-07-05TMO")]
    assert found("The morning papers said little.") == []


def test_a_date_before_an_event_noun_names_the_event_time():
    assert found("The Friday explosions destroyed two embassies.") == [
        ("Friday", "DATE", "2021-07-02")]
    assert found("The March accession will let them sign the treaty.") == [
        ("March", "DATE", "2022-03")]
    assert found("The Sunday paper ran the story.") == []
    assert found("The Thursday session will be held indoors.") == [
        ("Thursday", "DATE", "2021-07-08")]
    assert found("He gave to the March of Dimes.") == []


def test_per_second_after_a_plural_noun_is_a_unit_of_measure():
    assert found("The new chip handles 15 million instructions per second.") == []
    assert found("Winds reached 120 miles per hour on Sunday.") == [
        ("Sunday", "DATE", "2021-07-04")]
    assert found("Patrols pass every hour.") == [("every hour", "SET", "PT1H")]


def test_a_year_later_after_a_decade_counts_from_the_last_date_told():
    assert found("She came in January 2000. Riders had arrived in the late 1990s. She moved to "
                 "the island a year later.", date(2003, 2, 14))[-1] == (
        "a year later", "DATE", "2001-01")


def test_the_years_as_a_stretch_of_time():
    assert found("In the years that followed, the rebels grew stronger.") == [
        ("the years", "DURATION", "PXY")]
    assert found("Over the months the town emptied.") == [("the months", "DURATION", "PXM")]
    assert found("Fewer patients die in the early years, doctors say.") == [
        ("the early years", "DURATION", "PXY")]
    assert found("In the weeks before the vote, he vanished.") == []
    assert found("In the years of the war, they fled.") == []
    assert found("She remembers the years she spent abroad.") == []


def test_the_near_term_is_the_future_unless_it_qualifies_a_noun():
    assert found("Analysts expect losses in the short term, then a recovery.") == [
        ("the short term", "DATE", "FUTURE_REF")]
    assert found("The plan ignores the challenges of the near term.") == [
        ("the near term", "DATE", "FUTURE_REF")]
    assert found("The company repaid the long term debt.") == []


def test_it_is_the_nth_day_of_names_today():
    assert found("It is the fifth day of the strike at the port.") == [
        ("the fifth day", "DATE", "2021-07-05")]
    assert found("It was the third day of protests.") == []


def test_a_price_per_night_is_no_duration():
    assert found("Rooms will cost between $35 and $55 a night.") == []
    assert found("He spent a night in jail.") == [("a night", "DURATION", "P1D")]


def test_the_day_before_a_weekday_is_one_day_off_it():
    assert found("The day before last Tuesday's hearing, he visited his uncle.") == [
        ("The day before last Tuesday", "DATE", "2021-06-28")]
    assert found("Talks will resume the day after Friday's vote.") == [
        ("the day after Friday", "DATE", "2021-07-10")]
    assert found("He left the day before police arrived.") == []


def test_the_second_day_of_a_pair_takes_the_month_written_once():
    assert found("Leaders will meet in Washington on October 24 and 25.") == [
        ("October 24", "DATE", "2021-10-24"), ("25", "DATE", "2021-10-25")]
    assert found("Shares rose 24 and 25 cents on Friday.") == [("Friday", "DATE", "2021-07-02")]
    assert found("He will see them October 24 and 5 other days.") == [
        ("October 24", "DATE", "2021-10-24")]


def test_a_year_ago_after_months_added_up_is_that_year_not_the_quarter():
    ref = date(2021, 11, 3)
    text = ("Profit rose in the third quarter from $4 million a year earlier. "
            "For the nine months, net was $15 million, up from $12 million a year earlier. "
            "The year-earlier period included a charge, and the 2020 period a gain. "
            "Profit in the latest quarter beat the year-ago quarter.")
    assert found(text, ref) == [
        ("the third quarter", "DATE", "2021-Q3"), ("a year earlier", "DATE", "2020-Q3"),
        ("the nine months", "DURATION", "P9M"), ("a year earlier", "DATE", "2020"),
        ("The year-earlier period", "DATE", "2020"), ("the 2020 period", "DATE", "2020"),
        ("the latest quarter", "DATE", "2021-Q3"), ("the year-ago quarter", "DATE", "2020-Q3")]


def test_every_year_of_a_list_is_found_and_a_count_before_a_year_still_is_not():
    assert [v for _, _, v in found("Doctors were shot in 1994, 1995, 1996 and 1997.")] == [
        "1994", "1995", "1996", "1997"]
    assert found("They sold 1,200 1995 models.") == []


def test_a_hedge_after_the_unit_is_kept_as_a_modifier_and_lets_ago_follow():
    ref = date(1991, 2, 25)
    got = [(t.text, t.type, t.mod) for t in extract(
        "A week or so ago, the plan was set. It took ten days or more.", ref)]
    assert got == [("A week or so ago", "DATE", "APPROX"),
                   ("ten days or more", "DURATION", "EQUAL_OR_MORE")]


def test_decades_spelled_out_but_not_temperatures_or_ages():
    ref = date(1998, 3, 22)
    assert found("Numbers kept dropping through the nineties.", ref) == [
        ("the nineties", "DATE", "199")]
    assert found("It began in the early sixties.", ref) == [
        ("the early sixties", "DATE", "196")]
    assert found("Temperatures stayed in the nineties.", ref) == []
    assert found("She is in her twenties.", ref) == []


def test_mar_after_del_is_a_place_not_march():
    ref = date(1996, 2, 12)
    assert found("Harvard-Westlake beat Corona del Mar 8-6 in September.", ref) == [
        ("September", "DATE", "1995-09")]
    assert found("The vote is set for Mar 8.", ref) == [("Mar 8", "DATE", "1996-03-08")]


def test_high_noon_and_the_midnight_sun_are_idioms_not_clock_times():
    assert found("For the people of Poland, high noon comes today.", date(1999, 3, 12)) == [
        ("today", "DATE", "1999-03-12")]
    assert found("They met under the midnight sun, burning the midnight oil until midnight.",
                 date(1999, 3, 12)) == [("midnight", "TIME", "1999-03-13T00:00")]


def test_a_quarter_described_in_passing_does_not_become_the_one_reported():
    ref = date(2021, 11, 3)
    text = ("Profit rose 20% in the third quarter. After a flat second quarter, sales grew. "
            "The year-earlier period included a charge. Costs were lower than a year ago.")
    assert found(text, ref) == [
        ("the third quarter", "DATE", "2021-Q3"), ("second quarter", "DATE", "2021-Q2"),
        ("The year-earlier period", "DATE", "2020-Q3"), ("a year ago", "DATE", "2020-Q3")]


def test_an_offset_from_a_date_moves_the_story_on_and_trading_days_skip_weekends():
    ref = date(1989, 10, 30)
    assert found("Two days after Oct. 12, it fell. Three days later it rose.", ref)[-1] == (
        "Three days later", "DATE", "1989-10-17")
    assert found("Eight trading days after Oct. 12, the index had dropped. "
                 "Three days later it was down 6%.", ref)[-1] == (
        "Three days later", "DATE", "1989-10-27")
    assert found("Two days before Oct. 12 it fell. The next day it rose.", ref)[-1] == (
        "The next day", "DATE", "1989-10-11")


def test_at_this_moment_is_the_present_with_or_without_an_adjective():
    assert found("He would not travel at this crucial moment.") == [
        ("this crucial moment", "DATE", "PRESENT_REF")]
    assert found("This moment of crisis passed.") == []


def test_a_thing_months_old_is_a_duration_up_to_now_but_ages_are_not():
    ref = date(1998, 3, 22)
    got = extract("Extremists opposed the IRA's 8-month-old truce.", ref)
    assert [(t.text, t.type, t.value, t.start, t.end) for t in got] == [
        ("8-month-old", "DURATION", "P8M", date(1997, 7, 22), ref)]
    assert found("A 44-year-old man and a 3-month-old baby were hurt.", ref) == []
    assert found("A month-old truce held.", ref) == [("month-old", "DURATION", "P1M")]


def test_year_end_is_the_closing_day_and_since_year_end_last_year_s():
    ref = date(1989, 10, 30)
    got = [(t.text, t.value, t.mod) for t in extract(
        "The change is since year-end. The deal should close by year-end. Year-end bonuses "
        "fell; the end of the year was quiet.", ref)]
    assert got == [("year-end", "1988-12-31", None), ("year-end", "1989-12-31", None),
                   ("Year-end", "1989", "END"), ("the end of the year", "1989", "END")]
    assert found("Acme expects to close the deal by year-end.", date(2024, 2, 6)) == [
        ("year-end", "DATE", "2024-12-31")]


def test_hours_a_day_is_a_rate():
    assert found("Police stood outside, 24 hours a day.") == [("24 hours a day", "SET", "P1D")]
    assert found("It took 24 hours.") == [("24 hours", "DURATION", "PT24H")]


def test_one_day_between_a_subject_and_its_verb_is_someday():
    assert found("He hopes he one day follows Glenn.") == [("one day", "DATE", "FUTURE_REF")]
    assert found("We spent one day there.") == [("one day", "DURATION", "P1D")]


def test_the_quarter_is_the_last_one_the_story_named_even_after_other_dates():
    ref = date(2021, 10, 26)
    text = ("The company earned $5 million in the fiscal first quarter. Earlier this month, "
            "it said it expected to break even for the quarter. Problems began in April, "
            "and half the systems shipped in the quarter were new.")
    assert [(t, v) for t, _, v in found(text, ref)] == [
        ("the fiscal first quarter", "2021-Q1"), ("Earlier this month", "2021-10"),
        ("the quarter", "2021-Q1"), ("April", "2021-04"), ("the quarter", "2021-Q1")]


def test_a_clock_time_whose_day_is_not_written_dates_no_event():
    ref = date(1999, 4, 19)
    text = ("Slepian was killed on Oct. 23, 1998. A jogger spotted the car near his house "
            "at 6 a.m. ten days before the shooting.")
    ten_days = extract(text, ref)[-1]
    assert (ten_days.text, ten_days.derived, ten_days.start) == ("ten days", (), None)
    attack = extract("On Friday, at 6 a.m., two days after the attack, troops moved in.", ref)[-1]
    assert [(d.text, d.value) for d in attack.derived] == [("the attack", "1999-04-14")]


def test_that_day_needs_a_day_the_story_dated():
    ref = date(1989, 10, 30)
    assert found("The crash came in 1987. Traders who sold that day lost money.", ref) == [
        ("1987", "DATE", "1987")]
    assert found("The plant closed on Oct. 12. That day, shares fell.", ref)[-1] == (
        "That day", "DATE", "1989-10-12")


def test_a_later_date_and_as_soon_as_possible_look_ahead():
    assert found("It will be financed at a later date and paid as soon as possible.") == [
        ("a later date", "DATE", "FUTURE_REF"), ("as soon as possible", "DATE", "FUTURE_REF")]


def test_vague_spans_of_quarters_and_bare_units_ago():
    ref = date(1989, 10, 27)
    assert found("Tax credits will cut payments in future quarters.", ref) == [
        ("future quarters", "DATE", "FUTURE_REF")]
    assert found("Sales fell in recent quarters and may rise in coming quarters.", ref) == [
        ("recent quarters", "DURATION", "PXQ"), ("coming quarters", "DATE", "FUTURE_REF")]
    assert found("The company, which just months ago was losing money, and years ago "
                 "made millions of dollars, hired him weeks ago.", ref) == [
        ("months ago", "DATE", "PAST_REF"), ("years ago", "DATE", "PAST_REF"),
        ("weeks ago", "DATE", "PAST_REF")]
    assert found("He left two years ago.", ref) == [("two years ago", "DATE", "1987")]


def test_an_infinitive_after_a_past_verb_does_not_look_ahead():
    ref = date(1989, 10, 27)
    assert found("Problems made it difficult for Sun to meet demand well into the summer.",
                 ref) == [("the summer", "DATE", "1989-SU")]
    assert found("Sun plans to meet demand well into the summer.", ref) == [
        ("the summer", "DATE", "1990-SU")]


def test_a_past_verb_governs_a_month_past_its_object():
    ref = date(1989, 10, 30)
    assert found("The operator changed from a fiscal year to a calendar year in December.",
                 ref) == [("December", "DATE", "1988-12")]
    assert found("The bank said it will redeem 9.5 million preferred shares in December.",
                 ref) == [("December", "DATE", "1989-12")]


def test_quarters_named_together_are_each_a_quarter_or_every_year_one():
    ref = date(1989, 10, 27)
    assert found("Business is usually done in the second and fourth quarters.", ref) == [
        ("second", "SET", "XXXX-Q2"), ("fourth quarters", "SET", "XXXX-Q4")]
    assert found("Sales fell in the first and second halves of 1988.", ref) == [
        ("first", "DATE", "1988-H1"), ("second halves of 1988", "DATE", "1988-H2")]
    assert found("It came third and fourth in the race.", ref) == []


def test_the_same_day_after_a_month_is_a_day_of_that_month():
    ref = date(1999, 2, 6)
    got = extract("Slepian was killed in October. His name was crossed out that same day.", ref)
    assert [(t.text, t.value, t.start, t.end, t.fuzzy) for t in got][-1] == (
        "that same day", "1998-10-XX", date(1998, 10, 1), date(1998, 10, 31), True)
    assert found("Funds fell last month. If news hits, you have redemptions that day.",
                 ref) == [("last month", "DATE", "1999-01")]


def test_a_unit_or_two_is_one_expression():
    assert found("Prices may recover in a year or two.") == [("a year or two", "DURATION", "P1Y")]


def test_a_hedged_clock_time_keeps_its_hedge_as_a_mod():
    ref = date(1998, 2, 12)
    got = [(t.text, t.value, t.mod) for t in extract(
        "The men came in around 7:15 p.m. and left shortly after midnight.", ref)]
    assert got == [("around 7:15 p.m.", "1998-02-12T19:15", "APPROX"),
                   ("shortly after midnight", "1998-02-13T00:00", "AFTER")]
    assert found("He will meet Aziz later this afternoon.", ref) == [
        ("later this afternoon", "TIME", "1998-02-12TAF")]
    assert found("He counted about 3 of them.", ref) == []


def test_a_period_ended_on_a_day_covers_the_months_up_to_that_day():
    ref = date(1989, 10, 26)
    text = ("Delta earned a record in the fiscal first quarter. For the quarter ended Sept. 30, "
            "net rose from $100 million a year earlier. In the year-ago quarter, the second "
            "quarter ended Oct. 31, it lost money. For the six months ended Aug. 12, sales rose.")
    got = [(t.text, t.value, t.start, t.end) for t in extract(text, ref)]
    assert got == [
        ("the fiscal first quarter", "1989-Q1", D("1989-07-01"), D("1989-09-30")),
        ("the quarter", "1989-Q1", D("1989-07-01"), D("1989-09-30")),
        ("Sept. 30", "1989-09-30", D("1989-09-30"), D("1989-09-30")),
        ("a year earlier", "1988-Q1", D("1988-07-01"), D("1988-09-30")),
        ("the year-ago quarter", "1988-Q1", D("1988-07-01"), D("1988-09-30")),
        ("the second quarter", "1988-Q2", D("1988-08-01"), D("1988-10-31")),
        ("Oct. 31", "1988-10-31", D("1988-10-31"), D("1988-10-31")),
        ("the six months", "P6M", D("1989-02-13"), D("1989-08-12")),
        ("Aug. 12", "1989-08-12", D("1989-08-12"), D("1989-08-12"))]


def test_a_unit_after_a_counted_plural_is_a_rate():
    assert found("The airline flies four flights a week and sells 700 seats a day.") == [
        ("a week", "SET", "P1W"), ("a day", "SET", "P1D")]
    assert found("We do hundreds of interviews a day.") == [("a day", "SET", "P1D")]
    assert found("They won two games a week ago.") == [("a week ago", "DATE", "2021-W26")]


def test_a_while_and_some_time_are_durations_of_unsaid_length():
    got = extract("Troops may stay for some time, and residents will live without power "
                  "for a while. They are there for a fairly lengthy period. He had waited for "
                  "a very long time. He left a while ago.", MON)
    assert [(t.text, t.type, t.value, t.start) for t in got] == [
        ("some time", "DURATION", "PXX", None), ("a while", "DURATION", "PXX", None),
        ("a fairly lengthy period", "DURATION", "PXX", None)]


def test_a_weekday_deadline_is_met_or_ahead_as_the_verb_says():
    ref = date(1989, 11, 1)  # a Wednesday
    assert found("Sony completed its offer, with holders tendering 99% of the shares by the "
                 "Tuesday deadline.", ref) == [("Tuesday", "DATE", "1989-10-31")]
    assert found("Holders must tender their shares by the Friday deadline.", ref) == [
        ("Friday", "DATE", "1989-11-03")]


def test_a_capitalised_article_belongs_to_the_quarter():
    ref = date(1989, 10, 27)
    assert found("Net rose in the third quarter. The latest quarter included a gain.", ref) == [
        ("the third quarter", "DATE", "1989-Q3"), ("The latest quarter", "DATE", "1989-Q3")]


def test_this_past_and_this_coming_halves_and_spelled_days():
    ref = date(1998, 3, 5)  # a Thursday
    assert found("Officials said this past weekend was calm; the vote is this coming Sunday, "
                 "March eighth.", ref) == [
        ("this past weekend", "DATE", "1998-W09-WE"),
        ("this coming Sunday, March eighth", "DATE", "1998-03-08")]
    assert found("He left this past Saturday and returns on March twenty-first.", ref) == [
        ("this past Saturday", "DATE", "1998-02-28"), ("March twenty-first", "DATE", "1998-03-21")]
    assert found("Sales in H1 2022 and 2H 2021 rose, but H1 visas were cut.", ref) == [
        ("H1 2022", "DATE", "2022-H1"), ("2H 2021", "DATE", "2021-H2")]
    assert found("The weekend was calm.", ref) == [("The weekend", "DATE", "1998-W09-WE")]


def test_a_clock_time_restated_in_another_zone_is_not_a_year():
    assert found("Voting closes at 8 p.m. local time (1800 GMT).") == [
        ("8 p.m. local time", "TIME", "2021-07-05T20:00")]


def test_a_quarter_of_a_game_is_no_date_and_4th_is_four():
    assert found("Profit rose in the 4th quarter.") == [("the 4th quarter", "DATE", "2020-Q4")]
    assert found("He scored 30 points in the 4th quarter and won in overtime.") == []
    assert found("The Dow fell 30 points in the fourth quarter.") == [
        ("the fourth quarter", "DATE", "2020-Q4")]


def test_named_weekdays_are_their_holiday_or_no_date():
    assert found("Shoppers came on Black Friday, rested on Easter Monday and fasted on Ash "
                 "Wednesday 2021.") == [("Black Friday", "DATE", "2020-11-27"),
                                ("Easter Monday", "DATE", "2021-04-05"),
                                ("Ash Wednesday 2021", "DATE", "2021-02-17")]
    assert found("The court will not sit on Whit Monday.", date(2019, 6, 5)) == [
        ("Whit Monday", "DATE", "2019-06-10")]
    assert found("Candidates campaigned before Super Tuesday and stocks fell on Black "
                 "Monday.") == []


def test_a_span_of_years_with_a_dash_is_both_years():
    assert found("The plan covers 2021-2025; the war (2001–2021) ended.") == [
        ("2021", "DATE", "2021"), ("2025", "DATE", "2025"),
        ("2001", "DATE", "2001"), ("2021", "DATE", "2021")]
    assert found("Call 1-800-2000 or dial 2025-2021.") == []


def test_an_abbreviated_weekday_without_its_dot_opens_a_date():
    assert found("Posted Fri, Jul 2, 2021.") == [("Fri, Jul 2, 2021", "DATE", "2021-07-02")]


def test_timestamps_and_clock_times_with_a_full_date_keep_the_year():
    assert found("Updated 2019-07-04T10:00:00Z.") == [
        ("2019-07-04T10:00:00Z", "TIME", "2019-07-04T10:00")]
    assert found("The offer expires at 5 p.m. EST, Nov. 6, 1989.") == [
        ("5 p.m. EST, Nov. 6, 1989", "TIME", "1989-11-06T17:00")]


def test_a_year_after_an_article_names_what_follows():
    assert found("He recalled the 1998 bombings and its 2020 sales.") == [
        ("1998", "DATE", "1998"), ("2020", "DATE", "2020")]
    assert found("They sent 2000 troops.") == []
    assert found("He expects 1992 sales to top $400 million; the deadline to file 2005 returns "
                 "nears.") == [("1992", "DATE", "1992"), ("2005", "DATE", "2005")]
    assert found("It was the 1982 Supreme Court decision.") == [("1982", "DATE", "1982")]
    assert found("But 2016 was the warmest year on record.") == [("2016", "DATE", "2016")]


def test_a_fiscal_year_ended_on_a_day_moves_only_itself():
    ref = date(1989, 10, 26)
    got = [(t.text, t.start, t.end) for t in extract(
        "Net for fiscal 1989 ended Sept. 30 rose. Prices rose in 1989.", ref)]
    assert got == [("fiscal 1989", D("1988-10-01"), D("1989-09-30")),
                   ("Sept. 30", D("1989-09-30"), D("1989-09-30")),
                   ("1989", D("1989-01-01"), D("1989-12-31"))]


def test_time_granted_until_a_day_runs_ahead_and_may_s_is_the_month():
    ref = date(2022, 11, 16)  # a Wednesday
    assert found("Twitter gave employees until 5 p.m. Thursday to decide.", ref) == [
        ("5 p.m. Thursday", "TIME", "2022-11-17T17:00")]
    assert found("The bank may raise rates, and investors will watch May's jobs data.",
                 date(2023, 3, 14)) == [("May", "DATE", "2023-05")]


def test_a_clock_time_on_a_day_written_after_it_is_on_that_day():
    ref = date(2023, 11, 20)
    assert found("Stores close on Thanksgiving but open at 5 a.m. on Black Friday.", ref) == [
        ("Thanksgiving", "DATE", "2023-11-23"), ("5 a.m.", "TIME", "2023-11-24T05:00"),
        ("Black Friday", "DATE", "2023-11-24")]
    assert found("The Bills scored 14 points in the fourth quarter.", ref) == []


def test_the_verb_of_the_next_clause_does_not_govern_a_weekday():
    ref = date(2008, 11, 5)  # a Wednesday
    assert found("Obama was elected the first black president of the United States on Tuesday "
                 "and will be sworn in on January 20.", ref) == [
        ("Tuesday", "DATE", "2008-11-04"), ("January 20", "DATE", "2009-01-20")]
    assert found("On Tuesday and Thursday, ministers will meet.", ref) == [
        ("Tuesday", "DATE", "2008-11-11"), ("Thursday", "DATE", "2008-11-13")]  # in that order


def test_broadcast_style_lower_case_and_spelled_clock_times():
    ref = date(2004, 7, 19)  # a Monday
    assert found("we'll have more at four o'clock this afternoon. police say the robbery "
                 "happened at ten o'clock last night.", ref) == [
        ("four o'clock this afternoon", "TIME", "2004-07-19T16:00"),
        ("ten o'clock last night", "TIME", "2004-07-18T22:00")]
    assert found("the trial opened on may twelfth, and talks resume at nine a.m. tomorrow. "
                 "the storm could reach the coast by thursday evening.", ref) == [
        ("may twelfth", "DATE", "2004-05-12"), ("nine a.m. tomorrow", "TIME", "2004-07-20T09:00"),
        ("thursday evening", "TIME", "2004-07-22TEV")]
    assert found("ten people may die; one of them left.", ref) == []


def test_today_in_a_clock_time_is_the_publication_day_and_tonight_s_is_tonight():
    ref = date(2004, 7, 19)
    assert found("The final, to be held on 1 August, went on sale at 9am today.", ref) == [
        ("1 August", "DATE", "2004-08-01"), ("9am today", "TIME", "2004-07-19T09:00")]
    assert found("Tonight's fireworks will begin at 10.30pm.", ref) == [
        ("Tonight", "TIME", "2004-07-19TNI"), ("10.30pm", "TIME", "2004-07-19T22:30")]


def test_a_verb_spelled_as_its_present_or_a_noun_is_no_sure_past():
    ref = date(2014, 6, 18)
    assert found("The board will meet and is expected to vote on the rate cut in July.",
                 ref) == [("July", "DATE", "2014-07")]


def test_a_reporting_verb_after_a_date_governs_it_not_the_clause_it_reports():
    ref = date(2011, 5, 4)  # a Wednesday
    assert found("On Tuesday, the White House said it would not release the photos.", ref) == [
        ("Tuesday", "DATE", "2011-05-03")]


def test_a_length_in_two_units_is_one_duration():
    got = extract("It lost contact an hour and 45 minutes into its descent. He has lived there "
                  "for two years and three months. They met two years and three days ago.", MON)
    assert [(t.text, t.value, t.start) for t in got] == [
        ("an hour and 45 minutes", "PT1H45M", None),
        ("two years and three months", "P2Y3M", D("2019-04-05")),
        ("two years", "P2Y", None), ("three days ago", "2021-07-02", D("2021-07-02"))]


def test_titles_names_and_addresses_holding_date_words_are_no_dates():
    ref = date(2019, 4, 10)
    assert found("Critics panned The Day After Tomorrow, and Friday Night Lights drew 6 "
                 "million viewers. Easter Island and Christmas Island are remote. They read "
                 "Nineteen Eighty-Four at 1600 Pennsylvania Avenue.", ref) == []
    assert found("Worshipers at the Easter Mass will hear the organ.", date(1988, 4, 3)) == [
        ("Easter", "DATE", "1988-04-03")]  # a holiday's Mass is held on the day
    assert found("The bells rang at the Easter Vigil Saturday night.", date(2025, 4, 20)) == [
        ("Saturday night", "TIME", "2025-04-19TNI")]  # the vigil is the night before
    assert found("He left on Friday night, and in nineteen eighty-four, on Christmas Day.",
                 ref) == [("Friday night", "TIME", "2019-04-05TNI"),
                          ("nineteen eighty-four", "DATE", "1984"),
                          ("Christmas Day", "DATE", "2018-12-25")]


def test_a_holiday_or_season_naming_a_kind_of_thing_is_no_date():
    ref = date(2020, 12, 10)
    assert found("Crews will collect Christmas trees, and children hunted Easter eggs and "
                 "sold Easter lilies at the Christmas market.", ref) == []
    assert found("Christmas dinner and the Easter parade will draw crowds.", date(2021, 3, 1)) == [
        ("Christmas", "DATE", "2021-12-25"), ("Easter", "DATE", "2021-04-04")]
    assert found("Shoppers in winter coats bought spring clothes after the winter storm, and "
                 "winter wheat prices rose.", ref) == []
    assert found("The station added Christmas songs and a Lunar New Year stamp.", ref) == []
    assert found("If your New Year's resolution is to get out more, join a league.", ref) == []
    assert found("She learned to get back onto a board after a fall, and to find a spring.",
                 ref) == []
    assert found("Juneteenth became a federal holiday, and Christmas was a quiet holiday.",
                 date(2021, 1, 5)) == [("Christmas", "DATE", "2020-12-25")]
    assert found("Seniors in winter sports lost the spring championships and winter break.",
                 ref) == []
    assert found("A hot spring began boiling near a freshwater spring; they sold Christmas "
                 "greens.", ref) == []
    assert found("Managers opened a gill-net period for summer chinook and fall chum, and more "
                 "adults signed up for fall leagues.", ref) == []
    assert found("A dry, hot spring pushed prices up.", ref) == [("spring", "DATE", "2020-SP")]
    assert found("The Presidents Day storm closed the park.", date(2021, 3, 1)) == [
        ("Presidents Day", "DATE", "2021-02-15")]


def test_a_month_named_beside_a_name_or_kin_is_a_first_name():
    ref = date(2015, 6, 10)
    assert found("When Harold and June Brandt won the lottery, his wife, June, quit.", ref) == []
    assert found("Sales fell in April and June, Smith said.", ref) == [
        ("April", "DATE", "2015-04"), ("June", "DATE", "2015-06")]


def test_the_night_or_evening_spent_is_the_story_s_and_a_night_gone_by_is_last_night():
    ref = date(1992, 2, 28)  # a Friday
    assert found("The storm hit Sunday afternoon, and crews spent the evening pumping water "
                 "out of bunkers.", ref)[1] == ("the evening", "TIME", "1992-02-23TEV")
    assert found("Volunteers arrived this morning. They had worked through the night hauling "
                 "trays.", ref)[1] == ("the night", "TIME", "1992-02-27TNI")
    assert found("He was born on Feb. 29, 1928. He will spend the afternoon in the stand.",
                 ref)[1] == ("the afternoon", "TIME", "1992-02-28TAF")


def test_most_recently_and_current_water_are_no_references():
    ref = date(2015, 4, 20)
    assert found("The show was canceled twice, most recently in 1996.", ref) == [
        ("1996", "DATE", "1996")]
    assert found("It housed a law office and, most recently, a thrift shop.", ref) == [
        ("recently", "DATE", "PAST_REF")]
    assert found("Two swimmers were caught in a rip current off the pier, and the current at "
                 "the point gets strong.", ref) == []
    assert found("The current system misses storms that fell recently.", ref) == [
        ("current", "DATE", "PRESENT_REF"), ("recently", "DATE", "PAST_REF")]


def test_a_habit_in_the_present_tells_no_plan():
    assert found("Walter Pruitt, 57, of Mystic, Conn., left Hyannis alone aboard his 34-foot "
                 "sloop Friday afternoon for what is usually a sail of three hours to "
                 "Nantucket.", date(1992, 8, 10))[0] == (
        "Friday afternoon", "TIME", "1992-08-07TAF")
    assert found("The conservatory will be open Monday, when it is normally closed.",
                 date(2006, 4, 12)) == [("Monday", "DATE", "2006-04-17")]


def test_a_verb_looking_ahead_outweighs_half_a_year():
    assert found("The film opens in theaters on Nov. 20.", date(2020, 1, 15)) == [
        ("Nov. 20", "DATE", "2020-11-20")]
    assert found("The film opened in theaters on Nov. 20.", date(2020, 1, 15)) == [
        ("Nov. 20", "DATE", "2019-11-20")]


def test_scheduling_verbs_running_into_a_day_and_years_past_2100():
    ref = date(2017, 3, 15)
    assert found("A judge today set a trial date of Sept. 18; he set a record on Sept. 18.",
                 ref) == [("today", "DATE", "2017-03-15"), ("Sept. 18", "DATE", "2017-09-18"),
                          ("Sept. 18", "DATE", "2016-09-18")]
    ref = date(2009, 12, 18)  # a Friday
    assert found("He said the conference could run into Saturday.", ref) == [
        ("Saturday", "DATE", "2009-12-19")]
    assert found("The talks dragged into Sunday.", ref) == [("Sunday", "DATE", "2009-12-13")]
    assert found("Such heat may come every three years by 2100.", ref) == [
        ("every three years", "SET", "P3Y"), ("2100", "DATE", "2100")]


def test_military_clock_times_are_no_durations():
    assert found("Troops moved at 2100 hours and at 0600 hours; the job took 1200 hours.") == [
        ("2100 hours", "TIME", "2021-07-05T21:00"), ("0600 hours", "TIME", "2021-07-05T06:00"),
        ("1200 hours", "DURATION", "PT1200H")]


def test_web_datelines_are_one_clock_time_on_their_day():
    assert found("Updated 10:31 AM EDT, Tue July 6, 2021") == [
        ("10:31 AM EDT, Tue July 6, 2021", "TIME", "2021-07-06T10:31")]
    assert found("Oct 3, 2017, 7:05 PM ET", date(2017, 10, 3)) == [
        ("Oct 3, 2017, 7:05 PM ET", "TIME", "2017-10-03T19:05")]
    assert found("Last modified on Tue 6 Jul 2021 09.41 BST") == [
        ("Tue 6 Jul 2021 09.41 BST", "TIME", "2021-07-06T09:41")]
    assert found("On March 3, 10 people died.", date(2023, 11, 20)) == [
        ("March 3", "DATE", "2023-03-03")]


def test_decades_and_centuries_ago_and_next():
    ref = date(2022, 5, 10)
    assert found("A century ago, the war ended; astronauts may return to the Moon next "
                 "decade, and the work will go on over the next decade.", ref) == [
        ("A century ago", "DATE", "1922"), ("next decade", "DATE", "203"),
        ("the next decade", "DURATION", "P10Y")]


def test_a_noun_cue_after_an_adjective_and_the_second_month_of_a_range():
    ref = date(2019, 9, 20)  # a Friday
    assert found("The company unveiled a 10-year plan on Thursday.", ref) == [
        ("10-year", "DURATION", "P10Y"), ("Thursday", "DATE", "2019-09-19")]
    assert found("Prices cooled between January and March.", date(2024, 4, 22)) == [
        ("January", "DATE", "2024-01"), ("March", "DATE", "2024-03")]


def test_court_dates_and_polling_days_lie_ahead():
    ref = date(2019, 3, 11)  # a Monday
    assert found("The suspect is being held without bail until a hearing on Thursday.",
                 ref) == [("Thursday", "DATE", "2019-03-14")]
    assert found("He was remanded in custody to reappear on April 30.", date(2018, 4, 3)) == [
        ("April 30", "DATE", "2018-04-30")]
    assert found("French voters go to the polls on Sunday.", date(2022, 4, 6)) == [
        ("Sunday", "DATE", "2022-04-10")]
    assert found("The candidates held final rallies on Thursday ahead of the runoff on Sunday.",
                 date(2007, 5, 4)) == [("Thursday", "DATE", "2007-05-03"),
                                       ("Sunday", "DATE", "2007-05-06")]


def test_a_verb_past_a_comma_does_not_govern_a_date_a_verb_before_it_governs():
    assert found("Biden, who took office in January, is expected to sign the bill.",
                 date(2021, 3, 11)) == [("January", "DATE", "2021-01")]
    assert found("EU leaders, who signed the treaty in December, will discuss it next week.",
                 date(2008, 6, 14)) == [("December", "DATE", "2007-12"),
                                        ("next week", "DATE", "2008-W25")]


def test_in_prose_a_day_and_its_clock_time_stay_apart():
    assert found("A man was shot early Saturday, around 3 a.m., police said.",
                 date(2014, 8, 11)) == [("early Saturday", "DATE", "2014-08-09"),
                                         ("around 3 a.m.", "TIME", "2014-08-09T03:00")]


def test_minutes_and_hours_later_count_from_the_last_clock_time():
    assert found("The plane took off at 8:19 p.m. Twelve minutes later, it exploded.",
                 date(1996, 7, 18)) == [("8:19 p.m.", "TIME", "1996-07-18T20:19"),
                                        ("Twelve minutes later", "TIME", "1996-07-18T20:31")]
    assert found("The rally began at 11:30 p.m. Friday. An hour and 45 minutes later, police "
                 "moved in; a minute and a half later the crowd ran.", date(2020, 6, 1)) == [
        ("11:30 p.m. Friday", "TIME", "2020-05-29T23:30"),
        ("An hour and 45 minutes later", "TIME", "2020-05-30T01:15"),
        ("a minute and a half later", "TIME", "2020-05-30T01:16:30")]
    # another day told since: the clock time no longer holds
    assert found("He was hurt at 3 p.m. Friday. On Saturday he was moved. Two hours later, "
                 "he died.", date(2020, 6, 1))[-1] == ("Two hours later", "DATE", "2020-05-30")
    assert found("He left a year and six months ago.", date(2020, 6, 1)) == [
        ("a year and six months ago", "DATE", "2018")]


def test_the_end_of_a_quarter_is_that_quarter_with_its_edge():
    t = one("The deal should close by the end of the first quarter of 2020.", date(2019, 11, 8))
    assert (t.text, t.value, t.mod) == ("the end of the first quarter of 2020", "2020-Q1", "END")
    assert found("Growth slowed at the start of the third quarter.", date(2019, 11, 8)) == [
        ("the start of the third quarter", "DATE", "2019-Q3")]


def test_a_part_of_the_day_is_of_the_day_the_story_tells():
    ref = date(2014, 3, 20)
    assert found("The storm hit on Tuesday. By late afternoon, the streets were flooded.",
                 ref) == [("Tuesday", "DATE", "2014-03-18"),
                          ("late afternoon", "TIME", "2014-03-18TAF")]
    assert found("The vote was held Tuesday; results came in the evening.", ref)[-1] == (
        "the evening", "TIME", "2014-03-18TEV")
    assert found("The vote was held Tuesday; results came in the early evening.", ref)[-1] == (
        "the early evening", "TIME", "2014-03-18TEV")
    assert found("The outage lasted until early afternoon.", ref) == [
        ("early afternoon", "TIME", "2014-03-20TAF")]
    assert found("She jogs in the morning.", ref) == []  # no day told: every morning
    assert found("Officials said they would add extra trains in the afternoon.", ref) == [
        ("the afternoon", "TIME", "2014-03-20TAF")]  # ahead, no day told: today's
    assert found("Police launched an early morning raid on Tuesday.", ref) == [
        ("Tuesday", "DATE", "2014-03-18")]


def test_a_spell_of_unsaid_length_before_of_or_ahead():
    assert found("The nominee was named Thursday, ending weeks of speculation.",
                 date(2019, 10, 11))[-1] == ("weeks", "DURATION", "PXW")
    assert found("The console sold out within hours of its debut.", date(2019, 10, 11)) == [
        ("hours", "DURATION", "PTXH")]
    assert found("Tulips have bloomed weeks ahead of schedule.", date(2019, 10, 11)) == [
        ("weeks", "DURATION", "PXW")]
    assert found("It costs billions of dollars and years of work.", date(2019, 10, 11)) == [
        ("years", "DURATION", "PXY")]
    assert found("He was arrested in the early hours of Thursday morning.",
                 date(2019, 10, 11)) == [("Thursday morning", "TIME", "2019-10-10TMO")]


def test_a_decade_ends_a_sentence_as_any_word_does():
    # "the 1950s." closes the sentence: the next one's past verb is not this date's
    assert found("The show, which runs through Aug. 25, surveys painting since the 1950s. "
                 "Its architect said the design was inspired by grain elevators.",
                 date(2002, 3, 27))[0] == ("Aug. 25", "DATE", "2002-08-25")


def test_last_year_compares_a_month_of_its_own_sentence_only():
    assert found("October sales were $5 million, up from $4 million last year.",
                 date(2008, 11, 5)) == [("October", "DATE", "2008-10"),
                                        ("last year", "DATE", "2007-10")]
    assert found("Her album, released last March, sold well. The broadcast drew 14 million "
                 "viewers, up from 11 million last year.", date(2008, 2, 11)) == [
        ("last March", "DATE", "2007-03"), ("last year", "DATE", "2007")]


def test_a_count_before_last_year_is_no_comparison():
    assert found("First-quarter revenue rose 19 percent. The company opened 12 centers in "
                 "March and 12 last year.", date(2024, 4, 16))[-1] == (
        "last year", "DATE", "2023")


def test_a_clock_time_keeps_the_story_day_past_a_year_named_between():
    assert found("A jury acquitted the officer Wednesday of charges from a 2009 arrest. "
                 "Jurors returned their verdict shortly before noon.", date(2011, 5, 26))[-1] == (
        "shortly before noon", "TIME", "2011-05-25T12:00")


def test_a_title_in_quotes_is_a_name():
    ref = date(2008, 2, 11)
    assert found('The horror film "Friday the 13th Returns" opens April 15.', ref) == [
        ("April 15", "DATE", "2008-04-15")]
    assert found("She finished her final book, “Late October,” last spring.", ref) == [
        ("last spring", "DATE", "2007-SP")]
    assert found('"We will meet on Friday," he said.', ref) == [
        ("Friday", "DATE", "2008-02-15")]  # a quotation, not a title


def test_holidays_named_with_an_apostrophe_or_by_their_weekday_in_the_month():
    ref = date(2019, 2, 15)
    assert found("The film opened Thursday, timed to Valentine's Day.", ref)[-1] == (
        "Valentine's Day", "DATE", "2019-02-14")
    assert found("Banks close on Presidents' Day.", ref) == [
        ("Presidents' Day", "DATE", "2019-02-18")]
    assert found("Stores open early on Black Friday.", ref) == [
        ("Black Friday", "DATE", "2019-11-29")]
    assert found("Parades are planned for Mother's Day.", ref) == [
        ("Mother's Day", "DATE", "2019-05-12")]


def test_coming_units_without_an_article_are_some_time_ahead():
    assert found("Other states may adopt similar rules in coming years.") == [
        ("coming years", "DATE", "FUTURE_REF")]
    assert found("Talks will resume in the coming weeks.") == [
        ("the coming weeks", "DURATION", "PXW")]


def test_awards_names_and_compounds_are_no_dates():
    ref = date(2011, 3, 19)
    assert found("She won album of the year, at the ceremony.", ref) == []
    assert found("Fans have embraced the team's run through March Madness.", ref) == []
    assert found("Its shares rose 6 percent in after-hours trading.", ref) == []


def test_a_race_time_is_one_duration_without_and():
    assert found("She set her personal best of 2 hours 21 minutes in London.") == [
        ("2 hours 21 minutes", "DURATION", "PT2H21M")]
    assert found("In 2 years 10 people died.") == [("2 years", "DURATION", "P2Y")]


def test_a_date_set_inside_its_noun_lies_ahead():
    assert found("A judge Monday set a June 3 trial date for the clerk.", date(2013, 1, 15)) == [
        ("Monday", "DATE", "2013-01-14"), ("June 3", "DATE", "2013-06-03")]
    assert found("He set a June record.", date(2013, 1, 15)) == [("June", "DATE", "2012-06")]


def test_a_notice_issued_for_a_time_runs_ahead_and_a_range_of_days_ends_days_later():
    assert found("The weather service issued a high wind watch from 6 p.m. Saturday to noon "
                 "Sunday.", date(2010, 10, 27)) == [
        ("6 p.m. Saturday", "TIME", "2010-10-30T18:00"),
        ("noon Sunday", "TIME", "2010-10-31T12:00")]
    assert found("Drizzle had fallen Sunday night, and the weather service had posted an advisory "
                 "until 9 a.m. Monday.", date(1989, 1, 17))[-1] == (
        "9 a.m. Monday", "TIME", "1989-01-16T09:00")
    assert found("The airport canceled nearly all flights for Monday.", date(2021, 2, 14)) == [
        ("Monday", "DATE", "2021-02-15")]
    assert found("The governor declared a state of emergency on Monday.", date(2010, 10, 27)) == [
        ("Monday", "DATE", "2010-10-25")]


def test_a_year_opening_the_sentence_holds_its_months_and_days():
    ref = date(2018, 6, 15)
    assert found("Last year, the first heat wave did not arrive until mid-July.", ref) == [
        ("Last year", "DATE", "2017"), ("mid-July", "DATE", "2017-07")]
    assert found("In 2016, the heat wave arrived in September and ended on Oct. 3.", ref) == [
        ("2016", "DATE", "2016"), ("September", "DATE", "2016-09"),
        ("Oct. 3", "DATE", "2016-10-03")]
    assert found("In 2016 sales rose, and the company will report results in September.",
                 ref)[-1] == ("September", "DATE", "2018-09")  # "will": ahead
    assert found("The treasurer, who held the office from 2013 until she resigned in January, "
                 "pleaded not guilty.", ref)[-1] == ("January", "DATE", "2018-01")


def test_a_season_planned_for():
    assert found("A larger trial is planned for the fall.", date(2000, 3, 1)) == [
        ("the fall", "DATE", "2000-FA")]
    assert found("He was blamed for the fall of the government.", date(2000, 3, 1)) == []


def test_the_article_of_an_attributive_length_is_the_noun_s():
    assert found("He targeted victims over a six-month period.") == [
        ("six-month", "DURATION", "P6M")]
    assert found("It took about a dozen years.") == [("a dozen years", "DURATION", "P12Y")]


def test_the_following_season_comes_after_the_date_told():
    ref = date(2011, 5, 3)
    assert found("Folk collectors found him in 1968, and he played Newport the following "
                 "summer.", ref) == [("1968", "DATE", "1968"),
                                     ("the following summer", "DATE", "1969-SU")]
    assert found("In 1968 he left. The previous winter, he had married.", ref)[-1] == (
        "The previous winter", "DATE", "1967-WI")


def test_that_season_or_month_after_a_year_falls_in_that_year():
    ref = date(2001, 6, 14)
    assert found("He joined the paper in 1973 and took over the page that fall.", ref)[-1] == (
        "that fall", "DATE", "1973-FA")
    assert found("She turned pro in 1989 and won her first title that October.", ref)[-1] == (
        "that October", "DATE", "1989-10")


def test_half_a_unit_is_half():
    assert found("She practiced medicine for more than half a century.") == [
        ("more than half a century", "DURATION", "P50Y")]
    assert found("It took half an hour.") == [("half an hour", "DURATION", "PT30M")]


def test_a_clock_range_shares_its_day_and_clock_times_follow_the_clause():
    assert found("Visitation is from 4 p.m. to 8 p.m. Sunday.", date(2002, 2, 7)) == [
        ("4 p.m.", "TIME", "2002-02-10T16:00"), ("8 p.m. Sunday", "TIME", "2002-02-10T20:00")]
    assert found("A heat advisory is in effect from noon today until 8 p.m. Tuesday.",
                 date(2021, 8, 9))[0] == ("noon today", "TIME", "2021-08-09T12:00")
    # after "yesterday", a clock time ahead is today's
    assert found("Thermometers reached 104 degrees yesterday, breaking a record set in 1936. "
                 "The centers will stay open until 9 p.m.", date(2005, 8, 13))[-1] == (
        "9 p.m.", "TIME", "2005-08-13T21:00")


def test_for_the_season_looks_ahead_and_that_opens_a_clause_of_its_own():
    assert found("The city hired 85 lifeguards for the summer.", date(2013, 5, 29)) == [
        ("the summer", "DATE", "2013-SU")]
    assert found("Organizers reminded residents that clocks move ahead one hour on March 10.",
                 date(2024, 3, 2))[-1] == ("March 10", "DATE", "2024-03-10")


def test_a_quarter_long_ended_is_not_the_one_a_forward_verb_means():
    ref = date(2005, 2, 9)
    assert found("Most economists expect no change before the third quarter.", ref) == [
        ("the third quarter", "DATE", "2005-Q3")]
    assert found("The government will release its estimate tomorrow, after output shrank in "
                 "the first quarter.", date(2022, 7, 27))[-1] == (
        "the first quarter", "DATE", "2022-Q1")
    # the quarter just ended, even in the future tense
    assert found("The company expects to report third-quarter results.", date(1989, 10, 27)) == [
        ("third-quarter", "DATE", "1989-Q3")]


def test_names_that_open_with_a_time_word_and_more_holidays():
    ref = date(2006, 1, 12)
    assert found("The series continues with the Midnight Ramblers. He ran the Daily Sentinel's "
                 "city desk.", ref) == []
    assert found("Hundreds will march on Martin Luther King Jr. Day.", ref) == [
        ("Martin Luther King Jr. Day", "DATE", "2006-01-16")]
    assert found("The council will mark Earth Day.", ref) == [("Earth Day", "DATE", "2006-04-22")]
    assert found("Volunteers will mark World Oceans Day. Markets stay open through the Lantern "
                 "Festival, and through Songkran in Bangkok; sugarmakers wait until Town "
                 "Meeting Day.", ref) == [
        ("World Oceans Day", "DATE", "2006-06-08"), ("Lantern Festival", "DATE", "2006-02-12"),
        ("Songkran", "DATE", "2006-04-13"), ("Town Meeting Day", "DATE", "2006-03-07")]
    assert found("The play opens on the Ides of March.", ref) == [
        ("Ides of March", "DATE", "2006-03-15")]
    assert found("The fair will run until Thanksgiving Monday.", ref) == [
        ("Thanksgiving Monday", "DATE", "2006-10-09")]
    assert found("Vandals struck on Halloween eve. Officials marked World Blood Donor Day, and "
                 "roads were jammed on Thanksgiving eve.", ref) == [
        ("Halloween eve", "DATE", "2005-10-30"), ("World Blood Donor Day", "DATE", "2005-06-14"),
        ("Thanksgiving eve", "DATE", "2005-11-23")]


def test_weeks_from_a_day_are_a_day():
    assert found("The index closed at 2,089 Friday, up 3.3 percent from a week earlier.",
                 date(2015, 11, 22)) == [("Friday", "DATE", "2015-11-20"),
                                         ("a week earlier", "DATE", "2015-11-13")]


def test_a_futures_month_is_still_to_come():
    ref = date(2025, 1, 10)
    assert found("Brent crude for March delivery rose $1.25 a barrel.", ref) == [
        ("March", "DATE", "2025-03")]
    assert found("Bullion for December delivery settled at $273.40.", ref) == [
        ("December", "DATE", "2025-12")]


def test_the_following_week_counts_from_the_last_day_not_a_month_named_since():
    assert found("The board voted on May 12 to make up for storms that closed schools in "
                 "January. The state approved the change the following week.",
                 date(1997, 6, 8))[-1] == ("the following week", "DATE", "1997-W21")


def test_a_daily_that_is_a_newspaper_or_a_measure():
    ref = date(2000, 1, 28)
    assert found("The Communist Party daily Granma printed the letter. The business weekly "
                 "Barron's agreed.", ref) == []
    assert found("Both daily newspapers backed her. Average daily volume fell, the largest "
                 "monthly increase, and 850 hourly workers were paid.", ref) == []
    assert found("Pilgrims attend daily Mass, and the site is open daily April through October.",
                 ref) == [("daily", "SET", "P1D"), ("daily", "SET", "P1D"),
                          ("April", "DATE", "2000-04"), ("October", "DATE", "2000-10")]


def test_a_title_in_single_quotes_is_a_name():
    ref = date(2010, 6, 1)
    assert found("Pupils will write on Orwell's 'Nineteen Eighty-Four' and the company's Friday "
                 "report.", ref) == [("Friday", "DATE", "2010-06-04")]
    assert found('The novel "Anna\'s Late October" sold well.', ref) == []
    assert found("She starred in ‘Friday Night Lights’. Mortgage News Daily, which tracks rates "
                 "daily, agreed.", ref) == [("daily", "SET", "P1D")]


def test_bare_units_after_a_waiting_verb_or_a_comma():
    ref = date(2007, 4, 3)
    assert found("Travellers waited hours, and some stations have gone days without fuel.",
                 ref) == [("hours", "DURATION", "PTXH"), ("days", "DURATION", "PXD")]
    assert found("The lender filed for bankruptcy Monday, weeks after it stopped lending.",
                 ref) == [("Monday", "DATE", "2007-04-02"), ("weeks", "DURATION", "PXW")]
    assert found("He asserted privilege over the documents hours before the vote, in the weeks "
                 "before the election.", ref) == [("hours", "DURATION", "PTXH")]


def test_time_left_before_a_day_points_ahead():
    ref = date(1998, 3, 15)
    assert found("With two days left before Tuesday's primary, the candidates crisscrossed the "
                 "state. Polls will open at 7 a.m.", ref) == [
        ("two days", "DURATION", "P2D"), ("Tuesday", "DATE", "1998-03-17"),
        ("7 a.m.", "TIME", "1998-03-17T07:00")]
    assert found("Clashes Thursday night left four people dead.", ref)[0] == (
        "Thursday night", "TIME", "1998-03-12TNI")
    assert found("Pilots stopped work, with forecasters predicting landfall as early as Thursday "
                 "night.", ref) == [("Thursday night", "TIME", "1998-03-19TNI")]


def test_the_day_of_saying_leaves_the_story_on_the_day_ahead():
    ref = date(2015, 4, 16)
    assert found("Streets will close early Sunday for the marathon, police said today. "
                 "Closures will begin at 4 a.m., and offices will be shut that day.", ref) == [
        ("early Sunday", "DATE", "2015-04-19"), ("today", "DATE", "2015-04-16"),
        ("4 a.m.", "TIME", "2015-04-19T04:00"), ("that day", "DATE", "2015-04-19")]
    assert found("A Cessna crashed Tuesday evening, police said Wednesday. It had taken off at "
                 "6:30 p.m.", ref)[-1] == ("6:30 p.m.", "TIME", "2015-04-14T18:30")
    assert found("The plant closed Monday. The company said today that workers will gather at "
                 "3 p.m.", ref)[-1] == ("3 p.m.", "TIME", "2015-04-16T15:00")


def test_last_or_next_month_name_skips_the_month_next_door():
    ref = date(1998, 3, 1)
    assert found("Two helicopters crashed last February; the plant opened last January.",
                 ref) == [("last February", "DATE", "1997-02"), ("last January", "DATE", "1998-01")]
    assert found("The store will open next April and the mall next May.", ref) == [
        ("next April", "DATE", "1999-04"), ("next May", "DATE", "1998-05")]


def test_lowercase_may_is_a_modal_and_may_day_a_holiday():
    ref = date(2012, 11, 19)
    assert found("Organizers said workers may strike again on Black Friday.", ref) == [
        ("Black Friday", "DATE", "2012-11-23")]
    assert found("The suspect may have fled on Sunday. Workers marked May Day in May.", ref) == [
        ("Sunday", "DATE", "2012-11-18"), ("May Day", "DATE", "2012-05-01"),
        ("May", "DATE", "2012-05")]


def test_weeklong_and_a_schedule_that_wraps_up():
    ref = date(2022, 8, 22)
    assert found("She returned from a weeklong trip. The tour wraps up in Rochester Thursday "
                 "evening.", ref) == [("weeklong", "DURATION", "P1W"),
                                      ("Thursday evening", "TIME", "2022-08-25TEV")]


def test_a_past_verb_keeps_its_clock_time_off_a_day_ahead():
    ref = date(1999, 11, 30)
    assert found("The meeting is scheduled to run through Friday. The rally began at 10 a.m., "
                 "and the mayor imposed a curfew beginning at 7 p.m.", ref)[1:] == [
        ("10 a.m.", "TIME", "1999-11-30T10:00"), ("7 p.m.", "TIME", "1999-11-30T19:00")]
    assert found("The parade is on Thanksgiving. It steps off at 9 a.m.",
                 date(1996, 11, 23))[-1] == ("9 a.m.", "TIME", "1996-11-28T09:00")


def test_a_year_as_a_basis_and_a_month_pair():
    ref = date(2003, 8, 1)
    assert found("Bookings are 20 percent below 2002 levels. Traffic rose in both May and June, "
                 "and the vessels serve a weekly Asia-Europe loop.", ref) == [
        ("2002", "DATE", "2002"), ("May", "DATE", "2003-05"), ("June", "DATE", "2003-06"),
        ("weekly", "SET", "P1W")]


def test_plans_and_modals_that_put_a_day_ahead():
    ref = date(2019, 3, 13)
    assert found("The trade group said Friday would be the peak.", ref) == [
        ("Friday", "DATE", "2019-03-15")]
    assert found("The department hopes to finish the rule by January.", ref) == [
        ("January", "DATE", "2020-01")]
    assert found("The carrier said it hoped to resume service Sunday for passengers booked to "
                 "travel through Friday.", ref) == [("Sunday", "DATE", "2019-03-17"),
                                                    ("Friday", "DATE", "2019-03-15")]
    assert found("Officials had hoped to finish in the spring. Last year, the heat did not arrive "
                 "until mid-July.", date(2019, 8, 13)) == [("the spring", "DATE", "2019-SP"),
                                                           ("Last year", "DATE", "2018"),
                                                           ("mid-July", "DATE", "2018-07")]


def test_the_week_or_month_the_story_is_telling():
    ref = date(2011, 7, 6)
    assert found("Flights were on time in May, the department said Wednesday. Fines rose during "
                 "the month.", ref)[-1] == ("the month", "DATE", "2011-05")
    assert found("The index fell on Friday. For the week, it dropped 3.8%. It was the week's "
                 "busiest session.", date(1989, 10, 30))[1:] == [
        ("the week", "DATE", "1989-W43"), ("the week", "DATE", "1989-W43")]


def test_names_addresses_and_words_that_only_start_like_a_month():
    ref = date(2015, 5, 12)
    assert found("Marines of the 22nd Marine Expeditionary Unit sailed past the future USS "
                 "Allegheny to the store at 2001 Riverside Parkway.", ref) == []
    assert found("The survey ran from June to September 2014, and the rains pushed sales into "
                 "May.", ref) == [("June", "DATE", "2014-06"),
                                  ("September 2014", "DATE", "2014-09"), ("May", "DATE", "2015-05")]


def test_must_bid_and_followed_by():
    ref = date(2012, 6, 2)
    assert found("Services must be limited starting Wednesday. Those who raised rents after "
                 "Jan. 1 must refund them.", ref) == [("Wednesday", "DATE", "2012-06-06"),
                                                      ("Jan. 1", "DATE", "2012-01-01")]
    assert found("The pope bid farewell on Wednesday and will spend two months at the villa.",
                 ref)[0] == ("Wednesday", "DATE", "2012-05-30")
    assert found("A pageant will be broadcast Sunday, followed by a concert Monday evening.",
                 ref)[-1] == ("Monday evening", "TIME", "2012-06-04TEV")
    assert found("The networks will present their schedules for the fall to advertisers.",
                 ref) == [("the fall", "DATE", "2012-FA")]


def test_a_clock_time_ahead_takes_the_day_set_not_one_called_off():
    ref = date(2001, 10, 14)
    assert found("The show would be held Nov. 4. It had been set for Oct. 7 but was called off "
                 "that afternoon. CBS will carry it at 8 p.m. Eastern time.", ref)[-1] == (
        "8 p.m. Eastern time", "TIME", "2001-11-04T20:00")


def test_a_clock_time_of_an_event_is_on_the_day_the_story_leads_with():
    ref = date(2015, 3, 5)
    story = ("The council will vote Tuesday on a proposal. If approved, the rule would take "
             "effect April 1. {} at 7 p.m. at City Hall.")
    assert found(story.format("The meeting begins"), ref)[-1] == (
        "7 p.m.", "TIME", "2015-03-10T19:00")
    assert found(story.format("Crews will set up chairs"), ref)[-1] == (
        "7 p.m.", "TIME", "2015-04-01T19:00")  # no event: the last day told
    assert found("The fair opens today and runs through July 8. The parade steps off at 10 "
                 "a.m.", date(2007, 7, 4))[-1] == ("10 a.m.", "TIME", "2007-07-04T10:00")


def test_this_season_is_this_years_and_that_is_not_part_of_last_week():
    ref = date(2002, 10, 28)
    assert found("The bureau had sent more water to farms this spring and will cut it this "
                 "winter.", ref) == [("this spring", "DATE", "2002-SP"),
                                     ("this winter", "DATE", "2002-WI")]
    assert found("Intel said that last week a customer found flaws. That same week, sales fell.",
                 ref) == [("last week", "DATE", "2002-W43"), ("That same week", "DATE", "2002-W43")]


def test_a_past_verb_governing_the_date_outweighs_a_modal_after_it():
    ref = date(2010, 5, 5)
    assert found("A relief well that began drilling on Sunday could take three months.",
                 ref)[0] == ("Sunday", "DATE", "2010-05-02")
    assert found("Mrs. May's aides met Cinco de Mayo organizers. A ruling is expected by "
                 "February.", ref) == [("Cinco de Mayo", "DATE", "2010-05-05"),
                                       ("February", "DATE", "2011-02")]


def test_since_is_past_until_after_a_past_verb_and_an_adjective_after_will():
    assert found("Hearings have been suspended since March.", date(2021, 2, 9)) == [
        ("March", "DATE", "2020-03")]
    assert found("Rain began falling Tuesday night and did not let up until Thursday afternoon.",
                 date(1998, 2, 7))[-1] == ("Thursday afternoon", "TIME", "1998-02-05TAF")
    assert found("The ministry will present updated figures to Parliament on Wednesday.",
                 date(2008, 12, 1)) == [("Wednesday", "DATE", "2008-12-03")]


def test_a_year_compared_with_does_not_carry_the_story():
    assert found("Claims fell to 34,000 in 2004 from 49,400 in 2003, and the decline was steepest "
                 "in the fourth quarter.", date(2005, 3, 1))[-1] == (
        "the fourth quarter", "DATE", "2004-Q4")


def test_a_sentence_ends_after_p_m_unless_the_time_goes_on():
    ref = date(2001, 4, 22)
    assert found("A concert was scheduled to run until 6 p.m. Mr. Bush, speaking in Maryland on "
                 "Friday, said he would act.", ref)[-1] == ("Friday", "DATE", "2001-04-20")
    assert found("The rally ends at 6 p.m. Friday.", ref) == [
        ("6 p.m. Friday", "TIME", "2001-04-27T18:00")]


def test_a_date_after_since_does_not_carry_the_story():
    assert found("Agents found three bodies Sunday afternoon, bringing to 41 the deaths since "
                 "Oct. 1. A rancher called at 4:10 p.m.", date(2002, 5, 21))[-1] == (
        "4:10 p.m.", "TIME", "2002-05-19T16:10")


def test_weeks_after_a_day_are_a_day_and_a_clock_colon_ends_no_clause():
    ref = date(2001, 3, 20)
    assert found("Nominations were announced on Feb. 13, and the nominees gathered for a lunch "
                 "two weeks later.", ref)[-1] == ("two weeks later", "DATE", "2001-02-27")
    assert found("A statement is due at 2:15 p.m. on Wednesday.", ref)[-1] == (
        "Wednesday", "DATE", "2001-03-21")


def test_weather_seasons_spans_of_and_present_schedules():
    ref = date(2001, 10, 6)
    assert found("Farmers expect a smaller harvest after a dry summer. Growers said a wet spring "
                 "and a warm May had helped. A wet spring can ruin crops.", ref) == [
        ("summer", "DATE", "2001-SU"), ("spring", "DATE", "2001-SP"), ("May", "DATE", "2001-05")]
    assert found("The firm could not survive months of lost sales. The days of the week passed.",
                 ref) == [("months", "DURATION", "PXM")]
    assert found('He saw "2001: A Space Odyssey" in 1968. The festival opened Friday and runs '
                 "through Sunday, as NASA prepares to mark its anniversary on Wednesday.",
                 ref) == [("1968", "DATE", "1968"), ("Friday", "DATE", "2001-10-05"),
                          ("Sunday", "DATE", "2001-10-07"), ("Wednesday", "DATE", "2001-10-10")]


def test_cue_words_that_are_nouns_here():
    ref = date(2010, 4, 8)
    assert found("The city approved the garage's plans in January.", ref) == [
        ("January", "DATE", "2010-01")]
    assert found("The engineer was placed on leave on Monday. Engineers reported cracks near one "
                 "end of the span on Tuesday.", ref) == [("Monday", "DATE", "2010-04-05"),
                                                        ("Tuesday", "DATE", "2010-04-06")]
    assert found("The company plans to open a store on Tuesday. The Games end Sunday.", ref) == [
        ("Tuesday", "DATE", "2010-04-13"), ("Sunday", "DATE", "2010-04-11")]


def test_the_night_of_the_story_and_a_backstory_offset():
    assert found("The garage collapsed Monday evening. The slab below it had been poured four "
                 "days earlier. Rescuers worked through the night.", date(2000, 8, 29)) == [
        ("Monday evening", "TIME", "2000-08-28TEV"), ("four days earlier", "DATE", "2000-08-24"),
        ("the night", "TIME", "2000-08-28TNI")]


def test_names_are_not_verbs_and_a_that_clause_keeps_its_own_tense():
    ref = date(1997, 8, 2)
    assert found("Diane May told dealers on Thursday that inventories would recover.", ref) == [
        ("Thursday", "DATE", "1997-07-31")]
    assert found("Kovac reached the Australian Open final Friday night in a match that lasted "
                 "three hours.", ref)[0] == ("Friday night", "TIME", "1997-08-01TNI")
    assert found("Forecasters predicted another six inches of snow for Wednesday.", ref) == [
        ("Wednesday", "DATE", "1997-08-06")]


def test_a_rating_is_a_score_not_a_year():
    ref = date(2024, 4, 20)
    assert found("The top player is rated 1850 and hopes to reach a rating of 2000.", ref) == []
    assert found("He was rated 1999 player of the year.", ref) == [("1999", "DATE", "1999")]


def test_model_years_and_seasons_in_a_pair_or_as_late_as():
    ref = date(2004, 10, 10)
    assert found("Buyers waited for the 1998 models; the bus, a 1989 model, passed.", ref) == []
    assert found("The company will sell a hybrid in the fall and a pickup in the spring. It had "
                 "insisted as late as the summer that the latches were safe.", ref) == [
        ("the fall", "DATE", "2004-FA"), ("the spring", "DATE", "2005-SP"),
        ("the summer", "DATE", "2004-SU")]


def test_a_plan_made_in_the_past_tells_no_direction():
    ref = date(2018, 2, 10)
    assert found("The game had been scheduled to arrive in the spring.", ref) == [
        ("the spring", "DATE", "2018-SP")]
    assert found("The period had been scheduled to close on March 30.", ref) == [
        ("March 30", "DATE", "2018-03-30")]


def test_spans_before_an_event_weekends_and_a_founding_year():
    ref = date(2001, 9, 16)
    assert found("The outage came days before Christmas. In the first days after the vote, "
                 "troops moved.", ref)[0] == ("days", "DURATION", "PXD")
    assert found("Matches are streamed every weekend.", ref) == [
        ("every weekend", "SET", "XXXX-WXX-WE")]
    assert found("The studio, founded in 1993, will finish a game scheduled for release in the "
                 "fourth quarter.", ref)[-1] == ("the fourth quarter", "DATE", "2001-Q4")
    assert found("Suppliers halted production in the fall to repair plants. The fall to $3 hurt.",
                 ref) == [("the fall", "DATE", "2001-FA")]


def test_a_participle_after_an_article_is_an_adjective():
    assert found("Nevada regulators will hold a final public hearing Thursday on a proposed "
                 "lithium mine.", date(2012, 6, 18)) == [("Thursday", "DATE", "2012-06-21")]
    assert found("The House voted to impeach the president on Wednesday night.",
                 date(2019, 12, 20)) == [("Wednesday night", "TIME", "2019-12-18TNI")]


def test_a_holiday_part_of_day_and_a_past_perfect_by():
    ref = date(2013, 11, 20)
    assert found("Many stores will open on Thanksgiving evening, and the line goes on sale on "
                 "Thursday at 8 a.m.", ref) == [
        ("Thanksgiving evening", "TIME", "2013-11-28TEV"), ("Thursday", "DATE", "2013-11-21"),
        ("8 a.m.", "TIME", "2013-11-21T08:00")]
    assert found("Volunteers had counted 2,150 loggerhead turtle nests on the county beaches by "
                 "Saturday.", ref) == [("Saturday", "DATE", "2013-11-16")]
    assert found("Crowds gathered on Groundhog Day.", date(2013, 2, 5)) == [
        ("Groundhog Day", "DATE", "2013-02-02")]


def test_the_day_of_saying_after_on_and_for_a_past_clause():
    ref = date(2003, 11, 6)
    assert found("The orchestra will stage a free concert on Thanksgiving, the orchestra said on "
                 "Wednesday. The program begins at 2 p.m. Last year, it played on Christmas Eve.",
                 ref)[2:] == [("2 p.m.", "TIME", "2003-11-27T14:00"), ("Last year", "DATE", "2002"),
                              ("Christmas Eve", "DATE", "2002-12-24")]
    assert found("Schools will reopen on April 26, the minister announced on Tuesday. Unions "
                 "welcomed the decision the same day.", date(2021, 4, 16))[-1] == (
        "the same day", "DATE", "2021-04-13")


def test_more_holidays_the_evening_and_a_since_weekday():
    ref = date(2004, 10, 31)
    assert found("Talks continued yesterday and went on into the evening. MPs wore daffodils on "
                 "St David's Day and watched fireworks on the Fourth of July.", ref) == [
        ("yesterday", "DATE", "2004-10-30"), ("the evening", "TIME", "2004-10-30TEV"),
        ("St David's Day", "DATE", "2004-03-01"), ("the Fourth of July", "DATE", "2004-07-04")]
    assert found("A girl has been missing since Wednesday. She was last seen at 3:10 p.m.",
                 ref)[-1] == ("3:10 p.m.", "TIME", "2004-10-27T15:10")
    assert found("Complaints rose 14 percent in 2001 compared with the previous year.", ref) == [
        ("2001", "DATE", "2001"), ("the previous year", "DATE", "2000")]


def test_a_weekday_counted_in_its_month_and_the_weekend_a_holiday_names():
    ref = date(2021, 6, 2)  # a Wednesday
    assert found("The vote is set for the second Tuesday in November. The court opened on the "
                 "first Monday of October 2019.", ref) == [
        ("the second Tuesday in November", "DATE", "2021-11-09"),
        ("the first Monday of October 2019", "DATE", "2019-10-07")]
    assert found("He died on the last Friday of May.", ref) == [
        ("the last Friday of May", "DATE", "2021-05-28")]
    # a Monday holiday names the weekend before it, a Thursday or Sunday one its own
    assert found("Stores expect big crowds over the Labor Day weekend.", ref) == [
        ("the Labor Day weekend", "DATE", "2021-W35-WE")]
    assert found("The locks stay open until Labour Day.", ref) == [
        ("Labour Day", "DATE", "2021-09-06")]
    assert found("Sales over Thanksgiving weekend were up 4 percent.", ref) == [
        ("Thanksgiving weekend", "DATE", "2020-W48-WE")]
    assert found("Police will patrol the lake over the July 4 weekend.", ref) == [
        ("the July 4 weekend", "DATE", "2021-W26-WE")]
    assert found("Two boaters drowned over the Fourth of July weekend.", date(2022, 7, 6)) == [
        ("the Fourth of July weekend", "DATE", "2022-W26-WE")]  # July 4, 2022: a Monday


def test_a_span_for_some_time_afterward_and_a_holiday_every_year():
    ref = date(1999, 6, 1)
    assert found("He could be released in the spring of 2000. For three years afterward, he "
                 "may not use a computer.", ref) == [
        ("the spring of 2000", "DATE", "2000-SP"), ("three years", "DURATION", "P3Y")]
    assert found('"Every Fourth of July, people ask for flags," she said. Each Thanksgiving '
                 "the family gathers, and the backups run nightly.", ref) == [
        ("Every Fourth of July", "SET", "XXXX-07-04"), ("Each Thanksgiving", "SET", "P1Y"),
        ("nightly", "SET", "P1D")]


def test_years_before_1600_after_a_preposition_and_years_of_an_era():
    ref = date(1993, 8, 30)
    assert found("Among the finds was a silver penny struck in 1279, during the reign of "
                 "Edward I. The city fell in 1453.", ref) == [
        ("1279", "DATE", "1279"), ("1453", "DATE", "1453")]
    assert found("Police found 1279 cases in 1450 homes. Room 1450 is upstairs.", ref) == []
    assert found("The settlement dates to 1300 B.C., the fort to A.D. 250; Vesuvius erupted "
                 "in AD 79.", ref) == [
        ("1300 B.C.", "DATE", "BC1300"), ("A.D. 250", "DATE", "0250"), ("AD 79", "DATE", "0079")]


def test_a_speed_or_a_wage_is_no_span_of_time_and_a_holiday_takes_its_year_after_a_comma():
    ref = date(2016, 11, 30)
    assert found("Winds gusting to 50 miles an hour drove the fire 1,000 acres an hour. He earns "
                 "$50 an hour. It took them an hour.", ref) == [("an hour", "DURATION", "PT1H")]
    assert found("The hoard was found on St. Patrick's Day, 1991, by a farmer.", ref) == [
        ("St. Patrick's Day, 1991", "DATE", "1991-03-17")]


def test_an_adjective_after_a_bare_verb_a_schedule_that_falls_and_a_start_ahead():
    ref = date(2002, 6, 20)  # a Thursday
    assert found("Forecasters expect a cold front to bring scattered showers Saturday night.",
                 ref) == [("Saturday night", "TIME", "2002-06-22TNI")]
    assert found("The solstice falls on Friday.", ref) == [("Friday", "DATE", "2002-06-21")]
    assert found("Officials asked residents to stop watering lawns starting Monday. Guards "
                 "threatened a strike beginning at midnight Sunday.", ref) == [
        ("Monday", "DATE", "2002-06-24"), ("midnight Sunday", "TIME", "2002-06-23T24:00")]
    # a name between "to" and "said" is no verb: "said" still tells the past
    assert found("The ambassador to Venezuela said on Tuesday that Iraq would retaliate.",
                 ref) == [("Tuesday", "DATE", "2002-06-18")]


def test_the_weekend_of_a_date_and_more_holidays():
    ref = date(2015, 7, 20)
    assert found("The bridge will close the weekend of July 24.", ref) == [
        ("the weekend of July 24", "DATE", "2015-W30-WE")]
    assert found("Crowds gathered on Waitangi Day, Anzac Day and Assumption Day.",
                 date(2015, 9, 1)) == [
        ("Waitangi Day", "DATE", "2015-02-06"), ("Anzac Day", "DATE", "2015-04-25"),
        ("Assumption Day", "DATE", "2015-08-15")]


def test_by_a_date_after_a_past_verb_is_how_far_things_got():
    ref = date(1996, 6, 20)  # a Thursday
    assert found("The fire grew to 9,000 acres by Tuesday and forced the evacuation of the "
                 "town that evening. By Monday afternoon the bridge was gone.", ref) == [
        ("Tuesday", "DATE", "1996-06-18"), ("that evening", "TIME", "1996-06-18TEV"),
        ("Monday afternoon", "TIME", "1996-06-17TAF")]
    # the comma of a number does not cut the verb off from its date
    assert found("The number fell to roughly 8,000 by Sunday night.", ref) == [
        ("Sunday night", "TIME", "1996-06-16TNI")]
    # a deadline set, foreseen or still open stays ahead
    assert found("The judge ordered him to surrender his passport by Friday. Forecasters "
                 "predicted rain by Saturday.", ref) == [
        ("Friday", "DATE", "1996-06-21"), ("Saturday", "DATE", "1996-06-22")]


def test_a_day_ahead_in_a_report_is_ahead_of_the_day_of_saying():
    ref = date(2009, 8, 31)  # a Monday
    assert found("Officials said Thursday that they expected to contain the fire by Friday.",
                 ref) == [("Thursday", "DATE", "2009-08-27"), ("Friday", "DATE", "2009-08-28")]
    assert found("Officials said today that they would meet again on Friday.", ref) == [
        ("today", "DATE", "2009-08-31"), ("Friday", "DATE", "2009-09-04")]


def test_a_clock_range_that_passes_midnight_ends_the_next_day():
    ref = date(2016, 11, 29)
    assert found("The town stayed closed under a curfew from 6 p.m. to 6 a.m. The alarm "
                 "sounded at 11:30 a.m. Four minutes later, the roof collapsed.", ref) == [
        ("6 p.m.", "TIME", "2016-11-29T18:00"), ("6 a.m.", "TIME", "2016-11-30T06:00"),
        ("11:30 a.m.", "TIME", "2016-11-29T11:30"),
        ("Four minutes later", "TIME", "2016-11-29T11:34")]
    assert found("The museum is open from 10 a.m. to 5 p.m.", ref) == [
        ("10 a.m.", "TIME", "2016-11-29T10:00"), ("5 p.m.", "TIME", "2016-11-29T17:00")]


def test_the_end_of_next_week_is_deictic_and_tore_open_is_no_plan():
    ref = date(2008, 2, 29)  # a Friday
    assert found("The layoffs will take effect March 14. Work will stop by the end of next "
                 "week.", ref) == [
        ("March 14", "DATE", "2008-03-14"), ("the end of next week", "DATE", "2008-W10")]
    assert found("Engineers climbed onto the roof to repair the panels that tore open under "
                 "heavy snow early Wednesday.", ref) == [("early Wednesday", "DATE", "2008-02-27")]


def test_not_until_a_date_in_the_past_is_when_it_happened():
    ref = date(1989, 9, 4)  # a Monday
    assert found("The county did not approve the building rules until February. The agency "
                 "didn't announce the results until Tuesday.", ref) == [
        ("February", "DATE", "1989-02"), ("Tuesday", "DATE", "1989-08-29")]
    assert found("The bridge will stay closed until Tuesday.", ref) == [
        ("Tuesday", "DATE", "1989-09-05")]
    assert found("The pier will stay closed past the lighthouse until spring.",
                 date(2003, 12, 19)) == [("spring", "DATE", "2004-SP")]


def test_the_last_day_of_a_month_and_a_school_year_is_no_count_of_years():
    assert found("The deal closed on the last day of June. The law takes effect on the first "
                 "day of January 2022.") == [
        ("the last day of June", "DATE", "2021-06-30"),
        ("the first day of January 2022", "DATE", "2022-01-01")]
    assert found("He taught in the 2019-20 school year.") == []


def test_a_count_with_a_half_before_its_unit_is_one_span():
    assert found("Trains will cover it in two and a half hours, a minute and a half faster.") == [
        ("two and a half hours", "DURATION", "PT2H30M"),
        ("a minute and a half", "DURATION", "PT1M30S")]


def test_seasons_and_months_their_weather_describes_and_a_weekend_as_a_kind():
    ref = date(2018, 10, 1)
    assert found("Prices rose after the driest spring and summer since records began. "
                 "Farmers planted after the warmest March on record.", ref) == [
        ("spring", "DATE", "2018-SP"), ("summer", "DATE", "2018-SU"), ("March", "DATE", "2018-03")]
    assert found("The biggest spring sale starts soon.", ref) == []
    assert found("Weekend trains will run late, and no further weekend closures are planned. "
                 '"One wet weekend will not fill the Rhine," she said.', ref) == []
    assert found("Fighting resumed at the weekend.", ref) == [
        ("the weekend", "DATE", "2018-W39-WE")]


def test_the_new_year_within_the_next_month_and_a_quarter_of_a_century():
    assert found("Restrictions will stay in force into the new year.", date(2006, 11, 20)) == [
        ("the new year", "DATE", "2007")]
    assert found("Prices rose sharply in the new year.", date(2007, 1, 8)) == [
        ("the new year", "DATE", "2007")]
    assert found("Farmers will need seed within the next month. The lake has not been this low "
                 "in a quarter of a century.") == [
        ("the next month", "DURATION", "P1M"), ("a quarter of a century", "DURATION", "P25Y")]


def test_an_ed_word_after_an_adverb_and_an_article_is_an_adjective():
    ref = date(2020, 8, 13)  # a Thursday
    assert found("The bureau will publish its closely watched projection of lake levels on "
                 "Monday.", ref) == [("Monday", "DATE", "2020-08-17")]


def test_words_ending_in_ed_that_are_no_past_tense():
    """"Breed", "creed" or "greed" end in -ed but tell of no past; "agreed" does."""
    ref = date(2021, 6, 14)  # a Monday
    assert found("Breed judging begins Friday.", ref) == [("Friday", "DATE", "2021-06-18")]
    assert found("Breed judging starts at 8 a.m. Saturday.", ref) == [
        ("8 a.m. Saturday", "TIME", "2021-06-19T08:00")]
    assert found("Breeders agreed Friday to cap entries.", ref) == [
        ("Friday", "DATE", "2021-06-11")]


def test_beat_is_past_unless_a_noun_and_a_past_or_present_noun_leaves_the_verb_after_it():
    ref = date(2024, 7, 7)  # a Sunday
    assert found("Oxbury will face Roskilde Viking, which beat the defending champions Friday.",
                 ref) == [("Friday", "DATE", "2024-07-05")]
    assert found("Oxbury hopes to beat Roskilde Viking on Friday.", ref) == [
        ("Friday", "DATE", "2024-07-12")]
    assert found("The budget cut takes effect Friday.", ref) == [("Friday", "DATE", "2024-07-12")]
    assert found("The police beat is quiet on Friday.", ref) == [
        ("Friday", "DATE", "2024-07-12")]


def test_the_date_of_a_clause_subject_takes_the_past_verb_after_it():
    ref = date(2016, 3, 27)
    assert found("Last spring the valley escaped frost, but a hailstorm on May 2 bruised the "
                 "fruit.", ref) == [("Last spring", "DATE", "2015-SP"),
                                    ("May 2", "DATE", "2015-05-02")]
    assert found("The crop will be smaller because hail in June damaged buds.", ref) == [
        ("June", "DATE", "2015-06")]
    assert found("The crop will be smaller because hail in June will damage buds.", ref) == [
        ("June", "DATE", "2016-06")]


def test_a_season_something_is_moved_to():
    ref = date(2029, 3, 14)
    assert found("The opening has been pushed back to the autumn.", ref) == [
        ("the autumn", "DATE", "2029-FA")]
    assert found("He returned to the fall line of the slope.", ref) == []
    assert found("From the summer, members will be paid monthly.", ref)[0] == (
        "the summer", "DATE", "2029-SU")
    assert found("He took a break from the summer heat.", ref) == []


def test_recently_as_a_conjunction_follows_and_as_recently_as_is_past():
    ref = date(2010, 10, 14)
    assert found("Prices have slipped recently as fruit from other regions arrives.", ref) == [
        ("recently", "DATE", "PAST_REF")]
    assert found("Prices were this high as recently as December.", ref) == [
        ("December", "DATE", "2009-12")]


def test_weekdays_ahead_in_one_sentence_follow_each_other():
    ref = date(2015, 11, 29)  # a Sunday
    assert found("Play begins at 9 a.m. Saturday, and the finals will be played on Sunday "
                 "afternoon.", ref) == [("9 a.m. Saturday", "TIME", "2015-12-05T09:00"),
                                        ("Sunday afternoon", "TIME", "2015-12-06TAF")]
    assert found("Rehearsals start Monday, the company said Sunday.", ref) == [
        ("Monday", "DATE", "2015-11-30"), ("Sunday", "DATE", "2015-11-29")]
    assert found("Hearings begin Wednesday, after City Hall closes Tuesday.", ref) == [
        ("Wednesday", "DATE", "2015-12-02"), ("Tuesday", "DATE", "2015-12-01")]
    assert found("Leaders will meet with management Thursday morning, and the union plans a "
                 "march on Tuesday.", ref) == [("Thursday morning", "TIME", "2015-12-03TMO"),
                                               ("Tuesday", "DATE", "2015-12-01")]


def test_a_season_a_sentence_opens_with_holds_its_months():
    ref = date(2024, 6, 15)
    assert found("Last summer, temperatures reached 46.3 degrees in August.", ref) == [
        ("Last summer", "DATE", "2023-SU"), ("August", "DATE", "2023-08")]
    assert found("Last winter, temperatures fell to -30 in January.", ref) == [
        ("Last winter", "DATE", "2023-WI"), ("January", "DATE", "2024-01")]
    assert found("Last winter, the town spent $2 million, and it will spend more in January.",
                 ref)[1] == ("January", "DATE", "2025-01")


def test_since_a_month_is_past_even_after_called_to():
    assert found("The team has been called to the quarry since January.", date(2018, 4, 2)) == [
        ("January", "DATE", "2018-01")]


def test_a_forecast_in_the_past_perfect_was_for_a_day_gone_by():
    ref = date(2015, 9, 28)  # a Monday
    assert found("Forecasters had predicted cloud on Saturday, but the sky stayed clear.",
                 ref) == [("Saturday", "DATE", "2015-09-26")]
    assert found("Forecasters predicted cloud on Saturday.", ref) == [
        ("Saturday", "DATE", "2015-10-03")]


def test_the_next_morning_of_a_past_story_told_around_today():
    text = ("On April 30, 1955, the lifeboat capsized. Today, relatives will gather at the "
            "harbour. The survivors were found the next morning. An inquiry later that year "
            "blamed the design.")
    assert found(text, date(2005, 5, 1))[2:] == [
        ("the next morning", "TIME", "1955-05-01TMO"), ("later that year", "DATE", "1955")]


def test_a_delay_asked_until_a_time_runs_ahead():
    assert found("Business groups asked for a delay until the fall, but the council rejected "
                 "the request.", date(2009, 5, 27)) == [("the fall", "DATE", "2009-FA")]


def test_an_amount_then_a_year_earlier_is_no_rate():
    assert found("Refunds took 41 days, up from 29 days a year earlier.", date(2010, 6, 10)) == [
        ("41 days", "DURATION", "P41D"), ("29 days", "DURATION", "P29D"),
        ("a year earlier", "DATE", "2009")]
    assert found("Crews work 12 hours a day.", date(2010, 6, 10)) == [
        ("12 hours a day", "SET", "P1D")]
    assert found("Sprinklers had run three times a day earlier this summer.",
                 date(2010, 6, 10))[0] == ("three times a day", "SET", "P1D")


def test_as_early_as_after_a_present_perfect_is_gone_by():
    ref = date(2001, 12, 5)
    assert found("Stations have switched to holiday music, some as early as Nov. 1.", ref) == [
        ("Nov. 1", "DATE", "2001-11-01")]
    assert found("Officials have said trading could begin as early as May.", ref) == [
        ("May", "DATE", "2002-05")]


def test_a_plural_after_a_preposition_and_a_noun_is_a_noun():
    ref = date(2030, 5, 22)  # a Wednesday
    assert found("Residents complained about noise from test runs late Sunday night.", ref) == [
        ("late Sunday night", "TIME", "2030-05-19TNI")]
    assert found("The ferry from Dover sails Friday.", ref) == [("Friday", "DATE", "2030-05-24")]


def test_days_later_in_the_past_count_from_a_day_they_can_follow():
    text = ("She was dismissed on Oct. 14. Her lawsuit was filed Monday. Her lawyer said the "
            "station replaced her three days later.")
    assert found(text, date(1997, 1, 8))[2] == ("three days later", "DATE", "1996-10-17")
    text = "The suit was filed Monday. The station replied two days later."
    assert found(text, date(1997, 1, 8))[1] == ("two days later", "DATE", "1997-01-08")


def test_bare_spans_after_need_not_than_only_and_before_earlier_and_a_month_in_a_list():
    ref = date(2005, 3, 17)
    assert found("The effort would last years, not weeks. Herders need years to rebuild. Farmers "
                 "will harvest weeks earlier than normal.", ref) == [
        ("years", "DURATION", "PXY"), ("weeks", "DURATION", "PXW"), ("years", "DURATION", "PXY"),
        ("weeks", "DURATION", "PXW")]
    assert [t.text for t in extract("Paperbacks will follow in January, March and June.",
                                    ref)] == ["January", "March", "June"]
    assert found("The worst flooding is still days away.", ref) == [("days", "DURATION", "PXD")]


def test_a_dateline_dash_starts_a_sentence_and_a_night_forecast_lies_ahead():
    ref = date(2005, 3, 17)
    assert found("BANDA ACEH, Indonesia -- This morning a small flag flew over the boatyard.",
                 ref) == [("This morning", "TIME", "2005-03-17TMO")]
    assert found("Temperatures were forecast to fall below zero overnight across the region.",
                 ref) == [("overnight", "TIME", "2005-03-17TNI")]


def test_a_place_s_clock_time_is_part_of_the_time_and_keeps_its_sentence():
    ref = date(2003, 5, 8)  # a Thursday
    assert found("Trading halted at 2:30 p.m. Frankfurt time. The quake struck at 5:58 a.m. "
                 "Moscow time on Tuesday.", ref) == [
        ("2:30 p.m. Frankfurt time", "TIME", "2003-05-08T14:30"),
        ("5:58 a.m. Moscow time", "TIME", "2003-05-06T05:58"), ("Tuesday", "DATE", "2003-05-06")]


def test_twice_daily_is_one_recurrence():
    assert found("The ferry makes twice-daily trips; patients take the pill twice daily.") == [
        ("twice-daily", "SET", "P1D"), ("twice daily", "SET", "P1D")]


def test_lunar_new_year_from_its_table_and_workers_day():
    assert found("Markets closed for Lunar New Year.", date(2017, 2, 1)) == [
        ("Lunar New Year", "DATE", "2017-01-28")]
    assert found("Fireworks will mark the Chinese New Year.", date(2020, 1, 10)) == [
        ("Chinese New Year", "DATE", "2020-01-25")]
    assert found("Rallies marked Workers' Day.", date(2002, 5, 3)) == [
        ("Workers' Day", "DATE", "2002-05-01")]


def test_islamic_and_jewish_holidays_and_orthodox_easter_from_their_calendars():
    assert found("Muslims celebrated Eid al-Fitr on Wednesday.", date(2024, 4, 12)) == [
        ("Eid al-Fitr", "DATE", "2024-04-10"), ("Wednesday", "DATE", "2024-04-10")]
    assert found("Talks will resume after Eid al-Adha and end before Yom Kippur.",
                 date(2024, 5, 2)) == [("Eid al-Adha", "DATE", "2024-06-16"),
                                       ("Yom Kippur", "DATE", "2024-10-12")]
    # 2000 had two Eid al-Fitr: the one nearer the story
    assert found("Shops will close for Eid ul-Fitr.", date(2000, 12, 20)) == [
        ("Eid ul-Fitr", "DATE", "2000-12-27")]
    assert found("Shops closed for Eid ul-Fitr.", date(2000, 1, 20)) == [
        ("Eid ul-Fitr", "DATE", "2000-01-08")]
    assert found("Families gathered for Passover and, later, Hanukkah.", date(2023, 12, 30)) == [
        ("Passover", "DATE", "2023-04-06"), ("Hanukkah", "DATE", "2023-12-08")]
    assert found("Orthodox Easter falls on Sunday.", date(2021, 4, 28)) == [
        ("Orthodox Easter", "DATE", "2021-05-02"), ("Sunday", "DATE", "2021-05-02")]


def test_a_season_name_before_season_is_that_season():
    ref = date(2020, 4, 10)
    assert found("The government halted all expeditions, cancelling the spring season on "
                 "Everest.", ref) == [("the spring season", "DATE", "2020-SP")]
    assert found("Outfitters are preparing for the autumn season.", ref) == [
        ("the autumn season", "DATE", "2020-FA")]


def test_every_weekday_with_a_part_of_day_is_one_recurrence():
    assert found("The club meets every Thursday evening and each Sunday morning.") == [
        ("every Thursday evening", "SET", "XXXX-WXX-4TEV"),
        ("each Sunday morning", "SET", "XXXX-WXX-7TMO")]


def test_a_participle_after_if_is_a_condition_not_a_past():
    assert found("He will join the team in Virginia in August and, if selected, the national "
                 "squad in the fall.", date(2015, 7, 2)) == [
        ("August", "DATE", "2015-08"), ("the fall", "DATE", "2015-FA")]


def test_the_same_week_after_a_year_is_the_week_of_the_last_day_named():
    text = ("LONDON - A case of 1945 Mouton Rothschild sold for 19,000 pounds at Christie's "
            "Thursday, a record for a single case of claret, the auction house said today. The "
            "wine had been stored in the same cellar in Hampshire for more than four decades, "
            "and the buyer, an unnamed collector from Hong Kong, bid by telephone against two "
            "dealers in the room and one in New York. A case of 1961 Latour fetched 9,000 "
            "pounds at Sotheby's the same week.")
    assert found(text, date(1992, 5, 11))[-1] == ("the same week", "DATE", "1992-W19")


def test_days_or_weeks_from_a_decade_are_a_span():
    assert found("A study of records going back to the 1950s found that harvest dates in "
                 "Burgundy have moved two weeks earlier.", date(2020, 1, 10)) == [
        ("the 1950s", "DATE", "195"), ("two weeks earlier", "DURATION", "P2W")]


def test_a_clock_time_set_ahead_is_on_the_day_set():
    text = ("A satellite built by students is scheduled to ride into orbit aboard a Russian "
            "rocket June 29, the college said today. Two students flew out Monday to oversee "
            "final checks. Launch is set for 3:12 p.m. local time.")
    assert found(text, date(2002, 6, 19))[-1] == (
        "3:12 p.m. local time", "TIME", "2002-06-29T15:12")


def test_a_night_range_ending_on_a_named_day_starts_the_day_before():
    assert found("The pilot said he flew from 11 p.m. until about 6 a.m. Wednesday.",
                 date(2014, 4, 23)) == [("11 p.m.", "TIME", "2014-04-22T23:00"),
                                        ("about 6 a.m. Wednesday", "TIME", "2014-04-23T06:00")]


def test_a_year_with_a_catalogue_code_is_a_name():
    assert found("The rock, designated 1995 BQ2, was spotted on Tuesday; the asteroid "
                 "2004 MN4 will pass in 2029.", date(1995, 1, 27)) == [
        ("Tuesday", "DATE", "1995-01-24"), ("2029", "DATE", "2029")]
    assert found("In 1995 US1 was widened.", date(1995, 1, 27)) == [("1995", "DATE", "1995")]


def test_of_the_decade_is_the_decade_told_or_the_present_one():
    ref = date(1994, 5, 3)
    assert found("It is the company's second recall of the decade.", ref) == [
        ("the decade", "DATE", "199")]
    assert found("The drug was approved in the early 1980s and became one of the best-selling "
                 "drugs of the decade.", ref) == [("the early 1980s", "DATE", "198"),
                                                  ("the decade", "DATE", "198")]
    assert found("Sales rose over the decade.", ref) == []


def test_a_when_clause_after_a_year_dates_its_days_in_that_year():
    ref = date(2005, 8, 26)
    assert found("Zermatt has lived with it since 1865, when the first party made the ascent "
                 "on July 14 and four of its members were killed.", ref) == [
        ("1865", "DATE", "1865"), ("July 14", "DATE", "1865-07-14")]
    assert found("It was the worst storm since January 1993, when an Inauguration Day "
                 "windstorm knocked out power.", ref)[-1] == (
        "Inauguration Day", "DATE", "1993-01-20")


def test_a_clock_time_before_a_holiday_is_on_that_day():
    assert found("Their absence was not discovered until a head count at 6 a.m. Christmas Day.",
                 date(2005, 12, 28)) == [("6 a.m. Christmas Day", "TIME", "2005-12-25T06:00")]


def test_that_summer_is_the_summer_of_the_story_s_time():
    ref = date(2003, 1, 30)
    assert found("In the spring of 2002, its supplier changed the welding process. Cracked "
                 "forks began arriving at repair benches that summer.", ref) == [
        ("the spring of 2002", "DATE", "2002-SP"), ("that summer", "DATE", "2002-SU")]
    assert found("The bonds that fall due in March will be repaid.", ref) == [
        ("March", "DATE", "2003-03")]
    assert found("He said that spring rains would help.", ref) == []
    assert found("A girl drowned there in August 2001. A state review that fall found no "
                 "violations.", ref)[-1] == ("that fall", "DATE", "2001-FA")


def test_solstices_bank_holidays_and_fortnightly():
    ref = date(2015, 6, 19)
    assert found("Rangers expect the busiest stretch to begin after the summer solstice on "
                 "Sunday.", ref) == [("summer solstice", "DATE", "2015-06-21"),
                                     ("Sunday", "DATE", "2015-06-21")]
    assert found("Day and night are equal at the autumnal equinox.", ref) == [
        ("autumnal equinox", "DATE", "2015-09-23")]
    assert found("Power was back by lunchtime on the May Day bank holiday.", ref) == [
        ("May Day bank holiday", "DATE", "2015-05-04")]
    assert found("The council meets fortnightly.", ref) == [("fortnightly", "SET", "P2W")]


def test_the_week_before_last_and_after_next():
    ref = date(2021, 7, 5)
    assert found("They met the weekend before last; the vote is the week after next.", ref) == [
        ("the weekend before last", "DATE", "2021-W25-WE"),
        ("the week after next", "DATE", "2021-W29")]
    assert found("Two Sundays ago, the church burned.", ref) == []


def test_a_quarter_named_by_its_months():
    ref = date(2021, 7, 5)
    assert found("Growth slowed in the April-June quarter.", ref) == [
        ("the April-June quarter", "DATE", "2021-Q2")]
    assert found("Profit rose in the July-September period of 2020.", ref) == [
        ("the July-September period of 2020", "DATE", "2020-Q3")]
    assert found("Officers seized 2.4 million vapes in the March quarter, up from 1.7 million "
                 "in the December quarter.", date(2025, 5, 10)) == [
        ("the March quarter", "DATE", "2025-Q1"), ("the December quarter", "DATE", "2024-Q4")]


def test_a_weekday_before_or_after_a_day_is_counted_from_that_day():
    ref = date(2021, 7, 5)
    assert found("The vote took place the Tuesday before Thanksgiving.", ref) == [
        ("the Tuesday before Thanksgiving", "DATE", "2020-11-24")]
    assert found("The board meets the Monday after Jan. 20.", ref) == [
        ("the Monday after Jan. 20", "DATE", "2022-01-24")]


def test_a_day_of_the_month_told_alone():
    ref = date(2021, 7, 9)
    assert found("The rent is due on the 15th.", ref) == [("the 15th", "DATE", "2021-07-15")]
    assert found("The talks began on March 30 and ended on the 2nd.", ref) == [
        ("March 30", "DATE", "2021-03-30"), ("the 2nd", "DATE", "2021-04-02")]
    assert found("She lives on the 15th floor.", ref) == []
    assert found("She played on the 16th Street Mall.", ref) == []


def test_a_meeting_called_for_a_day_and_a_modal_before_until_look_ahead():
    ref = date(2016, 2, 26)
    assert found("Labor officials have called both sides to a meeting in Cape Town on Monday.",
                 ref) == [("Monday", "DATE", "2016-02-29")]
    assert found("The minister has summoned the ambassador for talks on Wednesday.", ref) == [
        ("Wednesday", "DATE", "2016-03-02")]
    assert found("Police called officers to the scene on Monday.", ref) == [
        ("Monday", "DATE", "2016-02-22")]
    assert found("Samples dropped off last week may not be tested until October.", ref)[-1] == (
        "October", "DATE", "2016-10")


def test_o_clock_in_the_afternoon_and_a_clock_tonight_are_after_noon():
    ref = date(2021, 7, 5)
    assert found("The fire broke out around 3 o'clock in the afternoon.", ref) == [
        ("around 3 o'clock in the afternoon", "TIME", "2021-07-05T15:00")]
    assert found("The game kicks off at 7:30 tonight.", ref) == [
        ("7:30 tonight", "TIME", "2021-07-05T19:30")]


def test_a_clock_without_a_m_or_p_m_keeps_the_half_of_the_day_told_before_it():
    ref = date(2008, 2, 14)
    assert found("Doors open at 6:30 p.m., and the first whistle is at 7:30.", ref) == [
        ("6:30 p.m.", "TIME", "2008-02-14T18:30"), ("7:30", "TIME", "2008-02-14T19:30")]
    assert found("The band played until 11 p.m. \"We ran out of sausages by 9:30,\" he said.",
                 ref)[-1] == ("9:30", "TIME", "2008-02-14T21:30")
    assert found("Crews worked until 11 p.m. and came back the next morning at 6:30.",
                 ref)[-1][2].endswith("T06:30")  # a morning told since
    assert found("The road reopened at 6:30.", ref) == [("6:30", "TIME", "2008-02-14T06:30")]


def test_last_winter_told_in_winter_is_the_one_before():
    ref = date(2009, 1, 12)  # in the winter that began in December 2008
    assert found("Last winter, a thaw spoiled thousands of tons of beets.", ref) == [
        ("Last winter", "DATE", "2007-WI")]
    assert found("Next winter the lake will freeze.", ref) == [
        ("Next winter", "DATE", "2009-WI")]


def test_seasons_ago_count_back_from_last_one():
    ref = date(2022, 7, 14)  # in summer: last summer was 2021's
    assert found("The pool closed two summers ago. The lake froze three winters ago.", ref) == [
        ("two summers ago", "DATE", "2020-SU"), ("three winters ago", "DATE", "2019-WI")]


def test_a_season_of_last_year_is_that_year_s_season():
    ref = date(2021, 7, 5)
    assert found("The law took effect in the spring of last year.", ref) == [
        ("the spring of last year", "DATE", "2020-SP")]
    assert found("The law took effect in spring last year.", ref) == [
        ("spring last year", "DATE", "2020-SP")]


def test_years_ago_this_month_or_week_is_that_month_or_week():
    ref = date(2021, 7, 5)
    assert found("The project started three years ago this month.", ref) == [
        ("three years ago this month", "DATE", "2018-07")]
    assert found("A year ago this week, the plant closed.", ref) == [
        ("A year ago this week", "DATE", "2020-W27")]


def test_years_ago_after_a_quarter_is_a_year_not_that_quarter():
    ref = date(1993, 11, 4)
    assert found("Revenue rose in the third quarter. The troupe, formed eight years ago by "
                 "street performers, now employs 160 people.", ref) == [
        ("the third quarter", "DATE", "1993-Q3"), ("eight years ago", "DATE", "1985"),
        ("now", "DATE", "PRESENT_REF")]


def test_called_a_long_object_for_a_day_looks_ahead():
    assert found("Animal rights groups have called a protest march outside the tent for "
                 "Saturday.", date(1990, 4, 4)) == [("Saturday", "DATE", "1990-04-07")]


def test_observance_days():
    ref = date(2025, 5, 23)
    assert found("Volunteers planted flowers Tuesday to mark World Bee Day.", ref) == [
        ("Tuesday", "DATE", "2025-05-20"), ("World Bee Day", "DATE", "2025-05-20")]
    assert found("The wreath was laid on Remembrance Sunday.", ref) == [
        ("Remembrance Sunday", "DATE", "2024-11-10")]


def test_going_without_to_is_no_plan():
    text = ("Residents were told on Tuesday that they could go home tomorrow morning. The fire "
            "broke out at 1:05 a.m. Saturday, and police began going door to door at about "
            "4 a.m., telling families to leave.")
    assert found(text, date(2024, 3, 12))[-1] == ("about 4 a.m.", "TIME", "2024-03-09T04:00")


def test_two_spans_of_the_same_unit_stay_two():
    assert found("Two accomplices were sentenced to eight years and six years.") == [
        ("eight years", "DURATION", "P8Y"), ("six years", "DURATION", "P6Y")]
    assert found("It took two years and three days.") == [
        ("two years and three days", "DURATION", "P2Y3D")]


def test_a_deadline_ordered_or_promised_lies_ahead():
    ref = date(1994, 10, 4)
    assert found("Gov. Hunt ordered visitors off the barrier islands by noon Thursday.", ref) == [
        ("noon Thursday", "TIME", "1994-10-06T12:00")]
    assert found("The county promised residents a decision by Saturday morning.", ref) == [
        ("Saturday morning", "TIME", "1994-10-08TMO")]


def test_a_capitalised_season_in_a_name_and_saints_days():
    ref = date(2016, 12, 7)
    assert found("A bank in Fall River, Mass., was robbed in the fall.", ref) == [
        ("the fall", "DATE", "2016-FA")]
    assert found("The market reopened on Tuesday, St. Nicholas Day.", ref) == [
        ("Tuesday", "DATE", "2016-12-06"), ("St. Nicholas Day", "DATE", "2016-12-06")]


def test_quarterly_as_a_rate_not_a_report_s_name():
    assert found("The board meets quarterly; it raised its quarterly dividend.") == [
        ("quarterly", "SET", "P3M")]


def test_agreed_to_looks_ahead_unless_the_date_opens_a_clause_of_its_own():
    assert found("The port, which lost business in 1988, agreed to meet the union Thursday.",
                 date(1989, 3, 20)) == [("1988", "DATE", "1988"),
                                        ("Thursday", "DATE", "1989-03-23")]
    assert found("On Wednesday, the company agreed to discuss the demands, and Thursday night "
                 "the two sides reached a deal.", date(2003, 3, 15)) == [
        ("Wednesday", "DATE", "2003-03-12"), ("Thursday night", "TIME", "2003-03-13TNI")]


def test_for_or_spent_the_past_year_is_how_long():
    ref = date(2021, 7, 5)
    assert found("She has worked at the branch for the past year.", ref) == [
        ("the past year", "DURATION", "P1Y")]
    assert found("She had spent the last month in hospital.", ref) == [
        ("the last month", "DURATION", "P1M")]
    assert found("Prices rose over the past year.", ref) == [("the past year", "DATE", "2020")]


def test_an_early_o_clock_without_a_m_is_in_the_afternoon():
    ref = date(2021, 7, 5)
    assert found("The defenders break for tea at 4 o'clock; the bus left at 9 o'clock.",
                 ref) == [("4 o'clock", "TIME", "2021-07-05T16:00"),
                          ("9 o'clock", "TIME", "2021-07-05T09:00")]
    assert found("He called at four o'clock in the morning.", ref) == [
        ("four o'clock in the morning", "TIME", "2021-07-05T04:00")]
    assert found("I came here at 6 o'clock.", ref) == [("6 o'clock", "TIME", "2021-07-05T06:00")]


def test_a_year_before_1600_after_about():
    assert found("The painting, dated to about 1540, was rediscovered in 2011; about 1500 "
                 "people came to see it.", date(2021, 7, 5)) == [
        ("1540", "DATE", "1540"), ("2011", "DATE", "2011")]


def test_a_date_put_off_to_lies_ahead():
    ref = date(2021, 7, 7)
    assert found("The vote was postponed to Tuesday.", ref) == [("Tuesday", "DATE", "2021-07-13")]
    assert found("The launch was pushed back to Friday.", ref) == [
        ("Friday", "DATE", "2021-07-09")]
    assert found("He was moved to a hospital on Tuesday.", ref) == [
        ("Tuesday", "DATE", "2021-07-06")]


def test_throughout_the_afternoon_is_the_story_s_afternoon():
    ref = date(1989, 2, 20)
    text = ("A gunman took 12 people hostage at a bank on Saturday morning. He had walked in "
            "with a shotgun hidden under a raincoat, demanded to speak with his former wife and "
            "fired once into the ceiling when a guard reached for a telephone, witnesses said. "
            "Police sealed off the block, closed the dry cleaner's and the bakery next door and "
            "moved residents of the flats above to a church hall two streets away. Negotiators "
            "talked to him by telephone throughout the afternoon.")
    assert found(text, ref)[-1] == ("the afternoon", "TIME", "1989-02-18TAF")
    assert found("She jogs in the morning.", ref) == []


def test_a_year_before_results_after_a_capitalised_preposition_and_a_single_day():
    ref = date(2012, 1, 20)
    assert found("The bank will report 2011 results on Feb. 23. Throughout 2020 there was no "
                 "sign of life. Rain fell in a single day.", ref) == [
        ("2011", "DATE", "2011"), ("Feb. 23", "DATE", "2012-02-23"), ("2020", "DATE", "2020"),
        ("a single day", "DURATION", "P1D")]
    assert found("Police reported 1999 cases. Windows 2000 crashed.", ref) == []
    assert found("Members of VFW Post 1761 gave blood. Post-1990 rules apply.", ref) == [
        ("Post-1990", "DATE", "1990")]
    assert found("The 1878-foot toboggan run melted.", ref) == []


def test_a_quotation_opens_with_its_verb_and_a_deadline_set_lies_ahead():
    ref = date(2001, 11, 22)  # a Thursday
    assert found('"We\'ll have our turkey on Saturday," said her sister.', ref) == [
        ("Saturday", "DATE", "2001-11-24")]
    assert found("The kidnappers have set a deadline of noon Sunday.", ref) == [
        ("noon Sunday", "TIME", "2001-11-25T12:00")]


def test_a_founding_year_dates_no_quarter_and_ago_then_after_is_no_event_offset():
    ref = date(2001, 5, 10)  # a Thursday
    assert found("Prairie National, founded in 1874, reported a third-quarter loss Tuesday. The "
                 "church was founded in 1904 and dedicated its building two years later.",
                 ref) == [
        ("1874", "DATE", "1874"), ("third-quarter", "DATE", "2000-Q3"),
        ("Tuesday", "DATE", "2001-05-08"), ("1904", "DATE", "1904"),
        ("two years later", "DATE", "1906")]
    assert found("Talks broke down two weeks ago after a dispute over the money.", ref) == [
        ("two weeks ago", "DATE", "2001-W17")]


def test_another_week_and_more_named_days():
    ref = date(2003, 6, 25)
    assert found("The team said it would wait another week for better weather.", ref) == [
        ("another week", "DURATION", "P1W")]
    assert found("Revellers lit bonfires on St. John's Day. Pilgrims will come for the Feast of "
                 "the Assumption. Children paraded on Three Kings Day.", ref) == [
        ("St. John's Day", "DATE", "2003-06-24"), ("Feast of the Assumption", "DATE", "2003-08-15"),
        ("Three Kings Day", "DATE", "2003-01-06")]


def test_an_offset_from_a_date_past_the_calendar_leaves_the_story_where_it_was():
    result = found("The shrine stood 3,000 years before Oct. 12, and the dig began two days "
                   "later.", date(2021, 10, 20))
    assert result[1] == ("Oct. 12", "DATE", "2021-10-12")
    assert result[-1] == ("two days later", "DATE", "2021-10-14")


def test_a_clock_time_with_seconds_and_seconds_later_with_no_clock_told():
    ref = date(2012, 1, 2)
    assert found("The ballroom lost power at 12:00:04 a.m. Sunday.", ref) == [
        ("12:00:04 a.m. Sunday", "TIME", "2012-01-01T00:00:04")]
    assert found("In 2011 the club was sold. The lights flickered, and four seconds later the "
                 "hall went dark.", ref)[-1] == ("four seconds later", "DURATION", "PT4S")


def test_a_past_story_told_on_from_the_evening_into_the_next_morning():
    ref = date(2003, 11, 20)  # a Thursday
    assert found("Talks began Wednesday afternoon and ran through the night. A vote failed "
                 "at 9:14 a.m., and the session ended at noon.", ref) == [
        ("Wednesday afternoon", "TIME", "2003-11-19TAF"), ("the night", "TIME", "2003-11-19TNI"),
        ("9:14 a.m.", "TIME", "2003-11-20T09:14"), ("noon", "TIME", "2003-11-20T12:00")]
    assert found("On Wednesday, at about 3 p.m., he freed a hostage. He surrendered at 6:15 "
                 "a.m.", ref)[-1] == ("6:15 a.m.", "TIME", "2003-11-20T06:15")
    # an afternoon clock goes back within the day; a plan and today's story stay on the day
    assert found("Police made arrests last night. The meeting began at 1 p.m.", ref)[-1] == (
        "1 p.m.", "TIME", "2003-11-19T13:00")
    assert found("The gala will be held Friday evening. Doors open at 10 a.m. for the "
                 "auction.", ref)[-1] == ("10 a.m.", "TIME", "2003-11-21T10:00")
    assert found("The fire was put out this evening. It broke out at 9 a.m.", ref)[-1] == (
        "9 a.m.", "TIME", "2003-11-20T09:00")


def test_a_forecast_of_what_is_possible_looks_ahead():
    ref = date(2023, 4, 18)  # a Tuesday
    assert found("Forecasters said more severe storms were possible Wednesday and Thursday.",
                 ref) == [("Wednesday", "DATE", "2023-04-19"), ("Thursday", "DATE", "2023-04-20")]
    assert found("They said there was a 20 percent chance of thunderstorms Friday.", ref) == [
        ("Friday", "DATE", "2023-04-21")]


def test_a_closing_or_cancelling_through_a_day_runs_ahead():
    ref = date(2023, 4, 18)  # a Tuesday
    assert found("Ferry crossings were canceled through Sunday, and schools in three towns "
                 "were ordered closed through Friday.", ref) == [
        ("Sunday", "DATE", "2023-04-23"), ("Friday", "DATE", "2023-04-21")]


def test_advised_or_urged_to_looks_ahead():
    ref = date(2019, 12, 3)  # a Tuesday
    assert found("Commuters were advised to work from home on Thursday, and voters were urged "
                 "to turn out on Friday.", ref) == [
        ("Thursday", "DATE", "2019-12-05"), ("Friday", "DATE", "2019-12-06")]


def test_a_past_verb_governing_the_date_outweighs_a_past_verb_after_it():
    ref = date(2000, 12, 27)
    assert found("A cyclone that came ashore on Feb. 22 had pushed the river over its banks.",
                 ref) == [("Feb. 22", "DATE", "2000-02-22")]


def test_a_plan_after_an_ing_word_is_a_noun():
    ref = date(2002, 10, 28)
    assert found("The department adopted a 10-year operating plan for the basin in June.",
                 ref)[-1] == ("June", "DATE", "2002-06")


def test_a_date_opening_its_clause_takes_the_past_verb_after_it():
    ref = date(2002, 12, 3)
    assert found("Panic followed, and on Dec. 20, the president resigned.", ref) == [
        ("Dec. 20", "DATE", "2001-12-20")]
    # a plan after it still looks ahead
    assert found("On Dec. 20, the president will resign.", ref) == [
        ("Dec. 20", "DATE", "2002-12-20")]


def test_a_count_after_a_weekday_is_no_day_of_the_month():
    assert found("By Sunday afternoon, 2,300 people had been evacuated.", date(2000, 10, 16)) == [
        ("Sunday afternoon", "TIME", "2000-10-15TAF")]
    assert found("The yacht arrived Saturday night, 24 days after leaving India.",
                 date(2008, 11, 30))[0] == ("Saturday night", "TIME", "2008-11-29TNI")


def test_a_range_of_weekdays_ends_in_the_week_it_starts():
    ref = date(2000, 10, 16)  # a Monday
    assert found("Rain fell almost without pause for 72 hours, from Thursday until early "
                 "Sunday.", ref)[1:] == [
        ("Thursday", "DATE", "2000-10-12"), ("early Sunday", "DATE", "2000-10-15")]
    # a dated start keeps a weekday end where the story has it
    assert found("Shares were bought from Sept. 14 to Thursday.", date(1989, 10, 27))[-1] == (
        "Thursday", "DATE", "1989-10-26")


def test_a_date_after_a_colon_belongs_to_the_clause_before():
    ref = date(2025, 2, 6)  # a Thursday
    assert found("People know exactly when the lights will go out: 6 a.m. Saturday.", ref) == [
        ("6 a.m. Saturday", "TIME", "2025-02-08T06:00")]
    # a colon opening a clause of its own keeps it
    assert found("The lights will go out again: they went out on Saturday.", ref) == [
        ("Saturday", "DATE", "2025-02-01")]


def test_a_year_ahead_opening_the_sentence_holds_for_a_plan():
    ref = date(1989, 12, 29)
    assert found("Next year the orchestra plans to add a performance on New Year's Eve.",
                 ref)[-1] == ("New Year's Eve", "DATE", "1990-12-31")
    assert found("In 2012 the club will open in March.", ref)[-1] == ("March", "DATE", "2012-03")


def test_that_weekday_is_the_day_told_that_fell_on_it():
    ref = date(2001, 11, 25)
    assert found("In the weeks since the Sept. 11 attacks, many married. They married on "
                 "Friday. After that Tuesday, three years seemed long.", ref)[-2] == (
        "that Tuesday", "DATE", "2001-09-11")
    assert found("The shooting was on Jan. 21. The search began that Sunday afternoon.",
                 ref)[-1] == ("that Sunday afternoon", "TIME", "2001-01-21TAF")
    assert found("Couples booked weddings for Dec. 31, 1999. The office will stay open until "
                 "10 p.m. that Friday.", ref)[-1] == ("10 p.m. that Friday", "TIME",
                                                       "1999-12-31T22:00")
    # "that" opening a clause is no determiner
    assert found("Forecasters predicted that Sunday would be the busiest day.", ref) == [
        ("Sunday", "DATE", "2001-11-25")]


def test_last_and_following_without_a_determiner_are_a_verb_and_a_preposition():
    assert found("The sessions, which last three hours, are popular. It surfaced following "
                 "three days of delays. Sales rose in the last three years.") == [
        ("three hours", "DURATION", "PT3H"), ("three days", "DURATION", "P3D"),
        ("the last three years", "DURATION", "P3Y")]


def test_the_season_spent_is_a_date():
    assert found("He spent the summer rebuilding. The club will spend the winter repairing "
                 "the road.", date(2006, 11, 1)) == [
        ("the summer", "DATE", "2006-SU"), ("the winter", "DATE", "2006-WI")]


def test_by_morning_after_an_evening_is_the_next_morning():
    ref = date(2004, 12, 30)
    assert found("The cash was locked in a safe at 10 p.m. Friday. By morning, it was gone.",
                 ref)[-1] == ("morning", "TIME", "2004-12-25TMO")
    assert found("Service failed on Monday until evening.", ref)[-1] == (
        "evening", "TIME", "2004-12-27TEV")
    assert found("The building stood empty by morning.", ref) == [
        ("morning", "TIME", "2004-12-30TMO")]


def test_a_deadline_keeps_to_its_own_clause_and_infinitive():
    ref = date(2003, 6, 28)  # a Saturday
    # a past verb in the next clause does not make the forecast done
    assert found("Forecasters predict temperatures near 30C by Thursday, and the stewards "
                 "have relaxed the dress code.", ref) == [("Thursday", "DATE", "2003-07-03")]
    # the deadline set for an infinitive after "had" still lies ahead
    assert found("Officials said they had hired haulers to clear the streets by Friday.",
                 ref) == [("Friday", "DATE", "2003-07-04")]
    assert found("The plant had been rebuilt by Friday. People had been moved to shelters by "
                 "Thursday.", ref) == [("Friday", "DATE", "2003-06-27"),
                                       ("Thursday", "DATE", "2003-06-26")]
    assert found("We're hoping for Wednesday, but I can't promise anything.", ref) == [
        ("Wednesday", "DATE", "2003-07-02")]
    # "to a tropical storm" is no infinitive leaving the deadline open
    assert found("It weakened to a tropical storm by Thursday morning.", ref) == [
        ("Thursday morning", "TIME", "2003-06-26TMO")]


def test_a_weekday_starting_a_range_to_a_holiday_is_the_one_before_it():
    assert found("He was stuck from late Saturday until Memorial Day, when a guard heard him.",
                 date(2008, 5, 31)) == [("late Saturday", "DATE", "2008-05-24"),
                                        ("Memorial Day", "DATE", "2008-05-26")]


def test_a_range_start_takes_the_year_written_at_its_end():
    ref = date(2005, 9, 10)
    assert found("The show is scheduled from Aug. 9 to Aug. 12, 2006.", ref) == [
        ("Aug. 9", "DATE", "2006-08-09"), ("Aug. 12, 2006", "DATE", "2006-08-12")]
    assert found("It runs from Dec. 28 to Jan. 3, 2007.", ref)[0] == (
        "Dec. 28", "DATE", "2006-12-28")
    assert found("The pool will be open from Memorial Day to Labor Day 2007.",
                 date(2006, 7, 1))[0] == ("Memorial Day", "DATE", "2007-05-28")


def test_a_holiday_moved_a_year_by_a_range_is_dated_in_its_new_year():
    ref = date(2024, 10, 30)
    assert found("The fair runs from Labor Day to Memorial Day.", ref) == [
        ("Labor Day", "DATE", "2024-09-02"), ("Memorial Day", "DATE", "2025-05-26")]
    assert found("The fair ran from Labor Day to Memorial Day.", ref) == [
        ("Labor Day", "DATE", "2024-09-02"), ("Memorial Day", "DATE", "2025-05-26")]


def test_overnight_in_a_past_story_of_an_earlier_day_is_that_night():
    ref = date(1996, 1, 18)
    assert found("The bridge closed Tuesday afternoon when freezing rain coated its cables, "
                 "and ice kept building overnight.", ref)[-1] == (
        "overnight", "TIME", "1996-01-16TNI")
    assert found("Rebels captured the district overnight, officials said.", ref) == [
        ("overnight", "TIME", "1996-01-17TNI")]


def test_a_plural_cue_right_after_a_past_verb_is_its_object():
    ref = date(2003, 8, 8)
    assert found("Inspectors, who made unannounced visits in May and June, also found faults.",
                 ref) == [("May", "DATE", "2003-05"), ("June", "DATE", "2003-06")]
    # not the verb after a subject pronoun
    assert found("The bank said it expects loan growth to slow in the second half.", ref) == [
        ("the second half", "DATE", "2003-H2")]


def test_that_month_or_the_following_week_after_a_longer_period_is_of_the_last_one_told():
    ref = date(2020, 5, 15)
    assert found("Sales were higher in April than in all of 2018. That month alone, the company "
                 "shipped 9,000 kits.", ref)[-1] == ("That month", "DATE", "2020-04")
    assert found("The typhoon flooded Japan three weeks ago. It hit results for the "
                 "October-December quarter. A second storm came the following week.",
                 date(2019, 11, 1))[-1] == ("the following week", "DATE", "2019-W42")


def test_every_day_of_a_month_is_that_day_each_year():
    assert found("Mexico celebrates it every May 10. Each June 1st, they meet.") == [
        ("every May 10", "SET", "XXXX-05-10"), ("Each June 1st", "SET", "XXXX-06-01")]
    assert found("The lottery is drawn every Dec. 22.") == [("every Dec. 22", "SET", "XXXX-12-22")]


def test_the_fall_before_a_word_starting_with_in_is_the_season():
    assert found("The marathon will be run in the fall instead. The fall in prices hurt.",
                 date(2021, 3, 1)) == [("the fall", "DATE", "2021-FA")]


def test_a_half_hour_is_thirty_minutes():
    assert found("It took a half hour, then a half-hour more.") == [
        ("a half hour", "DURATION", "PT30M"), ("a half-hour", "DURATION", "PT30M")]
    assert found("Ferries will run every half hour.") == [("every half hour", "SET", "PT30M")]


def test_hours_and_minutes_after_a_comma_are_one_length():
    assert found("Kibet won in 2 hours, 16 minutes. The flight took 1 hour, 45 minutes.") == [
        ("2 hours, 16 minutes", "DURATION", "PT2H16M"),
        ("1 hour, 45 minutes", "DURATION", "PT1H45M")]
    # not when the second is no remainder of the first
    assert found("Over three days, 40 hours of rain fell.") == [
        ("three days", "DURATION", "P3D"), ("40 hours", "DURATION", "PT40H")]


def test_a_clock_time_ahead_is_not_on_a_past_day_the_story_told():
    assert found("Dot hatched on Feb. 29, 1988. The party starts at 10 a.m.", date(2012, 2, 29))[
        -1] == ("10 a.m.", "TIME", "2012-02-29T10:00")
    assert found("The train derailed Wednesday, killing 47. Officials will hold a briefing at "
                 "4 p.m.", date(1993, 9, 23))[-1] == ("4 p.m.", "TIME", "1993-09-23T16:00")
    # a past clause, or a deadline in one, stays on the story's day
    assert found("The walk began Monday at 7 a.m., and the bridge was closed until noon.",
                 date(2022, 9, 6))[-1] == ("noon", "TIME", "2022-09-05T12:00")


def test_an_irregular_past_participle_tells_a_past():
    ref = date(2003, 5, 30)
    assert found("She found the hives torn open on Monday.", ref) == [
        ("Monday", "DATE", "2003-05-26")]
    assert found("The gate was thrown open on Monday.", ref) == [("Monday", "DATE", "2003-05-26")]
    # not after a modal or "be": "will be drawn Saturday" is ahead
    assert found("The numbers will be drawn Saturday.", ref) == [("Saturday", "DATE", "2003-05-31")]


def test_a_date_after_after_doing_tells_what_was_done_before():
    ref = date(2018, 12, 21)  # a Friday
    assert found("SpaceX will try again on Saturday, after calling off attempts on Tuesday.",
                 ref) == [("Saturday", "DATE", "2018-12-22"), ("Tuesday", "DATE", "2018-12-18")]
    assert found("He is looking to extend his streak after beating Haley on Wednesday.", ref) == [
        ("Wednesday", "DATE", "2018-12-19")]
    # a part of the day is no gerund
    assert found("Crowds will gather after morning prayers on Tuesday.", ref) == [
        ("Tuesday", "DATE", "2018-12-25")]


def test_a_plan_or_start_after_a_determiner_and_two_words_is_a_noun():
    ref = date(2016, 8, 25)  # a Thursday
    assert found("Hanjin submitted a revised self-rescue plan on Wednesday.", ref) == [
        ("Wednesday", "DATE", "2016-08-24")]
    # a plural subject before "plan" leaves it a verb
    assert found("The two sides plan to meet on Wednesday.", ref) == [
        ("Wednesday", "DATE", "2016-08-31")]
    # after a clock time
    assert found("It was 4 degrees at the 7 a.m. start of the race Sunday.", date(2016, 12, 12))[
        -1] == ("Sunday", "DATE", "2016-12-11")


def test_twice_an_hour_and_on_weekends_recur():
    assert found("The span opens twice an hour. The festival continues on weekends.") == [
        ("twice an hour", "SET", "PT1H"), ("weekends", "SET", "XXXX-WXX-WE")]


def test_a_season_after_than_is_the_season():
    assert found("The Legislature will take it up no sooner than spring.", date(1993, 1, 12)) == [
        ("spring", "DATE", "1993-SP")]


def test_a_year_after_an_irregular_plural_or_a_rate_recurs():
    assert found("The county summons about 40,000 people a year.") == [("a year", "SET", "P1Y")]
    assert found("Sales topped $700 per resident a year.") == [("a year", "SET", "P1Y")]


def test_a_pair_of_weekdays_ahead_keeps_its_order():
    thu = date(2009, 1, 15)
    assert found("Viewings will be held on Wednesday and Thursday.", thu) == [
        ("Wednesday", "DATE", "2009-01-21"), ("Thursday", "DATE", "2009-01-22")]
    # told in the past, the order may be any
    assert found("Following are statements made Friday and Thursday.", date(1998, 2, 6)) == [
        ("Friday", "DATE", "1998-02-06"), ("Thursday", "DATE", "1998-02-05")]


def test_more_present_tense_schedules_look_ahead():
    tue = date(2006, 9, 5)
    assert found("The zoo switches to shorter hours Wednesday.", tue) == [
        ("Wednesday", "DATE", "2006-09-06")]
    assert found("The group flies home Saturday.", tue) == [("Saturday", "DATE", "2006-09-09")]


def test_a_morning_clock_in_the_past_perfect_stays_on_the_story_day():
    ref = date(1990, 11, 5)  # a Monday
    assert found("He died Sunday; he was pronounced dead at 1:15 p.m. The race had started at "
                 "8:30 a.m.", ref)[-1] == ("8:30 a.m.", "TIME", "1990-11-04T08:30")
    # a deadline in the past perfect may lie in the next morning
    assert found("A blizzard dumped snow on the city Saturday, ending at 9 p.m. All streets had "
                 "been plowed by 6 a.m.", date(2000, 12, 31))[-1] == (
        "6 a.m.", "TIME", "2000-12-31T06:00")
    # without it, the story goes on to the next morning
    assert found("The strike began at 3 p.m. Sunday. Workers walked out at 6:15 a.m.", ref)[
        -1] == ("6:15 a.m.", "TIME", "1990-11-05T06:15")


def test_a_plan_verb_and_a_day_before_to_still_look_ahead():
    tue = date(2019, 4, 16)
    assert found("The two men agreed today to face each other in a debate Friday.", tue) == [
        ("today", "DATE", "2019-04-16"), ("Friday", "DATE", "2019-04-19")]
    assert found("The two men agreed Monday to debate Friday.", tue) == [
        ("Monday", "DATE", "2019-04-15"), ("Friday", "DATE", "2019-04-19")]


def test_a_counted_plural_is_no_schedule_verb():
    mon = date(2000, 11, 27)
    assert found("Harris declared Bush the winner by 537 votes Sunday night.", mon) == [
        ("Sunday night", "TIME", "2000-11-26TNI")]
    assert found("The mayor made two visits Friday.", mon) == [("Friday", "DATE", "2000-11-24")]
    assert found("The council votes Tuesday.", mon) == [("Tuesday", "DATE", "2000-11-28")]
    # a year before the verb is no count
    assert found("Congress passed a budget as fiscal 2019 begins Monday.", date(2018, 9, 26))[
        -1] == ("Monday", "DATE", "2018-10-01")


def test_a_morning_clock_after_late_on_a_day_is_the_next_morning():
    fri = date(2014, 6, 27)
    assert found("The climber fell late Wednesday. A helicopter flew him out at about 9 a.m.",
                 fri)[-1] == ("about 9 a.m.", "TIME", "2014-06-26T09:00")
    assert found("The climber fell early Wednesday. A helicopter flew him out at about 9 a.m.",
                 fri)[-1] == ("about 9 a.m.", "TIME", "2014-06-25T09:00")


def test_a_length_before_earlier_this_month_keeps_its_own_anchor():
    assert found("Temperatures topped 95 degrees for nine straight days earlier this month.",
                 date(2001, 8, 20)) == [("nine straight days", "DURATION", "P9D"),
                                        ("earlier this month", "DATE", "2001-08")]
    assert found("He left two days later.", date(2001, 8, 20)) == [
        ("two days later", "DATE", "2001-08-22")]


def test_born_is_past_and_hope_looks_ahead():
    assert found("An okapi calf born in April will be on show.", date(2020, 6, 3)) == [
        ("April", "DATE", "2020-04")]
    assert found("Town officials hope to reopen it before Thanksgiving.", date(2019, 2, 17)) == [
        ("Thanksgiving", "DATE", "2019-11-28")]


def test_as_recently_as_and_a_day_like_are_no_expressions_of_their_own():
    ref = date(2004, 2, 10)
    assert found("Dean led national polls as recently as December.", ref) == [
        ("December", "DATE", "2003-12")]
    assert found('"A day like yesterday is a gift," she said. It lasted a week.', ref) == [
        ("yesterday", "DATE", "2004-02-09"), ("a week", "DURATION", "P1W")]
    assert found("It was a year that began badly and will be remembered as a year of fuller "
                 "planes. It has been a year to the day since the flood. The deadline moved "
                 "because the date fell on a weekend. He never missed a day.", ref) == [
        ("a year", "DURATION", "P1Y")]
    assert found("It is the one night when nobody complains, and the one day we want out. The "
                 "one-day course lasts one day.", ref) == [
        ("one-day", "DURATION", "P1D"), ("one day", "DURATION", "P1D")]


def test_years_later_from_a_season_or_a_month_is_a_year():
    ref = date(2003, 7, 1)
    assert found("In the summer of 1978 she was seven. Twenty-five years later, she is back.",
                 ref)[-1] == ("Twenty-five years later", "DATE", "2003")
    assert found("They won in April 1986. A decade later, they live in the same house.", ref)[
        -1] == ("A decade later", "DATE", "1996")
    # one year from a month stays that month: "in March, up from a year earlier"
    assert found("Sales rose in March 2003 from a year earlier.", ref)[-1] == (
        "a year earlier", "DATE", "2002-03")


def test_the_day_after_a_named_day_is_one_date():
    ref = date(1988, 12, 28)
    assert found("The phone started ringing the day after Christmas.", ref) == [
        ("the day after Christmas", "DATE", "1988-12-26")]
    assert found("He returned the day before Election Day.", ref) == [
        ("the day before Election Day", "DATE", "1988-11-07")]


def test_a_past_verb_whose_object_the_date_is_governs_it():
    assert found("The orchestra lost money in fiscal 2008, which ended Aug. 31, and expects a "
                 "larger deficit.", date(2009, 6, 12))[1] == ("Aug. 31", "DATE", "2008-08-31")
    # not a date naming the thing after it: "canceled Halloween parades" may be this year's
    assert found("Several cities canceled Halloween parades because of smoke.",
                 date(1993, 10, 28)) == [("Halloween", "DATE", "1993-10-31")]


def test_a_state_kept_until_a_day_is_no_past():
    ref = date(2003, 10, 27)  # a Monday
    assert found("Schools will stay closed at least until Wednesday.", ref) == [
        ("Wednesday", "DATE", "2003-10-29")]
    assert found("Schools stayed closed until Wednesday.", ref) == [
        ("Wednesday", "DATE", "2003-10-22")]


def test_to_before_a_number_hedge_is_no_infinitive():
    ref = date(2007, 10, 24)  # a Wednesday
    assert found("Winds had dropped to about 20 mph by late Tuesday.", ref) == [
        ("late Tuesday", "DATE", "2007-10-23")]
    assert found("They had hired haulers to clear the streets by Friday.", ref) == [
        ("Friday", "DATE", "2007-10-26")]


def test_was_to_and_a_verb_looks_ahead():
    tue = date(1988, 1, 12)
    assert found("A team was to arrive Wednesday to examine the rail.", tue) == [
        ("Wednesday", "DATE", "1988-01-13")]
    assert found("The team was to the north on Wednesday.", tue) == [
        ("Wednesday", "DATE", "1988-01-06")]


def test_a_name_between_a_past_verb_and_its_date_leaves_it_governing():
    assert found("The board voted to remove Pratt at a closed meeting on June 7.",
                 date(2006, 3, 20)) == [("June 7", "DATE", "2005-06-07")]
    assert found("Alaska canceled its Bering Sea crab season again in October.",
                 date(2023, 5, 1)) == [("October", "DATE", "2022-10")]


def test_a_founding_year_after_a_place_is_backstory():
    assert found("The company, founded in Kansas City in 1978, lost $12 million in the first "
                 "quarter.", date(2008, 5, 27))[-1] == ("the first quarter", "DATE", "2008-Q1")


def test_a_winter_spent_in_a_place_is_the_season():
    assert found("She spent the winter in rehabilitation. The fall in prices hurt.",
                 date(2013, 6, 9)) == [("the winter", "DATE", "2012-WI")]


def test_the_end_of_a_clock_range_is_not_on_a_day_ahead_told_before():
    wed = date(2023, 8, 16)
    assert found("Trains slowed Tuesday, and the heat would last through Friday. The railroad "
                 "imposed limits from noon Tuesday until 8 p.m.", wed)[-1] == (
        "8 p.m.", "TIME", "2023-08-15T20:00")


def test_a_past_verb_before_after_and_a_date_governs_it():
    assert found("Tourism never quite recovered after Sept. 11, owners said.",
                 date(2002, 9, 3)) == [("Sept. 11", "DATE", "2001-09-11")]


def test_a_participle_after_a_preposition_or_an_ordinal_is_an_adjective():
    sat = date(2006, 8, 19)
    assert found("The council would meet in closed session Tuesday.", sat) == [
        ("Tuesday", "DATE", "2006-08-22")]
    assert found("The candidates will face off in their first televised debate on Sunday.",
                 sat) == [("Sunday", "DATE", "2006-08-20")]
    assert found("The council met and closed the session Tuesday.", sat) == [
        ("Tuesday", "DATE", "2006-08-15")]


def test_a_chance_a_meeting_called_for_a_day_and_until_at_least_look_ahead():
    tue = date(2021, 2, 16)
    assert found("Forecasters give a chance of thunderstorms Wednesday.", tue) == [
        ("Wednesday", "DATE", "2021-02-17")]
    assert found("The agency has called an emergency meeting of donors in Rome for Monday.",
                 tue) == [("Monday", "DATE", "2021-02-22")]
    assert found("Airlines have suspended flights to the region until at least Wednesday.",
                 tue) == [("Wednesday", "DATE", "2021-02-17")]


def test_a_forecast_and_its_object_before_a_day_look_ahead():
    tue = date(2021, 2, 16)
    assert found("Forecasters warned of more freezing rain Wednesday night.", tue) == [
        ("Wednesday night", "TIME", "2021-02-17TNI")]
    assert found("Forecasters predicted on Monday that rain would fall.", tue) == [
        ("Monday", "DATE", "2021-02-15")]


def test_continues_through_and_everything_left_look_ahead():
    sat = date(2018, 8, 11)
    assert found("The sale, held every August, continues through Sunday.", sat)[-1] == (
        "Sunday", "DATE", "2018-08-12")
    assert found("Everything left on Sunday afternoon will go for $5 a box.", sat) == [
        ("Sunday afternoon", "TIME", "2018-08-12TAF")]


def test_did_not_end_until_is_past_and_may_have_to_looks_ahead():
    sun = date(2016, 1, 24)
    story = ("The storm did not end until late Saturday night, a tenth of an inch short of the "
             "record set in February 2006. The mayor lifted a ban on travel at 7 a.m.")
    assert found(story, sun) == [("late Saturday night", "TIME", "2016-01-23TNI"),
                                 ("February 2006", "DATE", "2006-02"),
                                 ("7 a.m.", "TIME", "2016-01-24T07:00")]
    assert found("Students may have to make up the lost days in June.", date(1988, 1, 9)) == [
        ("June", "DATE", "1988-06")]


def test_a_when_clause_after_a_date_tells_its_tense():
    assert found("The ban is backdated to July 1, when he was provisionally suspended.",
                 date(2010, 9, 20)) == [("July 1", "DATE", "2010-07-01")]
    # mixed cues in the clause tell nothing sure: the rest of the sentence decides
    assert found("Cuts would ease from March, when new plants and imported power are due.",
                 date(2024, 11, 4)) == [("March", "DATE", "2025-03")]


def test_a_date_naming_its_subject_takes_the_past_verb_after_it():
    ref = date(1993, 12, 31)
    assert found("The Jan. 14 explosion caught a group of volcanologists.", ref) == [
        ("Jan. 14", "DATE", "1993-01-14")]
    assert found("The Jan. 14 meeting will decide.", ref) == [("Jan. 14", "DATE", "1994-01-14")]
    assert found("Players will work off their Thanksgiving dinners hunched over green felt.",
                 date(1989, 11, 22)) == [("Thanksgiving", "DATE", "1989-11-23")]


def test_a_past_verb_before_from_governs_the_date():
    assert found("The assembly passed the measures during its session, which ran from January "
                 "to June 30.", date(1993, 12, 31)) == [
        ("January", "DATE", "1993-01"), ("June 30", "DATE", "1993-06-30")]


def test_prepared_to_looks_ahead():
    assert found("The jury prepared to award the Golden Lion on Saturday.", date(2014, 9, 5)) == [
        ("Saturday", "DATE", "2014-09-06")]


def test_cannot_hears_and_extend_to_look_ahead():
    assert found("It cannot lay off workers before Sept. 30.", date(2020, 4, 29)) == [
        ("Sept. 30", "DATE", "2020-09-30")]
    assert found("The court hears a challenge to it Thursday.", date(1999, 1, 4)) == [
        ("Thursday", "DATE", "1999-01-07")]
    assert found("The board voted to extend the calendar to June 12.", date(1998, 3, 9)) == [
        ("June 12", "DATE", "1998-06-12")]


def test_figures_for_a_month_are_of_a_month_gone_by():
    assert found("The society will publish figures for January next month.",
                 date(1994, 3, 9))[0] == ("January", "DATE", "1994-01")
    assert found("Advance sales for December were running ahead.", date(2022, 10, 3)) == [
        ("December", "DATE", "2022-12")]
    assert found("Delta will pay $36 a share, a 27 percent premium over Ozark's closing price "
                 "Tuesday.", date(2016, 9, 28)) == [("Tuesday", "DATE", "2016-09-27")]


def test_a_clock_before_a_weekday_night_is_in_the_evening():
    assert found("The outage began at 11 o'clock Saturday night.", date(2005, 7, 31)) == [
        ("11 o'clock Saturday night", "TIME", "2005-07-30T23:00")]


def test_more_weekday_directions_from_news():
    assert found("The airline did not return to a full schedule until Saturday afternoon.",
                 date(2016, 9, 13)) == [("Saturday afternoon", "TIME", "2016-09-10TAF")]
    assert found("Ice forced the ferry, which normally stays open, to halt service Tuesday "
                 "night.", date(2006, 2, 2)) == [("Tuesday night", "TIME", "2006-01-31TNI")]
    assert found("The service issued a red flag warning for fire danger in the mountains and "
                 "valleys through Wednesday evening.", date(2016, 10, 4)) == [
        ("Wednesday evening", "TIME", "2016-10-05TEV")]
    assert found("Schools will close Wednesday through Friday for Thanksgiving.",
                 date(2010, 11, 18))[:2] == [("Wednesday", "DATE", "2010-11-24"),
                                             ("Friday", "DATE", "2010-11-26")]
    assert found("Corvane unveiled a smartphone at the show Monday night, betting that buyers "
                 "will like it.", date(2007, 1, 9))[0] == ("Monday night", "TIME", "2007-01-08TNI")


def test_a_length_in_three_parts_is_one_duration():
    assert found("The race record of two days, 14 hours and 36 minutes still stands.",
                 date(2004, 12, 27)) == [("two days, 14 hours and 36 minutes", "DURATION",
                                          "P2DT14H36M")]
    # the third part no remainder of the second: two lengths
    assert [f[0] for f in found("It took three hours, 20 minutes and 90 seconds.")] == [
        "three hours, 20 minutes", "90 seconds"]


def test_the_past_fortnight_is_how_long():
    assert found("He said the past fortnight had been the driest on record.",
                 date(2019, 11, 12)) == [("the past fortnight", "DURATION", "P2W")]


def test_the_day_an_anniversary_marks_is_that_many_years_back():
    assert found("The Jets will mark the 10th anniversary of the Sept. 11 attacks on Sunday.",
                 date(2011, 9, 8)) == [("Sept. 11", "DATE", "2001-09-11"),
                                       ("Sunday", "DATE", "2011-09-11")]


def test_a_day_offset_from_a_year_gone_by_counts_from_the_story_day():
    text = ("When the Tour starts in Brussels on July 6, the city will honor Eddy Merckx, who won "
            "his first title in July 1969. The team time trial follows the next day.")
    assert found(text, date(2019, 6, 16))[-1] == ("the next day", "DATE", "2019-07-07")
    text = ("The festival ended late Sunday. Many fans went to a revival of the 1969 Woodstock "
            "festival, held the same weekend.")
    assert found(text, date(1994, 8, 15))[-1] == ("the same weekend", "DATE", "1994-W32-WE")
    text = ("Boonen will ride the Tour of Flanders on April 3. The race was first held in 1913. "
            "Paris-Roubaix follows a week later.")
    assert found(text, date(2005, 3, 31))[-1] == ("a week later", "DATE", "2005-04-10")


def test_until_a_morning_clock_after_an_evening_one_is_the_next_morning():
    assert found("Rides will be free after 8 p.m., and trains will run until 2 a.m.",
                 date(1991, 12, 31)) == [("8 p.m.", "TIME", "1991-12-31T20:00"),
                                         ("2 a.m.", "TIME", "1992-01-01T02:00")]
    assert found("The store opens at 9 a.m. and stays open until 9 p.m.",
                 date(1991, 12, 31))[1] == ("9 p.m.", "TIME", "1991-12-31T21:00")


def test_per_second_after_a_unit_of_measure_is_no_recurrence():
    assert found("Releases will drop from 24,000 cubic feet per second Tuesday.",
                 date(2011, 8, 1)) == [("Tuesday", "DATE", "2011-08-02")]
    assert found("Gusts reached 185 km (115 miles) per hour.", date(2011, 8, 1)) == []


def test_more_holidays_and_a_leap_day():
    assert found("The bakery will bring back saffron buns for St. Lucia Day.",
                 date(2013, 11, 29)) == [("St. Lucia Day", "DATE", "2013-12-13")]
    assert found("Students will have the day off for Indigenous Peoples' Day.",
                 date(2023, 10, 5)) == [("Indigenous Peoples' Day", "DATE", "2023-10-09")]
    # Feb. 29 is in leap years only: the nearest one
    assert found("For Jenny Kraus, Leap Day is a birthday.", date(2023, 3, 1)) == [
        ("Leap Day", "DATE", "2024-02-29")]


def test_march_after_at_least_and_a_month_after_with():
    assert found("Residents will stay under watering limits until at least March.",
                 date(2000, 11, 14)) == [("March", "DATE", "2001-03")]
    assert [f[0] for f in found("With November's elections approaching, members marched.",
                                date(2010, 9, 20))] == ["November"]


def test_vague_spans_in_pairs_in_advance_and_a_quarter_century():
    assert found('"It could be weeks or months," one geologist said.', date(2008, 5, 5)) == [
        ("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")]
    assert found("Bakers lock in flour prices months in advance.", date(2008, 5, 5)) == [
        ("months", "DURATION", "PXM")]
    assert found("The volcano, dormant for thousands of years, erupted.", date(2008, 5, 5)) == [
        ("thousands of years", "DURATION", "PXY")]
    assert found("It was the strongest quake in a quarter century.", date(2014, 8, 25)) == [
        ("a quarter century", "DURATION", "P25Y")]
    # one stretch, not two spans
    assert found("Many funds in recent weeks and months have been selling.",
                 date(1989, 10, 30))[-1][0] != "months"


def test_a_year_earlier_after_three_months_ended_is_that_quarter_a_year_back():
    text = ("Net income for the three months ended Dec. 31 was $14.2 million, compared with "
            "$17.3 million a year earlier.")
    assert found(text, date(1995, 2, 1))[-1] == ("a year earlier", "DATE", "1993-Q4")
    # months that are no calendar quarter: the year
    assert found(text.replace("Dec. 31", "Nov. 30"), date(1995, 2, 1))[-1] == (
        "a year earlier", "DATE", "1993")


def test_a_range_without_years_lies_within_a_year_under_way_if_it_can():
    assert found("Americans will travel from Nov. 27 to Dec. 1, most of them by car.",
                 date(2013, 11, 29)) == [("Nov. 27", "DATE", "2013-11-27"),
                                         ("Dec. 1", "DATE", "2013-12-01")]
    assert found("Runoff is forecast at 58 percent of normal from January through July.",
                 date(2001, 4, 18)) == [("January", "DATE", "2001-01"), ("July", "DATE", "2001-07")]
    assert found("Drivers who paid tickets issued between September and December will be "
                 "eligible for refunds.", date(2002, 1, 14)) == [
        ("September", "DATE", "2001-09"), ("December", "DATE", "2001-12")]
    # a year told before the range is the range's
    assert [f[1:] for f in found("The 2020 Olympics will be held from July 24 to Aug. 9.",
                                 date(2018, 7, 27))][1:] != [("DATE", "2018-07-24"),
                                                             ("DATE", "2018-08-09")]


def test_will_through_a_month_just_gone_is_next_years():
    assert found("Centennial events will continue through December.", date(1990, 1, 1)) == [
        ("December", "DATE", "1990-12")]


def test_as_early_as_a_day_looks_ahead_not_a_clock():
    assert found("Azar said the first shots could be given as early as Monday.",
                 date(2020, 12, 11)) == [("Monday", "DATE", "2020-12-14")]
    assert found("Some stores opened on Thanksgiving, as early as 5 p.m.",
                 date(2017, 11, 24))[1] == ("5 p.m.", "TIME", "2017-11-23T17:00")


def test_a_participle_after_a_past_date_does_not_turn_it_ahead():
    assert found("Hundreds of people lined up outside the hospital Thursday hoping to get a "
                 "dose.", date(2022, 7, 8)) == [("Thursday", "DATE", "2022-07-07")]
    assert found("Two hikers set out from Pinkham Notch on Sunday morning hoping to reach the "
                 "summit.", date(2025, 2, 18)) == [("Sunday morning", "TIME", "2025-02-16TMO")]


def test_a_mountains_north_face_is_no_verb():
    assert found("The climbers set out on the mountain's north face on Thursday morning.",
                 date(1998, 1, 31)) == [("Thursday morning", "TIME", "1998-01-29TMO")]


def test_had_to_by_a_day_is_a_deadline_gone_by():
    assert found("Exhibitors had to have their animals checked in by 5 p.m. Friday.",
                 date(2002, 9, 9)) == [("5 p.m. Friday", "TIME", "2002-09-06T17:00")]


def test_a_morning_clock_after_midnight_is_the_next_day():
    text = ("The park was packed on New Year's Eve. When the countdown reached midnight, the "
            "fountains went off. The crowd drifted out at 12:30 a.m.")
    assert found(text, date(2000, 1, 1))[-1] == ("12:30 a.m.", "TIME", "2000-01-01T00:30")


def test_a_count_earlier_in_the_clause_makes_a_day_its_rate():
    assert found("Royal Mail, which handles about 82 million letters and parcels a day, said it "
                 "would hire.", date(2011, 6, 1)) == [("a day", "SET", "P1D")]
    assert found("Tourism brings about $7 billion into the area a year.", date(2011, 6, 1)) == [
        ("a year", "SET", "P1Y")]
    assert found("He served 5 years in prison and spent a year on probation.",
                 date(2011, 6, 1))[-1] == ("a year", "DURATION", "P1Y")
    assert found("For airlines, 2012 will be remembered as a year of fuller planes.",
                 date(2012, 12, 28))[-1][1] != "SET"


def test_the_rest_of_the_week_is_this_week():
    assert found("Many expect choppy trading for the rest of the week.", date(1989, 10, 16)) == [
        ("the rest of the week", "DATE", "1989-W42")]
    assert found("The day was long.", date(1989, 10, 16)) == []


def test_parts_of_the_story_day_written_other_ways():
    assert found("The Dow recovered much of that loss by midmorning.", date(2015, 8, 24)) == [
        ("midmorning", "TIME", "2015-08-24TMO")]
    assert found("Shares rose 1.2 percent in afternoon trading.", date(2008, 4, 30)) == [
        ("afternoon", "TIME", "2008-04-30TAF")]
    assert found("Friday's plunge came late in the afternoon.", date(1989, 10, 16)) == [
        ("Friday", "DATE", "1989-10-13"), ("late in the afternoon", "TIME", "1989-10-13TAF")]
    assert found("Stocks slid Friday for most of the afternoon.", date(2012, 5, 19))[-1] == (
        "the afternoon", "TIME", "2012-05-18TAF")
    assert found("The morning papers carried the story.", date(2015, 8, 24)) == []


def test_may_and_march_described_owned_or_paired_are_months():
    assert found("The gains did little to salvage a rough May.", date(2006, 6, 1)) == [
        ("May", "DATE", "2006-05")]
    assert found("Investors turn to the government's May employment report.",
                 date(2006, 6, 1)) == [("May", "DATE", "2006-05")]
    assert [f[0] for f in found("It set up a fight in late February or March.",
                                date(2013, 1, 2))] == ["late February", "March"]
    assert found("Britain's May said the talks would go on.", date(2017, 6, 1)) == []


def test_a_year_in_a_relative_clause_told_in_passing_is_not_the_storys():
    text = ("In Milwaukee, which began curbside recycling in 1991, revenue fell 40 percent in "
            "the third quarter.")
    assert found(text, date(1995, 10, 14))[-1] == ("the third quarter", "DATE", "1995-Q3")
    text = ("Marcus Reed, who was shot on Nov. 9, 2017, died. Brandt was fired three days later.")
    assert found(text, date(2019, 9, 23))[-1] == ("three days later", "DATE", "2017-11-12")


def test_a_week_earlier_after_this_year_counts_from_the_last_day_told():
    text = ("A wrong-way driver died on Sunday, Sept. 12. It was the fifth such crash on Nevada "
            "highways this year. A week earlier, another driver died.")
    assert found(text, date(2021, 9, 13))[-1][2].startswith("2021-")


def test_that_may_is_a_month_of_the_year_told():
    text = ("The barge left Islip in March 1987. It returned to New York harbor that May, and "
            "its cargo was burned four months later.")
    assert found(text, date(1988, 6, 8))[1:] == [("that May", "DATE", "1987-05"),
                                               ("four months later", "DATE", "1987-09")]
    # the conjunction
    assert found("He said that May would be busy.", date(1988, 6, 8)) == []
    assert [f[0] for f in found("Keepers believe the calf could arrive soon, noting that "
                                "April's belly has dropped.", date(2017, 3, 1))] == ["April"]


def test_ahead_of_an_event_on_a_day_and_a_vote_told_at_length_look_ahead():
    assert found("Campaigners warned on Sunday, ahead of the government's spending review on "
                 "Wednesday.", date(2010, 10, 18)) == [("Sunday", "DATE", "2010-10-17"),
                                                       ("Wednesday", "DATE", "2010-10-20")]
    assert found("The Senate passed the bill, clearing the way for a final vote in the lower "
                 "house on Saturday.", date(2011, 11, 10)) == [("Saturday", "DATE", "2011-11-12")]


def test_a_sentence_opening_with_a_bare_verb_looks_ahead():
    assert found('"Come down on Sunday and watch them fight over the mysteries."',
                 date(1994, 10, 18)) == [("Sunday", "DATE", "1994-10-23")]
    assert found("Go figure: the store closed Monday.", date(1994, 10, 18)) == [
        ("Monday", "DATE", "1994-10-17")]


def test_should_have_with_an_object_looks_ahead():
    assert found("The utility said snow had brought down power lines, and most customers should "
                 "have service back by the weekend.", date(1997, 4, 2)) == [
        ("the weekend", "DATE", "1997-W14-WE")]
    assert found("He should have known about it Monday.", date(1997, 4, 2)) == [
        ("Monday", "DATE", "1997-03-31")]


def test_the_coming_year_counts_from_now_not_from_the_last_year_told():
    text = ("The state spent $2 million on inspections in 1992 and will add staff in 1993. The "
            "department is seeking money in the budget for the coming year.")
    assert found(text, date(1992, 12, 31))[-1] == ("the coming year", "DATE", "1993")


def test_a_noun_cue_right_after_a_past_verb_is_its_object():
    assert found("Lightning halted play for two hours Saturday afternoon.", date(1991, 6, 16))[
        -1] == ("Saturday afternoon", "TIME", "1991-06-15TAF")


def test_a_long_range_keeps_the_year_nearer_the_story():
    assert found("The new James Bond film was moved from April to November.",
                 date(2020, 3, 17)) == [("April", "DATE", "2020-04"),
                                        ("November", "DATE", "2020-11")]
    assert found("Executives cautioned that December would be harder to call.",
                 date(1990, 11, 2)) == [("December", "DATE", "1990-12")]


def test_the_year_a_sentence_opens_with_holds_its_dates_ahead_too():
    assert found("The 1994 fair is scheduled to open on Aug. 25.", date(1993, 9, 6)) == [
        ("1994", "DATE", "1994"), ("Aug. 25", "DATE", "1994-08-25")]
    assert found("The 2011 exposition is scheduled to begin on Nov. 5.", date(2011, 1, 24)) == [
        ("2011", "DATE", "2011"), ("Nov. 5", "DATE", "2011-11-05")]
    text = "A flood in February 1996 closed the store. Morrow reopened that July with new racks."
    assert found(text, date(2019, 5, 2))[-1] == ("that July", "DATE", "1996-07")


def test_a_month_of_figures_to_be_reported_is_one_gone_by():
    assert found("The Commerce Department will report July sales of new homes.",
                 date(2005, 8, 19)) == [("July", "DATE", "2005-07")]
    assert found("The port will release its October figures.", date(2008, 11, 20)) == [
        ("October", "DATE", "2008-10")]
    # a quarter still to end is no such month
    assert found("The company will report third-quarter results in late October.",
                 date(2024, 8, 1))[0] == ("third-quarter", "DATE", "2024-Q3")


def test_the_friday_before_christmas_is_one_date():
    assert found("Traffic backed up on the Friday before Christmas.", date(2016, 12, 28)) == [
        ("the Friday before Christmas", "DATE", "2016-12-23")]
    assert found("Lawmakers returned on Monday after the Thanksgiving holiday.",
                 date(2011, 11, 29)) == [("Monday", "DATE", "2011-11-28"),
                                         ("Thanksgiving", "DATE", "2011-11-24")]


def test_a_date_in_a_relative_clause_takes_its_verb_not_the_main_clauses():
    assert found("A disaster aid bill that would extend the program through Sept. 30 was "
                 "blocked in the House.", date(2019, 5, 26)) == [("Sept. 30", "DATE", "2019-09-30")]
    assert found("Two lawmakers said they will end the exemption, as a measles outbreak that "
                 "began at Disneyland in December continues to spread.", date(2015, 2, 5)) == [
        ("December", "DATE", "2014-12")]


def test_following_an_event_in_a_month_after_a_present_tense_is_gone_by():
    assert found("The quake is the second disaster for insurers, following the wildfires in "
                 "Malibu in late October.", date(1994, 1, 21)) == [
        ("late October", "DATE", "1993-10")]


def test_hold_in_the_present_is_a_schedule():
    assert found("The commissioners hold their last meeting before the holiday break Thursday.",
                 date(1993, 12, 28)) == [("Thursday", "DATE", "1993-12-30")]


def test_by_a_days_event_is_the_agent_not_a_deadline():
    assert found("Road crews struggled to clear highways buried by Thursday's snowstorm.",
                 date(1988, 1, 8)) == [("Thursday", "DATE", "1988-01-07")]


def test_the_bare_verb_after_let_has_no_tense():
    text = ("Three sea turtles were returned to the Gulf on Monday. The three were let go from "
            "a beach at 9 a.m.")
    assert found(text, date(2023, 1, 17))[-1] == ("9 a.m.", "TIME", "2023-01-16T09:00")


def test_volunteered_to_is_a_plan():
    assert found("Dozens of customers have volunteered to form a book brigade on Monday "
                 "morning.", date(2008, 5, 8)) == [("Monday morning", "TIME", "2008-05-12TMO")]


def test_moves_in_the_present_is_a_schedule():
    assert found("The circus played in Paris, Texas. On Tuesday, it moves on to Durant.",
                 date(1996, 6, 8)) == [("Tuesday", "DATE", "1996-06-11")]
    assert found("Drivers were urged to stay off rural roads until the storm moves out Saturday.",
                 date(1991, 2, 14)) == [("Saturday", "DATE", "1991-02-16")]


def test_include_in_the_present_is_a_schedule():
    assert found("Special events include lectures and a citywide disaster drill on Saturday.",
                 date(2006, 4, 18)) == [("Saturday", "DATE", "2006-04-22")]


def test_get_in_the_present_looks_ahead():
    assert found('"Saturday, they finally get their library back," James said.',
                 date(2025, 5, 21)) == [("Saturday", "DATE", "2025-05-24")]


def test_keeps_with_a_state_looks_ahead():
    assert found("State law keeps package stores closed Thursday.", date(1999, 11, 23)) == [
        ("Thursday", "DATE", "1999-11-25")]


def test_a_past_clock_after_a_day_ahead_takes_the_last_day_gone_by():
    text = ("Thousands ringed the Capitol Sunday afternoon, as lawmakers prepared to open a "
            "special session Tuesday. The march began at 1 p.m. at a park.")
    assert found(text, date(2011, 11, 7))[-1] == ("1 p.m.", "TIME", "2011-11-06T13:00")


def test_a_season_described_is_a_season():
    assert found("Theater owners expect a strong summer.", date(1990, 6, 4)) == [
        ("summer", "DATE", "1990-SU")]
    assert found("Holloway blamed a cold, wet spring that left dresses unsold.",
                 date(1995, 6, 14)) == [("spring", "DATE", "1995-SP")]
    assert found("Two weeks after a historic winter storm, courses reopened.",
                 date(2021, 3, 2))[-1][0] != "winter"
    assert found("The idea of a republic will fall to dust.", date(1998, 2, 13)) == []


def test_a_forecast_and_a_showing_added_look_ahead():
    assert found("The Met Office forecast more snow for parts of the country Tuesday night, "
                 "though it said conditions should improve.", date(2010, 12, 20)) == [
        ("Tuesday night", "TIME", "2010-12-21TNI")]
    assert found("Festival officials added a fifth showing for Thursday afternoon.",
                 date(2006, 2, 15)) == [("Thursday afternoon", "TIME", "2006-02-16TAF")]
    assert found("A forecast the group released Monday said the market would recover.",
                 date(2021, 10, 13)) == [("Monday", "DATE", "2021-10-11")]


def test_was_done_by_a_day_with_words_between():
    assert found("Power was restored to most homes by Friday, but residents remain under "
                 "orders to boil water.", date(2021, 2, 22)) == [("Friday", "DATE", "2021-02-19")]
    assert found("Owner Manuel Silva said the family was insured and hoped to reopen by "
                 "Christmas.", date(2004, 3, 10)) == [("Christmas", "DATE", "2004-12-25")]


def test_reopen_in_the_present_is_a_schedule():
    assert found("The county's courts, closed for the holiday, reopen Friday.",
                 date(2009, 1, 1)) == [("Friday", "DATE", "2009-01-02")]


def test_shut_is_a_past_cue():
    assert found("The city shut its drinking water intake Monday and plans to keep it closed.",
                 date(2010, 7, 14)) == [("Monday", "DATE", "2010-07-12")]
    assert found("Talks resume next week, the first since a strike that shut down mail delivery "
                 "for much of November.", date(2025, 1, 17))[-1] == ("November", "DATE",
                                                                       "2024-11")


def test_figures_for_two_months_are_both_gone_by():
    assert found("The society will publish figures for January and February next month.",
                 date(1994, 3, 9))[:2] == [("January", "DATE", "1994-01"),
                                           ("February", "DATE", "1994-02")]


def test_called_back_to_the_bargaining_table_on_a_day_ahead():
    assert found("A federal mediator has called both sides back to the bargaining table on "
                 "Wednesday.", date(1995, 6, 10)) == [("Wednesday", "DATE", "1995-06-14")]


def test_a_range_keeps_the_year_its_sentence_opens_with():
    assert found("Last year, the shelter took in 140 rabbits between April and June.",
                 date(1996, 4, 20))[1:] == [("April", "DATE", "1995-04"),
                                            ("June", "DATE", "1995-06")]


def test_a_century_rate_and_more_holidays():
    assert found("Mercury transits the sun about 13 times a century.", date(2003, 5, 7)) == [
        ("13 times a century", "SET", "P100Y")]
    assert found("The arboretum will mark Arbor Day with a planting.", date(2014, 4, 20)) == [
        ("Arbor Day", "DATE", "2014-04-25")]
    assert found("Shelters hope for donations on Giving Tuesday.", date(2015, 11, 28)) == [
        ("Giving Tuesday", "DATE", "2015-12-01")]


def test_sunday_school_is_no_day():
    assert found("He taught Sunday school at the church.", date(1997, 10, 20)) == []
    assert found("Try a Sunday-size grid, or a Saturday-level puzzle.", date(1997, 10, 20)) == []
    assert found("FRIDAY HARBOR, Wash. — Pilots will fly on FRIDAY.", date(1997, 10, 20)) == [
        ("FRIDAY", "DATE", "1997-10-24")]
    assert found("The Port of Friday Harbor's boat arrived for the roar of Friday's launch.",
                 date(1997, 10, 20)) == [("Friday", "DATE", "1997-10-17")]


def test_walk_in_hours_are_a_kind_of_hours():
    assert found("Several offices will keep walk-in hours Saturday morning.",
                 date(2011, 8, 30)) == [("Saturday morning", "TIME", "2011-09-03TMO")]


def test_march_described_at_a_sentence_start_or_as_early_as():
    assert found("An unusually warm March had coaxed trees into bloom.", date(1991, 4, 1)) == [
        ("March", "DATE", "1991-03")]
    assert found("A decision could come as early as March.", date(2025, 1, 10)) == [
        ("March", "DATE", "2025-03")]


def test_has_with_an_object_is_on_the_calendar():
    assert found("Caterer Molly Fenwick has three weddings on Saturday.", date(2023, 9, 12)) == [
        ("Saturday", "DATE", "2023-09-16")]
    assert found("Homes normally served on Wednesdays will have their trash picked up Thursday.",
                 date(1996, 12, 31))[-1] == ("Thursday", "DATE", "1997-01-02")
    assert found("The firm has reported a loss on Monday.", date(2023, 9, 12)) == [
        ("Monday", "DATE", "2023-09-11")]


def test_a_noun_cue_after_a_long_noun_phrase_is_a_noun():
    assert found("Thousands of children became eligible for coverage under the state's expanded "
                 "children's health plan Friday, but advocates warned that a dentist who will take "
                 "them may be hard to find.", date(1999, 1, 4)) == [
        ("Friday", "DATE", "1999-01-01")]


def test_the_following_month_or_season_counts_from_the_story():
    assert found("On Feb. 15, 1961, she met him. They married the following June. "
                 "The next spring they moved.", date(2000, 5, 1)) == [
        ("Feb. 15, 1961", "DATE", "1961-02-15"), ("the following June", "DATE", "1961-06"),
        ("The next spring", "DATE", "1962-SP")]
    assert found("In June 2003, the plant opened. The previous March, workers had struck.",
                 date(2010, 5, 1))[-1] == ("The previous March", "DATE", "2003-03")


def test_the_same_day_after_a_year_that_holds_the_day_told():
    assert found("The cherry trees reached peak bloom on Tuesday, the park service said, ahead "
                 "of its forecast. Warm weather pushed the blossoms into flower early, catching "
                 "many tourists and hotels by surprise. The festival is marking the centennial "
                 "of the gift of the trees this year with its longest program ever. The festival "
                 "opened the same day.", date(2012, 3, 21))[-1] == (
        "the same day", "DATE", "2012-03-20")
    assert found("The plant opened in 1987. That day, workers cheered.", date(2012, 3, 21)) == [
        ("1987", "DATE", "1987")]


def test_a_forecast_issued_is_a_noun_told_as_done():
    assert found("Gray, who issued his first forecast for the season in April, updated it this "
                 "week.", date(1990, 6, 1))[0] == ("April", "DATE", "1990-04")


def test_a_past_participle_in_a_future_clause_sets_no_deadline_met():
    assert found("Banks must meet a new capital target set by regulators by the end of June.",
                 date(2011, 12, 31)) == [("the end of June", "DATE", "2012-06")]


def test_a_quarter_in_the_sentence_before_is_no_apposition():
    assert found("The bank's second-quarter profit doubled. It earned $142 million, up from "
                 "$61 million a year earlier. For the first half, profit reached $268 million.",
                 date(2021, 7, 14))[-1] == (
        "the first half", "DATE", "2021-H1")


def test_months_counted_after_a_decade_count_from_the_day_told():
    assert found("A worker was hurt on Oct. 14, 2008. The escalator, installed in the 1980s, had "
                 "been inspected two months earlier.", date(2011, 7, 5))[-1] == (
        "two months earlier", "DATE", "2008-08")
    assert found("The escalator, installed in the 1980s, had been inspected two months earlier.",
                 date(2011, 7, 5))[-1] == ("two months earlier", "DURATION", "P2M")


def test_fall_after_to_or_a_modal_is_the_verb():
    assert found("Forecasters expect world oil demand to fall next year.", date(2008, 12, 5)) == [
        ("next year", "DATE", "2009")]
    assert found("Prices could fall this spring.", date(2008, 12, 5)) == [
        ("this spring", "DATE", "2008-SP")]
    assert found("The bee moved so it will not fall on Lunar New Year, and prices won't fall.",
                 date(2008, 12, 5)) == [("Lunar New Year", "DATE", "2009-01-26")]


def test_a_release_of_results_in_the_present_is_on_the_calendar():
    assert found("Union Pacific reports second-quarter results on Thursday.",
                 date(2022, 7, 20))[-1] == ("Thursday", "DATE", "2022-07-21")
    assert found("News reports on Monday said the plant closed.", date(2022, 7, 20)) == [
        ("Monday", "DATE", "2022-07-18")]


def test_those_invited_or_called_to_a_meeting_go_ahead():
    assert found("Members have been invited to a meeting at 7 p.m. Tuesday at the church.",
                 date(1990, 10, 1)) == [("7 p.m. Tuesday", "TIME", "1990-10-02T19:00")]
    assert found("The ministry has called unions and employers to talks on Friday.",
                 date(2006, 7, 26)) == [("Friday", "DATE", "2006-07-28")]
    assert found("The team was invited to the White House on Monday.", date(2006, 7, 26)) == [
        ("Monday", "DATE", "2006-07-24")]


def test_the_soonest_of_a_past_that_was_not():
    assert found("The board blocked a strike that could have begun as early as Monday.",
                 date(2022, 7, 20)) == [("Monday", "DATE", "2022-07-18")]


def test_a_closed_quotation_lends_its_verbs_to_no_date_after_it():
    assert found('"Some factories will close, there is no doubt," said Annisul Huq, a former head '
                 'of the association, at a meeting of factory owners on Thursday.',
                 date(2005, 1, 1)) == [("Thursday", "DATE", "2004-12-30")]
    assert found('Celebrities will host a telethon, "Hope for Haiti Now," at 8 p.m. EST Friday.',
                 date(2010, 1, 20)) == [("8 p.m. EST Friday", "TIME", "2010-01-22T20:00")]


def test_what_a_past_clause_heads_into_lies_ahead():
    assert found("Prices dropped, giving motorists a break heading into summer.",
                 date(2003, 5, 27)) == [("summer", "DATE", "2003-SU")]
    assert found("Stocks slipped as traders headed into the weekend.", date(2003, 5, 30)) == [
        ("the weekend", "DATE", "2003-W22-WE")]


def test_to_before_a_noun_is_no_infinitive_of_a_plan():
    assert found("The center had raised its forecast to a high risk by late Monday afternoon.",
                 date(1999, 5, 4)) == [("late Monday afternoon", "TIME", "1999-05-03TAF")]


def test_a_participle_joined_to_one_after_a_modal_shares_its_tense():
    assert found("Part of the site would be preserved under the hotel lobby and opened to "
                 "visitors in the summer.", date(2003, 4, 19)) == [
        ("the summer", "DATE", "2003-SU")]
    assert found("The museum was closed and opened again in the summer.", date(2003, 4, 19)) == [
        ("the summer", "DATE", "2002-SU")]


def test_overnight_before_a_verb_is_the_night():
    assert found("Forecasters said temperatures overnight would dip into the low 40s.",
                 date(1999, 12, 31)) == [("overnight", "TIME", "1999-12-31TNI")]
    assert found("Rain overnight softened the ground.", date(1999, 12, 31)) == [
        ("overnight", "TIME", "1999-12-30TNI")]
    assert found("The park is closing to overnight guided groups.", date(1999, 12, 31)) == []


def test_overnight_as_at_once_is_no_night():
    ref = date(2020, 3, 31)
    assert found("Lockdowns closed florists almost overnight. \"We can't do it overnight,\" he "
                 "said. Change will not happen overnight.", ref) == []
    assert found("Temperatures did not drop overnight.", ref) == [
        ("overnight", "TIME", "2020-03-30TNI")]


def test_a_part_of_the_day_before_a_weekday_is_that_day_s():
    ref = date(2011, 4, 25)
    assert found("Ice refroze overnight Saturday, and the tower cracked.", ref) == [
        ("overnight Saturday", "TIME", "2011-04-23TNI")]
    assert found("Staff counted 4,200 visitors by mid-afternoon Sunday.", ref) == [
        ("mid-afternoon Sunday", "TIME", "2011-04-24TAF")]
    assert found("Staff counted visitors by late afternoon on Sunday.", ref) == [
        ("late afternoon", "TIME", "2011-04-24TAF"), ("Sunday", "DATE", "2011-04-24")]


def test_a_fronted_part_of_the_day_before_its_subject():
    assert found("Officials cut the ribbon at 9:30 a.m. today, and by early afternoon security "
                 "staff said they had stopped counting.", date(1992, 8, 11))[-1] == (
        "early afternoon", "TIME", "1992-08-11TAF")
    assert found("They worked by afternoon light.", date(1992, 8, 11)) == []


def test_a_noun_after_an_adjective_or_the_next_is_no_verb():
    assert found("The morning show will debut its own new set Monday.", date(2019, 10, 20)) == [
        ("Monday", "DATE", "2019-10-21")]
    assert found("The network named Trevor Noah as the next host of the show on Monday.",
                 date(2015, 3, 31)) == [("Monday", "DATE", "2015-03-30")]


def test_what_was_asked_through_a_day_lies_ahead():
    assert found("The utility asked residents to keep cutting back on water use through Tuesday.",
                 date(2011, 2, 6)) == [("Tuesday", "DATE", "2011-02-08")]
    assert found("The storm dumped snow through Tuesday.", date(2011, 2, 6)) == [
        ("Tuesday", "DATE", "2011-02-01")]


def test_may_and_march_scheduled_for_or_reported_are_months():
    assert found("Three more executions are scheduled for March.", date(1996, 2, 10)) == [
        ("March", "DATE", "1996-03")]
    assert found("Hinode will report May sales on Monday.", date(2024, 6, 1))[0] == (
        "May", "DATE", "2024-05")
    assert found("Support for May grew.", date(2024, 6, 1)) == []


def test_did_not_fully_reopen_until_is_a_past():
    assert found("The airspace did not fully reopen until Tuesday night, leaving passengers who "
                 "had planned to fly home with no way out.", date(2010, 4, 25)) == [
        ("Tuesday night", "TIME", "2010-04-20TNI")]


def test_a_past_evening_clock_after_today_told_ahead_is_last_evening():
    text = ("Riders spent two hours dangling above the park Tuesday night after a Ferris wheel "
            "lost power, and inspectors said the ride would stay shut today. The wheel stopped "
            "at 8:40 p.m. when a breaker failed.")
    assert found(text, date(1990, 7, 4))[-1] == ("8:40 p.m.", "TIME", "1990-07-03T20:40")


def test_march_after_for_is_the_month():
    assert found("Wages for March are due in early April.", date(2020, 4, 1)) == [
        ("March", "DATE", "2020-03"), ("early April", "DATE", "2020-04")]
    assert found("They voted for March Madness.", date(2020, 4, 1)) == []


def test_a_hedged_length_in_two_units_adds_them():
    assert found("The average game has lasted about 2 hours, 40 minutes.", date(2023, 9, 1)) == [
        ("2 hours, 40 minutes", "DURATION", "PT2H40M")]
    assert found("It lasted about 3 hours 20 minutes.", date(2023, 9, 1)) == [
        ("3 hours 20 minutes", "DURATION", "PT3H20M")]


def test_a_bare_hour_before_tonight_is_a_clock_time():
    assert found("Stores will stay open until 9 tonight.", date(1990, 12, 31)) == [
        ("9 tonight", "TIME", "1990-12-31T21:00")]
    assert found("He scored 9 tonight.", date(1990, 12, 31)) == [
        ("tonight", "TIME", "1990-12-31TNI")]
    assert found("Fireworks are scheduled for 9:15 tonight. Crews left before six this "
                 "morning; the band won six this morning.", date(1990, 12, 31)) == [
        ("9:15 tonight", "TIME", "1990-12-31T21:15"), ("six this morning", "TIME",
                                                       "1990-12-31T06:00"),
        ("this morning", "TIME", "1990-12-31TMO")]


def test_a_clock_and_that_night_are_one_time():
    assert found("The deadline was April 15. Post offices kept their lobbies open until 11 p.m. "
                 "that night.", date(2010, 4, 20))[-1] == (
        "11 p.m. that night", "TIME", "2010-04-15T23:00")


def test_its_last_holiday_is_the_final_one():
    assert found("The club will hold its last New Year's Eve dance tonight.",
                 date(1991, 12, 31))[0] == ("New Year's Eve", "DATE", "1991-12-31")


def test_a_year_after_a_comma_is_no_name():
    assert found("For Penarth Athletic, 2018 will be remembered for one thing.",
                 date(2018, 12, 30)) == [("2018", "DATE", "2018")]
    assert found("He runs Windows 2000 on it.", date(2018, 12, 30)) == []


def test_the_first_or_last_day_of_a_year():
    assert found("Readers will want a keepsake of the first day of 2000.", date(1999, 12, 30)) == [
        ("the first day of 2000", "DATE", "2000-01-01")]
    assert found("It was the last day of 1999.", date(2000, 1, 3)) == [
        ("the last day of 1999", "DATE", "1999-12-31")]


def test_a_fronted_purpose_takes_the_main_clause_tense():
    assert found("To force a referendum in November, the group must collect signatures.",
                 date(2025, 6, 5)) == [("November", "DATE", "2025-11")]
    assert found("To celebrate its anniversary in March, the company threw a party.",
                 date(2025, 6, 5)) == [("March", "DATE", "2025-03")]


def test_than_expected_is_no_plan():
    assert found("It spent more than expected restoring service after a blizzard in late "
                 "February.", date(2013, 4, 23)) == [("late February", "DATE", "2013-02")]


def test_a_days_event_on_the_schedule_lies_ahead():
    assert found("Thursday's meeting begins at 7 p.m. and is open to the public.",
                 date(2013, 3, 19)) == [("Thursday", "DATE", "2013-03-21"),
                                        ("7 p.m.", "TIME", "2013-03-21T19:00")]
    assert found("Saturday's matinee is sold out, and Thursday's curtain is at 7:30 p.m.",
                 date(2001, 9, 10)) == [("Saturday", "DATE", "2001-09-15"),
                                        ("Thursday", "DATE", "2001-09-13"),
                                        ("7:30 p.m.", "TIME", "2001-09-13T19:30")]
    assert found("Thursday's storm knocked out power.", date(2013, 3, 19)) == [
        ("Thursday", "DATE", "2013-03-14")]


def test_the_sept_11_attacks_name_their_day():
    assert found("Security has been tightened since the Sept. 11 attacks.", date(2004, 6, 1)) == [
        ("Sept. 11", "DATE", "2001-09-11")]
    assert found("The vote is set for Sept. 11.", date(2004, 6, 1)) == [
        ("Sept. 11", "DATE", "2004-09-11")]


def test_three_months_ended_are_a_quarter_and_the_same_period_of_a_year_is_that_year():
    assert found("Revenue rose in the three months ended March 31, compared with a net loss in "
                 "the year-earlier quarter.", date(2023, 4, 28))[-1] == (
        "the year-earlier quarter", "DATE", "2022-Q1")
    assert found("It lost $1.2 million in the same period of 1998.", date(1999, 4, 20)) == [
        ("1998", "DATE", "1998")]
    assert found("Income rose from the same period last year.", date(1999, 4, 20)) == [
        ("the same period last year", "DATE", "1998-Q1")]


def test_may_in_figures_for_or_as_soon_as_is_the_month_ahead_or_reported():
    assert found("The trade group will release figures for May next month.",
                 date(2021, 6, 10))[0] == ("May", "DATE", "2021-05")
    assert found("It could begin trading as soon as May.", date(2021, 6, 10)) == [
        ("May", "DATE", "2022-05")]


def test_bank_holidays_in_lower_case_and_lunar_new_years_eve():
    assert found("Towpaths will open in time for the spring bank holiday.", date(2001, 3, 10)) == [
        ("spring bank holiday", "DATE", "2001-05-28")]
    assert found("Crowds will peak on Lunar New Year's Eve.", date(2014, 1, 25)) == [
        ("Lunar New Year's Eve", "DATE", "2014-01-30")]


def test_a_weekday_joined_to_today_is_the_one_next_to_it():
    assert found("The district canceled classes today and Friday.", date(2023, 2, 2)) == [
        ("today", "DATE", "2023-02-02"), ("Friday", "DATE", "2023-02-03")]
    assert found("Officials said today and Monday that the plan would fail.",
                 date(2023, 2, 2))[1] == ("Monday", "DATE", "2023-01-30")


def test_a_season_that_begins_or_that_it_will_be():
    assert found("Spring officially begins on March 20.", date(1993, 3, 15))[0] == (
        "Spring", "DATE", "1993-SP")
    assert found("\"It'll be spring before we get all the limbs off the roads,\" he said.",
                 date(1994, 2, 10)) == [("spring", "DATE", "1994-SP")]
    assert found("It is spring water, he said.", date(1994, 2, 10)) == []
    assert found("Summer doesn't officially begin until Friday.", date(2019, 6, 18))[0] == (
        "Summer", "DATE", "2019-SU")
    assert found("Owners were counting on spring to make up for a slow winter.",
                 date(2003, 4, 25))[0] == ("spring", "DATE", "2003-SP")
    assert found("She is on spring break.", date(2003, 4, 25)) == []


def test_rules_take_effect_ahead_unless_a_clause_of_their_own_tells_the_past():
    assert found("The layoffs take effect Friday.", date(1990, 11, 20)) == [
        ("Friday", "DATE", "1990-11-23")]
    assert found("The city will close 14 pools starting tomorrow, as budget cuts approved by "
                 "the council in June take full effect.", date(2009, 9, 30))[1] == (
        "June", "DATE", "2009-06")


def test_a_bare_midnight_is_written_as_the_day_that_begins():
    assert found("The city holds a party tonight, with fireworks at midnight and a band from "
                 "9 p.m.", date(2023, 12, 31)) == [
        ("tonight", "TIME", "2023-12-31TNI"), ("midnight", "TIME", "2024-01-01T00:00"),
        ("9 p.m.", "TIME", "2023-12-31T21:00")]
    # one that opens a range is the start of the story's day
    assert found("The authority waives tolls for Veterans Day. The waiver runs from midnight "
                 "to 11:59 p.m.", date(2011, 11, 11))[1:] == [
        ("midnight", "TIME", "2011-11-11T00:00"), ("11:59 p.m.", "TIME", "2011-11-11T23:59")]


def test_the_following_day_after_a_week_counts_from_the_last_day_told():
    assert found("The show on April 12 was canceled two hours before it began. About 9,000 "
                 "tickets had been sold, and fans were already lining up outside the arena. The "
                 "band's lawyers argued that the lead singer had a severe throat infection and "
                 "could not perform, and that the promoter had been told in good time. "
                 "The promoter testified during a trial last week that the singer performed in "
                 "Chicago the following night.", date(1997, 11, 28))[-1] == (
        "the following night", "TIME", "1997-04-13TNI")


def test_a_part_of_an_undated_day_is_never_written_on_a_month_or_quarter():
    assert found("He testified last month. The singer performed the following morning.",
                 date(1997, 11, 28)) == [("last month", "DATE", "1997-10"),
                                         ("the following morning", "TIME", "1997-10-XXTMO")]
    assert found("Output fell in the third quarter. The next morning, shares dropped.",
                 date(1997, 11, 28)) == [("the third quarter", "DATE", "1997-Q3")]
    assert found("The concert was held in April. She was frightened that morning.",
                 date(2021, 3, 20)) == [("April", "DATE", "2020-04")]


def test_one_day_is_someday_only_before_a_verb():
    assert found("He hopes to one day run the company.", date(2016, 8, 20)) == [
        ("one day", "DATE", "FUTURE_REF")]
    assert found("The town cut lawn watering to one day.", date(2016, 8, 20)) == [
        ("one day", "DURATION", "P1D")]


def test_march_as_a_subject_or_the_end_of_a_span_from_now_is_the_month():
    assert found("The heat caps a run of odd weather. March was the warmest on record.",
                 date(2012, 4, 2)) == [("March", "DATE", "2012-03")]
    assert found("\"We will need rain between now and March,\" he said.",
                 date(1990, 11, 20))[-1] == ("March", "DATE", "1991-03")
    assert found("Is it Theresa May? It's May who decides.", date(2019, 3, 1)) == []
    assert found("\"Come February, I'll be buying them back,\" he said.",
                 date(1999, 12, 28)) == [("February", "DATE", "2000-02")]


def test_the_first_or_last_three_months_of_a_year_are_its_quarter():
    assert found("Profit rose from the first three months of 2002.", date(2003, 4, 20)) == [
        ("the first three months of 2002", "DATE", "2002-Q1")]
    assert found("It earned $188 million in the last three months of 2007.",
                 date(2008, 2, 1)) == [("the last three months of 2007", "DATE", "2007-Q4")]


def test_the_first_day_of_a_season_is_its_solstice_or_equinox():
    assert found("Just in time for the first day of summer, children have a new place to cool "
                 "off.", date(1998, 6, 19)) == [("the first day of summer", "DATE", "1998-06-21")]


def test_the_end_of_a_span_ahead_leaves_the_story_on_its_first_day():
    assert found("The state fair opens today for a 12-day run through Aug. 7. Gates open at "
                 "9 a.m.", date(2016, 7, 27))[-1] == ("9 a.m.", "TIME", "2016-07-27T09:00")
    assert found("Snow began falling late Tuesday and continued until 9 a.m. Wednesday. About "
                 "60 percent of papers had been delivered by noon.", date(2002, 11, 14))[-1] == (
        "noon", "TIME", "2002-11-13T12:00")


def test_what_continues_through_a_day_runs_ahead():
    assert found("Dress rehearsals began Saturday and continue through Wednesday.",
                 date(2001, 9, 10))[-1] == ("Wednesday", "DATE", "2001-09-12")


def test_what_shuts_down_on_a_day_is_on_the_schedule():
    assert found("The overflow program shuts down Monday.", date(1991, 3, 28)) == [
        ("Monday", "DATE", "1991-04-01")]


def test_a_day_inside_the_reported_subject_of_a_modal_lies_ahead():
    assert found("The weather service said the high on Thursday would be just 4 degrees.",
                 date(1997, 12, 30)) == [("Thursday", "DATE", "1998-01-01")]
    assert found("He told reporters on Thursday that the plan would fail.",
                 date(1997, 12, 30)) == [("Thursday", "DATE", "1997-12-25")]


def test_a_half_a_plan_is_for_lies_ahead_unless_results_are_reported():
    assert found("It said it would open a laboratory in Denver in the second half.",
                 date(2010, 1, 29)) == [("the second half", "DATE", "2010-H2")]
    assert found("It expects to report results for the second half next month.",
                 date(2010, 1, 29))[0] == ("the second half", "DATE", "2009-H2")


def test_a_sentence_that_told_a_year_ahead_looks_there_surely():
    assert found("England will open at Lord's on May 16, 2013, before an Ashes series that "
                 "begins at Trent Bridge on July 10.", date(2012, 8, 20))[-1] == (
        "July 10", "DATE", "2013-07-10")
    assert found("The finals open June 9, 2006, and the draw is set for Dec. 9.",
                 date(2005, 9, 5))[-1] == ("Dec. 9", "DATE", "2005-12-09")


def test_what_someone_wants_to_do_lies_ahead():
    assert found("The company wants to begin construction in January.", date(2002, 6, 10)) == [
        ("January", "DATE", "2003-01")]


def test_a_clock_time_after_backstory_in_the_past_perfect_is_on_the_story_day():
    assert found("Buses carrying evacuees rolled into Shreveport early today, filling a shelter "
                 "that opened last week. Many of the new arrivals had spent four days at the "
                 "Superdome after the hurricane struck the coast on Monday. Volunteers began "
                 "serving breakfast at 5 a.m.", date(2005, 9, 3))[-1] == (
        "5 a.m.", "TIME", "2005-09-03T05:00")


def test_a_clause_after_after_tells_its_own_past():
    assert found("Tickets for the grandstand concerts go on sale at 8 a.m. Saturday, after fair "
                 "officials announced the last three acts in the lineup Monday.",
                 date(2019, 6, 4))[-1] == ("Monday", "DATE", "2019-06-03")


def test_it_could_be_a_day_before_is_a_day_ahead():
    assert found("Officials said it could be Wednesday before power is restored everywhere.",
                 date(2004, 8, 27)) == [("Wednesday", "DATE", "2004-09-01")]
    assert found("The flames could be seen from miles away Tuesday.", date(2004, 8, 27)) == [
        ("Tuesday", "DATE", "2004-08-24")]


def test_a_half_of_an_event_or_a_game_is_no_half_year():
    assert found("Gates open today for the first half of the Bayou Sound Festival.",
                 date(2017, 4, 29)) == [("today", "DATE", "2017-04-29")]
    assert found("Goals early in the second half Saturday night sent the crowd wild.",
                 date(2005, 9, 5)) == [("Saturday night", "TIME", "2005-09-03TNI")]
    assert found("Officials will decide whether the captain faces a ban for a high tackle in "
                 "the first half.", date(2008, 3, 3)) == []
    assert found("Profit rose in the first half of the year.", date(2017, 8, 1)) == [
        ("the first half of the year", "DATE", "2017-H1")]


def test_the_year_or_month_closed_ended_or_totalled_is_the_story_one():
    assert found("Crude oil futures closed out the year today at $14.17 a barrel.",
                 date(1993, 12, 31)) == [("the year", "DATE", "1993"),
                                         ("today", "DATE", "1993-12-31")]
    assert found("Its auction total for the year would be about 750 million pounds.",
                 date(1992, 12, 15)) == [("the year", "DATE", "1992")]
    assert found("Last August, the company ran 4,100 riders, nearly a third of its business for "
                 "the year.", date(2015, 8, 20)) == [("Last August", "DATE", "2014-08"),
                                                    ("the year", "DATE", "2014")]
    assert found("The Dow rose 70 points but ended the month down about 1.7 percent.",
                 date(2006, 5, 31)) == [("the month", "DATE", "2006-05")]


def test_a_capitalized_season_before_a_name_is_the_names():
    assert found("His last appearance was at the opening of the Winter Olympics in Turin.",
                 date(2006, 3, 1)) == []
    assert found("He has worked at every Winter Games since 1998.", date(2018, 2, 10)) == [
        ("1998", "DATE", "1998")]
    assert found("The pool will open again in the summer.", date(2006, 3, 1)) == [
        ("the summer", "DATE", "2006-SU")]


def test_a_length_of_two_units_before_after_is_one_duration():
    assert found("He finished in Annapolis 11 days, 4 hours after leaving Oceanside.",
                 date(2014, 6, 23)) == [("11 days, 4 hours", "DURATION", "P11DT4H")]


def test_a_week_earlier_after_a_season_holding_the_day_told_counts_from_that_day():
    assert found("A hailstorm swept the valley Friday evening as growers brought in their last "
                 "cutting of the summer. Moreau had finished her first cutting a week earlier.",
                 date(1994, 8, 21))[-1] == ("a week earlier", "DATE", "1994-08-12")


def test_years_later_from_a_day_ahead_count_from_the_year_told():
    assert found("The tournament, held each year since 2004, returns Friday. \"Fifteen years "
                 "later, we're turning teams away,\" he said.", date(2019, 11, 27))[-1] == (
        "Fifteen years later", "DATE", "2019")
    assert found("Couples skated Sunday night. Among them were the Pedersens, who met at the "
                 "rink in 1959, a few weeks after it opened, and were married two years later.",
                 date(1999, 2, 15))[-1] == ("two years later", "DATE", "1961")


def test_the_following_year_after_today_counts_from_the_year_told():
    assert found("A jury convicted the operator in the death of a teenager thrown from a ride in "
                 "2002. His lawyer said today he would appeal. The death led lawmakers to tighten "
                 "the rules the following year.", date(2004, 4, 20))[-1] == (
        "the following year", "DATE", "2003")


def test_a_clock_ahead_is_on_the_day_ahead_told_far_back_when_none_came_since():
    assert found("When the family sits down to turkey Thursday, the cows will already have been "
                 "milked. \"Cows don't know it's a holiday,\" said Ruth Zehr, who has milked twice "
                 "a day on this farm since she married into the family. The farm was started by "
                 "her husband's grandfather with eight cows and a team of horses, and the milk "
                 "goes by tanker to a cheese plant in the next county. Like many farms in the "
                 "North Country, the family has had a lean year: milk prices are roughly what "
                 "they were a decade ago, while the cost of grain, fuel and veterinary care has "
                 "kept climbing. Dinner will be at 2 p.m.",
                 date(1993, 11, 24))[-1] == ("2 p.m.", "TIME", "1993-11-25T14:00")


def test_what_forecasters_call_for_lies_ahead():
    assert found("Forecasters called for more heavy rain Tuesday.", date(2013, 7, 5)) == [
        ("Tuesday", "DATE", "2013-07-09")]


def test_a_date_set_in_the_past_perfect_is_gone_by():
    assert found("The company had set a deadline of Monday to raise $7 million.",
                 date(2013, 10, 4)) == [("Monday", "DATE", "2013-09-30")]
    assert found("The judge set a trial date of Monday.", date(2013, 10, 4)) == [
        ("Monday", "DATE", "2013-10-07")]


def test_a_year_in_a_closed_relative_clause_leaves_a_range_under_way():
    assert found("The camp, which started in 1985, runs from June 10 to Aug. 23.",
                 date(2002, 8, 14))[1:] == [("June 10", "DATE", "2002-06-10"),
                                            ("Aug. 23", "DATE", "2002-08-23")]


def test_the_same_week_or_month_last_year_is_one_expression_a_year_back():
    assert found("Occupancy last week fell to 40 percent, compared with 90 percent in the same "
                 "week last year.", date(1991, 8, 20)) == [
        ("last week", "DATE", "1991-W33"), ("the same week last year", "DATE", "1990-W33")]
    assert found("Sales in September rose 5 percent from the same month a year ago.",
                 date(2005, 10, 5))[-1] == ("the same month a year ago", "DATE", "2004-09")
    # a year with no 53rd week gives its last one
    assert found("Occupancy last week fell, compared with the same week last year.",
                 date(2021, 1, 5))[-1] == ("the same week last year", "DATE", "2019-W52")


def test_a_though_clause_keeps_the_future_before_it():
    assert found("She expects demand to stay weak through the summer, though she was counting "
                 "on Easter to lift sales.", date(2009, 3, 19))[-1] == (
        "Easter", "DATE", "2009-04-12")


def test_weeks_of_a_season_are_no_date():
    assert found("The groundhog saw his shadow, predicting six more weeks of winter.",
                 date(2014, 2, 2)) == [("six more weeks", "DURATION", "P6W")]


def test_the_night_before_is_a_night_even_with_a_clause_going_on():
    assert found("The balloon crashed Saturday. The pilot had taken a sedative the night before "
                 "and had been treated for a sleep disorder.", date(2016, 8, 20))[-1] == (
        "the night before", "TIME", "2016-08-19TNI")
    assert found("He rested the day before he died.", date(2016, 8, 20)) == []


def test_more_holidays_and_hyphened_first_words():
    assert found("Quebec marks Saint-Jean-Baptiste Day with parades, and New Orleans has Lundi "
                 "Gras.", date(2011, 3, 1)) == [
        ("Saint-Jean-Baptiste Day", "DATE", "2011-06-24"), ("Lundi Gras", "DATE", "2011-03-07")]
    assert found("Rangers will lead hikes on National Trails Day.", date(2009, 5, 20)) == [
        ("National Trails Day", "DATE", "2009-06-06")]
    assert found("The guild will meet after the Martin Luther King Jr. holiday.",
                 date(2025, 1, 10)) == [("Martin Luther King Jr. holiday", "DATE", "2025-01-20")]


def test_leap_day_is_the_nearest_february_29_and_a_leap_day_is_any():
    assert found("The celebration carried on into leap day.", date(2004, 3, 1)) == [
        ("leap day", "DATE", "2004-02-29")]
    assert found("The shelter will repeat the promotion on the next leap day.",
                 date(1992, 3, 2)) == [("next leap day", "DATE", "1996-02-29")]
    assert found("Drivers born on a leap day get a free car wash today.", date(2016, 2, 29)) == [
        ("today", "DATE", "2016-02-29")]


def test_the_century_of_a_last_eclipse_is_this_one_not_that_of_praise():
    assert found("Clouds robbed Cornwall of the last total solar eclipse of the century.",
                 date(1999, 8, 11)) == [("the century", "DATE", "19")]
    assert found("Forecasters called it the storm of the century.", date(1993, 3, 15)) == []


def test_a_weekday_a_plan_called_off_had_been_set_for_lies_ahead():
    assert found("The Met had been scheduled to open a revival of Tosca on Monday.",
                 date(2020, 3, 12)) == [("Monday", "DATE", "2020-03-16")]


def test_a_state_kept_until_a_day_lies_ahead():
    assert found("Repairs will keep the line between south Wales and England closed until "
                 "Tuesday morning, Network Rail said today.", date(2009, 4, 13))[0] == (
        "Tuesday morning", "TIME", "2009-04-14TMO")
    assert found("Crews keep digging out from a storm that buried the region Tuesday.",
                 date(2017, 3, 16)) == [("Tuesday", "DATE", "2017-03-14")]


def test_who_turns_an_age_in_a_month_turns_it_ahead():
    assert found("Holloway, who turns 65 in September, said he would step down.",
                 date(1995, 3, 10)) == [("September", "DATE", "1995-09")]


def test_a_clock_range_ending_today_is_not_moved_a_week_on():
    assert found("Work will stop through Memorial Day. Traffic was heavy Thursday night, and "
                 "officials expect the worst backups from 3 p.m. to 8 p.m. today.",
                 date(1995, 5, 26))[-2:] == [("3 p.m.", "TIME", "1995-05-26T15:00"),
                                             ("8 p.m. today", "TIME", "1995-05-26T20:00")]


def test_a_deadline_being_set_lies_ahead():
    assert found("The guild issued its challenge yesterday, asking each member to finish 12 "
                 "projects by Dec. 31.", date(2008, 1, 2))[-1] == ("Dec. 31", "DATE", "2008-12-31")
    assert found("The credit required buyers to sign contracts by April 30.",
                 date(2010, 6, 30)) == [("April 30", "DATE", "2010-04-30")]


def test_periods_started_or_ended_and_a_month_alone():
    assert found("Mortgage rates that started the year near 7 percent now top 9 percent.",
                 date(1994, 10, 5))[0] == ("the year", "DATE", "1994")
    assert found("Operators say the summer that ended with Labor Day was their best in years.",
                 date(2010, 9, 20))[0] == ("the summer", "DATE", "2010-SU")
    assert found("Traffic rose in the quarter. March alone was up 6.1 percent.",
                 date(2004, 4, 20)) == [("the quarter", "DATE", "2004-Q1"),
                                        ("March", "DATE", "2004-03")]


def test_bare_seconds_after_a_preposition_are_a_vague_span():
    assert found("It went from calm to chaos in seconds.", date(2018, 3, 22)) == [
        ("seconds", "DURATION", "PTXS")]
    assert found("He hurled a grenade at the guards seconds before the bomb exploded.",
                 date(1998, 8, 21)) == []


def test_open_weekends_or_weekdays_is_a_set():
    assert found("The clinic is open weekdays, and the taproom will be open weekends.",
                 date(2018, 3, 22)) == [("weekdays", "SET", "XXXX-WXX-WD"),
                                        ("weekends", "SET", "XXXX-WXX-WE")]
    assert found("It hurts people who work weekends.", date(2018, 3, 22)) == [
        ("weekends", "SET", "XXXX-WXX-WE")]


def test_weeks_from_or_short_of_an_event_are_a_vague_span():
    assert found("Hail split fruit that was weeks from harvest.", date(2018, 6, 1)) == [
        ("weeks", "DURATION", "PXW")]
    assert found("It offers extended hours from Dec. 20 to Jan. 4.", date(2018, 12, 1)) == [
        ("Dec. 20", "DATE", "2018-12-20"), ("Jan. 4", "DATE", "2019-01-04")]


def test_the_fourth_after_a_preposition_is_independence_day():
    assert found("\"We've had storms on the Fourth before,\" he said.", date(2016, 7, 6)) == [
        ("the Fourth", "DATE", "2016-07-04")]
    assert found("Henry the Fourth was king. He won for the fourth time.",
                 date(2016, 7, 6)) == []


def test_hundreds_and_tens_written_out_are_one_count():
    assert found("\"A hundred and fifty years,\" Mason said.", date(2018, 1, 5)) == [
        ("A hundred and fifty years", "DURATION", "P150Y")]
    assert found("The strike lasted one hundred twenty-five days.", date(2018, 1, 5)) == [
        ("one hundred twenty-five days", "DURATION", "P125D")]
    assert found("It took an hour and 45 minutes.", date(2018, 1, 5)) == [
        ("an hour and 45 minutes", "DURATION", "PT1H45M")]


def test_a_clock_time_with_its_part_of_day_written_out_is_one_time():
    assert found("Shoppers were in line at 4:30 in the morning.", date(1988, 11, 25)) == [
        ("4:30 in the morning", "TIME", "1988-11-25T04:30")]
    assert found("The bars close at 8:30 in the evening and he got home at 11 at night.",
                 date(1988, 11, 25)) == [("8:30 in the evening", "TIME", "1988-11-25T20:30"),
                                         ("11 at night", "TIME", "1988-11-25T23:00")]
    assert found("They left at 12:30 in the morning.", date(1988, 11, 25)) == [
        ("12:30 in the morning", "TIME", "1988-11-25T00:30")]


def test_midnight_put_on_a_day_written_next_to_it_ends_that_day():
    assert found("The ball drops at midnight New Year's Eve.", date(2010, 11, 27)) == [
        ("midnight New Year's Eve", "TIME", "2010-12-31T24:00")]
    assert found("The curfew runs from midnight to 6 a.m. Sunday.", date(2010, 11, 27)) == [
        ("midnight", "TIME", "2010-11-28T00:00"), ("6 a.m. Sunday", "TIME", "2010-11-28T06:00")]


def test_a_month_or_season_of_that_year_is_in_the_year_told():
    assert found("The war began in 1939. In September of that year, Poland fell.",
                 date(2010, 11, 27)) == [("1939", "DATE", "1939"),
                                         ("September of that year", "DATE", "1939-09")]
    assert found("The plant opened in 1952. By the spring of that year it was busy.",
                 date(2010, 11, 27))[1] == ("the spring of that year", "DATE", "1952-SP")
    assert found("The office today released papers from 1959, on the election it won in "
                 "October of that year.", date(1990, 1, 2))[2] == (
        "October of that year", "DATE", "1959-10")


def test_a_clock_time_before_a_named_part_of_a_day_is_on_that_day():
    assert found("The store opened its doors at 10 p.m. Thanksgiving night.",
                 date(2010, 11, 29)) == [("10 p.m. Thanksgiving night", "TIME",
                                          "2010-11-25T22:00")]
    assert found("The ferry left on the evening of Sept. 27 and sank at 2 a.m. the next "
                 "morning.", date(1994, 9, 29))[-1] == ("2 a.m. the next morning", "TIME",
                                                       "1994-09-28T02:00")


def test_a_count_given_as_a_range_how_often_is_one_set():
    assert found("Children travel to Raleigh three or four nights a week to practice.",
                 date(2010, 11, 29)) == [("three or four nights a week", "SET", "P1W")]
    assert found("Crews worked 10 to 12 hours a day.", date(2010, 11, 29)) == [
        ("10 to 12 hours a day", "SET", "P1D")]


def test_a_bare_verb_after_did_keeps_the_past():
    assert found("\"We didn't get a decent rain from May until late July,\" he said.",
                 date(1988, 9, 22)) == [("May", "DATE", "1988-05"),
                                        ("late July", "DATE", "1988-07")]
    assert found("If it does not get rain in May, the crop will fail.",
                 date(1988, 9, 22)) == [("May", "DATE", "1989-05")]


def test_the_full_year_of_results_is_the_year_of_the_quarter_reported():
    text = ("The company reported a fourth-quarter loss this morning. For the full year, "
            "revenue rose 4 percent.")
    assert found(text, date(2023, 1, 31))[2] == ("the full year", "DATE", "2022")
    assert found("The company expects the full year to be flat.", date(2023, 1, 31)) == [
        ("the full year", "DATE", "2023")]


def test_early_or_late_before_that_unit_is_part_of_it():
    assert found("He sailed on Sept. 4. Divers recovered his body late that afternoon.",
                 date(1995, 9, 6))[1] == ("late that afternoon", "TIME", "1995-09-04TAF")
    assert found("The market is Saturday, and the shelter will stay open late that evening.",
                 date(2022, 8, 10))[1] == ("that evening", "TIME", "2022-08-13TEV")


def test_may_or_march_described_with_a_list_of_adjectives_is_the_month():
    assert found("Volume rose despite a cold, wet March that dampens sales.",
                 date(1995, 4, 20)) == [("March", "DATE", "1995-03")]
    assert found("A cold, wet spell may come.", date(1995, 4, 20)) == []


def test_the_first_of_the_year_or_month_is_a_day_near_by_tense():
    assert found("\"After the first of the year we'll see mostly bred cows,\" he said.",
                 date(1989, 12, 14)) == [("the first of the year", "DATE", "1990-01-01")]
    assert found("The first of the month was a Sunday.", date(1989, 12, 14))[0] == (
        "The first of the month", "DATE", "1989-12-01")


def test_a_capitalised_tomorrow_after_a_clock_time_opens_the_next_sentence():
    assert found("Fireworks start at 9:15 p.m.\n\nTomorrow, Blake goes back to work.",
                 date(2022, 7, 4)) == [("9:15 p.m.", "TIME", "2022-07-04T21:15"),
                                       ("Tomorrow", "DATE", "2022-07-05")]


def test_a_period_as_the_subject_of_its_end_or_start_is_the_present_one():
    assert found("As the decade ends tonight, tailors count their losses.",
                 date(2009, 12, 31))[0] == ("the decade", "DATE", "200")
    assert found("As the year draws to a close, sales are up.", date(1999, 12, 20)) == [
        ("the year", "DATE", "1999")]


def test_booked_through_a_day_runs_ahead():
    assert found("Surf shops said board rentals were booked through Thursday.",
                 date(2014, 8, 24)) == [("Thursday", "DATE", "2014-08-28")]
    assert found("The rooms were booked Tuesday.", date(2014, 8, 24)) == [
        ("Tuesday", "DATE", "2014-08-19")]


def test_dates_listed_after_a_colon_take_the_clause_before_it():
    assert found("Two more shows are planned: at 1 p.m. today in the hall, after the last "
                 "Mass, and on Monday at a senior center.", date(2006, 4, 16))[1] == (
        "Monday", "DATE", "2006-04-17")


def test_a_season_described_by_a_list_of_weather_words_is_the_season():
    assert found("Gardens opened late.\n\nA cold, rainy spring set the gardens back.",
                 date(2013, 6, 2)) == [("spring", "DATE", "2013-SP")]
    assert found("Many said a dry, hot spring had pushed hay prices up.", date(1988, 6, 2)) == [
        ("spring", "DATE", "1988-SP")]


def test_a_season_takes_the_year_its_sentence_opens_with_or_a_when_clause_tells():
    assert found("The opening was a change from 1999, when a dry and warm autumn kept areas "
                 "closed.", date(2000, 11, 2))[1] == ("autumn", "DATE", "1999-FA")
    assert found("In 2010, the city planted trees in the spring.", date(2013, 6, 2))[1] == (
        "the spring", "DATE", "2010-SP")


def test_the_same_night_a_year_earlier_is_one_expression():
    found_ = found("The shop had 40 calls on Dec. 31, double the number from the same night a "
                   "year earlier.", date(2004, 1, 2))
    assert found_[-1] == ("the same night a year earlier", "TIME", "2002-12-31TNI")


def test_the_second_half_of_a_hyphenated_word_is_no_verb():
    assert found("A boy took first place in the pro-am bowl contest Monday.",
                 date(2002, 9, 3)) == [("Monday", "DATE", "2002-09-02")]
    assert found("The city hired contractors with front-end loaders on Saturday.",
                 date(2016, 1, 25)) == [("Saturday", "DATE", "2016-01-23")]


def test_meet_after_an_adjective_is_a_noun():
    assert found("The team swept a three-way meet at the gym Saturday.", date(1990, 2, 12)) == [
        ("Saturday", "DATE", "1990-02-10")]


def test_a_relative_clause_after_a_deadline_does_not_tell_it_met():
    assert found("The deal requires the company to install detectors by Sept. 30 and to fix "
                 "the scrubber that caused the release.", date(2017, 2, 28)) == [
        ("Sept. 30", "DATE", "2017-09-30")]
    assert found("By Tuesday afternoon the town was gone.", date(2017, 2, 28)) == [
        ("Tuesday afternoon", "TIME", "2017-02-28TAF")]


def test_a_participle_right_after_a_verb_looking_ahead_is_an_adjective():
    assert found("Forecasters expect scattered thunderstorms Thursday.", date(1999, 8, 3)) == [
        ("Thursday", "DATE", "1999-08-05")]
    assert found("Housing starts fell 9.8 percent in January.", date(2025, 2, 20)) == [
        ("January", "DATE", "2025-01")]


def test_what_a_service_forecasts_lies_ahead():
    assert found("The weather service forecasts a high of only 34 degrees on Monday.",
                 date(2000, 12, 29)) == [("Monday", "DATE", "2001-01-01")]
    assert found("Forecasts issued Saturday called for flurries.", date(2019, 11, 11)) == [
        ("Saturday", "DATE", "2019-11-09")]


def test_a_date_in_a_present_condition_lies_ahead():
    assert found("\"If you don't have to be on the road Friday, wait,\" she said.",
                 date(1997, 11, 27)) == [("Friday", "DATE", "1997-11-28")]
    assert found("If he was there Friday, nobody saw him.", date(1997, 11, 27)) == [
        ("Friday", "DATE", "1997-11-21")]


def test_a_past_clock_time_after_a_day_ahead_is_on_the_last_day_gone_by():
    text = ("Shelters spent Monday and today moving dogs. Forecasters said the storm could "
            "make landfall Wednesday. Staff loaded 86 animals onto a van at 5 a.m.")
    assert found(text, date(2022, 9, 27))[-1] == ("5 a.m.", "TIME", "2022-09-27T05:00")


def test_what_someone_is_warned_of_lies_ahead():
    assert found("Lifeguards warned swimmers of strong rip currents through the weekend.",
                 date(1992, 8, 7)) == [("the weekend", "DATE", "1992-W32-WE")]


def test_a_day_or_night_before_a_noun_is_its_modifier():
    assert found("A night watchman saw flames at 4:15 a.m.", date(1988, 3, 14)) == [
        ("4:15 a.m.", "TIME", "1988-03-14T04:15")]
    assert found("Collection will be delayed by a day this week.", date(2018, 1, 2)) == [
        ("a day", "DURATION", "P1D"), ("this week", "DATE", "2018-W01")]
    assert found("The check arrived a day late.", date(2018, 1, 2)) == [
        ("a day", "DURATION", "P1D")]


def test_national_ice_cream_day_and_world_sight_day():
    assert found("Today is National Ice Cream Day.", date(2010, 7, 18)) == [
        ("Today", "DATE", "2010-07-18"), ("National Ice Cream Day", "DATE", "2010-07-18")]
    assert found("Guidance comes ahead of World Sight Day.", date(2020, 10, 5)) == [
        ("World Sight Day", "DATE", "2020-10-08")]


def test_a_spoken_hour_with_its_part_of_day_is_a_time():
    assert found("He called at eleven at night.", date(2000, 1, 2)) == [
        ("eleven at night", "TIME", "2000-01-02T23:00")]
    assert found("The first of two in the morning sessions ran long.", date(2000, 1, 2)) == []


def test_a_quarters_last_day_keeps_the_quarter_for_a_year_ago():
    text = ("The company said its fourth-quarter profit rose. Net income in the period ended "
            "Dec. 31 was $6 million, compared with $4 million a year earlier.")
    assert found(text, date(2005, 3, 9))[-1] == ("a year earlier", "DATE", "2003-Q4")
    text = ("The company said its fourth-quarter profit rose. Net income in the period ended "
            "Dec. 31 was $6 million. Receivables were higher than a year ago.")
    assert found(text, date(2005, 3, 9))[-1] == ("a year ago", "DATE", "2004")


def test_a_past_clock_time_told_far_from_the_storys_day_of_this_week_is_on_it():
    lead = ("Dan Whitcomb won the championship Friday, shoeing a draft horse in front of a "
            "packed arena at the county fairgrounds. Whitcomb, 34, finished second last year "
            "and said he had spent the past 12 months working on the one skill he felt had "
            "cost him the title: forging a hind shoe from bar stock against the clock. ")
    tail = "The final round began at 7 p.m."
    assert found(lead + tail, date(1997, 6, 21))[-1] == ("7 p.m.", "TIME", "1997-06-20T19:00")
    assert found("Fans lined up today. " + lead + tail, date(1997, 6, 21))[-1] == (
        "7 p.m.", "TIME", "1997-06-21T19:00")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Head coach Bill Smith said the team practiced Sunday.", "2021-07-04"),
        ("Mark Johnson said the crew finished Sunday.", "2021-07-04"),
        ("Call volume spiked Sunday, officials said.", "2021-07-04"),
        ("Head north on Sunday.", "2021-07-11"),  # an imperative still looks ahead
        ("Mark your calendars for Sunday.", "2021-07-11"),
    ],
)
def test_a_name_or_noun_that_opens_a_past_sentence_is_no_imperative(sentence, value):
    assert one(sentence).value == value


def test_what_stayed_open_until_a_day_stayed_open_then():
    assert one("The office stayed open until 11 p.m. Saturday.").value == "2021-07-03T23:00"
    assert one("She kept the store open until 9 p.m. Thursday.").value == "2021-07-01T21:00"
    assert one("The office will stay open until Saturday.").value == "2021-07-10"


def test_the_present_as_a_noun_is_the_present():
    assert found("Bindings from the 1890s to the present will be shown.")[-1] == (
        "the present", "DATE", "PRESENT_REF")
    assert found("The present quarry employs 140 people.") == []


def test_an_ed_word_after_any_preposition_is_an_adjective():
    text = ("The center will hold its Owl Prowl on Halloween, leading visitors along wooded "
            "trails at Latta Plantation park from 6 p.m. to 9 p.m. to meet the barn owls.")
    assert [v for _, _, v in found(text, date(2006, 10, 27))] == [
        "2006-10-31", "2006-10-31T18:00", "2006-10-31T21:00"]


def test_a_parade_that_steps_off_is_on_the_calendar():
    assert one("A parade down Fifth Street steps off at 1 p.m. Sunday.").value == \
        "2021-07-11T13:00"
    assert one("Marchers sang on the Capitol steps Sunday.").value == "2021-07-04"
    assert one("StubHub said resold tickets for the first game, which tips off at noon Sunday "
               "at Madison Square Garden, cost $300.").value == "2021-07-11T12:00"


def test_every_quarter_hour_is_every_fifteen_minutes():
    assert one("The clock will chime every quarter hour.").value == "PT15M"
    assert one("Dividends are paid every quarter.").value == "P1Q"


def test_the_night_before_then_a_preposition_stands_alone():
    assert found("The strike began Aug. 14. Talks had broken down the night before over pay.",
                 date(1995, 9, 5))[-1] == ("the night before", "TIME", "1995-08-13TNI")
    assert found("He arrived the day before the storm hit.", date(1995, 9, 5)) == []


def test_a_whole_or_entire_unit_is_a_length():
    assert one("He made me fold paper for a whole year.").value == "P1Y"
    assert one("He worked an entire month on it.").value == "P1M"


def test_last_season_is_one_over_a_month_ago():
    text = "Demand rose 12 percent this summer compared with last summer."
    assert found(text, date(2003, 9, 30))[-1] == ("last summer", "DATE", "2002-SU")
    assert found("The strike began last spring.", date(2003, 10, 5)) == [
        ("last spring", "DATE", "2003-SP")]


def test_a_past_verb_after_ahead_of_governs_the_day():
    assert found("Traffic ahead of the holiday began building on Monday.", date(2004, 4, 8)) == [
        ("Monday", "DATE", "2004-04-05")]
    assert found("He warned on Sunday, ahead of the spending review on Wednesday.")[-1] == (
        "Wednesday", "DATE", "2021-07-07")
    assert one("He was held until a hearing held on Thursday.").value == "2021-07-08"


def test_a_deadline_given_as_an_infinitive_is_still_ahead():
    assert one("Guardsmen were ordered to report by Friday.", date(2001, 10, 9)).value == \
        "2001-10-12"
    assert one("Power was restored to most homes by Friday.", date(2001, 10, 9)).value == \
        "2001-10-05"


def test_a_chance_a_past_verb_gave_is_no_forecast():
    assert one("Riders got a chance to object Saturday to a plan.", date(2016, 12, 5)).value \
        == "2016-12-03"
    assert one("The storm had a chance of strengthening by Friday.", date(2005, 6, 21)).value \
        == "2005-06-24"


def test_starting_after_a_comma_of_a_past_clause_tells_how_it_went():
    text = "He stayed up Saturday night. He turned back every clock, starting at 10 p.m."
    assert found(text, date(1991, 10, 27))[-1] == ("10 p.m.", "TIME", "1991-10-26T22:00")
    text = "The governor has ordered businesses to close their doors, starting at 8 p.m. Thursday."
    assert one(text, date(2020, 3, 25)).value == "2020-03-26T20:00"


def test_a_later_day_of_saying_leaves_the_story_on_its_day():
    text = ("A tornado ripped through town Thursday night. No one was hurt, officials said "
            "today. The weather service said the tornado touched down at 9:48 p.m.")
    assert found(text, date(2019, 4, 26))[-1] == ("9:48 p.m.", "TIME", "2019-04-25T21:48")


def test_what_was_proposed_for_a_month_lies_ahead():
    assert found("A second tour, proposed for April, will be planned in October.",
                 date(2014, 9, 2))[0] == ("April", "DATE", "2015-04")


def test_a_hyphenated_participle_before_until_is_one_word():
    text = "Several wools are back-ordered until January, and she has ordered twice her stock."
    assert found(text, date(2020, 10, 2))[0] == ("January", "DATE", "2021-01")


def test_a_causative_participle_has_no_tense():
    text = "The distillery expects to have the roof replaced before the Fourth of July."
    assert one(text, date(2011, 6, 3)).value == "2011-07-04"
    text = "Entries will be judged on Saturday morning, with the results announced at 6 p.m."
    assert found(text, date(2022, 6, 16))[-1] == ("6 p.m.", "TIME", "2022-06-18T18:00")


def test_a_noun_cue_after_adjectives_in_a_list_is_a_noun():
    text = "After a slow, rainy start in June, bookings surged in July."
    assert found(text, date(2002, 9, 3))[0] == ("June", "DATE", "2002-06")
    text = "Scotland, making their World Cup debut, play Australia on Sunday."
    assert one(text, date(1999, 5, 14)).value == "1999-05-16"


def test_a_relative_clause_closed_before_the_day_does_not_govern_it():
    text = ("ScholarNet Inc., which runs a Web site for students, on Thursday reported a wider "
            "loss and said it expects to break even next year.")
    assert found(text, date(2000, 5, 26))[0] == ("Thursday", "DATE", "2000-05-25")
    text = "Ms. Monroe, who received a kidney from her brother, Marcus, in February, is home."
    assert found(text, date(2002, 6, 26))[0] == ("February", "DATE", "2002-02")


def test_a_dated_document_is_dated_before_it_is_told_of():
    text = "The layoffs will come in September, according to a letter to workers dated June 2."
    assert found(text, date(1994, 6, 6))[-1] == ("June 2", "DATE", "1994-06-02")


def test_a_half_looked_ahead_to_is_the_one_under_way():
    text = "The auctioneer said it expected sales for the first half to rise about 20 percent."
    assert one(text, date(2011, 6, 30)).value == "2011-H1"
    text = "The company will open a laboratory in the first half."
    assert one(text, date(2011, 8, 30)).value == "2012-H1"


def test_that_fall_before_its_particle_is_the_verb():
    assert found("Renters in buildings that fall into foreclosure gained protection.",
                 date(2007, 9, 1)) == []
    assert found("Shops that spring up downtown are busy.", date(2007, 9, 1)) == []
    assert found("He moved in 1990, and that fall he joined the team.",
                 date(2007, 9, 1))[-1] == ("that fall", "DATE", "1990-FA")


def test_march_after_a_possessive_superlative_or_a_month_and_year_is_the_month():
    assert found("It was central Ohio's coldest March since 1996.",
                 date(2013, 4, 6))[0] == ("March", "DATE", "2013-03")
    text = "The recall covers cars built between August 1986 and March to replace a fuel line."
    assert found(text, date(1988, 11, 22))[-1] == ("March", "DATE", "1988-03")


def test_a_month_after_its_or_their_before_a_capital_is_no_name():
    text = "Meridian will report its February U.S. sales next Tuesday."
    assert found(text, date(2014, 2, 25))[0] == ("February", "DATE", "2014-02")
    assert found("Harold and June Brandt sold the farm.", date(2014, 2, 25)) == []


def test_a_figure_after_a_label_noun_is_no_year():
    assert found("Check packages stamped with establishment number 2158.", MON) == []
    assert found("Packages from lot 2011 were recalled in 2011.", MON) == [("2011", "DATE", "2011")]


def test_sunday_before_a_thing_of_sundays_is_no_day():
    assert found("The Sentinel's Sunday magazine won national awards.", MON) == []
    assert found("One scarecrow wore a Sunday suit.", MON) == []
    assert found("The magazine came out Sunday.", MON)[0][0] == "Sunday"


def test_a_plan_word_used_as_an_adjective_sets_no_direction():
    text = "Deputies carried out their last scheduled evictions Monday."
    assert one(text, date(1997, 12, 23)).value == "1997-12-22"
    text = "Marshals called off 23 scheduled evictions on Wednesday because of rain."
    assert one(text, date(2014, 10, 9)).value == "2014-10-08"
    assert one("Crews are scheduled to begin on Wednesday.", date(2014, 10, 9)).value == \
        "2014-10-15"


def test_the_day_figures_stand_at_does_not_move_the_story():
    text = ("The department said today that stocks totaled 3.1 billion bushels as of June 1, "
            "down 19 percent from June 1, 2002. The reports were released at 8:30 a.m. EDT.")
    assert found(text, date(2003, 6, 30))[-1] == ("8:30 a.m. EDT", "TIME", "2003-06-30T08:30")


def test_the_same_day_ahead_after_a_month_gone_is_the_day_ahead_told():
    text = ("Britons vote next Thursday in only the second nationwide referendum in the "
            "country's history, on whether to replace the voting system. The first, in 1975, "
            "confirmed membership of the European Economic Community. Opinion polls this week "
            "showed the No campaign with a clear lead. The referendum was a condition of the "
            "coalition agreement struck last May. Local elections will be held the same day.")
    assert found(text, date(2011, 4, 29))[-1] == ("the same day", "DATE", "2011-05-05")


def test_a_day_told_in_a_relative_clause_set_off_by_commas_leaves_the_story_on_its_day():
    text = ("Devotees thronged the temple town on Sunday. The chief minister, who took office "
            "on June 30 after a revolt, performed the puja at the temple at 2.30 am.")
    assert found(text, date(2022, 7, 11))[-1] == ("2.30 am", "TIME", "2022-07-10T02:30")
    text = ("He is charged in the death of Marcus Reed, who was shot on Nov. 9, 2017, after a "
            "traffic stop. The officer was fired three days later.")
    assert found(text, date(2019, 9, 19))[-1] == ("three days later", "DATE", "2017-11-12")


def test_fat_tuesday_is_mardi_gras():
    assert found("The gala is on Fat Tuesday.", date(2025, 2, 20)) == [
        ("Fat Tuesday", "DATE", "2025-03-04")]


def test_a_holiday_with_last_or_next_year_is_one_date_of_that_year():
    text = "She married her husband on Valentine's Day last year."
    assert found(text, date(2019, 9, 7)) == [("Valentine's Day last year", "DATE", "2018-02-14")]
    assert found("Nobody was in the mood for Christmas this year.", date(1997, 12, 27)) == [
        ("Christmas", "DATE", "1997-12-25"), ("this year", "DATE", "1997")]
    assert found("The Lunar New Year falls on Feb. 10.", date(2024, 1, 27))[0] == (
        "Lunar New Year", "DATE", "2024-02-10")


def test_a_sentence_that_tells_next_year_looks_ahead_surely():
    text = "The fair returns next year and is scheduled to run from Aug. 25 to Sept. 5."
    assert found(text, date(1993, 9, 7))[1:] == [("Aug. 25", "DATE", "1994-08-25"),
                                                  ("Sept. 5", "DATE", "1994-09-05")]


def test_a_day_something_is_being_moved_to_lies_ahead():
    text = "The governor signed an order moving the holiday to Monday."
    assert one(text, date(2012, 10, 31)).value == "2012-11-05"


def test_a_past_plan_for_a_day_the_but_clause_tells_as_gone_by_is_past():
    text = ("The summit was scheduled to end Friday, but negotiators worked through the night "
            "on the final text.")
    assert found(text, date(2021, 11, 14))[0] == ("Friday", "DATE", "2021-11-12")
    text = "The summit was scheduled to end Friday, but negotiators will need another day."
    assert found(text, date(2021, 11, 10))[0] == ("Friday", "DATE", "2021-11-12")


def test_a_plan_noun_after_a_preposition_and_a_participle_is_a_noun():
    text = "The superintendent placed two principals on paid leave Wednesday night."
    assert one(text, date(2013, 9, 19)).value == "2013-09-18TNI"


def test_an_event_clock_time_after_tonight_looked_ahead_to_is_tonight():
    text = ("The City Council will vote tonight on the filing. The city could not meet its "
            "Aug. 3 payroll without drastic action. The meeting begins at 6 p.m. at City Hall.")
    assert found(text, date(2012, 7, 19))[-1] == ("6 p.m.", "TIME", "2012-07-19T18:00")


def test_a_verb_that_may_be_a_present_is_past_after_was():
    assert one("Service was cut back in March.", date(2015, 12, 14)).value == "2015-03"


def test_a_date_right_after_a_past_perfect_verb_is_when_it_was_done():
    text = "It had forecast in February that earnings would be flat."
    assert one(text, date(2013, 6, 12)).value == "2013-02"


def test_a_day_s_event_a_maybe_may_befall_lies_ahead():
    text = "The lottery said today that it may postpone Monday night's drawing."
    assert found(text, date(2001, 3, 4))[-1] == ("Monday night", "TIME", "2001-03-05TNI")
    text = "Officials said balloons might be grounded at Thursday's parade."
    assert one(text, date(2019, 11, 26)).value == "2019-11-28"


def test_a_year_after_a_capitalised_conjunction_is_no_name():
    assert found("When 2019 began, the dock sat nearly empty.", date(2020, 3, 1)) == [
        ("2019", "DATE", "2019")]
    assert found("The plant runs Windows 2000 on its computers.", date(2020, 3, 1)) == []


def test_the_attacks_of_sept_11_are_those_of_2001():
    text = "Quilts sent to New York after the attacks of Sept. 11 will go on display."
    assert one(text, date(2002, 2, 3)).value == "2001-09-11"
    assert one("The vote is on Sept. 11.", date(2002, 2, 3)).value == "2002-09-11"


def test_the_year_before_a_decade_told_is_counted_from_the_reference():
    text = ("The bird was down to 17 pairs in the mid-1980s. Biologists counted 110 plovers, "
            "up from 91 the year before.")
    assert found(text, date(2013, 8, 8))[-1] == ("the year before", "DATE", "2012")


def test_a_part_of_day_of_a_date_is_one_time_of_that_date():
    text = "The ferry went down on the night of Dec. 11, 1994, after its bow door failed."
    assert found(text, date(1995, 1, 9)) == [
        ("the night of Dec. 11, 1994", "TIME", "1994-12-11TNI")]
    text = "The parade is set for the evening of July 15."
    assert one(text, date(2011, 7, 1)).value == "2011-07-15TEV"


def test_a_clock_time_before_the_next_morning_leaves_the_story_on_its_day():
    text = ("The ferry left Tallinn on Tuesday evening and sank shortly before 2 a.m. the "
            "next morning.")
    assert found(text, date(1994, 10, 12))[-1] == (
        "shortly before 2 a.m. the next morning", "TIME", "1994-10-12T02:00")


def test_have_got_with_an_object_is_what_is_on_the_calendar():
    text = "\"I've got a cruise out of Miami in February,\" said Karen Lind."
    assert one(text, date(2007, 1, 2)).value == "2007-02"
    assert one("He got a ticket in March.", date(2007, 1, 2)).value == "2006-03"


def test_last_past_before_a_season_or_month_is_a_verb_and_a_preposition():
    text = "\"Everybody says this won't last past the summer,\" she said."
    assert found(text, date(2002, 6, 8)) == [("the summer", "DATE", "2002-SU")]
    assert one("The deal will not last past March.", date(2002, 6, 8)).value == "2003-03"


def test_that_before_last_and_a_season_is_a_conjunction():
    text = "\"They said that last fall, too,\" she said."
    assert found(text, date(2002, 6, 8)) == [("last fall", "DATE", "2001-FA")]


def test_a_shift_of_a_schedule_is_a_duration_not_a_date():
    text = "The truck crossing will also open two hours earlier each day."
    assert found(text, date(1998, 11, 27))[0] == ("two hours", "DURATION", "PT2H")
    text = "The crossing will close two hours earlier starting Oct. 1."
    assert found(text, date(2014, 9, 5))[0] == ("two hours", "DURATION", "PT2H")
    assert one("Two hours later, the ship sank.", date(2014, 9, 5)).type == "DATE"


def test_a_number_to_a_second_thing_is_no_duration():
    text = "The road will link Highway 401 to a second bridge planned downriver."
    assert found(text, date(2014, 9, 5)) == []
    assert one("It takes two to three days.", date(2014, 9, 5)).value == "P2D"


def test_a_part_of_the_day_spent_with_no_day_told_is_the_story_s():
    text = "Divers spent the morning attaching lift bags to the barge."
    assert one(text, date(2000, 7, 5)).value == "2000-07-05TMO"
    text = "Hundreds of people spent the night at airports."
    assert one(text, date(2011, 9, 9)).value == "2011-09-08TNI"
    assert found("He spends the morning at his desk.", date(2000, 7, 5)) == []


def test_a_day_of_the_month_after_by_or_until_is_a_date():
    text = ("Lines at Calais backed up on March 28. \"We were told to be ready by the 29th, "
            "and we were ready,\" said Tony Myers.")
    assert found(text, date(2019, 3, 30))[-1] == ("the 29th", "DATE", "2019-03-29")
    text = "The judge cited a decision by the 9th U.S. Circuit Court of Appeals."
    assert found(text, date(2019, 3, 30)) == []


def test_a_saying_between_by_and_the_past_verb_is_passed_over():
    text = "By Sunday, the Coast Guard said, more than 1,700 barges were waiting to move."
    assert one(text, date(1988, 6, 21)).value == "1988-06-19"


def test_a_participle_before_a_noun_after_a_count_or_a_progressive_is_an_adjective():
    text = "Owner Tom Gallant said he took in 35 damaged sails on Sunday alone."
    assert one(text, date(2023, 9, 18)).value == "2023-09-17"
    text = ("The ski patrol is collecting canned food at the base lodge through Sunday; skiers "
            "who bring three cans will get a discount.")
    assert found(text, date(2003, 11, 26))[0] == ("Sunday", "DATE", "2003-11-30")


def test_an_apposition_s_relative_clause_before_the_date_gives_no_direction():
    text = ("Highway authorities began testing Operation Brock, a traffic plan that turns part "
            "of the M20 into a holding area for trucks, on Monday.")
    assert one(text, date(2019, 3, 29)).value == "2019-03-25"


def test_a_figure_between_to_and_a_noun_keeps_the_past_verb_after_it():
    text = ("The Port of Oakland's long-delayed plan to deepen its shipping channels to 42 feet "
            "suffered another setback Monday, when a state commission postponed a vote on where "
            "to dump the mud the project would dig up.")
    assert one(text, date(1990, 10, 9)).value == "1990-10-08"


def test_read_is_a_past_and_a_compound_s_first_half_no_verb():
    text = ("A judge ruled Thursday that the company must cut pumping. He gave it until Nov. 21 "
            "to comply. He read the ruling aloud in a packed courtroom at 2 p.m.")
    assert found(text, date(2003, 10, 17))[-1] == ("2 p.m.", "TIME", "2003-10-16T14:00")
    text = ("The bookstore will also hold a Shakespeare read-a-thon on Saturday, with customers "
            "taking turns.")
    assert one(text, date(2014, 4, 22)).value == "2014-04-26"


def test_a_clock_time_in_the_sentence_of_a_past_perfect_day_is_on_that_day():
    text = ("A climber died in a fall on the Grand Teton Saturday evening, and his partner was "
            "plucked from a ledge the next morning. He and his partner had started up the ridge "
            "early Saturday and were descending when he fell about 120 feet at 7:10 p.m.")
    assert found(text, date(1995, 8, 21))[-1] == ("7:10 p.m.", "TIME", "1995-08-19T19:10")


def test_a_present_verb_after_a_pronoun_is_a_schedule():
    assert found("After 38 years, she retires Friday.", date(2025, 10, 12))[-1] == (
        "Friday", "DATE", "2025-10-17")
    assert one("He said he leaves on Monday.", date(2025, 10, 15)).value == "2025-10-20"


def test_what_is_booked_for_a_day_or_month_lies_ahead():
    text = ("Whitaker said advance bookings for December and January were up 8 percent, despite "
            "worries about the crisis.")
    assert [t[2] for t in found(text, date(1990, 10, 31))] == ["1990-12", "1991-01"]
    text = "Bars near the Garden were taking reservations for Thursday night."
    assert one(text, date(2025, 2, 17)).value == "2025-02-20TNI"


def test_an_infinitive_after_a_task_or_a_day_of_its_own_has_the_date():
    text = "U.S. District Judge Carlton Reeves ordered him to report to prison on Jan. 8."
    assert one(text, date(2023, 11, 2)).value == "2024-01-08"
    text = ("Selectmen voted Thursday night to ask voters at town meeting on March 14 to approve "
            "a bond.")
    assert found(text, date(2006, 3, 4))[-1] == ("March 14", "DATE", "2006-03-14")
    text = "The board voted to remove Pratt at a closed meeting on June 7."
    assert one(text, date(2005, 8, 1)).value == "2005-06-07"


def test_planning_before_a_noun_is_its_modifier():
    text = "The county council granted planning permission for the replacement in November."
    assert one(text, date(2010, 1, 15)).value == "2009-11"
    text = "The town is planning changes to the festival in March."
    assert one(text, date(2010, 1, 15)).value == "2010-03"


def test_a_clock_time_ahead_is_on_the_lead_s_day_ahead_when_no_other_was_told():
    text = ("The water wheel at Harlan's Mill will turn for the public again Saturday. Owner Tony "
            "Marchetti said Tuesday that workers finished rebuilding the dam last month. "
            "\"Now she sounds the way she did when I bought her.\" The mill was built in 1802. "
            "It grinds cornmeal, buckwheat and whole wheat flour sold in its gift shop and "
            "restaurant, and it is one of the largest water-powered gristmills still operating in "
            "the state, with a pair of French buhrstones on the second floor that grind corn and "
            "wheat the way they did when the mill first opened, and a wooden flume that carries "
            "water from the millrace to the top of the wheel. "
            "Marchetti said the wheel will start turning at 9 a.m., and millers will lead tours.")
    assert found(text, date(1991, 5, 8))[-1] == ("9 a.m.", "TIME", "1991-05-11T09:00")


def test_father_christmas_is_a_name():
    text = "\"I get a call from somebody worried Father Christmas won't fit,\" he said."
    assert found(text, date(2010, 12, 13)) == []


def test_a_stretch_gone_by_that_started_on_a_day_is_past():
    text = "Rain and drizzle fell for five days starting Monday, leaving ice on the trees."
    assert found(text, date(1998, 1, 10))[-1] == ("Monday", "DATE", "1998-01-05")
    text = "Workers threatened a strike of up to five days starting Monday."
    assert found(text, date(2008, 7, 10))[-1] == ("Monday", "DATE", "2008-07-14")


def test_an_hour_of_this_morning_after_since_is_a_time():
    text = "\"We've been on the road since 5 this morning,\" owner Beth Carrier said."
    assert one(text, date(2011, 9, 6)).value == "2011-09-06T05:00"


def test_a_run_told_by_its_first_and_last_day_ends_after_it_starts():
    text = ("Saddle makers will set up shop next week for the Horse Expo, which opens Thursday "
            "and runs through Sunday.")
    assert [t[2] for t in found(text, date(2000, 10, 27))][1:] == ["2000-11-02", "2000-11-05"]
    text = "The fair opened last Thursday and runs through Sunday."
    assert [t[2] for t in found(text, date(2000, 8, 15))] == ["2000-08-10", "2000-08-20"]


def test_one_day_or_evening_a_week_is_a_set():
    assert found("She attends college one day a week.") == [("one day a week", "SET", "P1W")]
    assert found("The club meets one evening a month.") == [
        ("one evening a month", "SET", "P1M")]


def test_a_thing_s_age_is_a_duration_and_a_person_s_is_not():
    assert found("The icebreakers are more than 30 years old.") == [
        ("more than 30 years", "DURATION", "P30Y")]
    assert found("The oak is 300 years old and the church almost a century old.") == [
        ("300 years", "DURATION", "P300Y"), ("almost a century", "DURATION", "P100Y")]
    assert found("The bridge is 80 years old, and children under 5 years old ride free.") == []
    assert found("A 300-year-old statue stood there.") == []


def test_a_day_s_event_a_verb_ahead_takes_is_ahead_unless_it_came_after():
    text = "Gov. Paul Patton is scheduled to attend Thursday's ceremony."
    assert one(text, date(1999, 9, 7)).value == "1999-09-09"
    text = "A House race is headed for a recount after Tuesday's election left Hanson ahead."
    assert one(text, date(1992, 11, 5)).value == "1992-11-03"


def test_two_months_told_together_follow_each_other():
    text = "The company blamed thin snow cover in December and January."
    assert [t[2] for t in found(text, date(2007, 10, 4))] == ["2006-12", "2007-01"]
    text = ("Patrols will step up after a rain-soaked August and September produced a heavy crop, "
            "the commission said on Thursday.")
    assert [t[2] for t in found(text, date(2008, 10, 31))][:2] == ["2008-08", "2008-09"]


def test_a_saying_set_off_by_commas_does_not_govern_the_clause_it_interrupts():
    text = "After this week, he said, business slows until the wedding season in May and June."
    assert [t[2] for t in found(text, date(1990, 2, 14))][1:] == ["1990-05", "1990-06"]
    text = "Bans will stay in force, officials said, after rainfall in July ran low."
    assert one(text, date(1990, 9, 20)).value == "1990-07"


def test_a_day_set_aside_with_instead_of_is_not_the_story_s_day():
    text = ("The parade will roll Monday instead of on New Year's Day. The Rose Bowl game "
            "follows that afternoon.")
    assert found(text, date(2023, 1, 1))[-1] == ("that afternoon", "TIME", "2023-01-02TAF")


def test_a_plan_priced_in_dollars_is_a_noun():
    text = "The City Council approved a $4.2 million plan Monday night to repair the wharf."
    assert one(text, date(2014, 9, 30)).value == "2014-09-29TNI"


def test_a_participle_after_a_contracted_is_is_no_past():
    assert one("\"We'll see what's left Friday,\" he said.", date(2002, 10, 1)).value == \
        "2002-10-04"


def test_a_deferral_reaches_past_a_long_object_but_not_into_another_clause():
    text = ("Fog forced officials to postpone the halfpipe competition today, pushing both the "
            "men's and women's finals to 9:30 a.m. Friday.")
    assert found(text, date(1998, 2, 12))[-1] == ("9:30 a.m. Friday", "TIME", "1998-02-13T09:30")
    text = ("The arraignment was delayed because the court was closed Monday for Presidents "
            "Day.")
    assert found(text, date(2013, 2, 20))[-1] == ("Presidents Day", "DATE", "2013-02-18")


def test_a_date_of_delivery_ordered_lies_ahead():
    text = "Two large distillers have placed orders for delivery in the second quarter."
    assert one(text, date(2010, 1, 20)).value == "2010-Q2"


def test_an_offset_with_later_is_dated_before_an_after_clause():
    text = ("He took the craft from its station on Sept. 15. He was arrested two days later "
            "after a friend posted a video of the ride online.")
    assert found(text, date(2025, 1, 6))[-1] == ("two days later", "DATE", "2024-09-17")


def test_a_decade_on_from_a_decade_is_a_decade():
    text = "Racing began in Britain in the 1960s and spread to North America a decade later."
    assert found(text, date(2010, 1, 5))[-1] == ("a decade later", "DATE", "197")


def test_a_plan_called_off_for_a_clock_time_of_a_weekday_is_ahead():
    text = "The musical had been set to open Friday. It was canceled."
    assert found(text, date(2019, 4, 24))[0] == ("Friday", "DATE", "2019-04-26")
    text = "Bidding had been scheduled to end at 5 p.m. Friday."
    assert one(text, date(2019, 9, 1)).value == "2019-09-06T17:00"


def test_canadian_thanksgiving_and_burns_night_are_holidays():
    assert one("Bookings over Canadian Thanksgiving set a record.", date(2009, 10, 20)).value == \
        "2009-10-12"
    assert one("Haggis sold out before Burns Night.", date(2019, 1, 28)).value == "2019-01-25"


def test_an_activity_begun_is_no_plan():
    text = "\"We started planning this back in January,\" said the chairwoman."
    assert one(text, date(1989, 10, 1)).value == "1989-01"
    assert one("He began planning the crossing in November.", date(2011, 8, 1)).value == \
        "2010-11"


def test_the_full_year_told_in_the_past_early_in_a_year_is_the_year_closed():
    text = "For the full year, profit fell 61 percent to $4.4 million."
    assert one(text, date(2002, 2, 28)).value == "2001"
    assert one(text, date(2002, 11, 28)).value == "2002"


def test_until_a_month_a_past_when_clause_tells_is_past():
    text = ("The set stood in the cathedral from the 1950s until January, when a heating duct "
            "leaked.")
    assert found(text, date(2008, 12, 24))[-1] == ("January", "DATE", "2008-01")


def test_a_full_date_may_have_an_old_year_where_punctuation_ends_it():
    text = "It marks the Declaration of Arbroath, signed on April 6, 1320."
    assert found(text, date(2009, 4, 6)) == [("April 6, 1320", "DATE", "1320-04-06")]
    text = "The store sold 1,200 units on May 3, 1500 of them online."
    assert found(text, date(2009, 5, 6)) == [("May 3", "DATE", "2009-05-03")]


def test_last_year_s_own_thing_is_the_year_not_a_figure_compared():
    text = "Volunteers spent most of October repairing the roof, paying for it with proceeds " \
        "from last year's supper."
    assert found(text, date(1995, 11, 24))[-1] == ("last year", "DATE", "1994")


def test_a_day_heading_a_schedule_is_ahead():
    text = ("Here is the remaining schedule:\n\nToday: Ranch sorting begins at 9 a.m.\n\n"
            "Sunday: Cowboy church service at 8 a.m. in the grandstand.")
    assert [t[2] for t in found(text, date(1997, 8, 16))][2:] == ["1997-08-17",
                                                                  "1997-08-17T08:00"]


def test_a_clock_time_ending_a_paragraph_is_found_before_the_next_one_s_date():
    text = "Ranch sorting begins at 9 a.m.\n\nMonday is a holiday."
    assert [t[0] for t in found(text, date(1997, 8, 16))] == ["9 a.m.", "Monday"]


def test_a_past_relative_clause_holds_its_date_not_the_present_before_it():
    text = ("Police are looking for thieves who used a saw to cut a section of wall from an "
            "abandoned plant Wednesday night.")
    assert one(text, date(2009, 10, 16)).value == "2009-10-14TNI"


def test_a_part_of_day_in_a_past_clause_is_not_on_a_day_ahead():
    text = ("The company will pay a dividend of 12 cents a share on Feb. 28. Shares rose 3 "
            "percent in morning trading.")
    assert found(text, date(2014, 1, 31))[-1] == ("morning", "TIME", "2014-01-31TMO")


def test_a_participle_after_and_an_adverb_keeps_the_modal_before():
    text = "The bell could be melted down and recast, and possibly returned by Christmas."
    assert one(text, date(2009, 8, 31)).value == "2009-12-25"


def test_a_small_hours_clock_time_is_on_the_day_told_early():
    text = ("A fire early Sunday destroyed the sale barn before an auction scheduled for "
            "today. Firefighters were called about 2:15 a.m. and fought it for four hours.")
    assert found(text, date(2017, 11, 6))[-2][2] == "2017-11-05T02:15"


def test_an_evening_clock_time_is_on_the_night_the_story_told():
    text = ("About 400 skiers climbed the hill by lantern Saturday night, and the lodge was "
            "booked for Valentine's Day. Cider was served until 11 p.m.")
    assert found(text, date(1999, 2, 15))[-1] == ("11 p.m.", "TIME", "1999-02-13T23:00")


def test_an_evening_told_ahead_leaves_a_bare_clock_time_on_its_day():
    text = ("Four groups were judged Monday night, and the rest will be decided this "
            "evening. Coverage begins at 7:30 p.m.")
    assert found(text, date(2023, 5, 9))[-1] == ("7:30 p.m.", "TIME", "2023-05-09T19:30")


def test_a_range_a_past_verb_governs_ends_and_starts_gone_by():
    text = "Exporters shipped 560 million pounds of turkey meat from January through October."
    assert [t[2] for t in found(text, date(2010, 12, 31))] == ["2010-01", "2010-10"]


def test_a_range_after_an_infinitive_or_a_perfect_keeps_ahead():
    for text in ("The judge ordered the spill to run from January to October.",
                 "We have 14 weddings booked between January and October."):
        assert [t[2] for t in found(text, date(2010, 12, 30))] == ["2011-01", "2011-10"]


def test_a_holiday_weekend_is_one_expression():
    text = "Traffic was heavy over the holiday weekend, and this long weekend will be busier."
    assert [t[:3] for t in found(text, date(2013, 12, 30))] == [
        ("the holiday weekend", "DATE", "2013-W52-WE"),
        ("this long weekend", "DATE", "2014-W01-WE")]


def test_per_hour_after_a_unit_of_length_is_a_speed():
    assert found("Sleds reach about 130 km per hour on the run.", date(2013, 12, 30)) == []


def test_a_verb_in_s_is_not_a_counted_noun_before_a_year():
    text = '"2013 was a year of rebuilding balance sheets," he said.'
    assert [t[0] for t in found(text, date(2013, 12, 30))] == ["2013"]


def test_a_year_before_has_is_the_subject_not_a_count():
    text = "Kessler said 2009 has been the hardest year since she opened the shop."
    assert found(text, date(2009, 12, 20))[0][:3] == ("2009", "DATE", "2009")


def test_a_participle_after_a_count_is_an_adjective_and_its_noun_no_verb():
    text = "Wind and rain canceled five of the eight scheduled launches in October."
    assert one(text, date(2024, 1, 2)).value == "2023-10"


def test_a_small_hours_clock_time_after_an_early_day_ahead_stays_on_its_own_day():
    text = "The parade will start early Sunday. Crews were called at 2 a.m."
    assert found(text, date(2018, 6, 1))[-1][2] == "2018-06-01T02:00"


def test_a_bare_clock_time_goes_back_to_the_day_the_lead_told():
    text = ("NAPLES, Fla. — The city's holiday market opens today on Fifth Avenue.\n\n"
            "Stalls will sell crafts through Sunday, when a parade closes the market.\n\n"
            "Vendors said sales were strong last year.\n\n"
            "The mayor will cut the ribbon at 5 p.m.")
    assert found(text, date(2018, 11, 23))[-1] == ("5 p.m.", "TIME", "2018-11-23T17:00")


def test_a_clock_time_stays_on_the_day_ahead_the_lead_told_with_today():
    text = ("The auction opens tonight with dinners, and the main sale will be held Saturday "
            "afternoon.\n\nOrganizers hope to top last year's total.\n\n"
            "Bidding is expected to begin at 1 p.m.")
    assert found(text, date(2002, 6, 6))[-1] == ("1 p.m.", "TIME", "2002-06-08T13:00")


def test_a_holiday_moved_by_law_falls_on_the_day_of_its_year():
    text = "The memorial was dedicated on Memorial Day 1959 and rededicated on Memorial Day 1999."
    assert [t[2] for t in found(text, date(2019, 5, 1))] == ["1959-05-30", "1999-05-31"]


def test_a_weekday_no_cue_places_is_not_five_days_back():
    text = "Landis Mill, near Lititz: stone-grinding demonstrations on Saturday."
    assert one(text, date(2004, 6, 17)).value == "2004-06-19"


def test_a_weekday_no_cue_places_a_few_days_back_stays_past():
    text = "Landis Mill, near Lititz: stone-grinding demonstrations on Saturday."
    assert one(text, date(2004, 6, 16)).value == "2004-06-12"


def test_the_bare_verb_after_let_and_its_object_has_no_tense():
    text = "Mr. Bush let the ground offensive begin as previously planned Saturday night."
    assert one(text, date(1991, 2, 25)).value == "1991-02-23TNI"


def test_a_plan_kept_as_originally_planned_does_not_look_ahead():
    text = "The attack began as originally planned Saturday night."
    assert one(text, date(1991, 2, 25)).value == "1991-02-23TNI"


def test_next_summer_said_in_spring_is_the_year_after():
    text = "The survey season ends soon, and the team will return next summer."
    assert one(text, date(2025, 5, 22)).value == "2026-SU"
    assert one(text, date(2025, 2, 10)).value == "2025-SU"


def test_a_season_about_to_begin_is_the_one_a_weak_past_cue_means():
    text = "The company warned that shoppers could see higher prices by summer."
    assert one(text, date(2019, 4, 16)).value == "2019-SU"
    assert one(text, date(2019, 3, 2)).value == "2018-SU"


def test_the_weekend_said_on_a_friday_is_the_coming_one_unless_a_past_verb_governs():
    assert one("Forecasters predict rain for the weekend.", date(2005, 3, 25)).value == \
        "2005-W12-WE"
    assert one("The lodge has been booked solid for the weekend.", date(2025, 2, 14)).value \
        == "2025-W07-WE"
    assert one("The storm hit over the weekend.", date(2025, 2, 14)).value == "2025-W06-WE"


def test_the_water_current_a_verb_or_adverb_follows_is_no_time():
    for text in ("The current swept them toward the bridge.",
                 "They advised against swimming where the current below the dam remains strong.",
                 "The current also scoured sand from the jetty."):
        assert found(text, date(2019, 7, 1)) == [], text
    assert one("The current contract is fair.", date(2019, 7, 1)).value == "PRESENT_REF"


def test_a_weekday_opening_a_name_after_a_determiner_is_a_place():
    assert found("It plans to add sleigh rides at its Sunday River resort.", date(2017, 12, 5)) \
        == []
    assert one("On Sunday Smith said no.", date(2017, 12, 5)).value == "2017-12-03"


def test_the_last_night_after_a_determiner_is_the_final_one_not_yesterday_s():
    for text in ("The Delta Queen is one of the last overnight steamboats on the river.",
                 "The last night of the fair drew crowds."):
        assert found(text, date(1999, 7, 6)) == [], text
    assert one("The fire started last night.", date(1999, 7, 6)).value == "1999-07-05TNI"


def test_spring_tides_are_tides_not_a_season():
    assert found("The planting must be finished before the spring tides.", date(1988, 3, 1)) == []


def test_took_effect_governs_the_date_after_it():
    text = "Dealers blamed the luxury tax that took effect Jan. 1."
    assert one(text, date(1991, 10, 31)).value == "1991-01-01"


def test_a_forecast_that_calls_for_snow_looks_ahead():
    text = "Driver Hank Loeffler said the forecast calls for 4 inches Sunday."
    assert one(text, date(1995, 11, 24)).value == "1995-11-26"


def test_a_speaking_verb_governs_the_date_after_its_object_when_that_is_left_out():
    for text in ("County sheriffs told lawmakers Tuesday they are not ready.",
                 "The mayor told reporters Tuesday the city will reopen."):
        assert one(text, date(2011, 6, 15)).value == "2011-06-14", text
    assert one("The mayor will tell the council Tuesday the city is ready.",
               date(2011, 6, 15)).value == "2011-06-21"


def test_most_recently_places_the_date_in_the_past():
    text = "The locks are inspected annually, most recently in October."
    assert found(text, date(2025, 1, 21))[-1][2] == "2024-10"


def test_a_day_behind_us_is_gone_by():
    text = "With Labor Day behind them, painting crews will return to the bridge."
    assert one(text, date(1992, 9, 8)).value == "1992-09-07"


def test_o_clock_after_tonight_is_the_evening_s():
    text = "The fair opens tonight with the lighting of a spruce at 6 o'clock, followed by carols."
    assert found(text, date(2002, 11, 30))[-1][2] == "2002-11-30T18:00"
    assert one("The bakery opens at 6 o'clock.", date(2002, 11, 30)).value == "2002-11-30T06:00"


def test_preparing_for_an_event_looks_ahead():
    text = "As Paris prepares for the opening ceremony on Friday, tourists have been lining up."
    assert one(text, date(2024, 7, 25)).value == "2024-07-26"


def test_a_task_set_by_telling_or_urging_lies_ahead():
    assert one("Officials urged residents to move cars and valuables before Friday.",
               date(2014, 1, 8)).value == "2014-01-10"
    assert one("The judge told jurors to return Wednesday to hear arguments.",
               date(1995, 10, 30)).value == "1995-11-01"
    assert one("Residents were told to leave their homes Saturday night.",
               date(1993, 7, 5)).value == "1993-07-03TNI"


def test_a_when_clause_after_next_year_is_in_that_year():
    text = "Organizers have already set dates for next year, when the fair is to open in January."
    assert found(text, date(2023, 1, 17))[-1][2] == "2024-01"


def test_the_participle_of_an_absolute_phrase_has_no_tense():
    text = ("The fish fry will be held Friday at the station, with dinners served from 4 p.m. "
            "to 8 p.m. Friday.")
    assert [t[2] for t in found(text, date(1990, 2, 28))] == [
        "1990-03-02", "1990-03-02T16:00", "1990-03-02T20:00"]
    text = "Grain markets will be thin this week, with markets closed Tuesday for the holiday."
    assert found(text, date(2018, 12, 28))[-1][2] == "2019-01-01"


def test_a_level_on_a_day_is_compared_with_that_day_a_year_earlier():
    text = "Pork in cold storage totaled 631 million pounds on July 31, up 18 percent from a " \
        "year earlier."
    assert found(text, date(2011, 8, 20))[-1][2] == "2010-07-31"
    text = "The company lost $42 million in the year ended Dec. 31, compared with a profit of " \
        "$18 million a year earlier."
    assert found(text, date(2012, 2, 20))[-1][2] == "2010"


def test_a_year_written_short_after_in_or_of_is_a_year():
    assert one("We went through this in '93, and we held.", date(2019, 3, 20)).value == "1993"
    assert one("Not even the blizzard of '75 closed it.", date(2019, 3, 20)).value == "1975"
    assert found("The song '93 Til Infinity' played.", date(2019, 3, 20)) == []


def test_the_next_one_is_the_coming_day():
    text = "The park holds hiring fairs every Saturday. The next one is Saturday at the park."
    assert found(text, date(2023, 5, 10))[-1][2] == "2023-05-13"


def test_a_plan_given_up_is_for_the_day_near_the_telling():
    text = "The exhibit, which had been set to open Saturday, was put off by the storm."
    assert one(text, date(2014, 2, 13)).value == "2014-02-15"  # said on a Thursday
    text = "The hearing had been set for Monday but was moved because of the holiday."
    assert one(text, date(2022, 1, 18)).value == "2022-01-17"  # said on the Tuesday after


def test_only_an_hour_of_the_clock_face_is_read_before_this_morning():
    assert found("The index stood at 62 this morning.", date(2023, 6, 10)) == [
        ("this morning", "TIME", "2023-06-10TMO")]
    assert one("She woke at 5 this morning.", date(2023, 6, 10)).value == "2023-06-10T05:00"


def test_midnight_gone_by_today_is_the_one_that_opened_the_day():
    ref = date(1990, 5, 12)
    assert found("Teams of birders began racing across the state at midnight.", ref) == [
        ("midnight", "TIME", "1990-05-12T00:00")]
    assert found("The fireworks will begin at midnight.", ref) == [
        ("midnight", "TIME", "1990-05-13T00:00")]


def test_by_noon_after_a_night_told_is_the_next_day_s():
    ref = date(1991, 11, 1)
    got = found("Snow began falling Thursday afternoon, and children scrambled home through "
                "blowing snow Thursday night. By noon, 18 inches had fallen.", ref)
    assert got[-1] == ("noon", "TIME", "1991-11-01T12:00")
    got = found("Snow began falling Thursday afternoon and kept on into Thursday night. The "
                "plows went out at noon.", ref)
    assert got[-1] == ("noon", "TIME", "1991-10-31T12:00")


def test_is_after_a_number_is_a_verb_not_a_count_of_things():
    ref = date(2016, 5, 4)
    assert found("Game 4 is at 7:05 p.m. Saturday in Wheeling.", ref) == [
        ("7:05 p.m. Saturday", "TIME", "2016-05-07T19:05")]


def test_a_number_after_to_is_no_infinitive():
    ref = date(2009, 1, 29)
    assert found("The storm coated the county with up to two inches of ice by Wednesday "
                 "morning.", ref) == [("Wednesday morning", "TIME", "2009-01-28TMO")]


def test_a_preposition_after_to_is_no_infinitive():
    ref = date(2019, 7, 16)
    assert found("It was part of a package of rules agreed to by owners and the union in "
                 "March.", ref) == [("March", "DATE", "2019-03")]


def test_a_title_with_a_period_stays_inside_the_verb_s_object():
    ref = date(2010, 12, 31)
    assert found("The law, signed by Gov. Pat Quinn in March, raises the retirement age.",
                 ref) == [("March", "DATE", "2010-03")]


def test_ahead_of_an_event_named_at_length_is_ahead():
    ref = date(1996, 2, 29)
    assert found("Athletic have been unbeaten for weeks and sit second in the table ahead of "
                 "the visit of the league leaders on Saturday.", ref) == [
        ("weeks", "DURATION", "PXW"), ("Saturday", "DATE", "1996-03-02")]


def test_a_date_right_after_a_saying_is_the_day_of_the_saying():
    ref = date(2021, 7, 30)
    assert found("The museum will reopen to visitors next month, the trust that runs it said "
                 "on Wednesday.", ref) == [("next month", "DATE", "2021-08"),
                                           ("Wednesday", "DATE", "2021-07-28")]


def test_a_count_with_a_modifier_is_a_count_of_things():
    ref = date(1989, 8, 21)
    assert found("Danny Ocampo hit two home runs Sunday in what turned out to be his last "
                 "game.", ref) == [("Sunday", "DATE", "1989-08-20")]
    assert found("A provision requiring a bond takes effect July 1.", date(2020, 6, 3)) == [
        ("July 1", "DATE", "2020-07-01")]
