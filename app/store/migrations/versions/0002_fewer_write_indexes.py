"""fewer indexes to maintain on every write

Drops indexes no query uses, each of which every insert and every sync import paid for:

- ``ix_<table>_deleted`` on the twelve synchronised tables: a true/false column that is
  false for almost every row, filtered with ``IS NOT 1``, which no index serves;
- ``ix_attendance_activity_id``: the unique constraint on (activity_id, participant_id)
  already serves look-ups by activity;
- ``ix_change_log_origin`` and ``ix_change_log_owner_mission``: the export and the sync
  status read the change log by id range and filter origin and mission in that scan.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 10:00:00
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

SYNCED_TABLES = ("mission", "focal_point", "partner_entity", "lesson", "initiative",
                 "assessment", "assessment_entity", "finding", "activity", "activity_day",
                 "participant", "attendance")
OTHER = (("attendance", "ix_attendance_activity_id", ["activity_id"]),
         ("change_log", "ix_change_log_origin", ["origin"]),
         ("change_log", "ix_change_log_owner_mission", ["owner_mission"]))


def upgrade() -> None:
    for table in SYNCED_TABLES:
        op.drop_index(f"ix_{table}_deleted", table_name=table)
    for table, name, _columns in OTHER:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for table, name, columns in OTHER:
        op.create_index(name, table, columns, unique=False)
    for table in SYNCED_TABLES:
        op.create_index(f"ix_{table}_deleted", table, ["deleted"], unique=False)
