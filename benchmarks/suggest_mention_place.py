"""Round 29's lead lever check: the suggestion figures with a named role's mention rule by place
(``kpiguide.suggest.role_prior._MENTION_PLACE``) at a given value, written as ``--halves-json`` (0 = off).

    python benchmarks/suggest_mention_place.py 0 /tmp/off.json
    python benchmarks/suggest_mention_place.py 5 /tmp/on.json

Rule, fixed before the judged run: kept if, on the pooled halves B of fresh sets 1-20, id hit@5 and function hit@5
are not lower in either language against 0, at most 2 (half B, language) pairs have a lower id hit@5, and SMART's
pooled halves (``python benchmarks/smart_quality.py --halves``) have recall and precision not lower; otherwise 0.
"""

from __future__ import annotations

import sys

import suggest_quality

from kpiguide.suggest import role_prior

if __name__ == "__main__":
    role_prior._MENTION_PLACE = int(sys.argv[1])
    sys.argv = [sys.argv[0], "--no-write", "--halves-json", sys.argv[2]]  # --data: the default
    suggest_quality.main()
