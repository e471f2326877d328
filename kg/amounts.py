"""How a user's examples write numbers: a unit they add, a decimal point, an amount.

DBpedia writes an area as ``131.6 (square kilometres)`` where the sentence says "131.6 sq km",
a height of 185 as ``185.0``, and "5199 metres" as 5199 where the property is an amount.
`learn_amounts` finds these per property in annotated examples (see `kg.conventions` for how
they are kept and named); `value` writes an unseen number so, with `unit_word` naming the
word after it that may be its unit.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.literals import NUMBER

UNIT = re.compile(r'^"?(-?[\d.,]+)"?\s+\((.+)\)$')
"""A value written with its unit in brackets (``131.6 (square kilometres)``)."""


def value(number: str, prop: str, after: str, names: dict[str, str]) -> str:
    """A number as the examples write the property's values: with a decimal point where they
    always have one, and with their unit where the text names one after it (``after``: the
    word that follows the number, `unit_word`)."""
    if names.get(f"decimal:{prop}") and re.fullmatch(r"-?\d+", number):
        number += ".0"
    unit = names.get(f"unit:{prop}")
    if not unit:
        return number
    cues = set(names.get(f"unitcue:{prop}", "").split()) | set(unit.split())
    cues |= {short for short, word in _UNIT_SYMBOLS.items() if word in unit.split()}
    if after in cues:
        return f"{number} ({unit})"
    return number


def unit_word(number: Token) -> str:
    """The word that may name a number's unit, lower-cased: the letters the number token ends
    with ("185cm"), else the next word ("185 cm"), else ""."""
    tail = number.lower_.lstrip("0123456789.,")
    if tail.isalpha():
        return tail
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    return after.lower_ if after is not None and not after.is_punct else ""


_UNIT_SYMBOLS = {
    "kg": "kilograms", "kgs": "kilograms", "kilogram": "kilograms", "g": "grams",
    "lb": "pounds", "lbs": "pounds", "cm": "centimetres", "centimetre": "centimetres",
    "mm": "millimetres", "km": "kilometres", "kilometre": "kilometres", "km2": "kilometres",
    "km²": "kilometres", "sq": "square", "m": "metres", "metre": "metres", "ft": "feet",
    "mi": "miles", "mile": "miles",
}  # fmt: skip
"""Symbols and singulars of the units reference data spells out: a unit the examples write as
``kilograms`` is named by "kg" in an unseen text too."""


AMOUNT = "amount:"
"""Names-table key prefix of a property whose values in the examples were all numbers (two at
least, or one the example wrote with a unit or without the unit its text gave): an amount,
written without the unit the text gives it ("5199 metres" is 5199) where the ontology gives the
property no range."""


def learn_amounts(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """Per property: values always numbers (`AMOUNT`), values always written with a decimal
    point (``decimal:P``), and a unit the examples add (``unit:P``) with the words the texts
    use for it (``unitcue:P``), which one example can show ("0.0185 km/sec" as ``0.0185
    (kilometrePerSeconds)``): a unit in brackets is no slip of the annotator's."""
    decimals: Counter[str] = Counter()
    integers: Counter[str] = Counter()
    others: Counter[str] = Counter()  # values that are no number
    pointed: Counter[str] = Counter()  # decimals whose text wrote a whole number ("84 metres": 84.0)
    bared: Counter[str] = Counter()  # numbers whose text gave a unit the example leaves out
    units: dict[str, Counter[str]] = defaultdict(Counter)
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    plain_cues: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, example in zip(docs, examples, strict=True):
        for _, relation, obj in example["triples"]:
            match = UNIT.match(obj)
            number = match.group(1) if match else obj.strip('"')
            if not NUMBER.match(number) or not re.search(r"\d", number):
                others[relation] += 1
                continue
            (decimals if "." in number else integers)[relation] += 1
            token = _number_token(doc, number)
            if "." in number and token is not None and re.fullmatch(r"[\d,]+", token.text):
                pointed[relation] += 1
            words = [word] if token is not None and (word := unit_word(token)) else []
            if match:
                units[relation][match.group(2)] += 1
                cues[relation].update(words)
            else:
                plain_cues[relation].update(words)
                bared[relation] += bool(words)  # "runs for 112 minutes": 112
    found = {
        f"{AMOUNT}{relation}": "1"
        for relation in decimals | integers
        if (decimals[relation] + integers[relation] >= 2 or bared[relation] or relation in units)
        and not others[relation]
    }
    for relation, count in decimals.items():
        if (count >= 2 or pointed[relation]) and count > integers[relation]:
            found[f"decimal:{relation}"] = "1"
    for relation, counts in units.items():
        unit, count = counts.most_common(1)[0]
        words = sorted(w for w in cues[relation] if cues[relation][w] > plain_cues[relation][w])
        if words:
            found[f"unit:{relation}"] = unit
            found[f"unitcue:{relation}"] = " ".join(words)
    return found


def _number_token(doc: Doc, number: str) -> Token | None:
    """The token of ``doc`` that writes ``number``, however the text writes it (185, 185.0,
    1,604, 185cm)."""
    bare = number.rstrip("0").rstrip(".") if "." in number else number
    for token in doc:
        text = token.text.replace(",", "")
        if text in (number, bare) or (text.startswith(bare) and not text[len(bare) :].isdigit()):
            return token
    return None
