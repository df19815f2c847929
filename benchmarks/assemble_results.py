"""Assemble benchmarks/RESULTS.md from the per-area sections in benchmarks/results/.

Each benchmark script writes its own section (with the command that reproduces it,
the machine and a baseline measured in the same run); this script only concatenates
them in a fixed order so that RESULTS.md is one page to read.
"""

from __future__ import annotations

from pathlib import Path

ORDER = ("suggest", "smart", "achievability", "evaluation", "import", "notebooks", "apps")
HEADER = """# Benchmark results

Every figure below was measured by the command shown with it, on the project's 2-core machine, next to a
baseline run in the same process. Goals come from the issues; a goal that is missed says so.
Sections are written by the scripts in `benchmarks/` into `benchmarks/results/`; this page is assembled with
`python benchmarks/assemble_results.py`.

"""


def main() -> None:
    folder = Path(__file__).resolve().parent
    parts = [HEADER]
    names = [*ORDER, *sorted(p.stem for p in (folder / "results").glob("*.md") if p.stem not in ORDER)]
    for name in names:
        path = folder / "results" / f"{name}.md"
        if path.exists():
            parts.append(path.read_text(encoding="utf-8").strip() + "\n\n")
    (folder / "RESULTS.md").write_text("".join(parts).rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
