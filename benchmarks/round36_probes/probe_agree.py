"""/tmp probe (h212, round 36): an unplaced KPI whose closest indicator overall IS the closest indicator of the
objective's owning functions (the two readings name one indicator) read at a higher cap S. Halves A only."""
import json, sys
sys.path.insert(0, '.')
from benchmarks.smart_relevance_cv import halves_a
from kpiguide.checks.smart import _default_relevance

rel = _default_relevance()
out = []
S_GRID = (0.85, 1.0)
for name, item, sib in halves_a():
    k, o = item["text"], item["objective"]
    base = float(rel.score(k, o, siblings=sib))
    placed = rel._indicator_of(k, None)
    sc = {}
    agree = False
    if placed[0] is None:
        a, b = rel._closest_indicator(k), rel._owner_reading(k, o)
        agree = a[0] is not None and a[0] == b[0]
    for S in S_GRID:
        if agree:
            rel.unlinked_confidence = rel.owner_confidence = S
            sc[S] = float(rel.score(k, o, siblings=sib))
            rel.unlinked_confidence = rel.owner_confidence = 0.7
        else:
            sc[S] = base
    out.append({"set": name, "label": bool(item["relevant"]), "base": base, "sc": sc, "agree": agree,
                "neg": item.get("negative"), "k": k, "o": o})
json.dump(out, open('/tmp/kg/h212/probe/agree.json', 'w'), ensure_ascii=False)
def counts(S):
    tp = fp = fn = 0
    for p in out:
        s = p["sc"][S] if S else p["base"]
        g = s >= 0.3
        tp += g and p["label"]; fp += g and not p["label"]; fn += (not g) and p["label"]
    return tp, fp, fn
for S in (None, *S_GRID):
    print(S, counts(S))
print(sum(p["agree"] for p in out), "pairs whose two readings agree")
