"""Catalog knowledge for "does this KPI serve this objective?" (the SMART *relevant* criterion).

Word overlap misses most real links: 回款率 (collection rate) serves 改善经营性现金流 (operating
cash flow) without sharing a word with it.  The catalog knows the link: the strategy template
"improve cash flow" is measured by days sales outstanding, and the template "collect receivables
faster", measured by the collection rate, drives it.  :class:`TemplateGraph` holds that knowledge
(the templates, the indicators that measure each, and the cause-and-effect links), and
:func:`knowledge_link` scores a KPI against an objective through it:

1. the KPI is mapped to the catalog indicators it most likely is (scores from the suggester's index);
2. the objective is mapped to the strategy templates it most likely is;
3. the link is strong when one of the KPI's indicators measures one of those templates (1.0), or a
   template directly linked to it — a cause or effect in the strategy map, or a template measured
   by a shared indicator (:data:`LINKED_WEIGHT`); an indicator that is not listed but is close to a
   listed one counts by its text similarity to it;
4. the KPI text itself may match the template (or a linked one) directly.

Each step carries a confidence (how clearly the text matches the indicator / template), and the
link score is the product of the confidences and the link weight.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np

from kpiguide.core.i18n import has_cjk
from kpiguide.suggest.role_prior import named_functions
from kpiguide.text.analysis import analyze, stem
from kpiguide.text.index import BilingualIndex

__all__ = ["DRIVER_WEIGHT", "LINKED_WEIGHT", "LinkedRelevance", "RelevanceLink", "TemplateGraph", "knowledge_link"]

LINKED_WEIGHT = 0.6
"""Weight of a link through a directly linked template (cause/effect or shared indicator)."""
TEMPLATE_LINKED_WEIGHT = 0.5
"""Weight of a KPI text naming a template directly linked to the objective's (round 7, chosen on development sets)."""
UNLINKED_CONFIDENCE_DEFAULT = 0.7
"""Highest confidence of the reading of a KPI the linker does not place: its closest indicator (round 7, chosen on
the development sets: 0.5 / 0.7 / 1.0 tried)."""
OWNER_CONFIDENCE_DEFAULT = 0.7
"""Highest confidence of the reading of an unplaced KPI among the indicators of the functions owning the objective
(round 10, chosen on the halves A of held-out 8 and 9)."""
FUNCTION_WEIGHT_DEFAULT = 0.6
"""Weight of a link from an indicator to an objective its own function owns (tuned on SMART sets 1-4)."""
FOREIGN_CONFIDENCE_DEFAULT = 0.6
"""Link confidence from which a KPI of a function without a stake in the objective is judged by its link only."""
OBJECT_TEXT = 0.25
"""Text relevance from which a KPI sharing its object word with the objective counts as relevant (round 11: chosen on
the halves A of held-out 6-10; 0.15 / 0.2 / 0.25 gain the same there)."""
OBJECT_SCORE = 0.3
"""What such a KPI scores at least: the SMART check's threshold for relevant."""
OBJECT_IDF = 4.5
"""Lowest catalog idf of an object word: rarer than rate, time, customer, service (idf 1-3)."""
SIBLING_OBJECT_DEFAULT = True
"""Round 23 lever (on): the objective's own object with the scheme's other objectives.  A word the KPI and its objective
share that the catalog has no word for (:meth:`LinkedRelevance.outside_objects`) counts only when no OTHER objective of
the same scheme carries it (:meth:`LinkedRelevance.own_objects`); the pair then scores at least :data:`OBJECT_SCORE`.
Only when the caller gives the scheme's other objectives (``siblings``); without them the score is unchanged.  Judged
on the pooled halves B of held-out 6-20 (today's engine in the same run): TP / FP / FN 223 / 21 / 180 -> 231 / 21 / 172
(P 0.914 -> 0.917, R 0.553 -> 0.573), hard-negative false positives 12 -> 12, held-out 20's half B 1 / 0 / 25 -> 3 / 0 /
23: it passed the round's rule (benchmarks/results/smart_round23.md)."""
READING_CAPS = (0.8, 0.9, 1.0)
"""Round 26 lever: the READING CAP of a KPI the linker does not place.  Such a KPI is read as the index's closest
indicator (:data:`UNLINKED_CONFIDENCE_DEFAULT`) and as the closest indicator of the functions owning the objective's
templates (:data:`OWNER_CONFIDENCE_DEFAULT`), each at a confidence of at most 0.7 (chosen in rounds 7 and 10; round 10
tried the owner reading's cap on the halves A and B of held-out 6-9).  The lever sets both caps to one of these values
(``LinkedRelevance(unlinked_confidence=CAP, owner_confidence=CAP)``); which one, or today's 0.7, is chosen by leave
one set out over the halves A of held-out 6-23 (``python benchmarks/smart_relevance_cv.py --round26``): the cap of
highest pooled true positives at 0.3 with pooled precision not lower than today's engine's on the training halves A
(ties: the lower cap, today's first).  Fixed before its first run; to be judged on the pooled halves B (``python benchmarks/smart_quality.py --halves --reading-cap CAP``).
Result: today's 0.7 was chosen in 17 of 18 folds and on all the halves A together (all halves A TP / FP / FN: 0.7 249 /
28 / 175, 0.8 254 / 29 / 170, 0.9 255 / 31 / 169, 1.0 258 / 38 / 166), so the caps stay 0.7 and the halves B were not
run (benchmarks/results/smart_round26.md)."""
CLAUSE_TEXT_DEFAULT: float | None = 0.85
"""Round 32 lever: the CLAUSE TEXT of a KPI the linker does not place.  Such a KPI's relevance is read from text only
(its readings link it through the objective's templates, and the suggester's text relevance compares the KPI with the
whole objective); a long objective of several clauses (a Chinese bureau's 'assess and guide local monitoring
work; train monitoring staff'; 'increase enrolment, and improve completion') dilutes the direct word similarity of a
KPI that is about one clause.  The strategy templates are already read per clause
(:meth:`TemplateGraph.match_objective`); with a scale S here the text relevance of an unplaced KPI is also read per
clause: the larger of the suggester's text relevance and S x the highest direct
word similarity (:meth:`IndicatorSuggester.direct_relevance`: the cosine of the idf-weighted word vectors) of the KPI
with one clause of the objective (the clauses :meth:`TemplateGraph.match_objective` reads; an objective of one clause
adds nothing).  The object-word rule then applies to it as to any text relevance.  A placed KPI is left to its
indicator; no word list, no template, no sibling.  ``None`` turns it off.  S, or off, is chosen by leave one set out
over the halves A of held-out 6-29 (``python benchmarks/smart_relevance_cv.py --round32``, :data:`CLAUSE_TEXT_SCALES`):
the S of highest pooled true positives at 0.3 with pooled precision not lower than today's engine's on the training
halves A (ties: the smaller S; off when none adds a true positive so); the S chosen on all the halves A together is the
one judged.  Fixed before its first run on any pairs but held-out 29's half A; judged once on the pooled halves B of
held-out 6-29 against today's engine in the same run (``python benchmarks/smart_quality.py --halves --clause-text
S``).  Rule (round 29's, as rounds 30 and 31 kept it, fixed with it): pooled recall not lower and pooled precision up,
or pooled recall up at pooled precision not lower; hard-negative (same_page + same_function) false positives of the
halves B not up; and on held-out 29's half B alone recall not lower and precision not lower.  Passes: on by default;
fails: stays off with its figures.  When S is off in every fold (no S chosen on all the halves A), the lever fails at
its choice and the halves B are not run.
Result (benchmarks/results/smart_round32.md): S = 0.85 in 23 of 24 folds (0.7 in one) and on all the halves A (TP / FP /
FN 326 / 39 / 233 -> 329 / 39 / 230; out of fold 328 / 39 / 231); judged once on the pooled halves B: 339 / 37 / 286 ->
341 / 37 / 284 (P 0.902 -> 0.902, R 0.542 -> 0.546), hard-negative false positives 24 -> 24, held-out 29's half B 18 /
1 / 15 both: recall up at precision not lower, the lever **passes** and is on (0.85)."""
CLAUSE_TEXT_SCALES = (0.7, 0.85, 1.0)
"""The scales the leave-one-set-out choice of round 32 tries (fixed before its first run), besides off."""
FUNCTION_HOME_DEFAULT: float | None = 0.1
"""Round 39 lever (on since its judged run, at 0.1; off until then): the DEPARTMENT LINK of an UNPLACED KPI that has a BETTER HOME in its scheme.  A KPI
the linker does not place is read as the index's closest indicator and as the closest indicator of the functions owning
the objective's templates (the owner reading, round 10); the function link (:meth:`LinkedRelevance._function_agreement`:
the reading's function owns the objective, weight 0.6) then credits the department, and for the owner reading that
agreement holds by construction.  On the halves A of held-out 6-36 a relevant verdict at 0.3 that rests on a function
link of an unplaced KPI is right 10 times and wrong 12 times (10 of them hard negatives), the worst of the evidence kinds
(measures, linked, template links and the text relevance are right at least 5 times in 6).  With a margin M: when such
a verdict (score at least :data:`OBJECT_SCORE`, the strongest link a function link above the text relevance, no own
object of round 23) meets a scheme whose other objectives (``siblings``) the KPI scores at least M higher for (their
score without the own-object rules, :meth:`LinkedRelevance._base_score`), the department link does not single this
objective out and does not count: the pair scores its text relevance and its other links
(``_base_score(..., function_link=False)``).  Only with ``siblings``; a placed KPI, a foreign one or one naming the
objective's own object is left alone.  No word list, no template or reading change, no change of a weight or cap; it
only lowers scores.  Different in kind from round 24's best home (which raised a pair whose objective is the KPI's best
home in the scheme) and from the weight of the function link itself (a probe of this round, below).  ``None`` turns it
off.
Rule (round 32's shape as the round 39 brief words it, copied here before any run of the lever on labelled pairs beyond
the probes disclosed below): M, or off, is chosen by leave one set out over the halves A of held-out 6-36 (``python
benchmarks/smart_relevance_cv.py --round39``, :data:`FUNCTION_HOME_MARGINS`): the M of fewest pooled false positives
at 0.3 with pooled true positives not fewer than today's engine's on the training halves A (ties: the larger M; off
when none removes a false positive so); the M chosen on all the halves A together is the one judged, once, on the
pooled halves B of held-out 6-36 against today's engine in the same run (``python benchmarks/smart_quality.py --halves
--function-home M``): at 0.3, pooled recall up with pooled precision not down by more than 0.005 and hard-negative
(same_page + same_function) false positives of the halves B not up, or pooled precision up with pooled recall not
down (and hard-negative false positives not up); the suggestion benchmark's six pooled half-B figures within two
queries' worth (the suggester never calls :class:`LinkedRelevance`, so they are unchanged by construction).  Passes:
on by default; fails: stays off with its figures.  Off on all the halves A: the lever fails at its choice and the
halves B are not run.
Disclosed: before the grid was fixed, /tmp probes that called the engine's own methods and changed nothing in the
package ran on the halves A of held-out 6-36 only: the evidence kind of each relevant verdict (the 10 / 12 above); the
function weight 0.6 / 0.55 / 0.5 / 0.45 / 0.4 / 0.3 (TP / FP / FN 419 / 52 / 315, 411 / 48 / 323, 410 / 43 / 324, 406 /
40 / 328, 405 / 38 / 329, 403 / 37 / 331: fewer false positives only with fewer true positives, not taken up); and a
demotion of every verdict by a better home (score^2 / best sibling score when the best is M higher: M 0.0 .. 0.4 lost
26 .. 2 true positives for 17 .. 4 false positives), whose verdicts resting on an unplaced KPI's function link lost
1 true positive for 4-6 false positives at M 0.0-0.2 and none for 3 at M 0.3.
Result (benchmarks/results/smart_round39.md): M = 0.1 in 29 of 31 folds (0.0 for held-out 27, 0.3 for held-out 29) and
on all the halves A (TP / FP / FN 419 / 52 / 315 -> 419 / 48 / 315; out of fold 418 / 48 / 316); judged once on the
pooled halves B of held-out 6-36 (``--halves --function-home 0.1``): 427 / 44 / 373 -> 427 / 43 / 373 (P 0.907 -> 0.909,
R 0.534 both; held-out 36 B one same_page false positive fewer), hard-negative false positives 29 -> 28, sets 1-5 166 /
3 / 5 both: precision up with recall not down, the lever **passes** and is on (0.1)."""
FUNCTION_HOME_MARGINS = (0.0, 0.1, 0.2, 0.3)
"""The margins the leave-one-set-out choice of round 39 tries (fixed before its first run), besides off."""
STATED_PICK_DEFAULT: float | None = 0.8
"""Round 43 lever (on since its judged run, at 0.8; off, None, until then): the KPI's PICK among the objective's STATED strategy templates.  An objective is
read as up to three templates (:meth:`TemplateGraph.match_objective`: those scoring at least 0.6 of the best, and the
best of each clause), each at its own match confidence; the catalog link through a template is that confidence times
the KPI's reading and the link weight (:func:`knowledge_link`).  When the objective's words fit a wrong template best
(held-out 41's life-cycle carbon emissions per vehicle under a three-end decarbonisation path: the objective read first as clinical
quality 0.57, the environment template second at 0.36, a link 0.277), the KPI that measures one of the stated
templates is the evidence of which one the objective means, yet its link is discounted by the objective's ranking.
With a share S, every template the objective states counts at least S x the confidence of its best template in
:func:`knowledge_link` (every link kind it computes: measures, linked, similar, the KPI text naming a template); the
templates read, their order, the function link, the driver link and the foreign rule are unchanged.  Only raises
scores; no word list, no template, no sibling.  Aimed at ROUND_42's second class of misses, the objective read as a
wrong template (39 pooled misses over held-out 21-41's halves A; 12 false positives after a wrong reading), where the
right template is among those stated.  ``None`` turns it off.  Different in kind from round 36's template floor (which
dropped weakly matched templates) and round 37's industry gate (which hid templates): it reads no template more or
less, only how much a stated one counts.
Rule (round 43's brief; round 41's shape, with precision weighed; written and committed with the lever off before its
choice ran on labelled pairs and before any run of it on the halves B): S, or off, is chosen on the pooled halves A of
held-out 6-42 (``python benchmarks/smart_relevance_cv.py --round43``, :data:`STATED_PICK_SHARES`; leave one set out
printed alongside): the S of most pooled true positives at 0.3 among those that on the pooled halves A meet the
judgement's conditions below (ties: the smaller S); off when none does: then the lever fails at its choice and the
halves B are not run.  Judged once on the pooled halves B of held-out 6-42 against today's engine in the same run
(``python benchmarks/smart_quality.py --halves --stated-pick S``), at 0.3: pass if (recall up and precision not down
by more than 0.005) or (precision up and recall not down by more than 0.005), and the hard-negative (same_page +
same_function) false positives of the halves B not up.  Passes: on by default (unit tests re-pinned only with a
comment); fails: stays off with its figures.
Result (benchmarks/results/smart_round43.md): S = 0.8 on all the halves A of held-out 6-42 (TP / FP / FN at 0.3: off 484
/ 59 / 373; 0.8 485 / 59 / 372; 0.9 485 / 60 / 372; 1.0 487 / 61 / 370, whose hard-negative false positives rise 45 ->
46; 5 pairs change) and in 35 of 37 leave-one-set-out folds (1.0 for held-out 27, off for held-out 40; out of fold 484 /
60 / 373); judged once on the pooled halves B of held-out 6-42 (``--halves --stated-pick 0.8``, at 4acfb72): 513 / 58 /
467 -> 517 / 59 / 463 (P 0.8984 -> 0.8976, R 0.5235 -> 0.5276; one more true positive on each of held-out 14's, 28's,
34's and 35's halves B, one more other_page false positive on held-out 29's), hard-negative false positives 42 -> 42,
sets 1-5 166 / 3 / 5 both: recall up with precision down by 0.0009 (not more than 0.005) and hard-negative false
positives not up, so the lever **passes** and is on (0.8).  The suggester's own word-level knowledge link
(:func:`knowledge_link` without ``stated_pick``) is unchanged."""
STATED_PICK_SHARES = (0.8, 0.9, 1.0)
"""The shares the choice of round 43 tries (fixed before its first run), besides off."""
SHARED_PHRASE_DEFAULT: str | None = "words"
"""Round 46 lever (on since its judged run, at ``words``; off, None, until then): a PHRASE an UNPLACED KPI SHARES with its objective.  A KPI the
linker does not place is read as its closest indicators, through a catalog id, and by the suggester's text relevance,
whose index knows the catalog's words only; ROUND_45's largest class of misses is such a KPI (205 of 285 pooled over
held-out 21-44's halves A, mostly measures the catalog lacks), and the words the KPI and its objective share that the
catalog lacks are seen one at a time (round 11's object word, round 23's own object; round 33's plain shared word,
retired, raised false positives).  A Chinese word outside the tokenizer's dictionary is cut into single characters
(the word for preschool in a preschool enrolment rate under 'develop preschool education' is cut into its two
characters), so no rule that reads words of two characters sees it.  With a
setting, the pair's own words decide, not a catalog id: when the KPI is unplaced, scores under :data:`OBJECT_SCORE`,
and it and its objective share a PHRASE, two tokens adjacent in the same order in both (:meth:`LinkedRelevance.
shared_phrases`: the analyzer's words after the frame words are read out; 'work order' in a street department's work
orders addressed within 10 days / 'Address work order request ...'; the two characters of preschool), that no other objective of the scheme
carries (``siblings``, when given), the pair scores :data:`OBJECT_SCORE`.  No phrase with a calendar word or a count.
Settings (:data:`SHARED_PHRASE_SETTINGS`): ``words`` (any such phrase) or ``content`` (neither token a goal, generic or
strategy word of the suggester).  Only raises scores of unplaced KPIs; a placed or foreign KPI, the readings, the
templates, the weights and the text relevance are unchanged; the suggester never calls :class:`LinkedRelevance`.
``None`` turns it off.
Rule (round 46's brief, round 45's shape; written and committed with the lever off before its choice ran and before any
run of it on the halves B): the setting chosen on the pooled halves A of held-out 6-45 (``python
benchmarks/smart_quality.py --halves --thresholds A [--shared-phrase X]``): the setting of most pooled true positives
at 0.3 among those meeting the judgement's conditions there (ties: ``content``, the stricter); off when none does (then
the lever fails at its choice and the halves B are not run).  Judged once on the pooled halves B of held-out 6-45
against today's engine in the same run (``python benchmarks/smart_quality.py --halves --shared-phrase X``), at 0.3:
pass if (recall up and precision not down by more than 0.005) or (precision up and recall not down by more than
0.005), the hard-negative (same_page + same_function) false positives of the halves B not up, and the precision of
sets 1-5 not down by more than 0.010.  Passes: the default (unit tests re-pinned only with a comment); fails: stays off
with its figures.
Disclosed: before this rule was written, a /tmp probe (/tmp/kg/h281/probe.py, the engine's own methods, nothing in the
package changed) ran on the halves A of held-out 6-45 only: of the pairs under 0.3 whose KPI the linker does not place,
9 share such a phrase (with or without the sibling condition), all 9 relevant (``content``: 6); no not-relevant pair
under 0.3 shares one; no placed KPI under 0.3 shares one either.
Result (benchmarks/results/smart_round46.md): choice on all the halves A of held-out 6-45 (``--halves --thresholds A
[--shared-phrase X]``, at 98c94ee; TP / FP / FN at 0.3, hard-negative false positives): off 522 / 66 / 431 (52), words
531 / 66 / 422 (52), content 528 / 66 / 425 (52): both meet the judgement there, ``words`` has the most true positives
and is chosen.  Judged once on the pooled halves B (``--halves --shared-phrase words``, at 69efe13, today's engine in
the same run): 545 / 59 / 489 -> 548 / 59 / 486 (P 0.9023 -> 0.9028, R 0.5271 -> 0.5300; one more true positive on
each of held-out 14's, 23's and 25's halves B, no false positive more), hard-negative false positives 42 -> 42, sets
1-5 166 / 3 / 5 both: recall up with precision up and hard-negative false positives not up, so the lever **passes** and
is on (``words``)."""
SHARED_PHRASE_SETTINGS = ("words", "content")
"""The settings the choice of round 46 tries (fixed before its first run), besides off."""
FUNCTION_TEXT_DEFAULT: float | None = 0.05
"""Round 48 lever (on since its judged run, at 0.05; off, None, until then): the DEPARTMENT LINK needs a WORD of evidence.  The function link
(:meth:`LinkedRelevance._function_agreement`: the KPI's indicator, placed or read, belongs to the function owning the
objective, weight 0.6) is department-level evidence: it says the KPI is one of the department's measures, not that it
serves this objective.  On the halves A of held-out 6-47 a relevant verdict at 0.3 resting on it (the function link the
strongest evidence and at least 0.3) is right 25 times and wrong 15 (P 0.63: 15 / 5 for a placed KPI, 10 / 10 for an
unplaced one), the worst of the evidence kinds (the text relevance of an unplaced KPI 410 / 43, P 0.91), and all
held-out 47's negatives (like 46's) are same_page: other objectives of the KPI's own page, often of the same
department.  With a floor T: the function link counts only when the pair's text relevance (the suggester's text views;
for an unplaced KPI with round 32's clause text) is at least T; below it the pair scores its text relevance and its
other links (``_explain(..., function_link=False)``).  Placed and unplaced KPIs alike; the readings, the templates, the
weights, the own-object rules and round 39's function home are unchanged.  Only lowers scores; no word list, no
template, no sibling.  Different in kind from round 39's function home (the link dropped when the KPI scores higher
for a sibling objective), round 41's function stake (dropped for a reading that measures templates elsewhere), round
36's function words (which raised pairs) and round 47's wordless text (the TEXT relevance gated by a shared word):
here the department LINK is gated by the text relevance.  ``None`` turns it off.
Disclosed: before this rule was written, /tmp probes (/tmp/kg/h290/probe.py and probe2.py, the engine's own methods,
nothing in the package changed) ran on the halves A of held-out 6-47 only: the evidence kind of each verdict (the
counts above) and the text relevance of the function-link verdicts (false positives from 0.010, mostly under 0.06;
true positives from 0.049).
Rule (round 48's brief, round 47's shape; written and committed with the lever off before its choice ran and before
any run of it on the halves B): T chosen on the pooled halves A of held-out 6-47 (``python benchmarks/smart_quality.py
--halves --thresholds A --function-text T``, :data:`FUNCTION_TEXT_FLOORS`) against today's engine (555 / 69 / 447,
hard-negative false positives 55, from ``--halves`` at 106f477): among the floors meeting the judgement's conditions
there, the one with the fewest pooled false positives at 0.3 (ties: more true positives, then the lower floor); off
if none (then the lever fails at its choice and the halves B are not run).  Judged once on the pooled halves B of
held-out 6-47 and sets 1-5 (``python benchmarks/smart_quality.py --halves --thresholds B --function-text T``) against
today's engine (571 / 64 / 516, hard-negative false positives 47, sets 1-5 166 / 3 / 5, from ``--halves`` at
106f477): pass if (recall up and precision not down by more than 0.005) or (precision up and recall not down by more
than 0.005), the hard-negative (same_page + same_function) false positives of the halves B not up, and the precision
of sets 1-5 not down by more than 0.010.  Passes: the default (unit tests re-pinned only with a comment); fails: stays
off with its figures.
Result (benchmarks/results/smart_round48.md): choice on all the halves A of held-out 6-47 (``--halves --thresholds A
--function-text T``, at 207371f; TP / FP / FN at 0.3, hard-negative false positives): off 555 / 69 / 447 (P 0.8894, R
0.5539; 55), 0.025 555 / 67 / 447 (P 0.8923, R 0.5539; 54), 0.05 554 / 62 / 448 (P 0.8994, R 0.5529; 50), 0.1 549 / 58
/ 453 (P 0.9044, R 0.5479; 46; recall down by 0.0060, so it does not meet the judgement): 0.05 has the fewest false
positives among the floors meeting it and is chosen.  Judged once on the pooled halves B (``--halves --thresholds B
--function-text 0.05``, at fa69e7e, the same lever code): 571 / 64 / 516 -> 569 / 61 / 518 (P 0.8992 -> 0.9032, R
0.5253 -> 0.5235), hard-negative false positives 47 -> 44, sets 1-5 166 / 3 / 5 -> 165 / 3 / 6 (P 0.9822 -> 0.9821);
today's figures as the rule fixed them, confirmed after the judged run by ``--halves --thresholds B`` without the lever
(571 / 64 / 516, 47; sets 1-5 166 / 3 / 5): precision up with recall down by 0.0018 (not more than 0.005),
hard-negative false positives down and the precision of sets 1-5 down by 0.0001, so the lever **passes** and is on
(0.05)."""
FUNCTION_TEXT_FLOORS = (0.025, 0.05, 0.1)
"""The floors the choice of round 48 tries (fixed before its first run), besides off."""
HOME_MARGIN_DEFAULT: float | None = 0.1
"""Round 50 lever (on since its judged run, at 0.1; off, None, until then): an UNPLACED KPI whose objective is its CLEAR HOME in the scheme by
text and shares a word with it.  ROUND_49's largest class of misses is an unplaced KPI (248 of 338 pooled over held-out
21-48's halves A, mostly measures the catalog lacks), scoring under :data:`OBJECT_SCORE` from its readings and the text
views alone.  The scheme's other objectives (``siblings``) tell which objective such a KPI was written for: with a
margin M, a KPI the linker does not place that scores at least :data:`HOME_FLOOR` and under :data:`OBJECT_SCORE` for
its objective (after every other rule), whose text relevance for it (the suggester's text views,
:meth:`IndicatorSuggester.relevance`) is at least M higher than for every other objective of the scheme, and whose
direct word similarity with it (:meth:`IndicatorSuggester.direct_relevance`) is above 0 (a word of the catalog's
shared), scores :data:`OBJECT_SCORE`.  Only with ``siblings`` (at least one other objective); a placed or foreign KPI,
the readings, the templates, the links, the weights and the text relevance itself are unchanged; only raises scores;
the suggester never calls :class:`LinkedRelevance`.  ``None`` turns it off.  Related to round 24's best home (retired:
any floor, the base score strictly highest among the scheme's, no margin and no word; it raised recall and lowered
precision on the halves A in every floor) and the mirror of round 42's text home (retired: no text relevance when the
KPI scores higher elsewhere); different in the margin M over the other objectives' text relevance and the shared word.
Disclosed: before this rule was written, /tmp probes (/tmp/kg/h300/probe.py, probe2.py and the counts an5.py / an6.py
print; the engine's own methods, nothing in the package changed) ran on the halves A of held-out 6-49 only (1715
pairs, with siblings, at 8c02b85): of the unplaced, not foreign pairs scoring 0.2 to under 0.3, 94 relevant and 43
not; with a text margin of 0.1 over every sibling and a shared word, 16 relevant and none not (0.15: 11 / 0; 0.2:
3 / 0); without the word, 0.1: 32 / 4; at margin 0 (round 24's form, text): 57 / 11.
Rule (round 50's brief, round 49's shape; written and committed with the lever off before its choice ran and before
any run of it on the halves B): M chosen on the pooled halves A of held-out 6-49 (``python benchmarks/smart_quality.py
--halves --thresholds A --home-margin M``, :data:`HOME_MARGINS`) against today's engine (574 / 66 / 463, hard-negative
false positives 54, from ``--halves`` at fe5ca1a): among the margins meeting the judgement's conditions there, the one
with the most pooled true positives at 0.3 (ties: the larger margin); off if none (then the lever fails at its choice
and the halves B are not run).  Judged once on the pooled halves B of held-out 6-49 and sets 1-5 (``python
benchmarks/smart_quality.py --halves --thresholds B --home-margin M``) against today's engine (615 / 65 / 538,
hard-negative false positives 48, sets 1-5 165 / 3 / 6, from ``--halves`` at fe5ca1a): pass if (recall up and
precision not down by more than 0.005) or (precision up and recall not down by more than 0.005), the hard-negative
(same_page + same_function) false positives of the halves B not up, and the precision of sets 1-5 not down by more
than 0.010.  Passes: the default (unit tests re-pinned only with a comment); fails: stays off with its figures.
Result (benchmarks/results/smart_round50.md): choice on all the halves A of held-out 6-49 (``--halves --thresholds A
--home-margin M``, at 40c5859; TP / FP / FN at 0.3, hard-negative false positives): off 574 / 66 / 463 (P 0.8969, R
0.5535; 54), 0.1 590 / 66 / 447 (P 0.8994, R 0.5690; 54), 0.15 585 / 66 / 452 (P 0.8986, R 0.5641; 54), 0.2 577 / 66
/ 460 (P 0.8974, R 0.5564; 54): all three meet the judgement there, 0.1 has the most true positives and is chosen.
Judged once on the pooled halves B (``--halves --thresholds B --home-margin 0.1``, at 669da22, the same lever code):
615 / 65 / 538 -> 623 / 65 / 530 (P 0.9044 -> 0.9055, R 0.5334 -> 0.5403), hard-negative false positives 48 -> 48,
sets 1-5 165 / 3 / 6 both (P 0.9821); today's figures as the rule fixed them, confirmed by ``--halves --thresholds B``
without the lever in a run alongside (615 / 65 / 538, 48; sets 1-5 165 / 3 / 6): recall up with precision up and
hard-negative false positives not up, so the lever **passes** and is on (0.1)."""
HOME_MARGINS = (0.1, 0.15, 0.2)
"""The margins the choice of round 50 tries (fixed before its first run), besides off."""
HOME_FLOOR = 0.2
"""The lowest score of a pair round 50's lever may raise (fixed with the lever)."""
HOME_TEXT_DEFAULT: float | None = 0.125
"""Round 54 lever (on since its judged run, at 0.125; off, None, until then): round 50's CLEAR HOME BELOW ITS FLOOR,
BY TEXT.  Round 50's lever (:data:`HOME_MARGIN_DEFAULT`, on) raises an unplaced, not foreign KPI to :data:`OBJECT_SCORE`
when its objective is its clear home in the scheme by text (:meth:`LinkedRelevance.clear_home`: the suggester's text
relevance at least the margin, 0.1, higher than for every other objective given as ``siblings``, and a shared word), but
only from a score of :data:`HOME_FLOOR` (0.2, fixed with that lever; its probe looked at scores from 0.2 only).  On the
halves A of held-out 6-53 the shared-word baseline is right and the engine wrong on 56 relevant pairs (``python
benchmarks/smart_baseline_wins.py --list``), 52 of them unplaced KPIs sharing a word with their objective, 49 scoring
0.1 to under 0.3, 28 of them under 0.2 (program, tourism, city, community, produce, childcare; Chinese and English
texts): the catalog lacks their measures, so the text is what the engine has, and a long objective dilutes a short KPI's
word similarity below round 50's floor.  With a floor F, a pair scoring under :data:`HOME_FLOOR` whose text relevance
(:meth:`IndicatorSuggester.relevance`, the quantity the clear home compares) is at least F is raised by the same
clear-home rule (``LinkedRelevance(home_text=F)``, floors :data:`HOME_TEXT_FLOORS`): the floor is read on the text
relevance, not on the score, since the rule is about the text (a score carried by a catalog link over a weaker text is
not a clear home by text).  The margin, the shared word, the siblings, round 50's rule from 0.2 and everything else are
unchanged; only raises scores; only with ``siblings``; the suggester, the tokenizer and the linker are unchanged (the
suggester never calls :class:`LinkedRelevance`).  ``None`` turns it off.  Different from round 24's best home (retired:
the score strictly highest, no margin, no word), round 33's plain shared word (retired: no sibling condition, no
margin), rounds 27 / 28's own catalog word (retired: a word no sibling carries, by idf) and round 53's scheme margin
(retired: the score's margin, no word).
Disclosed: before this rule was written, /tmp probes (/tmp/kg/h316/probe.py and probe2.py, the engine's own methods,
nothing in the package changed) ran on the halves A of held-out 6-53 only (1859 pairs, with siblings, at 8e88aa1's
engine): of the unplaced, not foreign pairs scoring 0.1 to under 0.2, those in their clear home (margin 0.1, a shared
word) are 7 relevant and 1 same_function negative (its score 0.192 from a catalog link, its text relevance 0.122);
from text relevance 0.125: 7 relevant and none not; from 0.15: 6 and none.
Rule (round 54's brief, round 53's shape; written and committed with the lever off before its choice ran and before
any run of it on the halves B): F chosen on the pooled halves A of held-out 6-53 (``python benchmarks/smart_quality.py
--halves --thresholds A --home-text F``) against today's engine (the halves A row of ``--halves`` at this round's first
commit 8e88aa1: 628 / 69 / 497, hard-negative false positives 57, summed from its per-set table): among the floors
meeting the judgement's conditions there (below) with the hard-negative (same_page + same_function) false positives of
the halves A not up, the one with the most pooled true positives at 0.3 (ties: the higher floor); off if none (then
the lever fails at its choice and the halves B are not run).  Judged once on the pooled halves B of held-out 6-53 and
sets 1-5 (``python benchmarks/smart_quality.py --halves --thresholds B --home-text F``) against today's engine (from
``--halves`` at 8e88aa1: halves B 686 / 72 / 579, hard-negative false positives 55, sets 1-5 165 / 3 / 6): pass if
(recall up and precision not down by more than 0.005) or (precision up and recall not down by more than 0.005), the
hard-negative false positives of the halves B not up, and the precision of sets 1-5 not down by more than 0.010.
Passes: the default (unit tests re-pinned only with a comment); fails: stays off with its figures.
Result (benchmarks/results/smart_round54.md): choice on all the halves A of held-out 6-53 (``--halves --thresholds A
--home-text F``, at 8d004d6; TP / FP / FN at 0.3, hard-negative false positives): off 628 / 69 / 497 (P 0.9010, R
0.5582; 57), 0.1 635 / 70 / 490 (P 0.9007, R 0.5644; 58), 0.125 635 / 69 / 490 (P 0.9020, R 0.5644; 57), 0.15 634 / 69
/ 491 (P 0.9018, R 0.5636; 57): 0.1 raises the hard-negative false positives, 0.125 has the most true positives of the
other two and is chosen.  Judged once on the pooled halves B (``--halves --thresholds B --home-text 0.125``, at
4b2d437, the lever code of 8d004d6 unchanged): 686 / 72 / 579 -> 696 / 73 / 569 (P 0.9050 -> 0.9051, R 0.5423 ->
0.5502), hard-negative false positives 55 -> 55, sets 1-5 165 / 3 / 6 both (P 0.9821); today's figures confirmed by
``--halves --thresholds B`` without the lever in a run alongside (686 / 72 / 579, 55; sets 1-5 165 / 3 / 6): recall up
with precision up and hard-negative false positives not up, so the lever **passes** and is on (0.125)."""
HOME_TEXT_FLOORS = (0.1, 0.125, 0.15)
"""The text floors the choice of round 54 tries (fixed before its first run), besides off."""
OBJECTIVE_WORDS_DEFAULT: float | None = 0.3
"""Round 52 lever (on since its judged run, at 0.3; off, None, until then): the OBJECTIVE's template reading needs its WORDS.  An objective
is read as the strategy templates its words match (:meth:`TemplateGraph.match_objective`), at a confidence that a
single word can take to 1.0 (``min(1, score / FULL_MATCH)``): an objective about something the catalog lacks is read
by the one word of it the templates know, in whatever sense (a traditional-character objective of a breakthrough in
forestry ecology read as partnerships at 1.0 on its word for ecology, one of healthy livestock farming as employee
wellbeing on its word for health; 'Libraries as community hubs' as membership on 'community').  That reading makes the KPI foreign to it (a placed KPI's
text does not count), reads an unplaced KPI among its owners' indicators and links it through the wrong templates.
ROUND_51's second class of misses is the objective read as a wrong template (53 of 355 pooled over held-out 21-50's
halves A), and a link after a wrong objective reading the second class of false positives (14 of 58).  With a share
S, :class:`LinkedRelevance` reads an objective as stating no strategy template (:meth:`LinkedRelevance.objective_known`
under S: then no template link, no driver link, no function link through a template, no owner reading, never
foreign; the function the objective names and the indicator it names still count) when under S of its content words
are words of the template index: the analyzer's words after :func:`without_frame_words`, without the suggester's goal,
generic and strategy words, calendar words and counts, of at least 2 characters (Chinese) or 3 letters.  Only
LinkedRelevance's own reading (a view of the suggester's graph, :class:`_ReadObjective`); the suggester's
``template_graph_``, :func:`knowledge_link`, the tokenizer and the linker are unchanged; the suggester never calls
:class:`LinkedRelevance`.  Different from round 19's read-out directions (retired: direction words read out of the
objective before its templates are matched; here nothing is read out, the whole reading is kept or dropped by the
share of the objective's words the templates know), round 11's frame words (kept) and round 44's goal-free links (the
linker's placing of a text with its goal words read out).  ``None`` turns it off.
Disclosed: before this rule was written, h310 looked (/tmp/kg/h310/look.py, nothing in the package changed) at the
words and template readings of ten objectives named in smart_round51.md and among held-out 51's half-A misses (listed
by `benchmarks/smart_miss_readings.py`); no labelled pair was scored for it.
Rule (round 52's brief, round 51's shape; written and committed with the lever off before its choice ran and before
any run of it on the halves B): S chosen on the pooled halves A of held-out 6-51 (``python benchmarks/smart_quality.py
--halves --thresholds A --objective-words S``, :data:`OBJECTIVE_WORDS_SHARES`) against today's engine (the halves A
row of ``--halves`` at this round's first commit 4295e6b): among the shares meeting the judgement's conditions there,
the one with the highest F1 at 0.3 (ties: the smaller share, fewer objectives dropped); off if none (then the lever
fails at its choice and the halves B are not run).  Judged once on the pooled halves B of held-out 6-51 and sets 1-5
(``python benchmarks/smart_quality.py --halves --thresholds B --objective-words S``) against today's engine (the
halves B and sets 1-5 rows of ``--halves`` at 4295e6b; its hard-negative false positives summed from that run's
per-set table): pass if (recall up and precision not down by more than 0.005) or (precision up and recall not down by
more than 0.005), the hard-negative (same_page + same_function) false positives of the halves B not up, and the
precision of sets 1-5 not down by more than 0.010.  Passes: the default (unit tests re-pinned only with a comment);
fails: stays off with its figures.
Result (benchmarks/results/smart_round52.md): today's engine from ``--halves`` at 4295e6b: halves A 612 / 70 / 467 (P
0.8974, R 0.5672; hard-negative false positives 58), halves B 664 / 71 / 547 (P 0.9034, R 0.5483; 54), sets 1-5 165 / 3
/ 6.  Choice on all the halves A of held-out 6-51 (``--halves --thresholds A --objective-words S``, at 9424bc4; TP / FP
/ FN at 0.3, hard-negative false positives): 0.3 613 / 68 / 466 (P 0.9001, R 0.5681, F1 0.6966; 56), 0.4 612 / 68 /
467 (P 0.9000, R 0.5672, F1 0.6958; 56), 0.5 611 / 68 / 468 (P 0.8999, R 0.5663, F1 0.6951; 56), against F1 0.6951:
all three meet the judgement there, 0.3 has the highest F1 and is chosen.  Judged once on the pooled halves B
(``--halves --thresholds B --objective-words 0.3``, at 4ce403c, the lever code of 9424bc4 unchanged): 664 / 71 / 547
-> 665 / 70 / 546 (P 0.9034 -> 0.9048, R 0.5483 -> 0.5491), hard-negative false positives 54 -> 53, sets 1-5 165 / 3 /
6 both (P 0.9821); today's figures confirmed by ``--halves --thresholds B`` without the lever in a run alongside (664 /
71 / 547, 54; sets 1-5 165 / 3 / 6): recall up with precision up and hard-negative false positives not up, so the
lever **passes** and is on (0.3)."""
OBJECTIVE_WORDS_SHARES = (0.3, 0.4, 0.5)
"""The shares the choice of round 52 tries (fixed before its first run), besides off."""
# Rounds 19, 22, 24, 25, 27, 28 and 29 judged seven more levers here (TemplateGraph.read_out_directions;
# LinkedRelevance own_object, best_home, placed_link, sibling_word_idf, unread_word_idf, unplaced_template): each
# failed its rule and stayed off; they were retired in round 29 (their notes are in benchmarks/smart_quality.py,
# their recorded commands reproduce at commit 8d82b45).  Round 30's lever (LinkedRelevance suggested_reading: the
# suggested reading of an unplaced KPI) failed its rule too and was retired later in round 30 (its note is ROUND_30 in
# benchmarks/smart_quality.py; its recorded commands reproduce at commit 0ae75ea).  Round 31's lever (LinkedRelevance
# role_reading: the role reading of an unplaced KPI) failed its rule too and was retired later in round 31 (its note is
# ROUND_31 in benchmarks/smart_quality.py; its recorded commands reproduce at commit 42b94f1).  Round 33's lever
# (LinkedRelevance unlinked_word: a plain shared word where the engine reads no link) failed at its choice and was
# retired later in round 33 (its note is ROUND_33 in benchmarks/smart_quality.py; its recorded commands reproduce at
# commit fb0214e).  Round 40's lever (LinkedRelevance scheme_object: round 11's shared-object lift only
# for a word no other objective of the scheme carries) failed at its choice and was retired later in round 40 (its note
# is ROUND_40 in benchmarks/smart_quality.py; its recorded command reproduces at commit 18dd42e).  Round 41's lever
# (LinkedRelevance function_stake: no function link for an unplaced KPI's reading that measures templates elsewhere)
# failed at its choice and was retired later in round 41 (its note is ROUND_41 in benchmarks/smart_quality.py; its
# recorded command reproduces at commit 21a98de).  Round 42's lever (LinkedRelevance text_home: no text relevance for an
# unplaced KPI that scores higher for another objective of its scheme) failed at its choice and was retired later in
# round 42 (its note is ROUND_42 in benchmarks/smart_quality.py; its recorded command reproduces at commit a1398de).
# Round 44's lever (LinkedRelevance goal_free: an unplaced KPI or objective linked once more with its goal words read
# out) failed at its choice and was retired later in round 44 (its note is ROUND_44 in benchmarks/smart_quality.py; its
# recorded command reproduces at commit df94874).  Round 45's lever (template_additions: strategy-template keywords and
# indicator lists for public services, safety, ESG, health and education objectives, applied to the catalog after its
# cache) failed its judged run and was retired later in round 45 (its note is ROUND_45 in
# benchmarks/smart_quality.py; its recorded commands reproduce at commit 3d7159f).  Round 47's lever (wordless_text:
# no text relevance for a pair that shares no word) failed at its choice and was retired later in round 47 (its note is
# ROUND_47 in benchmarks/smart_quality.py; its recorded command reproduces at commit a40fedb).  Round 49's lever
# (owner_no_function: an unplaced KPI's owner reading carries no function link) failed its judged run and was retired
# later in round 49 (its note is ROUND_49 in benchmarks/smart_quality.py; its recorded commands reproduce at commit
# 7731ada).  Round 51's lever (word_home: a pair's text relevance not counted when the KPI's direct word similarity
# with another objective of its scheme is a margin higher than with its own) failed its judged run and was retired
# later in round 51 (its note is ROUND_51 in benchmarks/smart_quality.py; its recorded commands reproduce at commit
# 6a4d49f).  Round 53's lever (scheme_margin: an unplaced KPI under 0.3 scoring a margin higher for its objective than
# for every other objective of its scheme scores 0.3) failed its judged run and was retired later in round 53 (its note
# is ROUND_53 in benchmarks/smart_quality.py; its recorded commands reproduce at commit 3845a2e).  Round 55's lever
# (home_wordless: round 50's clear home without the shared word, among at least two other objectives) failed its judged
# run and was retired later in round 55 (its note is ROUND_55 in benchmarks/smart_quality.py; its recorded commands
# reproduce at commit ff63eab).  Round 56's lever (bridge_floor: an unplaced KPI under 0.3 whose bridge with its
# objective, the catalog indicators both texts point to, unweighted, reaches a floor scores 0.3) failed its judged run
# and was retired later in round 56 (its note is ROUND_56 in benchmarks/smart_quality.py; its recorded commands
# reproduce at commit 1191c06).  Round 57's lever (corroboration: a not foreign pair under 0.3 whose catalog link
# and lexical text view both reach a floor scores 0.3) failed its judged run and was retired later in round 57 (its
# note is ROUND_57 in benchmarks/smart_quality.py; its recorded commands reproduce at commit e065ccc).
_CALENDAR_WORDS = (
    "january february march april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday quarter week month year"
)
_CALENDAR = frozenset(stem(w) for w in _CALENDAR_WORDS.split(" "))
# input vocabulary: Chinese counts and ordinals (第四, 两个) are no object of an objective
_COUNTING = re.compile(r"\d|^第.|^[一二三四五六七八九十百千万两几]")
FULL_MATCH = 0.3
"""Index score at which a text is taken to mean an indicator / a template with full confidence."""
_MIN_MATCH = 0.08
_N_INDICATORS = 5
_N_TEMPLATES = 3


@dataclass(frozen=True)
class RelevanceLink:
    """Why a KPI serves an objective.

    ``kind`` is ``"measures"`` (the KPI's indicator measures the objective's template),
    ``"linked"`` (it measures a template directly linked to it), ``"similar"`` (it is close to an
    indicator of the template), ``"template"`` (the KPI text matches the template or a linked one)
    or ``"none"``.
    """

    score: float
    kind: str
    indicator: str | None = None
    template: str | None = None
    via: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4),
            "kind": self.kind,
            "indicator": self.indicator,
            "template": self.template,
            "via": self.via,
        }


NO_LINK = RelevanceLink(0.0, "none")


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def template_fields(template: Any) -> list[tuple[str, float]]:
    """Indexed text of a strategy template: its text (weight 3) and keywords (weight 2), both languages."""
    return [
        (_field(template, "text_zh") or "", 3.0),
        (_field(template, "text_en") or "", 3.0),
        (" ; ".join(_field(template, "keywords_zh") or ()), 2.0),
        (" ; ".join(_field(template, "keywords_en") or ()), 2.0),
    ]


@dataclass(frozen=True)
class TemplateGraph:
    """Strategy templates indexed for matching, with their indicators and direct links."""

    ids: tuple[str, ...]
    index: BilingualIndex | None
    members: tuple[frozenset[int], ...]
    neighbours: tuple[frozenset[int], ...]

    @classmethod
    def build(cls, templates: Sequence[Any], positions: Mapping[str, int], **index_params: Any) -> TemplateGraph:
        """Index ``templates``; ``positions`` maps indicator ids to their row in the suggester's index."""
        templates = list(templates)
        ids = tuple(str(_field(t, "id")) for t in templates)
        where = {tid: k for k, tid in enumerate(ids)}
        members = tuple(
            frozenset(positions[i] for i in (_field(t, "indicators") or ()) if i in positions) for t in templates
        )
        links: list[set[int]] = [set() for _ in templates]
        for k, t in enumerate(templates):
            for target in _field(t, "drives") or ():
                if target in where and where[target] != k:
                    links[k].add(where[target])
                    links[where[target]].add(k)
        by_indicator: dict[int, list[int]] = {}
        for k, m in enumerate(members):
            for i in m:
                by_indicator.setdefault(i, []).append(k)
        for sharing in by_indicator.values():
            for a in sharing:
                links[a].update(b for b in sharing if b != a)
        index = BilingualIndex.build([template_fields(t) for t in templates], **index_params) if templates else None
        return cls(ids, index, members, tuple(frozenset(s) for s in links))

    def match(self, text: str, relative: float = 0.6) -> list[tuple[int, float]]:
        """The templates ``text`` most likely means, with their confidence in [0, 1], best first.

        ``relative``: a template counts only if it scores at least this share of the best one.
        """
        if self.index is None:
            return []
        scores = self.index.scores(self.index.query(text))
        return _confident(scores, _N_TEMPLATES, relative)

    def match_objective(self, text: str, relative: float = 0.6) -> list[tuple[int, float]]:
        """The templates an objective states: those of the whole text and of each of its clauses (优化办公资源管理，
        降低运营成本 states asset management and cost reduction), each at its best confidence, best first.

        Frame words (:func:`without_frame_words`: 体系, 构建, 'process', 'build') are read out first: a template they
        alone match (构建客户生命周期管理体系 → a quality system) is not what the objective is about (round 11)."""
        found = dict(self.match(without_frame_words(text), relative))
        clauses = objective_clauses(text)
        if len(clauses) >= 2:
            for clause in clauses:
                for k, conf in self.match(clause, relative):
                    found[k] = max(conf, found.get(k, 0.0))
        return sorted(found.items(), key=lambda kc: -kc[1])


class _ReadObjective:
    """Round 52's lever (:data:`OBJECTIVE_WORDS_DEFAULT`): a view of the suggester's :class:`TemplateGraph` for
    :class:`LinkedRelevance` alone, whose :meth:`match_objective` reads an objective ``known`` rejects as stating no
    template; everything else is the graph's own."""

    def __init__(self, graph: TemplateGraph, known: Callable[[str], bool]) -> None:
        self._graph = graph
        self._known = known

    def __getattr__(self, name: str) -> Any:
        return getattr(self._graph, name)

    def match_objective(self, text: str, relative: float = 0.6) -> list[tuple[int, float]]:
        return self._graph.match_objective(text, relative) if self._known(text) else []


def objective_clauses(text: str) -> list[str]:
    """The clauses of an objective read on their own (:meth:`TemplateGraph.match_objective`): frame words out
    (:func:`without_frame_words`), split at clause marks (，,；;。, '. ', 并且, 同时, 'while'), clauses of at least
    :data:`_MIN_CLAUSE` characters."""
    return [c.strip() for c in _OBJECTIVE_CLAUSE.split(without_frame_words(text)) if len(c.strip()) >= _MIN_CLAUSE]


def _other_objectives(objective_text: str, siblings: Sequence[str] | None) -> list[str]:
    """The scheme's other objectives: the texts of ``siblings`` (stripped, once each, in order) other than
    ``objective_text`` (the siblings of rounds 39, 46 and 50's levers)."""
    texts = dict.fromkeys(str(x or "").strip() for x in siblings or ())
    return [t for t in texts if t and t != objective_text]


def without_frame_words(text: str) -> str:
    """``text`` without the words that frame what an objective builds or improves (体系, 构建, 'process', 'build'),
    or ``text`` itself when nothing else is left."""
    stripped = _FRAME_EN.sub(" ", _FRAME_ZH.sub(" ", text))
    return stripped if stripped.strip(" ,.;，。；") else text


def _confident(scores: np.ndarray, n: int, relative: float) -> list[tuple[int, float]]:
    if not scores.size:
        return []
    order = np.argsort(-scores, kind="stable")[:n]
    top = float(scores[order[0]])
    if top < _MIN_MATCH:
        return []
    return [
        (int(i), min(1.0, float(scores[i]) / FULL_MATCH))
        for i in order
        if scores[i] >= _MIN_MATCH and scores[i] >= relative * top
    ]


def knowledge_link(
    indicator_scores: np.ndarray,
    kpi_text: str,
    objective_text: str,
    graph: TemplateGraph,
    indicator_ids: Sequence[str],
    similarity: Callable[[int, Sequence[int]], float],
    kpi_template_ok: Callable[[int], bool] | None = None,
    stated_pick: float | None = None,
) -> RelevanceLink:
    """The strongest catalog link from a KPI to an objective (see the module docstring).

    Parameters
    ----------
    indicator_scores : ndarray
        Scores of every catalog indicator for the KPI text (the suggester's index).
    kpi_text, objective_text : str
    graph : TemplateGraph
    indicator_ids : sequence of str
        Indicator id of each row of ``indicator_scores``.
    similarity : callable
        ``similarity(i, rows)``: the highest text similarity of indicator ``i`` to the indicators ``rows``.
    kpi_template_ok : callable, optional
        ``kpi_template_ok(t)``: may the KPI's own words place it in template ``t`` (step 4)?  Default: always.
        A KPI whose indicator is known passes only the templates its indicator can belong to: 销售人员流失率
        shares 流失率 with "reduce customer churn", but an HR indicator does not measure it.
    stated_pick : float, optional
        Round 43's lever (:data:`STATED_PICK_DEFAULT`): each template the objective states counts at least this share
        of its best template's confidence.  Default: off.
    """
    objective_templates = graph.match_objective(objective_text)
    if not objective_templates:
        return NO_LINK
    if stated_pick is not None:
        top = objective_templates[0][1]
        objective_templates = [(t, max(c, stated_pick * top)) for t, c in objective_templates]
    # an indicator the KPI less clearly means than its best reading counts in proportion
    kpi_indicators = _confident(indicator_scores, _N_INDICATORS, 0.5)
    if kpi_indicators:
        top = float(indicator_scores[kpi_indicators[0][0]])
        kpi_indicators = [(i, c * float(indicator_scores[i]) / top) for i, c in kpi_indicators]
    best = NO_LINK
    for t, t_conf in objective_templates:
        candidates = [(t, 1.0)] + [(n, LINKED_WEIGHT) for n in sorted(graph.neighbours[t])]
        for u, weight in candidates:
            members = graph.members[u]
            if not members:
                continue
            for i, i_conf in kpi_indicators:
                if i in members:
                    fit, kind = 1.0, "measures" if u == t else "linked"
                elif kpi_template_ok is not None and not kpi_template_ok(u):
                    continue  # a known indicator is not "close to" a template its function has no stake in
                else:
                    fit, kind = similarity(i, sorted(members)), "similar"
                value = t_conf * i_conf * weight * fit
                if value > best.score:
                    best = RelevanceLink(value, kind, indicator_ids[i], graph.ids[t], graph.ids[u] if u != t else None)
    # the KPI text may name the objective's template (or a linked one) without naming an indicator
    named = template_link(kpi_text, objective_templates, graph, kpi_template_ok)
    return named if named.score > best.score else best


def template_link(
    kpi_text: str,
    objective_templates: Sequence[tuple[int, float]],
    graph: TemplateGraph,
    kpi_template_ok: Callable[[int], bool] | None = None,
) -> RelevanceLink:
    """Step 4 of :func:`knowledge_link`: the KPI text names one of the objective's templates (``objective_templates``,
    rows and confidences; 1.0) or a template directly linked to one (:data:`TEMPLATE_LINKED_WEIGHT`), without naming an
    indicator; ``kpi_template_ok`` as there."""
    best = NO_LINK
    for u, u_conf in graph.match(kpi_text):
        if kpi_template_ok is not None and not kpi_template_ok(u):
            continue
        for t, t_conf in objective_templates:
            weight = 1.0 if u == t else (TEMPLATE_LINKED_WEIGHT if u in graph.neighbours[t] else 0.0)
            value = t_conf * u_conf * weight
            if value > best.score:
                best = RelevanceLink(value, "template", None, graph.ids[t], graph.ids[u] if u != t else None)
    return best


class LinkedRelevance:
    """SMART *relevant* through KPI linking: does the indicator the KPI **is** serve the objective?

    The KPI is linked to its catalog indicator (:mod:`kpiguide.suggest.linking`: the name practitioners
    use, 质检得分 → service QA score), or its indicator is given (a KPI linked in the scheme).  The
    link then goes through the strategy templates as :func:`knowledge_link` does — the indicator
    measures the objective's template (1.0), a template linked to it by cause and effect or a shared
    indicator (:data:`LINKED_WEIGHT`), or is close to one of its indicators — instead of through the
    indicators the KPI's words happen to share.  An objective that names an indicator itself
    (毛利率提升至32% → gross margin) is linked too: the KPI's indicator serves it when both are the same
    indicator (1.0) or measure one strategy template or two directly linked ones (:data:`LINKED_WEIGHT`).
    The score is the larger of that and the suggester's text relevance (:meth:`IndicatorSuggester.relevance`).

    ``role_indicators`` is the hook for the role library: ``role_indicators(role) -> ids`` of the core
    indicators of the role's archetype; a KPI linked to one of them is relevant to its role's objectives
    (``score(kpi, objective, role=...)``).

    Parameters
    ----------
    suggester : fitted IndicatorSuggester
        Its index rows, ``template_graph_`` and ``relevance`` (the text view).
    linker : fitted IndicatorLinker
    role_indicators : callable, optional
    min_link : float, default=0.3
        Lowest link confidence that counts as knowing the KPI's (or the objective's) indicator.
    function_weight : float, default=0.6
        Weight of the link from an indicator to an objective its own function owns (0 turns it off).
    unlinked_confidence : float, default=0.7
        A KPI the linker does not place is read as the index's closest indicator at this confidence at most (0
        turns it off); the reading adds links only and is never used to call the KPI foreign.
    owner_confidence : float, default=0.7
        Such a KPI is also read as the closest indicator of the functions owning the objective's strategy templates,
        at this confidence at most (0 turns it off; same rule: links only, never foreign).
    foreign_confidence : float, default=0.6
        Link confidence (in [0, 1], 1 = certain) from which a KPI whose function has no stake in the objective
        gets no credit for shared words: 销售人员流失率 is an HR indicator, and "reduce customer churn" is owned by
        sales and service, so the word 流失率 they share does not make it relevant (2 turns the rule off).
    sibling_object : bool, default=True
        The same with the scheme's other objectives (round 23; judged and passed, so on): such a word counts only when
        no other objective of the scheme carries it (:meth:`own_objects`); used only when ``score`` gets ``siblings``.
    function_home : float or None, default=0.1
        Round 39's lever (:data:`FUNCTION_HOME_DEFAULT`; judged and passed, so on; ``None`` turns it off): the
        function link of an unplaced KPI does not count when the KPI scores at least this margin higher for another
        objective of the scheme (:meth:`_function_home`).
    clause_text : float or None, default=0.85
        Round 32's lever (:data:`CLAUSE_TEXT_DEFAULT`; judged and passed, so on; ``None`` turns it off): the text relevance of a KPI the linker does not place is at
        least this scale x its direct word similarity with the closest clause of the objective
        (:meth:`clause_relevance`).
    stated_pick : float or None, default=0.8
        Round 43's lever (:data:`STATED_PICK_DEFAULT`; judged and passed, so on; ``None`` turns it off): every strategy template the objective
        states counts at least this share of its best template's confidence in the catalog link
        (:func:`knowledge_link`).
    shared_phrase : {"words", "content"} or None, default="words"
        Round 46's lever (:data:`SHARED_PHRASE_DEFAULT`; judged and passed, so on; ``None`` turns it off): an unplaced KPI under :data:`OBJECT_SCORE` that shares a
        phrase of two adjacent tokens with its objective, carried by no other objective of the scheme
        (:meth:`shared_phrases`), scores :data:`OBJECT_SCORE`.
    function_text : float or None, default=0.05
        Round 48's lever (:data:`FUNCTION_TEXT_DEFAULT`; judged and passed, so on; ``None`` turns it off): the function
        link counts only when the pair's text relevance is at least this floor.
    home_margin : float or None, default=0.1
        Round 50's lever (:data:`HOME_MARGIN_DEFAULT`; judged and passed, so on; ``None`` turns it off): an unplaced KPI scoring from
        :data:`HOME_FLOOR` to under :data:`OBJECT_SCORE` whose text relevance for its objective is at least this margin
        higher than for every other objective of the scheme and which shares a word with it (:meth:`clear_home`)
        scores :data:`OBJECT_SCORE`.
    objective_words : float or None, default=0.3
        Round 52's lever (:data:`OBJECTIVE_WORDS_DEFAULT`; judged and passed, so on; ``None`` turns it off): an
        objective under this share
        of whose content words the template index knows (:meth:`objective_known`) is read as stating no strategy
        template.
    home_text : float or None, default=0.125
        Round 54's lever (:data:`HOME_TEXT_DEFAULT`; judged and passed, so on; ``None`` turns it off): a pair under
        :data:`HOME_FLOOR` whose text relevance is at least this floor is raised by round 50's clear-home rule too
        (:meth:`home_below_floor`).
    """

    def __init__(
        self,
        suggester: Any,
        linker: Any,
        role_indicators: Callable[[str], Sequence[str]] | None = None,
        *,
        min_link: float = 0.3,
        function_weight: float = FUNCTION_WEIGHT_DEFAULT,
        foreign_confidence: float = FOREIGN_CONFIDENCE_DEFAULT,
        unlinked_confidence: float = UNLINKED_CONFIDENCE_DEFAULT,
        owner_confidence: float = OWNER_CONFIDENCE_DEFAULT,
        sibling_object: bool = SIBLING_OBJECT_DEFAULT,
        clause_text: float | None = CLAUSE_TEXT_DEFAULT,
        function_home: float | None = FUNCTION_HOME_DEFAULT,
        stated_pick: float | None = STATED_PICK_DEFAULT,
        shared_phrase: str | None = SHARED_PHRASE_DEFAULT,
        function_text: float | None = FUNCTION_TEXT_DEFAULT,
        home_margin: float | None = HOME_MARGIN_DEFAULT,
        objective_words: float | None = OBJECTIVE_WORDS_DEFAULT,
        home_text: float | None = HOME_TEXT_DEFAULT,
    ) -> None:
        self.suggester = suggester
        self.linker = linker
        self.role_indicators = role_indicators
        self.min_link = min_link
        self.function_weight = function_weight
        self.foreign_confidence = foreign_confidence
        self.unlinked_confidence = unlinked_confidence
        self.owner_confidence = owner_confidence
        self.sibling_object = sibling_object
        self.clause_text = clause_text
        self.function_home = function_home
        self.stated_pick = stated_pick
        self.shared_phrase = shared_phrase
        self.function_text = function_text
        self.home_margin = home_margin
        self.objective_words = objective_words
        self.home_text = home_text
        self._known_shares: dict[str, float | None] = {}

    def __call__(self, kpi_text: str, objective_text: str, *, siblings: Sequence[str] | None = None) -> float:
        return self.score(kpi_text, objective_text, siblings=siblings)

    def score(
        self,
        kpi_text: str,
        objective_text: str,
        *,
        indicator: str | None = None,
        role: str | None = None,
        siblings: Sequence[str] | None = None,
    ) -> float:
        """Relevance in [0, 1]: the larger of the linked-indicator link and the text relevance.

        The text relevance does not count when the KPI's indicator is known (confidence at least
        ``foreign_confidence``) and its function has no stake in the objective (:meth:`foreign`).  A KPI that
        shares its object word with the objective (:meth:`shared_objects`: 'checkout page load time' under 'a faster
        checkout') with text relevance at least :data:`OBJECT_TEXT` scores at least :data:`OBJECT_SCORE`.
        ``siblings`` are the texts of the other objectives of the KPI's scheme (``None``: no scheme known); with them
        a KPI naming the objective's own object that no sibling carries (:meth:`own_objects`) scores at least
        :data:`OBJECT_SCORE` when ``sibling_object`` is on.
        """
        return self.score_in_scheme(kpi_text, objective_text, siblings, indicator=indicator, role=role)[0]

    def score_in_scheme(
        self,
        kpi_text: str,
        objective_text: str,
        siblings: Sequence[str] | None,
        *,
        indicator: str | None = None,
        role: str | None = None,
    ) -> tuple[float, tuple[str, ...]]:
        """:meth:`score` with the words it used: the score and the objective's own object the KPI names that no
        sibling carries (:meth:`own_object_words`, the why of the score; computed once for both).  This makes a
        :class:`LinkedRelevance` a :class:`kpiguide.checks.smart.SchemeRelevance`."""
        kpi_text, objective_text = str(kpi_text or "").strip(), str(objective_text or "").strip()
        if not kpi_text or not objective_text:
            return NO_LINK.score, ()
        words = tuple(self.own_object_words(kpi_text, objective_text, siblings))
        placed = self._indicator_of(kpi_text, indicator)  # linked once for both readings
        base, foreign = self._base_score(kpi_text, objective_text, placed, role)
        if foreign:
            return base, words
        if words:
            base = max(base, OBJECT_SCORE)
        elif self.function_home is not None and siblings and placed[0] is None and base >= OBJECT_SCORE:
            base = self._function_home(kpi_text, objective_text, base, placed, role, siblings)
        if (
            self.shared_phrase is not None
            and placed[0] is None
            and base < OBJECT_SCORE
            and self.shared_phrases(kpi_text, objective_text, siblings)
        ):
            base = OBJECT_SCORE
        if (
            self.home_margin is not None
            and placed[0] is None
            and base < OBJECT_SCORE
            and (base >= HOME_FLOOR or self.home_below_floor(kpi_text, objective_text))
            and self.clear_home(kpi_text, objective_text, siblings)
        ):
            base = OBJECT_SCORE
        return base, words

    def home_below_floor(self, kpi_text: str, objective_text: str) -> bool:
        """Round 54's lever (:data:`HOME_TEXT_DEFAULT`): whether a pair scoring under :data:`HOME_FLOOR` may be raised
        by round 50's clear-home rule: its text relevance (the suggester's text views) is at least ``home_text``.
        False when the lever is off."""
        return (
            self.home_text is not None and float(self.suggester.relevance(kpi_text, objective_text)) >= self.home_text
        )

    def clear_home(self, kpi_text: str, objective_text: str, siblings: Sequence[str] | None) -> bool:
        """Round 50's lever (:data:`HOME_MARGIN_DEFAULT`): the KPI's text relevance for ``objective_text`` (the
        suggester's text views) is at least ``home_margin`` higher than for every other objective of ``siblings``
        (at least one), and the two share a word (direct word similarity above 0).  False when the lever is off or
        no other objective is given."""
        texts = _other_objectives(objective_text, siblings)
        if self.home_margin is None or not texts or self.suggester.direct_relevance(kpi_text, objective_text) <= 0:
            return False
        own = float(self.suggester.relevance(kpi_text, objective_text))
        return all(own >= float(self.suggester.relevance(kpi_text, t)) + self.home_margin for t in texts)

    def objective_known(self, objective_text: str) -> bool:
        """Round 52's lever (:data:`OBJECTIVE_WORDS_DEFAULT`): whether the objective's template reading counts: at
        least ``objective_words`` of its content words (:meth:`_content_words`) are words of the template index.  True when the lever is off or the objective has no content word."""
        if self.objective_words is None:
            return True
        if objective_text not in self._known_shares:
            vocabulary = self.suggester.template_graph_.index.vocabulary
            words = self._content_words(objective_text)
            share = sum(w in vocabulary for w in words) / len(words) if words else None
            self._known_shares[objective_text] = share
        share = self._known_shares[objective_text]
        return share is None or share >= self.objective_words

    def _graph(self) -> Any:
        """The template graph as this engine reads objectives: the suggester's, or with round 52's lever on a view
        that reads an objective :meth:`objective_known` rejects as stating no template (:class:`_ReadObjective`)."""
        graph = self.suggester.template_graph_
        return graph if self.objective_words is None else _ReadObjective(graph, self.objective_known)

    def _function_home(
        self,
        kpi_text: str,
        objective_text: str,
        base: float,
        placed: tuple[str | None, float],
        role: str | None,
        siblings: Sequence[str],
    ) -> float:
        """Round 39's lever (:data:`FUNCTION_HOME_DEFAULT`): ``base`` (an unplaced KPI's score for its objective), or
        the score without the function link when ``base`` rests on it and the KPI scores at least ``function_home``
        higher for another objective of the scheme (``siblings``)."""
        margin = self.function_home
        link = self._explain(kpi_text, objective_text, placed, role)
        if margin is None or link.kind != "function" or link.score < base:
            return base
        texts = _other_objectives(objective_text, siblings)
        best = max((self._base_score(kpi_text, t, placed, role)[0] for t in texts), default=0.0)
        if best < base + margin:
            return base
        return self._base_score(kpi_text, objective_text, placed, role, function_link=False)[0]

    def _base_score(
        self,
        kpi_text: str,
        objective_text: str,
        placed: tuple[str | None, float],
        role: str | None,
        *,
        function_link: bool = True,
    ) -> tuple[float, bool]:
        """The score without the own-object rules, and whether the KPI is foreign to the objective (then the score is
        its link alone); ``function_link=False`` leaves the function link out (round 39's lever)."""
        link = self._explain(kpi_text, objective_text, placed, role, function_link=function_link)
        if link.kind != "role" and self._foreign(objective_text, placed):
            return link.score, True
        text = self._pair_text(kpi_text, objective_text, placed)
        link = self._function_gate(kpi_text, objective_text, placed, role, link, text)
        if text >= OBJECT_TEXT and self.shared_objects(kpi_text, objective_text):
            text = max(text, OBJECT_SCORE)
        return max(link.score, text), False

    def _pair_text(self, kpi_text: str, objective_text: str, placed: tuple[str | None, float]) -> float:
        """The pair's text relevance as the score counts it: the suggester's, or for an unplaced KPI at least
        ``clause_text`` times its best clause's (round 32's lever, :data:`CLAUSE_TEXT_DEFAULT`)."""
        text = float(self.suggester.relevance(kpi_text, objective_text))
        if placed[0] is None and self.clause_text:
            text = max(text, min(1.0, self.clause_text * self.clause_relevance(kpi_text, objective_text)))
        return text

    def _function_gate(
        self,
        kpi_text: str,
        objective_text: str,
        placed: tuple[str | None, float],
        role: str | None,
        link: RelevanceLink,
        text: float,
    ) -> RelevanceLink:
        """``link``, or the strongest link without the function link when ``link`` is the function link and the
        pair's text relevance ``text`` is under ``function_text`` (round 48's lever, :data:`FUNCTION_TEXT_DEFAULT`)."""
        if link.kind == "function" and self.function_text is not None and text < self.function_text:
            return self._explain(kpi_text, objective_text, placed, role, function_link=False)
        return link

    def clause_relevance(self, kpi_text: str, objective_text: str) -> float:
        """The highest direct word similarity (:meth:`IndicatorSuggester.direct_relevance`) of ``kpi_text`` with one
        clause of ``objective_text`` (the clauses :meth:`TemplateGraph.match_objective` reads: frame words out, split
        at clause marks, clauses of at least :data:`_MIN_CLAUSE` characters); 0 for an objective of fewer than
        two clauses (round 32's lever, :data:`CLAUSE_TEXT_DEFAULT`)."""
        clauses = objective_clauses(objective_text)
        if len(clauses) < 2:
            return 0.0
        return max(float(self.suggester.direct_relevance(kpi_text, c)) for c in clauses)

    def shared_phrases(
        self, kpi_text: str, objective_text: str, siblings: Sequence[str] | None = None
    ) -> list[tuple[str, str]]:
        """Round 46's lever (:data:`SHARED_PHRASE_DEFAULT`): the phrases of two tokens adjacent in the same order in
        ``kpi_text`` and in ``objective_text`` (the analyzer's words after :func:`without_frame_words`), neither a
        calendar word nor a count, carried by no text of ``siblings``; with ``shared_phrase == "content"`` neither
        token a goal, generic or strategy word of the suggester.  Empty when the lever is off."""
        if self.shared_phrase is None:
            return []
        quiet = self._quiet_terms() if self.shared_phrase == "content" else frozenset()

        def phrases(text: str) -> set[tuple[str, str]]:
            words = analyze(without_frame_words(str(text or ""))).words
            return {
                (a, b)
                for a, b in pairwise(words)
                if not any(w in _CALENDAR or _COUNTING.search(w) or w in quiet for w in (a, b))
            }

        shared = phrases(kpi_text) & phrases(objective_text)
        if shared and siblings:
            texts = _other_objectives(objective_text, siblings)
            shared -= set().union(*(phrases(t) for t in texts))
        return sorted(shared)

    def outside_objects(self, kpi_text: str, objective_text: str) -> list[str]:
        """The words a KPI and an objective share that the catalog has no word for: the objective's own object when it
        is a product or a thing of one team (trino in 'trino与Doris', etcd, 报税), which the text relevance cannot see
        (its index knows the catalog's words only).  Frame, goal and generic words, counts, ordinals and calendar
        words are left out; an English word needs 3 letters."""
        return sorted(self._outside_words(kpi_text) & self._outside_words(objective_text))

    def own_objects(self, kpi_text: str, objective_text: str, siblings: Sequence[str]) -> list[str]:
        """The :meth:`outside_objects` of a KPI and its objective that no other objective of the scheme (``siblings``,
        their texts) carries: the object that singles this objective out (a product word in two objectives of one
        plan names neither alone)."""
        shared = self.outside_objects(kpi_text, objective_text)
        if not shared:
            return []
        carried = set().union(*(self._outside_words(str(s or "")) for s in siblings))
        return [w for w in shared if w not in carried]

    def own_object_words(self, kpi_text: str, objective_text: str, siblings: Sequence[str] | None) -> list[str]:
        """The words that made the sibling rule count (the why of a score): :meth:`own_objects` when
        ``sibling_object`` is on and ``siblings`` are given, else none."""
        if not self.sibling_object or siblings is None:
            return []
        return self.own_objects(str(kpi_text or "").strip(), str(objective_text or "").strip(), siblings)

    def _quiet_terms(self) -> frozenset[str]:
        """The suggester's goal, generic and strategy words: how a text says what it wants, not what it is about."""
        return (
            getattr(self.suggester, "goal_terms_", frozenset())
            | getattr(self.suggester, "generic_terms_", frozenset())
            | getattr(self.suggester, "strategy_terms_", frozenset())
        )

    def _content_words(self, text: str) -> list[str]:
        """The words of ``text`` that say what it is about, in order: the analyzer's words after
        :func:`without_frame_words`, without the suggester's goal, generic and strategy words, calendar words and counts,
        of at least 2 characters (Chinese) or 3 letters."""
        quiet = self._quiet_terms()
        return [
            w
            for w in analyze(without_frame_words(text)).words
            if w not in quiet and w not in _CALENDAR and not _COUNTING.search(w) and len(w) >= (2 if has_cjk(w) else 3)
        ]

    def _outside_words(self, text: str) -> set[str]:
        """The words of ``text`` the catalog index has no word for (see :meth:`outside_objects`)."""
        vocabulary = self.suggester.index_.vocabulary
        return {w for w in self._content_words(text) if w not in vocabulary}

    def shared_objects(self, kpi_text: str, objective_text: str) -> list[str]:
        """The object words a KPI and an objective share: what both are about (checkout, 续费 in 续费率), not how they
        say it (a direction or target word, a frame or duty word, a word common in the catalog: rate, time, 客户)."""
        index = self.suggester.index_
        quiet = self._quiet_terms()

        def words(text: str) -> set[str]:
            features = index.query(without_frame_words(text)).features
            return {
                f
                for f in features
                if f[:1] not in "#~" and f not in quiet and len(f) >= 2 and self.suggester.term_idf(f) >= OBJECT_IDF
            }

        mine, theirs = words(kpi_text), words(objective_text)
        return sorted(
            a for a in mine if any(a == b or (has_cjk(a) and has_cjk(b) and (a in b or b in a)) for b in theirs)
        )

    def foreign(self, kpi_text: str, objective_text: str, *, indicator: str | None = None) -> bool:
        """The KPI's indicator is known and its function has no stake in the objective.

        The KPI has a stake when the objective names its indicator's function, the function owns (``functions``
        of the template) a strategy template the objective states, or the indicator measures a stated template or
        one directly linked to it.  A function owning only a linked template lends its stake to its indicators that
        measure no template elsewhere: IT owns "a convenient digital experience", linked to customer satisfaction,
        but IT user satisfaction measures "serve internal customers" and stays foreign to it.  An objective that
        states no template is nobody's: nothing is foreign to it.
        """
        return self._foreign(objective_text, self._indicator_of(str(kpi_text or "").strip(), indicator))

    def _foreign(self, objective_text: str, placed: tuple[str | None, float]) -> bool:
        """:meth:`foreign` for a KPI already placed (``placed``: :meth:`_indicator_of`)."""
        ind_id, confidence = placed
        if ind_id is None or confidence < self.foreign_confidence:
            return False
        function = self.suggester.catalog_.get(ind_id).function
        if function in _named_functions(self.suggester, objective_text):
            return False
        graph = self._graph()
        stated = graph.match_objective(objective_text)
        if not stated:
            return False
        near = {t for t, _ in stated} | {n for t, _ in stated for n in graph.neighbours[t]}
        row = self.suggester.catalog_.index_of(ind_id)
        if function in self._owners(t for t, _ in stated) or any(row in graph.members[k] for k in near):
            return False
        # a function owning a linked template lends its stake only to indicators that measure no template elsewhere
        measured = any(row in m for m in graph.members)
        return measured or function not in self._owners(near)

    def _owners(self, template_rows: Iterable[int]) -> set[str]:
        """The business functions owning the strategy templates of ``template_rows`` (rows of the template graph)."""
        graph, templates = self._graph(), self.suggester.templates_by_id_
        return {f for k in template_rows for f in (getattr(templates.get(graph.ids[k]), "functions", ()) or ())}

    def _indicator_of(self, text: str, given: str | None) -> tuple[str | None, float]:
        catalog = self.suggester.catalog_
        if given and given in catalog:
            return catalog.canonical_id(given), 1.0
        found = self.linker.link(text)
        if found.indicator is None or found.confidence < self.min_link or found.indicator.id not in catalog:
            return None, 0.0
        return catalog.canonical_id(found.indicator.id), min(1.0, found.confidence / _LINK_FULL)

    def _closest_indicator(self, text: str) -> tuple[str | None, float]:
        """A KPI the linker does not place, read as the suggester's closest indicator (confidence at most
        ``unlinked_confidence``); this reading only adds links: it never makes the KPI foreign to an objective."""
        return self._closest(text, self.unlinked_confidence, _UNLINKED_MIN)

    def _closest(
        self, text: str, cap: float, floor: float, functions: set[str] | None = None
    ) -> tuple[str | None, float]:
        """The index's indicator closest to ``text`` (among those of ``functions`` when given) and a confidence of at
        most ``cap``, or nothing when ``cap`` is 0 or no indicator scores ``floor``."""
        if cap <= 0:
            return None, 0.0
        index = self.suggester.index_
        query = index.query(text)
        if query.empty:
            return None, 0.0
        scores = index.scores(query)
        indicators = self.suggester.indicators_
        rows = (
            range(len(indicators))
            if functions is None
            else [k for k, i in enumerate(indicators) if i.function in functions]
        )
        best = max(rows, key=lambda k: float(scores[k]), default=None)
        if best is None or scores[best] < floor:
            return None, 0.0
        return indicators[best].id, cap * min(1.0, float(scores[best]) / FULL_MATCH)

    def explain(
        self, kpi_text: str, objective_text: str, *, indicator: str | None = None, role: str | None = None
    ) -> RelevanceLink:
        """The strongest link from the KPI's indicator to the objective that the score counts (``NO_LINK`` if the KPI
        is not placed): the function link only with the text relevance :meth:`score` asks of it (``function_text``),
        as :meth:`score` without a scheme."""
        kpi_text, objective_text = str(kpi_text or "").strip(), str(objective_text or "").strip()
        if not kpi_text or not objective_text:
            return NO_LINK
        placed = self._indicator_of(kpi_text, indicator)
        link = self._explain(kpi_text, objective_text, placed, role)
        if link.kind != "function" or self._foreign(objective_text, placed):
            return link
        return self._function_gate(
            kpi_text, objective_text, placed, role, link, self._pair_text(kpi_text, objective_text, placed)
        )

    def _explain(
        self,
        kpi_text: str,
        objective_text: str,
        placed: tuple[str | None, float],
        role: str | None,
        *,
        function_link: bool = True,
    ) -> RelevanceLink:
        """:meth:`explain` for a KPI already placed (``placed``: :meth:`_indicator_of`, or nothing); without the
        function link when ``function_link`` is False (round 39's lever)."""
        best = NO_LINK
        for ind_id, confidence in self._readings(kpi_text, objective_text, placed):
            if self.role_indicators is not None and role and ind_id in set(self.role_indicators(role)):
                return RelevanceLink(confidence, "role", ind_id)
            links = self._links(kpi_text, objective_text, ind_id, confidence)
            if not function_link:
                links.pop("function")
            link = max(links.values(), key=_score)
            best = link if link.score > best.score else best
        return best

    def _readings(
        self, kpi_text: str, objective_text: str, placed: tuple[str | None, float]
    ) -> list[tuple[str, float]]:
        """The indicators the KPI is read as: the linker's, or for a KPI it does not place the index's closest
        indicator and the closest one of the functions owning the objective's templates (:meth:`_owner_reading`)."""
        if placed[0] is not None:
            return [(placed[0], placed[1])]
        found = [self._closest_indicator(kpi_text), self._owner_reading(kpi_text, objective_text)]
        return [(i, c) for i, c in dict.fromkeys(found) if i is not None]

    def _owner_reading(self, kpi_text: str, objective_text: str) -> tuple[str | None, float]:
        """A KPI the linker does not place, read as the closest indicator of the functions that own the objective's
        strategy templates (the department that owns its measures), at confidence at most ``owner_confidence``:
        采购订单准时交付 under an objective of production capacity is read among production's indicators.  Like
        :meth:`_closest_indicator` it only adds links (round 10)."""
        if self.owner_confidence <= 0:
            return None, 0.0
        owners = self._owners(t for t, _ in self._graph().match_objective(objective_text))
        if not owners:
            return None, 0.0
        return self._closest(kpi_text, self.owner_confidence, _OWNER_MIN, owners)

    def _links(self, kpi_text: str, objective_text: str, ind_id: str, confidence: float) -> dict[str, RelevanceLink]:
        """Each kind of link from the KPI's indicator ``ind_id`` (placed with ``confidence``) to the objective."""
        rows = [i.id for i in self.suggester.indicators_]
        scores = np.zeros(len(rows))
        scores[self.suggester.catalog_.index_of(ind_id)] = FULL_MATCH * confidence
        index = self.suggester.index_

        similar: dict[int, np.ndarray] = {}  # each indicator's similarity to all, computed once per link

        def closeness(i: int, members: Sequence[int]) -> float:
            if i not in similar:
                similar[i] = index.similarities(i)
            return float(similar[i][list(members)].max())

        graph = self._graph()
        return {
            "knowledge": knowledge_link(
                scores,
                kpi_text,
                objective_text,
                graph,
                rows,
                closeness,
                self._template_check(ind_id),
                self.stated_pick,
            ),
            "objective_indicator": self._through_objective_indicator(ind_id, confidence, objective_text),
            "drives": self._driver_of_outcome(ind_id, confidence, objective_text),
            "function": self._function_agreement(ind_id, confidence, objective_text),
        }

    def components(self, kpi_text: str, objective_text: str, *, indicator: str | None = None) -> dict[str, float]:
        """The evidence :meth:`score` combines, one number each (for studying or learning the combination).

        ``knowledge`` / ``objective_indicator`` / ``drives`` / ``function``: each link kind's strength (0 when it
        does not apply); ``text``: the suggester's text relevance; ``confidence``: the KPI's link confidence;
        ``placed``: 1 when the linker (or the scheme) placed the KPI, 0 when read as its closest indicator;
        ``foreign``: 1 when :meth:`foreign` holds; ``template``: the objective's best template match confidence;
        ``named``: 1 when the objective names the function of the KPI's indicator; ``zh``: 1 for a Chinese KPI.
        """
        kpi_text, objective_text = str(kpi_text or "").strip(), str(objective_text or "").strip()
        out = dict.fromkeys(COMPONENTS, 0.0)
        if not kpi_text or not objective_text:
            return out
        out["zh"] = float(has_cjk(kpi_text))
        out["text"] = float(self.suggester.relevance(kpi_text, objective_text))
        stated = self._graph().match_objective(objective_text)
        out["template"] = max((c for _, c in stated), default=0.0)
        placed = self._indicator_of(kpi_text, indicator)
        out["placed"] = float(placed[0] is not None)
        found = self._readings(kpi_text, objective_text, placed)
        readings = [(i, c, self._links(kpi_text, objective_text, i, c)) for i, c in found]
        if not readings:
            return out
        ind_id, confidence, links = max(readings, key=lambda r: max(link.score for link in r[2].values()))
        out["confidence"] = confidence
        out["foreign"] = float(self._foreign(objective_text, placed))
        function = self.suggester.catalog_.get(ind_id).function
        out["named"] = float(function in _named_functions(self.suggester, objective_text))
        out.update({kind: link.score for kind, link in links.items()})
        return out

    def _template_check(self, ind_id: str) -> Callable[[int], bool]:
        """Templates the KPI's words may place it in: those its indicator measures or its function owns."""
        graph = self._graph()
        templates = self.suggester.templates_by_id_
        row = self.suggester.catalog_.index_of(ind_id)
        function = self.suggester.catalog_.get(ind_id).function

        def ok(t: int) -> bool:
            owners = getattr(templates.get(graph.ids[t]), "functions", ()) or ()
            return row in graph.members[t] or function in owners

        return ok

    def _function_agreement(self, ind_id: str, confidence: float, objective_text: str) -> RelevanceLink:
        """The KPI's indicator belongs to the function that owns the objective.

        An objective names its function (提高财务工作效率, "make customer service more efficient") or states a
        strategy template that function owns first (提升客户满意度 → customer service): an indicator of that
        function is one of the department's own levers on it (weight ``function_weight``).
        """
        if self.function_weight <= 0:
            return NO_LINK
        function = self.suggester.catalog_.get(ind_id).function
        for named in _named_functions(self.suggester, objective_text):
            if named == function:
                return RelevanceLink(confidence * self.function_weight, "function", ind_id, None, function)
        graph = self._graph()
        templates = self.suggester.templates_by_id_
        best = NO_LINK
        for t, t_conf in graph.match_objective(objective_text, _STATED):
            owners = list(getattr(templates.get(graph.ids[t]), "functions", ()) or ())
            value = t_conf * confidence * self.function_weight
            if owners[:1] == [function] and value > best.score:
                best = RelevanceLink(value, "function", ind_id, graph.ids[t], function)
        return best

    def _driver_of_outcome(self, ind_id: str, confidence: float, objective_text: str) -> RelevanceLink:
        """A leading indicator drives the outcome indicators of its own function (response time → CSAT).

        When one of the objective's templates is measured by an outcome (lagging) indicator of the KPI's
        function and the KPI's indicator is a leading one of that function, the KPI drives the objective
        (weight :data:`DRIVER_WEIGHT`).
        """
        catalog = self.suggester.catalog_
        ind = catalog.get(ind_id)
        if not ind.leading:
            return NO_LINK
        graph = self._graph()
        indicators = self.suggester.indicators_
        best = NO_LINK
        for t, t_conf in graph.match_objective(objective_text):
            outcomes = [
                m for m in graph.members[t] if indicators[m].function == ind.function and not indicators[m].leading
            ]
            value = t_conf * confidence * DRIVER_WEIGHT
            if outcomes and value > best.score:
                best = RelevanceLink(value, "drives", ind_id, graph.ids[t], indicators[outcomes[0]].id)
        return best

    def _through_objective_indicator(self, ind_id: str, confidence: float, objective_text: str) -> RelevanceLink:
        """The link when the objective itself names an indicator (毛利率提升至32%)."""
        obj_id, obj_conf = self._indicator_of(objective_text, None)
        if obj_id is None:
            return NO_LINK
        if obj_id == ind_id:
            return RelevanceLink(confidence * obj_conf, "measures", ind_id, None, obj_id)
        catalog = self.suggester.catalog_
        graph = self._graph()
        a, b = catalog.index_of(ind_id), catalog.index_of(obj_id)
        for t, members in enumerate(graph.members):
            if a in members and (b in members or any(b in graph.members[n] for n in graph.neighbours[t])):
                weight = 1.0 if b in members else LINKED_WEIGHT
                return RelevanceLink(confidence * obj_conf * weight, "linked", ind_id, graph.ids[t], obj_id)
        return NO_LINK


def _score(link: RelevanceLink) -> float:
    return link.score


def _named_functions(suggester: Any, text: str) -> list[str]:
    """The business functions ``text`` names by their taxonomy names and aliases (longest hints only)."""
    analysis = suggester.index_.query(text).analysis
    found = named_functions(suggester.hints_.find_normalized(analysis.normalized))
    return [key for key, surface in found if has_cjk(surface) or len(surface) >= _MIN_HINT]


COMPONENTS = (
    "knowledge", "objective_indicator", "drives", "function", "text", "confidence", "placed", "foreign", "template",
    "named", "zh",
)  # fmt: skip
"""The evidence :meth:`LinkedRelevance.components` reports, in this order."""
DRIVER_WEIGHT = 0.5
"""Weight of a link from a leading indicator to an outcome indicator of its own function."""
_STATED = 0.8
"""Share of the best template's score another template needs to count as stated by the objective too."""
_MIN_HINT = 3
"""Shortest English function hint read in an objective: two-letter ones ("it", "hr") are ordinary words there."""
_UNLINKED_MIN = 0.1
"""Lowest index score at which a KPI the linker does not place is read as its closest indicator."""
_OWNER_MIN = 0.1
"""Lowest index score at which an unplaced KPI is read as an indicator of the objective's owning functions."""
_LINK_FULL = 0.6
"""Link confidence from which the KPI's indicator is taken as known for certain."""
# Where one clause of an objective ends and the next begins (round 8; "and" is not one: "faster and more reliable").
# Input vocabulary (conjunctions read in users' objectives), not user-facing text.
_OBJECTIVE_CLAUSE = re.compile(r"[，,；;。]|\.\s|并且|同时|\bwhile\b")
_MIN_CLAUSE = 4
"""Shortest clause of an objective matched on its own (characters)."""
# Frame words: they say that an objective builds, shapes or runs something, not what (构建客户生命周期管理体系 is about
# the customer life cycle, not a quality system; 'Make the checkout process faster' is about the checkout).  A strategy
# template matched by them alone does not decide the objective's template nor make a KPI foreign to it (round 11).
# Input vocabulary (read in users' objectives), not user-facing text.
FRAME_WORDS_ZH: tuple[str, ...] = ("体系", "构建", "搭建")  # not 打造: read out, it lost 2 pairs on the checks
FRAME_WORDS_EN: tuple[str, ...] = ("process", "processes", "build", "building", "framework")
_FRAME_ZH = re.compile("|".join(FRAME_WORDS_ZH))
_FRAME_EN = re.compile(r"\b(?:" + "|".join(FRAME_WORDS_EN) + r")\b", re.IGNORECASE)
