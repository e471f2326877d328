"""Where the names in a document are: the tagger's entities, cleaned and joined with the names
the examples gave (`tagged`), and runs of capitalised name words (`name_runs`) where the tagger
names nothing. `kg.names.phrase` reads a mention's bounds from them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.literals import MONTH_NAMES, RANGE_WORDS
from kg.mentions import KNOWN_SPANS, NER_SPANS
from kg.writtenwords import PARTICLES

NAME_LINKS = frozenset(
    {"of", "di", "de", "del", "della", "delle", "dei", "degli", "des", "der", "la", "le", "&"}
)
"""Lower-case words that link the words of one name ("Accademia di Architettura di Mendrisio")."""


_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP"})
"""Entity labels of places and peoples, whose names do not end a paired name."""


def name_runs(doc: Doc) -> list[Span]:
    """Maximal runs of name words (`_name_word`), joined across "of"/"di"/"&" between two of
    them ("FC Amkar Perm", "Accademia di Architettura di Mendrisio") but not two places
    (`_places_apart`: "the Homs Governorate of Syria"), across a hyphen between two
    (`_hyphened`), across "of the" where the tagger names neither side (`_of_the`), and across
    a foreign name's lower-case adjective and link (`_foreign_adjective`: "Bibliothèque
    nationale de France")."""
    runs: list[Span] = []
    i = 0
    while i < len(doc):
        if not _name_word(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and not doc[end].is_sent_start:  # "in the U.S. Anaheim is…"
            if _name_word(doc[end]):
                end += 1
                continue
            links = end
            while links < len(doc) and links - end < 2 and doc[links].lower_ in NAME_LINKS | PARTICLES:
                links += 1  # "van den"
            if (
                links > end
                and links < len(doc)
                and _name_word(doc[links])
                and not _places_apart(doc, i, end, links)
            ):
                end = links + 1
            elif _hyphened(doc, end):
                end += 2  # "Port of Antwerp-Bruges": a hyphen, spaces none, between name words
            elif _of_the(doc, end):
                end += 3  # "the Wars of the Roses", where the tagger names neither part
            elif _epithet(doc, end):
                end += 2  # "Christ the Redeemer", "Alexander the Great"
            elif _foreign_adjective(doc, end):
                end += 3  # "Bibliothèque nationale de France", "Museo nacional del Prado"
            else:
                break
        runs.append(doc[i:end])
        i = end
    return runs


def _hyphened(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` is a hyphen written with no space between two name words."""
    return (
        doc[at].text in ("-", "–") and at + 1 < len(doc) and not doc[at - 1].whitespace_
        and not doc[at].whitespace_ and _name_word(doc[at + 1])
    )  # fmt: skip


def _places_apart(doc: Doc, start: int, end: int, after: int) -> bool:
    """Whether the name words ``doc[start:end]`` and those from ``doc[after]`` on, with "of"
    between, are two places: the tagger names a place that ends in the first and a
    country or city that begins the second ("the Homs Governorate of Syria", "the Cusco Region
    of Peru": a region, and the country it is in; not "the University of Bologna", one name)."""
    if doc[end].lower_ != "of":
        return False
    ents = doc.spans.get(NER_SPANS, doc.ents)
    before = any(e.label_ in ("GPE", "LOC") and start < e.end <= end for e in ents)
    return before and any(e.label_ == "GPE" and e.start == after for e in ents)


_OWN_NAMES = frozenset({"FAC", "ORG", "WORK_OF_ART", "EVENT", "PERSON"})
"""Entity labels of names after "of the" that a name word before them may hold whole (a
person's name takes no "the": "the Pyramid of the Moon", tagged a person, is a building's)."""


def _of_the(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` begins "of the" between two name words the tagger leaves out of its
    names, which make one name: "the Wars of the Roses"; or, where the tagger names the place
    after it, a name word before it that is no title: "the Royal Library of the Netherlands"
    (not "the President of the United States", an office); or, where the tagger names a
    building, a body or a work after it, one that is no office (a word said of another, as a
    copula's complement or an apposition, may be one): "the Basilica of the Sacred Heart"."""
    if at + 2 >= len(doc) or doc[at].lower_ != "of" or doc[at + 1].lower_ != "the":
        return False
    after, before = doc[at + 2], doc[at - 1]
    inside = doc[at] in after.ancestors  # the phrase of "of"
    titled = bool(before._.kg_trigger or before._.kg_class_trigger)
    place = after.ent_type_ in ("GPE", "LOC") and not titled
    said_of = before.dep_ in ("attr", "appos", "oprd")  # "X is the Speaker of the House": an office
    named = after.ent_type_ in _OWN_NAMES and not (before._.kg_trigger or said_of)
    return _name_word(after) and (not after.ent_type_ or place or named) and not before.ent_type_ and inside


def _epithet(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` is the "the" of an epithet the parser hangs from the name before it
    with no comma between: "Christ the Redeemer", "Alexander the Great" (not "in March the
    Government said")."""
    if at + 1 >= len(doc) or doc[at].lower_ != "the" or not _name_word(doc[at + 1]):
        return False
    epithet = doc[at + 1]
    return epithet.dep_ == "appos" and epithet.head.i == at - 1 and doc[at].head.i == epithet.i


_FOREIGN_LINKS = NAME_LINKS - {"of", "&"}
"""The links of `NAME_LINKS` that are no English word: a lower-case word before one of them,
between name words, is a word of a foreign name."""


def _foreign_adjective(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` is a lower-case word that a foreign name's link ("de", "del", "di")
    follows, between name words, as a French, Spanish or Italian name's adjective is written:
    "Bibliothèque nationale de France", "Museo nacional del Prado"."""
    if at + 2 >= len(doc) or doc[at + 1].text not in _FOREIGN_LINKS:
        return False
    word = doc[at]
    return word.is_lower and word.is_alpha and word.pos_ in ("ADJ", "NOUN") and _name_word(doc[at + 2])


_QUANTIFIERS = frozenset({"most", "many", "some", "all", "few", "several", "both", "each", "every", "more"})
"""Words that say how many of a people or a kind a sentence speaks of: no name's words."""


def _name_word(token: Token) -> bool:
    """A capitalised proper noun, or a capitalised word the tagger took for a common one that
    hangs on a proper noun after it: "Alfons" in "Alfons Gorbach", "New" in "GMA New Media"."""
    if not token.text[:1].isupper():
        return False
    if token.is_sent_start and token.lower_ in _QUANTIFIERS:
        return False  # "Most Georgians follow …": capitalised as the sentence's first word
    return token.pos_ == "PROPN" or (
        token.pos_ in ("NOUN", "ADJ", "X")
        and token.dep_ in ("compound", "amod", "nmod")
        and token.head.i > token.i
        and token.head.pos_ == "PROPN"
    )


def tagged(doc: Doc) -> list[Span]:
    """The tagger's own entities, less those with a verb inside that is no word of the name
    (`_slipped_verb`, a slip of the small model: "the School of Business is Mario Botta"), and
    with them the names the examples gave (`kg.relations.known`: "Let It Bleed", verbs and all),
    which outrank the tagger's where the two overlap, unless the tagger's is the longer name
    that holds the known one."""
    own = [
        part
        for ent in doc.spans.get(NER_SPANS, doc.ents)
        if not any(_slipped_verb(t, ent) for t in ent)
        for part in _joined(_mended_date(ent))
    ]
    own = _with_versus_names(doc, _with_paired_names(doc, own))
    known = [
        span
        for span in doc.spans.get(KNOWN_SPANS, ())
        if not any(ent.start <= span.start and span.end <= ent.end and len(ent) > len(span) for ent in own)
    ]
    if not known:
        return own
    taken = {i for span in known for i in range(span.start, span.end)}
    own = [ent for ent in own if not taken.intersection(range(ent.start, ent.end))]
    return sorted(known + own, key=lambda span: span.start)


def _mended_date(ent: Span) -> Span:
    """A date the tagger cut at a range's word, whole: "from 2 April 1982 to 14 June 1982" is
    tagged "2 April 1982 to" and "June 1982"; the first loses its "to", the second takes its
    day back."""
    if ent.label_ != "DATE" or len(ent) < 2:
        return ent
    doc, start, end = ent.doc, ent.start, ent.end
    if doc[end - 1].lower_ in RANGE_WORDS:
        end -= 1
    if start > 0 and ent[0].is_title and ent[0].lower_ in MONTH_NAMES:
        day = doc[start - 1]
        if day.is_digit and 1 <= int(day.text) <= 31 and day.ent_type_ != "DATE":
            start -= 1
    return Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent


def _slipped_verb(token: Token, ent: Span) -> bool:
    """Whether ``token`` is a verb inside the tagger's entity that is no word of the name: not
    a particle ("van"), nor a capitalised verb describing a proper noun of it ("Dancing Queen",
    "Flying Scotsman"), nor a capitalised verb of a work's title ("Things Fall Apart")."""
    if token.pos_ not in ("VERB", "AUX") or token.lower_ in PARTICLES:
        return False
    if token.is_title and ent.label_ == "WORK_OF_ART":
        return False
    head = token.head
    return not (
        token.is_title and token.dep_ in ("compound", "amod") and head.pos_ == "PROPN"
        and ent.start <= head.i < ent.end
    )  # fmt: skip


VERSUS = frozenset({"v.", "v", "vs.", "vs"})
"""The words between the parties of a case's name ("Brown v. Board of Education")."""

_VERSUS_SAID = re.compile(r"\bvs?\.?\s")
_VERSUS_KEY = "kg_versus"
"""``doc.user_data`` key: whether the document writes a "v." at all."""


def _with_versus_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a case's name taken whole, in place of the tagger's pieces: the name, or
    the capitalised word, before "v." and the name after it ("Obergefell v. Hodges", "Ridge v
    Baldwin", "Brown v. Board of Education")."""
    cases: list[Span] = []
    said = doc.user_data.get(_VERSUS_KEY)
    if said is None:  # read once a document: spaCy builds ``doc.text`` anew on each read
        said = doc.user_data[_VERSUS_KEY] = bool(_VERSUS_SAID.search(doc.text))
    if not said:
        return ents  # most texts name no case: no need to look at every word
    names = [*ents, *name_runs(doc)]
    for versus in doc[1:-1]:
        before, after = doc[versus.i - 1], doc[versus.i + 1]
        if versus.lower_ not in VERSUS or not (before.text[:1].isupper() and after.text[:1].isupper()):
            continue
        start = min([before.i, *(n.start for n in names if n.start <= before.i < n.end)])
        end = max([after.i + 1, *(n.end for n in names if n.start <= after.i < n.end)])
        if not cases or start >= cases[-1].end:
            cases.append(Span(doc, start, end, label="LAW"))
    if not cases:
        return ents
    taken = {i for span in cases for i in range(span.start, span.end)}
    ents = [ent for ent in ents if not taken.intersection(range(ent.start, ent.end))]
    return sorted(ents + cases, key=lambda span: span.start)


def _with_paired_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a name that pairs two names under one article taken whole, in place of the
    tagger's pieces: "the Leeds and Liverpool Canal", "the Victoria and Albert Museum". The
    article before a one-word name, "and", and a name of two words or more after it, whose last
    word is no place's ("the Netherlands and New Zealand" are two), make one name."""
    paired = [doc[start:end] for start, end in _paired_names(doc)]
    if not paired:
        return ents
    taken = {i for span in paired for i in range(span.start, span.end)}
    ents = [ent for ent in ents if not taken.intersection(range(ent.start, ent.end))]
    return sorted(ents + paired, key=lambda span: span.start)


def _paired_names(doc: Doc) -> list[tuple[int, int]]:
    """Where `_with_paired_names` finds its names in ``doc``, found once per parse (the search
    reads every word, and `tagged` is asked again and again)."""
    cached = doc.user_data.get(_PAIRED)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    found = []
    for the in doc[:-4]:
        if the.lower_ != "the":
            continue
        first, conj = doc[the.i + 1], doc[the.i + 2]
        if not (conj.lower_ == "and" and first.is_title and first.pos_ == "PROPN"):
            continue
        end = conj.i + 1
        while end < len(doc) and doc[end].is_title and _name_word(doc[end]) and not doc[end].is_sent_start:
            end += 1
        if end - conj.i > 2 and doc[end - 1].ent_type_ not in _PLACE_TYPES:
            found.append((first.i, end))
    doc.user_data[_PAIRED] = (len(doc), found)
    return found


_PAIRED = "kg:paired-names"
"""``Doc.user_data`` key of `_paired_names`' finds."""


def _joined(ent: Span) -> list[Span]:
    """An entity the tagger ran across "and" between two names of two words or more each, as
    the two: "Tottenham Hotspur and Real Madrid" (not "Trinidad and Tobago", "Saint Kitts and
    Nevis", one name each, nor "Pacific Gas and Electric Company", whose first words the parser
    hangs from its last)."""
    at = next((t.i for t in ent if t.lower_ == "and"), None)
    if at is None:
        return [ent]
    if at == ent.end - 1 and len(ent) > 1:
        return [Span(ent.doc, ent.start, at, label=ent.label_)]  # "Tottenham Hotspur and": a slip
    before, after = ent.doc[ent.start : at], ent.doc[at + 1 : ent.end]
    if len(before) < 2 or len(after) < 2 or not all(t.is_title for t in [*before, *after]):
        return [ent]
    if after.start <= before.root.head.i < after.end:
        return [ent]  # "Pacific Gas and Electric Company": the parser hangs the first from the second
    return [before, after]
