"""Broadcast stations named by their call letters, for "the station".

"KTVX, the ABC affiliate in Salt Lake City, pulled the ad … The station said": both KTVX and
ABC are outlets, and "the station" went to ABC, named last. A US or Canadian station goes by
its call letters (K or W, C for Canada, then three letters, or two with "-TV" or "-FM"); a
network is named by words or initials of another shape ("ABC", "NBC News"). So a name written
as call letters fits "the station" better than any other outlet (:data:`STATION_FIT`). Seen on
invented articles in session 52 (desc52).
"""

from __future__ import annotations

import re

# K… and W… in the United States, C… in Canada: four letters, or three with the band or service
# after a hyphen ("WBZ-TV"). Three letters alone are mostly initials of other bodies, which took
# "the station" from the station named before them ("KSDK … members of the KKK … The station
# said"; the CBS, CNN, the CIA, the WHO: review52); the few stations of three letters written
# without their band ("WGN") are left to the other fits.
_CALL_SIGN = re.compile(r"[KWC][A-Z]{3}(?:-(?:TV|FM|AM|DT|HD|LP|CD))?|[KWC][A-Z]{2}-(?:TV|FM|AM|DT|HD|LP|CD)")
# A network written in four letters of that shape: a national outlet, no station.
_NOT_STATIONS = frozenset({"CNBC"})
# Heads that name a broadcast station.
STATION_HEADS = frozenset({"station"})
# Above every other fit of an outlet (3.0): the call letters say which outlet is a station.
STATION_FIT = 3.5


def is_call_sign(name: str) -> bool:
    """Whether a name is written as a station's call letters ("KTVX", "WFAA-TV", "CFRB")."""
    name = name.strip()
    return _CALL_SIGN.fullmatch(name) is not None and name not in _NOT_STATIONS
