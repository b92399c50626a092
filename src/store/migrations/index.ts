import type { Migration, MigrationProvider } from 'kysely';
import * as createFactTables from './202611231500_create_fact_tables.js';
import * as dropFactSourceChecksum from './202612020200_drop_fact_source_checksum.js';
import * as createOverridesPulsesAudit from './202612020310_create_overrides_pulses_audit.js';
import * as createScoreTables from './202612020300_create_score_tables.js';
import * as addSignalIndexes from './202612020320_add_signal_indexes.js';
import * as oneActiveModel from './202612020330_one_active_model.js';
import * as createUsersAndAccess from './202612020400_create_users_and_access.js';
import * as createCurrentScores from './202612020410_create_current_scores.js';
import * as addPortfolioSortColumns from './202612020430_add_portfolio_sort_columns.js';
import * as indexAccountLookups from './202612020440_index_account_lookups.js';
import * as addChange7d from './202612020500_add_change_7d.js';
import * as createSavedViews from './202612020510_create_saved_views.js';
import * as addMessageColumns from './202612020600_add_message_columns.js';
import * as createReviewList from './202612020610_create_review_list.js';
import * as indexSegmentSorts from './202612021600_index_segment_sorts.js';

/** Migrations registered in code, so the built package never scans folders. Never edit one that has shipped; add one. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '202611231500_create_fact_tables': createFactTables,
  '202612020200_drop_fact_source_checksum': dropFactSourceChecksum,
  '202612020310_create_overrides_pulses_audit': createOverridesPulsesAudit,
  '202612020300_create_score_tables': createScoreTables,
  '202612020320_add_signal_indexes': addSignalIndexes,
  '202612020330_one_active_model': oneActiveModel,
  '202612020400_create_users_and_access': createUsersAndAccess,
  '202612020410_create_current_scores': createCurrentScores,
  '202612020430_add_portfolio_sort_columns': addPortfolioSortColumns,
  '202612020440_index_account_lookups': indexAccountLookups,
  '202612020500_add_change_7d': addChange7d,
  '202612020510_create_saved_views': createSavedViews,
  '202612020600_add_message_columns': addMessageColumns,
  '202612020610_create_review_list': createReviewList,
  '202612021600_index_segment_sorts': indexSegmentSorts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};
