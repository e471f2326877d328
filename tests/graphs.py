"""Tiny hand-made graphs for store, query, export and page tests."""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal, Namespace, URIRef

from kg.ontology import KG
from kg.store import Store

EX = Namespace("https://w3id.org/kg/id/")
DOC_A = "file:///corpus/a.txt"
DOC_B = "urn:kg:stdin:0123"


def small_store(store: Store | None = None) -> Store:
    """Two documents: A says Ann leads Acme; B says Ann is near nothing but names Bath."""
    store = store if store is not None else Store()
    store.replace_graph(
        DOC_A,
        [
            (URIRef(DOC_A), RDF.type, KG.Document),
            (EX.Ann, RDF.type, KG.Person),
            (EX.Ann, RDFS.label, Literal("Ann")),
            (EX.Acme, RDF.type, KG.Organisation),
            (EX.Acme, RDFS.label, Literal("Acme")),
            (EX.Ann, KG.leaderOf, EX.Acme),
            (EX.Ann, KG.title, Literal("Dr", lang="en")),
        ],
    )
    store.replace_graph(
        DOC_B,
        [
            (URIRef(DOC_B), RDF.type, KG.Document),
            (EX.Ann, RDF.type, KG.Person),
            (EX.Ann, RDFS.label, Literal("Ann")),
            (EX.Bath, RDF.type, KG.Place),
            (EX.Bath, RDFS.label, Literal('Bath "spa", <city>\nof \\ 1000 years')),
        ],
    )
    return store
