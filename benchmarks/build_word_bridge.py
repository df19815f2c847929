"""Write the Chinese word bridge's word table (kpiguide/catalog/data/word_bridge.json).

The suggester renders a Chinese query as English words (kpiguide.suggest.bridge) through a table of Chinese word ->
English words learned from the texts the project holds in both languages (``aligned_pairs``: the built-in catalog's
indicators, the role library's archetypes with their official titles, the strategy templates), by Dice coefficient
(``WordBridge.learn``, ``PER_WORD`` English words per Chinese word).  Until round 21 the engine learned it at run time
from whatever it was fitted on, so any added role or indicator moved unrelated Chinese readings; since round 22 the
table is learned here once and shipped, and only moves when this script is run again (a reviewed change).

The file records the command, the date, the digest of the aligned texts it was learned from and their count.  Every
learned entry is kept (each key is a word the tokenizer produced from a catalog text, so a query can produce it too).

    python benchmarks/build_word_bridge.py [--check]
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpiguide.catalog import load_catalog
from kpiguide.catalog.roles import load_roles
from kpiguide.core.cache import digest
from kpiguide.suggest.bridge import PER_WORD, WordBridge, aligned_pairs, word_table_file

ROOT = Path(__file__).resolve().parents[1]
COMMAND = "python benchmarks/build_word_bridge.py"


def today_pairs() -> list[tuple[str, str]]:
    """The aligned texts exactly as the engine took them until round 21 (its fitted catalog's indicators, the role
    reading's archetypes, the catalog's strategy templates), for the built-in catalog and role library."""
    catalog = load_catalog()
    return aligned_pairs(catalog.indicators, tuple(load_roles()), catalog.templates)


def texts_digest(pairs: list[tuple[str, str]]) -> str:
    return digest(json.dumps(pairs, ensure_ascii=False))


def render_file(table: dict[str, tuple[str, ...]], pairs: list[tuple[str, str]]) -> str:
    """The JSON file: a few fields about how it was made, then the table sorted by Chinese word, one per line."""
    about = {
        "about": "Chinese word -> English words of the word bridge (kpiguide.suggest.bridge); do not edit by hand",
        "command": COMMAND,
        "date": datetime.date.today().isoformat(),
        "texts_digest": texts_digest(pairs),
        "aligned_pairs": len(pairs),
        "per_word": PER_WORD,
        "words": len(table),
    }
    head = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in about.items())
    rows = ",\n".join(
        f"    {json.dumps(z, ensure_ascii=False)}: {json.dumps(list(table[z]), ensure_ascii=False)}"
        for z in sorted(table)
    )
    return f'{{\n{head},\n  "table": {{\n{rows}\n  }}\n}}\n'


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped table; write nothing")
    args = parser.parse_args()
    pairs = today_pairs()
    table = WordBridge.learn(pairs, per_word=PER_WORD).table
    print(f"{len(pairs)} aligned pairs (digest {texts_digest(pairs)}): {len(table)} Chinese words")
    path = Path(str(word_table_file()))
    if args.check:
        shipped = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"table": {}}
        same = {z: tuple(es) for z, es in shipped["table"].items()} == table
        print(f"shipped table ({shipped.get('texts_digest')}): {'the same' if same else 'DIFFERENT'}")
        return 0
    path.write_text(render_file(table, pairs), encoding="utf-8")
    print(f"written {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
