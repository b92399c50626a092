/** Ticket subjects and first messages; worse health draws from the severe list more often. */
export const TICKET_TOPICS: Readonly<Record<'routine' | 'severe', readonly (readonly [string, string])[]>> = {
  routine: [
    ['How do I add a user?', 'We hired two people, how do I give them access?'],
    ['Export to CSV question', 'Is there a way to include custom fields in the CSV export?'],
    ['SSO setup', 'We want to turn on SSO with Okta, what do you need from us?'],
    ['Change billing contact', 'Please send invoices to finance@ our domain from now on.'],
    ['Report filter', 'The date filter on the usage report resets, is that expected?'],
  ],
  severe: [
    ['Dashboard not loading', 'Since this morning the main dashboard shows "Error 500", the whole team is blocked.'],
    ['Data sync failing', 'Nightly sync failed again, third time this week. We need a fix, not a workaround.'],
    ['Wrong numbers in report', 'Revenue report totals do not match our CRM, off by about 12%.'],
    ['API rate limits', 'Our integration hits rate limits constantly, jobs are failing.'],
    ['Lost configuration', 'After the update, our alert rules are gone.'],
  ],
};
