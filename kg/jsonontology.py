"""Text2KGBench's JSON form of an ontology read into OWL (`json_ontology`): concepts become
classes, relations properties with their domain and range, a literal range (the benchmark's
``number`` or ``Year``, an XSD datatype's name, one of DBpedia's measures) a datatype property.
`kg.ontology.read_ontology` reads a ``.json`` file with it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from kg.errors import KGError
from kg.ontology import NUMBER_TYPES

_DATATYPES = {
    "number": XSD.decimal, "decimal": XSD.decimal, "integer": XSD.decimal, "int": XSD.decimal,
    "float": XSD.decimal, "double": XSD.decimal, "string": XSD.string, "text": XSD.string,
    "date": XSD.date, "year": XSD.gYear, "gyear": XSD.gYear, "": XSD.string,
    "literal": XSD.string, "langstring": XSD.string,
} | {
    str(t).removeprefix(str(XSD)).lower(): t
    for t in (*NUMBER_TYPES - {XSD.decimal, XSD.integer, XSD.int, XSD.float, XSD.double}, XSD.dateTime,
              XSD.boolean, XSD.anyURI, XSD.time, XSD.gYearMonth)
}  # fmt: skip
"""A JSON ontology's literal ranges, lower-cased and without an ``xsd:``, ``rdf:`` or
``rdfs:`` prefix: the benchmark's words (``number``, ``Year``) and the XSD names."""

_DIMENSIONS = frozenset(
    {"length", "area", "volume", "mass", "speed", "density", "power", "energy", "temperature",
     "pressure", "frequency", "voltage", "electriccurrent", "torque", "force", "flowrate",
     "fuelefficiency", "informationunit", "currency", "populationdensity", "linearmassdensity"}
)  # fmt: skip
"""DBpedia's datatypes of measures (``dbo:height`` of a person is a ``Length``), lower-cased: a
JSON ontology's range so named, and no concept of its own, is a number."""


def json_ontology(path: str | Path) -> Graph:
    """Read an ontology in Text2KGBench's JSON form into OWL.

    The form is ``{"id", "title"?, "concepts": [{"qid", "label"}], "relations": [{"pid",
    "label", "domain", "range"}]}``. Terms get IRIs under ``base`` if the file gives one,
    else ``https://w3id.org/kg/ontology/<id>/``, named as `_json_local` says; a literal range
    (``number``, ``string``, ``date``, ``year``, any XSD datatype's name, ``rdf:langString``,
    in any case, `_DATATYPES`; a DBpedia measure such as ``Length`` that names no concept,
    `_DIMENSIONS`; or none) makes a datatype property with the matching XSD type.

    Raises:
        KGError: the file is not JSON of that form; the message names it.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        base = data.get("base") or f"https://w3id.org/kg/ontology/{data['id']}/"
        concepts = Namespace(base + "concepts#")
        relations = Namespace(base + "relations#")
        graph = Graph()
        graph.bind(str(data["id"]).replace("-", "_"), relations)
        classes: dict[str, URIRef] = {}  # a concept's qid or label → its IRI
        for concept in data["concepts"]:
            iri = concepts[_json_local(concept["qid"], concept.get("label"))]
            classes[str(concept["qid"])] = classes[str(concept.get("label") or concept["qid"])] = iri
            graph.add((iri, RDF.type, OWL.Class))
            graph.add((iri, RDFS.label, Literal(concept.get("label") or concept["qid"])))
        for relation in data["relations"]:
            iri = relations[_json_local(relation["pid"], relation.get("label"))]
            graph.add((iri, RDFS.label, Literal(relation.get("label") or relation["pid"])))
            if relation.get("domain"):
                domain = str(relation["domain"])
                graph.add((iri, RDFS.domain, classes.get(domain) or concepts[_json_local(domain)]))
            said = re.sub(r"^(xsd|rdfs?):", "", str(relation.get("range") or "").strip().lower())
            datatype = _DATATYPES.get(said)
            if said in _DIMENSIONS and str(relation["range"]) not in classes:
                datatype = XSD.decimal  # "Length", DBpedia's measure: a number, where no concept
            graph.add((iri, RDF.type, OWL.DatatypeProperty if datatype else OWL.ObjectProperty))
            range_ = str(relation["range"]) if not datatype else ""
            graph.add((iri, RDFS.range, datatype or classes.get(range_) or concepts[_json_local(range_)]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise KGError(f"Can't read ontology '{path}': not Text2KGBench JSON ({error!r})") from None
    return graph


def _json_local(identifier: object, label: object = None) -> str:
    """The local name of a JSON ontology's term: its id, or its label where the id is an
    opaque Wikidata-style one (``P57`` with the label "director" is ``director``), with
    spaces as ``_`` and anything else an IRI can't hold percent-encoded ("home ground" is
    ``home_ground``)."""
    name = str(label) if label and re.fullmatch(r"[PQ]\d+", str(identifier)) else str(identifier)
    return quote(re.sub(r"\s+", "_", name.strip()), safe="_-.~")
