"""Counts and structure of the graph: what ``kg stats`` prints and Python can ask for."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.ontology import KG, NOT_ENTITIES_SPARQL
from kg.store import GraphStore

_DOCUMENT_GRAPHS = f"?g a <{KG.Document}> ."


@dataclass
class Stats:
    """A summary of a store."""

    documents: int
    entities: int
    entities_by_class: dict[str, int]
    relations_by_property: dict[str, int]
    evidence: int
    triples: int


def stats(store: GraphStore) -> Stats:
    """Count documents, entities by class, relations by property and evidence records."""

    rows = store.select

    # Entities are typed in document graphs; documents and evidence are not entities.
    by_class = rows(
        f"""SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE {{
              GRAPH ?g {{ ?e a ?c }} {_DOCUMENT_GRAPHS}
              FILTER(?c NOT IN ({NOT_ENTITIES_SPARQL}))
            }} GROUP BY ?c ORDER BY DESC(?n) ?c"""
    )
    by_property = rows(
        f"""SELECT ?p (COUNT(*) AS ?n) WHERE {{
              SELECT DISTINCT ?s ?p ?o WHERE {{ ?ev a <{KG.Evidence}> ;
                  <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ;
                  <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p ;
                  <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o }}
            }} GROUP BY ?p ORDER BY DESC(?n) ?p"""
    )
    (documents,) = rows(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{KG.Document}> }}")
    (entities,) = rows(
        f"""SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{
              GRAPH ?g {{ ?e a ?c }} {_DOCUMENT_GRAPHS}
              FILTER(?c NOT IN ({NOT_ENTITIES_SPARQL}))
            }}"""
    )
    (evidence,) = rows(f"SELECT (COUNT(DISTINCT ?ev) AS ?n) WHERE {{ ?ev a <{KG.Evidence}> }}")
    (triples,) = rows("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")
    return Stats(
        documents=_int(documents["n"]),
        entities=_int(entities["n"]),
        entities_by_class={_name(r["c"]): _int(r["n"]) for r in by_class},
        relations_by_property={_name(r["p"]): _int(r["n"]) for r in by_property},
        evidence=_int(evidence["n"]),
        triples=_int(triples["n"]),
    )


def _int(term: object) -> int:
    return int(term.value) if isinstance(term, ox.Literal) else 0


def _name(term: object) -> str:
    value = term.value if isinstance(term, ox.NamedNode) else str(term)
    return value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
