from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KGError
from kg.ontology import KG, Ontology, read_ontology


def test_ner_labels_map_to_classes(ontology: Ontology) -> None:
    assert ontology.class_for_ner("PERSON") == KG.Person
    assert ontology.class_for_ner("ORG") == KG.Organisation
    assert ontology.class_for_ner("GPE") == ontology.class_for_ner("LOC") == KG.Place
    assert ontology.class_for_ner("DATE") is None


def test_properties_carry_triggers_domain_and_union_range(ontology: Ontology) -> None:
    mayor = ontology.properties[KG.mayorOf]
    assert "mayor" in mayor.triggers
    assert mayor.domain == (KG.Person,) and mayor.range == (KG.Place,)
    assert set(ontology.properties[KG.leaderOf].range) == {KG.Organisation, KG.Place}
    assert KG.roleAt in ontology.ancestors(KG.mayorOf)
    assert ontology.properties[KG.near].symmetric


def test_subclasses_satisfy_their_parents(ontology: Ontology) -> None:
    assert ontology.is_a(KG.Facility, [KG.Place])
    assert not ontology.is_a(KG.Person, [KG.Place])
    assert ontology.is_a(KG.Person, [])


def test_unknown_term_fails_loudly_listing_known_ones(ontology: Ontology) -> None:
    assert ontology.term("kg:mayorOf") == ontology.term("mayorOf") == KG.mayorOf
    with pytest.raises(KeyError, match=r"'mayrOf'.*Available:.*mayorOf"):
        ontology.term("mayrOf")


def test_extra_ontology_adds_classes_and_triggers(tmp_path: Path) -> None:
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix ex: <https://example.org/> . @prefix kg: <https://w3id.org/kg/ontology#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "ex:coachOf a owl:ObjectProperty ; kg:trigger 'head coach' ; rdfs:domain kg:Person .\n".replace(
            "rdfs:domain", "<http://www.w3.org/2000/01/rdf-schema#domain>"
        )
    )
    ontology = read_ontology([extra])
    assert "head coach" in ontology.properties[ontology.term("ex:coachOf")].triggers
    assert KG.mayorOf in ontology.properties


def test_bad_ontology_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <https://example.org/> .\nex:a ex:b .\n")
    with pytest.raises(KGError, match=r"bad\.ttl.*line 2"):
        read_ontology([bad])
    with pytest.raises(KGError, match="not found"):
        read_ontology([tmp_path / "missing.ttl"])
