"""A learned reading's two ends written as the examples write names.

`Writer.triple` turns a `Relation` (two mentions and a property) into the (subject, property,
object) names kg outputs: canonical names (`kg.canonical`) with what the examples showed of
how they write them applied: a kept "The" or one dropped, lower-case subjects ("measles"),
singular or plural values, quoted titles, values as written, units, a class's disambiguator
("Balder_(comics)") and the names the examples gave (`kg.conventions`). Which of two readings
of one pair is kept is `kg.relations.learned`'s choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import unquote

from rdflib import URIRef
from spacy.tokens import Span

from kg.amounts import unit_word, value
from kg.canonical import canonical_name
from kg.conventions import (
    ARTICLE_DROPPED,
    DISAMBIGUATED,
    SINGULAR,
    quoted,
    quoted_capital,
    verbatim,
)
from kg.countrynames import with_country
from kg.demonyms import DEMONYMS
from kg.doctrines import DOCTRINE, doctrinal, doctrine
from kg.learn import SPELT_LOWER, Patterns
from kg.literals import NUMBER
from kg.lowsubjects import CAPITAL, LOWER_SUBJECT, OF_NAMED, said_of_subjects
from kg.ontology import Ontology, label_words, local_name
from kg.places import qualified
from kg.plurals import PLURAL
from kg.prefixes import with_prefix
from kg.relations import Relation
from kg.relations.ends import Ends
from kg.relations.shapes import pluralised, with_title_the
from kg.relations.spans import names_something, resource, titled
from kg.relations.values import Values
from kg.spellings import name_key


class Writer:
    """Writes readings' ends as the examples of ``patterns`` write names, for ``ontology``'s
    properties, with ``ends`` saying what each end is called and ``values`` which properties
    take literals."""

    def __init__(self, patterns: Patterns, ontology: Ontology, ends: Ends, values: Values) -> None:
        self.patterns = patterns
        self.ontology = ontology
        self.ends = ends
        self.values = values

    def triple(self, relation: Relation, titles: dict[str, str]) -> tuple[str, str, str] | None:
        """``relation`` as (subject, property local name, object) names, the local name as its
        label writes it ("position played on team / speciality" is
        ``position_played_on_team_/_speciality``, though its IRI percent-encodes the slash);
        ``titles`` are the sentence's disambiguated titles by plain name. None where the
        subject names nothing ("a city that is part of Morelos": the city is named elsewhere
        or not at all) or the two ends are one name."""
        lower = self.lower_subject(relation.predicate, relation.subject) or self._of_named(relation)
        if not (names_something(relation.subject) or lower):
            return None  # "a city that is part of Morelos": the city is named elsewhere or not at all
        local = local_name(relation.predicate)
        names = self.patterns.names
        term = self.ontology.properties.get(relation.predicate)
        domain, range_ = (term.domain, term.range) if term else ((), ())
        subject = canonical_name(relation.subject, with_title_the(relation.subject, names))
        if lower and self.lower_subjects(relation.predicate) != CAPITAL:
            if relation.subject[0].is_sent_start and relation.subject[0].is_title:
                subject = subject[:1].lower() + subject[1:]  # "Carbon dioxide contains …": carbon dioxide
        else:
            subject = resource(subject)
        subject = qualified(subject, relation.subject, self.ontology, names, domain)
        said: Span | str = relation.object
        if names.get(f"{SINGULAR}{local}") and relation.object[-1].tag_ == "NNS":  # "noodles" is Noodle
            said = " ".join([*(t.text for t in relation.object[:-1]), relation.object[-1].lemma_])
        if names.get(f"{PLURAL}{local}"):  # "a Celtic language" is of the Celtic languages
            said = pluralised(relation.object) or said
        named = canonical_name(said, with_title_the(relation.object, names))
        obj = self.ends.country_named(relation.predicate, relation.object, named)
        if names.get(f"{DOCTRINE}{local}") and len(relation.object) == 1 and doctrinal(relation.object[0]):
            obj = doctrine(
                relation.object.text
            )  # "a Buddhist temple" is of Buddhism, as the examples name it
        if quoted(local, names):
            text = " ".join(titled(relation.object).text.split())
            if quoted_capital(local, names):  # "a forward" is "Forward", as the examples write it
                text = " ".join(relation.object.text.split())
                text = text[:1].upper() + text[1:]
            obj = '"' + text + '"'
        elif verbatim(local, names, obj):  # "08 July 2016", "The Times", as the examples write it
            written = relation.object
            if len(written) > 1 and written[0].pos_ == "DET" and written[0].is_lower:
                written = written[1:]  # "worked for the New York World": no word of the name
            obj = "_".join(written.text.split())
        elif not self.values.literal(relation.predicate):
            spelt = names.get(f"{SPELT_LOWER}{local}") and not any(
                t.text[:1].isupper() for t in relation.object
            )
            obj = qualified(obj if spelt else resource(obj), relation.object, self.ontology, names, range_)
            suffix = names.get(f"suffix:{local}", "")
            if suffix and not obj.endswith(suffix) and "_(" not in obj:
                obj += suffix  # the examples' convention: "English" is English_language
            obj = with_prefix(obj, local, names)  # "Westminster" is Roman_Catholic_Archdiocese_of_…
        elif NUMBER.match(obj):
            obj = value(obj, local, unit_word(relation.object[-1]), names)
        subject = self.patterns.known(_article_dropped(subject, f"{local}:subject", names))
        if not self.values.literal(relation.predicate) and not quoted(local, names):
            obj = self.patterns.known(_article_dropped(obj, f"{local}:object", names))
        subject = with_country(subject, relation.subject, f"{local}:subject", names, self.ontology)
        if not self.values.literal(relation.predicate) and not quoted(local, names):
            obj = with_country(obj, relation.object, f"{local}:object", names, self.ontology)
        subject, obj = titles.get(subject, subject), titles.get(obj, obj)
        subject = _disambiguated(subject, domain, names)  # "Balder_(comics)"
        if not self.values.literal(relation.predicate) and not quoted(local, names):
            obj = _disambiguated(obj, range_, names)
        if name_key(subject) == name_key(obj):
            return None
        return subject, unquote(local), obj

    def lower_subject(self, prop: URIRef, subject: Span) -> bool:
        """Whether ``subject`` is a lower-case noun, maybe after a people's adjective, of a
        property the examples said of such nouns, or of one of the same domain ("measles",
        `kg.lowsubjects.LOWER_SUBJECT`); its first word may be the sentence's, capitalised."""
        words = [t for t in subject if t.pos_ != "DET"]
        if words and words[0].text in DEMONYMS:
            words = words[1:]  # "the Indian rupee", where the examples said "the euro"
        term = self.ontology.properties.get(prop)
        label = set(label_words(term.label).split()) if term else set()
        return (
            not any(t.lower_ in label for t in words)  # "Symptoms of measles include …": the label's word
            and bool(self.lower_subjects(prop))
            and subject.root.pos_ in ("NOUN", "PROPN")  # "The kea is …": no name, though tagged one
            and bool(words)
            and all(
                ((t.is_lower or (t.is_sent_start and t.is_title)) and t.is_alpha) or t.text == "-"
                for t in words
            )
            and len(subject.text.split()) <= 3
        )  # a sentence's first word is capitalised as such: "Carbon dioxide contains carbon"; a
        # hyphen joins words into one: "the figure-eight loop"

    def _of_named(self, relation: Relation) -> bool:
        """Whether the subject is a lower-case noun of a name ("flag of Israel") where the
        examples write the property's subjects so (`kg.lowsubjects.OF_NAMED`)."""
        first = relation.subject[0]
        of = len(relation.subject) > 2 and relation.subject[1].lower_ == "of"
        said = said_of_subjects(self.patterns.names, self.ontology, OF_NAMED, relation.predicate)
        return of and first.pos_ == "NOUN" and bool(said)

    def lower_subjects(self, prop: URIRef) -> str:
        """How the examples wrote the lower-case subjects of ``prop`` or, where they said
        nothing of it, of the properties of its domain (`kg.lowsubjects.LOWER_SUBJECT`'s
        values); "" where they wrote none."""
        return said_of_subjects(self.patterns.names, self.ontology, LOWER_SUBJECT, prop)


def _article_dropped(name: str, end: str, names: dict[str, str]) -> str:
    """A name without its "The" at a property's end the examples name so
    (`kg.conventions.ARTICLE_DROPPED`: "The Louvre" is Louvre where a painting is "The
    Night Watch")."""
    if name.startswith("The_") and names.get(f"{ARTICLE_DROPPED}{end}"):
        return name.removeprefix("The_")
    return name


def _disambiguated(name: str, classes: Sequence[URIRef], names: dict[str, str]) -> str:
    """A name with the disambiguator the examples give the names of its class (the domain or
    range it stands in: `kg.conventions.DISAMBIGUATED`), unless it has one."""
    mark = next((m for c in classes if (m := names.get(f"{DISAMBIGUATED}{local_name(c)}"))), None)
    return f"{name}_{mark.replace(' ', '_')}" if mark and not name.endswith(")") else name
