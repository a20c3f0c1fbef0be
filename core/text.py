"""Text helpers every layer shares."""
from __future__ import annotations

import re

# a citation marker as models write it: "[1]", "[1, 2]", "[2;3]", "[ 1 ]" (group 1: the numbers)
MARKER = re.compile(r"\[([\d,;\s]*\d[\d,;\s]*)\]")


def marker_numbers(marker: re.Match) -> list[int]:
    """The numbers of one MARKER match, in order: "[1, 3]" -> [1, 3]."""
    return [int(n) for n in re.findall(r"\d+", marker.group(1))]


def strip_markers(text: str) -> str:
    """The text without its [n] markers."""
    return MARKER.sub("", text)
