"""The catalog and the role library through the artifact cache: the same objects as validated from the files."""

from __future__ import annotations

import shutil

import pytest
import yaml

from kpiguide.catalog import core, roles
from kpiguide.catalog.core import builtin_data_dir, data_version
from kpiguide.core.cache import CACHE_ENV


@pytest.fixture
def fresh_cache(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    core._builtin_catalog.cache_clear()
    roles._builtin_roles.cache_clear()
    yield tmp_path / "cache"
    core._builtin_catalog.cache_clear()
    roles._builtin_roles.cache_clear()


def test_cached_catalog_equals_the_validated_files(fresh_cache):
    validated = core._read_builtin_catalog()
    first = core.load_catalog()  # builds and stores
    assert list((fresh_cache / "catalog").iterdir())
    core._builtin_catalog.cache_clear()
    loaded = core.load_catalog()  # from the cache
    for catalog in (first, loaded):
        assert catalog.indicators == validated.indicators
        assert catalog.templates == validated.templates
        assert dict(catalog.sources) == dict(validated.sources)
        assert dict(catalog.aliases) == dict(validated.aliases)


def test_cached_roles_equal_the_validated_files(fresh_cache):
    first = roles.load_roles()
    roles._builtin_roles.cache_clear()
    loaded = roles.load_roles()
    validated = roles.with_official_titles(
        roles.read_roles(sorted(roles.roles_data_dir().glob("*.yaml")), core.load_catalog())
    )
    assert first.roles == loaded.roles == tuple(validated)


def test_damaged_cached_catalog_is_rebuilt(fresh_cache):
    expected = core.load_catalog().indicators
    (artifact,) = (fresh_cache / "catalog").iterdir()
    (artifact / "catalog.json").write_text('{"indicators": []}', encoding="utf-8")
    core._builtin_catalog.cache_clear()
    assert core.load_catalog().indicators == expected


def test_data_version_follows_the_files(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(builtin_data_dir(), folder)
    before = data_version(folder)
    assert before == data_version(builtin_data_dir())
    path = folder / "fn_sales.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("销售", "营销", 1), encoding="utf-8")
    edited = data_version(folder)
    assert edited != before
    (folder / "roles" / "extra.yaml").write_text("roles: []\n", encoding="utf-8")
    assert data_version(folder) not in (before, edited)


def test_extension_catalog_is_cached_per_version_of_its_file(fresh_cache, tmp_path):
    base = core.load_catalog().get("finance.days_sales_outstanding")
    extension = tmp_path / "ours.yaml"
    entry = core.plain(base) | {"name_zh": "回款天数（我司口径）"}
    extension.write_text(yaml.safe_dump({"indicators": [entry]}, allow_unicode=True), encoding="utf-8")
    first = core.load_catalog(extension)
    assert first.get(base.id).name_zh == "回款天数（我司口径）"
    assert len(list((fresh_cache / "catalog").iterdir())) == 2  # the built-in catalog and the merged one
    assert core.load_catalog(extension).indicators == first.indicators  # from the cache
    extension.write_text(extension.read_text(encoding="utf-8").replace("我司口径", "新口径"), encoding="utf-8")
    assert core.load_catalog(extension).get(base.id).name_zh == "回款天数（新口径）"
    assert len(list((fresh_cache / "catalog").iterdir())) == 3


def test_a_change_to_the_role_code_builds_the_roles_again(fresh_cache, monkeypatch):
    roles.load_roles()  # builds and stores
    built = []
    read = roles.read_roles
    monkeypatch.setattr(roles, "read_roles", lambda *a, **k: built.append(1) or read(*a, **k))
    roles._builtin_roles.cache_clear()
    roles.load_roles()
    assert built == []  # same code and data: read from the cache
    digest_of = roles.file_digest
    monkeypatch.setattr(roles, "file_digest", lambda paths: "changed" + digest_of(paths))  # roles.py edited
    roles._builtin_roles.cache_clear()
    roles.load_roles()
    assert built == [1]
