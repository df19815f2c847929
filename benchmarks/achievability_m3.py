"""Calibration, accuracy and speed of the achievability engine on the 1,428 M3 monthly series.

Each series is cut at the start of its 18-month holdout (the M3 competition split).  For
horizons 3 and 12 and aggregates sum and mean, the predictive quantiles of the aggregate of
the first h holdout months are scored against the truth:

* coverage of the central 50 / 80 / 95 % intervals (quantiles 0.25–0.75, 0.1–0.9, 0.025–0.975);
* mean scaled pinball loss over the levels 0.025…0.975 (loss divided by the series' mean
  absolute value over the last training year, times h for sums);
* Brier score of "the aggregate reaches the target" for targets set at -10 %, 0 %, +5 %,
  +10 % and +20 % relative to the same months of the last training year.

Baselines run in the same run: seasonal naive with drift plus the empirical quantiles
of its own rolling-origin errors, and statsmodels ETS (damped additive trend, additive
season when at least three years are known) with simulated future paths.

Usage::

    python benchmarks/achievability_m3.py --data /work/shared/data/external [--rolling]
    python benchmarks/achievability_m3.py --data /work/shared/data/external --development --no-ets \
        --cuts 18,22,26,30,34,38,42

``--development --cuts`` scores several development origins (N months before the M3 holdout, all in the
training data) in one process and reports, per horizon, the calibration gap per origin, its mean and
maximum, the number of origins meeting the goal and the reliability pooled over all origins: the
criterion settings are chosen by.  ``--rolling`` adds a rolling-origin evaluation inside the holdout
(origins at holdout months 0, 3, …, 15 for h = 3 and 0, 3, 6 for h = 12, each fitted only on the data
before it; kpiguide and seasonal naive only).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import platform
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import pandas as pd

from benchmarks.suggest_common import write_section
from kpiguide.achievability import AchievabilityModel
from kpiguide.achievability._dist import LEVELS, cdf
from kpiguide.achievability._recalibrate import cdf_rows, ppf_rows
from kpiguide.achievability.local import local_forecast

HORIZONS = (3, 12)
AGGREGATES = ("sum", "mean")
TARGET_LEVELS = (-0.10, 0.0, 0.05, 0.10, 0.20)
INTERVALS = {50: (0.25, 0.75), 80: (0.1, 0.9), 95: (0.025, 0.975)}
ETS_PATHS = 400
DEV_HOLDOUT = 18
# Calibration (issue 16): growth targets as multiples of the same months last year; reliability per fifth
# of the predicted probabilities (|mean predicted probability - hit rate|), goal <= 0.05.
RELIABILITY_TARGETS = (0.95, 1.0, 1.05, 1.15)
RELIABILITY_BINS = 5


def default_data() -> Path:
    env = os.environ.get("KPIGUIDE_EXTERNAL_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data" / "external"


def load(
    data: Path, limit: int | None, development: bool = False, cut: int = DEV_HOLDOUT
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Training and holdout values per series; ``development`` cuts the last ``cut`` training months
    off as the holdout instead (for choosing settings without looking at the real holdout)."""
    train, test = load_all(data, limit)
    return development_split(train, cut) if development else (train, test)


def load_all(data: Path, limit: int | None) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Training and holdout values per series (the M3 split)."""
    frame = pd.read_csv(data / "m3_monthly" / "m3_monthly_long.csv")
    frame = frame.sort_values(["series_id", "t"])
    train, test = {}, {}
    for key, group in frame.groupby("series_id", sort=True):
        train[key] = group.loc[group["split"] == "train", "value"].to_numpy(float)
        test[key] = group.loc[group["split"] == "test", "value"].to_numpy(float)
        if limit and len(train) >= limit:
            break
    return train, test


def development_split(
    train: dict[str, np.ndarray], cut: int, min_train: int = 0
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """The last ``cut`` training months of every series as the holdout; series left with fewer than
    ``min_train`` training months are left out."""
    keys = [k for k in train if len(train[k]) - cut >= min_train]
    return {k: train[k][:-cut] for k in keys}, {k: train[k][-cut:] for k in keys}


def ets_paths(y: np.ndarray, horizon: int = 12, seed: int = 0) -> np.ndarray:
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    seasonal = "add" if len(y) >= 36 else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            fit = ETSModel(
                y,
                error="add",
                trend="add",
                damped_trend=True,
                seasonal=seasonal,
                seasonal_periods=12 if seasonal else None,
            ).fit(disp=False)
            paths = fit.simulate(horizon, repetitions=ETS_PATHS, anchor="end", rng=seed)
        except Exception:  # noqa: BLE001 - a failed fit falls back to the simple ETS(A,N,N)
            fit = ETSModel(y, error="add").fit(disp=False)
            paths = fit.simulate(horizon, repetitions=ETS_PATHS, anchor="end", rng=seed)
    return np.asarray(paths, dtype=float).reshape(horizon, -1).T


def _single_thread() -> None:
    # two worker processes on two cores: no nested BLAS/OpenMP threads
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


def _ets_worker(item: tuple[str, np.ndarray]) -> tuple[str, np.ndarray]:
    key, y = item
    return key, ets_paths(y)


def scores(q: np.ndarray, truth: np.ndarray, scale: np.ndarray, last_year: np.ndarray) -> dict[str, float]:
    """Metrics for quantile rows ``q`` (series × LEVELS)."""
    levels = np.asarray(LEVELS)
    out = {}
    for width, (lo, hi) in INTERVALS.items():
        i, j = LEVELS.index(lo), LEVELS.index(hi)
        out[f"cov{width}"] = float(np.mean((truth >= q[:, i]) & (truth <= q[:, j])))
    diff = truth[:, None] - q
    pin = np.maximum(levels * diff, (levels - 1) * diff) / scale[:, None]
    out["pinball"] = float(np.mean(pin))
    briers = []
    for g in TARGET_LEVELS:
        target = last_year * (1 + g)
        p = np.array([1 - cdf(dict(zip(LEVELS, row, strict=True)), x) for row, x in zip(q, target, strict=True)])
        briers.append(np.mean((p - (truth >= target)) ** 2))
    out["brier"] = float(np.mean(briers))
    out["cases"] = reliability_cases(q, truth, last_year)
    out["reliability"] = fifths(*out["cases"])
    return out


def reliability_cases(q: np.ndarray, truth: np.ndarray, last_year: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Predicted probabilities of reaching the targets at ×0.95, ×1.0, ×1.05 and ×1.15 of the same months
    last year, and whether each was reached (all targets pooled)."""
    probs, hits = [], []
    for factor in RELIABILITY_TARGETS:
        target = last_year * factor
        probs += [1 - cdf(dict(zip(LEVELS, row, strict=True)), x) for row, x in zip(q, target, strict=True)]
        hits += list(truth >= target)
    return np.asarray(probs, float), np.asarray(hits, float)


def fifths(p: np.ndarray, hit: np.ndarray) -> list[tuple[float, float, int]]:
    """(mean predicted probability, hit rate, cases) per fifth of the cases ranked by probability."""
    order = np.argsort(p, kind="stable")
    return [(float(p[b].mean()), float(hit[b].mean()), len(b)) for b in np.array_split(order, RELIABILITY_BINS)]


def reliability(q: np.ndarray, truth: np.ndarray, last_year: np.ndarray) -> list[tuple[float, float, int]]:
    """:func:`fifths` of :func:`reliability_cases`."""
    return fifths(*reliability_cases(q, truth, last_year))


def calibration_diagnostics(
    q: np.ndarray, truth: np.ndarray, last_year: np.ndarray, draws: int = 200, seed: int = 0
) -> dict[str, float]:
    """What limits the reliability at one origin.

    ``shift``: the one logit shift ``a`` of every probability (``p' = σ(a + logit p)``) that fits this
    origin's outcomes best (maximum likelihood; an oracle, it uses the outcomes); ``shifted``: the max gap
    after it, i.e. what is left once the origin's common surprise is removed.  ``floor``: the 95th percentile
    of the max gap when the outcomes are drawn from the forecasts themselves, series independent (what a
    perfectly calibrated forecast would show from sampling alone)."""
    p, hit = reliability_cases(q, truth, last_year)
    logit = np.log(np.clip(p, 1e-4, 1 - 1e-4) / (1 - np.clip(p, 1e-4, 1 - 1e-4)))
    a = 0.0
    for _ in range(50):
        mu = 1 / (1 + np.exp(-(a + logit)))
        step = float(np.sum(hit - mu) / max(np.sum(mu * (1 - mu)), 1e-9))
        a += step
        if abs(step) < 1e-10:
            break
    shifted = max_gap(fifths(1 / (1 + np.exp(-(a + logit))), hit))
    grid = np.column_stack([ppf_rows(q, u) for u in (np.arange(400) + 0.5) / 400])
    rng = np.random.default_rng(seed)
    gaps = []
    for _ in range(draws):
        drawn = grid[np.arange(len(q)), rng.integers(0, 400, len(q))]
        cases = [(1 - cdf_rows(q, last_year * f), drawn >= last_year * f) for f in RELIABILITY_TARGETS]
        gaps.append(max_gap(fifths(np.concatenate([c[0] for c in cases]), np.concatenate([c[1] for c in cases]))))
    return {"shift": a, "shifted": shifted, "floor": float(np.quantile(gaps, 0.95))}


def max_gap(table: list[tuple[float, float, int]]) -> float:
    """The largest |mean predicted probability − hit rate| over the fifths."""
    return max(abs(p - hit) for p, hit, _n in table)


KPIGUIDE = "kpiguide (chosen per series + conformal)"
SNAIVE = "seasonal naive + drift, empirical q."
ETS = "statsmodels ETS (A,Ad,A/N), simulated"
ROLLING = {3: (0, 3, 6, 9, 12, 15), 12: (0, 3, 6)}  # holdout months at which the rolling origins lie
MIN_DEV_TRAIN = 13  # a development origin keeps the series with at least this many training months


def evaluate(
    train: dict[str, np.ndarray],
    test: dict[str, np.ndarray],
    horizons: tuple[int, ...] = HORIZONS,
    with_ets: bool = False,
    aggregates: tuple[str, ...] = AGGREGATES,
    diagnose: bool = False,
    recalibration_window: int | None = None,
) -> dict[str, object]:
    """Fit and score kpiguide, seasonal naive (and ETS) on one split: ``results[(method, h, aggregate)]``,
    the methods chosen per horizon, wall times and the load average around the kpiguide fit; ``diagnose``
    adds :func:`calibration_diagnostics` of kpiguide (mean aggregate); ``recalibration_window`` is passed to
    the model (default: the model's)."""
    settings = {} if recalibration_window is None else {"recalibration_window": recalibration_window}
    keys = list(train)
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    ours, chosen = {}, {}
    for h in horizons:
        model = AchievabilityModel(horizon=h, aggregate="mean", **settings).fit({k: pd.Series(train[k]) for k in keys})
        ours[h] = np.vstack([model.forecast(k).quantiles for k in keys])
        chosen[h] = pd.Series(model.methods_).value_counts().to_dict()
        chosen[h]["default"] = getattr(model, "default_method_", "none")
    ours_time = time.perf_counter() - start
    load_after = os.getloadavg()[0]
    start = time.perf_counter()
    snaive = {
        h: np.vstack(
            [local_forecast(train[k], h, "mean", method="snaive_drift", empirical=True).quantiles for k in keys]
        )
        for h in horizons
    }
    snaive_time = time.perf_counter() - start
    ets, ets_time = None, float("nan")
    if with_ets:
        start = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(2, initializer=_single_thread) as pool:
            paths = dict(pool.map(_ets_worker, [(k, train[k]) for k in keys], chunksize=16))
        ets = {h: np.vstack([np.quantile(paths[k][:, :h].mean(axis=1), LEVELS) for k in keys]) for h in horizons}
        ets_time = time.perf_counter() - start
    results: dict[tuple[str, int, str], dict[str, object]] = {}
    for h in horizons:
        truth_mean = np.array([test[k][:h].mean() for k in keys])
        scale = np.array([np.mean(np.abs(train[k][-12:])) or 1.0 for k in keys])
        last_year = np.array([train[k][len(train[k]) - 12 : len(train[k]) - 12 + h].mean() for k in keys])
        methods = {KPIGUIDE: ours[h], SNAIVE: snaive[h]} | ({ETS: ets[h]} if ets is not None else {})
        for agg in aggregates:
            mult = h if agg == "sum" else 1
            for name, q in methods.items():
                results[(name, h, agg)] = scores(q * mult, truth_mean * mult, scale * mult, last_year * mult)
                if diagnose and name == KPIGUIDE and agg == "mean":
                    results[(name, h, agg)]["diagnostics"] = calibration_diagnostics(q, truth_mean, last_year)
    return {
        "results": results,
        "chosen": chosen,
        "series": len(keys),
        "times": (ours_time, snaive_time, ets_time),
        "load": (load_before, load_after),
    }


def _machine(series: int) -> str:
    return (
        f"Date: {dt.date.today().isoformat()}; machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; series: {series}."
    )


def _reliability_rows(results: dict[tuple[str, int, str], dict[str, object]]) -> list[str]:
    lines = []
    for (name, h, agg), r in results.items():
        if agg != "mean":
            continue
        table = r["reliability"]
        cells = " | ".join(f"{p:.3f} / {hit:.3f}" for p, hit, _n in table)
        lines.append(f"| {name} | {h} | {cells} | {max_gap(table):.3f} |")
    return lines


def single_report(args: argparse.Namespace, run: dict[str, object]) -> str:
    """The Markdown section of one split (the holdout or one development origin)."""
    results, chosen = run["results"], run["chosen"]
    (ours_time, snaive_time, ets_time), (load_before, load_after) = run["times"], run["load"]
    lines = [
        "## Achievability — M3 monthly (1,428 series, 18-month holdout)"
        + (f" — DEVELOPMENT split ({args.cut} months before the holdout)" if args.development else ""),
        "",
        f"Command: `python benchmarks/achievability_m3.py --data {args.data}"
        + (f" --limit {args.limit}" if args.limit else "")
        + (" --no-ets" if args.no_ets else "")
        + (" --development" if args.development else "")
        + (f" --cut {args.cut}" if args.development and args.cut != DEV_HOLDOUT else "")
        + (" --rolling" if args.rolling else "")
        + (f" --recalibration-window {args.recalibration_window}" if args.recalibration_window else "")
        + "`",
        _machine(run["series"]),
        "",
        "Forecast origin = start of the holdout; target = aggregate of the first h holdout months. "
        "Pinball = mean over levels 0.025…0.975, divided by the mean absolute value of the last training year "
        "(× h for sums). Brier = mean over targets at −10 %, 0, +5 %, +10 %, +20 % of the same months last year. "
        "Goals: 80 % coverage 78–82 %, 95 % coverage 93–97 %, pinball and Brier no worse than the best baseline.",
        "",
        "| method | h | aggregate | cover 50 % | cover 80 % | cover 95 % | pinball | Brier |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for (name, h, agg), r in results.items():
        lines.append(
            f"| {name} | {h} | {agg} | {r['cov50']:.1%} | {r['cov80']:.1%} | {r['cov95']:.1%} "
            f"| {r['pinball']:.4f} | {r['brier']:.4f} |"
        )
    lines += [
        "",
        "Reliability (issue 16; goal ≤ 0.05 in every fifth): targets at ×0.95, ×1.0, ×1.05, ×1.15 of the same "
        "months last year, pooled and ranked by the predicted probability of reaching them; per fifth: mean "
        "predicted probability / hit rate; max = the largest |difference| (mean aggregate; sum is identical).",
        "",
        "| method | h | fifth 1 | fifth 2 | fifth 3 | fifth 4 | fifth 5 | max gap |",
        "|---|---|---|---|---|---|---|---|",
        *_reliability_rows(results),
        "",
        f"Wall time for all {run['series']} series, both horizons (fit + predict): kpiguide {ours_time:.1f} s "
        f"(one process, one OpenMP thread for fitting; 1-min load average {load_before:.1f} before, "
        f"{load_after:.1f} after); seasonal naive {snaive_time:.1f} s; "
        + ("ETS not run (--no-ets)." if np.isnan(ets_time) else f"ETS {ets_time:.1f} s (2 processes)."),
        "Methods chosen by back-test (pinball on the 12 origins before the calibration window; default for "
        "all series, and the count per method): "
        + "; ".join(
            f"h={h}: default {chosen[h].pop('default')}, " + ", ".join(f"{m} {c}" for m, c in chosen[h].items())
            for h in chosen
        )
        + ".",
        "Sum and mean give the same coverage and Brier (a sum is h × the mean); pinball is scaled accordingly.",
        "",
    ]
    return "\n".join(lines)


def multi_origin_report(title: str, command: str, runs: dict[int, dict[str, object]], origin: str) -> str:
    """Per horizon: the gap per origin, its mean and maximum, the origins meeting the goal, and the
    reliability pooled over all origins; coverage, pinball and Brier per origin (mean aggregate)."""
    loads = [x for run in runs.values() for x in run["load"]]
    lines = [
        f"### {title}",
        "",
        f"Command: `{command}`",
        _machine(max(run["series"] for run in runs.values()))
        + f" 1-min load average {min(loads):.1f}–{max(loads):.1f} around the kpiguide fits; kpiguide fit + predict "
        f"{sum(run['times'][0] for run in runs.values()):.0f} s in all.",
        "",
    ]
    horizons = sorted({h for run in runs.values() for (_m, h, _a) in run["results"]})
    for h in horizons:
        at = {o: run["results"] for o, run in runs.items() if (KPIGUIDE, h, "mean") in run["results"]}
        lines += [
            f"h = {h}: per origin ({origin}); gap = max |mean predicted probability − hit rate| over the fifths; "
            "common shift = the one logit shift of all kpiguide probabilities that fits the origin's outcomes best "
            "(an oracle), gap after it = what is left without that common surprise; sampling floor = 95th "
            "percentile of the gap when outcomes are drawn from the forecasts themselves, series independent.",
            "",
            "| origin | series | kpiguide gap | snaive gap | kpiguide cover 50 / 80 / 95 % | kpiguide pinball / Brier "
            "| snaive pinball / Brier | common shift (oracle) | gap after it | sampling floor (p95) |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for o, res in at.items():
            ours, naive = res[(KPIGUIDE, h, "mean")], res[(SNAIVE, h, "mean")]
            diag = ours.get("diagnostics")
            extra = f"{diag['shift']:+.2f} | {diag['shifted']:.3f} | {diag['floor']:.3f}" if diag else "– | – | –"
            lines.append(
                f"| {o} | {runs[o]['series']} | {max_gap(ours['reliability']):.3f} "
                f"| {max_gap(naive['reliability']):.3f} "
                f"| {ours['cov50']:.1%} / {ours['cov80']:.1%} / {ours['cov95']:.1%} "
                f"| {ours['pinball']:.4f} / {ours['brier']:.4f} | {naive['pinball']:.4f} / {naive['brier']:.4f} "
                f"| {extra} |"
            )
        lines += [
            "",
            "| method | gap mean | gap max | origins ≤ 0.05 | pooled: fifth 1 … fifth 5 (predicted / hit) "
            "| pooled max gap | mean cover 80 / 95 % | mean pinball / Brier |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for name in (KPIGUIDE, SNAIVE):
            per = [res[(name, h, "mean")] for res in at.values()]
            gaps = [max_gap(r["reliability"]) for r in per]
            pooled = fifths(np.concatenate([r["cases"][0] for r in per]), np.concatenate([r["cases"][1] for r in per]))
            cells = ", ".join(f"{a:.3f} / {b:.3f}" for a, b, _n in pooled)
            mean = {key: np.mean([r[key] for r in per]) for key in ("cov80", "cov95", "pinball", "brier")}
            lines.append(
                f"| {name} | {np.mean(gaps):.3f} | {max(gaps):.3f} | {sum(g <= 0.05 for g in gaps)} of {len(gaps)} "
                f"| {cells} | {max_gap(pooled):.3f} | {mean['cov80']:.1%} / {mean['cov95']:.1%} "
                f"| {mean['pinball']:.4f} / {mean['brier']:.4f} |"
            )
        lines.append("")
    return "\n".join(lines)


def run_cuts(args: argparse.Namespace, train: dict[str, np.ndarray]) -> str:
    """``--development --cuts``: one development evaluation per origin, in one process."""
    runs = {}
    for cut in args.cuts:
        dev_train, dev_test = development_split(train, cut, MIN_DEV_TRAIN)
        if not dev_train:
            print(f"cut {cut}: no series with {MIN_DEV_TRAIN} training months left; origin skipped", file=sys.stderr)
            continue
        runs[cut] = evaluate(
            dev_train,
            dev_test,
            with_ets=not args.no_ets,
            aggregates=("mean",),
            diagnose=True,
            recalibration_window=args.recalibration_window,
        )
        print(f"cut {cut}: {runs[cut]['series']} series, kpiguide {runs[cut]['times'][0]:.1f} s", file=sys.stderr)
    command = (
        f"python benchmarks/achievability_m3.py --data {args.data} --development"
        + (" --no-ets" if args.no_ets else "")
        + f" --cuts {','.join(map(str, args.cuts))}"
        + (f" --recalibration-window {args.recalibration_window}" if args.recalibration_window else "")
        + (f" --limit {args.limit}" if args.limit else "")
    )
    title = "Development origins (months before the M3 holdout; series with ≥ 13 training months at the origin)"
    if not runs:
        return ""
    return multi_origin_report(title, command, runs, "months before the holdout")


def run_rolling(
    args: argparse.Namespace, train: dict[str, np.ndarray], test: dict[str, np.ndarray], first: dict[str, object]
) -> str:
    """``--rolling``: origins inside the holdout, each fitted only on the data before it (``first``: the
    evaluation at the start of the holdout, already run)."""
    runs = {0: first}
    for month in sorted({m for months in ROLLING.values() for m in months} - {0}):
        horizons = tuple(h for h in HORIZONS if month in ROLLING[h])
        before = {k: np.concatenate([train[k], test[k][:month]]) for k in train}
        after = {k: test[k][month:] for k in train}
        runs[month] = evaluate(before, after, horizons=horizons, aggregates=("mean",), diagnose=True)
        print(f"holdout month {month}: kpiguide {runs[month]['times'][0]:.1f} s", file=sys.stderr)
    command = (
        f"python benchmarks/achievability_m3.py --data {args.data}"
        + (" --no-ets" if args.no_ets else "")
        + " --rolling"
        + (f" --limit {args.limit}" if args.limit else "")
    )
    title = (
        "Rolling origins inside the M3 holdout (kpiguide and seasonal naive; each origin fitted on the data before it)"
    )
    return multi_origin_report(title, command, runs, "holdout month of the origin")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data(), help="folder holding m3_monthly/")
    parser.add_argument("--limit", type=int, default=None, help="only the first N series (quick runs)")
    parser.add_argument("--no-ets", action="store_true", help="skip the (slow) ETS baseline")
    parser.add_argument(
        "--development",
        action="store_true",
        help="score on the 18 months before the M3 holdout (cut from the training data) to choose settings",
    )
    parser.add_argument(
        "--cut",
        type=int,
        default=DEV_HOLDOUT,
        help="with --development: the forecast origin is this many months before the M3 holdout (default 18; "
        "larger values give earlier development origins, e.g. 22, 26, 30, 34)",
    )
    parser.add_argument(
        "--cuts",
        type=lambda text: [int(c) for c in text.split(",") if c.strip()],
        default=None,
        help="with --development: several origins in one process (e.g. 18,22,26,30,34,38,42); per horizon the "
        f"gap per origin, its mean and max, origins meeting the goal, pooled reliability (series with at least "
        f"{MIN_DEV_TRAIN} training months at the origin)",
    )
    parser.add_argument(
        "--rolling",
        action="store_true",
        help="on the holdout: also evaluate rolling origins at holdout months 0, 3, …, 15 (h=3) and 0, 3, 6 (h=12)",
    )
    parser.add_argument(
        "--recalibration-window",
        type=int,
        default=None,
        help="past origins the probability map is fitted on (AchievabilityModel(recalibration_window=N); "
        "default: the model's)",
    )
    parser.add_argument("--out", type=Path, default=None, help="also write the Markdown section here")
    parser.add_argument("--quick", action="store_true", help="smoke run: 12 series, no ETS; writes nothing")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.quick:
        args.limit, args.no_ets, args.out = 12, True, None
    if not (args.data / "m3_monthly" / "m3_monthly_long.csv").is_file():
        print(f"M3 data not found under {args.data}; pass --data PATH", file=sys.stderr)
        return 2
    if min(args.cuts or [args.cut]) < max(HORIZONS):
        print(f"--cut must be at least {max(HORIZONS)} months (the longest horizon)", file=sys.stderr)
        return 2
    if args.cuts and (not args.development or args.rolling):
        print("--cuts goes with --development (and not with --rolling)", file=sys.stderr)
        return 2
    if args.rolling and args.development:
        print("--rolling evaluates origins inside the holdout: not with --development", file=sys.stderr)
        return 2
    train, test = load_all(args.data, args.limit)
    if args.cuts:
        text = run_cuts(args, train)
        if not text:
            return 2
    else:
        if args.development:
            train, test = development_split(train, args.cut)
        if min(len(v) for v in train.values()) < 13:
            print("--cut leaves a series with less than 13 training months (no same months last year)", file=sys.stderr)
            return 2
        first = evaluate(
            train, test, with_ets=not args.no_ets, diagnose=args.rolling, recalibration_window=args.recalibration_window
        )
        text = single_report(args, first)
        if args.rolling:
            text += "\n" + run_rolling(args, train, test, first)
    print(text)
    if args.out:  # only the latest run's block: the curated history around it stays
        write_section("m3_latest", text, path=args.out, title="## Achievability — M3 monthly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
