import { ColumnMappingSchema, type MappingPreset } from '../column-mapping.js';

/** A HubSpot companies export (CRM → Companies → Export, CSV). */
export const hubspotCompanies: MappingPreset = {
  id: 'hubspot-companies',
  description: 'HubSpot companies export (CSV)',
  kind: 'accounts',
  signature: ['Record ID', 'Company name'],
  mapping: ColumnMappingSchema.parse({
    name: 'hubspot-companies',
    kind: 'accounts',
    columns: {
      external_id: 'Record ID',
      name: 'Company name',
      domains: 'Company Domain Name',
      industry: 'Industry',
      segment: 'Type',
      lifecycle_stage: 'Lifecycle Stage',
      owner_email: 'Company owner email',
      arr: 'Annual Recurring Revenue',
      renewal_date: 'Renewal Date',
      seats: 'Number of Employees',
      parent_external_id: 'Parent Company ID',
    },
    attributes: { region: 'Country/Region', city: 'City' },
  }),
};
