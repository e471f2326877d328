"""The parse repairs (`kg.repairs`, `kg.clauses`, `kg.subjects`, `kg.participles`): each gives the
parse a reading of a name or a verb that spaCy's small English model gets wrong, and leaves the
reading it gets right alone."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.namespans import tagged
from kg.nametags import unknown_singulars
from kg.reference import apposed_to


def test_a_verb_after_a_name_in_a_sentence_with_no_other_finite_verb_is_read_as_one(nlp: Language) -> None:
    doc = nlp("The Harbour Tunnel links Westhaven with Eastmoor.")
    links = doc[3]
    assert (links.pos_, links.lemma_) == ("VERB", "link")
    assert [(c.text, c.dep_) for c in links.children if c.dep_ in ("nsubj", "dobj")] == [
        ("Tunnel", "nsubj"),
        ("Westhaven", "dobj"),
    ]
    assert nlp("Apple shares rose.")[1].pos_ == "NOUN"  # a finite verb follows: a plural noun


def test_a_verb_after_a_name_that_a_number_follows_is_read_as_one(nlp: Language) -> None:
    doc = nlp("The Blauvelt Theatre seats 1131 people.")
    seats = next(t for t in doc if t.text == "seats")
    assert (seats.pos_, seats.lemma_) == ("VERB", "seat")
    assert [(c.text, c.dep_) for c in seats.children if c.dep_ in ("nsubj", "dobj")] == [
        ("Theatre", "nsubj"),
        ("people", "dobj"),
    ]
    assert nlp("Apple shares 12 percent higher closed the day.")[1].pos_ == "NOUN"  # a finite verb follows


def test_a_verb_the_parser_gives_a_subject_as_a_noun_is_read_as_one(nlp: Language) -> None:
    doc = nlp("The Vienna Philharmonic records for Deutsche Grammophon and is based in Vienna.")
    assert (doc[3].pos_, doc[3].lemma_) == ("VERB", "record")


def test_a_verb_after_a_name_that_a_relative_word_begins_is_read_as_one(nlp: Language) -> None:
    doc = nlp("The Lumo 7, which Nordtek manufactures, was released in 2013.")
    verb = next(t for t in doc if t.text == "manufactures")
    assert (verb.pos_, verb.lemma_) == ("VERB", "manufacture")
    assert [(c.text, c.dep_) for c in verb.children if c.dep_ in ("nsubj", "dobj")] == [
        ("which", "dobj"),
        ("Nordtek", "nsubj"),
    ]


def test_a_name_the_parser_makes_a_compound_of_its_verb_is_the_subject(nlp: Language) -> None:
    doc = nlp("Operated by BLS AG, the Lötschberg Base Tunnel runs from Frutigen to Raron.")
    runs = next(t for t in doc if t.text == "runs")
    assert [c.text for c in runs.children if c.dep_ == "nsubj"] == ["Tunnel"]


def test_a_name_the_parser_hangs_from_a_fronted_phrase_is_the_subject(nlp: Language) -> None:
    doc = nlp(
        "Founded by Henry Lee Higginson, the Boston Symphony Orchestra records for Deutsche Grammophon."
    )
    records = next(t for t in doc if t.text == "records")
    assert records.pos_ == "VERB"
    assert [c.text for c in records.children if c.dep_ == "nsubj"] == ["Orchestra"]


def test_a_name_hung_from_a_fronted_phrase_before_an_auxiliary_is_the_subject(nlp: Language) -> None:
    doc = nlp("Designed by Frank Gehry, Santa Monica Place was later owned by Macerich.")
    owned = next(t for t in doc if t.text == "owned")
    assert [c.text for c in owned.children if c.dep_ == "nsubjpass"] == ["Place"]


def test_a_name_beginning_a_sentence_taken_for_an_adverb_is_the_subject(nlp: Language) -> None:
    doc = nlp("Sicily has an area of 25,711 square kilometres.")
    assert (doc[0].dep_, doc[0].pos_) == ("nsubj", "PROPN")
    here = nlp("Here is the list.")[0]
    assert here.dep_ != "nsubj" or here.pos_ != "PROPN"  # a common adverb stays one


def test_a_lower_case_word_tagged_a_name_is_a_common_noun(nlp: Language) -> None:
    doc = nlp("Asthma is treated with salbutamol.")
    assert doc[4].pos_ == "NOUN"
    assert nlp("John van den Brom coaches Ajax.")[1].pos_ == "PROPN"  # a particle of a name
    doc = nlp("Pavlova was named after the ballerina Anna Pavlova.")  # what she is, before her name
    assert [t.pos_ for t in doc if t.text == "ballerina"] == ["NOUN"]


def test_a_capitalised_plural_the_lemmatizer_does_not_know_is_a_name(nlp: Language) -> None:
    assert nlp("Born in Herentals on 15 September 1994, he is a cyclist.")[2].pos_ == "PROPN"
    assert nlp("Cats aired on SVT.")[0].pos_ == "NOUN"  # the plural of a noun it knows


def test_a_capitalised_noun_beginning_a_sentence_with_its_number_is_a_name(nlp: Language) -> None:
    doc = nlp("Explorer 1 was launched on 1 February 1958.")
    assert doc[0].pos_ == "PROPN"
    assert nlp("The explorer was born in 1958.")[1].pos_ == "NOUN"


def test_a_days_number_hung_apart_from_its_month_is_the_months(nlp: Language) -> None:
    doc = nlp("Lionel Messi (born 24 June 1987) is an Argentine footballer.")
    june = doc[5]
    assert sorted(c.text for c in june.children if c.dep_ == "nummod") == ["1987", "24"]
    assert june.head.text == "born"
    doc = nlp("Helen Glover (born 17 June 1986) rows for Leander Club.")  # the month hung from the name
    assert doc[5].head.text == "born"


def test_a_title_taken_for_a_gerund_is_a_name_and_a_gerund_stays_one(nlp: Language) -> None:
    doc = nlp("Trainspotting is a 1996 British comedy film.")
    assert (doc[0].pos_, doc[0].dep_) == ("PROPN", "nsubj")
    assert nlp("Swimming in cold water is a risk.")[0].dep_ == "csubj"  # "swim" is a verb


def test_a_capitalised_adverb_that_is_a_subject_or_a_first_name_is_a_name(nlp: Language) -> None:
    assert nlp("Lua is a programming language.")[0].pos_ == "PROPN"
    doc = nlp("Dolly Parton was born on 19 January 1946 in Pittman Center.")
    assert (doc[0].pos_, doc[0].dep_, doc[0].head.text) == ("PROPN", "compound", "Parton")


def test_a_verb_ending_a_list_of_verbs_after_and_is_read_as_one(nlp: Language) -> None:
    doc = nlp("The Elbe rises in Bohemia, flows through Dresden and Hamburg, and empties into the North Sea.")
    empties = next(t for t in doc if t.text == "empties")
    assert (empties.pos_, empties.lemma_) == ("VERB", "empty")


def test_a_kings_numeral_after_his_name_is_no_pronoun(nlp: Language) -> None:
    doc = nlp("Buried at Westminster Abbey, Elizabeth I died on 24 March 1603.")
    assert doc[6].pos_ == "PROPN"
    assert nlp("When I met Paul I knew.")[4].pos_ == "PRON"


def test_a_places_region_the_parser_takes_for_a_second_subject_is_in_apposition(nlp: Language) -> None:
    doc = nlp("The University of Salamanca in Salamanca, Spain was established in 1218.")
    spain = doc[7]
    assert (spain.dep_, spain.head.i) == ("appos", 5)


def test_a_name_after_a_fronted_participle_is_the_verbs_subject(nlp: Language) -> None:
    doc = nlp("Educated at the University of Hamburg, Olaf Scholz is married to Britta Ernst.")
    verb = next(t for t in doc if t.text == "is")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Scholz"]
    assert doc[0].dep_ == "advcl"


def test_an_adverb_the_lemmatizer_knows_before_a_name_stays_an_adverb(nlp: Language) -> None:
    doc = nlp("Currently Jones is the mayor of Leeds.")
    assert (doc[0].pos_, doc[0].dep_) == ("ADV", "advmod")


def test_a_plural_after_and_that_ends_no_list_of_verbs_stays_a_noun(nlp: Language) -> None:
    doc = nlp("He received medals, and awards from the city.")
    assert doc[5].pos_ == "NOUN"


def test_a_name_after_a_place_and_a_comma_that_is_no_place_stays_the_subject(nlp: Language) -> None:
    doc = nlp("The mayor of Paris, Hidalgo was elected in 2014.")
    assert doc[5].dep_ == "nsubjpass"


def test_a_verb_read_as_a_noun_right_after_the_first_word_is_read_as_one(nlp: Language) -> None:
    doc = nlp("Velda records for Deutsche Grammophon.")
    assert (doc[1].pos_, doc[1].lemma_) == ("VERB", "record")


def test_a_second_phrase_of_a_pair_takes_its_own_preposition(nlp: Language) -> None:
    doc = nlp("Brightwater has music by Anna Berg and lyrics by Tomas Lind.")
    lyrics, second_by = doc[7], doc[8]
    assert second_by.head == lyrics
    assert (lyrics.dep_, lyrics.head.text) == ("conj", "music")
    assert doc[4].head.text == "Berg"  # the first phrase keeps its object
    doc = nlp("Carousel has music by Richard Rodgers and lyrics by Oscar Hammerstein II.")
    assert doc[8].head.text == "lyrics"  # the parser hangs this "by" from "music"


def test_a_month_the_parser_makes_a_compound_of_its_year_takes_the_years_place(nlp: Language) -> None:
    doc = nlp("Opened on 15 September 1830, the Harwick Canal ends at Stanmoor.")
    september = doc[3]
    assert (september.dep_, september.head.text) == ("pobj", "on")
    assert [c.text for c in september.children] == ["15", "1830"]
    doc = nlp("Miss Julie is a play by August Strindberg.")
    assert doc[6].head.text == "Strindberg"  # a first name, no month


def test_a_past_form_after_a_comma_and_a_name_with_no_conjunction_is_a_participle(nlp: Language) -> None:
    doc = nlp("Tomas Lind commanded the army at the Battle of Harwick, fought near Harwick in July 1802.")
    fought = next(t for t in doc if t.text == "fought")
    assert (fought.dep_, fought.head.text) == ("acl", "Battle")
    doc = nlp("Tomas Lind came to Harwick, fought a duel and won.")  # an object of its own: a verb
    fought = next(t for t in doc if t.text == "fought")
    assert fought.dep_ != "acl"
    doc = nlp("Vela is a space probe of the Harwick Space Agency, launched on 19 May 2013 from Kourou.")
    launched = next(t for t in doc if t.text == "launched")
    assert launched.head.text != "Agency"  # after a copula: said of the subject


def test_a_name_the_parser_reads_as_a_verb_phrase_after_a_preposition_is_its_object(nlp: Language) -> None:
    doc = nlp("Mill Reef was sired by Never Bend and bred by Paul Mellon.")
    bend = doc[6]
    assert (bend.pos_, bend.dep_, bend.head.text) == ("PROPN", "pobj", "by")


def test_a_participle_ending_a_verbless_sentence_after_a_comma_is_its_verb(nlp: Language) -> None:
    doc = nlp("Pulp, a band formed in Sheffield in 1978, signed to Island Records.")
    signed = next(t for t in doc if t.text == "signed")
    assert signed.dep_ == "ROOT"
    assert [c.text for c in signed.children if c.dep_ == "nsubj"] == ["Pulp"]
    doc = nlp("The Hermitage Museum, located in Saint Petersburg, houses Danaë by Rembrandt.")
    assert next(t for t in doc if t.text == "located").dep_ != "ROOT"  # a phrase between commas


def test_a_place_between_commas_after_the_subject_is_the_subjects(nlp: Language) -> None:
    doc = nlp("The Harwick Library, in Prague, was founded in 1143.")
    assert next(t for t in doc if t.text == "in").head.text == "Library"
    doc = nlp("The treaty, in 1990, was signed by both sides.")  # no place: the verb's
    assert next(t for t in doc if t.text == "in").head.text == "signed"


def test_a_place_the_tagger_names_but_tags_a_noun_or_a_verb_is_a_name(nlp: Language) -> None:
    doc = nlp("The Caledonian Canal opened in 1822 and connects Inverness to Corpach.")
    inverness = next(t for t in doc if t.text == "Inverness")
    assert inverness.ent_type_ == "GPE"  # the case this is about
    assert inverness.pos_ == "PROPN"
    doc = nlp("The canal links Harwick to Stanmoor and runs through the valley.")
    assert next(t for t in doc if t.text == "runs").pos_ == "VERB"
    doc = nlp("The Volga–Don Canal, which opened in 1952, runs from Volgograd to Kalach-na-Donu.")
    assert [t.pos_ for t in doc if t.text in ("Kalach", "na", "Donu")] == ["PROPN"] * 3  # one written word
    doc = nlp("Spinosaurus, a dinosaur of the family Spinosauridae, lived during the Cretaceous.")
    cretaceous = doc[-2]
    assert cretaceous.ent_type_ == "PRODUCT"  # the case this is about: a name, though no place's
    assert cretaceous.pos_ == "PROPN"
    doc = nlp("Brask is a soft drink made by PepsiCo.")
    assert doc[-2].ent_type_ == "ORG"  # the case this is about: a capital inside the word
    assert doc[-2].pos_ == "PROPN"
    doc = nlp("The vaccine protects against COVID-19.")
    assert doc[-2].pos_ == "NOUN"  # a word in capitals is left as tagged


def test_a_capitalised_common_noun_alone_inside_a_sentence_is_a_name(nlp: Language) -> None:
    doc = nlp("The song was recorded by Copper in 1994.")
    assert not doc[5].ent_type_  # the case this is about: a word the tagger names as nothing
    assert doc[5].pos_ == "PROPN"
    doc = nlp("Music was written by Lantern.")
    assert doc[0].pos_ == "NOUN"  # the sentence's first word: its capital says nothing


def test_a_sentences_first_common_noun_an_apposition_says_what_it_is_is_a_name(nlp: Language) -> None:
    doc = nlp("Copper, a band from Harwick, released Glass in 1990.")
    assert doc[0].pos_ == "PROPN"
    doc = nlp("Copper is a metal that conducts heat.")
    assert doc[0].pos_ != "PROPN"  # no apposition: the tagger's common noun stays


def test_the_last_word_of_a_name_the_tagger_takes_for_a_common_noun_is_a_name(nlp: Language) -> None:
    doc = nlp("Dora Vance, born in Harwick, played for the Harwick Super Kings.")
    kings = doc[-2]
    assert kings.ent_type_ == "ORG"  # the case this is about
    assert (kings.pos_, kings.tag_) == ("PROPN", "NNPS")
    doc = nlp("The team won three national titles.")
    assert doc[-2].pos_ == "NOUN"


def test_a_fronted_description_before_a_name_is_the_names_apposition(nlp: Language) -> None:
    doc = nlp("A graduate of Harwick University, Dora Vance works for The Stanmoor Post.")
    graduate = doc[1]
    assert (graduate.dep_, graduate.head.text) == ("appos", "Vance")
    assert [c.text for c in doc[8].children if c.dep_ == "nsubj"] == ["Vance"]  # "works": one subject
    doc = nlp("An American skier, Bode Miller was born on 12 October 1977.")
    assert (doc[2].dep_, doc[2].head.text) == ("appos", "Miller")
    doc = nlp("The skier and the coach met in Harwick.")  # no comma: two subjects, left alone
    assert doc[1].head.text == "met"


def test_a_region_after_a_place_in_a_subject_the_parser_left_unlabelled_is_no_subject(nlp: Language) -> None:
    doc = nlp("Choate Rosemary Hall in Wallingford, Connecticut has about 850 students.")
    has = next(t for t in doc if t.text == "has")
    assert [c.text for c in has.children if c.dep_ == "nsubj"] == ["Hall"]
    assert next(t for t in doc if t.text == "Connecticut").head.text == "Wallingford"


def test_an_irregular_past_the_parser_takes_for_a_noun_after_a_name_is_the_verb(nlp: Language) -> None:
    doc = nlp("Dora Vance, born in Harwick on 3 May 1990, swam for the Stanmoor Aquatic Club.")
    swam = next(t for t in doc if t.text == "swam")
    assert (swam.pos_, swam.dep_, swam.lemma_) == ("VERB", "ROOT", "swim")
    assert [c.text for c in swam.children if c.dep_ == "nsubj"] == ["Vance"]
    doc = nlp("The saw in the shed was old.")  # no name before it, and a finite verb after: a noun
    assert doc[1].pos_ == "NOUN"


@pytest.mark.parametrize("name", ["Dunmorin", "Harvex"])
def test_a_verbs_s_form_after_a_relative_clause_and_a_comma_is_the_verb(nlp: Language, name: str) -> None:
    doc = nlp(f"{name}, which was introduced in 1981, treats ulcers.")
    treats = next(t for t in doc if t.text == "treats")
    assert (treats.pos_, treats.tag_, treats.dep_, treats.lemma_) == ("VERB", "VBZ", "ROOT", "treat")
    assert [c.text for c in treats.children if c.dep_ == "nsubj"] == [name]
    doc = nlp("Dunmorin, the town, has shops, parks and schools.")  # a list's nouns stay nouns
    assert next(t for t in doc if t.text == "parks").pos_ == "NOUN"


def test_an_adjective_with_a_subject_and_an_object_is_a_verb(nlp: Language) -> None:
    doc = nlp("Tom Vance, a graduate of Harwick University, married Ann Roe.")
    married = next(t for t in doc if t.text == "married")
    assert (married.pos_, married.tag_, married.lemma_) == ("VERB", "VBD", "marry")
    doc = nlp("The married couple lived in Harwick.")
    assert doc[1].pos_ == "ADJ"


def test_an_adjective_after_an_apposition_in_a_verbless_sentence_is_its_verb(nlp: Language) -> None:
    doc = nlp("Jerry Nelson, an American puppeteer, married Jan Nelson.")
    married = doc[7]
    assert (married.pos_, married.dep_, married.lemma_) == ("VERB", "ROOT", "marry")
    assert [(c.text, c.dep_) for c in married.children if c.dep_ in ("nsubj", "dobj")] == [
        ("Nelson", "nsubj"),
        ("Nelson", "dobj"),
    ]
    doc = nlp("Jerry Nelson, an American puppeteer, and the married Jan Nelson.")  # no comma before it
    assert next(t for t in doc if t.text == "married").pos_ == "ADJ"


def test_a_subject_the_parser_gave_the_participle_after_it_is_the_verbs(nlp: Language) -> None:
    doc = nlp("La Sylphide, choreographed by August Bournonville, is based on Trilby.")
    based = next(t for t in doc if t.text == "based")
    assert [c.text for c in based.children if c.dep_ == "nsubjpass"] == ["Sylphide"]
    assert next(t for t in doc if t.text == "choreographed").head.text == "Sylphide"


def test_a_designation_of_letters_and_digits_is_a_proper_noun(nlp: Language) -> None:
    doc = nlp("WASP-12b, a hot Jupiter in Auriga, orbits WASP-12.")
    assert [t.pos_ for t in doc if t.text.startswith("WASP")] == ["PROPN", "PROPN"]
    doc = nlp("Gliese 581c, which orbits the star Gliese 581, was discovered in 2007.")
    assert [(t.pos_, t.dep_) for t in doc[:2]] == [("PROPN", "compound"), ("PROPN", "nsubjpass")]
    doc = nlp("KIIS-FM is a radio station owned by iHeartMedia.")  # camel case, tagged a number
    assert doc[-2].pos_ == "PROPN"
    assert nlp("The F-16 was built by General Dynamics.")[1].pos_ == "PROPN"
    assert nlp("The Bentley Mulsanne has a V8 engine.")[5].pos_ == "NOUN"  # a kind of engine
    doc = nlp("The M5 motorway in England starts at West Bromwich.")  # tagged a noun, after "the"
    assert doc[1].pos_ == "PROPN"


def test_a_lower_case_subject_with_an_article_tagged_an_adjective_is_a_noun(nlp: Language) -> None:
    doc = nlp("The sardana, named after Cerdanya, comes from Spain.")
    assert (doc[1].pos_, doc[1].dep_) == ("NOUN", "nsubj")
    doc = nlp(
        "Tom Vance belongs to the clubs, AZ Alkmaar and PSV Eindhoven. The latter is managed by, Ann Roe."
    )
    assert next(t for t in doc if t.text == "latter").pos_ == "ADJ"  # it refers: no thing of its own


def test_a_capitalised_preposition_object_tagged_an_adjective_is_a_name(nlp: Language) -> None:
    doc = nlp("Cryptomator is developed by Skymatic and runs on Linux.")
    assert doc[4].pos_ == "PROPN"


def test_a_known_lower_case_noun_tagged_a_name_after_a_name_is_a_common_noun(nlp: Language) -> None:
    doc = nlp("The Theodora mosaic in the Basilica of San Vitale dates from 548.")
    assert [(t.text, t.pos_) for t in doc[1:3]] == [("Theodora", "PROPN"), ("mosaic", "NOUN")]
    doc = nlp("Ludwig van Beethoven was born in Bonn.")  # a name's particle, a name after it
    assert doc[1].pos_ == "PROPN"


def test_a_word_in_camel_case_that_begins_with_a_capital_is_a_proper_noun(nlp: Language) -> None:
    doc = nlp("MariaDB is written in C++.")  # tagged punctuation
    assert (doc[0].pos_, doc[0].dep_) == ("PROPN", "nsubjpass")
    doc = nlp("CouchDB was developed by the Apache Software Foundation.")  # tagged a common noun
    assert doc[0].pos_ == "PROPN"


def test_a_participle_tagged_a_past_tense_between_commas_after_a_subject_modifies_it(nlp: Language) -> None:
    doc = nlp(
        "The Boer War, fought in Southern Africa between the United Kingdom and the South African Republic,"
        " began in 1899."
    )
    war, fought, began = doc[2], doc[4], doc[18]
    assert (war.dep_, war.head, fought.dep_, fought.head) == ("nsubj", began, "acl", war)


def test_a_participle_taken_for_the_root_modifies_its_subject_of_the_verb_after_its_phrase(
    nlp: Language,
) -> None:
    doc = nlp(
        "The Battle of Hastings, fought near Hastings between the Normans and the English,"
        " took place in 1066."
    )
    battle, fought, took = doc[1], doc[5], doc[15]
    assert (took.dep_, battle.dep_, battle.head, fought.dep_, fought.head) == (
        "ROOT",
        "nsubj",
        took,
        "acl",
        battle,
    )
    assert doc[-1].head == took
    doc = nlp("The cathedral, built in Gothic style by the Normans, opened in 1220.")
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["opened"]  # parsed right: left as it is


def test_a_capitalised_noun_after_a_titles_own_the_is_a_proper_noun(nlp: Language) -> None:
    doc = nlp("Tariq Trotter is a member of The Roots.")
    assert doc[-2].pos_ == "PROPN"
    doc = nlp("The Roots of the tree are deep.")
    assert doc[1].pos_ == "NOUN"  # a sentence's first "The" says nothing of a title


def test_a_name_the_parser_reads_as_the_clause_of_a_verb_with_no_object_is_its_object(nlp: Language) -> None:
    doc = nlp("Shogakukan publishes Case Closed.")
    assert [(t.pos_, t.dep_, t.head.i) for t in doc[2:4]] == [("PROPN", "compound", 3), ("PROPN", "dobj", 1)]
    doc = nlp("She thinks John Smith left.")
    assert (doc[4].dep_, doc[3].dep_) == ("ccomp", "nsubj")  # a clause: a name and its verb


def test_a_capitalised_word_after_the_that_is_no_known_noun_is_a_proper_noun(nlp: Language) -> None:
    assert nlp("The Althing is the unicameral legislature of Iceland.")[1].pos_ == "PROPN"
    assert nlp("He works on the Internet.")[4].pos_ == "NOUN"  # an English noun


def test_a_lower_case_noun_the_parser_made_a_second_subject_before_a_name_is_its_compound(
    nlp: Language,
) -> None:
    doc = nlp("Born in Florence, the baritone Ettore Bastianini never married.")
    baritone, name = doc[5], doc[7]
    assert (baritone.dep_, baritone.head, name.dep_) == ("compound", name, "nsubj")


def test_a_verb_taken_for_a_plural_before_a_title_holding_a_verb_is_a_verb(nlp: Language) -> None:
    doc = nlp("Tess Daly hosts Strictly Come Dancing.")
    assert (doc[2].pos_, doc[2].lemma_, doc[2].dep_) == ("VERB", "host", "ROOT")
    doc = nlp("The hosts come from Leeds.")
    assert doc[1].pos_ == "NOUN"  # after no name: the hosts


def test_a_verb_a_prefix_joins_with_a_hyphen_is_one_word_with_its_verbs_lemma(nlp: Language) -> None:
    doc = nlp("Steve Jobs co-founded Apple with Steve Wozniak.")
    founded = doc[2]
    assert (founded.text, founded.lemma_, founded.dep_) == ("co-founded", "found", "ROOT")
    assert [c.text for c in founded.children if c.dep_ in ("nsubj", "dobj")] == ["Jobs", "Apple"]
    assert nlp("He was re-elected in 2010.")[2].lemma_ == "elect"
    assert [t.text for t in nlp("a Polish-Soviet war")] == ["a", "Polish", "-", "Soviet", "war"]


def test_a_name_the_parser_made_a_subject_beside_the_noun_it_owns_is_that_nouns_possessor(
    nlp: Language,
) -> None:
    doc = nlp("Eva Perón's remains lie in Recoleta Cemetery.")
    assert (doc[1].dep_, doc[1].head.text) == ("poss", "remains")
    assert [c.text for c in doc[4].children if c.dep_ == "nsubj"] == ["remains"]


def test_the_capitals_a_code_ends_with_are_a_proper_noun(nlp: Language) -> None:
    doc = nlp("Intel manufactures the Core i9-13900K.")
    assert [t.pos_ for t in doc if t.text == "K"] == ["PROPN"]
    assert [t.pos_ for t in nlp("He ran a 5K race.") if t.text == "K"] != ["PROPN"]


def test_a_letter_that_ends_a_name_and_its_sentence_loses_the_full_stop(nlp: Language) -> None:
    doc = nlp("Luyten's Star is orbited by GJ 273 b. It was found in 2017.")
    letter = next(t for t in doc if t.text == "b")
    assert (letter.pos_, doc[letter.i + 1].text) == ("PROPN", ".")
    assert [c.text for c in letter.children] == ["GJ", "273"]
    assert [t.text for t in nlp("Roe v. Wade was decided in 1973.")][:3] == ["Roe", "v.", "Wade"]
    assert "b." in [t.text for t in nlp("Jane Doe (b. 1950) is a writer.")]
    unit = next(t for t in nlp("The hall is 1,147 m above sea level.") if t.text == "m")
    assert unit.pos_ != "PROPN"
    # a capital a hyphen joins to a word, not a person's initial
    assert [t.text for t in nlp("Safari is written in Objective-C.")][-3:] == ["-", "C", "."]
    assert "F." in [t.text for t in nlp("It was signed by John F. Kennedy.")]


def test_a_companys_name_is_the_head_of_its_legal_form(nlp: Language) -> None:
    doc = nlp("Nokia Corporation, headquartered in Espoo, is a Finnish company.")
    nokia, form = doc[0], doc[1]
    assert (nokia.dep_, nokia.head.text) == ("nsubj", "is")
    assert form.head == nokia
    assert "headquartered" in [c.text for c in nokia.children]


def test_a_title_the_parser_reads_as_a_clause_is_one_name(nlp: Language) -> None:
    doc = nlp("Harper Lee is best known for To Kill a Mockingbird.")
    title = doc[6:10]
    assert [t.pos_ for t in title if t.is_title] == ["PROPN"] * 3
    assert (doc[9].dep_, doc[9].head.text) == ("pobj", "for")
    assert "To Kill a Mockingbird" in [span.text for span in tagged(doc)]
    doc = nlp("Opened in 1832, the Göta Canal in Sweden links Gothenburg to Söderköping.")
    assert "Gothenburg to Söderköping" not in [span.text for span in tagged(doc)]  # places, no title


def test_a_species_last_word_the_parser_takes_for_the_verb_is_the_names(nlp: Language) -> None:
    doc = nlp("Aedes aegypti is a mosquito in the genus Aedes.")
    assert [(t.pos_, t.dep_) for t in doc[:3]] == [("PROPN", "compound"), ("NOUN", "nsubj"), ("AUX", "ROOT")]
    assert nlp("Rome fell in 476.")[1].pos_ == "VERB"  # a verb the lemmatizer knows stays one
    doc = nlp("Cortinarius orellanoides, commonly known as the wood cap, is a fungus.")  # a comma after it
    assert (doc[1].pos_, doc[1].dep_, doc[1].head.text) == ("NOUN", "nsubj", "is")
    assert nlp("Rome fell, and Ravenna rose.")[1].pos_ == "VERB"


def test_an_epithet_the_parser_takes_for_a_second_subject_is_the_names(nlp: Language) -> None:
    doc = nlp("Hägar the Horrible first appeared in 1973.")
    assert (doc[2].dep_, doc[2].head.text) == ("appos", "Hägar")


def test_a_title_in_quotation_marks_the_parser_reads_as_a_phrase_is_one_name(nlp: Language) -> None:
    doc = nlp('"Over the Rainbow" is a song composed by Harold Arlen.')
    rainbow = doc[3]
    assert (rainbow.dep_, rainbow.head.text) == ("nsubj", "is")
    assert [(t.pos_, t.head.i) for t in doc[1:3]] == [("PROPN", 3), ("DET", 3)]
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "WORK_OF_ART"] == [
        ("Over the Rainbow", "WORK_OF_ART")
    ]
    said = nlp('He said "It is over" and left.')  # a quoted sentence is no title
    assert said[3].pos_ != "PROPN"


def test_a_title_that_begins_its_sentence_before_the_verb_is_one_name(nlp: Language) -> None:
    doc = nlp("A Wrinkle in Time is a novel by Madeleine L'Engle.")
    time = doc[3]
    assert (time.dep_, time.head.text) == ("nsubj", "is")
    assert all(t.head == time for t in doc[:3])
    doc = nlp("Published by Viking Press, On the Road is a novel by Jack Kerouac.")
    assert [c.text for c in next(t for t in doc if t.text == "is").children if c.dep_ == "nsubj"] == ["Road"]
    # a place's name and the place it is in, a date, a verb with a subject of its own: no title
    doc = nlp("The Ashcombe Tower in Bristol was designed by Gillian Ross.")
    assert next(t for t in doc if t.text == "Bristol").dep_ == "pobj"
    assert nlp("On Monday Apple said it would grow.")[2].dep_ == "nsubj"


def test_a_common_noun_in_apposition_with_no_comma_is_the_head_of_the_noun_before(nlp: Language) -> None:
    doc = nlp("Blue Lines is a trip hop album by Massive Attack.")
    album = next(t for t in doc if t.text == "album")
    assert (album.dep_, album.head.text) == ("attr", "is")
    assert [(t.text, t.dep_) for t in album.lefts] == [
        ("a", "det"),
        ("trip", "compound"),
        ("hop", "compound"),
    ]
    doc = nlp("Pavlova was named after the ballerina Anna Pavlova.")  # a name in apposition stays so
    assert next(t for t in doc if t.text == "ballerina").head.text == "Pavlova"


def test_a_common_noun_in_apposition_right_after_a_name_is_the_head_of_the_name(nlp: Language) -> None:
    doc = nlp("The Atbash cipher is a substitution cipher.")
    cipher = doc[2]
    assert (cipher.dep_, cipher.head.text) == ("nsubj", "is")
    assert [(t.text, t.dep_) for t in cipher.lefts] == [("The", "det"), ("Atbash", "compound")]
    doc = nlp("Ada Price, a painter, lives in Leeds.")  # a comma sets an apposition off: it stays
    assert (doc[4].dep_, doc[4].head.text) == ("appos", "Price")


def test_a_species_the_parser_made_a_second_subject_after_a_fronted_noun_is_the_subject(
    nlp: Language,
) -> None:
    doc = nlp("The shiitake, Lentinula edodes, belongs to the genus Lentinula.")
    shiitake = doc[1]
    assert (shiitake.dep_, shiitake.head.text) == ("appos", "edodes")
    assert [c.text for c in doc[6].children if c.dep_ == "nsubj"] == ["edodes"]  # "belongs": one subject


def test_a_name_set_off_by_commas_after_a_fronted_subject_noun_is_the_subject(nlp: Language) -> None:
    doc = nlp("The chanterelle, Cantharellus cibarius, belongs to the genus Cantharellus.")
    cibarius = doc[4]
    assert (cibarius.dep_, cibarius.head.text) == ("nsubj", "belongs")
    assert (doc[1].dep_, doc[1].head) == ("appos", cibarius)
    doc = nlp("Samuel Reed's mother, Alice Reed, was a lawyer.")  # the possessor's noun stays the subject
    assert next(t for t in doc if t.text == "mother").dep_ == "nsubj"


def test_the_noun_right_before_a_name_describes_it(nlp: Language) -> None:
    doc = nlp("Harwick Rovers were coached by the Dutch coach Erik van Dal.")
    assert apposed_to(doc[7]) == doc[10]  # "coach" → "Dal"
    doc = nlp("Harwick Rovers were coached by the coach of Erik van Dal.")
    assert apposed_to(doc[6]) is None  # the coach of a name is no description of it
    doc = nlp("Iron Heart is a rock song by the British band Steel Crown.")
    assert apposed_to(doc[9]) is None  # "band": a noun in the song's phrase, said of the song
    doc = nlp("Dora Vance belongs to the clubs Harwick Rovers and Stanmoor City.")
    assert doc[5].tag_ == "NNS" and apposed_to(doc[5]) is None  # the clubs it names, not one it describes


def test_a_name_joined_by_hyphens_to_a_small_word_is_one_name(nlp: Language) -> None:
    doc = nlp("Completed in 1790, the Ashby-on-Wyre Viaduct is 80 metres long.")
    viaduct = doc[10]
    assert (viaduct.dep_, viaduct.head.text) == ("nsubj", "is")
    assert all(t.head == viaduct for t in doc[4:10])
    assert [doc[i].pos_ for i in (5, 7, 9)] == ["PROPN", "PROPN", "PROPN"]
    doc = nlp("The road runs north-to-south.")  # no capitals: no name
    assert not any(t.pos_ == "PROPN" for t in doc)


def test_a_name_right_after_a_verb_with_no_object_is_its_object(nlp: Language) -> None:
    doc = nlp("Moderna manufactures Spikevax.")
    assert (doc[2].dep_, doc[2].head.text) == ("dobj", "manufactures")
    assert nlp("Harwick fell Tuesday.")[2].dep_ != "dobj"  # a day, no object


def test_a_common_noun_the_parser_made_a_second_object_after_a_name_is_its_apposition(nlp: Language) -> None:
    doc = nlp("SES operates Astra 1KR, a communications satellite launched in 2006.")
    satellite = next(t for t in doc if t.text == "satellite")
    assert (satellite.dep_, satellite.head.text) == ("appos", "1KR")
    assert [c.text for c in doc[1].children if c.dep_ == "dobj"] == ["1KR"]


def test_a_sentences_first_word_its_verbs_subject_that_is_no_known_noun_is_a_name(nlp: Language) -> None:
    with nlp.select_pipes(disable=["kg_parse_repairs", "kg_mentions"]):
        doc = nlp("Velkrin was ridden by Tom Loxley.")
    doc[0].tag_, doc[0].pos_ = "NN", "NOUN"  # as the tagger reads "Frankel was ridden by …"
    unknown_singulars(doc, frozenset({"horse", "court"}))
    assert (doc[0].pos_, doc[0].tag_) == ("PROPN", "NNP")
    with nlp.select_pipes(disable=["kg_parse_repairs", "kg_mentions"]):
        doc = nlp("Court was held in Harwick.")
    doc[0].tag_, doc[0].pos_ = "NN", "NOUN"
    unknown_singulars(doc, frozenset({"horse", "court"}))
    assert doc[0].pos_ == "NOUN"  # a noun the lemmatizer knows stays one


def test_a_name_the_parser_joined_to_a_fronted_participles_object_is_the_verbs_subject(nlp: Language) -> None:
    doc = nlp("Born in Lyon, Pierre Dumas, died in Paris.")
    died = next(t for t in doc if t.text == "died")
    assert [(c.text, c.dep_) for c in died.children if c.dep_ == "nsubj"] == [("Dumas", "nsubj")]
    assert doc[0].dep_ == "advcl"
    doc = nlp("Headquartered in New Brunswick, Johnson & Johnson was founded by Robert Wood Johnson.")
    founded = next(t for t in doc if t.text == "founded")
    assert [c.i for c in founded.children if c.dep_ == "nsubjpass"] == [5]  # the company, not the participle
    doc = nlp("Hosted by Tom Avery, Hall of Riddles airs on BBC Two.")  # the participle a clausal subject
    assert [c.text for c in doc[8].children if c.dep_ == "nsubj"] == ["Hall"]
    doc = nlp("Born in Leeds, Harold P Grant, was succeeded by Walter Hume.")  # ... of a passive verb
    assert [c.text for c in doc[9].children if c.dep_ == "nsubjpass"] == ["Grant"]
    doc = nlp("Born in Lyon, he died in Paris.")  # a pronoun: the parser's subject stays
    assert [c.text for c in doc[5].children if c.dep_ == "nsubj"] == ["he"]


def test_a_name_hung_from_the_verb_after_a_prepositions_noun_is_the_nouns_apposition(nlp: Language) -> None:
    for sentence in (
        "The Vell Cloud lies in the constellation Dorado and is part of the Local Group.",
        "The comet lies in the constellation Dorado and is faint.",
    ):
        doc = nlp(sentence)
        name = next(t for t in doc if t.text == "Dorado")
        assert (name.dep_, name.head.text) == ("appos", "constellation")


def test_a_peoples_adjective_tagged_a_name_before_its_noun_is_the_adjective(nlp: Language) -> None:
    doc = nlp("The Czech sprint canoeist Tomas Vela competes for Dukla Praha.")
    assert (doc[1].pos_, doc[1].dep_, doc[1].head.text) == ("ADJ", "amod", "canoeist")
    doc = nlp("The Czech Republic team won the final.")  # the country's name stays one
    assert doc[1].pos_ == "PROPN"


def test_a_participle_the_parser_made_a_prepositions_object_after_a_name_is_the_participle(
    nlp: Language,
) -> None:
    for sentence in (
        "Gütschbahn is a funicular in Lucerne run by Château Gütsch.",  # "run" a noun
        "Hallbahn is a funicular in Lucerne run by Berg Transit.",  # a participle, the object of "in"
    ):
        doc = nlp(sentence)
        run = next(t for t in doc if t.text == "run")
        assert (run.tag_, run.dep_, run.head.text) == ("VBN", "acl", "funicular")
        assert (doc[5].dep_, doc[5].head.text) == ("pobj", "in")  # the place
        assert [c.dep_ for c in run.children] == ["agent"]


def test_a_title_with_its_own_verb_before_the_sentences_verb_leaves_a_tree(nlp: Language) -> None:
    doc = nlp("Written in 1529, A Mighty Fortress Is Our God is a Lutheran hymn.")
    verb = doc[10]
    assert (verb.dep_, [c.text for c in verb.children if c.dep_ == "nsubj"]) == ("ROOT", ["God"])
    assert [s.root.text for s in doc.sents] == ["is"]


def test_repairs_that_would_leave_a_cycle_leave_the_parsers_reading(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.repairs

    def looped(doc: Doc) -> Doc:  # a repair's slip: two words each the other's head
        doc[0].head, doc[1].head = doc[1], doc[0]
        return doc

    sentence = "Maria Olsen was born in Bergen."
    with nlp.select_pipes(disable=["kg_parse_repairs", "kg_mentions"]):
        parsed = [(t.dep_, t.head.i) for t in nlp(sentence)]
    monkeypatch.setattr(kg.repairs, "leading_titles", looped)
    doc = nlp(sentence)
    assert [(t.dep_, t.head.i) for t in doc] == parsed
    assert [s.root.text for s in doc.sents] == ["born"]


def test_capitalised_words_joined_by_dashes_are_one_name(nlp: Language) -> None:
    doc = nlp("Paris–Tours was first held in 1896.")
    assert [(t.dep_, t.head.i, t.pos_) for t in doc[:3]] == [
        ("compound", 2, "PROPN"),
        ("punct", 2, "PUNCT"),
        ("nsubjpass", 5, "PROPN"),
    ]
    doc = nlp("Liège–Bastogne–Liège was first held in 1892.")  # the parser's two subjects: one
    assert [t.i for t in doc[7].children if t.dep_ == "nsubjpass"] == [4]


def test_a_persons_name_particle_the_parser_read_as_a_word_of_the_clause_is_a_word_of_the_name(
    nlp: Language,
) -> None:
    sentence = "Dimitri Van den Bergh is a Belgian darts player born in Antwerp."
    with nlp.select_pipes(disable=["kg_parse_repairs", "kg_mentions"]):
        assert nlp(sentence)[2].pos_ == "VERB"  # "den", the case this is about
    doc = nlp(sentence)
    assert [(t.dep_, t.head.i) for t in doc[:4]] == [
        ("compound", 3),
        ("compound", 3),
        ("compound", 3),
        ("nsubj", 4),
    ]
    doc = nlp("Rafael van der Vaart plays for Ajax.")  # "der" the subject, "Vaart" its apposition
    assert [t.text for t in doc[4].children if t.dep_ == "nsubj"] == ["Vaart"]
    doc = nlp("Ludwig van Beethoven composed nine symphonies.")  # read right: left alone
    assert [(t.dep_, t.head.i) for t in doc[:3]] == [("compound", 2), ("compound", 2), ("nsubj", 3)]
