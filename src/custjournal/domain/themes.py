"""Grouping short answers that say the same thing in other words into themes, offline.

"fast delivery", "they deliver quickly" and "delivered next day" are one theme. Each answer is
folded (case and accents), cut into words, stripped of the words that carry no topic (per
language), and each remaining word is stemmed with the Snowball stemmer of the answer's language
(`snowballstemmer`; the language is guessed from the customer's own words). Stems that are a
prefix of a longer stem of at least four letters are the same concept ("deliv" and "deliveri";
German "lief" and "liefer"). Themes are then taken greedily: the concept the most answers share
is the first theme and takes them, then the concept the most remaining answers share, and so on
(ties: the alphabet). The theme is named
by its most frequent answer (ties: the shortest, then the alphabet). The same answers give the same
themes on every run.

Competitor names (capitalised words the pain text names, `competitor_names`) are taken out
before grouping, so "BeanCo keeps missing deliveries" and "Roastwerk keeps missing deliveries"
are one theme.

How well this groups is measured in `docs/insights.md` (benchmarks/themes.py).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple, Protocol

from custjournal.domain.text import fold, is_cjk

# Words that carry no topic, folded, per language: function words plus the praise and blame
# words every answer uses ("great", "love"), which would otherwise pull unrelated answers
# together. Also the clues for guessing an answer's language.
STOPWORDS: dict[str, frozenset[str]] = {
    "english": frozenset(
        """a about after again all also always am an and any are as at be because been before
        being but by can could did do does doing don't down during each even ever every few for
        from further had has have having he her here hers him his how i i'm if in into is it its
        it's just me more most my no nor not now of off on once only or other our ours out over
        own same she should so some such than that the their theirs them then there these they
        this those through to too under until up very was we were what when where which while
        who whom why will with would you your yours us let lets get gets got keep keeps kept
        really much many still again one two great good love loved loves like liked likes nice
        best better excellent amazing awesome happy thanks thank well lot lots always never
        everything something anything nothing someone nobody everyone others via per""".split()
    ),
    "german": frozenset(
        """aber alle als also am an auch auf aus bei bin bis da damit dann das dass dem den der
        des die dies diese dieser doch dort du durch ein eine einem einen einer eines er es für
        hat hatte haben hier ich ihr ihre im immer in ist ja jetzt kann kein keine man mehr mit
        muss nach nicht noch nur ob oder ohne sehr sich sie sind so über um und uns unser unsere
        von vor war waren was weil wenn wer wie wir wird zu zum zur gut gute guter gutes toll
        super sehr lieben liebe mag mögen schön danke""".split()
    ),
    "french": frozenset(
        """a au aux avec ce ces cet cette dans de des du elle elles en est et eux il ils je la le
        les leur leurs lui ma mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui
        sa se ses son sont sur ta te tes toi ton tu un une vos votre vous y très tres bien bon
        bonne super toujours jamais aime aimé adore merci c'est""".split()
    ),
    "spanish": frozenset(
        """a al algo con de del el ella ellos en es esta este hay la las le les lo los me mi muy
        no nos o para pero por que se siempre sin su sus te tu un una uno y ya bien bueno buena
        gracias""".split()
    ),
    "italian": frozenset(
        """a al alla che ci come con da del della di e è gli ha hanno i il in la le lo ma mi molto
        nel non per più si sono su ti un una uno vi bene buono buona grazie sempre""".split()
    ),
    "dutch": frozenset(
        """aan al als bij dat de den der die dit een en er het hij hun ik in is je maar met mij
        niet nog of om onder ons ook op over te tot u uit van voor was wat we wij zij zijn
        altijd goed heel erg""".split()
    ),
    "portuguese": frozenset(
        """a ao as com da das de do dos e ela ele em entre era essa esse está isso mais mas me
        muito na nas no nos o os ou para pela pelo por que se sem sua suas também um uma você
        bom boa sempre obrigado""".split()
    ),
}

# Letters only some languages use: a clue when an answer has too few function words.
_LETTER_CLUES = {"german": "äöüß", "french": "çèêëîïôœùû", "spanish": "ñ¿¡", "portuguese": "ãõ"}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
# A run of capitalised words (with inner capitals, '&' or '-'), maybe with a possessive 's.
_NAME = re.compile(r"\b([A-ZÀ-ÖØ-Þ][\w&-]*(?:\s+[A-ZÀ-ÖØ-Þ&][\w&-]*)*)(?:['’]s)?")
# "the Kenyan AA", "our decaf Swiss Water": after an article or a possessive, and at most one
# word in lower case that is not a preposition ("the service at Kaffee Kontor" names a company),
# a run of capitals names a product.
_PRODUCT_BEFORE = re.compile(
    r"\b(?i:the|a|an|our|your|their|my|his|her)\s+"
    r"(?:(?!(?:at|from|with|by|to|of|in|on|for|than|and|or|about|via|over|near|like|as)\s)"
    r"[a-zà-öø-ÿ][\w-]*\s+)?$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s+)$")
_MIN_PREFIX = 4


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # noqa: N802 (snowballstemmer's name)


@lru_cache(maxsize=16)
def _stemmer(language: str) -> _Stemmer | None:
    import snowballstemmer  # type: ignore[import-untyped]

    try:
        stemmer: _Stemmer = snowballstemmer.stemmer(language)
    except KeyError:
        return None
    return stemmer


@lru_cache(maxsize=65536)
def language_clues(text: str) -> tuple[tuple[str, int], ...]:
    """How strongly *text* looks like each language: its script, else how many of each
    language's function words it uses, plus two for letters only that language uses."""
    if not text.isascii():
        for ch in text:
            if "\u0400" <= ch <= "\u04ff":
                return (("russian", 100),)
            if "\u0370" <= ch <= "\u03ff":
                return (("greek", 100),)
    words = [w.casefold() for w in _WORD.findall(text)]
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in STOPWORDS.items()}
    if not text.isascii():
        low = text.casefold()
        for lang, letters in _LETTER_CLUES.items():
            if any(ch in low for ch in letters):
                scores[lang] += 2
    return tuple((lang, n) for lang, n in scores.items() if n)


def guess_language(texts: Iterable[str]) -> str:
    """The Snowball language of *texts* (one customer's words): the language with the most
    clues over all of them; English when there are none (or among equals), then the order of
    STOPWORDS."""
    scores: Counter[str] = Counter()
    for text in texts:
        for lang, n in language_clues(text):
            scores[lang] += n
    if not scores:
        return "english"
    best = max(scores.values())
    return next(
        lang for lang in ("english", *STOPWORDS, "russian", "greek") if scores[lang] == best
    )


def competitor_names(texts: Sequence[str]) -> dict[int, str]:
    """The competitor each text names, by its index, where it names one.

    A name is a run of capitalised words. Inside a sentence any such run counts; at the start
    of a sentence it counts when it is followed by 's, has a capital inside it (BeanCo), is more
    than one word, or is met inside a sentence in another text, unless it is a word the texts
    also use in lower case ("Quality of the beans ..."). A run after "the", "our", "your"...
    names a product, not a company.
    """
    inner: set[str] = set()
    lower_words: set[str] = set()
    found: list[list[tuple[str, bool, bool]]] = []
    distinct = list(dict.fromkeys(texts))  # texts repeat: each is read once
    for text in distinct:
        lower_words.update(w for w in _WORD.findall(text) if w[:1].islower())
        runs = []
        for m in _NAME.finditer(text):
            name = m.group(1).strip()
            before = text[: m.start()]
            if _PRODUCT_BEFORE.search(before):
                continue  # "the Kenyan AA", "your Earl Grey": a product, not a company
            at_start = bool(_SENTENCE_START.search(before))
            possessive = m.group(0) != m.group(1)
            runs.append((name, at_start, possessive))
            if not at_start:
                inner.add(name)
        found.append(runs)
    lowered = {fold(w) for w in lower_words}
    named: dict[str, str] = {}
    for text, runs in zip(distinct, found, strict=True):
        for name, at_start, possessive in runs:
            words = name.split()
            if fold(words[0]) in STOPWORDS["english"] and len(words) > 1 and at_start:
                name = " ".join(words[1:])  # "The Roastwerk crew": the article is not the name
                words = words[1:]
            if not at_start or name in inner:
                keep = True
            else:
                camel = any(ch.isupper() for ch in name[1:].replace(" ", ""))
                keep = (possessive or camel or len(words) > 1) and fold(name) not in lowered
            if keep and fold(name) not in STOPWORDS["english"]:
                named[text] = name
                break
    return {i: named[text] for i, text in enumerate(texts) if text in named}


# What stands in for a competitor's name in a theme's name, by the answers' language: the theme
# holds the same complaint of several competitors (their names are listed beside it). Only where
# the stand-in fits the sentence whatever its grammar; elsewhere the name stays.
_STAND_IN = {"english": ("a competitor", "a competitor's")}


def without_name(text: str, name: str | None, language: str = "english") -> str:
    """*text* with the competitor *name* it names replaced by "a competitor" (English answers;
    others as they are)."""
    stand_in = _STAND_IN.get(language)
    if not name or stand_in is None or name not in text:
        return text
    plain, possessive = stand_in
    text = re.sub(rf"{re.escape(name)}['’]s\b", possessive, text)
    return text.replace(name, plain)


class Answer(NamedTuple):
    """One answer to group: its text, and the language to stem it in (a tuple: answers are
    many, and hashed)."""

    text: str
    language: str = "english"
    strip: str | None = None  # a name to take out before grouping (a competitor)


@lru_cache(maxsize=262144)
def _stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


@lru_cache(maxsize=65536)
def concepts_of(text: str, language: str) -> tuple[str, ...]:
    """The stems of *text*'s topic words, in order, each once (kept: answers repeat)."""
    stops = STOPWORDS.get(language, frozenset())
    result: list[str] = []
    folded = fold(text)
    if any(is_cjk(ch) for ch in folded):
        # Written without spaces: the answer's own characters are its one concept.
        key = "".join(ch for ch in folded if not ch.isspace() and ch.isalnum())
        return (key,) if key else ()
    for word in _WORD.findall(folded):
        word = word.replace("’", "'")
        if word in stops or len(word) < 2:
            continue
        if "'" in word:  # "l'équipe", "roaster's": the word without the elision or 's
            head, _, tail = word.partition("'")
            word = tail if len(head) <= 2 and len(tail) > 2 else head
            if word in stops or len(word) < 2:
                continue
        if language == "german" and word.startswith("ge") and len(word) > 6:
            word = word[2:]  # past participles: geliefert ~ liefert ~ Lieferung
        stem = _stem(word, language)
        if stem not in result:
            result.append(stem)
    return tuple(result)


def _merge_prefixes(stems: set[str]) -> dict[str, str]:
    """Each stem to the shortest stem (of at least four letters) it starts with."""
    mapping: dict[str, str] = {}
    roots: set[str] = set()
    for stem in sorted(stems, key=lambda s: (len(s), s)):
        root = next((stem[:n] for n in range(_MIN_PREFIX, len(stem)) if stem[:n] in roots), None)
        if root is None:
            mapping[stem] = stem
            if len(stem) >= _MIN_PREFIX:
                roots.add(stem)
        else:
            mapping[stem] = root
    return mapping


def group(
    answers: Sequence[Answer],
    *,
    weights: Sequence[int] | None = None,
    merge_prefixes: bool = True,
) -> list[tuple[str, list[int]]]:
    """Themes of *answers*: (key, indexes of its answers), most answers first.

    An answer with no topic word at all (only "great!") is in no theme. The key is the theme's
    concept, stable across runs. Answers repeat: each distinct one is worked out once.
    *weights* says how many times each answer was given (1 each by default).
    """
    distinct: dict[Answer, list[int]] = defaultdict(list)
    weight: Counter[Answer] = Counter()
    for i, answer in enumerate(answers):
        distinct[answer].append(i)
        weight[answer] += weights[i] if weights is not None else 1
    per_answer: dict[Answer, Sequence[str]] = {}
    for answer in distinct:
        text = answer.text
        if answer.strip:
            text = text.replace(answer.strip, " ")
        per_answer[answer] = concepts_of(text, answer.language)
    if merge_prefixes:
        mapping = _merge_prefixes({s for stems in per_answer.values() for s in stems})
        per_answer = {
            a: tuple(dict.fromkeys(mapping[s] for s in stems)) for a, stems in per_answer.items()
        }
    df: Counter[str] = Counter()
    for answer, stems in per_answer.items():
        n = weight[answer]
        for stem in stems:
            df[stem] += n
    # Greedy cover: the concept the most answers share (by weight) is the first theme, and takes
    # those answers; then the concept most of the answers left share, and so on. A word shared
    # across topics ("quick" delivery, "quick" service) thus never splits a topic that has a
    # word of its own ("deliver", "machine").
    holders: dict[str, list[Answer]] = defaultdict(list)
    for answer, stems in per_answer.items():
        for stem in stems:
            holders[stem].append(answer)
    left = dict(df)
    heap = [(-n, stem) for stem, n in left.items()]
    heapq.heapify(heap)
    taken: set[Answer] = set()
    themes: dict[str, list[int]] = {}
    size: Counter[str] = Counter()
    while heap:
        n, stem = heapq.heappop(heap)
        if -n != left[stem]:  # stale: answers were taken since
            if left[stem] > 0:
                heapq.heappush(heap, (-left[stem], stem))
            continue
        if not left[stem]:
            continue
        members = [a for a in holders[stem] if a not in taken]
        indexes: list[int] = []
        for answer in members:
            taken.add(answer)
            indexes.extend(distinct[answer])
            size[stem] += weight[answer]
            for other in per_answer[answer]:
                left[other] -= weight[answer]
        themes[stem] = sorted(indexes)
    return sorted(themes.items(), key=lambda item: (-size[item[0]], item[0]))


def theme_name(texts: Sequence[str], weights: Sequence[int] | None = None) -> str:
    """A theme's name: its most frequent answer (folded alike), the shortest of the equals.
    *weights* says how many times each text was given (1 each by default)."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    given: Counter[str] = Counter()
    for i, text in enumerate(texts):
        given[text] += weights[i] if weights is not None else 1
    for text, n in given.items():
        shown = " ".join(text.strip().rstrip(".!?;:").split())
        key = fold(shown)
        counts[key] += n
        first.setdefault(key, shown)
    key = min(counts, key=lambda k: (-counts[k], len(k), k))
    name = first[key]
    return name[:1].upper() + name[1:]
