/**
 * Homewatch's storage on PostgreSQL 15+ (production, Citus-ready) and H2 2.x (embedded default, file or memory),
 * in plain JDBC over a {@link javax.sql.DataSource} the integrator supplies: start at
 * {@link org.homewatch.storage.jdbc.JdbcStorage#builder()}, or ask for the storage named {@code jdbc}
 * ({@link org.homewatch.storage.jdbc.JdbcStorageProvider}; settings {@code url}, {@code user}, {@code password},
 * {@code migrate}).
 *
 * <h2>Schema</h2>
 * Flyway migrations ship in this jar under {@code org/homewatch/storage/jdbc/migration} and are applied when the storage is built
 * with {@code migrate(true)}. They keep their own history table, {@code homewatch_schema_history}, so they never mix
 * with the portal's own Flyway history, and every table is prefixed {@code hw_}. An integrator who runs them with
 * their own Flyway sets two placeholders: {@code hw_key_collation} to {@code COLLATE "C"} on PostgreSQL and to the
 * empty string on H2; {@code hw_case_fillfactor} to {@code ALTER TABLE hw_case SET (fillfactor = 80)} on PostgreSQL
 * and to {@code SELECT 1} on H2, which has no fill factor. A database whose schema is newer than this jar knows is refused with a
 * {@link org.homewatch.StorageException}; so is one that is behind when {@code migrate} is off.
 *
 * <h2>Correctness under concurrency</h2>
 * <ul>
 *   <li>Declarations are idempotent by their primary key (case id, declaration id): PostgreSQL inserts with
 *       {@code ON CONFLICT DO NOTHING}; H2 inserts and treats the duplicate-key error as "already present". Both wait
 *       for a concurrent insert of the same key to commit, so of two racing inserts exactly one succeeds.
 *   <li>Cases, alerts, feedback and accounts carry a version: {@code UPDATE ... WHERE id = ? AND version = ?}, and
 *       no row changed means a {@link org.homewatch.ConflictException} (or not found).
 *   <li>The outbox is leased with {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x both support it),
 *       then each row is claimed by an UPDATE that re-checks that it is still free. Only rows whose {@code unit_key}
 *       lies in the dispatcher's scope are candidates (migration V4 added the column). Renewal and completion are
 *       UPDATEs fenced by {@code lease_owner} and {@code attempts}.
 *   <li>Batch ingestion's store methods are set-based: a batch of declarations is one statement on PostgreSQL
 *       (over column arrays, returning which rows it stored), taken in key order so that overlapping batches cannot
 *       deadlock. A batch's cases are read with one query; their monitoring summaries are written by one
 *       version-checked UPDATE over column arrays (also in key order), and its audit events by one INSERT.
 *   <li>Recording a declaration writes only its case's summary columns and version
 *       ({@code CaseStore.updateMonitoringAll}), never the person or history JSON. None of those columns is indexed
 *       and {@code hw_case} keeps a fifth of each page free (fill factor 80, migration V3), so on PostgreSQL the
 *       update is HOT: the new row version stays on its page and no index of {@code hw_case} is written
 *       ({@code PostgresHotUpdateTest}).
 *   <li>Line-list searches narrow by the person first: a name by a prefix of {@code hw_case.search_key} (the name
 *       folded without diacritics and tone marks, {@code Person.searchKey}; written with every insert and update,
 *       filled for earlier rows by the Java migration V8) through {@code hw_case_search_key_idx}, a phone or a
 *       national id by equality through {@code hw_case_phone_idx} / {@code hw_case_national_id_idx}; the scope and
 *       the other filters apply to the few rows found ({@code PostgresIndexUseTest}). An integrator who runs the
 *       migrations with their own Flyway keeps {@code classpath:org/homewatch/storage/jdbc/migration} as the location: V8 is the
 *       class {@code org.homewatch.storage.jdbc.migration.V8__case_search_key} in this jar.
 *   <li>Audit events get time-ordered ids (UUID version 7), so the audit table's primary key grows at one end.
 *   <li>Lists are keyset-paged with row-value comparisons ({@code (a, b) > (?, ?)}), never OFFSET.
 *   <li>Every statement is a constant of {@code internal.Sql} with bound values; a test proves that no other code
 *       prepares SQL.
 * </ul>
 *
 * <h2>Citus</h2>
 * The case-scoped tables {@code hw_case}, {@code hw_declaration}, {@code hw_alert} and {@code hw_spot_check} have
 * {@code case_id} in their primary keys (distribute them by {@code case_id}, co-located; a test fails if one
 * loses it);
 * {@code hw_jurisdiction} and {@code hw_account} are reference tables. The outbox, feedback and audit tables are
 * keyed by their own ids. Statements about one case name its case id and run on one shard; those that by their
 * nature span cases (line lists, the alert queue, escalation, duplicate detection by phone or national id, an
 * alert looked up by its id alone) run on every shard, through the indexes below.
 *
 * <h2>Indexes and what each serves</h2>
 * <ul>
 *   <li>{@code hw_case_sweep_idx (status, case_id)}: the missed-declaration sweep and reminders walk the ACTIVE cases
 *       in case-id order, reading none of the closed cases that pile up over a campaign.
 *   <li>{@code hw_case_line_list_idx (unit_key, status, case_id)}: line lists of a unit's subtree by status, paged by
 *       case id. The subtree is a {@code LIKE 'prefix%'} on the jurisdiction key, which PostgreSQL turns into an
 *       index range because keys use the "C" collation and the pattern has no ESCAPE clause
 *       ({@code PostgresIndexUseTest} asks the planner).
 *   <li>{@code hw_case_national_id_idx}, {@code hw_case_phone_idx}: duplicate detection at registration.
 *   <li>{@code hw_case_person_idx (person_id)}: the cases of a person id, read at registration so that one person
 *       id never names two people (V5).
 *   <li>{@code hw_declaration_observed_idx (case_id, observed_at, declaration_id)}: a case's recent history for trend
 *       rules and compliance, and its newest-first list.
 *   <li>{@code hw_alert_queue_idx (unit_key, status, queue_rank, opened_at, alert_id)}: the alert queue of a unit's
 *       subtree, worst first ({@code queue_rank} 0 is EMERGENCY), then oldest, then by id.
 *   <li>{@code hw_alert_escalation_idx (status, acknowledge_by, alert_id)}: OPEN alerts past their deadline
 *       (escalation), and ACKNOWLEDGED ones past their resolve-by deadline (follow-up).
 *   <li>{@code hw_alert_id_idx (alert_id)}, {@code hw_alert_case_idx (case_id, kind, status)}: an alert by id alone,
 *       and a case's active alert of a kind.
 *   <li>{@code hw_spot_check_one_open (case_id, open_marker)}: the unique key that allows one open spot check per
 *       case ({@code open_marker} is TRUE while REQUESTED, NULL once settled, and NULLs never collide), and a
 *       case's open check, alone or for a page of cases.
 *   <li>{@code hw_outbox_due_idx (status, next_attempt_at, message_id)}: the due PENDING messages, oldest first;
 *       the scope's {@code unit_key LIKE} filters them as they are read (the outbox holds what is due now, so a
 *       province rarely reads far past another's messages).
 *   <li>{@code hw_feedback_list_idx (unit_key, status, submitted_at, feedback_id)}: feedback of a unit's subtree.
 *   <li>{@code hw_case_household_head_idx (household_head)}: the cases a household head acts for (V15).
 *   <li>{@code hw_link_code_issued_idx (phone, issued_at, code_id)}: a phone's latest one-time code and the per-phone
 *       rate limit (V15; {@code hw_link_code} is keyed by (phone, code_id), {@code hw_citizen_link} by subject, both
 *       distributed by their leading column on Citus).
 *   <li>{@code hw_audit_event_list_idx (unit_key, occurred_at, event_id)}: the audit trail of a unit's subtree.
 *   <li>{@code hw_audit_event_actor_idx (actor, occurred_at, event_id)} and {@code hw_audit_event_target_idx
 *       (target_type, target_id, occurred_at, event_id)} (V9): the audit trail read by actor and by target (a case).
 *   <li>{@code hw_account_on_duty_idx (scope_key, active, on_duty, account_id)}: who is on duty at a unit.
 *   <li>{@code hw_account_list_idx (scope_key, account_id)}: an administrator's account list, a unit's subtree unit
 *       by unit (V17).
 *   <li>{@code hw_jurisdiction_children_idx (parent_key, code)}: the units below a unit.
 *   <li>{@code hw_report_counter} primary key {@code (unit_key, local_day, measure, dimension, stripe)} (V10): a
 *       report reads a subtree's counters (prefix of {@code unit_key}) over a range of days and sums the stripes; an
 *       add upserts by the whole key, in the stripe of its transaction's thread (up to 4 rows per counter, so that
 *       concurrent submissions of one commune do not queue on one locked row until each commit is on disk).
 *   <li>{@code hw_case_retention_idx (anonymised_at, actual_end, case_id)} (V13): the closed cases not yet anonymised
 *       whose period ended before a day, for the retention purge; an anonymised case leaves the
 *       {@code anonymised_at IS NULL} part for good. {@code hw_feedback_case_idx (case_id)}: the feedback about a case
 *       it anonymises. {@code hw_outbox_created_idx (created_at, message_id)}: finished messages past their
 *       retention, oldest first. Old audit events are found through {@code hw_audit_event_list_idx}.
 *   <li>{@code hw_link_code_expires_idx (expires_at, phone, code_id)}: one-time codes long expired, oldest expiry
 *       first, which the retention purge removes; {@code hw_citizen_link_person_idx (person_id)}: the links of a
 *       person whose cases are all anonymised, which it removes with the last one (V21).
 *   <li>{@code hw_link_phone} primary key {@code (phone)} (V23): the row a phone's lock is (SELECT ... FOR UPDATE),
 *       so that nodes issuing codes to one phone take turns and its hourly limit holds; removed with the phone's
 *       codes.
 * </ul>
 *
 * <h2>Optional stores</h2>
 * Every optional store of the SPI ({@code SpotCheckStore}, migration V6; {@code RetentionStore}, V13) is offered: {@code optionalStores()} lists
 * it, since {@code build()} has migrated the schema or refused one that is behind.
 *
 * <h2>Precision</h2>
 * Instants are stored as {@code TIMESTAMP WITH TIME ZONE}, to the microsecond on both databases.
 */
@NullMarked
package org.homewatch.storage.jdbc;

import org.jspecify.annotations.NullMarked;
