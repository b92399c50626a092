import { z } from 'zod';
import { choiceField, emailField, idField, numberField, optional, required, textField, timestampField } from './fields.js';
import { withChecks } from './record-check.js';

export const SURVEY_KINDS = ['nps', 'csat', 'ces'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** The scale of each survey kind: NPS 0–10, CSAT 1–5, CES 1–7. */
export const SURVEY_SCALES: Readonly<Record<SurveyKind, readonly [number, number]>> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };

/** An answer to an NPS, CSAT or CES survey. */
const SurveyResponseFields = z
  .object({
    externalId: optional(idField),
    accountExternalId: optional(idField),
    contactEmail: optional(emailField),
    kind: required(choiceField(SURVEY_KINDS)),
    score: required(numberField),
    respondedAt: required(timestampField),
    comment: optional(textField),
    knownAt: optional(timestampField),
  });
export const SurveyResponseSchema = withChecks(SurveyResponseFields, [
  (r) => {
    const [min, max] = SURVEY_SCALES[r.kind];
    return !Number.isInteger(r.score) || r.score < min || r.score > max ? { field: 'score', message: `${r.kind.toUpperCase()} score ${r.score} is outside ${min}..${max}`, reason: 'out_of_range' } : undefined;
  },
]);
export type SurveyResponse = z.output<typeof SurveyResponseSchema>;
