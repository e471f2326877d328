from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from spacy.language import Language
from spacy.tokens import Span

from kg.entities import mint_iri
from kg.ontology import KG
from tests.conftest import Extract


@pytest.mark.parametrize(
    ("name", "local"),
    [
        ("Liverpool City Region", "Liverpool_City_Region"),
        ("  Steve   Rotheram\n", "Steve_Rotheram"),
        ("Women's Health", "Women%27s_Health"),
        ("AT&T", "AT%26T"),
        ("C#/C++ <lab>", "C%23%2FC%2B%2B_%3Clab%3E"),
        ('"Quoted" {braces} |pipe| \\back`tick^', "%22Quoted%22_%7Bbraces%7D_%7Cpipe%7C_%5Cback%60tick%5E"),
        ("São Paulo", "São_Paulo"),
        ("Zürich", "Zürich"),
        ("東京", "東京"),
        ("100% Renewables", "100%25_Renewables"),
        ("Emoji 🙂 Ltd", "Emoji_%F0%9F%99%82_Ltd"),
    ],
)
def test_mint_iri_keeps_letters_and_escapes_the_rest(name: str, local: str) -> None:
    assert mint_iri(name, base="https://ex.org/id/") == URIRef("https://ex.org/id/" + local)


@pytest.mark.parametrize("name", ["", "   ", "---", "!?", "\u200b"])
def test_mint_iri_refuses_names_without_letters_or_digits(name: str) -> None:
    with pytest.raises(ValueError, match="Can't mint an IRI"):
        mint_iri(name)


def test_mint_iri_normalises_unicode_forms() -> None:
    assert mint_iri("Cafe\u0301") == mint_iri("Caf\u00e9")


@given(st.text(min_size=1, max_size=40).filter(lambda t: any(c.isalnum() for c in t)))
def test_any_name_mints_an_iri_that_round_trips_through_ntriples_and_turtle(name: str) -> None:
    iri = mint_iri(name)
    ox.NamedNode(str(iri))  # Oxigraph's strict parser accepts it
    assert not any(c in str(iri) for c in ' <>"{}|\\^`\n\t')
    graph = Graph()
    graph.add((iri, KG.label, Literal(name)))
    for fmt in ("nt", "turtle"):
        again = Graph().parse(data=graph.serialize(format=fmt), format=fmt)
        assert set(again) == set(graph)


def test_surname_and_full_name_are_one_person(extract: Extract) -> None:
    _, entities, _ = extract(
        "Microsoft chief executive Satya Nadella spoke in Seattle on Monday. "
        "Nadella said the company would open a new office."
    )
    people = {id(e): e for e in entities.values() if e.cls == KG.Person}
    assert len(people) == 1
    (person,) = people.values()
    assert person.name == "Satya Nadella" and person.aliases == {"Nadella"}
    assert len(person.mentions) == 2


def test_titles_are_kept_apart_from_the_name(extract: Extract) -> None:
    _, entities, _ = extract("Dame Nancy Rothwell opened the building, and Dr Ada Obi spoke.")
    names = {e.name: e for e in entities.values()}
    assert names["Nancy Rothwell"].titles == {"Dame"}
    assert names["Ada Obi"].titles == {"Dr"}
    assert names["Ada Obi"].iri.endswith("/Ada_Obi")


def test_numbers_dates_and_footers_make_no_entities(extract: Extract) -> None:
    _, entities, _ = extract("Follow us on Facebook. Call 0800 123 4567 by 5 May 2030 for £2bn.")
    names = {e.name for e in entities.values()}
    assert not any(ch.isdigit() for name in names for ch in name)


def test_a_name_run_across_a_comma_is_two_mentions(extract: Extract) -> None:
    _, entities, _ = extract("The mayor of Bristol, Marvin Rees, visited Bath.")
    names = {e.name: e.cls for e in entities.values()}
    assert names.get("Marvin Rees") == KG.Person
    assert names.get("Bristol") == KG.Place


def test_a_name_ends_before_a_verb_the_tagger_ran_over(extract: Extract) -> None:
    _, entities, _ = extract("The ground of Harbour Rovers is Elm Road.")
    assert "Harbour Rovers" in {e.name for e in entities.values()}


def test_pronouns_join_the_person_they_refer_to_and_are_never_nodes(extract: Extract) -> None:
    _, entities, _ = extract(
        "Dr Ada Obi ran the trial. She said it worked. Mr Tom Reid disagreed, and he left."
    )
    people = {e.name: e for e in entities.values()}
    assert [t.text for t in people["Ada Obi"].pronouns] == ["She"]
    assert [t.text for t in people["Tom Reid"].pronouns] == ["he"]
    assert not {"She", "he", "She said", "it"} & set(people)


def test_a_pronoun_with_no_person_before_it_is_dropped(extract: Extract) -> None:
    doc, entities, _ = extract("He said the bridge at Leeds would open.")
    assert not any(e.pronouns for e in entities.values())
    assert doc[0].i not in entities


def test_headwords_and_cues_pick_subclasses(extract: Extract) -> None:
    _, entities, _ = extract(
        "The city of Sheffield and the University of Leeds signed a deal near the River Aire."
    )
    classes = {e.name: e.cls for e in entities.values()}
    assert classes["Sheffield"] == KG.City
    assert classes["University of Leeds"] == KG.University
    assert classes["River Aire"] == KG.Place


def test_an_acronym_in_brackets_is_the_same_entity(extract: Extract) -> None:
    _, entities, _ = extract("The National Health Service (NHS) said the NHS would recruit nurses.")
    nhs = {id(e): e for e in entities.values() if "NHS" in e.aliases or e.name == "NHS"}
    assert len(nhs) == 1
    (entity,) = nhs.values()
    assert entity.name == "National Health Service" and entity.aliases == {"NHS"}


def test_same_words_do_not_merge_different_things(extract: Extract) -> None:
    _, entities, _ = extract("Oxford is home to the University of Oxford, and Leeds sits in West Yorkshire.")
    names = {e.name for e in entities.values()}
    assert {"Oxford", "University of Oxford"} <= names


def test_a_known_county_or_state_is_a_region_whatever_the_tagger_said(extract: Extract) -> None:
    # The small model tags these as a person and as organisations.
    for text, name in [
        ("The new rail line will see Cheshire attract more visitors, the minister said.", "Cheshire"),
        ("Flooding closed roads across Cumbria and Lancashire on Monday.", "Cumbria"),
    ]:
        _, entities, _ = extract(text)
        assert {e.name: e.cls for e in entities.values()}[name] == KG.Region, text


@pytest.mark.parametrize(("name", "kept"), [("UK PLC", False), ("Japan Inc", False), ("Tesco PLC", True)])
def test_a_nation_spoken_of_as_a_firm_is_not_an_organisation(nlp: Language, name: str, kept: bool) -> None:
    doc = nlp.make_doc(f"Ministers want the value kept within {name} for years.")
    for pipe_name, pipe in nlp.pipeline:
        if pipe_name != "kg_mentions":
            doc = pipe(doc)
    start = len(nlp.make_doc("Ministers want the value kept within"))
    doc.ents = [Span(doc, start, start + len(nlp.make_doc(name)), label="ORG")]
    doc = nlp.get_pipe("kg_mentions")(doc)
    assert [ent.text for ent in doc.ents] == ([name] if kept else [])


def test_the_forms_of_one_organisations_name_are_one_entity(extract: Extract) -> None:
    _, entities, _ = extract(
        "The University of Leeds will open a campus in York. Leeds University said it would cost more."
        " Barclays Bank said Barclays would lend the money. Liverpool and the Liverpool City Region Combined"
        " Authority agreed."
    )
    by_name = {e.name: e for e in entities.values()}
    assert by_name["University of Leeds"].aliases == {"Leeds University"}
    assert by_name["Barclays Bank"].aliases == {"Barclays"}
    assert {"Liverpool", "Liverpool City Region Combined Authority"} <= set(by_name)
    assert "Leeds University" not in by_name and "Barclays" not in by_name


def test_after_kg_mentions_only_trigger_words_carry_a_kb_id(nlp: Language) -> None:
    doc = nlp.make_doc("Liverpool City Region mayor Steve Rotheram said the plan would help Wirral.")
    for pipe_name, pipe in nlp.pipeline:
        if pipe_name != "kg_mentions":
            doc = pipe(doc)
    doc[1].ent_kb_id_ = "Q1"  # as an entity linker might have linked a name
    doc[-2].ent_kb_id_ = "Q2"
    doc = nlp.get_pipe("kg_mentions")(doc)
    assert [t.ent_kb_id_ for t in doc] == [t._.kg_trigger for t in doc]
    assert doc[3]._.kg_trigger  # "mayor"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("an offset of -7,its code is 657", ["-7", ",", "its"]),
        ("the offset is -6.The city grew", ["-6", ".", "The"]),
        ("It has 1,200 people over 3.5 km.", ["1,200", "people", "over", "3.5"]),  # numbers stay whole
        ("Its runway is 10L/28R.", ["10L/28R", "."]),  # a code's full stop, not an abbreviation's
        ("It is in the U.S.", ["the", "U.S."]),  # ... which keeps its own
        ("Ruth Adler (1902–1977) was a chemist.", ["1902", "–", "1977"]),  # the years of a life
        ("in the 2014–15 season", ["2014–15", "season"]),  # ... not a season's
    ],
)
def test_punctuation_run_into_the_next_word_is_split_off(nlp: Language, text: str, tokens: list[str]) -> None:
    words = [t.text for t in nlp(text)]
    assert any(words[i : i + len(tokens)] == tokens for i in range(len(words)))


def test_a_full_stop_run_into_the_next_sentence_still_ends_it(nlp: Language) -> None:
    assert len(list(nlp("Its offset is -6.The city has a mayor.").sents)) == 2


def test_a_place_whose_name_pairs_two_names_is_one_place(extract: Extract) -> None:
    _, entities, _ = extract("She was born in Trinidad and Tobago and left for Bosnia and Herzegovina.")
    names = {e.name: e.cls for e in entities.values()}
    assert names.get("Trinidad and Tobago") == KG.Country
    assert names.get("Bosnia and Herzegovina") == KG.Country
    assert "Trinidad" not in names and "Tobago" not in names
