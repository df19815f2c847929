"""Old name of :mod:`kpiguide.achievability._distribution`, kept for scripts outside the package."""

from kpiguide.achievability._distribution import LEVELS, OUTPUT_LEVELS, cdf, ppf, sort_quantiles

__all__ = ["LEVELS", "OUTPUT_LEVELS", "cdf", "ppf", "sort_quantiles"]
