import { z } from '@hono/zod-openapi';
import { PARTICIPANT_ROLES, PARTICIPANT_SIDES } from '../../domain/index.js';
import { PageQuery } from './common-schemas.js';

const Moment = z.string().openapi({ format: 'date-time' });

export const UnmatchedAddressQuery = PageQuery.extend({
  domain: z.string().trim().min(1).optional().openapi({ description: 'Only addresses at this domain', example: 'acme.com' }),
});

export const UnmatchedAddressSchema = z
  .object({
    address: z.string().openapi({ example: 'pat@acme.com' }),
    domain: z.string(),
    activities: z.number().int().openapi({ description: 'Emails and meetings waiting that name the address' }),
    firstAt: Moment,
    lastAt: Moment,
    reasons: z.array(z.string()).openapi({ description: 'Why its activities matched no account, each once: free_mail_only, unknown_address, ambiguous_domain', example: ['free_mail_only'] }),
    freeMail: z.boolean().openapi({ description: 'Whether the domain is a free-mail one (gmail.com …): then only the address, not the domain, can be assigned' }),
  })
  .openapi('UnmatchedAddress');

export const UnmatchedAddressPageSchema = z
  .object({ total: z.number().int().openapi({ description: 'Addresses waiting (with the domain filter)' }), items: z.array(UnmatchedAddressSchema), nextCursor: z.string().nullable() })
  .openapi('UnmatchedAddressPage');

export const UnmatchedActivityQuery = PageQuery.extend({
  address: z.string().trim().min(1).optional().openapi({ description: 'Only activities naming this address, or anyone at this domain', example: 'pat@acme.com' }),
});

export const UnmatchedActivitySchema = z
  .object({
    id: z.number().int(),
    externalId: z.string().openapi({ description: "The activity's natural key" }),
    type: z.string(),
    occurredAt: Moment,
    subject: z.string().nullable(),
    reason: z.string().openapi({ description: 'Why no account was found: unknown_address (no contact, assignment or account domain), free_mail_only (only free-mail addresses), ambiguous_domain (several accounts), internal_only (only our own people)' }),
    addresses: z.array(z.string()).openapi({ description: 'The customer addresses on it, any of which can be assigned' }),
    participants: z.array(z.object({ email: z.string(), name: z.string().optional(), role: z.enum(PARTICIPANT_ROLES), side: z.enum(PARTICIPANT_SIDES).optional() })),
    bodyPreview: z.string().nullable().openapi({ description: 'The start of its new text; null when no body is stored' }),
    importId: z.number().int(),
    sourceFile: z.string(),
    line: z.number().int(),
    listedAt: Moment.openapi({ description: 'When the import put it on the list' }),
  })
  .openapi('UnmatchedActivity');

export const UnmatchedActivityPageSchema = z.object({ items: z.array(UnmatchedActivitySchema), nextCursor: z.string().nullable() }).openapi('UnmatchedActivityPage');

export const NewAssignmentSchema = z
  .object({
    address: z.string().trim().min(1).max(320).openapi({ description: 'An email address, or a domain for everyone at it', example: 'pat@acme.com' }),
    accountId: z.string().trim().min(1).openapi({ description: "The account's external id (its id in your CRM)", example: 'ACC-000002' }),
  })
  .strict()
  .openapi('NewAddressAssignment');

export const AssignmentSchema = z
  .object({
    address: z.string(),
    accountExternalId: z.string(),
    assignedBy: z.string(),
    assignedAt: Moment,
  })
  .openapi('AddressAssignment');

export const AssignmentResultSchema = z
  .object({
    assignment: AssignmentSchema,
    imported: z.number().int().openapi({ description: 'Activities taken off the review list and imported under the account' }),
    importId: z.number().int().nullable().openapi({ description: 'The import run that wrote them (GET /api/v1/imports/{id}); null when none waited' }),
  })
  .openapi('AddressAssignmentResult');

export const AssignmentListSchema = z.object({ items: z.array(AssignmentSchema) }).openapi('AddressAssignmentList');
