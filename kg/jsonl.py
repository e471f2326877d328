"""JSON Lines, the format of kg's rule files and of annotated examples: one object per line,
and an error that names the file and line of a bad one."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from kg.errors import KGError

T = TypeVar("T")


def read_jsonl(path: str | Path, parse: Callable[[dict, int], T], *, what: str) -> list[T]:
    """Parse each non-blank line of ``path`` with ``parse(data, line_number)``.

    Raises:
        KGError: the file can't be read, a line is not JSON, or ``parse`` fails on it
            (KeyError, TypeError, ValueError): ``"FILE:LINE: bad WHAT: reason"``.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KGError(
            f"Can't read {what} file '{path}': {getattr(error, 'strerror', None) or error}"
        ) from None
    items = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(parse(json.loads(line), number))
        except (KeyError, TypeError, ValueError) as error:  # JSONDecodeError is a ValueError
            raise KGError(f"{path}:{number}: bad {what}: {error}") from None
    return items
