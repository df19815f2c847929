"""/tmp probe (h212, round 36): the objective's strategy templates read only from an absolute match confidence F
(TemplateGraph.match_objective wrapped at run time; nothing in the package changed). Halves A only."""
import sys
sys.path.insert(0, '.')
from benchmarks.smart_relevance_cv import halves_a
from kpiguide.checks.smart import _default_relevance
from kpiguide.suggest.relevance import TemplateGraph

rel = _default_relevance()
orig = TemplateGraph.match_objective
pairs = list(halves_a())
GRID = (None, 0.4, 0.5, 0.6, 0.7)
for F in GRID:
    if F is None:
        TemplateGraph.match_objective = orig
    else:
        TemplateGraph.match_objective = lambda self, text, relative=0.6, F=F: [
            (t, c) for t, c in orig(self, text, relative) if c >= F]
    tp = fp = fn = 0
    for name, item, sib in pairs:
        g = float(rel.score(item["text"], item["objective"], siblings=sib)) >= 0.3
        lab = bool(item["relevant"])
        tp += g and lab; fp += g and not lab; fn += (not g) and lab
    print(F, (tp, fp, fn), f"P {tp/(tp+fp):.4f}", flush=True)
TemplateGraph.match_objective = orig
