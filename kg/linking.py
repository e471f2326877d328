"""Entities across documents: a person named only by surname in one document is the person
whose full name ends with it in another, when exactly one such person is in the store; and
a thing named in one document only by what another gives as its alias ("NHS", where another
says "National Health Service (NHS)") is that thing, when exactly one entity has the alias;
and a name spelt more plainly in one document than in another ("Penarol", "Peñarol"; "AC
Milan", "A.C. Milan") is the thing of the fuller spelling, when exactly one entity has it.

Linking runs over the whole store after each build, so its result does not depend on the
order in which documents arrived. It rewrites the short IRI to the full one in every
document graph and in the merged default graph (the short name becomes a
``skos:altLabel``), in one transaction.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from kg.ontology import KG
from kg.spellings import fullest_spellings
from kg.store import GraphStore

_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"


def surname_links(store: GraphStore) -> dict[str, str]:
    """Short-name person IRI → the one full-name person IRI it stands for."""
    rows = store.query(
        f"""SELECT DISTINCT ?person ?name WHERE {{
              GRAPH ?g {{ ?person a <{KG.Person}> ; <{_RDFS_LABEL}> ?name }} ?g a <{KG.Document}> .
            }}"""
    )
    assert isinstance(rows, ox.QuerySolutions)
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        names[row["person"].value].add(row["name"].value)
    by_surname: dict[str, set[str]] = defaultdict(set)
    for person, labels in names.items():
        for label in labels:
            if " " in label:
                by_surname[label.split()[-1]].add(person)
    links = {}
    for person, labels in names.items():
        if any(" " in label for label in labels):
            continue
        owners = {owner for label in labels for owner in by_surname.get(label, set())} - {person}
        if len(owners) == 1:
            links[person] = owners.pop()
    return links


def alias_links(store: GraphStore) -> dict[str, str]:
    """Entity IRI → the one other entity that has its name as an alias (``skos:altLabel``)
    while no document gives that other entity this name as its label."""
    rows = store.query(
        f"""SELECT DISTINCT ?short ?full WHERE {{
              GRAPH ?g {{ ?short <{_RDFS_LABEL}> ?name }} ?g a <{KG.Document}> .
              GRAPH ?h {{ ?full <{_ALT_LABEL}> ?name }} ?h a <{KG.Document}> .
              FILTER(?short != ?full)
            }}"""
    )
    assert isinstance(rows, ox.QuerySolutions)
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        owners[row["short"].value].add(row["full"].value)
    return {short: full.pop() for short, full in owners.items() if len(full) == 1}


def spelling_links(store: GraphStore) -> dict[str, str]:
    """Entity IRI → the one entity whose label spells its label more fully (the same letters
    and digits, with more accents, dots or hyphens: `kg.spellings.fullest_spellings`)."""
    rows = store.query(
        f"""SELECT DISTINCT ?e ?name WHERE {{
              GRAPH ?g {{ ?e <{_RDFS_LABEL}> ?name }} ?g a <{KG.Document}> . FILTER(isIRI(?e))
            }}"""
    )
    assert isinstance(rows, ox.QuerySolutions)
    labelled: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        labelled[row["name"].value].add(row["e"].value)
    links: dict[str, str] = {}
    for name, fuller in fullest_spellings(labelled).items():
        owners = labelled[fuller]
        if len(owners) == 1:
            (owner,) = owners
            links |= {entity: owner for entity in labelled[name] if entity != owner}
    return links


def link_entities(store: GraphStore) -> int:
    """Merge entities into the one entity each stands for across the store: short-name
    persons into their full-name namesakes, acronyms into the bodies they abbreviate, plain
    spellings into fuller ones.

    Returns:
        How many short names were merged.
    """
    links = {**spelling_links(store), **alias_links(store), **surname_links(store)}
    links = {short: full for short, full in links.items() if full not in links}  # one step, no chains
    if not links:
        return 0
    values = " ".join(f"(<{short}> <{full}>)" for short, full in sorted(links.items()))
    store.update(
        f"""DELETE {{ GRAPH ?g {{ ?short ?p ?o }} }}
            INSERT {{ GRAPH ?g {{ ?full ?q ?o }} }}
            WHERE {{ VALUES (?short ?full) {{ {values} }} GRAPH ?g {{ ?short ?p ?o }}
                     BIND(IF(?p = <{_RDFS_LABEL}>, <{_ALT_LABEL}>, ?p) AS ?q) }} ;
            DELETE {{ GRAPH ?g {{ ?s ?p ?short }} }}
            INSERT {{ GRAPH ?g {{ ?s ?p ?full }} }}
            WHERE {{ VALUES (?short ?full) {{ {values} }} GRAPH ?g {{ ?s ?p ?short }} }} ;
            DELETE {{ ?short ?p ?o }} INSERT {{ ?full ?q ?o }}
            WHERE {{ VALUES (?short ?full) {{ {values} }} ?short ?p ?o
                     BIND(IF(?p = <{_RDFS_LABEL}>, <{_ALT_LABEL}>, ?p) AS ?q) }} ;
            DELETE {{ ?s ?p ?short }} INSERT {{ ?s ?p ?full }}
            WHERE {{ VALUES (?short ?full) {{ {values} }} ?s ?p ?short }}"""
    )
    return len(links)
