"""The facade: Project's methods and namespaces are thin calls, and the flat names of
version 0.1 still answer, with a warning that names their new place."""

from __future__ import annotations

import pytest

from workbench import Project
from workbench.project import MOVED


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.db", user="ann") as made:
        made.codebook.add("Vormen/Grappen")
        yield made


def test_every_moved_name_points_at_a_namespace_method(project):
    for old, new in MOVED.items():
        space, method = new.split(".")
        assert callable(getattr(getattr(project, space), method)), old
        assert not hasattr(Project, old), f"{old} is still a method of Project"


def test_an_old_name_still_works_and_says_where_it_went(project):
    with pytest.warns(DeprecationWarning, match=r"Project.codings is now Project.coding.codings"):
        assert project.codings() == []
    with pytest.warns(DeprecationWarning, match=r"Project.topics\(...\) is now"):
        with pytest.raises(Exception, match="topic"):  # no topic run yet: the same error
            project.topics()
    with pytest.raises(Exception, match="topic") as new:
        project.topics.list()
    assert type(new.value).__name__ == "InputError"


def test_an_unknown_name_is_an_attribute_error(project):
    with pytest.raises(AttributeError, match="no attribute 'cdoe_segment'"):
        project.cdoe_segment  # noqa: B018
