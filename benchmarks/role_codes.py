"""Check the occupation codes of the role library against CSCO 2022 and O*NET-SOC (the external data).

Every CSCO 2022 code of a role must be a level-4 occupation of 职业分类大典2022 and every O*NET-SOC code an
occupation of O*NET 29.3; prints each role's codes with the official names so a reader can judge the match,
and writes the coverage to benchmarks/results/suggest.md (section ``roles``).

    python benchmarks/role_codes.py --data /work/shared/data/external
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from suggest_common import ROOT, today, write_section

from kpiguide.catalog import taxonomy
from kpiguide.catalog.roles import load_roles


def main() -> int:
    default = os.environ.get("KPIGUIDE_EXTERNAL_DATA") or str(ROOT.parent / "shared" / "data" / "external")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default, help="external data folder")
    parser.add_argument("--quick", action="store_true", help="check only; print a summary, write nothing")
    parser.add_argument("--list", action="store_true", help="print every role with the official occupation names")
    args = parser.parse_args()
    data = Path(args.data)
    csco_file = data / "csco2022_zh" / "csco2022_occupations.csv"
    onet_file = data / "onet_occupations" / "onet_occupations.csv"
    if not csco_file.exists() or not onet_file.exists():
        print(f"external data missing under {data}; nothing checked")
        return 0
    with csco_file.open(encoding="utf-8") as f:
        csco = {r["code"]: r["name_clean"] for r in csv.DictReader(f) if r["level"] == "4"}
    with onet_file.open(encoding="utf-8") as f:
        onet = {r["onet_soc_code"]: r["title"] for r in csv.DictReader(f)}
    roles = load_roles()
    bad = [(r.id, c) for r in roles for c in r.csco if c not in csco]
    bad += [(r.id, c) for r in roles for c in r.onet_soc if c not in onet]
    for role in roles if args.list else ():
        names = [csco.get(c, "?") for c in role.csco] + [onet.get(c, "?") for c in role.onet_soc]
        print(f"{role.id:32s} {role.title_zh} / {role.title_en}: {'; '.join(names) or '-'}")
    n = len(roles)
    tax = taxonomy()
    lines = [
        "## Role library (role_codes.py)",
        "",
        f"{n} role archetypes over {len({r.function for r in roles})}/{len(tax.functions)} functions and "
        f"{len({i for r in roles for i in r.industries} - {'general'})}/{len(tax.industries) - 1} industries; "
        f"{sum(1 for r in roles if r.csco)} with a CSCO 2022 code, {sum(1 for r in roles if r.onet_soc)} with an "
        f"O*NET-SOC code; codes not found in the official lists: {len(bad)}.",
        "",
        f"Run {today()}: `python benchmarks/role_codes.py --data {args.data}` (`--list` prints every role with the "
        "official occupation names).",
    ]
    print("\n".join(lines))
    for role_id, code in bad:
        print(f"NOT FOUND {role_id}: {code}", file=sys.stderr)
    if not args.quick:
        write_section("roles", "\n".join(lines))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
