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

/**
 * The typed part of the schema. Fact tables other than accounts are reached through
 * {@link FACT_TABLES} descriptors, because the import path treats them generically.
 */
export interface Database {
  imports: ImportsTable;
  quarantine: QuarantineTable;
  accounts: FactTableBase & AccountColumns;
  accounts_history: FactHistoryBase & AccountColumns;
}
