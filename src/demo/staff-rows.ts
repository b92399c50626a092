import { isoTimestamp } from './calendar.js';
import type { RowSink } from './row-sink.js';
import type { Staff } from './staff.js';

/** Our people are known from the start of the history, before any account names an owner. */
export function emitStaffRows(staff: Staff, knownAtMs: number, sink: RowSink): void {
  for (const m of staff.members) {
    sink.emit('internal_users', {
      email: m.email,
      name: m.name,
      title: m.title,
      role: m.role,
      team: m.team,
      manager_email: m.managerEmail,
      known_at: isoTimestamp(knownAtMs),
    });
  }
}
