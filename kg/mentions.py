"""Doc → mentions: the spans of text worth a node, and the trigger words around them.

The ``kg_mentions`` pipeline component replaces ``doc.ents`` with cleaned mentions (only
labels the ontology maps to a class; no leading "the", trailing "'s", honorifics or
scraped tails such as "on Facebook"; a place kg's gazetteer lists whose name pairs two names,
"Trinidad and Tobago", whole), keeps in the tagger's own entities the titles the parser reads as
clauses ("To Kill a Mockingbird"), and marks tokens that trigger an ontology
property (``token._.kg_trigger``) or class (``token._.kg_class_trigger``). A property's
trigger word is also linked to the property in the token's own ``ent_kb_id_`` (the
property's IRI, as an entity linker links a name to its entry), which spaCy's ``Matcher``
reads far faster than an extension (see `kg.relations.patterns`).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.ontology import KG, Ontology, read_ontology
from kg.titletags import CLAUSE_TITLES

Token.set_extension("kg_trigger", default="", force=True)
Token.set_extension("kg_class_trigger", default="", force=True)
Doc.set_extension("kg_triggers", default=None, force=True)
"""The token indices that hold a property trigger, in order (None before kg_mentions ran)."""
Doc.set_extension("kg_class_triggers", default=None, force=True)
"""Token index → the class IRI of the class trigger there (``token._.kg_class_trigger``, read
once per doc rather than token by token; None before kg_mentions ran)."""

_LEADING = {"the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its"}
# "west Wales" names Wales; "West Wales" (capitalised) is a name of its own.
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
_COMPASS |= {"north-east", "north-west", "south-east", "south-west"}
_COMPASS |= {"northeast", "northwest", "southeast", "southwest"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
# Lower-case prepositions that, standing alone between words, end a name the tagger ran on:
# "BBC Merseyside on Facebook", "Whatsapp to 0808".
_TAIL_BREAKS = {"on", "to", "via", "from", "at", "in", "with", "by", "and"}
# A country's name with a company suffix is the idiom for its economy ("UK plc", "Japan
# Inc"), not a company.
_COMPANY_SUFFIXES = {"plc", "inc", "inc.", "ltd", "ltd.", "limited"}


NER_SPANS = "kg_ner"
"""The span group that keeps the tagger's entities as they were, numbers and dates included."""

KNOWN_SPANS = "kg_known"
"""The span group of the names a user's examples gave, where a document spells them whole
(`kg.relations.known`)."""


class MentionFinder:
    """The ``kg_mentions`` component: cleans entities and marks ontology triggers."""

    def __init__(self, nlp: Language, ontology: Ontology) -> None:
        self.labels = {label for c in ontology.classes.values() for label in c.ner_labels}
        self.blockers = ontology.blocker_words
        self.nations = frozenset(n for n, c in ontology.instance_names.items() if c == KG.Country)
        self.property_triggers = PhraseMatcher(nlp.vocab, attr="LOWER")
        for prop in ontology.properties.values():
            if prop.triggers:
                self.property_triggers.add(str(prop.iri), [nlp.make_doc(t) for t in prop.triggers])
        # Titles are case-sensitive: "Dr Smith" marks a person, "dr" in a URL does not.
        self.class_triggers = PhraseMatcher(nlp.vocab, attr="ORTH")
        # Places whose names pair two names, which the tagger splits at "and": "Trinidad and Tobago".
        self.paired_places = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.paired = frozenset(name for name in ontology.instance_names if " and " in name)
        self.paired_places.add("GPE", [nlp.make_doc(name) for name in self.paired])
        self.class_label = {str(c): label for c in ontology.classes if (label := ontology.ner_label_for(c))}
        for cls in ontology.classes.values():
            if cls.triggers:
                self.class_triggers.add(str(cls.iri), [nlp.make_doc(t) for t in cls.triggers])

    def __call__(self, doc: Doc) -> Doc:
        vocab = doc.vocab.strings
        tagged = list(doc.ents)  # read once: spaCy makes the spans anew on each read
        tagged = _with_spans(tagged, self.paired_places(doc, as_spans=True))  # "Trinidad and Tobago"
        titles = [
            Span(doc, start, end, label="WORK_OF_ART") for start, end in doc.user_data.pop(CLAUSE_TITLES, ())
        ]
        tagged = _with_spans(tagged, titles)  # "best known for To Kill a Mockingbird"
        doc.spans[NER_SPANS] = tagged  # as tagged: dates and amounts are literals, not nodes
        # Longest trigger wins: "based in" over "in".
        trigger_at: dict[int, str] = {}  # token index → the property IRI its trigger names
        for span in filter_spans(self.property_triggers(doc, as_spans=True)):
            for token in span:
                token._.kg_trigger = trigger_at[token.i] = span.label_
        doc._.kg_triggers = list(trigger_at)
        titled = []
        class_at: dict[int, str] = {}
        for match_id, start, end in self.class_triggers(doc):
            for token in doc[start:end]:
                token._.kg_class_trigger = class_at[token.i] = vocab[match_id]
            if vocab[match_id] in self.class_label:
                titled.append(_titled_name(doc, end, self.class_label[vocab[match_id]]))
        doc._.kg_class_triggers = class_at
        pieces = (piece for ent in tagged if ent.label_ in self.labels for piece in _split(ent))
        cleaned = [
            mention
            for piece in pieces
            if (mention := piece if piece.text in self.paired else self.clean(piece, class_at)) is not None
            and not self.economy(mention)
        ]
        taken = {token for span in cleaned for token in range(span.start, span.end)}
        cleaned += [
            span for span in titled if span is not None and not taken & set(range(span.start, span.end))
        ]
        marked = set(trigger_at) | set(class_at)  # trigger and title words
        found = filter_spans([_with_name_ends(span, marked) for span in cleaned])
        # Names the tagger missed but the structure shows: "Leeds and [York]", "[Arsenal] manager X".
        found += list(_conjuncts(found)) + list(_holders_of_roles(found, trigger_at, class_at, self.blockers))
        doc.ents = sorted(filter_spans(found), key=lambda span: span.start)
        # From here ENT_KB_ID links trigger words only: clear any other (an entity linker's on a
        # name kg dropped), then link the triggers (after the ents, which reset the ids they cover).
        for i in numpy.flatnonzero(doc.to_array("ENT_KB_ID")).tolist():
            doc[i].ent_kb_id = 0
        for i, iri in trigger_at.items():
            doc[i].ent_kb_id_ = iri
        return doc

    def economy(self, span: Span) -> bool:
        """Whether the name is a nation's economy spoken of as a firm ("UK plc", "Japan Inc")."""
        return len(span) > 1 and span[-1].lower_ in _COMPANY_SUFFIXES and span[:-1].text in self.nations

    @staticmethod
    def clean(ent: Span, class_at: dict[int, str]) -> Span | None:
        """Trim an entity span to the name it holds, or None if no name is left (``class_at``:
        the doc's class triggers, see ``Doc._.kg_class_triggers``)."""
        start, end = ent.start, ent.end
        doc = ent.doc
        for i in range(start + 1, end):
            token = doc[i]
            # "Harbour Rovers is", "Mendrisio is Meride": the tagger ran over a verb
            verb = token.pos_ in ("AUX", "VERB") and token.is_lower
            if (
                (verb or (token.lower_ in _TAIL_BREAKS and i < end - 1))
                and token.is_lower
                and doc[i - 1].whitespace_
            ):
                end = i
                break
        while start < end:
            token = doc[start]
            if not (
                token.lower_ in _LEADING or start in class_at or not token.text.strip()
                or (token.text in _COMPASS and start + 1 < end)
                or token.is_punct or token.is_quote
            ):  # fmt: skip
                break
            start += 1
        while end > start:
            token = doc[end - 1]
            if not (token.lower_ in _POSSESSIVE or token.is_punct or not token.text.strip()):
                break
            end -= 1
        span = Span(doc, start, end, label=ent.label_)
        if not any(ch.isalpha() for ch in span.text) or span.text.islower():
            return None
        if any(sum(c.isdigit() for c in token.text) >= 4 for token in span):
            return None  # phone numbers, years and amounts tagged as names ("Radio 4" stays)
        return span


def _with_spans(ents: list[Span], spans: list[Span]) -> list[Span]:
    """``ents`` with ``spans`` in place of the entities they overlap."""
    if not spans:
        return ents
    taken = {i for span in spans for i in range(span.start, span.end)}
    kept = [ent for ent in ents if not taken.intersection(range(ent.start, ent.end))]
    return sorted(kept + list(spans), key=lambda span: span.start)


def _split(ent: Span) -> Iterator[Span]:
    """Split a name the tagger ran across a comma ("Bristol, Jane Doe"); places keep theirs
    ("Albany, Georgia")."""
    if ent.label_ in ("GPE", "LOC"):
        yield ent
        return
    start = ent.start
    for token in ent:
        if token.text == ",":
            yield Span(ent.doc, start, token.i, label=ent.label_)
            start = token.i + 1
    yield Span(ent.doc, start, ent.end, label=ent.label_)


def _free_name(doc: Doc, start: int, end: int, marked: set[int], *, at_start: bool = False) -> bool:
    """Whether tokens start..end are capitalised words in no name, trigger or title (``marked``:
    the trigger and title words) and, unless ``at_start``, not a lone word that is capitalised
    only for opening the sentence."""
    return all(
        token.is_title and token.pos_ in ("PROPN", "ADJ", "NOUN") and not token.ent_type_
        and token.i not in marked
        for token in doc[start:end]
    ) and (
        at_start or doc[start].pos_ == "PROPN" or not doc[start].is_sent_start or end - start > 1
    )  # fmt: skip


def _conjuncts(mentions: list[Span]) -> Iterator[Span]:
    """A proper noun coordinated with a mention is a mention of the same kind ("Leeds and York")."""
    if not mentions:
        return
    doc = mentions[0].doc
    taken = {token for span in mentions for token in range(span.start, span.end)}
    for span in mentions:
        for token in span.root.conjuncts:
            if token.i in taken or token.pos_ != "PROPN" or not token.is_title:
                continue
            start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
            if not taken & set(range(start, token.i + 1)):
                yield Span(doc, start, token.i + 1, label=span.label_)


def _holders_of_roles(
    mentions: list[Span],
    trigger_at: dict[int, str],
    class_at: dict[int, str],
    blockers: frozenset[str] = frozenset(),
) -> Iterator[Span]:
    """Capitalised words right before a role trigger and a person are the body the role is
    held at ("[Arsenal] manager Mikel Arteta"); ``trigger_at`` and ``class_at`` map the
    positions of the doc's property and class triggers to their IRIs."""
    if not mentions:
        return
    doc = mentions[0].doc
    starts = {span.start: span for span in mentions}
    taken = {token for span in mentions for token in range(span.start, span.end)}
    common = STOP_WORDS | blockers
    marked = set(trigger_at) | set(class_at)
    for i, iri in trigger_at.items():
        if trigger_at.get(i - 1) == iri:
            continue  # only at the first word of a trigger
        token = doc[i]
        after = i
        while trigger_at.get(after) == iri:
            after += 1
        while after in class_at:
            after += 1
        person = starts.get(after)
        if person is None or person.label_ != "PERSON":
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < 3
            and (start - 1) not in taken
            and _free_name(doc, start - 1, token.i, marked)
            and not (doc[start - 1].is_sent_start and doc[start - 1].lower_ in common)
        ):
            start -= 1
        first = doc[token.i - 1] if token.i > 0 else None
        if start == token.i and first is not None and first.is_sent_start and token.i - 1 not in taken:
            # A lone capitalised word opening the sentence is a name only if it is no common
            # word: "[Barclays] chairman X" yes, "Former chairman X" or "The chairman X" no.
            word = first.lower_
            if _free_name(doc, token.i - 1, token.i, marked, at_start=True) and word not in common:
                start = token.i - 1
        if start < token.i:
            yield Span(doc, start, token.i, label="ORG")


def _titled_name(doc: Doc, start: int, label: str) -> Span | None:
    """The capitalised name right after a title ("Dr [Ada Obi]") that the tagger missed."""
    end = start
    while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return Span(doc, start, end, label=label) if end > start else None


def _with_name_ends(span: Span, marked: set[int]) -> Span:
    """Extend a name over capitalised words the tagger left out: a person's given names
    ("Sadiq [Khan]"), a programme's last word ("[BBC North West] Tonight", tagged as a
    time), a town's river ("[Kingston] upon Thames"); never over acronyms, titles, triggers,
    dates or other names."""
    doc, start, end = span.doc, span.start, span.end

    def free(token: Token, labels: tuple[str, ...] = ("",)) -> bool:
        return (
            token.pos_ == "PROPN" and token.is_title and token.ent_type_ in labels
            and token.i not in marked
        )  # fmt: skip

    if span.label_ == "PERSON":
        while start > 0 and span.start - start < 2 and free(doc[start - 1]):
            start -= 1
    elif span.label_ in ("ORG", "WORK_OF_ART"):
        while end < len(doc) and end - span.end < 2 and free(doc[end], ("", "TIME")):
            end += 1
    elif (
        span.label_ in ("GPE", "LOC") and end + 1 < len(doc) and doc[end].lower_ == "upon"
        and free(doc[end + 1], ("", "GPE", "LOC"))
    ):  # fmt: skip
        end += 2  # "Kingston upon Thames", "Newcastle upon Tyne"
    return Span(doc, start, end, label=span.label_)


@Language.factory("kg_mentions", default_config={"ontology_paths": []})
def make_mention_finder(nlp: Language, name: str, ontology_paths: list[str]) -> MentionFinder:
    """Build the ``kg_mentions`` component from kg's ontology plus ``ontology_paths``."""
    return MentionFinder(nlp, read_ontology(ontology_paths))
