import { z } from '@hono/zod-openapi';

/** An ISO 8601 moment in a query; a bare date means midnight UTC. */
export const MomentParam = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v)), { message: 'not an ISO 8601 date or timestamp' })
  .transform((v) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v).toISOString())
  .openapi({ type: 'string', format: 'date-time', example: '2026-12-01T00:00:00Z' });

export const DateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .openapi({ format: 'date', example: '2027-03-31' });

export const AccountPathParams = z.object({
  externalId: z.string().min(1).openapi({ param: { name: 'externalId', in: 'path' }, description: "The account's id in your CRM", example: 'ACC-000002' }),
});

/** Largest page any list returns. */
export const PAGE_MAX = 200;

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(50).openapi({ type: 'integer', description: `Rows per page, at most ${PAGE_MAX}` }),
  cursor: z.string().optional().openapi({ description: 'The nextCursor of the previous page' }),
});

/** A page of items with the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const jsonContent = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } }) as const;
