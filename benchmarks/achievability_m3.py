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

    python benchmarks/achievability_m3.py --data /work/shared/data/external
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

import numpy as np
import pandas as pd

from kpiguide.achievability import AchievabilityModel
from kpiguide.achievability._dist import LEVELS, cdf
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
    frame = pd.read_csv(data / "m3_monthly" / "m3_monthly_long.csv")
    frame = frame.sort_values(["series_id", "t"])
    train, test = {}, {}
    for key, group in frame.groupby("series_id", sort=True):
        train[key] = group.loc[group["split"] == "train", "value"].to_numpy(float)
        test[key] = group.loc[group["split"] == "test", "value"].to_numpy(float)
        if development:
            train[key], test[key] = train[key][:-cut], train[key][-cut:]
        if limit and len(train) >= limit:
            break
    return train, test


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
    out["reliability"] = reliability(q, truth, last_year)
    return out


def reliability(q: np.ndarray, truth: np.ndarray, last_year: np.ndarray) -> list[tuple[float, float, int]]:
    """(mean predicted probability, hit rate, cases) per fifth of the predictions of reaching the targets
    at ×0.95, ×1.0, ×1.05 and ×1.15 of the same months last year (all targets pooled, ranked by probability)."""
    probs, hits = [], []
    for factor in RELIABILITY_TARGETS:
        target = last_year * factor
        probs += [1 - cdf(dict(zip(LEVELS, row, strict=True)), x) for row, x in zip(q, target, strict=True)]
        hits += list(truth >= target)
    p, hit = np.asarray(probs, float), np.asarray(hits, float)
    order = np.argsort(p, kind="stable")
    return [(float(p[b].mean()), float(hit[b].mean()), len(b)) for b in np.array_split(order, RELIABILITY_BINS)]


def main(argv: list[str] | None = None) -> int:
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
    parser.add_argument("--out", type=Path, default=None, help="also write the Markdown section here")
    parser.add_argument("--quick", action="store_true", help="smoke run: 12 series, no ETS; writes nothing")
    args = parser.parse_args(argv)
    if args.quick:
        args.limit, args.no_ets, args.out = 12, True, None
    if not (args.data / "m3_monthly" / "m3_monthly_long.csv").is_file():
        print(f"M3 data not found under {args.data}; pass --data PATH", file=sys.stderr)
        return 2
    if args.cut < max(HORIZONS):
        print(f"--cut must be at least {max(HORIZONS)} months (the longest horizon)", file=sys.stderr)
        return 2
    train, test = load(args.data, args.limit, args.development, args.cut)
    if min(len(v) for v in train.values()) < 13:
        print("--cut leaves a series with less than 13 training months (no same months last year)", file=sys.stderr)
        return 2
    keys = list(train)
    results: dict[tuple[str, int, str], dict[str, float]] = {}

    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    ours, chosen = {}, {}
    for h in HORIZONS:
        model = AchievabilityModel(horizon=h, aggregate="mean").fit({k: pd.Series(train[k]) for k in keys})
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
        for h in HORIZONS
    }
    snaive_time = time.perf_counter() - start

    ets = None
    ets_time = float("nan")
    if not args.no_ets:
        start = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(2, initializer=_single_thread) as pool:
            paths = dict(pool.map(_ets_worker, [(k, train[k]) for k in keys], chunksize=16))
        ets = {h: np.vstack([np.quantile(paths[k][:, :h].mean(axis=1), LEVELS) for k in keys]) for h in HORIZONS}
        ets_time = time.perf_counter() - start

    for h in HORIZONS:
        truth_mean = np.array([test[k][:h].mean() for k in keys])
        scale = np.array([np.mean(np.abs(train[k][-12:])) or 1.0 for k in keys])
        last_year = np.array([train[k][len(train[k]) - 12 : len(train[k]) - 12 + h].mean() for k in keys])
        for agg in AGGREGATES:
            mult = h if agg == "sum" else 1
            methods = {
                "kpiguide (chosen per series + conformal)": ours[h],
                "seasonal naive + drift, empirical q.": snaive[h],
            }
            if ets is not None:
                methods["statsmodels ETS (A,Ad,A/N), simulated"] = ets[h]
            for name, q in methods.items():
                results[(name, h, agg)] = scores(q * mult, truth_mean * mult, scale * mult, last_year * mult)

    lines = [
        "## Achievability — M3 monthly (1,428 series, 18-month holdout)"
        + (f" — DEVELOPMENT split ({args.cut} months before the holdout)" if args.development else ""),
        "",
        f"Command: `python benchmarks/achievability_m3.py --data {args.data}`"
        + (f" --limit {args.limit}" if args.limit else "")
        + (" --no-ets" if args.no_ets else "")
        + (" --development" if args.development else "")
        + (f" --cut {args.cut}" if args.development and args.cut != DEV_HOLDOUT else ""),
        f"Date: {dt.date.today().isoformat()}; machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; series: {len(keys)}.",
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
    ]
    for (name, h, agg), r in results.items():
        if agg != "mean":
            continue
        cells = " | ".join(f"{p:.3f} / {hit:.3f}" for p, hit, _n in r["reliability"])
        gap = max(abs(p - hit) for p, hit, _n in r["reliability"])
        lines.append(f"| {name} | {h} | {cells} | {gap:.3f} |")
    lines += [
        "",
        f"Wall time for all {len(keys)} series, both horizons (fit + predict): kpiguide {ours_time:.1f} s "
        f"(one process, one OpenMP thread for fitting; 1-min load average {load_before:.1f} before, "
        f"{load_after:.1f} after); seasonal naive {snaive_time:.1f} s; ETS {ets_time:.1f} s (2 processes).",
        "Methods chosen by back-test (pinball on the 12 origins before the calibration window; default for "
        "all series, and the count per method): "
        + "; ".join(
            f"h={h}: default {chosen[h].pop('default')}, " + ", ".join(f"{m} {c}" for m, c in chosen[h].items())
            for h in HORIZONS
        )
        + ".",
        "Sum and mean give the same coverage and Brier (a sum is h × the mean); pinball is scaled accordingly.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
