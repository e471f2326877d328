"""The one exception type that callers of kg may want to catch."""

from __future__ import annotations


class KGError(Exception):
    """A problem with the user's input, store or environment, told in one line."""
