"""How a name's written words join: hyphens between capitalised words ("Polish-Soviet War",
"Aix-en-Provence"), codes of letters and digits the tokenizer splits ("x86-64", "Core
i9-13900K"), and the lower-case particles of people's names ("John van den Brom").
`kg.names.phrase` gives a mention the whole of such words."""

from __future__ import annotations

from spacy.tokens import Span, Token

HYPHENS = frozenset({"-", "–", "‐"})
"""The hyphens that join written words with no spaces."""

PARTICLES = frozenset(
    {"van", "von", "den", "der", "de", "da", "di", "dos", "du", "del", "la", "le", "ter", "ten", "bin"}
)
"""Lower-case words inside people's names ("John van den Brom", "Jorge Orosmán da Silva")."""


def hyphenated(span: Span) -> Span:
    """A name with the capitalised words hyphens join to it, spaces none: "Polish-Soviet
    War", not "Soviet War"; "Austria-Hungary", not "Hungary"; "Aix-en-Provence", a lower-case
    word between two hyphens, not "Provence"."""
    doc = span.doc
    if not any(t.pos_ == "PROPN" for t in span):
        return span
    start, end = span.start, span.end

    def joined(left: Token, hyphen: Token, right: Token, word: Token) -> bool:
        """Whether ``left``, ``hyphen`` and ``right`` are written with no space, and ``word``
        (the one of them joined on) is capitalised or a number."""
        return (
            hyphen.text in HYPHENS
            and not left.whitespace_
            and not hyphen.whitespace_
            and (word.is_title or word.is_upper or word.like_num)
        )

    def linked(first: int) -> bool:
        """Whether ``doc[first : first + 5]`` are two capitalised words joined by a lower-case
        one between hyphens, spaces none: "Aix-en-Provence", "Stratford-upon-Avon"."""
        if first < 0 or first + 4 >= len(doc) or not (doc[first + 2].is_lower and doc[first + 2].is_alpha):
            return False
        left, hyphen, word, other, right = doc[first : first + 5]
        return joined(left, hyphen, word, left) and joined(word, other, right, right)

    while True:
        if start >= 2 and joined(doc[start - 2], doc[start - 1], doc[start], doc[start - 2]):
            start -= 2
        elif linked(start - 4):
            start -= 4
        else:
            break
        while start > 0 and doc[start - 1].pos_ == "PROPN" and start <= doc[start - 1].head.i < end:
            start -= 1  # "St. Vincent-St. Mary High School": the words before the joined one
    while True:
        if end + 1 < len(doc) and joined(doc[end - 1], doc[end], doc[end + 1], doc[end + 1]):
            end += 2
        elif linked(end - 1):
            end += 4
        else:
            break
    return doc[start:end]


def after_capital_hyphen(token: Token) -> bool:
    """Whether ``token`` is the lower-case second half of a word a hyphen joins to a
    capitalised one ("language" of "Swedish-language", "winning" of "Oscar-winning"; not
    "IIA" of "H-IIA", a name, nor "arem" of "Arem-arem", a word said twice)."""
    doc, i = token.doc, token.i
    return (
        i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
        and doc[i - 2].is_title and token.is_lower and token.lower_ != doc[i - 2].lower_
    )  # fmt: skip


def _code_piece(token: Token) -> bool:
    """Whether ``token`` can be part of a code's written word: letters, digits or a hyphen."""
    return token.text.isalnum() or token.text in HYPHENS


def coded_word(span: Span) -> Span:
    """A mention with the whole of a code it begins or ends inside, a word of letters and
    digits that the tokenizer splits at its hyphens and before a unit's letter ("x86-64",
    "Core i9-13900K", not "13900" and "K"), and the name words hung before it ("Core")."""
    doc = span.doc
    start, end = span.start, span.end
    if not len(span):
        return span
    while start > 0 and not doc[start - 1].whitespace_ and _code_piece(doc[start - 1]):
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and _code_piece(doc[end]):
        end += 1
    if (start, end) == (span.start, span.end):
        return span  # the common case, read first: no word goes on past the mention
    while start < span.start and doc[start].text in HYPHENS:
        start += 1
    while end > span.end and doc[end - 1].text in HYPHENS:
        end -= 1
    word = doc[start:end].text
    if (start, end) == (span.start, span.end) or not (
        any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
    ):
        return span
    while start > 0 and doc[start - 1].pos_ == "PROPN" and start <= doc[start - 1].head.i < end:
        start -= 1
    return doc[start:end]
