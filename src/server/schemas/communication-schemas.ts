import { z } from '@hono/zod-openapi';
import { ACTIVITY_TYPES, ActivitySchema, PARTICIPANT_SIDES } from '../../domain/index.js';
import { MomentParam, PageQuery } from './common-schemas.js';
import { wireSchema } from './wire-schema.js';

const ActivityWire = wireSchema(ActivitySchema) as z.ZodObject;
const ParticipantWire = (ActivityWire.shape.participants as z.ZodArray<z.ZodObject>).element.openapi('Participant');

const Side = z.enum(PARTICIPANT_SIDES).openapi({ description: 'customer: someone at the customer; internal: one of our people' });
const Moment = z.string().openapi({ format: 'date-time' });

const AsOfQuery = MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'As Bellwether knew it then (default now): later mail and answers are not known yet' });

/** `type=email&type=meeting` or `type=email,meeting`. */
const TypeList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((x) => x.split(',')).map((x) => x.trim()).filter((x) => x.length > 0)))
  .pipe(z.array(z.enum(ACTIVITY_TYPES)).optional())
  .openapi({ type: 'array', items: { type: 'string', enum: [...ACTIVITY_TYPES] }, description: 'Only these types (repeat or comma-separate)' });

export const ActivityListQuery = PageQuery.extend({
  type: TypeList,
  from: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'Activities at or after this moment' }),
  to: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'Activities at or before this moment' }),
  asOf: AsOfQuery,
});

export const ActivityItemSchema = ActivityWire.pick({ externalId: true, type: true, direction: true, occurredAt: true, endedAt: true, allDay: true, status: true, subject: true, attachments: true, features: true })
  .extend({
    id: z.number().int().openapi({ description: 'Our row id, the same for every version of the activity' }),
    participants: z.array(ParticipantWire).openapi({ description: "Everyone on it; `side` as the import set it, else from the account's domains" }),
    threadId: z.string().nullable().openapi({ description: 'The email thread it is in (GET …/threads/{threadId}); null for other activities and for emails after asOf' }),
    bodyPreview: z.string().nullable().openapi({ description: 'The start (about 300 characters) of its new text: the body without quoted replies and signature; null when no body is stored (`store_bodies: false`)' }),
    held: z.boolean().nullable().openapi({ description: 'For a meeting that started by asOf: whether it was held (not cancelled, and a customer attendee accepted; a completed meeting without answers counts), as the meetings-held metric counts it. Null for other activities and meetings still ahead' }),
    knownAt: Moment.openapi({ description: 'When Bellwether learned this version' }),
  })
  .openapi('ActivityItem');

export const ActivityPageSchema = z.object({ accountExternalId: z.string(), asOf: Moment, items: z.array(ActivityItemSchema), nextCursor: z.string().nullable() }).openapi('ActivityPage');

const PersonSchema = z.object({ email: z.string(), name: z.string().optional(), side: Side.optional() }).openapi('ThreadPerson');

const HoursShape = {
  wallHours: z.number().openapi({ description: 'Wall-clock hours' }),
  businessHours: z.number().openapi({ description: "Working hours only: Monday–Friday 09:00–17:00 in the account's time zone" }),
};

export const ThreadOverviewSchema = z
  .object({
    id: z.string().openapi({ description: 'The thread id: its first explicit thread id, else its first message’s Message-ID; stable as replies arrive' }),
    subject: z.string().nullable(),
    messages: z.number().int(),
    customerMessages: z.number().int(),
    internalMessages: z.number().int(),
    firstAt: Moment,
    lastAt: Moment,
    lastFrom: PersonSchema.nullable(),
    senders: z.array(PersonSchema).openapi({ description: 'Everyone who wrote in it, once each, in order of their first message' }),
    waitingOn: Side.nullable().openapi({
      description: "Whose answer the thread waits for at asOf: internal when the customer's last message is unanswered; customer when our last message asks something (answers nothing of theirs) and they have not answered; null otherwise",
    }),
  })
  .openapi('ThreadOverview');

export const ThreadListQuery = PageQuery.extend({ asOf: AsOfQuery });

export const ThreadPageSchema = z.object({ accountExternalId: z.string(), asOf: Moment, items: z.array(ThreadOverviewSchema), nextCursor: z.string().nullable() }).openapi('ThreadPage');

export const ThreadPathParams = z.object({
  externalId: z.string().min(1).openapi({ param: { name: 'externalId', in: 'path' }, description: "The account's id in your CRM", example: 'ACC-000002' }),
  threadId: z.string().min(1).openapi({ param: { name: 'threadId', in: 'path' }, description: 'A thread id as the thread list gives it, URL-encoded', example: 'T-1042' }),
});

export const ThreadMessageSchema = ActivityWire.pick({ externalId: true, direction: true, occurredAt: true, status: true, attachments: true, features: true })
  .extend({
    id: z.number().int(),
    side: Side.nullable().openapi({ description: 'Who wrote it; null for mail among our own people, which neither needs nor gives an answer' }),
    from: PersonSchema.nullable(),
    participants: z.array(ParticipantWire),
    subject: z.string().nullable(),
    newText: z.string().nullable().openapi({ description: 'What it says new (quoted replies and signature removed); null when no body is stored' }),
    bodyText: z.string().nullable().openapi({ description: 'The whole body as stored; null when no body is stored' }),
    answers: z.string().nullable().openapi({ description: "The externalId of the other side's message this one answers" }),
    answer: z
      .object({ externalId: z.string(), at: Moment, by: PersonSchema.nullable(), ...HoursShape })
      .nullable()
      .openapi({ description: 'The first later message of the other side in the thread, known by asOf, and how long it took; null while unanswered' }),
    waiting: z.object(HoursShape).nullable().openapi({ description: 'For a message of either side unanswered at asOf: how long it has waited so far' }),
  })
  .openapi('ThreadMessage');

export const ThreadDetailSchema = z
  .object({
    accountExternalId: z.string(),
    asOf: Moment,
    timeZone: z.string().openapi({ description: 'The time zone of the business hours', example: 'America/New_York' }),
    thread: ThreadOverviewSchema,
    messages: z.array(ThreadMessageSchema).openapi({ description: 'Oldest first' }),
  })
  .openapi('ThreadDetail');

export const EngagementQuery = z.object({
  asOf: AsOfQuery,
  months: z.coerce.number().int().min(1).max(36).default(12).openapi({ type: 'integer', description: 'How far back the series goes, in calendar months with the current one; 3 or fewer gives weeks' }),
});

const CountsShape = {
  emailsIn: z.number().int().openapi({ description: 'Emails the customer wrote to us' }),
  emailsOut: z.number().int().openapi({ description: 'Emails we wrote to the customer (mail among our own people is in neither)' }),
  meetingsHeld: z.number().int().openapi({ description: 'Meetings held: completed, or started while scheduled, with a customer attendee who accepted' }),
  meetingsCancelled: z.number().int(),
};

const ResponseTimeSchema = z.object({
  medianBusinessHours: z.number().nullable(),
  medianWallHours: z.number().nullable(),
  answered: z.number().int().openapi({ description: 'Emails sent in the window and answered by asOf that it is the median of' }),
});

const ShareSchema = z.object({ value: z.number().nullable().openapi({ description: 'A share 0..1; null when there was nothing to count' }), samples: z.number().int() });

const EngagedPersonSchema = z
  .object({
    email: z.string(),
    name: z.string().optional(),
    side: Side,
    emailsSent: z.number().int(),
    emailsReceived: z.number().int(),
    meetingsAttended: z.number().int(),
    lastContactAt: Moment,
  })
  .openapi('EngagedPerson');

export const EngagementSchema = z
  .object({
    accountExternalId: z.string(),
    asOf: Moment,
    months: z.number().int(),
    period: z.enum(['month', 'week']),
    timeZone: z.string().openapi({ description: 'The time zone of the business hours in response times' }),
    series: z.array(z.object({ start: Moment, end: Moment, ...CountsShape })).openapi({ description: 'Oldest first: every calendar month (or ISO week), UTC, the current one included' }),
    recent: z
      .object({
        days: z.number().int(),
        from: Moment,
        to: Moment,
        ...CountsShape,
        customerResponseTime: ResponseTimeSchema.openapi({ description: 'customer-response-time: how fast the customer answered our emails sent in the window' }),
        ourResponseTime: ResponseTimeSchema.openapi({ description: 'our-response-time: how fast we answered theirs' }),
        customerResponseRate: ShareSchema.openapi({ description: 'customer-response-rate: the share of our emails asking something (at least 3 days old) that they answered' }),
        unansweredThreadShare: ShareSchema.openapi({ description: 'unanswered-thread-share: threads started in the window ending with an ask of ours never answered' }),
        people: z.object({ customer: z.array(EngagedPersonSchema), internal: z.array(EngagedPersonSchema) }).openapi({ description: 'Who wrote to the other side or attended a held meeting, newest contact first' }),
      })
      .openapi({ description: 'The last 90 days (from, to], each figure as the metric of its name reads it' }),
    daysSinceTwoWayContact: z.number().nullable().openapi({ description: 'days-since-two-way-contact: since the last exchange both sides took part in; null without any activity' }),
  })
  .openapi('Engagement');
