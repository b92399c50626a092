import { z } from 'zod';
import { ENTITY_KINDS, type EntityKind } from '../domain/index.js';

export const DATE_FORMATS = ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * How a user's file maps onto our columns. `columns` maps OUR canonical column name to
 * THEIR header, e.g. `{ external_id: "Account ID", arr: "Annual Revenue" }`; columns
 * that already have canonical names need no entry.
 */
export const ColumnMappingSchema = z.object({
  name: z.string().optional(),
  kind: z.enum(ENTITY_KINDS).optional(),
  columns: z.record(z.string(), z.string()).default({}),
  /** Values for columns the file lacks, e.g. `{ currency: USD }`. */
  defaults: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  /** How dates are written when not ISO 8601. */
  dateFormat: z.enum(DATE_FORMATS).default('YYYY-MM-DD'),
  /** Their columns that become custom attributes (accounts only). */
  attributes: z.record(z.string(), z.string()).default({}),
});
export type ColumnMapping = z.output<typeof ColumnMappingSchema>;

export const EMPTY_MAPPING: ColumnMapping = ColumnMappingSchema.parse({});

/** A preset: a mapping for a well-known export, recognised by headers it always has. */
export interface MappingPreset {
  readonly id: string;
  readonly description: string;
  readonly kind: EntityKind;
  /** Every one of these headers present (case-insensitive) means the file is this export. */
  readonly signature: readonly string[];
  readonly mapping: ColumnMapping;
}

/** A mapping file's top-level keys in the schema's camelCase: files may write them snake_case (`date_format`). */
export function mappingKeysCamelCased(doc: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]));
}
