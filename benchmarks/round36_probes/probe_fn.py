"""/tmp probe (h212, round 36): for an unplaced KPI, the business function its OWN words name (taxonomy hints)
linked to the objective like the function agreement. Halves A only. Not committed; copies no engine method body."""
import json, sys
sys.path.insert(0, '.')
from benchmarks.smart_relevance_cv import halves_a
from kpiguide.checks.smart import _default_relevance
from kpiguide.suggest import relevance as R

rel = _default_relevance()
sug = rel.suggester
graph, templates = sug.template_graph_, sug.templates_by_id_
out = []
for name, item, sib in halves_a():
    k, o = item["text"], item["objective"]
    base = float(rel.score(k, o, siblings=sib))
    placed = rel._indicator_of(k, None)
    kf = R._named_functions(sug, k) if placed[0] is None else []
    fl = 0.0
    if kf:
        of = set(R._named_functions(sug, o))
        if set(kf) & of:
            fl = 1.0
        for t, tc in graph.match_objective(o, R._STATED):
            owners = list(getattr(templates.get(graph.ids[t]), "functions", ()) or ())
            if owners[:1] and owners[0] in kf:
                fl = max(fl, tc)
    out.append({"set": name, "label": bool(item["relevant"]), "base": base, "fl": fl, "kf": kf,
                "neg": item.get("negative"), "k": k, "o": o})
json.dump(out, open('/tmp/kg/h212/probe/fn.json', 'w'), ensure_ascii=False)
def counts(S):
    tp = fp = fn = 0
    for p in out:
        s = max(p["base"], S * p["fl"] * 0.6) if S else p["base"]
        g = s >= 0.3
        tp += g and p["label"]; fp += g and not p["label"]; fn += (not g) and p["label"]
    return tp, fp, fn
for S in (None, 0.5, 0.7, 1.0):
    print(S, counts(S))
print(sum(1 for p in out if p["kf"]), "unplaced KPIs naming a function;", sum(1 for p in out if p["fl"]), "with a link")
