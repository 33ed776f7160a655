"""Name normalisation shared by the loader (search keys) and the service (search input)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1 << 17)  # the loader asks for the same few names many times
def normalize_name(text: str) -> str:
    """Fold case and accents; punctuation becomes one space: 'Électrive  Co.' → 'electrive co'."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _NON_WORD.sub(" ", ascii_only).strip()
