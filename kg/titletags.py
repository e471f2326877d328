"""Titles spaCy's small English model cuts or takes for clauses and phrases: a work's name made
one name, its capitalised words proper nouns hung from its last, which takes the title's place in
the parse. `kg.repairs.ParseRepairs` runs them with the other repairs of the parse, and
`kg.mentions` takes the runs they find (`CLAUSE_TITLES`) as works' names.

- **A title taken for a clause.** "best known for To Kill a Mockingbird" and "wrote Things Fall
  Apart" make the title a clause with its own verb; a run of capitalised words (small words
  between them) holding a capitalised verb, after a preposition or a verb and not at a
  sentence's start, is one name (`clause_titles`).
- **A title taken for a common noun.** "a member of The Roots" tags "Roots" a plural noun; a
  capitalised noun after a title's own "The" (one after a word, not first nor after a
  punctuation mark) is a proper noun (`titled_nouns`).
- **A title in quotation marks taken for a phrase.** "\"Over the Rainbow\" is a song" makes
  "Over" a preposition of "is", which is left no subject; words in quotation marks, the first
  capitalised, not all proper nouns already, are one name, the subject of a verb after them
  that has none (`quoted_titles`).
- **A title that begins its sentence taken for a phrase.** "A Wrinkle in Time is a novel" makes
  "Wrinkle" the subject and "in Time" its phrase, and "On the Road is a novel" leaves "is" no
  subject; a capitalised article or preposition and capitalised words, small words between
  them, right before the sentence's verb, which has no other subject, are one name
  (`leading_titles`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

CLAUSE_TITLES = "kg_clause_titles"
"""``doc.user_data`` key of the (start, end) of the titles `clause_titles` found."""

_TITLE_SMALL = frozenset({"of", "the", "a", "an", "to", "in", "on"})
"""Small words a title writes in lower case between its capitalised ones."""


def clause_titles(doc: Doc) -> Doc:
    """``doc`` with every title the parser reads as a clause made one name: a run of capitalised
    words (and `_TITLE_SMALL` words between them) holding a capitalised verb, after a preposition
    or a verb and not at a sentence's start ("best known for To Kill a Mockingbird", "wrote
    Things Fall Apart"; a headline in title case begins its sentence). Its capitalised words
    are proper nouns hung from its last, which takes the place in the parse of the word the run
    hung from; the runs are left in ``doc.user_data`` (`CLAUSE_TITLES`) for the mentions, which
    take them from there."""
    found: list[tuple[int, int]] = []
    for verb in doc:
        if not (verb.pos_ in ("VERB", "AUX") and verb.is_title and not verb.is_sent_start):
            continue
        if found and found[-1][0] <= verb.i < found[-1][1]:
            continue
        start = verb.i
        while (
            start > 1
            and not doc[start].is_sent_start
            and (
                doc[start - 1].is_title or (doc[start - 1].lower_ in _TITLE_SMALL and doc[start - 2].is_title)
            )
        ):
            start -= 1
        end = verb.i + 1
        while end < len(doc) and (
            doc[end].is_title
            or (doc[end].lower_ in _TITLE_SMALL and end + 1 < len(doc) and doc[end + 1].is_title)
        ):
            end += 1
        before = doc[start - 1] if start > 0 else None
        if not (
            end - start >= 2 and before is not None and not doc[start].is_sent_start
            and before.pos_ in ("ADP", "VERB") and before.is_lower
        ):  # fmt: skip
            continue
        run = doc[start:end]
        top = run.root
        if top.head.i == top.i:
            continue  # the sentence's own verb: no title
        _one_name(run, top.head, "pobj" if top.head.pos_ == "ADP" else "dobj")
        found.append((start, end))
    doc.user_data[CLAUSE_TITLES] = found
    return doc


def _one_name(run: Span, head: Token, dep: str) -> None:
    """Make ``run`` one name in the parse: its last word hung from ``head`` as ``dep``, its other
    words from its last, an article as its determiner and any other as a compound, its
    capitalised words and its last proper nouns."""
    last = run[-1]
    last.head, last.dep_ = head, dep
    for token in run[:-1]:
        token.head = last
        token.dep_ = "det" if token.lower_ in ("the", "a", "an") else "compound"
        if token.is_title:
            token.pos_, token.tag_ = "PROPN", "NNP"
    last.pos_, last.tag_ = "PROPN", "NNP"


_QUOTES = {'"': '"', "“": "”"}
"""Opening quotation marks and the marks that close them."""


def quoted_titles(doc: Doc) -> Doc:
    """``doc`` with every title written in quotation marks that the parser reads as a phrase
    or a clause made one name: a run of words in quotation marks, the first capitalised, with
    no sentence's end inside ("\"Over the Rainbow\" is a song", which made "Over" a preposition
    of "is" and left the verb no subject). Its capitalised words are proper nouns hung from its
    last, which takes the run's place in the parse, as the subject of a verb after it that has
    none; the runs join `clause_titles`' in ``doc.user_data`` (`CLAUSE_TITLES`)."""
    found: list[tuple[int, int]] = list(doc.user_data.get(CLAUSE_TITLES, ()))
    for mark in doc:
        if mark.text not in _QUOTES or (mark.i > 0 and not doc[mark.i - 1].whitespace_ and mark.text == '"'):
            continue
        close = next((t.i for t in doc[mark.i + 1 : mark.i + 12] if t.text == _QUOTES[mark.text]), None)
        if close is None:
            continue
        end = close
        while end > mark.i + 1 and doc[end - 1].text in (",", ";", ":"):
            end -= 1  # "full name is \"Association Football Club Blackpool,\"": the sentence's comma
        run = doc[mark.i + 1 : end]
        if len(run) < 2:
            continue  # one word is named as it is tagged
        if (
            not run[0].is_title
            or any(t.is_sent_end and t.is_punct for t in run)
            or all(t.pos_ == "PROPN" for t in run)
        ):
            continue
        top = run.root
        if any(start <= top.i < end for start, end in found) or top.head.i == top.i:
            continue
        head = top.head
        if top.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "oprd"):
            dep = top.dep_
        elif head.pos_ == "ADP":
            dep = "pobj"
        elif head.i > close and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in head.children) else "nsubj"
        else:
            continue
        for child in list(top.children):
            if child.i >= close or child.i < mark.i:
                child.head = head  # what the title's root held outside the marks stays with the clause
        _one_name(run, head, dep)
        found.append((run.start, run.end))
    doc.user_data[CLAUSE_TITLES] = found
    return doc


_TITLE_ARTICLES = frozenset({"A", "An", "The"})
_TITLE_FIRST = _TITLE_ARTICLES | {"On", "Of", "In", "Off", "Into", "Under", "Over", "Around", "Across"}
"""Capitalised small words a title may begin with ("A Wrinkle in Time", "On the Road")."""

_NOT_IN_TITLES = frozenset(
    {"PERSON", "GPE", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
)
"""Entity labels of words that begin no title's run before a verb ("In Paris, …", "On Monday …")."""


def leading_titles(doc: Doc) -> Doc:
    """``doc`` with every title that begins its sentence (or follows the comma that closes a
    fronted participle's phrase) and that the parser cuts, made one name: a capitalised small
    word (`_TITLE_FIRST`) and capitalised words (two or more after an article), with
    `_TITLE_SMALL` words between them (after "The" only "of" and "the": "The Ashcombe Tower in
    Bristol" names a place), right before the sentence's verb ("A Wrinkle in Time is
    a novel", "The Way of Kings has …", "Published by Viking Press, On the Road is …"). Not a
    run of "The" and capitalised words alone, which the parser reads whole, nor one that holds
    a person, a place, a people's adjective or a date ("On Monday Apple said"), nor one a named
    entity of the tagger's holds whole ("The University of Bologna is …"), nor one before a verb
    that has a subject of its own. Its capitalised words but "The" are proper nouns hung from
    its last, the verb's subject; the runs join `clause_titles`' in ``doc.user_data``
    (`CLAUSE_TITLES`)."""
    found: list[tuple[int, int]] = list(doc.user_data.get(CLAUSE_TITLES, ()))
    for sent in doc.sents:
        start = sent.start
        first = doc[start]
        if first.tag_ == "VBN" and first.dep_ == "advcl":
            comma = next((t.i for t in doc[start : sent.end] if t.text == ","), None)
            start = comma + 1 if comma is not None and comma + 1 < sent.end else start
        if doc[start].text not in _TITLE_FIRST:
            continue
        # after "The", only "of" and "the" join: "The Ashcombe Tower in Bristol" is a place's name
        small = {"of", "the"} if doc[start].text == "The" else _TITLE_SMALL
        end = start + 1
        while end < sent.end and (
            doc[end].is_title or (doc[end].lower_ in small and end + 1 < sent.end and doc[end + 1].is_title)
        ):
            end += 1
        run = doc[start:end]
        verb = doc[end] if end < sent.end else None
        capitalised = [t for t in run[1:] if t.is_title]
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBD", "VBP"):
            continue
        if len(capitalised) < (2 if run[0].text in _TITLE_ARTICLES else 1):
            continue  # "The Beatles are …": a name with its article, as the tagger reads it
        if run[0].text == "The" and not any(t.is_lower for t in run):
            continue  # "The Dunmore Viaduct was designed …": a name the parser reads whole
        if any(t.ent_type_ in _NOT_IN_TITLES for t in run):
            continue
        if any(e.start <= run[1].i and capitalised[-1].i < e.end for e in doc.ents):
            continue  # a name the tagger reads whole: "The University of Bologna"
        if any(start <= begin < stop or begin <= start < stop for begin, stop in found):
            continue
        main = verb if verb.dep_ not in ("aux", "auxpass") else verb.head
        if any(c.dep_ in ("nsubj", "nsubjpass") and not (start <= c.i < end) for c in main.children):
            continue  # the verb's subject is another
        last = run[-1]
        if start <= main.head.i < end:  # "A Mighty Fortress Is Our God is …": the verb hung from the
            top = next(t for t in run if t.head == t or not start <= t.head.i < end)  # title's "Is"
            main.head, main.dep_ = (main, "ROOT") if top.head == top else (top.head, top.dep_)
        for child in [c for t in run for c in t.children if not (start <= c.i < end)]:
            if child != main:
                child.head = main
        passive = any(c.dep_ == "auxpass" for c in main.children)
        last.head, last.dep_ = main, "nsubjpass" if passive else "nsubj"
        for token in run[:-1]:
            token.head = last
            article = token.lower_ in ("the", "a", "an") and (token.i != start or token.text == "The")
            token.dep_ = "det" if article else "compound"  # a title's "A" is its word; "The" is left
            if token.is_title and not article:  # to the convention the examples show (TITLE_THE)
                token.pos_, token.tag_ = "PROPN", "NNP"
        last.pos_, last.tag_ = "PROPN", "NNP"
        found.append((start, end))
    doc.user_data[CLAUSE_TITLES] = found
    return doc


def title_the(the: Token) -> bool:
    """Whether a capitalised "The" is a title's own: written so after a word, not as a
    sentence's first word nor after a comma ("designed The Little Mermaid", "by The Beatles")."""
    return the.i > 0 and not the.is_sent_start and not the.doc[the.i - 1].is_punct


def titled_nouns(doc: Doc) -> Doc:
    """``doc`` with every capitalised common noun right after a title's own "The" (`title_the`)
    made a proper noun, and the capitalised nouns before it after that "The": "a member of
    The Roots" tags "Roots" a plural noun."""
    for the in doc[1:-1]:
        if the.text != "The" or not title_the(the):
            continue
        words = []
        for word in doc[the.i + 1 :]:
            if not (word.is_title and word.tag_ in ("NN", "NNS", "NNP", "NNPS")):
                break
            words.append(word)
        if words and words[-1].head.i not in range(the.i, words[-1].i):
            for word in words:
                if word.tag_ in ("NN", "NNS"):
                    word.pos_, word.tag_ = "PROPN", "NNPS" if word.tag_ == "NNS" else "NNP"
    return doc
