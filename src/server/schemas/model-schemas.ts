import { z } from '@hono/zod-openapi';
import { ModelSchema } from '../../scoring/index.js';
import { wireSchema } from './wire-schema.js';

export const ModelSummarySchema = z
  .object({
    version: z.string().openapi({ description: 'Hash of the validated definition' }),
    name: z.string(),
    active: z.boolean(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    createdBy: z.string(),
    activatedAt: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('ModelSummary');

export const ModelDetailSchema = ModelSummarySchema.extend({
  source: z.string().openapi({ description: 'The YAML as activated' }),
  definition: (wireSchema(ModelSchema) as z.ZodObject).openapi({ description: 'The validated model, defaults filled in: scorecards, components, metrics with windows, normalizers, thresholds and weights, segments, bands' }),
}).openapi('ModelDetail');

/** A model given in a request: its YAML text. `text/yaml` bodies are accepted too. */
export const ModelSourceSchema = z.object({ source: z.string().min(1).openapi({ description: 'The model as YAML' }) }).openapi('ModelSource');

export const ModelValidationSchema = z
  .object({
    valid: z.literal(true),
    name: z.string(),
    version: z.string(),
    scorecards: z.array(z.string()),
    sameAsActive: z.boolean(),
  })
  .openapi('ModelValidation');

const PreviewScoreSchema = z.object({ score: z.number().nullable(), band: z.string().nullable() });

export const ModelPreviewSchema = z
  .object({
    candidateName: z.string(),
    candidateVersion: z.string(),
    activeName: z.string(),
    activeVersion: z.string(),
    asOf: z.string().openapi({ format: 'date-time' }),
    computedAt: z.string().openapi({ format: 'date-time' }),
    accounts: z.number().int(),
    scorecards: z.array(
      z.object({
        scorecard: z.string(),
        inActive: z.boolean(),
        inCandidate: z.boolean(),
        changedBand: z.number().int(),
        meanDelta: z.number().nullable(),
        medianDelta: z.number().nullable(),
        maxUp: z.number().nullable(),
        maxDown: z.number().nullable(),
        transitions: z.array(z.object({ from: z.string().nullable(), to: z.string().nullable(), accounts: z.number().int() })),
      }),
    ),
    changes: z.array(
      z.object({
        accountId: z.number().int(),
        externalId: z.string(),
        name: z.string(),
        scorecard: z.string(),
        before: PreviewScoreSchema,
        after: PreviewScoreSchema,
        delta: z.number().nullable(),
      }),
    ),
    totalChanges: z.number().int(),
  })
  .openapi('ModelPreview');

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['import', 'model-preview']),
    status: z.enum(['queued', 'running', 'completed', 'failed']),
    createdBy: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
    progress: z.object({ done: z.number(), total: z.number(), item: z.string().optional() }).optional(),
    error: z.object({ type: z.string(), detail: z.string() }).optional(),
  })
  .openapi('Job');

export const ModelPreviewJobSchema = JobSchema.extend({ result: ModelPreviewSchema.optional() }).openapi('ModelPreviewJob');
