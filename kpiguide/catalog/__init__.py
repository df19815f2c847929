"""The bilingual indicator catalog: data files, schema, extension catalogs and strategy templates.

>>> from kpiguide.catalog import load_catalog
>>> catalog = load_catalog()            # built-in data           # doctest: +SKIP
>>> catalog.get("finance.days_sales_outstanding").name("zh")      # doctest: +SKIP
'应收账款周转天数'
"""

from kpiguide.catalog.core import (
    Catalog,
    StrategyTemplate,
    builtin_data_dir,
    load_catalog,
    load_merged_ids,
    load_templates,
    read_catalog_files,
)
from kpiguide.catalog.schema import indicator_schema, template_schema
from kpiguide.catalog.taxonomy import Taxonomy, taxonomy

__all__ = [
    "Catalog",
    "StrategyTemplate",
    "Taxonomy",
    "builtin_data_dir",
    "indicator_schema",
    "load_catalog",
    "load_merged_ids",
    "load_templates",
    "read_catalog_files",
    "taxonomy",
    "template_schema",
]
