import { ColumnMappingSchema, type MappingPreset } from '../column-mapping.js';

/** A Salesforce "Accounts" report exported as CSV (Reports → Export → Details Only). */
export const salesforceAccounts: MappingPreset = {
  id: 'salesforce-accounts',
  description: 'Salesforce account report (Details Only CSV export)',
  kind: 'accounts',
  signature: ['Account ID', 'Account Name'],
  mapping: ColumnMappingSchema.parse({
    name: 'salesforce-accounts',
    kind: 'accounts',
    columns: {
      external_id: 'Account ID',
      name: 'Account Name',
      domains: 'Website',
      industry: 'Industry',
      segment: 'Type',
      tier: 'Customer Priority',
      owner_email: 'Account Owner Email',
      arr: 'Annual Revenue',
      currency: 'Account Currency',
      renewal_date: 'Contract End Date',
      seats: 'Employees',
      parent_external_id: 'Parent Account ID',
    },
    dateFormat: 'MM/DD/YYYY',
    attributes: { region: 'Billing Country', rating: 'Rating' },
  }),
};
