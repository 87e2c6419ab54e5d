"""Recall and false positives of the personal-data detector on the generated test corpus.

    uv run python bench/privacy_report.py

The corpus is generated (tests/privacy_samples.py, fixed seeds): henkilötunnus with every
century sign, temporary 900-range codes and look-alikes with a wrong check character, and
look-alike non-codes (dates, Dno strings, invoice and reference numbers, IBAN fragments,
property ids, times, amounts) plus phone numbers. Prints the counts and every false positive.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.privacy.detect import Certainty, Kind, detect
from tests.privacy_samples import code_texts, generated_codes, lookalike_texts, phone_texts


def main() -> int:
    started = time.perf_counter()
    samples = generated_codes()
    found = wrong_certainty = 0
    for sample, text in code_texts(samples):
        hits = [h for h in detect(text) if h.kind == Kind.HETU and h.text == sample.code]
        if hits:
            found += 1
            expected = Certainty.CERTAIN if sample.valid else Certainty.LIKELY
            wrong_certainty += hits[0].certainty != expected
    signs = Counter(s.sign for s in samples)
    print(
        f"codes: {len(samples)} ({sum(s.valid for s in samples)} valid, "
        f"{sum(not s.valid for s in samples)} wrong check character, "
        f"{sum(s.temporary for s in samples)} temporary 900–999)"
    )
    print("century signs:", " ".join(f"{sign}:{count}" for sign, count in sorted(signs.items())))
    print(
        f"recall: {found}/{len(samples)} = {found / len(samples):.1%}; "
        f"wrong certainty: {wrong_certainty}"
    )

    lookalikes = lookalike_texts()
    false_positives = [(h, t) for t in lookalikes for h in detect(t)]
    by_kind = Counter(h.kind.value for h, _ in false_positives)
    print(
        f"\nlook-alike non-codes: {len(lookalikes)}; false positives: {len(false_positives)}"
        f" {dict(by_kind)}"
    )
    for hit, text in false_positives:
        print(f"  {hit.kind.value} ({hit.certainty.value}): {hit.text!r} in {text!r}")

    phones = phone_texts()
    phone_hits = sum(1 for t in phones if [h.kind for h in detect(t)] == [Kind.PHONE])
    print(f"\nphone numbers: {phone_hits}/{len(phones)} found as phone numbers only")
    print(f"time: {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
