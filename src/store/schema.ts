import type { Generated } from 'kysely';

/** Columns every fact table has besides its own (see the fact-tables migration). */
export interface FactTableBase {
  id: Generated<number>;
  record_key: string;
  known_at: string;
  content_hash: string;
  source_line: number | null;
  import_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface FactHistoryBase {
  history_id: Generated<number>;
  id: number;
  record_key: string;
  known_at: string;
  superseded_at: string;
  content_hash: string;
  source_line: number | null;
  import_id: number | null;
}

export interface AccountColumns {
  external_id: string;
  name: string;
  domains: string | null;
  industry: string | null;
  segment: string | null;
  tier: string | null;
  lifecycle_stage: string | null;
  owner_email: string | null;
  arr: number | null;
  currency: string | null;
  renewal_date: string | null;
  seats: number | null;
  parent_external_id: string | null;
  attributes: string | null;
}

export interface ImportsTable {
  id: Generated<number>;
  source_file: string;
  checksum: string;
  kind: string | null;
  format: string | null;
  status: 'running' | 'completed' | 'failed' | 'interrupted';
  started_at: string;
  finished_at: string | null;
  known_at: string;
  rows_read: Generated<number>;
  inserted: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  quarantined: Generated<number>;
  unmatched: Generated<number>;
  options: string | null;
  error: string | null;
}

export interface QuarantineTable {
  id: Generated<number>;
  import_id: number;
  source_file: string;
  source_checksum: string;
  line: number;
  kind: string | null;
  column_name: string | null;
  code: string;
  message: string;
  raw: string | null;
  created_at: string;
}

export interface ScoreModelsTable {
  version: string;
  name: string;
  source: string;
  created_at: string;
  created_by: string;
  activated_at: string | null;
  active: Generated<number>;
}

export interface ScoreRunsTable {
  id: Generated<number>;
  model_version: string;
  as_of: string;
  mode: 'full' | 'incremental' | 'replay';
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'completed' | 'failed';
  import_watermark: number;
  human_watermark: number;
  accounts_total: Generated<number>;
  accounts_scored: Generated<number>;
  accounts_kept: Generated<number>;
}

export interface ScoreSnapshotsTable {
  id: Generated<number>;
  run_id: number;
  account_id: number;
  account_external_id: string;
  scorecard: string;
  model_version: string;
  as_of: string;
  raw_score: number | null;
  score: number | null;
  band: string | null;
  confidence: number;
  segment: string | null;
  valid_until: string | null;
  body: string;
  /** The strongest driver as "component.metric" (null in snapshots stored before the column existed). */
  top_driver: string | null;
  created_at: string;
}

export interface ScorePopulationsTable {
  model_version: string;
  as_of: string;
  population: string;
}

/** What ends an override or pulse early (see the overrides migration); all null while it runs. */
export interface RevocableColumns {
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

export interface OverridesTable extends RevocableColumns {
  id: Generated<number>;
  account_id: number;
  account_external_id: string;
  /** null: every scorecard. */
  scorecard: string | null;
  mode: 'absolute' | 'delta';
  value: number;
  reason: string;
  author_email: string;
  created_at: string;
  expires_at: string | null;
}

export interface PulsesTable extends RevocableColumns {
  id: Generated<number>;
  account_id: number;
  account_external_id: string;
  rating: 'red' | 'yellow' | 'green';
  note: string;
  author_email: string;
  created_at: string;
  expires_at: string | null;
}

export interface AuditEntriesTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  account_external_id: string | null;
  /** JSON text. */
  before: string | null;
  /** JSON text. */
  after: string | null;
}

/** The portfolio's read model: an account's latest live score per scorecard. */
export interface CurrentScoresTable {
  account_id: number;
  scorecard: string;
  model_version: string;
  snapshot_id: number;
  as_of: string;
  score: number | null;
  band: string | null;
  confidence: number;
  score_30d_ago: number | null;
  /** score − score_30d_ago, stored so the portfolio can sort by it on an index. */
  change_30d: number | null;
  /** The live score 7 days before as_of (latest snapshot at or before then). */
  score_7d_ago: number | null;
  /** score − score_7d_ago: the portfolio's "changed this week". */
  change_7d: number | null;
  top_driver: string | null;
  updated_at: string;
}

export interface SavedViewsTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** The portfolio query as JSON. */
  query: string;
  created_at: string;
  updated_at: string;
}

export type Role = 'admin' | 'manager' | 'rep' | 'viewer';

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string | null;
  role: Role;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  disabled_at: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  revoked_at: string | null;
}

export interface ApiKeysTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  prefix: string;
  secret_hash: string;
  created_at: string;
  created_by: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface AccountSharesTable {
  account_id: number;
  user_id: number;
  granted_by: string;
  created_at: string;
}

export interface UnmatchedActivitiesTable {
  id: Generated<number>;
  record_key: string;
  import_id: number;
  source_file: string;
  line: number;
  type: string;
  occurred_at: string;
  subject: string | null;
  reason: string;
  /** JSON of the validated activity record. */
  record: string;
  created_at: string;
}

export interface UnmatchedActivityAddressesTable {
  unmatched_id: number;
  address: string;
  domain: string;
}

export interface AddressAssignmentsTable {
  id: Generated<number>;
  /** A lower-cased email address, or a domain (no @). */
  address: string;
  account_id: number;
  assigned_by: string;
  assigned_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/**
 * The typed part of the schema. Fact tables other than accounts are reached through
 * {@link FACT_TABLES} descriptors, because the import path treats them generically.
 */
export interface Database {
  imports: ImportsTable;
  quarantine: QuarantineTable;
  score_models: ScoreModelsTable;
  score_runs: ScoreRunsTable;
  score_snapshots: ScoreSnapshotsTable;
  score_populations: ScorePopulationsTable;
  accounts: FactTableBase & AccountColumns;
  accounts_history: FactHistoryBase & AccountColumns;
  overrides: OverridesTable;
  pulses: PulsesTable;
  audit_entries: AuditEntriesTable;
  current_scores: CurrentScoresTable;
  saved_views: SavedViewsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  account_shares: AccountSharesTable;
  settings: SettingsTable;
  unmatched_activities: UnmatchedActivitiesTable;
  unmatched_activity_addresses: UnmatchedActivityAddressesTable;
  address_assignments: AddressAssignmentsTable;
}
