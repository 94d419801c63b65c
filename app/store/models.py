"""SQLAlchemy 2 typed models for the whole domain (DESIGN.md, SYNC-SPEC.md).

Every synchronised record (subclass of :class:`SyncedRecord`) has a UUID key made
where it was created, a ``version`` raised on every change, created/updated time and
operator, a tombstone flag for deletes, and ``owner_mission``: the mission code the
record belongs to for routing (None for network-wide records).

Columns use portable types only (String, Text, Integer, Float, Boolean, Date,
DateTime, JSON) so the same models and migrations serve SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONType = JSON().with_variant(JSONB(), "postgresql")
UUID_LEN = 36


def new_id() -> str:
    """A new random record key (UUID4 as text: portable and readable in bundles)."""
    return str(uuid.uuid4())


#: Namespace for ids that must be the same wherever a record is made (missions by code).
ID_NAMESPACE = uuid.UUID("6f0c3a52-9a57-4b8e-9a0b-3c1f5e7d2a10")


def stable_id(kind: str, key: str) -> str:
    """The same UUID for the same (kind, key) on every node: two nodes that both create
    mission MONUSCO create one record, which sync then merges."""
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}:{key}"))


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: DateTime(timezone=True),
        dict[str, Any]: JSONType,
        list[str]: JSONType,
    }


def _fk(target: str, *, nullable: bool = True, index: bool = True) -> Any:
    return mapped_column(String(UUID_LEN), ForeignKey(target), nullable=nullable, index=index)


class SyncedRecord(Base):
    """Columns shared by every record that travels in sync bundles."""

    __abstract__ = True
    #: Fields a bundle carries: every column except the bookkeeping ones.
    BOOKKEEPING: ClassVar[frozenset[str]] = frozenset(
        {"id", "version", "created_at", "created_by", "updated_at", "updated_by"}
    )
    #: True for tables that headquarters relays to every mission (SYNC-SPEC 5).
    NETWORK_WIDE: ClassVar[bool] = False

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)  # no index: see 0002
    owner_mission: Mapped[str | None] = mapped_column(String(32), index=True)

    @classmethod
    def data_fields(cls) -> list[str]:
        """Column names that make up the record's content (carried in ``fields``)."""
        return [c.key for c in cls.__table__.columns if c.key not in cls.BOOKKEEPING]


# --- network-wide records -------------------------------------------------------------


class Mission(SyncedRecord):
    """A peace operation, special political mission, regional office or HQ hub."""

    __tablename__ = "mission"
    NETWORK_WIDE = True
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    mission_type: Mapped[str] = mapped_column(String(32))
    host_countries: Mapped[list[str]] = mapped_column(default=list)
    description: Mapped[str] = mapped_column(Text, default="")


class FocalPoint(SyncedRecord):
    """A member of the network."""

    __tablename__ = "focal_point"
    NETWORK_WIDE = True
    full_name: Mapped[str] = mapped_column(String(300))
    mission_id: Mapped[str | None] = _fk("mission.id")
    unit: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    languages: Mapped[list[str]] = mapped_column(default=list)
    active_from: Mapped[dt.date | None] = mapped_column(Date)
    active_to: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class PartnerEntity(SyncedRecord):
    """A host-State or regional justice/security institution, or a CSO."""

    __tablename__ = "partner_entity"
    NETWORK_WIDE = True
    name: Mapped[str] = mapped_column(String(300))
    acronym: Mapped[str] = mapped_column(String(50), default="")
    country: Mapped[str | None] = mapped_column(String(2))
    sector: Mapped[str] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text, default="")


class Lesson(SyncedRecord):
    """A lesson learned or good practice, shared across the network."""

    __tablename__ = "lesson"
    NETWORK_WIDE = True
    mission_id: Mapped[str | None] = _fk("mission.id")
    kind: Mapped[str] = mapped_column(String(32), default="lesson")
    thematic_area: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    # Plain references, no foreign key: the source may be private to another mission.
    source_activity_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    source_assessment_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    date_shared: Mapped[dt.date | None] = mapped_column(Date)


# --- mission records --------------------------------------------------------------------


class Initiative(SyncedRecord):
    """A pilot or first-phase project of a mission."""

    __tablename__ = "initiative"
    mission_id: Mapped[str] = _fk("mission.id", nullable=False)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(32), default="proposed")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    partners: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")


class Assessment(SyncedRecord):
    """A needs-and-gaps assessment of one or more entities by a mission."""

    __tablename__ = "assessment"
    mission_id: Mapped[str] = _fk("mission.id", nullable=False)
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(32), default="desk_review")
    assessors: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32), default="draft")
    summary: Mapped[str] = mapped_column(Text, default="")


class AssessmentEntity(SyncedRecord):
    """Link: an entity covered by an assessment."""

    __tablename__ = "assessment_entity"
    __table_args__ = (UniqueConstraint("assessment_id", "entity_id"),)
    assessment_id: Mapped[str] = _fk("assessment.id", nullable=False)
    entity_id: Mapped[str] = _fk("partner_entity.id", nullable=False)


class Finding(SyncedRecord):
    """A need or gap found by an assessment, in one thematic area."""

    __tablename__ = "finding"
    assessment_id: Mapped[str] = _fk("assessment.id", nullable=False)
    thematic_area: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    evidence: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(Text, default="")
    initiative_id: Mapped[str | None] = _fk("initiative.id")


class Activity(SyncedRecord):
    """A training, conference, workshop, code-of-conduct workshop, side event or meeting."""

    __tablename__ = "activity"
    mission_id: Mapped[str] = _fk("mission.id", nullable=False)
    initiative_id: Mapped[str | None] = _fk("initiative.id")
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    venue_city: Mapped[str] = mapped_column(String(200), default="")
    venue_country: Mapped[str | None] = mapped_column(String(2))
    co_organisers: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list[str]] = mapped_column(default=list)
    target_audience: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Code-of-conduct workshops.
    coc_modules: Mapped[list[str]] = mapped_column(default=list)
    coc_commitments: Mapped[str] = mapped_column(Text, default="")
    # Side events.
    parties_represented: Mapped[str] = mapped_column(Text, default="")
    common_ground: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")


class ActivityDay(SyncedRecord):
    """One day or session of an activity."""

    __tablename__ = "activity_day"
    activity_id: Mapped[str] = _fk("activity.id", nullable=False)
    day_date: Mapped[dt.date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(200), default="")


class Participant(SyncedRecord):
    """A person who attends activities (one record across all their activities)."""

    __tablename__ = "participant"
    __table_args__ = (
        Index("ix_participant_name_key", "name_key"),
        # The participants list: walks names in order and checks a search against the
        # folded key without reading the rows, so a page costs the same at any size.
        Index("ix_participant_list", "full_name", "name_key", "native_name", "deleted", "id"),
    )
    full_name: Mapped[str] = mapped_column(String(300))
    native_name: Mapped[str] = mapped_column(String(300), default="")
    #: Folded name + organisation, for duplicate detection and search.
    name_key: Mapped[str] = mapped_column(String(700), default="")
    sex: Mapped[str] = mapped_column(String(1))
    age_band: Mapped[str | None] = mapped_column(String(8))
    disability: Mapped[bool | None] = mapped_column(Boolean)
    entity_id: Mapped[str | None] = _fk("partner_entity.id")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(32))
    actor_type: Mapped[str] = mapped_column(String(16), default="state")
    country: Mapped[str | None] = mapped_column(String(2))
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")


class Attendance(SyncedRecord):
    """A participant in an activity: role, presence per day, scores, certificate."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("activity_id", "participant_id"),)
    #: Look-ups by activity use the unique constraint's index (no index of its own).
    activity_id: Mapped[str] = _fk("activity.id", nullable=False, index=False)
    participant_id: Mapped[str] = _fk("participant.id", nullable=False)
    role: Mapped[str] = mapped_column(String(32), default="participant")
    #: Ids of the activity days the person was present.
    days_present: Mapped[list[str]] = mapped_column(default=list)
    pre_score: Mapped[float | None] = mapped_column(Float)
    post_score: Mapped[float | None] = mapped_column(Float)
    certificate: Mapped[bool] = mapped_column(Boolean, default=False)
    commitment_signed: Mapped[bool] = mapped_column(Boolean, default=False)


SYNCED_MODELS: tuple[type[SyncedRecord], ...] = (
    Mission, FocalPoint, PartnerEntity, Lesson, Initiative, Assessment, AssessmentEntity,
    Finding, Activity, ActivityDay, Participant, Attendance,
)
#: Table name -> model, in an order where parents come before children.
MODEL_BY_TABLE: dict[str, type[SyncedRecord]] = {m.__tablename__: m for m in SYNCED_MODELS}


# --- node bookkeeping (never synchronised as records) ------------------------------------


class Node(Base):
    """This installation (``is_self``) and every peer it knows: identity, trust, sync state."""

    __tablename__ = "node"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    mission_code: Mapped[str | None] = mapped_column(String(32))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    sign_kid: Mapped[str | None] = mapped_column(String(64), unique=True)
    sign_jwk: Mapped[dict[str, Any] | None] = mapped_column()
    enc_kid: Mapped[str | None] = mapped_column(String(64))
    enc_jwk: Mapped[dict[str, Any] | None] = mapped_column()
    app_version: Mapped[str] = mapped_column(String(32), default="")
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)
    trusted_at: Mapped[dt.datetime | None] = mapped_column()
    trusted_by: Mapped[str] = mapped_column(String(200), default="")
    revoked_at: Mapped[dt.datetime | None] = mapped_column()
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    #: Bundles from this node with a seq above this are refused after revocation.
    revoked_after_seq: Mapped[int | None] = mapped_column(Integer)
    #: Highest seq of this peer's bundles imported here.
    last_imported_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_imported_at: Mapped[dt.datetime | None] = mapped_column()
    #: Highest seq of our bundles this peer says it imported.
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: Seq of the last bundle we made for this peer.
    last_export_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_export_at: Mapped[dt.datetime | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ChangeLog(Base):
    """Every change applied on this node, made here or imported (SYNC-SPEC section 4)."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "table_name", "record_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(100), unique=True)
    origin: Mapped[str] = mapped_column(String(UUID_LEN))
    origin_seq: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(UUID_LEN))
    op: Mapped[str] = mapped_column(String(8))
    base_version: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[dt.datetime] = mapped_column()
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Not indexed (nor ``origin``): readers scan by id range and filter these in the scan.
    owner_mission: Mapped[str | None] = mapped_column(String(32))
    #: The peer this change came from (None: made on this node).
    received_from: Mapped[str | None] = mapped_column(String(UUID_LEN))
    bundle_id: Mapped[str | None] = mapped_column(String(UUID_LEN))


class AuditLog(Base):
    """Who changed what, when, from which node. Field names only, never values."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    operator: Mapped[str] = mapped_column(String(200), default="")
    node_id: Mapped[str] = mapped_column(String(UUID_LEN), default="")
    action: Mapped[str] = mapped_column(String(32))
    table_name: Mapped[str] = mapped_column(String(64), default="")
    record_id: Mapped[str] = mapped_column(String(UUID_LEN), default="")
    field_names: Mapped[list[str]] = mapped_column(default=list)
    detail: Mapped[str] = mapped_column(Text, default="")


class BundleLog(Base):
    """A bundle this node exported or imported (or refused)."""

    __tablename__ = "bundle_log"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True, default=new_id)
    direction: Mapped[str] = mapped_column(String(8))  # "export" | "import"
    bundle_id: Mapped[str | None] = mapped_column(String(UUID_LEN), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="changes")
    peer_node_id: Mapped[str | None] = mapped_column(String(UUID_LEN), index=True)
    seq: Mapped[int | None] = mapped_column(Integer)
    file_hash: Mapped[str] = mapped_column(String(64), default="")
    file_path: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))  # imported|duplicate|rejected|exported
    reason: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: For exports: the highest change_log.id the bundle carried.
    max_change_id: Mapped[int] = mapped_column(Integer, default=0)
    operator: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Conflict(Base):
    """A field both sides changed, kept visible until an operator resolves it."""

    __tablename__ = "conflict"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    incoming_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    incoming_change_id: Mapped[str] = mapped_column(String(100))
    incoming_by: Mapped[str] = mapped_column(String(200), default="")
    incoming_at: Mapped[dt.datetime | None] = mapped_column()
    source_node: Mapped[str | None] = mapped_column(String(UUID_LEN))
    bundle_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    resolution: Mapped[str] = mapped_column(String(16), default="")
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Setting(Base):
    """Node-local key/value state (counters, settings version)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONType, nullable=True)
