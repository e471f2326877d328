"""How a user's examples write names and values, learned so unseen ones are written alike.

Reference data has house rules the text doesn't show: DBpedia writes "Juventus FC" as
``Juventus_F.C.``, the language "English" as ``English_language``, a US city as
``Anaheim,_California`` even where the sentence says "Anaheim … in California", an area as
``131.6 (square kilometres)`` where it says "131.6 sq km", a height of 185 as ``185.0``;
other data keeps what kg would rewrite (Wikidata-style gold writes "08 July 2016" as the
text does, a film's title with its "The", and "Carlos Sainz Jr." where DBpedia writes
``Carlos_Sainz,_Jr.``). `learn_conventions` finds such rules in
annotated examples, keeps each one only if the examples show it at least twice and more
often than not, and returns them as entries of the pattern file's names table
(``{"name": "unit:areaTotal", "canonical": "square kilometres"}``) so a person can read and
edit them. `quoted` and `verbatim` apply them. The conventions of places (`kg.places`) and
numbers (`kg.amounts`), and of several kinds of names (`kg.lowsubjects`, `kg.kindwords`,
`kg.dated` and the others `learn_conventions` calls), live in modules of their own.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.amounts import UNIT, learn_amounts
from kg.bareplaces import learn_bare_places
from kg.canonical import AS_LABELS, TITLE_THE, canonical_name
from kg.dated import dated_properties
from kg.doctrines import learn_doctrines
from kg.inverses import learn_inverses
from kg.kindwords import learn_kept_nouns, learn_kept_subject_nouns, learn_kind_words
from kg.lifespan import learn_lifespans
from kg.literals import NUMBER
from kg.lowsubjects import learn_lower_subjects, learn_of_named
from kg.ontology import KG, Ontology, label_words, local_name
from kg.places import learn_place_kinds, learn_region_qualifier
from kg.plurals import learn_plurals
from kg.possessives import learn_possessives
from kg.prefixes import learn_prefixes
from kg.ranges import learn_ranges
from kg.things import learn_things
from kg.titles import learn_honorifics, learn_untitled


def learn_conventions(docs: Sequence[Doc], examples: Sequence[dict], ontology: Ontology) -> dict[str, str]:
    """All the conventions the examples keep (see the module docstring)."""
    return (
        _word_forms(docs, examples)
        | _suffixes(examples)
        | learn_prefixes(examples)
        | learn_amounts(docs, examples)
        | _quoted(examples)
        | _verbatim(examples)
        | learn_place_kinds(examples, ontology)
        | _name_words(examples)
        | _lower_tails(examples)
        | _number_heads(examples)
        | _singulars(docs, examples)
        | learn_region_qualifier(docs, examples, ontology)
        | _kind_names(examples, ontology)
        | _title_article(examples)
        | _as_labels(examples)
        | _disambiguators(examples, ontology)
        | dated_properties(examples)
        | learn_lifespans(docs, examples)
        | learn_kind_words(docs, examples)
        | learn_kept_nouns(docs, examples)
        | learn_kept_subject_nouns(docs, examples, ontology)
        | learn_bare_places(docs, examples)
        | learn_untitled(docs, examples)
        | learn_honorifics(docs, examples)
        | learn_inverses(examples)
        | learn_plurals(docs, examples)
        | learn_lower_subjects(examples)
        | learn_of_named(examples)
        | learn_possessives(examples)
        | learn_ranges(examples)
        | learn_things(docs, examples, ontology)
        | learn_doctrines(docs, examples)
    )


def quoted(prop: str, names: dict[str, str]) -> bool:
    """Whether the examples write the property's values as quoted text (a title such as
    "Member of the Hellenic Parliament", not a resource)."""
    return bool(names.get(f"quote:{prop}"))


LOWER_QUOTED = "lower"
"""Value of ``quote:P`` where most of the quoted values begin with a lower-case word ("soft",
"at least 12 months"): words that describe, not titles."""


def quoted_lower(prop: str, names: dict[str, str]) -> bool:
    """Whether the examples' quoted values of the property are mostly lower-case words that
    describe ("a soft cheese": ``"soft"``), which the text need not write as a title."""
    return names.get(f"quote:{prop}") == LOWER_QUOTED


CAPITAL_QUOTED = "capital"
"""Value of ``quote:P`` where most of the quoted values are the text's lower-case words with a
capital ("a forward for the Suns": ``"Forward"``)."""


def quoted_capital(prop: str, names: dict[str, str]) -> bool:
    """Whether the examples quote the property's values as the text's lower-case words with a
    capital (`CAPITAL_QUOTED`)."""
    return names.get(f"quote:{prop}") == CAPITAL_QUOTED


def _quoted(examples: Sequence[dict]) -> dict[str, str]:
    """Properties most of whose values (at least two, or the only one) the examples quote
    (``quote:P``; `LOWER_QUOTED` where most of those begin in lower case, `CAPITAL_QUOTED` where
    most are the text's lower-case words given a capital)."""
    quoted_values: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for example in examples:
        text = " ".join(example["sentence"].split())
        for _, relation, obj in example["triples"]:
            (quoted_values if obj.startswith('"') and not UNIT.match(obj) else others)[relation] += 1
            inner = obj[1:-1] if obj.startswith('"') else ""
            lower[relation] += inner[:1].islower()
            said = inner[:1].lower() + inner[1:]
            capital[relation] += inner[:1].isupper() and inner not in text and _said(said, text)
    return {
        f"quote:{r}": LOWER_QUOTED if 2 * lower[r] > n else CAPITAL_QUOTED if 2 * capital[r] > n else "1"
        for r, n in quoted_values.items()
        if (n >= 2 or not others[r]) and n > others[r]
    }


def _said(words: str, text: str) -> bool:
    """Whether ``text`` has ``words`` as whole words."""
    return bool(words) and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


VERBATIM_DATES = "verbatim:dates"
"""Names-table key set where the examples write every date as its text does, whatever the
property (one date at least, none rewritten: Wikidata's "21 May 1997")."""

_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def verbatim(prop: str, names: dict[str, str], value: str = "") -> bool:
    """Whether the examples write the property's values as the text does where kg would
    rewrite them (a date "08 July 2016", not ``2016-07-08``), or write all dates so and
    ``value`` is one (kg's rewriting of it, `VERBATIM_DATES`)."""
    return bool(names.get(f"verbatim:{prop}")) or bool(
        names.get(VERBATIM_DATES) and _ISO_DAY.fullmatch(value)
    )


def _verbatim(examples: Sequence[dict]) -> dict[str, str]:
    """Properties most of whose values that kg would write otherwise (at least two) the
    examples write as their sentence does (``verbatim:P``)."""
    as_written: Counter[str] = Counter()
    rewritten: Counter[str] = Counter()
    dates: Counter[bool] = Counter()  # dates as written (True) and rewritten (False)
    for example in examples:
        text = " ".join(example["sentence"].split())
        for _, relation, obj in example["triples"]:
            said = obj.replace("_", " ")
            if _ISO_DAY.fullmatch(canonical_name(said)):
                dates[said in text and said != canonical_name(said)] += 1
            if obj.startswith('"') or canonical_name(said) == "_".join(said.split()):
                continue  # quoted, or written as kg writes it anyway
            (as_written if said in text else rewritten)[relation] += 1
    found = {f"verbatim:{r}": "1" for r, n in as_written.items() if n >= 2 and n > rewritten[r]}
    if dates[True] and not dates[False]:
        found[VERBATIM_DATES] = "1"
    return found


NAME_WORDS = "namewords"
"""Names-table key of the lower-case words the examples' names hold (space-separated)."""


def _name_words(examples: Sequence[dict]) -> dict[str, str]:
    """Lower-case words inside the examples' names (after a capitalised first word or a
    number), in at least two different names: ``Uruguay_national_football_team`` makes
    "national", "football" and "team" words of a name, not words describing one."""
    names = {
        n for example in examples for s, _, o in example["triples"] for n in (s, o) if not n.startswith('"')
    }
    seen: Counter[str] = Counter()
    for name in names:
        first, *rest = re.split(r"[_ ]+", name)  # DBpedia's "Uruguay_national_…", Wikidata's spaces
        if first[:1].isupper() or first[:1].isdigit():  # "2011 Norland presidential election"
            seen.update({w for w in rest if w.isalpha() and w.islower() and w not in STOP_WORDS})
    words = sorted(w for w, n in seen.items() if n >= 2)
    return {NAME_WORDS: " ".join(words)} if words else {}


LOWER_TAIL = "shape:lower-tail"
"""Names-table key set where the examples name things with a capitalised word and a lower-case
one ("Banksia cuneata", "Pinus longaeva": the names of species)."""

MIN_LOWER_TAIL = 3


def _written(examples: Sequence[dict]) -> set[str]:
    """The examples' names, words spaced, that their own sentence writes just so: not
    DBpedia's "Mass_media" for the sentence's "mass media"."""
    return {
        text for example in examples for s, _, o in example["triples"] for n in (s, o)
        if (text := " ".join(n.replace("_", " ").split())) in example["sentence"]
    }  # fmt: skip


def _lower_tails(examples: Sequence[dict]) -> dict[str, str]:
    """`LOWER_TAIL`, where at least `MIN_LOWER_TAIL` different names of the examples are a
    capitalised word and a lower-case one that is no function word, as their sentences write
    them: the tagger takes the second for a common noun after a name ("Grozny club"), which it
    is not in these names."""
    shaped = {
        text for text in _written(examples)
        if len(words := text.split()) == 2 and words[0].istitle() and words[0].isalpha()
        and words[1].isalpha() and words[1].islower() and words[1] not in STOP_WORDS
    }  # fmt: skip
    return {LOWER_TAIL: "1"} if len(shaped) >= MIN_LOWER_TAIL else {}


NUMBERED = "shape:number-head"
"""Names-table key set where the examples name things with a number first ("433 Eros",
"3753 Cruithne": minor planets), written so in the sentence."""


def _number_heads(examples: Sequence[dict]) -> dict[str, str]:
    """`NUMBERED`, where at least two different names of the examples are a number and a
    capitalised word, as their sentences write them: the parser hangs such a number anywhere
    but on the name, so a mention would lose it."""
    numbered = {text for text in _written(examples) if re.fullmatch(r"\d+ [A-Z]\w*", text)}
    return {NUMBERED: "1"} if len(numbered) >= 2 else {}


SINGULAR = "singular:"
"""Names-table key prefix of a property whose values the examples name in the singular where
the sentence has the plural ("noodles" is ``Noodle``): at least twice, and more often than
they keep the plural ("rice noodles" is ``Rice_noodles``)."""


def _singulars(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """`SINGULAR` for each property whose values the examples write so."""
    made: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        plurals = {
            t.lower_: t.lemma_.lower() for t in doc if t.tag_ == "NNS" and t.lower_ != t.lemma_.lower()
        }
        for _, relation, obj in example["triples"]:
            last = obj.strip('"').replace("_", " ").split()[-1:]
            word = last[0].lower() if last else ""
            if word in plurals.values() and not re.search(rf"\b{re.escape(word)}\b", doc.text.lower()):
                made[relation] += 1  # the text's "noodles", the examples' Noodle
            elif word in plurals:
                kept[relation] += 1
    return {
        f"{SINGULAR}{relation}": "1"
        for relation, count in made.items()
        if count >= 2 and count > kept[relation]
    }


KIND = "kind:"
"""Names-table key prefix of a property whose values name their kind (`_kind_names`); the
value is the property's label words."""


def _kind_names(examples: Sequence[dict], ontology: Ontology) -> dict[str, str]:
    """Properties whose values end with the property's own label ("Pacific Standard Time
    Zone" is a time zone, "Labour Party" a party): kept when at least two of the examples'
    values that end so are values of that property, and more than half of them are (a
    "Mexico City" is a location, not a city). Keys are ``kind:PROPERTY``."""
    labels = {}
    for iri, term in ontology.properties.items():
        words = label_words(term.label).split()
        if not iri.startswith(KG) and words and all(word.isalpha() for word in words):
            labels[local_name(iri)] = words
    ending: Counter[str] = Counter()
    theirs: Counter[str] = Counter()
    for example in examples:
        for _, relation, obj in example["triples"]:
            words = obj.strip('"').replace("_", " ").lower().split()
            for local, label in labels.items():
                if len(words) > len(label) and words[-len(label) :] == label:
                    ending[local] += 1
                    said = ontology.named_property(relation)
                    theirs[local] += said is not None and local_name(said.iri) == local
    return {
        f"{KIND}{local}": " ".join(labels[local])
        for local, count in ending.items()
        if theirs[local] >= 2 and 2 * theirs[local] > count
    }


ARTICLE_DROPPED = "article:dropped:"
"""Names-table key prefix of a property's end (``PROPERTY:subject``) whose names the examples
write without the capitalised "The" before them, where others keep it (`kg.canonical.TITLE_THE`):
a painting is "The Night Watch", its museum "Rijksmuseum"."""


def _title_article(examples: Sequence[dict]) -> dict[str, str]:
    """`kg.canonical.TITLE_THE` where the examples keep a capitalised "The" the sentence writes
    before a name ("The Long Field", a film) more often than they drop it ("The University of
    Burgundy" is ``University_of_Burgundy``), and twice at least where they drop it at all.
    Only a "The" that begins the sentence or follows a punctuation mark counts: elsewhere, its
    capital says it is the name's own (`kg.titletags.title_the`), so "works for The
    Washington Post" kept says nothing of "The Pulitzer Prize was …"."""
    kept = dropped = 0
    ends: defaultdict[str, Counter[bool]] = defaultdict(Counter)  # property end → kept "The"?
    for example in examples:
        sentence = example["sentence"]
        said: defaultdict[str, set[str]] = defaultdict(set)  # name → the property ends it is at
        for s, r, o in example["triples"]:
            said[s].add(f"{r}:subject")
            said[o].add(f"{r}:object")
        for name, at in said.items():
            text = name.replace("_", " ")
            if name.startswith('"'):
                continue
            if text.startswith("The ") and _capital_unsaid(sentence, text):
                kept += 1
                for end in at:
                    ends[end][True] += 1
            elif not text.startswith("The ") and _capital_unsaid(sentence, f"The {text}"):
                dropped += 1
                for end in at:
                    ends[end][False] += 1
    if not (kept > dropped and (kept >= 2 or not dropped)):
        return {}
    # ... but not for the things the examples name without it: "The Rijksmuseum" is Rijksmuseum
    return {TITLE_THE: "1"} | {f"{ARTICLE_DROPPED}{end}": "1" for end, seen in ends.items() if not seen[True]}


def _as_labels(examples: Sequence[dict]) -> dict[str, str]:
    """`kg.canonical.AS_LABELS` where the examples write at least two names of more than one word,
    and all of them, with spaces between the words ("Lewis Hamilton")."""
    names = {
        name for example in examples for s, _, o in example["triples"] for name in (s, o)
        if not name.startswith('"') and re.search(r"\w[ _]\w", name)
    }  # fmt: skip
    spaced = [name for name in names if "_" not in name]
    return {AS_LABELS: "1"} if len(spaced) >= 2 and len(spaced) == len(names) else {}


def _capital_unsaid(sentence: str, said: str) -> bool:
    """Whether ``said`` stands in ``sentence`` where a capital says nothing of it: first, or
    after a punctuation mark."""
    befores = (sentence[: found.start()].rstrip() for found in re.finditer(re.escape(said), sentence))
    return any(not before or not before[-1].isalnum() for before in befores)


DISAMBIGUATED = "disambig:"
"""Names-table key prefix of a class (its local name) whose names the examples write with a
disambiguator in brackets the text leaves out (DBpedia's ``Balder_(comics)`` for "Balder", a
comics character); the value is the disambiguator."""


def _disambiguators(examples: Sequence[dict], ontology: Ontology) -> dict[str, str]:
    """`DISAMBIGUATED`, where at least two of the different names the examples show in a class
    (as the domain or range of their properties) carry the same disambiguator that their
    sentences don't write, more than carry none or any other (one footballer said of in twenty
    sentences is one name)."""
    classes: defaultdict[str, dict[str, str]] = defaultdict(dict)  # class → name → its mark
    for example in examples:
        for s, r, o in example["triples"]:
            term = ontology.named_property(r)
            if term is None:
                continue
            for name, kinds in ((s, term.domain), (o, term.range)):
                if name.startswith('"') or NUMBER.match(name):
                    continue
                found = re.search(r"_(\([^)]+\))$", name)
                said = found is not None and found.group(1).replace("_", " ") not in example["sentence"]
                for kind in kinds:
                    classes[local_name(kind)][name] = found.group(1) if found and said else ""
    kept = {}
    for group, marks in classes.items():
        seen = Counter(marks.values())
        (mark, count), *others = seen.most_common()
        if mark and count >= 2 and all(n < count for _, n in others):
            kept[f"{DISAMBIGUATED}{group}"] = mark
    return kept


def _suffixes(examples: Sequence[dict]) -> dict[str, str]:
    """Words the examples add after a property's values that the text leaves out ("English
    is spoken there" → ``English_language`` for ``language``, "a Gothic cathedral" → "Gothic
    architecture"): kept for a property when at
    least two values and most of its values show the same one, or every one of its values
    (one example is enough where no other leaves the word out). Keys are ``suffix:PROPERTY``
    (applied by `kg.relations.learned.LearnedExtractor.triples`)."""
    added: dict[str, Counter[str]] = defaultdict(Counter)
    values: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    for example in examples:
        text = " ".join(example["sentence"].split()).lower()
        for _, relation, obj in example["triples"]:
            if obj.startswith('"') or NUMBER.match(obj):
                continue
            joined = obj.replace(" ", "_")  # "Gothic architecture": Wikidata's label, spaced
            if "_" not in joined:
                plain[relation] += 1  # "Spanish": a value written without the word
                continue
            values[relation] += 1
            base, _, tail = joined.rpartition("_")
            if tail.startswith("(") or not tail[:1].islower():
                continue  # a disambiguator or a name's own word ("Juan_Perón" for "Juan Peron")
            said = base.replace("_", " ").lower()
            forms = {tail.lower(), tail.lower().removesuffix("s")}  # "a Celtic language": no word left out
            if re.search(rf"(?<!\w){re.escape(said)}(?!\w)", text) and not any(
                f"{said} {f}" in text for f in forms
            ):
                added[relation][f"_{tail}"] += 1
    suffixes = {}
    for relation, tails in added.items():
        tail, count = tails.most_common(1)[0]
        alone = count == values[relation] and not plain[relation]  # one example, none without it
        if (count >= 2 or alone) and count * 2 > values[relation]:
            suffixes[f"suffix:{relation}"] = tail
    return suffixes


def _word_forms(docs: Sequence[Doc], examples: Sequence[dict]) -> dict[str, str]:
    """Words the examples' names always spell otherwise than the text, learned by aligning
    each name with the words of the sentence that match it but for dots and case ("Juventus
    FC" is ``Juventus_F.C.``, so "FC" is written "F.C."). A form is kept if the examples show
    it at least twice and more often than the word left as it is. Keys are ``word:WORD``
    (see `kg.canonical.canonical_name`)."""

    def bare(word: str) -> str:
        return re.sub(r"[.\-–]", "", word).lower()

    changed: dict[str, Counter[str]] = defaultdict(Counter)
    kept: Counter[str] = Counter()
    for doc, example in zip(docs, examples, strict=True):
        words = [t.text for t in doc]
        for name in {n for s, _, o in example["triples"] for n in (s, o)}:
            target = name.strip('"').split("_")
            if len(target) < 2 or not all(target):
                continue
            for i in range(len(words) - len(target) + 1):
                window = words[i : i + len(target)]
                if all(bare(w) == bare(g) and bare(w) for w, g in zip(window, target, strict=True)):
                    for w, g in zip(window, target, strict=True):
                        if w == g:
                            kept[w] += 1
                        elif w.lower() != g.lower():  # case is the tagger's business
                            changed[w][g] += 1
                    break
    forms = {}
    for word, targets in changed.items():
        form, count = targets.most_common(1)[0]
        if count >= 2 and count > kept[word]:
            forms[f"word:{word}"] = form
    return forms
