from __future__ import annotations

import pytest

from kpiguide.core.errors import InputError
from kpiguide.project.paths import new_project_path


def test_new_project_path_speaks_the_users_language(tmp_path):
    environ = {"KPIGUIDE_HOME": str(tmp_path)}
    with pytest.raises(InputError, match="organisation's name"):
        new_project_path("", environ=environ)
    with pytest.raises(InputError, match="无法创建项目") as info:
        new_project_path("", "bad name", environ=environ, lang="zh")
    assert "组织名称" in str(info.value) and "'bad name' 不能用作文件名" in str(info.value)
