"""The open node: its paths, database, identity and the transaction helper.

A :class:`Workspace` is made once by ``main()`` (CLI or GUI) and passed to every
service function. A :class:`Tx` is one use case's transaction: record writes through
it append to the change log (for sync) and the audit log.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import __version__
from app.config import Paths
from app.domain.errors import ConfigurationError, NotFoundError, StorageError
from app.domain.i18n import message, table_noun
from app.store import db
from app.store.models import (
    AuditLog,
    ChangeLog,
    Mission,
    Node,
    Setting,
    SyncedRecord,
    new_id,
    utcnow,
)
from app.store.serialize import record_fields

log = logging.getLogger(__name__)
R = TypeVar("R", bound=SyncedRecord)
CHANGE_SEQ_KEY = "change_seq"


@dataclass
class Workspace:
    """One node's open database and identity."""

    paths: Paths
    engine: Any
    operator: str = ""
    _factory: Any = field(default=None, repr=False)
    _node: Node | None = field(default=None, repr=False)
    _checkpoint: threading.Thread | None = field(default=None, repr=False)

    @classmethod
    def open(cls, paths: Paths, db_url: str | None = None, operator: str = "",
             *, create: bool = False) -> Workspace:
        """Open (and migrate) the node's database; ``create`` makes the home folder."""
        url = paths.database_url(db_url)
        if create:
            paths.ensure()
        elif url.startswith("sqlite") and not paths.database.exists() and not db_url:
            raise ConfigurationError(
                message("No FocalPoint node in {home}; run 'focalpoint init' first.",
                        home=paths.home)
            )
        engine = db.make_engine(url)
        with db.translate_storage_errors():
            db.upgrade(engine, paths.backups)
        ws = cls(paths=paths, engine=engine, operator=operator)
        ws._factory = db.session_factory(engine)
        return ws

    def close(self) -> None:
        self.wait_for_checkpoint()
        self.engine.dispose()

    def checkpoint_in_background(self) -> None:
        """Start copying SQLite's write-ahead log into the database file (after a large
        import; see :func:`app.store.db.checkpoint_in_background`)."""
        self.wait_for_checkpoint()
        self._checkpoint = db.checkpoint_in_background(self.engine)

    def wait_for_checkpoint(self) -> None:
        if self._checkpoint is not None:
            self._checkpoint.join()
            self._checkpoint = None

    # --- identity ---------------------------------------------------------------------

    @property
    def node(self) -> Node:
        """This node (raises when ``init`` was not run)."""
        if self._node is None:
            with self.session() as s:
                node = s.scalars(select(Node).where(Node.is_self.is_(True))).first()
            if node is None:
                raise ConfigurationError(
                    message("This node has no identity yet; run 'focalpoint init' first.")
                )
            self._node = node
        return self._node

    def forget_node(self) -> None:
        self._node = None

    @property
    def has_node(self) -> bool:
        with self.session() as s:
            return s.scalars(select(Node.id).where(Node.is_self.is_(True))).first() is not None

    @property
    def operator_name(self) -> str:
        return self.operator or self.node.name

    # --- sessions ---------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self, *, translate_errors: bool = True, bind: Any = None) -> Iterator[Session]:
        """A session (nothing is committed unless the caller commits). Database failures
        become one-sentence StorageErrors, unless the caller translates them itself
        (e.g. after retrying a deadlock). ``bind``: a connection the caller holds, for
        the session to use instead of one from the pool."""
        extra = {"bind": bind} if bind is not None else {}
        if not translate_errors:
            with self._factory(**extra) as s:
                yield s
            return
        with db.translate_storage_errors(), self._factory(**extra) as s:
            yield s

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One use case: commit on success, roll back everything on any error."""
        node = self.node
        with db.translate_storage_errors(), self._factory() as s:
            tx = Tx(s, node_id=node.id, operator=self.operator_name,
                    mission_code=node.mission_code)
            try:
                yield tx
                tx.finish()
                s.commit()
            except IntegrityError as exc:
                s.rollback()
                raise StorageError(
                    message("The change conflicts with a record already stored (a duplicate "
                            "or a missing reference); nothing was saved.")
                ) from exc
            except BaseException:
                s.rollback()
                raise


class Tx:
    """A transaction that records every write in the change log and the audit log."""

    def __init__(self, session: Session, *, node_id: str, operator: str,
                 mission_code: str | None) -> None:
        self.session = session
        self.node_id = node_id
        self.operator = operator
        self.mission_code = mission_code
        self._next_seq: int | None = None
        self._seq_row: Setting | None = None

    # --- reads --------------------------------------------------------------------------

    def get(self, model: type[R], record_id: str | None, what: str | None = None,
            *, include_deleted: bool = False) -> R:
        record = self.session.get(model, record_id) if record_id else None
        if record is None or (record.deleted and not include_deleted):
            name = what or model.__tablename__.replace("_", " ")
            raise NotFoundError(message("No {name} with id {record_id}; check the id with "
                                        "'focalpoint list'.", name=table_noun(name),
                                        record_id=record_id))
        return record

    def mission_by_code(self, code: str) -> Mission | None:
        return self.session.scalars(
            select(Mission).where(Mission.code == code, Mission.deleted.is_(False))
        ).first()

    # --- writes -------------------------------------------------------------------------

    def _seq(self) -> int:
        if self._next_seq is None:
            row = self.session.scalars(
                select(Setting).where(Setting.key == CHANGE_SEQ_KEY).with_for_update()
            ).first()
            if row is None:
                row = Setting(key=CHANGE_SEQ_KEY, value=0)
                self.session.add(row)
            self._seq_row = row
            self._next_seq = int(row.value or 0)
        self._next_seq += 1
        return self._next_seq

    def finish(self) -> None:
        """Store the change counter (called once, before commit)."""
        if self._seq_row is not None and self._next_seq is not None:
            self._seq_row.value = self._next_seq
        self.session.flush()

    def log_change(self, record: SyncedRecord, op: str, fields: dict[str, Any],
                   before: dict[str, Any], base_version: int) -> ChangeLog:
        seq = self._seq()
        entry = ChangeLog(
            change_id=f"{self.node_id}:{seq}", origin=self.node_id, origin_seq=seq,
            table_name=record.__tablename__, record_id=record.id, op=op,
            base_version=base_version, version=record.version, changed_at=record.updated_at,
            changed_by=self.operator, fields=fields, before=before,
            owner_mission=record.owner_mission,
        )
        self.session.add(entry)
        return entry

    def audit(self, action: str, table: str = "", record_id: str = "",
              field_names: list[str] | None = None, detail: str = "") -> None:
        self.session.add(AuditLog(
            at=utcnow(), operator=self.operator, node_id=self.node_id, action=action,
            table_name=table, record_id=record_id, field_names=field_names or [],
            detail=detail,
        ))

    def create(self, model: type[R], values: dict[str, Any], *, record_id: str | None = None,
               owner_mission: str | None = None, placeholder: bool = False) -> R:
        """Insert a new record (version 1) and log it.

        A ``placeholder`` (version 0: docs/sync.md, "Placeholder records") stands in for a
        record another node is expected to hold in full: it is created where missing and
        never overwrites nor conflicts with a real version."""
        now = utcnow()
        record = model(id=record_id or new_id(), version=0 if placeholder else 1,
                       created_at=now,
                       created_by=self.operator, updated_at=now, updated_by=self.operator,
                       deleted=False, owner_mission=owner_mission, **values)
        for name in record.data_fields():  # materialise column defaults for the log
            if getattr(record, name) is None:
                col = model.__table__.columns[name]
                if col.default is not None and col.default.is_scalar:
                    setattr(record, name, col.default.arg)
                elif col.default is not None and col.default.is_callable:
                    setattr(record, name, col.default.arg(None))
        self.session.add(record)
        self.log_change(record, "upsert", record_fields(record), {}, 0)
        self.audit("create", model.__tablename__, record.id, sorted(values))
        return record

    def update(self, record: SyncedRecord, values: dict[str, Any]) -> list[str]:
        """Change ``values`` of ``record``; log only what really changed."""
        changed = [k for k, val in values.items() if getattr(record, k) != val]
        if not changed:
            return []
        before = record_fields(record, changed)
        base = record.version
        for k in changed:
            setattr(record, k, values[k])
        record.version = base + 1
        record.updated_at = utcnow()
        record.updated_by = self.operator
        self.log_change(record, "upsert", record_fields(record, changed), before, base)
        self.audit("update", record.__tablename__, record.id, changed)
        return changed

    def delete(self, record: SyncedRecord) -> None:
        """Soft-delete (tombstone) ``record`` so the delete can travel in sync."""
        if record.deleted:
            return
        base = record.version
        record.deleted = True
        record.version = base + 1
        record.updated_at = utcnow()
        record.updated_by = self.operator
        self.log_change(record, "delete", {"deleted": True}, {"deleted": False}, base)
        self.audit("delete", record.__tablename__, record.id)


def init_node(paths: Paths, *, kind: str, name: str, mission: str | None, operator: str,
              db_url: str | None = None) -> Workspace:
    """Create this node's folder, database and identity row (keys: app.services.keys)."""
    from app.domain.vocab import NODE_KIND

    errors = {}
    if kind not in NODE_KIND:
        errors["kind"] = message("Kind must be field or hq")
    if not name.strip():
        errors["name"] = message("Name is required")
    if kind == "field" and not (mission or "").strip():
        errors["mission"] = message("A field node needs its mission code (e.g. MONUSCO)")
    if errors:
        from app.domain.errors import ValidationError

        raise ValidationError(errors, "node")
    ws = Workspace.open(paths, db_url, operator, create=True)
    if ws.has_node:
        node = ws.node
        ws.close()
        raise ConfigurationError(
            message("{home} is already the node '{name}'; use another --home folder.",
                    home=paths.home, name=node.name)
        )
    with ws.session() as s:
        s.add(Node(id=new_id(), kind=kind, name=name.strip(),
                   mission_code=(mission or "").strip().upper() or None, is_self=True,
                   app_version=__version__, trusted=True))
        s.commit()
    if kind == "field" and mission:
        from app.services.network import ensure_mission_in

        with ws.transaction() as tx:
            ensure_mission_in(tx, mission.strip().upper())
    log.info("Initialised a %s node in %s", kind, paths.home)
    return ws
