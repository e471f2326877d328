"""Numbers written in words, as the examples write them in digits: "four seasons" has 4,
"around two million speakers" 2000000, "1.2 million people" 1200000.

`spelled_number` reads a whole phrase or nothing; `kg.literals.literal` uses it for a
lower-case phrase (so "One", a song's title, stays a name).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_BELOW_TWENTY = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
)
UNITS = {word: n for n, word in enumerate(_BELOW_TWENTY.split(" "))}
"""The numbers below twenty by name."""

TENS = {
    word: 10 * n
    for n, word in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), 2
    )
}
"""The tens from twenty by name."""

SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
"""The words that multiply what comes before them."""


def spelled_number(text: str) -> str | None:
    """The digits of a number written in words (or digits and a scale word), or None where
    ``text`` is not wholly one.

    >>> spelled_number("four"), spelled_number("twenty-five"), spelled_number("two million")
    ('4', '25', '2000000')
    >>> spelled_number("one hundred and five"), spelled_number("1.2 million"), spelled_number("a dozen")
    ('105', '1200000', None)
    >>> spelled_number("one two"), spelled_number("million")
    (None, None)
    """
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    total, current, seen = Decimal(0), Decimal(0), False
    for n, word in enumerate(words):
        if word in UNITS:
            if current % 100 and not (current % 10 == 0 and UNITS[word] < 10):
                return None  # "one two" is no number
            current += UNITS[word]
        elif word in TENS:
            if current % 100:
                return None
            current += TENS[word]
        elif word in SCALES and (seen or n):
            scale = SCALES[word]
            if scale == 100:
                current *= scale
            else:
                total, current = total + current * scale, Decimal(0)
            seen = True
            continue
        elif n == 0 and re.fullmatch(r"\d+(?:\.\d+)?", word) and len(words) > 1:
            try:
                current = Decimal(word)
            except InvalidOperation:
                return None
        elif word == "a" and n == 0 and len(words) > 1 and words[1] in SCALES:
            current = Decimal(1)
        else:
            return None
        seen = True
    value = total + current
    if value != value.to_integral_value():
        return None
    return str(int(value))
