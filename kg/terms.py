"""RDF terms between rdflib (what extraction makes), pyoxigraph (what the store holds) and
N-Triples text (what the bulk loader and SPARQL updates read)."""

from __future__ import annotations

import functools
import re

import pyoxigraph
from rdflib import URIRef
from rdflib.term import BNode, Literal, Node


def text(term: object) -> str:
    """The lexical form of an IRI or literal from a query row, or "" for none."""
    return term.value if isinstance(term, pyoxigraph.Literal | pyoxigraph.NamedNode) else ""


def to_oxigraph(term: Node) -> pyoxigraph.NamedNode | pyoxigraph.Literal | pyoxigraph.BlankNode:
    """A term as pyoxigraph's (which validates IRIs and language tags)."""
    if isinstance(term, URIRef):
        return _named_node(term)
    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        if term.datatype:
            return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
        return pyoxigraph.Literal(str(term))
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    raise TypeError(f"Can't store {term!r}: not an IRI, literal or blank node")


@functools.lru_cache(maxsize=65536)
def _named_node(iri: URIRef) -> pyoxigraph.NamedNode:
    """An IRI as pyoxigraph's, cached: the same entities, classes and properties recur."""
    return pyoxigraph.NamedNode(str(iri))


_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")


@functools.lru_cache(maxsize=65536)
def _ntriples_iri(iri: str) -> str:
    if _IRI_UNSAFE.search(iri):
        return str(pyoxigraph.NamedNode(iri))  # raises ValueError: never spliced into the text
    return f"<{iri}>"


def ntriples(term: Node) -> str:
    """A term in N-Triples syntax, fast: IRIs (cached) with no character N-Triples forbids,
    literals escaped; anything else goes through pyoxigraph, which validates it."""
    if type(term) is URIRef:
        return _ntriples_iri(str(term))
    if type(term) is Literal:
        text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            if not _LANGUAGE.fullmatch(term.language):
                raise ValueError(f"Bad language tag: {term.language!r}")
            return f'"{text}"@{term.language}'
        if term.datatype and str(term.datatype) != _XSD_STRING:
            return f'"{text}"^^{_ntriples_iri(str(term.datatype))}'
        return f'"{text}"'
    return ntriples_checked(term)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def ntriples_checked(term: Node) -> str:
    """A term in N-Triples syntax, escaped and validated by Oxigraph."""
    return str(to_oxigraph(term))
