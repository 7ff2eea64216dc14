"""What a valid TIMEX3 value looks like (TimeML 1.2.1 / ISO 8601 as TimeML uses it)."""

from __future__ import annotations

import re

_Y = r"(?:\d{4}|\d{3}X|\d{2}XX|\dXXX|XXXX)"
_PART = (
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?"  # month, day
    r"|-W(?:\d{2}|XX)(?:-(?:[1-7]|X|WE|WD))?"  # week, weekday / weekend / weekdays
    r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"  # quarter, half, season
)
_CLOCK = r"(?:T(?:\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?|MO|AF|EV|NI|DT)(?:Z|[+-]\d{2}:?\d{2})?)?"
_DATE = rf"(?:{_Y}{_PART}|\d{{3}}|\d{{2}}|BC\d{{4}}|PRESENT_REF|PAST_REF|FUTURE_REF)"
_NUM = r"(?:\d+(?:\.\d+)?|X)"
# "PXX": some length of no stated unit ("a while"), as TimeBank writes it
_TIME_PART = rf"T(?:{_NUM}[HMS])+"
_DURATION = rf"P(?:XX|(?:{_NUM}(?:CE|DE|ML|Y|Q|M|W|D|WE|H))+(?:{_TIME_PART})?|{_TIME_PART})?"

DATE_OR_TIME = re.compile(rf"^(?:{_DATE}{_CLOCK}|T\d{{2}}(?::\d{{2}})?)$")
DURATION = re.compile(rf"^{_DURATION}$")
SET = re.compile(rf"^(?:{_DATE}{_CLOCK}|XXXX-WXX-[1-7](?:T\d{{2}}(?::\d{{2}})?)?|{_DURATION})$")


def valid_value(type_: str, value: str) -> bool:
    """Is `value` a well-formed TIMEX3 value for `type_`?"""
    if type_ in ("DATE", "TIME"):
        return bool(DATE_OR_TIME.match(value))
    if type_ == "DURATION":
        return bool(DURATION.match(value)) and value != "P" and not value.endswith("T")
    if type_ == "SET":
        return bool(SET.match(value))
    return False
