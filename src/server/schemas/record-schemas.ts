import { z } from '@hono/zod-openapi';
import { ENTITY_KIND_SPECS } from '../../domain/index.js';
import { RECORD_KINDS, type RecordKind } from '../../store/index.js';
import { wireSchema } from './wire-schema.js';

export const RecordKindParam = z.enum(RECORD_KINDS).openapi({ param: { name: 'kind', in: 'path' }, description: 'The kind of record', example: 'invoices' });

const SCHEMA_NAMES: Readonly<Record<RecordKind, string>> = {
  invoices: 'InvoiceRecord',
  payments: 'PaymentRecord',
  tickets: 'TicketRecord',
  survey_responses: 'SurveyResponseRecord',
  usage_days: 'UsageDayRecord',
  feedback: 'FeedbackRecord',
  activities: 'ActivityRecord',
  contacts: 'ContactRecord',
  outcomes: 'OutcomeRecord',
  metric_values: 'MetricValueRecord',
};

/** A stored record of one kind: its domain fields as the wire sees them, with our id, its natural key and when it was learned. */
function recordSchema<K extends RecordKind>(kind: K) {
  return (wireSchema(ENTITY_KIND_SPECS[kind].schema) as z.ZodObject)
    .omit({ knownAt: true })
    .extend({
      kind: z.literal(kind),
      id: z.number().int().openapi({ description: 'Our row id, the same for every version of the record' }),
      recordKey: z.string().openapi({ description: "The natural key: the record's external id, or what identifies it (account|date for a usage day)" }),
      knownAt: z.string().openapi({ format: 'date-time', description: 'When Bellwether learned this version' }),
    })
    .openapi(SCHEMA_NAMES[kind]);
}

const [first, ...rest] = RECORD_KINDS.map(recordSchema);

/** Any record, told apart by `kind`. */
export const RecordSchema = z.discriminatedUnion('kind', [first as ReturnType<typeof recordSchema>, ...rest]).openapi('Record');

export const RecordPageSchema = z
  .object({
    kind: z.enum(RECORD_KINDS),
    items: z.array(RecordSchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('RecordPage');
