import { canReadAudit } from '../auth/session.tsx';
import type { AccountSection } from './account-section.ts';
import { AuditTrail } from './audit-trail.tsx';
import { ComponentBreakdown } from './component-breakdown.tsx';
import { ConversationsSection } from './conversations-section.tsx';
import { DriverList } from './driver-list.tsx';
import { EngagementSection } from './engagement-section.tsx';
import { HumanInput } from './human-input.tsx';
import { RecordTimeline } from './record-timeline.tsx';
import { ScoreHistoryChart } from './score-history-chart.tsx';
import { WhyChanged } from './why-changed.tsx';

/**
 * The account page's sections, in page order. A capability adds its section with one line
 * here (engagement, themes and next actions, stakeholders, alerts, backtests); the page lays
 * them out, gives each its heading and anchor, and lists them in its contents.
 */
export const ACCOUNT_SECTIONS: readonly AccountSection[] = [
  { id: 'history', title: 'Score history', component: ScoreHistoryChart, wide: true },
  { id: 'components', title: 'Components', component: ComponentBreakdown },
  { id: 'drivers', title: 'Drivers', component: DriverList },
  { id: 'why-changed', title: 'Why did it change?', component: WhyChanged, wide: true },
  { id: 'engagement', title: 'Engagement', component: EngagementSection, wide: true },
  { id: 'conversations', title: 'Emails and meetings', component: ConversationsSection, wide: true },
  { id: 'timeline', title: 'Records', component: RecordTimeline, wide: true },
  { id: 'human-input', title: 'Overrides and pulses', component: HumanInput, wide: true },
  { id: 'audit', title: 'Audit trail', component: AuditTrail, wide: true, allowed: canReadAudit },
];
