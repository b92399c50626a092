import { describe, expect, it } from 'vitest';
import type { Driver } from '../../domain/index.js';
import { topDriver } from './top-driver.js';

const driver = (component: string, id: string, impact: number, kind: Driver['kind'] = 'metric'): Driver => ({ kind, id, component, impact, direction: impact < 0 ? 'negative' : 'positive' });

describe('topDriver', () => {
  it('names the driver with the largest pull either way, as component.metric', () => {
    expect(topDriver([driver('billing', 'days-late', -4.2), driver('usage', 'active-users', 6.1), driver('support', 'open-tickets', -1)])).toBe('usage.active-users');
  });

  it('prefers the earlier driver on a tie (what pulls down comes before what lifts)', () => {
    expect(topDriver([driver('billing', 'days-late', -3), driver('usage', 'active-users', 3)])).toBe('billing.days-late');
  });

  it('is null when nothing moved the score', () => {
    expect(topDriver([])).toBeNull();
    expect(topDriver([driver('children', 'C-1', 0, 'child')])).toBeNull();
  });
});
