"""The two mentions a learned reading relates (`kg.relations.learned`), cut from its sentence
and checked to name things.

`MentionCutter.relation` turns a reading (a rule and the tokens its pattern matched) into a
`Relation`: the subject and the value as whole mentions (`kg.relations.ends`) and values
(`kg.relations.values`), with a range's both numbers, the noun the examples keep, a work's
whole title, and the name an office stands beside; and None where an end is no thing (a
date as the subject, a people's adjective, an office where the examples' values were none, a
common noun that is the subject's own class, a lower-case word the examples never wrote as a
value).
"""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from kg.canonical import canonical_name
from kg.conventions import LOWER_TAIL, quoted, quoted_capital, quoted_lower
from kg.demonyms import DEMONYMS
from kg.doctrines import DOCTRINE, doctrinal
from kg.kindwords import KEPT
from kg.learn import CLOSED, OFFICES, SPELT_LOWER, Patterns
from kg.literals import value_like
from kg.lowsubjects import OF_NAMED, of_named, said_of_subjects
from kg.names import acronym, an_office, phrase
from kg.ontology import Ontology, label_words, local_name
from kg.plurals import PLURAL
from kg.ranges import whole_range
from kg.reference import bare_name
from kg.relations import Relation
from kg.relations.ends import Ends
from kg.relations.shapes import ORDINALS, subject_alone
from kg.relations.spans import classifying, titled, work_title
from kg.relations.values import Values
from kg.relations.wordforms import LANGUAGE
from kg.relations.written import Writer
from kg.rule import LearnedRule
from kg.spellings import name_key
from kg.things import PERSON_CLASSES
from kg.titles import with_honorific
from kg.writtenwords import HYPHENS


class MentionCutter:
    """Cuts a reading's two mentions from its sentence, as the examples write things, and
    keeps the reading only where both name things the property can relate."""

    def __init__(
        self, patterns: Patterns, ontology: Ontology, ends: Ends, values: Values, writer: Writer
    ) -> None:
        self.patterns = patterns
        self.ontology = ontology
        self.ends = ends
        self.values = values
        self.writer = writer

    def relation(
        self, doc: Doc, rule: LearnedRule, nodes: dict[str, Token], apart: set[str]
    ) -> Relation | None:
        """The relation ``rule`` reads where its pattern matched ``nodes`` in ``doc``; None where
        an end names no thing. A short name in ``apart``, which a reading relates to the full name it
        starts or ends ("Opel was founded by Adam Opel"), is cut alone."""
        subject = self.ends.mention(nodes["subject"])
        if said_of_subjects(self.patterns.names, self.ontology, OF_NAMED, rule.property):
            subject = of_named(nodes["subject"]) or subject  # "The flag of Israel was designed by …"
        if self._of_others(rule.property):
            subject = with_honorific(subject)  # "Miss Julie is a play": no person's title
        worded = self.values.worded(rule, nodes["object"])
        if worded is not None:  # "a trip hop album" is trip hop, where the examples said so
            worded = self.ends.without_kind_word(worded)
        obj = worded or self.ends.mention(nodes["object"])
        obj = whole_range(obj, local_name(rule.property), self.patterns.names)  # "10 to 12 years"
        obj = self.ends.with_kept_noun(rule.property, obj, nodes["object"])
        obj = self.values.without_label(rule.property, obj)
        if self.values.of_works(rule.property) and obj.root.pos_ == "PROPN":
            obj = work_title(obj)  # "Raiders of the Lost Ark", which the tagger cuts
        obj = self.values.value(rule.property, obj)
        turn = nodes.get("anchor", nodes["subject"])
        if phrase(nodes["subject"]).text in apart:
            subject = self.ends.mention(nodes["subject"], alone=True)
        subject = self.ends.with_kept_subject_noun(rule.property, subject)  # "the Gotthard railway"
        if phrase(nodes["object"]).text in apart and worded is None:
            alone = self.ends.mention(nodes["object"], alone=True)
            obj = self.values.value(
                rule.property, self.ends.with_kept_noun(rule.property, alone, nodes["object"])
            )
        if subject.start == obj.start or not self.values.fits(rule.property, obj):
            return None
        if "anchor" in nodes and turn.pos_ == "ADP" and obj.start <= turn.i < obj.end:
            return None  # "of" in "the Winged Victory of Samothrace": the name's own word, no pattern's
        if value_like(subject):
            return None  # a date or an amount is said of something, never the thing spoken of
        if len(subject) == 1 and subject.text in DEMONYMS and not subject_alone(subject.root):
            return None  # "Ross Whitfield, an American, …": a people's adjective describes, is no
            # thing; but "Icelandic is written in …" begins a sentence as its subject: a language
        if self.values.a_label(subject) or self.values.a_label(obj):
            return None  # "a UTC offset of -7": the property's name, not a thing it is said of
        if classifying(obj):
            return None  # "a type of pasta": the value is what the "of" names
        if an_office(subject):  # "X, Mayor of Vigo, was born in Y": X was
            held = nodes["subject"]
            while held.dep_ == "appos" and held.head.pos_ == "PROPN":
                held = held.head
            if held.i == nodes["subject"].i or held.i in (obj.root.i, nodes["object"].i):
                return None
            subject = self.ends.mention(held)
        local = local_name(rule.property)
        if an_office(obj) and not (
            quoted(local, self.patterns.names) or self.patterns.names.get(f"{OFFICES}{local}")
        ):
            return None  # "Governor of Connecticut" is an office, where the examples' values were none
        if an_office(obj) and self.patterns.names.get(f"{OFFICES}{local}"):
            obj = titled(obj)  # "President of the Government of Spain", which the tagger splits
        described = quoted_lower(local, self.patterns.names)  # "a soft cheese": "soft"
        described |= quoted_capital(local, self.patterns.names)  # "a forward": "Forward"
        if quoted(local, self.patterns.names) and not (described or titled_or_quoted(obj)):
            return None  # a title is written as one: not "campus university", "undergraduate students"
        common = (
            (self.values.common(rule.property) or self.values.describing(rule))
            and "NOUN" in (obj.root.pos_, obj[-1].pos_)  # "pop music", both words hung from "station"
            and len([t for t in obj if t.pos_ != "DET" and t.text not in HYPHENS]) <= 3
        )  # fmt: skip  # "album-oriented rock": a hyphen joins two words into one
        if common and any(t.ent_type_ == "ORDINAL" or t.lower_ in ORDINALS for t in obj):
            return None  # "the second game in the series" counts; it names no kind
        if common and self._subjects_kind(rule.property, obj):
            return None  # "Neon is a chemical element": what the subject is, no value of it
        closed = self.patterns.names.get(f"{CLOSED}{local}")
        if common and closed and " ".join(t.lower_ for t in obj if t.pos_ != "DET") not in closed.split("|"):
            return None  # "a river" is no taxon's rank, where the examples' ranks were species and genera
        named = canonical_name(obj, self.patterns.names)
        country = self.ends.country_named(rule.property, obj, named) != named  # "an Australian film"
        country |= rule.name.startswith(LANGUAGE)  # "a Swedish-language film"
        # "the language of X is Italian": the tagger's adjective names the language
        country |= (
            language_property(self.ontology, rule.property) and obj.root.is_title and obj.root.pos_ == "ADJ"
        )
        # "The ISO 639-3 code of Georgian is kat": a value spelt in lower case, as every example's
        spelt = bool(self.patterns.names.get(f"{SPELT_LOWER}{local}"))
        spelt = spelt and len(obj) == 1 and obj[0].is_lower
        # "a Celtic language": one of the Celtic languages, where the examples' values are such
        spelt |= bool(self.patterns.names.get(f"{PLURAL}{local}")) and any(t.is_title for t in obj)
        # "Italian cuisine", untagged: a capitalised word and the noun the examples' values keep
        spelt |= bool(self.patterns.names.get(f"{KEPT}{local}")) and obj[0].is_title and obj[-1].is_lower
        # "a Romanesque cathedral": a capitalised word the examples name with a word added
        spelt |= bool(self.patterns.names.get(f"suffix:{local}")) and all(t.is_title for t in obj)
        # "a Protestant church": of Protestantism, where the examples' values were such doctrines
        spelt |= bool(self.patterns.names.get(f"{DOCTRINE}{local}")) and len(obj) == 1 and doctrinal(obj[0])
        if not (
            (
                (is_name(subject, self.patterns) or self.writer.lower_subject(rule.property, subject))
                and (common or country or spelt or is_name(obj, self.patterns))
            )
            or self.values.literal(rule.property)
        ):
            return None
        first, last = min(subject.start, obj.start, turn.i), max(subject.end, obj.end, turn.i + 1)
        return Relation(
            subject=subject, predicate=rule.property, object=obj, evidence=doc[first:last],
            rule=rule.name, confidence=rule.confidence, trigger=turn.lemma_,
            subject_vote=1, object_vote=1,
        )  # fmt: skip

    def _of_others(self, prop: URIRef) -> bool:
        """Whether the ontology says ``prop`` only of things that are no people (its domain's
        classes, none labelled as `kg.things.PERSON_CLASSES`)."""
        labels = domain_labels(self.ontology, prop)
        return bool(labels) and not labels & PERSON_CLASSES

    def _subjects_kind(self, prop: URIRef, obj: Span) -> bool:
        """Whether a common-noun value is the label of a class of the property's subjects
        ("chemical element" for a chemical element's phase of matter), of a property whose
        values are not of that class too (a spice's "subclass of" is a spice: "Sumac is a spice
        made from …")."""
        term = self.ontology.properties.get(prop)
        if term is None or set(term.domain) & set(term.range):
            return False
        said = " ".join(t.lower_ for t in obj if t.pos_ != "DET")
        return said in self.ontology.class_labels(term.domain)


def domain_labels(ontology: Ontology, prop: URIRef) -> set[str]:
    """The lower-case labels of the classes of ``prop``'s domain."""
    term = ontology.properties.get(prop)
    return ontology.class_labels(term.domain if term else ())


def language_property(ontology: Ontology, prop: URIRef) -> bool:
    """Whether a property's label names a language, so that a capitalised adjective is its
    value as a name is ("the language of X is Italian")."""
    term = ontology.properties.get(prop)
    return term is not None and "language" in label_words(term.label).split()


def titled_or_quoted(span: Span) -> bool:
    """Whether a mention is written as a title (a capitalised word or a number) or between
    quotation marks."""
    doc = span.doc
    quotes = {'"', "“", "”", "'"}
    between = span.start > 0 and doc[span.start - 1].text in quotes
    return between or any(t.text[:1].isupper() or t.like_num for t in span)


def is_name(span: Span, patterns: Patterns) -> bool:
    """Whether a mention names something: a proper name, a number or date, or a name the
    examples used."""
    key = name_key(canonical_name(span, patterns.names))
    return (
        (
            any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ or acronym(t) for t in span)
            and not (len(span) == 1 and span[0].is_lower and span[0].is_alpha and not span[0].ent_type_)
        )  # "the canton of Valais": "canton", lower case, is no name, whatever the tagger says
        or key in patterns.classes
        or span.text.lower() in patterns.names
        or _bare_subject(span)
        or (bool(patterns.names.get(LOWER_TAIL)) and _lower_tailed(span))
    )


def _lower_tailed(span: Span) -> bool:
    """Whether a mention is a capitalised word and a lower-case one ("Hyla arborea"), the
    shape of the examples' names where they keep `kg.conventions.LOWER_TAIL`."""
    return len(span) == 2 and span[0].is_title and span[1].is_lower and span[0].is_alpha and span[1].is_alpha


def _bare_subject(span: Span) -> bool:
    """Whether a mention is one capitalised singular noun (or adjective) with no determiner
    that begins its sentence as the subject: "Perl was designed by Larry Wall", a name the
    tagger took for a common noun (a common noun in the singular takes an article: "The
    program is …"), "Darktable is …", one it took for an adjective."""
    return len(span) == 1 and span.root.dep_ in ("nsubj", "nsubjpass") and bare_name(span.root)
