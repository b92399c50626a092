import { ColumnMappingSchema, type MappingPreset } from '../column-mapping.js';

/** A HubSpot contacts export (CRM → Contacts → Export, CSV). */
export const hubspotContacts: MappingPreset = {
  id: 'hubspot-contacts',
  description: 'HubSpot contacts export (CSV)',
  kind: 'contacts',
  signature: ['Record ID', 'Email', 'First Name'],
  mapping: ColumnMappingSchema.parse({
    name: 'hubspot-contacts',
    kind: 'contacts',
    columns: { external_id: 'Record ID', email: 'Email', name: 'Full Name', title: 'Job Title', account_external_id: 'Associated Company IDs' },
  }),
};
