"""How well the index keys gather the forms of one word, judged by Voikko's dictionary.

    uv run python bench/key_consistency.py [--worst N]

Every Finnish word of ../shared/corpus/decisions-fi.jsonl that Voikko (libvoikko + voikko-fi,
in the dev dependencies) gives exactly one base form is counted as often as it occurs.
"split" is the share of those words whose key is not the most common key of their base form
(a base-form query misses them); "merged" is the share whose key mostly belongs to another
base form (a query finds them by mistake). Printed for Whoosh's Snowball stems, which the
baseline index uses, and for :func:`desktop_app.search.analysis.finnish_key`; --worst lists
the base forms that lose the most words, to see which rule to try next.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop_app.search import voikko  # noqa: E402
from desktop_app.search.analysis import _STEMMER, STOP_WORDS, finnish_key  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "decisions-fi.jsonl"


def word_counts() -> Counter[str]:
    counts: Counter[str] = Counter()
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("lang") == "sv":
                continue
            text = f"{record.get('title', '')} {record.get('text', '')}".lower()
            counts.update(
                w for w in re.findall(r"\w+", text) if w.isalpha() and w not in STOP_WORDS
            )
    return counts


def consistency(
    counts: Counter[str], lemma: dict[str, str], key_of: Callable[[str], str]
) -> tuple[float, float, list[tuple[int, str, list[tuple[str, int]]]]]:
    keys_of_lemma: dict[str, Counter[str]] = defaultdict(Counter)
    lemmas_of_key: dict[str, Counter[str]] = defaultdict(Counter)
    for word, base in lemma.items():
        key = key_of(word)
        keys_of_lemma[base][key] += counts[word]
        lemmas_of_key[key][base] += counts[word]
    total = sum(counts[word] for word in lemma)

    def lost(groups: dict[str, Counter[str]]) -> int:
        return sum(sum(c.values()) - c.most_common(1)[0][1] for c in groups.values())

    worst = sorted(
        (
            (sum(c.values()) - c.most_common(1)[0][1], base, c.most_common(4))
            for base, c in keys_of_lemma.items()
        ),
        reverse=True,
    )
    return lost(keys_of_lemma) / total, lost(lemmas_of_key) / total, worst


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worst", type=int, default=0)
    args = parser.parse_args()
    if not voikko.available():
        print("Voikko (libvoikko + voikko-fi) is not installed: nothing to judge the keys by")
        return 1
    counts = word_counts()
    lemma: dict[str, str] = {}
    for word in counts:
        bases = voikko.dictionary_base_forms(word)
        if len(bases) == 1:
            lemma[word] = bases[0]
    print(f"{sum(counts[w] for w in lemma)} words ({len(lemma)} distinct) with one base form")
    print(f"{'keys':<22} {'split':>7} {'merged':>7}")
    for name, key_of in (("Snowball (baseline)", _STEMMER.stem), ("finnish_key", finnish_key)):
        split, merged, worst = consistency(counts, lemma, key_of)
        print(f"{name:<22} {split:>7.2%} {merged:>7.2%}")
    for lost, base, keys in worst[: args.worst]:
        print(f"  {lost:>6}  {base:<24} {keys}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
