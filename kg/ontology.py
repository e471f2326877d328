"""Read an ontology (ours in ``ontology/kg.ttl``, or a user's) into what extraction needs.

The ontology is the single source of the vocabulary: classes with the NER labels and
title words that make instances of them, properties with their trigger words, domain
and range. Looking up a term that the ontology does not define fails loudly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import OWL, RDF, RDFS, XSD, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import to_canonical_graph
from rdflib.term import BNode, Node

from kg.errors import KGError

KG = Namespace("https://w3id.org/kg/ontology#")
"""The namespace of kg's own ontology terms."""
ONTOLOGY_GRAPH = URIRef("https://w3id.org/kg/ontology")
"""The named graph that holds the ontology in a store."""

NUMBER_TYPES = frozenset({
    XSD.decimal, XSD.integer, XSD.int, XSD.long, XSD.short, XSD.float, XSD.double,
    XSD.nonNegativeInteger, XSD.positiveInteger, XSD.negativeInteger, XSD.nonPositiveInteger,
    XSD.unsignedInt, XSD.unsignedLong,
})  # fmt: skip
"""The XSD datatypes whose values are numbers (an OWL ontology's range may be any of them)."""

DATE_TYPES = frozenset({XSD.date, XSD.dateTime})
"""The XSD datatypes whose values are days (a date is read as the day)."""

NON_ENTITY_CLASSES = (KG.Document, KG.Evidence, KG.UnmappedRelation)
"""kg's own bookkeeping classes: things in a document graph that are not entities."""
NOT_ENTITIES_SPARQL = ", ".join(f"<{c}>" for c in NON_ENTITY_CLASSES)
"""`NON_ENTITY_CLASSES` as a SPARQL list, for ``FILTER(?class NOT IN (…))``."""


def _find_ontology_dir() -> Path:
    # Installed wheels carry the ontology inside the package; a source checkout has it at the top.
    packaged = Path(__file__).parent / "_ontology"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "ontology"


ONTOLOGY_DIR = _find_ontology_dir()
DEFAULT_ONTOLOGY = ONTOLOGY_DIR / "kg.ttl"


@dataclass(frozen=True)
class OntologyClass:
    """A class of entities, with what marks its instances in text."""

    iri: URIRef
    label: str
    parents: tuple[URIRef, ...] = ()
    ner_labels: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    """Words just before a name that make it an instance ("Professor", "city of")."""
    headwords: tuple[str, ...] = ()
    """Words in a name that make it an instance ("University", "Region")."""
    names: tuple[str, ...] = ()
    """Whole names that are instances ("France", "UK")."""


@dataclass(frozen=True)
class OntologyProperty:
    """A relation between entities, with the words that express it."""

    iri: URIRef
    label: str
    parents: tuple[URIRef, ...] = ()
    domain: tuple[URIRef, ...] = ()
    """Allowed subject classes (any of them); empty means any."""
    range: tuple[URIRef, ...] = ()
    """Allowed object classes (any of them); empty means any."""
    triggers: tuple[str, ...] = ()
    blockers: tuple[str, ...] = ()
    """Words that cancel the property just before its trigger ("former mayor")."""
    symmetric: bool = False


@dataclass
class Ontology:
    """Classes and properties read from one or more ontology files."""

    graph: Graph
    sources: tuple[str, ...] = ()
    classes: dict[URIRef, OntologyClass] = field(init=False)
    properties: dict[URIRef, OntologyProperty] = field(init=False)

    def __post_init__(self) -> None:
        self.classes = {c.iri: c for c in _classes(self.graph)}
        self.properties = {p.iri: p for p in _properties(self.graph)}
        self._ancestors: dict[URIRef, frozenset[URIRef]] = {}
        self._tops: dict[URIRef, URIRef] = {}

    def triples(self) -> Graph:
        """The ontology as a graph with no blank nodes: they become IRIs minted from their
        content (``owl:unionOf`` lists and the like), so storing it is deterministic."""
        return to_canonical_graph(self.graph).skolemize(
            authority="https://w3id.org", basepath="/kg/ontology/genid/"
        )

    def same_domain(self, prop: URIRef) -> tuple[URIRef, ...]:
        """The other properties whose domain is ``prop``'s (none where it has none)."""
        return self._same_domains.get(prop, ())

    @cached_property
    def _same_domains(self) -> dict[URIRef, tuple[URIRef, ...]]:
        by_domain: dict[frozenset[URIRef], list[URIRef]] = {}
        for iri, term in self.properties.items():
            if term.domain:
                by_domain.setdefault(frozenset(term.domain), []).append(iri)
        return {iri: tuple(o for o in props if o != iri) for props in by_domain.values() for iri in props}

    def class_labels(self, classes: Iterable[URIRef]) -> set[str]:
        """The lower-case labels of those of ``classes`` the ontology has ("human", "country")."""
        return {(self.classes[c].label or "").lower() for c in classes if c in self.classes}

    def named_property(self, name: str) -> OntologyProperty | None:
        """The property ``name`` names (`term`, properties only), or None where none does (a
        pattern file edited by hand, or an example of another ontology)."""
        try:
            return self.properties.get(self.term(name, properties_only=True))
        except KeyError:
            return None

    def term(self, name: str, *, properties_only: bool = False) -> URIRef:
        """The IRI of a class or property (only a property with ``properties_only``: a
        Wikidata-style ontology has a class and a property both called "country"), by full
        IRI, ``prefix:name``, local name or else label, however spaces, ``_`` and case write
        the last two ("cast member").

        Raises:
            KeyError: the ontology defines no such term.
        """
        known = dict(self.properties) if properties_only else {**self.classes, **self.properties}
        if not re.search(r"\s", name) and URIRef(name) in known:  # (an IRI holds no space)
            return URIRef(name)
        if ":" in name and not name.startswith("http"):
            prefix, local = name.split(":", 1)
            namespace = dict(self.graph.namespaces()).get(prefix)
            if namespace is not None and URIRef(namespace + local) in known:
                return URIRef(namespace + local)
        matches = [iri for iri in known if local_name(iri) == name]
        if not matches:  # "cast member" for cast_member, a label for a Wikidata-style id
            wanted = _spelt(name)
            labels = {iri: p.label for iri, p in self.properties.items()}
            labels |= {} if properties_only else {iri: c.label for iri, c in self.classes.items()}
            matches = [iri for iri in known if wanted in (_spelt(local_name(iri)), _spelt(labels[iri]))]
        if len(matches) > 1:  # a user's term shadows kg's own of the same name
            matches = [iri for iri in matches if not iri.startswith(KG)]
        if len(matches) == 1:
            return matches[0]
        available = ", ".join(sorted(local_name(iri) for iri in known))
        raise KeyError(f"Can't find term {name!r} in the ontology. Available: {available}")

    def class_for_ner(self, ner_label: str) -> URIRef | None:
        """The class whose instances spaCy tags with ``ner_label``, or None."""
        return self._ner_classes.get(ner_label)

    @cached_property
    def _ner_classes(self) -> dict[str, URIRef]:
        return {label: c.iri for c in self.classes.values() for label in c.ner_labels}

    def ner_label_for(self, cls: URIRef) -> str | None:
        """The NER label of ``cls`` or of its nearest ancestor that has one."""
        todo = [cls]
        while todo:
            term = self.classes.get(todo.pop(0))
            if term is None:
                continue
            if term.ner_labels:
                return term.ner_labels[0]
            todo.extend(term.parents)
        return None

    @cached_property
    def instance_names(self) -> dict[str, URIRef]:
        """Whole name → the class it is an instance of (see `OntologyClass.names`)."""
        return {name: c.iri for c in self.classes.values() for name in c.names}

    @cached_property
    def headwords(self) -> dict[str, URIRef]:
        """Headword → the class it marks (see `OntologyClass.headwords`)."""
        return {word: c.iri for c in self.classes.values() for word in c.headwords}

    def children(self, iri: URIRef) -> list[URIRef]:
        """The direct subclasses of a class."""
        return self._children.get(iri, [])

    @cached_property
    def _children(self) -> dict[URIRef, list[URIRef]]:
        below: dict[URIRef, list[URIRef]] = {}
        for c in self.classes.values():
            for parent in c.parents:
                below.setdefault(parent, []).append(c.iri)
        return {parent: sorted(set(found)) for parent, found in below.items()}

    def top_entity_class(self, iri: URIRef) -> URIRef:
        """The highest ancestor of a class that is still an entity class (one with NER
        labels), or the class itself."""
        if iri not in self._tops:
            best = iri
            for ancestor in self.ancestors(iri):
                term = self.classes.get(ancestor)
                if term is not None and term.ner_labels and ancestor in self.ancestors(best):
                    best = ancestor
            self._tops[iri] = best
        return self._tops[iri]

    @cached_property
    def blocker_words(self) -> frozenset[str]:
        """Every property's blocker words, lower case ("former", "deputy", …)."""
        return frozenset(word.lower() for prop in self.properties for word in self.blockers(prop))

    def blockers(self, prop: URIRef) -> frozenset[str]:
        """The blocker words of a property and of every property above it."""
        return frozenset(
            word for p in self.ancestors(prop) if p in self.properties for word in self.properties[p].blockers
        )

    def ancestors(self, iri: URIRef) -> frozenset[URIRef]:
        """``iri`` with every class or property it is a (transitive) subclass/subproperty of.

        Classes that are equivalent (``owl:equivalentClass``, or the same label in two
        ontologies: a user's ``Company`` and kg's) count as each other's ancestors."""
        if iri in self._ancestors:
            return self._ancestors[iri]
        seen: set[URIRef] = set()
        todo = [iri]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            term = self.classes.get(current) or self.properties.get(current)
            if term is not None:
                todo.extend(term.parents)
            todo.extend(self._equivalents.get(current, ()))
        self._ancestors[iri] = frozenset(seen)
        return self._ancestors[iri]

    @cached_property
    def _equivalents(self) -> dict[URIRef, set[URIRef]]:
        by_label: dict[str, set[URIRef]] = {}
        for cls in self.classes.values():
            by_label.setdefault(cls.label.lower(), set()).add(cls.iri)
        same: dict[URIRef, set[URIRef]] = {}
        for group in by_label.values():
            for iri in group:
                same.setdefault(iri, set()).update(group - {iri})
        for a, b in self.graph.subject_objects(OWL.equivalentClass):
            if isinstance(a, URIRef) and isinstance(b, URIRef):
                same.setdefault(a, set()).add(b)
                same.setdefault(b, set()).add(a)
        return same

    def is_a(self, cls: URIRef, allowed: Iterable[URIRef]) -> bool:
        """Whether ``cls`` is one of ``allowed`` or a subclass of one; empty allows all."""
        allowed = tuple(allowed)
        return not allowed or bool(self.ancestors(cls) & set(allowed))


def read_ontology(paths: Iterable[str | Path] = ()) -> Ontology:
    """Read kg's own ontology plus any extra ontology files (Turtle, RDF/XML, N-Triples…,
    or the JSON form of Text2KGBench, see `json_ontology`).

    A property from outside kg's namespace with no ``kg:trigger`` gets trigger words
    from its labels (``isPartOf`` → "is part of"), so a user's ontology drives
    extraction as it is.

    Raises:
        KGError: a file does not exist or does not parse; the message names it.
    """
    graph = Graph()
    sources = [DEFAULT_ONTOLOGY, *[Path(p) for p in paths]]
    for path in sources:
        if not path.is_file():
            raise KGError(f"Ontology file not found: '{path}'")
        try:
            if path.suffix.lower() == ".json":
                from kg.jsonontology import json_ontology  # here: it builds on this module's types

                graph += json_ontology(path)
            else:
                graph.parse(path)
        except KGError:
            raise
        except Exception as error:  # rdflib raises many parser-specific types
            reason = " ".join(str(error).split(" at ^ in:")[0].split())
            raise KGError(f"Can't read ontology '{path}': {reason}") from None
    return Ontology(graph, tuple(str(p) for p in sources))


def _spelt(name: str) -> str:
    """A term's name however spaces, ``_`` and case write it."""
    return re.sub(r"[\s_]+", " ", name).strip().lower()


def label_words(label: str) -> str:
    """The words of a camelCase or snake_case label, lower-cased.

    >>> label_words("isPartOf")
    'is part of'
    >>> label_words("numberOfPostgraduateStudents")
    'number of postgraduate students'
    >>> label_words("birth_place")
    'birth place'
    """
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", label)
    return " ".join(spaced.replace("_", " ").split()).lower()


def local_name(iri: URIRef | str) -> str:
    """The last part of an IRI, after its ``#`` or last ``/`` (``…#birthPlace``: birthPlace)."""
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _label(graph: Graph, iri: URIRef) -> str:
    labels = sorted(graph.objects(iri, RDFS.label), key=lambda lit: getattr(lit, "language", None) != "en")
    return str(labels[0]) if labels else local_name(iri)


def _iris(nodes: Iterable[Node]) -> tuple[URIRef, ...]:
    return tuple(sorted(n for n in nodes if isinstance(n, URIRef)))


def _class_union(graph: Graph, node: Node) -> Iterator[URIRef]:
    if isinstance(node, URIRef):
        yield node
    elif isinstance(node, BNode):
        for members in graph.objects(node, OWL.unionOf):
            for member in Collection(graph, members):
                if isinstance(member, URIRef):
                    yield member


def _classes(graph: Graph) -> Iterator[OntologyClass]:
    iris = set(graph.subjects(RDF.type, OWL.Class)) | set(graph.subjects(RDF.type, RDFS.Class))
    for iri in sorted(i for i in iris if isinstance(i, URIRef)):
        yield OntologyClass(
            iri=iri,
            label=_label(graph, iri),
            parents=_iris(graph.objects(iri, RDFS.subClassOf)),
            ner_labels=tuple(sorted(str(x) for x in graph.objects(iri, KG.nerLabel))),
            triggers=tuple(sorted(str(x) for x in graph.objects(iri, KG.trigger))),
            headwords=tuple(sorted(str(x) for x in graph.objects(iri, KG.headword))),
            names=tuple(sorted(str(x) for x in graph.objects(iri, KG.instanceName))),
        )


def _properties(graph: Graph) -> Iterator[OntologyProperty]:
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)
    iris = {s for kind in kinds for s in graph.subjects(RDF.type, kind)}
    for iri in sorted(i for i in iris if isinstance(i, URIRef)):
        triggers = tuple(sorted(str(x) for x in graph.objects(iri, KG.trigger)))
        if not triggers and not iri.startswith(KG):
            labels = {label_words(str(x)) for x in graph.objects(iri, RDFS.label)}
            triggers = tuple(sorted(labels or {label_words(local_name(iri))}))
        yield OntologyProperty(
            iri=iri,
            label=_label(graph, iri),
            parents=_iris(graph.objects(iri, RDFS.subPropertyOf)),
            domain=tuple(sorted(c for d in graph.objects(iri, RDFS.domain) for c in _class_union(graph, d))),
            range=tuple(sorted(c for r in graph.objects(iri, RDFS.range) for c in _class_union(graph, r))),
            triggers=triggers,
            blockers=tuple(sorted(str(x) for x in graph.objects(iri, KG.blocker))),
            symmetric=(iri, RDF.type, OWL.SymmetricProperty) in graph,
        )
