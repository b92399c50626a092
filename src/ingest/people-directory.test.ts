import { describe, expect, it } from 'vitest';
import type { Participant } from '../domain/index.js';
import { directionOf } from './people-directory.js';

const p = (role: Participant['role'], side: 'internal' | 'customer'): Participant => ({ email: `${role}-${side}@x.com`, role, side });

describe('directionOf', () => {
  it('is inbound when a customer wrote or organized it, outbound when we did', () => {
    expect(directionOf([p('from', 'customer'), p('to', 'internal')])).toBe('inbound');
    expect(directionOf([p('to', 'customer'), p('from', 'internal')])).toBe('outbound');
    expect(directionOf([p('attendee', 'customer'), p('organizer', 'internal')])).toBe('outbound');
    expect(directionOf([p('organizer', 'customer'), p('attendee', 'internal')])).toBe('inbound');
  });

  it('is internal when no customer takes part, and unknown without participants', () => {
    expect(directionOf([p('from', 'internal'), p('to', 'internal')])).toBe('internal');
    expect(directionOf([])).toBeUndefined();
  });

  it('falls back to the first participant when nobody is marked as the author', () => {
    expect(directionOf([p('to', 'customer'), p('cc', 'internal')])).toBe('inbound');
  });
});
