import type { Tone } from './tone.js';

/** Subjects and lines for demo emails; bodies are assembled in `email-body.ts`. */
export const OUTBOUND_SUBJECTS = [
  'Quarterly check-in',
  'New reporting features, want a walkthrough?',
  'Your renewal is coming up',
  'Training session for new users',
  'Quick question about your rollout',
  'Release notes: faster exports',
  'Following up on our last call',
] as const;

export const OUTBOUND_LINES = [
  'Hope the quarter is going well. Do you have 30 minutes next week to review how the team is using the product?',
  'We shipped a few improvements your team asked about; happy to show them.',
  'I wanted to check whether anything is blocking the rollout on your side.',
  'Sharing the latest release notes, including the faster CSV export.',
  'Let me know if you would like a training session for the new hires.',
  // A line starting "From " must be escaped in an mbox file (">From "): this one is.
  'From next month on, exports run twice as fast. Happy to walk your team through it.',
] as const;

export const NUDGE_LINE = 'Just bumping this to the top of your inbox, let me know if another time works better.';

export const INBOUND_SUBJECTS: Readonly<Record<Tone, readonly string[]>> = {
  positive: ['Adding more seats?', 'Thanks for the help last week', 'Question about the API tier'],
  neutral: ['Question about permissions', 'Invoice address change', 'How do we export audit logs?'],
  negative: ['Sync errors again', 'Escalation: dashboard outage', 'Concerns before renewal'],
};

export const INBOUND_LINES: Readonly<Record<Tone, readonly string[]>> = {
  positive: [
    'The team loves the new dashboards. Could we talk about adding the sales org?',
    'Thanks again for the quick fix, everything works now.',
  ],
  neutral: [
    'Can you tell me how to restrict editing to admins only?',
    'Our billing address changed, please update it for the next invoice.',
  ],
  negative: [
    'We are seeing the same sync errors as last month. This is becoming a real problem.',
    'Before we discuss the renewal, I need to understand why reports were down again.',
  ],
};

export const REPLY_LINES: Readonly<Record<Tone, readonly string[]>> = {
  positive: ['Sounds great, Tuesday works for us.', 'Thanks! Yes, please send the invite.', 'Perfect, the team is excited about this.'],
  neutral: ['Thanks, I will check with the team and get back to you.', 'Next week is busy; can we look at the week after?', 'Noted, thanks.'],
  negative: ['Honestly, we have bigger issues to sort out first.', 'We are not sure this is a priority anymore.', 'Please fix the open tickets before we talk about anything new.'],
};

export const REP_REPLY_LINES = [
  'Thanks for the quick reply, invite on its way.',
  'Understood, I have looped in our support lead and will update you today.',
  'Thanks, I will follow up with the details.',
] as const;
