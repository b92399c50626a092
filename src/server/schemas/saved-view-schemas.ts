import { z } from '@hono/zod-openapi';
import { PORTFOLIO_SORT_KEYS } from '../../store/index.js';

const names = (description: string) => z.array(z.string().min(1).max(200)).max(50).optional().openapi({ description });

/**
 * What a saved view holds: the portfolio's query parameters (same names and meanings as
 * GET /api/v1/accounts), except the renewal window, kept relative ("the next 90 days") so a
 * view opened next month still means what it meant.
 */
export const SavedViewQuerySchema = z
  .strictObject({
    scorecard: z.string().min(1).max(100).optional(),
    band: names('Bands'),
    segment: names('Segments'),
    owner: names('Owner emails'),
    renewalWithinDays: z.number().int().min(1).max(3650).optional().openapi({ description: 'Renewal from today to this many days ahead' }),
    q: z.string().max(200).optional(),
    movedBy: z.number().min(0).max(100).optional(),
    movedBy7d: z.number().min(0).max(100).optional(),
    upsell: z.boolean().optional(),
    sort: z.enum(PORTFOLIO_SORT_KEYS).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
  })
  .openapi('SavedViewQuery');

export type SavedViewQuery = z.infer<typeof SavedViewQuerySchema>;

export const NewSavedViewSchema = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ description: "Unique per user: saving under a name you already use replaces that view", example: 'Renewing soon, at risk' }),
    query: SavedViewQuerySchema,
  })
  .openapi('NewSavedView');

export const SavedViewSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    query: SavedViewQuerySchema,
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('SavedView');

export const SavedViewParams = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, type: 'integer', example: 1 }),
});
