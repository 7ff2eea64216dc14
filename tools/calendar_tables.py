"""Write the engine's table of days that no rule of the Gregorian calendar gives.

The engine reckons fixed and Easter-bound holidays itself; the days of Lunar New Year, the
Islamic and the Jewish holidays come from other calendars, and the solstices and equinoxes
from the sun, so they ship as a table computed once by this script. It needs four packages
that are not dependencies of the site; run it in a throwaway environment:

    python -m venv /tmp/cal && /tmp/cal/bin/pip install lunardate hijridate pyluach ephem
    /tmp/cal/bin/python tools/calendar_tables.py
"""

import json
from datetime import date, timedelta
from pathlib import Path

import ephem
from hijridate import Hijri
from lunardate import LunarDate
from pyluach.dates import GregorianDate

OUT = Path(__file__).parents[1] / "plugins/timeline/engine/calendars/holiday_table.json"
YEARS = range(1900, 2100)
# Islamic holidays: (month, day) of the Hijri year, by the Umm al-Qura calendar
# (1343-1500 AH, that is 1924-2077)
HIJRI = {"EID_FITR": (10, 1), "EID_ADHA": (12, 10), "HIJRI_NEW_YEAR": (1, 1), "ASHURA": (1, 10)}
# Jewish holidays: their first day, by pyluach's name for it (outside Israel)
HEBREW = {"ROSH_HASHANAH": "Rosh Hashana", "YOM_KIPPUR": "Yom Kippur", "SUKKOT": "Succos",
          "PASSOVER": "Pesach", "SHAVUOT": "Shavuos", "HANUKKAH": "Chanuka", "PURIM": "Purim"}
# the sun's turning points, as days of Universal Time
SUN = {"MARCH_EQUINOX": ephem.next_vernal_equinox, "JUNE_SOLSTICE": ephem.next_summer_solstice,
       "SEPTEMBER_EQUINOX": ephem.next_autumnal_equinox,
       "DECEMBER_SOLSTICE": ephem.next_winter_solstice}


def hebrew_first_days(year: int) -> dict[str, str]:
    """The first day of each named festival that begins in Gregorian `year`."""
    out: dict[str, str] = {}
    day = date(year, 1, 1)
    before = GregorianDate.from_pydate(day - timedelta(days=1)).festival(israel=False)
    while day.year == year:
        name = GregorianDate.from_pydate(day).festival(israel=False)
        if name and name != before:
            out.setdefault(name, day.strftime("%m-%d"))
        before, day = name, day + timedelta(days=1)
    return out


def main() -> None:
    table: dict[str, dict[str, list[str]]] = {"LUNAR": {}}
    table |= {code: {} for code in (*HIJRI, *HEBREW, *SUN)}
    for y in YEARS:
        table["LUNAR"][str(y)] = [LunarDate(y, 1, 1).to_solar_date().strftime("%m-%d")]
        first = hebrew_first_days(y)
        for code, name in HEBREW.items():
            table[code][str(y)] = [first[name]]
        for code, next_one in SUN.items():
            table[code][str(y)] = [next_one(str(y)).datetime().strftime("%m-%d")]
    for hy in range(1343, 1501):
        for code, (m, d) in HIJRI.items():
            g = Hijri(hy, m, d).to_gregorian()
            table[code].setdefault(str(g.year), []).append(f"{g.month:02d}-{g.day:02d}")
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("{\n" + ",\n".join(
            f'"{code}": {json.dumps(days, separators=(",", ":"))}' for code, days in table.items()
        ) + "\n}\n")


if __name__ == "__main__":
    main()
