"""Finding an annotated example's names in its sentence, as learning needs them.

An example gives its triples' ends as canonical names (``Boise,_Idaho``, ``Sweet_potato``);
`find_mention` finds the words of the sentence that name each: a word whose mention
(`kg.names.phrase`) has that canonical name, a tagged entity, the name as written in any of its
shorter forms (the first of two hyphened names: "Mercedes" of Mercedes-Benz), in the plural
where the name is singular, a people's adjective that names the country, or the adjective of a
doctrine's followers ("Catholic" for Catholicism).
`mention_index` finds every word's mention once per sentence, and `aligned` finds an
example's triples as pairs of mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from kg.canonical import canonical_name
from kg.demonyms import DESCRIBING, demonym_of
from kg.doctrines import of_doctrine
from kg.names import phrase
from kg.namespans import tagged
from kg.plurals import PLURAL, singular
from kg.prefixes import PREFIX
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
    demonym = _demonym(doc, wanted)
    if demonym is not None:
        return demonym
    believer = of_doctrine(doc, name)  # "a Catholic order" is of Catholicism
    if believer is not None:
        return doc[believer.i : believer.i + 1]
    return _first_word(doc, name)


def _demonym(doc: Doc, wanted: str) -> Span | None:
    """The people's adjective in ``doc`` that describes something as of the country whose name
    key is ``wanted``: "a 1954 British drama film" names the United Kingdom, but "the Italian
    national under 16 team" no country; "The French fencer Laura Flessel" does, where the
    tagger hangs the adjective on the name, and so does "X, an American,"."""
    for token in doc:
        noun = token.head
        described = token.dep_ in DESCRIBING and noun.pos_ in ("NOUN", "PROPN") and noun.lower_ != "national"
        described |= token.dep_ in ("appos", "attr") and token.pos_ != "VERB"
        if described and demonym_of(token, wanted):
            return doc[token.i : token.i + 1]
    return None


_ORGANISATIONS = frozenset({"ORG", "PRODUCT", ""})
"""The tagger's labels of a word `_first_word` may take for a longer name's first."""


def _first_word(doc: Doc, name: str) -> Span | None:
    """The first word of a name of three capitalised words or more, where the text writes it
    alone as the name of an organisation or a product, or of nothing the tagger knows ("raced
    for Yamaha" of Yamaha_Motor_Racing), or None: not a place's, a person's or a people's."""
    words = re.sub(r"\s*\(.*\)$", "", name.replace("_", " ")).split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words) or len(words[0]) < 4:
        return None
    found = [t for t in doc if t.text == words[0] and t.pos_ == "PROPN" and t.ent_type_ in _ORGANISATIONS]
    if len(found) != 1 or (found[0].i + 1 < len(doc) and doc[found[0].i + 1].text[:1].isupper()):
        return None  # the word begins a longer name of its own, or the text has it twice
    return doc[found[0].i : found[0].i + 1]


def aligned(
    doc: Doc, triples: Sequence[Sequence[str]], names: dict[str, str]
) -> list[tuple[Span, str, Span]]:
    """The (subject, relation, object) mentions of ``triples`` (an example's, with canonical
    names) in ``doc``, for those whose two ends are found as two mentions: a value written with
    the suffix or the words before it the examples add (``suffix:``, ``prefix:``) or in the
    singular (``plural:``) found as the text writes it, an article before a mention left off,
    and a value said inside the subject's name and again apart from it taken where it stands
    apart, and a country named inside another end's name and by a people's adjective too taken
    where the adjective says it."""
    found = []
    index = mention_index(doc, names)
    mentions = {name: find_mention(doc, name, names, index) for s, _, o in triples for name in (s, o)}
    ends = [mention for mention in mentions.values() if mention is not None]
    for s, r, o in triples:
        subject, obj = mentions[s], mentions[o]
        inside = obj is not None and any(
            end.start <= obj.start and obj.end <= end.end and len(obj) < len(end) for end in ends
        )  # "Canada" in "the National Film Board of Canada", another fact's end
        # "The Canadian animator Norman McLaren worked at the National Film Board of Canada"
        if inside and (demonym := _demonym(doc, name_key(o))) is not None:
            obj = demonym
        suffix = names.get(f"suffix:{r}", "")
        joined = o.replace(" ", "_")  # "Gothic architecture", as Wikidata labels it
        if obj is None and suffix and joined.endswith(suffix):  # "English" for English_language
            obj = find_mention(doc, joined.removesuffix(suffix), names, index)
        prefix = names.get(f"{PREFIX}{r}", "")
        if obj is None and prefix and joined.startswith(prefix):  # "Westminster" for its archdiocese
            obj = find_mention(doc, joined.removeprefix(prefix), names, index)
        if obj is None and names.get(f"{PLURAL}{r}") and singular(o):  # "a Celtic language"
            obj = find_mention(doc, singular(o) or "", names, index)
        subject, obj = _without_article(subject, s), _without_article(obj, o)
        if subject is not None and obj is not None:  # "The Hatfield rail crash took place in Hatfield"
            obj, subject = _elsewhere(obj, subject), _elsewhere(subject, obj)
        if subject is not None and obj is not None and subject.root != obj.root:
            found.append((subject, r, obj))
    return found


def _elsewhere(part: Span, whole: Span) -> Span:
    """``part``, or where it lies inside ``whole`` and the sentence says its words again outside
    it, that other mention: the place in "The Hatfield rail crash took place in Hatfield" is the
    second "Hatfield", not the crash's own word."""
    if not (whole.start <= part.start and part.end <= whole.end and len(part) < len(whole)):
        return part
    doc = part.doc
    for at in re.finditer(r"(?<!\w)" + re.escape(part.text) + r"(?!\w)", doc.text):
        if at.start() >= whole.end_char or at.end() <= whole.start_char:
            span = doc.char_span(at.start(), at.end(), alignment_mode="expand")
            if span is not None:
                return span
    return part


def _without_article(span: Span | None, name: str) -> Span | None:
    """A mention without the article before it, unless the name begins with it ("The Drowned
    Fleet"): "the Starfall" of "the Starfall series" is rooted in "Starfall", not in "the"."""
    if span is None or len(span) < 2 or span.root.pos_ != "DET":
        return span
    if name.replace("_", " ").split()[:1] == [span[0].text]:
        return span
    return span[1:]
