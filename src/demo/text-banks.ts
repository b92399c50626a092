import type { Tone } from './tone.js';

/** Sentences for feedback, survey comments and call notes. Some hold commas and quotes on purpose. */
export const FEEDBACK_SENTENCES: Readonly<Record<Tone, readonly string[]>> = {
  positive: [
    'The new dashboards saved our team hours every week.',
    'Onboarding was smooth, and support answered within the hour.',
    'We rolled it out to two more departments because people asked for it.',
    'The "Insights" tab is now part of our Monday stand-up.',
    'Great product, great people, no surprises on the invoice.',
    'Our CSM really understands how we work.',
    'Reporting finally matches what finance sees, which is a first for us.',
    'The API is well documented and has been rock solid.',
    'Honestly the best vendor relationship we have.',
    'Alerts caught two problems before our customers noticed them.',
  ],
  neutral: [
    'It does what we need, mostly.',
    'Some reports are slow to load at month end.',
    'We would like more control over user permissions.',
    'The export format changed, so we had to adjust a script.',
    'Training material is fine, though a bit dated.',
    'Pricing is in line with alternatives.',
    'We are still evaluating the forecasting module.',
    'Would be nice to have a dark mode, but not a big deal.',
    'Support is helpful, if not always fast.',
  ],
  negative: [
    'We keep hitting the same sync error, and nobody has fixed it.',
    'Adoption is low; most of the team went back to spreadsheets.',
    'The last two releases broke our integration.',
    'Hard to justify the cost at renewal, frankly.',
    'Support tickets sit for days without an answer.',
    'Our new VP is asking why we pay for this.',
    'The "simple" setup took three months and two consultants.',
    'We are looking at other tools for next year.',
    'Data is often out of date, so people stopped trusting it.',
    'Too many clicks for basic tasks, users complain constantly.',
  ],
};

export const FEEDBACK_SOURCES = ['g2_review', 'support_chat', 'call_note', 'feature_portal', 'in_app'] as const;

export const CALL_NOTES: Readonly<Record<Tone, readonly string[]>> = {
  positive: [
    'Walked through the roadmap; they want early access to forecasting.',
    'Champion is happy, mentioned a possible expansion to the EU team.',
    'Quick sync, usage is up and they asked about the API tier.',
  ],
  neutral: [
    'Reviewed open tickets and agreed next steps.',
    'Discussed training for new hires, will send material.',
    'Checked in on the rollout; no blockers raised.',
  ],
  negative: [
    'Customer frustrated about outages, asked for a credit.',
    'Sponsor left the company; new contact unclear on value.',
    'They flagged budget cuts and questioned the renewal.',
  ],
};

export const MEETING_AGENDAS = [
  'Agenda: usage review, open tickets, roadmap, next steps.',
  'Agenda: goals for next quarter, adoption by team, renewal timeline.',
  'Agenda: integration status, training plan, questions.',
] as const;
