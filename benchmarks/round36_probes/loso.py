"""Round 36 probes: round 32's choice per fold (leave one held set out) over the per-pair scores that probe_fn.py and
probe_agree.py (commit 9a3c95d) write to /tmp/kg/h212/probe/{fn,agree}.json (halves A of held-out 6-33 only)."""
import json
from collections import Counter

fn = json.load(open('/tmp/kg/h212/probe/fn.json'))
ag = json.load(open('/tmp/kg/h212/probe/agree.json'))


def sc_fn(p, S):
    return p['base'] if S is None else max(p['base'], S * p['fl'] * 0.6)


def sc_ag(p, S):
    return p['base'] if S is None else p['sc'][str(S)]


def counts(ps, f, S):
    tp = fp = fn_ = 0
    for p in ps:
        g = f(p, S) >= 0.3
        tp += g and p['label']; fp += g and not p['label']; fn_ += (not g) and p['label']
    return tp, fp, fn_


def choose(train, f, grid):
    tp0, fp0, _ = counts(train, f, None)
    best, bt = None, tp0
    for v in sorted(grid):
        tp, fp, _ = counts(train, f, v)
        if tp > bt and tp * (tp0 + fp0) >= tp0 * (tp + fp):
            best, bt = v, tp
    return best


for name, data, f, grid in (('named', fn, sc_fn, (0.5, 0.7, 1.0)), ('agree', ag, sc_ag, (0.85, 1.0))):
    sets = list(dict.fromkeys(p['set'] for p in data))
    chosen, tot = {}, [0, 0, 0]
    for s in sets:
        c = choose([p for p in data if p['set'] != s], f, grid)
        chosen[s] = c
        t = counts([p for p in data if p['set'] == s], f, c)
        tot = [a + b for a, b in zip(tot, t)]
    print(name, len(sets), 'folds, chosen', dict(Counter(chosen.values())), 'out of fold TP/FP/FN', tot,
          'on all the halves A', choose(data, f, grid))
