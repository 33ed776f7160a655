"""Name normalisation shared by the loader (search keys) and the service (search input)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ASCII_NON_WORD = re.compile(r"[^0-9a-z]+")

_LATIN_FOLD = str.maketrans(
    {"ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ł": "l", "ŀ": "l", "ŧ": "t", "ı": "i"}
    | {"æ": "ae", "œ": "oe", "þ": "th"}
)
"""Latin letters that carry their accent (a stroke, a bar) in the letter itself, so that
decomposing them leaves nothing to strip: folded to their base letters like the others."""


@lru_cache(maxsize=1 << 17)  # the loader asks for the same few names many times
def normalize_name(text: str) -> str:
    """Fold case and Latin accents; punctuation becomes one space: 'Électrive  Co.' →
    'electrive co', 'Ørsted' → 'orsted'.

    Letters and digits of every script are kept ('宁德时代' stays '宁德时代'), with their
    marks outside Latin ('ガス' and 'カス' stay apart). The key is empty only when the text
    has no letter or digit at all; such a text names nothing (callers refuse it).
    """
    if text.isascii():
        return _ASCII_NON_WORD.sub(" ", text.lower()).strip()
    kept: list[str] = []
    base = ""  # the script of the letter the next combining marks belong to: latin, other, ""
    for c in unicodedata.normalize("NFKD", text):
        kind = unicodedata.category(c)[0]
        if kind == "M":
            if base == "other":  # a vowel sign, a voicing mark: part of the letter
                kept.append(c)
            continue  # a Latin accent, or a mark on nothing
        if kind in "LN":
            base = "latin" if c.isascii() or "LATIN" in unicodedata.name(c, "") else "other"
            kept.append(c)
        else:
            base = ""
            kept.append(" ")
    folded = unicodedata.normalize("NFKC", "".join(kept).casefold()).translate(_LATIN_FOLD)
    return " ".join(folded.split())
