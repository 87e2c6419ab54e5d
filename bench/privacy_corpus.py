"""Run the personal-data detector over the real decisions and print what it finds.

    uv run python bench/privacy_corpus.py [--samples 20] [--seed 1] [--kind puhelin]

Prints counts per kind × certainty (official contacts counted apart), the number of documents
with at least one finding that would need the secretary's confirmation, the run time, and a
random sample of hits for a hand review. The sample is masked: a henkilötunnus shows only its
century sign and whether the check character is right, other hits keep only their first and
last characters, so nothing personal is copied out of the corpus into a log.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.privacy.detect import (
    Detection,
    DetectorSettings,
    Kind,
    detect,
    hetu_is_valid,
)
from desktop_app.publishing.leak import mask

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "decisions-fi.jsonl"


def masked(hit: Detection) -> str:
    if hit.kind == Kind.HETU:
        valid = "tarkiste oikein" if hetu_is_valid(hit.text) else "tarkiste väärin"
        temporary = (
            ", tilapäinen" if hit.text[7:10].isdigit() and int(hit.text[7:10]) >= 900 else ""
        )
        return f"DDMMYY{hit.text[6]}NNN? ({valid}{temporary})"
    return mask(hit.text)


def soften(text: str) -> str:
    """Context without names, addresses or numbers: capitalised words keep their initial."""
    text = re.sub(r"[\w.+-]+@[\w.-]+", "<sähköposti>", text)
    text = re.sub(r"\b([A-ZÄÖÅ])[a-zäöå]+", r"\1…", text)
    text = re.sub(r"\d{3,}", "###", text)
    return text.replace("\n", " ⏎ ")


def context(text: str, hit: Detection) -> str:
    """The words around the hit, softened, with the hit itself masked."""
    before = soften(text[max(0, hit.start - 50) : hit.start])
    after = soften(text[hit.end : hit.end + 30])
    return f"…{before}[{masked(hit)}]{after}…"


def via_check(corpus: Path, settings: DetectorSettings) -> int:
    """What ``paatospaja check`` would list if each decision were an item's description.

    The text goes through the editor's path (plain text → section HTML → plain text), so
    blank lines become single line breaks as in the app; only the personal-data findings
    are counted (the legal-element gaps of an imported text mean nothing).
    """
    from desktop_app.domain.model import AgendaItem, AppealType, Section
    from desktop_app.domain.richtext import from_plain_text, to_html
    from desktop_app.publishing.checks import ItemContext, check_item

    counts: Counter[tuple[str, str]] = Counter()
    items_with = 0
    started = time.perf_counter()
    with corpus.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            record = json.loads(line)
            item = AgendaItem(number, "kh", "", title=record.get("title", ""))
            item.sections[Section.DESCRIPTION] = to_html(from_plain_text(record.get("text", "")))
            item.appeal_type = AppealType.NONE
            findings = check_item(
                item, "§", ItemContext(standing=True), body_kind=None, appeals={}, settings=settings
            )
            privacy = [f for f in findings if f.code == "privacy.unconfirmed"]
            items_with += bool(privacy)
            for finding in privacy:
                counts[(finding.params["kind"], finding.params["certainty"])] += 1
    print(
        f"via check: {number + 1} items in {time.perf_counter() - started:.1f} s; "
        f"items with an unconfirmed finding: {items_with}"
    )
    for (kind, certainty), count in sorted(counts.items()):
        print(f"  privacy.unconfirmed {kind:<15}{certainty:<15}{count}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kind", help="sample only this kind")
    parser.add_argument(
        "--via-check",
        action="store_true",
        help="run each decision through the pre-publish check as an item's Selostus instead",
    )
    parser.add_argument(
        "--own-domains", default="", help="the workspace's own e-mail domains, comma-separated"
    )
    args = parser.parse_args()

    settings = DetectorSettings(
        own_domains=frozenset(d.strip() for d in args.own_domains.split(",") if d.strip())
    )
    if args.via_check:
        return via_check(args.corpus, settings)
    counts: Counter[tuple[str, str, str]] = Counter()
    docs_with_open = 0
    documents = 0
    hits: list[tuple[str, str, Detection]] = []
    started = time.perf_counter()
    with args.corpus.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record.get("text", "")
            documents += 1
            found = detect(text, settings)
            if any(h.needs_confirmation for h in found):
                docs_with_open += 1
            for hit in found:
                scope = "virkayhteystieto" if hit.official else "yksityinen"
                counts[(hit.kind.value, hit.certainty.value, scope)] += 1
                hits.append((record["id"], text, hit))
    elapsed = time.perf_counter() - started

    print(f"{documents} documents, detection {elapsed:.1f} s")
    print(f"documents with a finding to confirm: {docs_with_open}")
    print(f"{'kind':<15}{'certainty':<15}{'scope':<18}count")
    for (kind, certainty, scope), count in sorted(counts.items()):
        print(f"{kind:<15}{certainty:<15}{scope:<18}{count}")

    rng = random.Random(args.seed)
    pool = [h for h in hits if not args.kind or h[2].kind.value == args.kind]
    print(f"\n{min(args.samples, len(pool))} random hits for a hand review (seed {args.seed}):")
    for doc_id, text, hit in rng.sample(pool, min(args.samples, len(pool))):
        flag = "virka" if hit.official else "vahvistettava"
        print(
            f"- {doc_id[:16]} {hit.kind.value}/{hit.certainty.value}/{flag}: {context(text, hit)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
