"""The fair file's schema, built by named, append-only migrations.

Never edit or reorder a migration that has shipped: add a new one at the end.
Every record table has a text ``id`` (see :mod:`fairdesk.core.ids`) and
``created_at`` / ``updated_at`` / ``updated_by`` so that files from several
laptops can be merged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fairdesk.storage.connection import FairDb, utils_of

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "fairdesk"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' table: one row per applied migration


@dataclass
class Migration:
    name: str
    fn: Callable[[Database], None]


class MigrationList:
    """The named migrations, in order, applied by sqlite-utils' ``Migrations``.

    Which migrations a file has applied is read with one query, so opening an
    up-to-date fair never imports sqlite-utils; applying them builds sqlite-utils'
    ``Migrations`` from this list (the same set name and table as ever).
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self, *, name: str) -> Callable[[Callable], Callable]:
        def register(fn: Callable) -> Callable:
            if any(m.name == name for m in self._migrations):
                raise ValueError(f"migration {name} is registered twice")
            self._migrations.append(Migration(name, fn))
            return fn
        return register

    def names(self) -> list[str]:
        return [m.name for m in self._migrations]

    def applied_names(self, db: FairDb | Database) -> list[str]:
        """The names the file records as applied, in the order they were applied."""
        conn: sqlite3.Connection = db.conn
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                            [MIGRATIONS_TABLE]).fetchone():
            return []
        return [r[0] for r in conn.execute(
            f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
            [self.name]).fetchall()]

    def pending(self, db: FairDb | Database) -> list[Migration]:
        done = set(self.applied_names(db))
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: FairDb | Database, *, stop_before: str | None = None) -> None:
        from sqlite_utils.migrations import Migrations

        engine = Migrations(self.name)
        for migration in self._migrations:
            engine(name=migration.name)(migration.fn)
        engine.apply(utils_of(db), stop_before=stop_before)


migrations = MigrationList(MIGRATION_SET)

_STAMP = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''"""


def _table(db: Database, name: str, body: str, *indexes: str) -> None:
    db.execute(f"CREATE TABLE [{name}] ({_STAMP},\n{body.strip().rstrip(',')}\n)")
    for i, cols in enumerate(indexes):
        unique = cols.startswith("!")
        cols = cols.lstrip("!")
        db.execute(
            f"CREATE {'UNIQUE ' if unique else ''}INDEX [idx_{name}_{i}] ON [{name}] ({cols})"
        )


def _drop_index_on(db: Database, table: str, columns: str) -> None:
    """Drop the plain index on exactly ``columns`` of ``table`` (comma-separated), if any.

    Found by what it indexes, not by the position-based name ``_table`` gave it.
    """
    wanted = [c.strip() for c in columns.split(",")]
    for _, name, *_rest in db.execute(f"PRAGMA index_list([{table}])").fetchall():
        cols = [r[2] for r in db.execute(f"PRAGMA index_info([{name}])").fetchall()]
        if cols == wanted and not name.startswith("sqlite_autoindex"):
            db.execute(f"DROP INDEX [{name}]")


@migrations(name="0001_fair_core")
def m0001_fair_core(db: Database) -> None:
    db.execute(
        """CREATE TABLE fair_settings (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '')"""
    )
    _table(db, "operators", """
        name TEXT NOT NULL,
        desk TEXT NOT NULL DEFAULT '',
        laptop TEXT NOT NULL DEFAULT '',
        last_seen_at TEXT""", "!name, desk, laptop")
    db.execute(
        """CREATE TABLE audit_log (
            id TEXT PRIMARY KEY NOT NULL,
            at TEXT NOT NULL,
            operator TEXT NOT NULL,
            desk TEXT NOT NULL DEFAULT '',
            laptop TEXT NOT NULL DEFAULT '',
            area TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT)"""
    )
    db.execute("CREATE INDEX idx_audit_entity ON audit_log (entity, entity_id)")
    db.execute(
        """CREATE TABLE tombstones (
            id TEXT PRIMARY KEY NOT NULL,
            entity TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            deleted_by TEXT NOT NULL DEFAULT '')"""
    )


@migrations(name="0002_guests")
def m0002_guests(db: Database) -> None:
    _table(db, "inviting_units", """
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'county',
        target_guests INTEGER NOT NULL DEFAULT 0,
        target_foreign INTEGER NOT NULL DEFAULT 0,
        contact TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT ''""", "!name")
    _table(db, "guests", """
        ref_code TEXT NOT NULL,
        name TEXT NOT NULL,
        name_latin TEXT NOT NULL DEFAULT '',
        search_key TEXT NOT NULL DEFAULT '',
        gender TEXT NOT NULL DEFAULT '',
        honorific TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'guest',
        country TEXT NOT NULL DEFAULT 'CN',
        province TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        wechat TEXT NOT NULL DEFAULT '',
        id_type TEXT NOT NULL DEFAULT '',
        id_number TEXT NOT NULL DEFAULT '',
        inviting_unit_id TEXT REFERENCES inviting_units(id),
        invited_by TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'zh',
        state TEXT NOT NULL DEFAULT 'to_invite',
        letter_sent_on TEXT,
        replied_on TEXT,
        arrival_at TEXT,
        arrival_transport TEXT NOT NULL DEFAULT '',
        arrival_place TEXT NOT NULL DEFAULT '',
        departure_at TEXT,
        departure_transport TEXT NOT NULL DEFAULT '',
        departure_place TEXT NOT NULL DEFAULT '',
        dietary TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        desk_notes TEXT NOT NULL DEFAULT ''""",
        "!ref_code", "inviting_unit_id", "state", "category", "phone", "id_number")
    _table(db, "guest_photos", """
        guest_id TEXT NOT NULL UNIQUE REFERENCES guests(id) ON DELETE CASCADE,
        mime TEXT NOT NULL DEFAULT 'image/jpeg',
        data BLOB NOT NULL""")
    _table(db, "companions", """
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        relation TEXT NOT NULL DEFAULT '',
        gender TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        id_type TEXT NOT NULL DEFAULT '',
        id_number TEXT NOT NULL DEFAULT '',
        dietary TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''""", "guest_id")
    _table(db, "invitation_history", """
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        from_state TEXT,
        to_state TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''""", "guest_id, at")
    _table(db, "dietary_needs", """
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        companion_id TEXT REFERENCES companions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''""", "guest_id")


@migrations(name="0003_agenda")
def m0003_agenda(db: Database) -> None:
    _table(db, "venues", """
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        capacity INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT ''""", "!name")
    _table(db, "agenda_sessions", """
        title TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'meeting',
        venue_id TEXT REFERENCES venues(id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        admitted_categories TEXT NOT NULL DEFAULT '[]',
        host TEXT NOT NULL DEFAULT '',
        dress_code TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        CHECK (ends_at >= starts_at)""", "starts_at")
    _table(db, "attendance", """
        session_id TEXT NOT NULL REFERENCES agenda_sessions(id) ON DELETE CASCADE,
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        desk TEXT NOT NULL DEFAULT '',
        operator TEXT NOT NULL DEFAULT ''""", "!session_id, guest_id")


@migrations(name="0004_reception")
def m0004_reception(db: Database) -> None:
    _table(db, "hotels", """
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        distance_km REAL NOT NULL DEFAULT 0,
        stars INTEGER NOT NULL DEFAULT 0,
        designated INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT ''""", "!name")
    _table(db, "room_blocks", """
        hotel_id TEXT NOT NULL REFERENCES hotels(id) ON DELETE CASCADE,
        room_type TEXT NOT NULL,
        night TEXT NOT NULL,
        rooms INTEGER NOT NULL,
        rate_cents INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL DEFAULT 'CNY',
        CHECK (rooms >= 0)""", "!hotel_id, room_type, night")
    _table(db, "rooms", """
        hotel_id TEXT NOT NULL REFERENCES hotels(id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        room_type TEXT NOT NULL,
        capacity INTEGER NOT NULL DEFAULT 1,
        floor TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        CHECK (capacity >= 1)""", "!hotel_id, number")
    _table(db, "stays", """
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        companion_id TEXT REFERENCES companions(id) ON DELETE CASCADE,
        hotel_id TEXT NOT NULL REFERENCES hotels(id),
        room_id TEXT REFERENCES rooms(id),
        room_type TEXT NOT NULL DEFAULT '',
        check_in TEXT NOT NULL,
        check_out TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        CHECK (check_out > check_in)""", "guest_id", "room_id", "hotel_id")
    _table(db, "vehicles", """
        plate TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'sedan',
        seats INTEGER NOT NULL,
        supplier TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        CHECK (seats >= 1)""", "!plate")
    _table(db, "drivers", """
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        vehicle_id TEXT REFERENCES vehicles(id),
        notes TEXT NOT NULL DEFAULT ''""")
    _table(db, "escorts", """
        name TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT 'zh',
        notes TEXT NOT NULL DEFAULT ''""")
    _table(db, "trips", """
        vehicle_id TEXT REFERENCES vehicles(id),
        driver_id TEXT REFERENCES drivers(id),
        escort_id TEXT REFERENCES escorts(id),
        purpose TEXT NOT NULL DEFAULT 'shuttle',
        from_place TEXT NOT NULL DEFAULT '',
        to_place TEXT NOT NULL DEFAULT '',
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        flight_or_train TEXT NOT NULL DEFAULT '',
        session_id TEXT REFERENCES agenda_sessions(id),
        notes TEXT NOT NULL DEFAULT '',
        CHECK (ends_at > starts_at)""", "vehicle_id, starts_at", "driver_id, starts_at", "starts_at")
    _table(db, "trip_passengers", """
        trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        companion_id TEXT REFERENCES companions(id) ON DELETE CASCADE""",
        "trip_id", "guest_id")
    _table(db, "escort_assignments", """
        escort_id TEXT NOT NULL REFERENCES escorts(id) ON DELETE CASCADE,
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        starts_at TEXT,
        ends_at TEXT,
        role TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''""", "escort_id", "guest_id")
    _table(db, "meal_sittings", """
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'buffet',
        venue_id TEXT REFERENCES venues(id),
        session_id TEXT REFERENCES agenda_sessions(id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT ''""", "starts_at")
    _table(db, "banquet_tables", """
        sitting_id TEXT NOT NULL REFERENCES meal_sittings(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        seats INTEGER NOT NULL DEFAULT 10,
        is_head INTEGER NOT NULL DEFAULT 0""", "!sitting_id, number")
    _table(db, "banquet_seats", """
        table_id TEXT NOT NULL REFERENCES banquet_tables(id) ON DELETE CASCADE,
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        seat_no INTEGER NOT NULL""", "!table_id, seat_no", "guest_id")


@migrations(name="0005_security")
def m0005_security(db: Database) -> None:
    _table(db, "departments", """
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT ''""", "!code")
    _table(db, "sites", """
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'venue',
        hotel_id TEXT REFERENCES hotels(id),
        venue_id TEXT REFERENCES venues(id),
        address TEXT NOT NULL DEFAULT ''""", "!name")
    _table(db, "checklist_items", """
        department_id TEXT NOT NULL REFERENCES departments(id),
        site_id TEXT NOT NULL REFERENCES sites(id),
        title TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        due_at TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        done_at TEXT,
        done_by TEXT NOT NULL DEFAULT '',
        signed_off_by TEXT NOT NULL DEFAULT '',
        signed_off_at TEXT""", "department_id, status", "site_id")
    _table(db, "inspections", """
        department_id TEXT NOT NULL REFERENCES departments(id),
        site_id TEXT NOT NULL REFERENCES sites(id),
        at TEXT NOT NULL,
        inspector TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT 'pass',
        notes TEXT NOT NULL DEFAULT ''""", "site_id")
    _table(db, "rectifications", """
        inspection_id TEXT NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
        checklist_item_id TEXT REFERENCES checklist_items(id),
        problem TEXT NOT NULL,
        action_required TEXT NOT NULL DEFAULT '',
        due_at TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        fixed_at TEXT,
        verified_by TEXT NOT NULL DEFAULT ''""", "inspection_id")


@migrations(name="0006_signing")
def m0006_signing(db: Database) -> None:
    _table(db, "county_targets", """
        inviting_unit_id TEXT NOT NULL REFERENCES inviting_units(id) ON DELETE CASCADE,
        target_projects INTEGER NOT NULL DEFAULT 0,
        target_investment_cents INTEGER NOT NULL DEFAULT 0,
        target_foreign_cents INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL DEFAULT 'CNY'""", "!inviting_unit_id")
    _table(db, "signing_projects", """
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        county_id TEXT REFERENCES inviting_units(id),
        sector TEXT NOT NULL DEFAULT '',
        contract_type TEXT NOT NULL DEFAULT 'contract',
        capital TEXT NOT NULL DEFAULT 'domestic',
        investor TEXT NOT NULL DEFAULT '',
        investor_country TEXT NOT NULL DEFAULT 'CN',
        total_investment_cents INTEGER NOT NULL DEFAULT 0,
        contract_amount_cents INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL DEFAULT 'CNY',
        status TEXT NOT NULL DEFAULT 'planned',
        signed_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        CHECK (total_investment_cents >= 0 AND contract_amount_cents >= 0)""",
        "county_id", "status")
    _table(db, "signing_parties", """
        project_id TEXT NOT NULL REFERENCES signing_projects(id) ON DELETE CASCADE,
        side TEXT NOT NULL DEFAULT 'investor',
        organisation TEXT NOT NULL,
        signatory TEXT NOT NULL DEFAULT '',
        signatory_title TEXT NOT NULL DEFAULT '',
        guest_id TEXT REFERENCES guests(id)""", "project_id")
    _table(db, "ceremony_slots", """
        session_id TEXT REFERENCES agenda_sessions(id),
        project_id TEXT NOT NULL REFERENCES signing_projects(id) ON DELETE CASCADE,
        position INTEGER NOT NULL""", "!project_id", "session_id, position")


@migrations(name="0007_badges_checkins")
def m0007_badges_checkins(db: Database) -> None:
    _table(db, "badges", """
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        size TEXT NOT NULL DEFAULT '',
        printed_at TEXT,
        printed_by TEXT NOT NULL DEFAULT '',
        voided_at TEXT""", "!guest_id, version")
    _table(db, "check_ins", """
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        badge_id TEXT REFERENCES badges(id),
        at TEXT NOT NULL,
        desk TEXT NOT NULL DEFAULT '',
        operator TEXT NOT NULL DEFAULT '',
        laptop TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'registration',
        undone_at TEXT""", "guest_id", "at")


@migrations(name="0008_badges_prints")
def m0008_badges_prints(db: Database) -> None:
    """The badge print log; who undid a check-in; which session a sign-in was for."""
    _table(db, "badge_prints", """
        badge_id TEXT NOT NULL REFERENCES badges(id) ON DELETE CASCADE,
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        size TEXT NOT NULL DEFAULT '',
        printed_at TEXT NOT NULL,
        printed_by TEXT NOT NULL DEFAULT ''""", "guest_id", "badge_id")
    db.execute("ALTER TABLE check_ins ADD COLUMN undone_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE check_ins ADD COLUMN session_id TEXT REFERENCES agenda_sessions(id)")
    db.execute("CREATE INDEX idx_check_ins_desk ON check_ins (desk, at)")
    db.execute("CREATE INDEX idx_check_ins_kind ON check_ins (kind, guest_id)")


@migrations(name="0009_reception_escort_sessions")
def m0009_reception_escort_sessions(db: Database) -> None:
    """An escort assignment may be for one agenda session (the escort is there then)."""
    db.execute("ALTER TABLE escort_assignments ADD COLUMN session_id TEXT "
               "REFERENCES agenda_sessions(id)")
    db.execute("CREATE INDEX idx_escort_assignments_session ON escort_assignments (session_id)")


@migrations(name="0010_guests_keys")
def m0010_guests_keys(db: Database) -> None:
    """Folded keys beside each guest for duplicate checks and search.

    ``name_fold`` / ``org_fold``: simplified, accent-free, lower case, no spaces;
    ``phone_norm``: digits only, without +86; ``id_norm``: upper case, no spaces.
    Guests already in the file get their keys here.
    """
    for column in ("name_fold", "org_fold", "phone_norm", "id_norm"):
        db.execute(f"ALTER TABLE guests ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX idx_guests_name_org ON guests (name_fold, org_fold)")
    db.execute("CREATE INDEX idx_guests_phone_norm ON guests (phone_norm)")
    db.execute("CREATE INDEX idx_guests_id_norm ON guests (id_norm)")
    # The folded keys replace the indexes on phone and ID number as written (fewer
    # b-trees to keep up when an import adds 10,000 guests).
    _drop_index_on(db, "guests", "phone")
    _drop_index_on(db, "guests", "id_number")
    from fairdesk.storage.frozen import keys_0010  # its regexes only when this migration runs

    rows = db.execute("SELECT id, name, organisation, phone, id_number FROM guests").fetchall()
    db.conn.executemany(
        "UPDATE guests SET name_fold=?, org_fold=?, phone_norm=?, id_norm=? WHERE id=?",
        [[*keys_0010.guest_keys(name, org, phone, idn), gid]
         for gid, name, org, phone, idn in rows])



@migrations(name="0011_gui_dashboard_index")
def m0011_gui_dashboard_index(db: Database) -> None:
    """The dashboard counts guests by category and state from an index alone.

    (category, state) replaces the index on category alone (it serves those
    lookups too), so imports keep the same number of b-trees up to date.
    """
    db.execute("CREATE INDEX idx_guests_category_state ON guests (category, state)")
    _drop_index_on(db, "guests", "category")


@migrations(name="0012_gui_lodged_index")
def m0012_gui_lodged_index(db: Database) -> None:
    """The dashboard's "attending guests with a room" reads the guests' own roomed stays
    from an index alone (a partial index: companions' stays and unroomed stays left out).
    """
    db.execute("CREATE INDEX idx_stays_guest_lodged ON stays (guest_id)"
               " WHERE room_id IS NOT NULL AND companion_id IS NULL")


@migrations(name="0013_security_liaison")
def m0013_security_liaison(db: Database) -> None:
    """The liaison's job: checklist templates (versioned), each inspection's answers per
    item and its photo, rectification notices (numbered), re-inspections, sign-offs."""
    _table(db, "checklist_templates", """
        department_code TEXT NOT NULL,
        title TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        requirement TEXT NOT NULL DEFAULT '',
        site_kinds TEXT NOT NULL DEFAULT 'hotel,venue',
        due_days INTEGER NOT NULL DEFAULT 1,
        position INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        active INTEGER NOT NULL DEFAULT 1""", "department_code, position")
    # the template an item was issued from, and its version then (no foreign key: an
    # item keeps its own copy of the text when the template is edited or removed)
    db.execute("ALTER TABLE checklist_items ADD COLUMN template_id TEXT")
    db.execute("ALTER TABLE checklist_items ADD COLUMN template_version INTEGER")
    db.execute("CREATE INDEX idx_checklist_items_site_dept ON checklist_items"
               " (site_id, department_id)")
    _table(db, "inspection_answers", """
        inspection_id TEXT NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
        checklist_item_id TEXT NOT NULL REFERENCES checklist_items(id),
        answer TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''""", "inspection_id", "checklist_item_id")
    _table(db, "inspection_photos", """
        inspection_id TEXT NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
        mime TEXT NOT NULL,
        data BLOB NOT NULL,
        width INTEGER NOT NULL DEFAULT 0,
        height INTEGER NOT NULL DEFAULT 0""", "!inspection_id")
    for column in ("responsible_unit", "responsible_person"):
        db.execute(f"ALTER TABLE rectifications ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE rectifications ADD COLUMN number INTEGER")
    db.execute("ALTER TABLE rectifications ADD COLUMN year INTEGER")
    db.execute("ALTER TABLE rectifications ADD COLUMN closed_at TEXT")
    _table(db, "reinspections", """
        rectification_id TEXT NOT NULL REFERENCES rectifications(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        inspector TEXT NOT NULL DEFAULT '',
        passed INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT ''""", "rectification_id")
    _table(db, "site_signoffs", """
        site_id TEXT NOT NULL REFERENCES sites(id),
        department_id TEXT NOT NULL REFERENCES departments(id),
        signed_by TEXT NOT NULL DEFAULT '',
        signed_at TEXT NOT NULL,
        withdrawn_at TEXT,
        withdrawn_by TEXT NOT NULL DEFAULT '',
        withdraw_reason TEXT NOT NULL DEFAULT ''""", "site_id, department_id")


@migrations(name="0014_signing_register")
def m0014_signing_register(db: Database) -> None:
    """The signing desk's register: each project's CNY value frozen when it is signed (and the
    rate used), minutes per ceremony slot, and the leaders who witness each signing."""
    for column in ("total_cny_fen", "contract_cny_fen"):
        db.execute(f"ALTER TABLE signing_projects ADD COLUMN {column} INTEGER")
    db.execute("ALTER TABLE signing_projects ADD COLUMN rate_at_signing TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE ceremony_slots ADD COLUMN minutes INTEGER NOT NULL DEFAULT 3")
    _table(db, "ceremony_witnesses", """
        slot_id TEXT NOT NULL REFERENCES ceremony_slots(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        guest_id TEXT REFERENCES guests(id),
        position INTEGER NOT NULL DEFAULT 1""", "slot_id")


@migrations(name="0015_agenda")
def m0015_agenda(db: Database) -> None:
    """Every text of a session in Chinese and English, its own capacity, a parallel track
    (the site-visit routes share one), and the guests linked to it: assigned to a route,
    speakers, guests of honour."""
    for column in ("host_en", "dress_code_en", "notes_en", "description", "description_en",
                   "track"):
        db.execute(f"ALTER TABLE agenda_sessions ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    # 0: as many as the venue holds
    db.execute("ALTER TABLE agenda_sessions ADD COLUMN capacity INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE venues ADD COLUMN address_en TEXT NOT NULL DEFAULT ''")
    _table(db, "session_guests", """
        session_id TEXT NOT NULL REFERENCES agenda_sessions(id) ON DELETE CASCADE,
        guest_id TEXT NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT 'assigned'""", "!session_id, guest_id", "guest_id")
    # the dashboard's charts: arrivals by hour and replies by day from an index alone
    db.execute("CREATE INDEX idx_guests_arrival_state ON guests (arrival_at, state)")
    db.execute("CREATE INDEX idx_guests_replied_state ON guests (replied_on, state)")


@migrations(name="0016_sync")
def m0016_sync(db: Database) -> None:
    """Desks that exchange changes: this file's desk, each record's pycrdt state, the log of
    what to send, the peers, and which desk wrote each audit row."""
    import random
    import uuid

    db.execute("""CREATE TABLE sync_desk (
        fair_id TEXT NOT NULL, desk_id TEXT NOT NULL, client_id INTEGER NOT NULL)""")
    db.execute("INSERT INTO sync_desk VALUES (?,?,?)",
               [uuid.uuid4().hex, uuid.uuid4().hex[:12], random.randrange(1, 2**31)])
    db.execute("""CREATE TABLE sync_records (
        tbl TEXT NOT NULL, rec_id TEXT NOT NULL, state BLOB NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0, held TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (tbl, rec_id))""")
    db.execute("CREATE INDEX idx_sync_records_held ON sync_records (held) WHERE held != ''")
    db.execute("""CREATE TABLE sync_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, rec_id TEXT NOT NULL,
        data BLOB NOT NULL)""")
    db.execute("""CREATE TABLE sync_peers (
        name TEXT PRIMARY KEY NOT NULL, sent_seq INTEGER NOT NULL DEFAULT 0,
        sent_audit INTEGER NOT NULL DEFAULT 0, desk_id TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '', seen_at TEXT)""")
    db.execute("CREATE TABLE sync_dismissed (key TEXT PRIMARY KEY NOT NULL, at TEXT NOT NULL)")
    db.execute("ALTER TABLE audit_log ADD COLUMN origin TEXT NOT NULL DEFAULT ''")


@migrations(name="0018_paper")
def m0018_paper(db: Database) -> None:
    """A guest's own romanisation (渡邉さくら "Watanabe Sakura"), printed under the name in
    place of the derived pinyin when given."""
    db.execute("ALTER TABLE guests ADD COLUMN name_roman TEXT NOT NULL DEFAULT ''")


@migrations(name="0019_roles")
def m0019_roles(db: Database) -> None:
    """Operators' roles: the audit log and the operators table say in which role a change
    was made; the audit page searches the log by time and by person."""
    db.execute("ALTER TABLE audit_log ADD COLUMN role TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE operators ADD COLUMN role TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX idx_audit_at ON audit_log (at)")
    db.execute("CREATE INDEX idx_audit_operator ON audit_log (operator, at)")


@migrations(name="0020_c_undo")
def m0020_c_undo(db: Database) -> None:
    """Undo: each audit row names the action it belongs to (the outermost transaction,
    savepoints included), so Edit → Undo takes back one action whole. Older rows keep ''
    and are not undone."""
    db.execute("ALTER TABLE audit_log ADD COLUMN action_id TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX idx_audit_action ON audit_log (action_id)")


@migrations(name="0020_a_meal_diners")
def m0020_a_meal_diners(db: Database) -> None:
    """Who a meal sitting feeds: the guests (and their companions) or the staff. A staff
    meal is counted from the staff (staff and security badges, escorts, drivers), not from
    the guests; an existing sitting named as a staff meal becomes one."""
    db.execute("ALTER TABLE meal_sittings ADD COLUMN diners TEXT NOT NULL DEFAULT 'guests'")
    db.execute("UPDATE meal_sittings SET diners = 'staff' WHERE name LIKE '%工作人员%'"
               " OR name LIKE '%工作餐%' OR lower(name_en) LIKE '%staff%'")


@migrations(name="0020_e_sync_pending")
def m0020_e_sync_pending(db: Database) -> None:
    """The sync log keeps what a write changed (``pending``, until written into the
    record's document) and then the document's state vector from before, in place of a
    second copy of each update. Rows logged before keep the empty vector: an export
    since them sends the whole record, once."""
    db.execute("ALTER TABLE sync_log ADD COLUMN pending TEXT")
    db.execute("UPDATE sync_log SET data = X'00'")
    db.execute("CREATE INDEX idx_sync_log_pending ON sync_log (seq) WHERE pending IS NOT NULL")



@migrations(name="0021_secen_requirement_en")
def m0021_secen_requirement_en(db: Database) -> None:
    """A checklist template's requirement in English, and an issued item's copy of it (made
    when the item is issued, like its English title), for the English window and paper."""
    db.execute("ALTER TABLE checklist_templates ADD COLUMN requirement_en TEXT NOT NULL"
               " DEFAULT ''")
    db.execute("ALTER TABLE checklist_items ADD COLUMN detail_en TEXT NOT NULL DEFAULT ''")

# Tables holding records with the standard stamp columns, by area.
AREA_TABLES: dict[str, tuple[str, ...]] = {
    "settings": ("operators",),
    "guests": ("inviting_units", "guests", "guest_photos", "companions",
               "invitation_history", "dietary_needs"),
    "agenda": ("venues", "agenda_sessions", "attendance", "session_guests"),
    "reception": ("hotels", "room_blocks", "rooms", "stays", "vehicles", "drivers",
                  "escorts", "trips", "trip_passengers", "escort_assignments",
                  "meal_sittings", "banquet_tables", "banquet_seats"),
    "security": ("departments", "sites", "checklist_templates", "checklist_items", "inspections",
                 "inspection_answers", "inspection_photos", "rectifications", "reinspections",
                 "site_signoffs"),
    "signing": ("county_targets", "signing_projects", "signing_parties", "ceremony_slots",
                "ceremony_witnesses"),
    "badges": ("badges", "check_ins", "badge_prints"),
}
TABLE_AREA = {table: area for area, tables in AREA_TABLES.items() for table in tables}

# Copied between desks by the sync engine (core/sync): every record table above, and the
# fair's settings. A table added to AREA_TABLES travels without more code; list a table
# here only to keep it on one desk.
SYNC_LOCAL: frozenset[str] = frozenset()
