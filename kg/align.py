"""Finding an annotated example's names in its sentence, as learning needs them.

An example gives its triples' ends as canonical names (``Boise,_Idaho``, ``Sweet_potato``);
`find_mention` finds the words of the sentence that name each: a word whose mention
(`kg.names.phrase`) has that canonical name, a tagged entity, the name as written in any of its
shorter forms (the first of two hyphened names: "Mercedes" of Mercedes-Benz), in the plural
where the name is singular, a people's adjective that names the country, or the adjective of a
doctrine's followers ("Catholic" for Catholicism).
`mention_index` finds every word's mention once per sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.canonical import canonical_name
from kg.demonyms import DESCRIBING, demonym_of
from kg.doctrines import of_doctrine
from kg.names import phrase
from kg.namespans import tagged
from kg.spellings import name_key


def mention_index(doc: Doc, names: dict[str, str] | None = None) -> dict[str, Span]:
    """Name key → the mention (`phrase`) of the first word of ``doc`` whose canonical name has
    that key."""
    index: dict[str, Span] = {}
    for token in doc:
        if not token.is_punct:
            span = phrase(token)
            index.setdefault(name_key(canonical_name(span, names)), span)
    return index


def _surface_variants(name: str) -> list[str]:
    """How a canonical name may be written in a sentence, longest first."""
    text = name.replace("_", " ").strip().strip('"')
    variants = [text, re.sub(r"\s*\(.*\)$", "", text), text.split(",")[0]]
    variants.append(re.sub(r"\s*\(.*\)$", "", text).split(",")[0])
    variants += [v.removesuffix(".0") for v in variants if re.fullmatch(r"-?\d+\.0", v)]  # 1604.0 is "1604"
    variants += [f"{int(v):,}" for v in variants if re.fullmatch(r"\d{4,}", v)]  # 2850 is "2,850"
    return sorted({v.strip() for v in variants if v.strip()}, key=len, reverse=True)


def _first_of_two(name: str) -> str | None:
    """The first of the two capitalised words a hyphen joins into a name, which the text may
    write alone ("Mercedes" of Mercedes-Benz, "Rolls" of Rolls-Royce), or None."""
    parts = name.split("-")
    if len(parts) != 2 or not all(re.fullmatch(r"[A-Z][a-z]+", part) for part in parts):
        return None
    return parts[0] if len(parts[0]) >= 4 else None


_FORM = re.compile(r"[A-Z]{1,2}\.?|(?:[A-Z]\.){2,3}")
"""A short abbreviation that ends a club's or company's name ("F.C.", "CF", "A.F.C.")."""


def _without_form(name: str) -> str | None:
    """A name without the abbreviation that ends it, which the text may leave out ("Liverpool"
    of Liverpool_F.C.), or None where none ends it."""
    words = name.replace("_", " ").split()
    if len(words) < 2 or not _FORM.fullmatch(words[-1]):
        return None
    return " ".join(words[:-1])


def find_mention(
    doc: Doc, name: str, names: dict[str, str] | None = None, index: dict[str, Span] | None = None
) -> Span | None:
    """The span of ``doc`` that names ``name`` (a canonical name from annotated examples);
    ``index``, `mention_index` of ``doc`` and ``names``, saves finding every word's mention again
    for each name looked for in one sentence."""
    wanted = name_key(name)
    found = (index if index is not None else mention_index(doc, names)).get(wanted)
    if found is not None:
        return found
    for ent in tagged(doc):
        if name_key(canonical_name(ent, names)) == wanted:
            return ent
    lowered = doc.text.lower()
    for variant in _surface_variants(name):
        at = re.search(r"(?<!\w)" + re.escape(variant.lower()) + r"(?!\w)", lowered)
        if at:
            span = doc.char_span(at.start(), at.end(), alignment_mode="expand")
            if span is not None:
                return span
    for variant in _surface_variants(name):  # "sweet potatoes" for Sweet_potato, as a linker reads it
        words = variant.lower().split()
        for start in range(len(doc) - len(words) + 1):
            window = doc[start : start + len(words)]
            said = [t.lower_ for t in window]
            if (
                said[:-1] == words[:-1]
                and window[-1].lemma_.lower() == words[-1]
                and window[-1].pos_ == "NOUN"
            ):
                return window
    short = _without_form(name)
    if short is not None:  # "Liverpool" for Liverpool_F.C., "Real Madrid" for Real_Madrid_CF
        at = re.search(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", doc.text)
        span = doc.char_span(at.start(), at.end(), alignment_mode="expand") if at else None
        if span is not None and span.root.pos_ == "PROPN":
            return span
    first = _first_of_two(name)
    if first is not None:  # "Mercedes" for Mercedes-Benz, where the text writes it so
        at = re.search(r"(?<![\w-])" + re.escape(first) + r"(?![\w-])", doc.text)
        span = doc.char_span(at.start(), at.end(), alignment_mode="expand") if at else None
        if span is not None:
            return span
    for surface, canonical in (names or {}).items():  # "football", learned as "association football"
        if ":" not in surface and name_key(canonical) == wanted:
            at = re.search(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", lowered)
            span = doc.char_span(at.start(), at.end(), alignment_mode="expand") if at else None
            if span is not None:
                return span
    for token in doc:  # "a 1954 British drama film" names the United Kingdom
        noun = token.head  # ... but not "the Italian national under 16 team"
        described = token.dep_ in DESCRIBING and noun.pos_ == "NOUN" and noun.lower_ != "national"
        described |= token.dep_ in ("appos", "attr") and token.pos_ != "VERB"  # "X, an American,"
        if described and demonym_of(token, wanted):
            return doc[token.i : token.i + 1]
    believer = of_doctrine(doc, name)  # "a Catholic order" is of Catholicism
    return None if believer is None else doc[believer.i : believer.i + 1]
