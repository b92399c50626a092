import { z } from '@hono/zod-openapi';
import { PROBLEM_BASE, PROBLEM_TYPES, type ProblemType } from '../problem.js';

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: `${PROBLEM_BASE}invalid-request`, description: `${PROBLEM_BASE}<code>, one of: ${Object.keys(PROBLEM_TYPES).join(', ')}` }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          in: z.enum(['query', 'path', 'body', 'header', 'form']).optional(),
          code: z.string().optional(),
          line: z.number().int().optional(),
          message: z.string(),
        }),
      )
      .optional(),
  })
  .openapi('Problem');

const PROBLEM_CONTENT = { 'application/problem+json': { schema: ProblemSchema } } as const;

/** The problem responses a route can give, by status, for its OpenAPI entry. */
export function problemResponses(...types: ProblemType[]) {
  const out: Record<number, { description: string; content: typeof PROBLEM_CONTENT }> = {};
  for (const t of types) {
    const { status, title } = PROBLEM_TYPES[t];
    const seen = out[status];
    out[status] = { description: seen ? `${seen.description}; ${title}` : title, content: PROBLEM_CONTENT };
  }
  return out;
}
