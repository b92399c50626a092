import { createRoute, type z } from '@hono/zod-openapi';
import { accountConversation, accountEngagement, listAccountActivities, threadOverviews, threadView, type ListedActivity, type ThreadMessageView, type ThreadOverview } from '../../app/index.js';
import { principalOf, visibleAccount } from '../access-guard.js';
import { decodeCursor, pageFrom } from '../page-cursor.js';
import { ApiProblem } from '../problem.js';
import { orderedRange } from '../request-checks.js';
import { AccountPathParams, jsonContent } from '../schemas/common-schemas.js';
import {
  ActivityListQuery,
  ActivityPageSchema,
  EngagementQuery,
  EngagementSchema,
  ThreadDetailSchema,
  ThreadListQuery,
  ThreadPageSchema,
  ThreadPathParams,
} from '../schemas/communication-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import type { RouteGroup } from './route-group.js';

const WHO = 'Anyone who may see the account; another rep’s account is answered as missing (404).';

const listActivitiesRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/activities',
  tags: ['communication'],
  summary: "An account's emails, meetings, calls and notes, newest first, with participants, sides, thread and a preview of the new text",
  description: `${WHO} As Bellwether knew them at \`asOf\` (default now); meetings scheduled after it are listed too (pass \`to\` to leave them out).`,
  request: { params: AccountPathParams, query: ActivityListQuery },
  responses: {
    200: { description: 'A page of activities', content: jsonContent(ActivityPageSchema) },
    ...problemResponses('invalid-request', 'invalid-cursor', 'unauthenticated', 'account-not-found'),
  },
});

const listThreadsRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/threads',
  tags: ['communication'],
  summary: "An account's email threads, the latest message first, with whose answer each waits for",
  description: `${WHO} Threads are rebuilt from the emails known at \`asOf\` (Message-ID, In-Reply-To, References, thread ids, then subject), exactly as the engagement metrics read them.`,
  request: { params: AccountPathParams, query: ThreadListQuery },
  responses: {
    200: { description: 'A page of threads', content: jsonContent(ThreadPageSchema) },
    ...problemResponses('invalid-request', 'invalid-cursor', 'unauthenticated', 'account-not-found'),
  },
});

const threadRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/threads/{threadId}',
  tags: ['communication'],
  summary: 'One email thread: its messages in order with sender, side, new text and body, and for each whether it was answered, by whom, after how many business and wall-clock hours',
  description: `${WHO} A message is answered by the first later message of the other side known at \`asOf\`; business hours are Monday–Friday 09:00–17:00 in the account's \`time_zone\` attribute (UTC when it has none).`,
  request: { params: ThreadPathParams, query: ThreadListQuery.pick({ asOf: true }) },
  responses: {
    200: { description: 'The thread', content: jsonContent(ThreadDetailSchema) },
    ...problemResponses('invalid-request', 'unauthenticated', 'not-found', 'account-not-found'),
  },
});

const engagementRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/engagement',
  tags: ['communication'],
  summary: "An account's engagement: emails each way and meetings per month (or week), and over the last 90 days response times, response rate, unanswered threads and the people engaged on both sides",
  description: `${WHO} The 90-day figures are the scoring catalogue's metrics of the same names, computed as of \`asOf\` on the same threading, so they match what the scores used.`,
  request: { params: AccountPathParams, query: EngagementQuery },
  responses: {
    200: { description: 'The engagement', content: jsonContent(EngagementSchema) },
    ...problemResponses('invalid-request', 'unauthenticated', 'account-not-found'),
  },
});

type WireActivity = z.infer<typeof ActivityPageSchema>['items'][number];
type WireThread = z.infer<typeof ThreadPageSchema>['items'][number];
type WireMessage = z.infer<typeof ThreadDetailSchema>['messages'][number];

function activityOut(a: ListedActivity): WireActivity {
  const { record } = a;
  return {
    id: record.id,
    externalId: record.externalId,
    type: record.type,
    ...(record.direction !== undefined ? { direction: record.direction } : {}),
    occurredAt: record.occurredAt,
    ...(record.endedAt !== undefined ? { endedAt: record.endedAt } : {}),
    ...(record.allDay !== undefined ? { allDay: record.allDay } : {}),
    status: record.status,
    ...(record.subject !== undefined ? { subject: record.subject } : {}),
    participants: [...a.participants],
    ...(record.attachments !== undefined ? { attachments: record.attachments } : {}),
    ...(record.features !== undefined ? { features: record.features } : {}),
    threadId: a.threadId ?? null,
    bodyPreview: a.bodyPreview ?? null,
    held: a.held ?? null,
    knownAt: record.knownAt,
  } as WireActivity;
}

function threadOut(t: ThreadOverview): WireThread {
  return { ...t, subject: t.subject ?? null, lastFrom: t.lastFrom ?? null, senders: [...t.senders], waitingOn: t.waitingOn ?? null };
}

function messageOut(m: ThreadMessageView): WireMessage {
  const { record } = m;
  return {
    id: record.id,
    externalId: record.externalId,
    ...(record.direction !== undefined ? { direction: record.direction } : {}),
    occurredAt: record.occurredAt,
    status: record.status,
    side: m.side ?? null,
    from: m.from ?? null,
    participants: [...m.participants],
    subject: record.subject ?? null,
    newText: m.newText ?? null,
    bodyText: record.bodyText ?? null,
    ...(record.attachments !== undefined ? { attachments: record.attachments } : {}),
    ...(record.features !== undefined ? { features: record.features } : {}),
    answers: m.answers ?? null,
    answer: m.answer ? { ...m.answer, by: m.answer.by ?? null } : null,
    waiting: m.waiting ?? null,
  } as WireMessage;
}

const notKnownThen = (externalId: string, asOf: string) => new ApiProblem('account-not-found', `Account "${externalId}" was not yet known at ${asOf}.`);

/** What an account's people and ours said to each other: activities, email threads with their answers, engagement. */
export const communicationRoutes: RouteGroup = (app, { store, now }) => {
  app.openapi(listActivitiesRoute, async (c) => {
    const query = c.req.valid('query');
    const account = await visibleAccount(store, principalOf(c), c.req.valid('param').externalId);
    orderedRange(query.from, query.to);
    const asOf = query.asOf ?? now();
    const after = query.cursor === undefined ? undefined : (decodeCursor(query.cursor, ['string', 'number']) as [string, number]);
    const rows = await listAccountActivities(store, {
      account: account.externalId,
      asOf,
      ...(query.type ? { types: query.type } : {}),
      ...(query.from !== undefined ? { from: query.from } : {}),
      ...(query.to !== undefined ? { to: query.to } : {}),
      limit: query.limit + 1,
      ...(after ? { after } : {}),
    });
    if (!rows) throw notKnownThen(account.externalId, asOf);
    const page = pageFrom(rows, query.limit, (a) => [a.record.occurredAt, a.record.id]);
    return c.json({ accountExternalId: account.externalId, asOf, items: page.items.map(activityOut), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(listThreadsRoute, async (c) => {
    const query = c.req.valid('query');
    const account = await visibleAccount(store, principalOf(c), c.req.valid('param').externalId);
    const asOf = query.asOf ?? now();
    const conversation = await accountConversation(store, { account: account.externalId, asOf });
    if (!conversation) throw notKnownThen(account.externalId, asOf);
    const after = query.cursor === undefined ? undefined : (decodeCursor(query.cursor, ['string', 'string']) as [string, string]);
    const all = threadOverviews(conversation);
    const rest = after ? all.filter((t) => t.lastAt < after[0] || (t.lastAt === after[0] && t.id < after[1])) : all;
    const page = pageFrom(rest.slice(0, query.limit + 1), query.limit, (t) => [t.lastAt, t.id]);
    return c.json({ accountExternalId: account.externalId, asOf, items: page.items.map(threadOut), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(threadRoute, async (c) => {
    const { externalId, threadId } = c.req.valid('param');
    const account = await visibleAccount(store, principalOf(c), externalId);
    const asOf = c.req.valid('query').asOf ?? now();
    const conversation = await accountConversation(store, { account: account.externalId, asOf });
    if (!conversation) throw notKnownThen(account.externalId, asOf);
    const view = threadView(conversation, threadId);
    if (!view) throw new ApiProblem('not-found', `Account ${account.externalId} has no email thread "${threadId}" known at ${asOf}.`);
    return c.json({ accountExternalId: account.externalId, asOf, timeZone: conversation.businessHours.timeZone, thread: threadOut(view.overview), messages: view.messages.map(messageOut) }, 200);
  });

  app.openapi(engagementRoute, async (c) => {
    const query = c.req.valid('query');
    const account = await visibleAccount(store, principalOf(c), c.req.valid('param').externalId);
    const asOf = query.asOf ?? now();
    const engagement = await accountEngagement(store, { account: account.externalId, asOf, months: query.months });
    if (!engagement) throw notKnownThen(account.externalId, asOf);
    return c.json(engagement as z.infer<typeof EngagementSchema>, 200);
  });
};
