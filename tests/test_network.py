from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from kg.errors import KGError
from kg.network import entity_graph, find_entity, path, structure, write_network
from kg.ontology import KG
from kg.store import Store
from tests.graphs import DOC_A, EX, small_store


def chain_store() -> Store:
    """Ann leads Acme; Acme partners Bolt; Bolt is based in Bath; Cy stands alone."""
    store = small_store()
    doc = URIRef("file:///corpus/c.txt")
    triples = [(doc, RDF.type, KG.Document)]
    for name, cls in (
        ("Bolt", KG.Organisation),
        ("Cy", KG.Person),
        ("Acme", KG.Organisation),
        ("Bath", KG.Place),
    ):
        triples += [(EX[name], RDF.type, cls), (EX[name], RDFS.label, Literal(name))]
    triples += [(EX.Acme, KG.partnerOf, EX.Bolt), (EX.Bolt, KG.basedIn, EX.Bath)]
    ev = URIRef(f"{doc}#evidence-1")
    triples += [(ev, RDF.type, KG.Evidence), (ev, RDF.subject, EX.Bolt), (ev, RDF.predicate, KG.basedIn),
                (ev, RDF.object, EX.Bath), (ev, KG.sentence, Literal("Bolt, based in Bath, grew.")),
                (ev, KG.document, doc), (doc, KG.source, Literal("c.txt"))]  # fmt: skip
    store.replace_graph(str(doc), triples)
    return store


def test_entity_graph_holds_entities_and_relations_only() -> None:
    graph = entity_graph(chain_store())
    assert set(graph.nodes) == {EX.Ann, EX.Acme, EX.Bath, EX.Bolt, EX.Cy}
    assert graph.nodes[EX.Ann] == {"label": "Ann", "class": "Person"}
    assert sorted((str(s), str(k), str(o)) for s, o, k in graph.edges(keys=True)) == sorted(
        [(str(EX.Acme), str(KG.partnerOf), str(EX.Bolt)), (str(EX.Ann), str(KG.leaderOf), str(EX.Acme)),
         (str(EX.Bolt), str(KG.basedIn), str(EX.Bath))]
    )  # fmt: skip


def test_structure_finds_the_hub_the_pieces_and_groups() -> None:
    shape = structure(entity_graph(chain_store()))
    assert shape.components == 2  # the chain, and Cy alone
    assert {name for name, _ in shape.central[:2]} <= {"Acme", "Bolt", "Bath"}
    assert shape.connected[:2] == [("Acme", 2), ("Bolt", 2)]
    assert sorted(name for group in shape.communities for name in group) == ["Acme", "Ann", "Bath", "Bolt"]
    assert structure(entity_graph(chain_store())) == shape  # deterministic


def test_path_is_a_chain_of_facts_with_evidence() -> None:
    steps = path(chain_store(), "ann", "Bath")
    assert [(s.subject, s.property, s.object) for s in steps] == [
        ("Ann", "leaderOf", "Acme"), ("Acme", "partnerOf", "Bolt"), ("Bolt", "basedIn", "Bath")
    ]  # fmt: skip
    assert steps[2].evidence == "Bolt, based in Bath, grew. [c.txt]"


def test_path_errors_name_the_problem() -> None:
    store = chain_store()
    with pytest.raises(KGError, match="Nothing links 'Ann' and 'Cy'"):
        path(store, "Ann", "Cy")
    with pytest.raises(KGError, match=r"No entity named 'Bol'\. Did you mean: Bolt\?"):
        find_entity(entity_graph(store), "Bol")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_files_read_back_with_labels(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"g.{fmt}"
    write_network(chain_store(), target, format=fmt)
    graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(target)
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 3
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert labels == {"Ann", "Acme", "Bath", "Bolt", "Cy"}
    assert DOC_A not in graph
