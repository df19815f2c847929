"""What importing a scheme would change in a project: created, updated, missing rows per entity.

:meth:`kpiguide.project.store.Store.scheme_changes` computes it without writing (``kpiguide import
--dry-run`` shows it as a table); :meth:`~kpiguide.project.store.Store.replace_scheme` applies the same
diff, and deletes the rows missing from the file only when asked to (``delete_missing``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import RowMapping

from kpiguide.project.tables import SchemeMember, _from_row

__all__ = ["EntityChanges", "EntityDiff", "SchemeChanges", "diff_entity"]


@dataclass
class EntityDiff:
    """The diff of one entity table against the objects of a file (rows matched by id)."""

    created: list[tuple[int, SchemeMember]] = field(default_factory=list)
    updated: list[tuple[int, SchemeMember, RowMapping]] = field(default_factory=list)
    moved: list[tuple[int, SchemeMember, RowMapping]] = field(default_factory=list)
    missing: list[RowMapping] = field(default_factory=list)
    unchanged: int = 0


def diff_entity(entity: str, current: Mapping[str, RowMapping], objs: Sequence[SchemeMember]) -> EntityDiff:
    """Compare the stored rows of ``entity`` (by id) with ``objs`` in file order (their positions)."""
    diff = EntityDiff()
    wanted = {o.id for o in objs}
    diff.missing = [row for key, row in current.items() if key not in wanted]
    for position, obj in enumerate(objs):
        stored = current.get(obj.id)
        if stored is None:
            diff.created.append((position, obj))
        elif _from_row(entity, stored) != obj:
            diff.updated.append((position, obj, stored))
        elif stored["position"] != position:
            diff.moved.append((position, obj, stored))
        else:
            diff.unchanged += 1
    return diff


@dataclass(frozen=True)
class EntityChanges:
    """Ids created, updated and missing from the file for one entity (``organization`` included)."""

    entity: str
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    unchanged: int = 0

    @classmethod
    def of(cls, entity: str, diff: EntityDiff) -> EntityChanges:
        return cls(
            entity,
            tuple(o.id for _, o in diff.created),
            tuple(o.id for _, o, _ in diff.updated),
            tuple(str(r["id"]) for r in diff.missing),
            diff.unchanged + len(diff.moved),
        )


@dataclass(frozen=True)
class SchemeChanges:
    """What an import would change; ``delete_missing`` says whether missing rows would be deleted or kept."""

    entities: tuple[EntityChanges, ...]
    delete_missing: bool

    def counts(self) -> dict[str, int]:
        """Totals over the entities: created, updated, deleted, kept, unchanged."""
        missing = sum(len(e.missing) for e in self.entities)
        return {
            "created": sum(len(e.created) for e in self.entities),
            "updated": sum(len(e.updated) for e in self.entities),
            "deleted": missing if self.delete_missing else 0,
            "kept": 0 if self.delete_missing else missing,
            "unchanged": sum(e.unchanged for e in self.entities),
        }

    def rows(self) -> list[dict[str, Any]]:
        """One row per entity for a table (ids listed, at most 10 each)."""

        def ids(values: tuple[str, ...]) -> str:
            shown = ", ".join(values[:10])
            return shown + (f" … (+{len(values) - 10})" if len(values) > 10 else "")

        out = []
        for e in self.entities:
            missing_key = "deleted" if self.delete_missing else "kept"
            out.append(
                {
                    "entity": e.entity,
                    "created": len(e.created),
                    "updated": len(e.updated),
                    "deleted": len(e.missing) if self.delete_missing else 0,
                    "kept": 0 if self.delete_missing else len(e.missing),
                    "unchanged": e.unchanged,
                    "ids": "; ".join(
                        f"{label}: {ids(v)}"
                        for label, v in (("created", e.created), ("updated", e.updated), (missing_key, e.missing))
                        if v
                    ),
                }
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "delete_missing": self.delete_missing,
            **self.counts(),
            "entities": {
                e.entity: {
                    "created": list(e.created),
                    "updated": list(e.updated),
                    ("deleted" if self.delete_missing else "kept"): list(e.missing),
                    "unchanged": e.unchanged,
                }
                for e in self.entities
            },
        }
