"""Check the occupation codes of the role library against CSCO 2022 and O*NET-SOC (the external data).

Every CSCO 2022 code of a role must be a level-4 occupation of 职业分类大典2022 and every O*NET-SOC code an
occupation of O*NET 29.3; prints each role's codes with the official names so a reader can judge the match,
and writes the coverage to benchmarks/results/suggest.md (section ``roles``).  With ``--gaps`` it lists instead
the O*NET-SOC minor groups (first 5 characters of the code, e.g. ``29-20``) and the CSCO 2022 中类 (e.g.
``4-03``) that hold no code of any archetype, with their occupation counts, largest first, leaving out the groups
no company of the taxonomy's industries employs (:data:`EXCLUDED`), and writes them to
benchmarks/results/role_coverage.md (section ``gaps``; issue 12 round 21: the rule that chose the roles added then).

    python benchmarks/role_codes.py --data /work/shared/data/external [--gaps]
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
from kpiguide.catalog.roles import RoleLibrary, load_roles

COVERAGE = ROOT / "benchmarks" / "results" / "role_coverage.md"
# groups no company of the 13 industries of kpiguide/catalog/data/taxonomy.yaml employs (it has no agriculture,
# military or religious industry): prefix -> reason
EXCLUDED = {
    "45-": "O*NET 45 Farming, Fishing, and Forestry: the taxonomy has no agriculture industry",
    "55-": "O*NET 55 Military Specific: armed forces",
    "21-20": "O*NET 21-20 Religious Workers: religious work",
    "5-": "CSCO 5 农、林、牧、渔业生产及辅助人员: the taxonomy has no agriculture industry",
    "2-03": "CSCO 2-03 农业技术人员: agricultural technicians (no agriculture industry)",
    "7-": "CSCO 7 军队人员: armed forces",
    "1-01": "CSCO 1-01 中国共产党机关和基层组织负责人: heads of a political party's organs, no company job",
    "1-03": "CSCO 1-03 民主党派和工商联负责人: heads of political parties' organs, no company job",
}


def main() -> int:
    default = os.environ.get("KPIGUIDE_EXTERNAL_DATA") or str(ROOT.parent / "shared" / "data" / "external")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default, help="external data folder")
    parser.add_argument("--quick", action="store_true", help="check only; print a summary, write nothing")
    parser.add_argument("--list", action="store_true", help="print every role with the official occupation names")
    parser.add_argument(
        "--gaps", action="store_true", help="list the occupation groups no role covers (writes role_coverage.md)"
    )
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
    if args.gaps:
        body = gaps(roles, onet_file, csco_file, args.data)
        print(body)
        if not args.quick:
            write_section("gaps", body, COVERAGE, "# Role library: coverage of the occupational classifications")
        return 0
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


def _excluded(group: str) -> str:
    return next((why for prefix, why in EXCLUDED.items() if group.startswith(prefix)), "")


def gaps(roles: RoleLibrary, onet_file: Path, csco_file: Path, data: str) -> str:
    """The occupation groups of O*NET-SOC (minor group, 5 characters) and CSCO 2022 (中类, 4 characters) that hold
    no code of any role, largest first, as a Markdown section (the excluded groups named with their reason)."""
    with onet_file.open(encoding="utf-8") as f:
        onet = [(r["onet_soc_code"], r["title"]) for r in csv.DictReader(f)]
    with csco_file.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    csco = [(r["code"], r["name_clean"]) for r in rows if r["level"] == "4"]
    csco_names = {r["code"][:4]: r["name_clean"] for r in rows if r["level"] == "2"}
    parts = [("O*NET-SOC 29.3 minor group", onet, 5, {c[:5] for r in roles for c in r.onet_soc}, {})]
    parts.append(("CSCO 2022 中类", csco, 4, {c[:4] for r in roles for c in r.csco}, csco_names))
    lines = [
        "## Occupation groups without a role (role_codes.py --gaps)",
        "",
        f"Run {today()}: `python benchmarks/role_codes.py --data {data} --gaps`, over {len(roles)} role archetypes. "
        "A group is covered when one archetype holds a code of it; groups no company of the 13 industries of the "
        "taxonomy employs are left out (below).",
    ]
    for label, occupations, width, covered, names in parts:
        groups: dict[str, list[str]] = {}
        for code, title in occupations:
            groups.setdefault(code[:width], []).append(title)
        open_ = [(g, t) for g, t in groups.items() if g not in covered and not _excluded(g)]
        open_.sort(key=lambda item: (-len(item[1]), item[0]))
        n_open = sum(len(t) for _, t in open_)
        lines += [
            "",
            f"### {label}: {len(covered & set(groups))} of {len(groups)} covered, {len(open_)} open "
            f"({n_open} occupations)",
            "",
            "| group | occupations | name / first titles |",
            "|---|---|---|",
        ]
        for group, titles in open_:
            lines.append(f"| {group} | {len(titles)} | {names.get(group) or '; '.join(titles[:3])} |")
        skipped = sorted({g for g in groups if g not in covered and _excluded(g)})
        lines += ["", "Excluded, not covered: " + ", ".join(f"{g} ({len(groups[g])})" for g in skipped) + "."]
    lines += ["", "Reasons: " + "; ".join(EXCLUDED.values()) + "."]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
