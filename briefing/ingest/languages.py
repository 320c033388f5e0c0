"""The language of a page, its stopwords and its sentence punctuation.

Stopword lists come from jusText (BSD licence, installed with trafilatura), which keeps lists for about a
hundred languages. A page's language is guessed once from its script and from which list its words hit most.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections import Counter
from functools import lru_cache

# Languages tried for a page in the Latin or Cyrillic script (jusText's list names), most common first.
LATIN = (
    "English",
    "German",
    "French",
    "Spanish",
    "Portuguese",
    "Italian",
    "Dutch",
    "Polish",
    "Indonesian",
    "Turkish",
    "Swedish",
    "Danish",
    "Norwegian_Bokmal",
    "Finnish",
    "Czech",
    "Slovak",
    "Hungarian",
    "Romanian",
    "Croatian",
    "Slovenian",
    "Lithuanian",
    "Latvian",
    "Estonian",
    "Vietnamese",
    "Tagalog",
    "Catalan",
    "Albanian",
)
# jusText's lists of more than 1,000 words (long word-frequency lists): slower to read, weaker evidence.
LONG_LISTS = {"pl", "tr", "fi", "cs", "sk", "hu", "hr", "sl", "lt", "lv", "et", "uk", "bg", "sr", "mk", "be", "kk"}
CYRILLIC = ("Russian", "Ukrainian", "Bulgarian", "Serbian", "Macedonian", "Belarusian", "Kazakh")
CODES = {
    "English": "en",
    "German": "de",
    "French": "fr",
    "Spanish": "es",
    "Portuguese": "pt",
    "Italian": "it",
    "Dutch": "nl",
    "Polish": "pl",
    "Indonesian": "id",
    "Turkish": "tr",
    "Swedish": "sv",
    "Danish": "da",
    "Norwegian_Bokmal": "no",
    "Finnish": "fi",
    "Czech": "cs",
    "Slovak": "sk",
    "Hungarian": "hu",
    "Romanian": "ro",
    "Croatian": "hr",
    "Slovenian": "sl",
    "Lithuanian": "lt",
    "Latvian": "lv",
    "Estonian": "et",
    "Vietnamese": "vi",
    "Tagalog": "tl",
    "Catalan": "ca",
    "Albanian": "sq",
    "Russian": "ru",
    "Ukrainian": "uk",
    "Bulgarian": "bg",
    "Serbian": "sr",
    "Macedonian": "mk",
    "Belarusian": "be",
    "Kazakh": "kk",
    "Korean": "ko",
    "Greek": "el",
    "Arabic": "ar",
    "Persian": "fa",
    "Hebrew": "he",
    "Hindi": "hi",
}
NAMES = {code: name for name, code in CODES.items()}
# Languages written without spaces between words: prose is judged by characters, not words.
UNSPACED = {"ja", "zh", "th"}
# Sentence-final punctuation in any of the scripts we read.
SENTENCE_PUNCT = ".!?…。！？｡"

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SCRIPTS = (
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("cyr", re.compile(r"[\u0400-\u04ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)


@lru_cache(maxsize=64)
def stopwords(code: str) -> frozenset[str]:
    """The stopwords of a language (ISO 639-1 code), lower case; empty for a language without a list."""
    name = NAMES.get(code)
    folder = _stoplist_folder()
    if not name or folder is None:
        return frozenset()
    try:
        with open(os.path.join(folder, f"{name}.txt"), encoding="utf-8") as handle:
            return frozenset(w.strip().lower() for w in handle if w.strip())
    except OSError:
        return frozenset()


@lru_cache(maxsize=1)
def _stoplist_folder() -> str | None:
    """jusText's stoplists folder, found without importing jusText (which would load lxml.html: a quarter
    of a second at every start)."""
    spec = importlib.util.find_spec("justext")
    for root in (spec.submodule_search_locations or []) if spec else []:
        folder = os.path.join(root, "stoplists")
        if os.path.isdir(folder):
            return folder
    return None


def detect_language(text: str) -> str:
    """A page's language as an ISO 639-1 code; 'en' when unsure."""
    sample = text[:200_000]
    letters = sum(1 for ch in sample[:50_000] if ch.isalpha()) or 1
    counts = {code: len(pattern.findall(sample[:50_000])) for code, pattern in _SCRIPTS}
    # Japanese mixes kana with Chinese characters; a few kana among Chinese text is still Japanese.
    if counts["ja"] >= max(20, 0.05 * letters):
        return "ja"
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if n >= 0.3 * letters:
        if script != "cyr":
            return script
        candidates: tuple[str, ...] = CYRILLIC
    else:
        candidates = LATIN
    words = Counter(w.lower() for w in _WORD.findall(sample))
    total = sum(words.values()) or 1

    def share(code: str) -> float:
        hits = sum(words[w] for w in stopwords(code) if w in words) / total
        # Some lists are long word-frequency lists that hit any text: count them for less.
        return hits if len(stopwords(code)) <= 1000 else 0.6 * hits

    if "English" in candidates and share("en") >= 0.4:
        return "en"
    # The short lists (the most common languages) first; the long ones are read only when none of them fits.
    scores = {CODES[name]: share(CODES[name]) for name in candidates if CODES[name] not in LONG_LISTS}
    if not scores or max(scores.values()) < 0.15:
        scores.update({CODES[name]: share(CODES[name]) for name in candidates if CODES[name] in LONG_LISTS})
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] > 0 else ("en" if candidates is LATIN else "ru")
