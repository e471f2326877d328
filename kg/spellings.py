"""How names are compared: two spellings of one name ("São_Paulo", "Sao Paulo") fold alike,
and the fullest spelling is the one a linker links to.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable


def name_key(name: str) -> str:
    """A name's words run together in lower case, the key its spellings as written and as a
    linker writes it share ("Albany, Georgia" and ``Albany,_Georgia``)."""
    return re.sub(r"[\s_]+", "", name).lower()


def folded(name: str) -> str:
    """A name with nothing but its letters and digits (and the "+" and "#" that tell "C++" and
    "C#" from "C"), lower case and without accents: names that fold alike differ only in how
    they are spelt ("São_Paulo", "Sao Paulo")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^\w+#]+|_+", "", plain).lower()


def fullest_spellings(names: Iterable[str]) -> dict[str, str]:
    """Each name that another of ``names`` spells more fully (the same letters and digits, with
    more accents, dots or hyphens: "Penarol" and "Peñarol", "AC_Milan" and "A.C._Milan") →
    that fuller spelling, as a linker links the plain-keyboard spelling to the title. Names
    that differ only in case are left apart ("Nice" the city, "NICE" the institute), and so
    are names without a letter (numbers, dates); of equally full spellings the more often
    given is the fullest, then the first in sorted order, so the answer does not depend on
    order."""
    counts = Counter(name for name in names if any(c.isalpha() for c in name))
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in sorted(counts):
        spellings[folded(name)].append(name)
    fullest: dict[str, str] = {}
    for key, alike in spellings.items():
        if key and len(alike) > 1:
            best = max(alike, key=lambda name: (_marks(name), counts[name]))
            fullest |= {name: best for name in alike if _marks(name) < _marks(best)}
    return fullest


def _marks(name: str) -> int:
    """How many accents and written marks (dots, hyphens, apostrophes) a name has; an en dash
    counts twice, as the typeset form of a hyphen ("Polish–Soviet War")."""
    plain = unicodedata.normalize("NFKD", name)
    return sum(unicodedata.combining(c) > 0 or c in ".-–'’" for c in plain) + plain.count("–")
