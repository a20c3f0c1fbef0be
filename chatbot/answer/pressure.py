"""Blood pressure readings and the bands that sort them: a question's "152/88" against a results
table's "135/85 to 149/94", "150/95 to 179/119", "180/120 or higher", "Below 135/85".

A reading is a pair, and the pair falls in the band of its higher part: 152/88 is in 150/95 to 179/119
(its systolic 152 is, and its diastolic 88 is not above that band), not in 135/85 to 149/94 (88 is, but
152 is above it). `ranges.band_fit` reads single numbers; a pair is neither of its numbers alone.

Every pattern here is linear: no nested quantifiers, alternations on fixed words only.
"""
from __future__ import annotations

import math
import re

_PAIR = r"(\d{2,3})\s*/\s*(\d{2,3})(?:\s*mm\s*hg)?"
_RANGE = re.compile(rf"(?:between\s+)?{_PAIR}\s*(?:to|-|–|and)\s*{_PAIR}", re.I)
_AT_LEAST = re.compile(rf"(?:(?:at\s+least|over|above|>=?|≥)\s*{_PAIR}|{_PAIR}\s*(?:or|and)\s+(?:higher|above|over|more))",
                       re.I)
_BELOW = re.compile(rf"(?:below|under|less\s+than|lower\s+than|<)\s*{_PAIR}", re.I)
_READING = re.compile(rf"(?<![\d/]){_PAIR}(?![\d/])", re.I)


def _pair(sys: str, dia: str) -> tuple[float, float] | None:
    s, d = float(sys), float(dia)
    return (s, d) if 60 <= s <= 260 and 30 <= d <= 160 and s > d else None  # (not a date: "15/08")


def pressure_bands(text: str) -> list[tuple[tuple[float, float], tuple[float, float], int]]:
    """The bands `text` states, each as ((systolic low, high), (diastolic low, high), where it starts),
    high open-ended."""
    out, taken = [], []
    for m in _RANGE.finditer(text):
        lo, hi = _pair(*m.group(1, 2)), _pair(*m.group(3, 4))
        if lo and hi:
            out.append(((lo[0], hi[0]), (lo[1], hi[1]), m.start()))
            taken.append(m.span())
    for m in _AT_LEAST.finditer(text):
        p = _pair(*(m.group(1, 2) if m.group(1) else m.group(3, 4)))
        if p and not any(a <= m.start() < b for a, b in taken):
            out.append(((p[0], math.inf), (p[1], math.inf), m.start()))
    for m in _BELOW.finditer(text):
        p = _pair(*m.group(1, 2))
        if p:  # below 135/85: both parts under theirs
            out.append(((-math.inf, p[0] - 0.5), (-math.inf, p[1] - 0.5), m.start()))
    return out


def pressure_readings(question: str) -> list[tuple[float, float]]:
    """The readings a question states ("my average came out at 152/88"), not the bands it asks about."""
    spans = [m.span() for r in (_RANGE, _AT_LEAST, _BELOW) for m in r.finditer(question)]
    return [p for m in _READING.finditer(question)
            if not any(a <= m.start() < b for a, b in spans) and (p := _pair(*m.group(1, 2)))]


def pressure_fit(readings: list[tuple[float, float]], text: str, question: str = "") -> int:
    """1: `text` states a band that holds one of the readings; -1: it states bands and none holds any;
    0: no reading or no band. A band holds a reading when one part is in it and the other is not above it.
    Where the question names a column ("ABPM average 152/96") and a band's cell names it too ("ABPM or
    HBPM average 135/85 to 149/94"), only such bands are read: the clinic column holds other readings."""
    bands = pressure_bands(text) if readings else []
    if not bands:
        return 0
    asked = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", question)}
    named = [b for b in bands if asked & {w.lower() for w in re.findall(r"[A-Za-z]{3,}", _cell_before(text, b[2]))}]
    bands = named or bands

    def holds(r, band):
        (s_lo, s_hi), (d_lo, d_hi), _ = band
        return (s_lo <= r[0] <= s_hi and r[1] <= d_hi) or (d_lo <= r[1] <= d_hi and r[0] <= s_hi)
    return 1 if any(holds(r, b) for r in readings for b in bands) else -1


def _cell_before(text: str, at: int) -> str:  # the words of a band's own cell, before it: "ABPM or HBPM average"
    return re.split(r"[,;:\n]", text[max(0, at - 60) : at])[-1]
