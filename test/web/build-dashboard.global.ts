import { buildDashboard, dashboardNeedsBuild } from '../../src/cli/dashboard-build.js';

/** Browser tests need the built dashboard; build it once, before any test file runs, if its sources changed. */
export default async function setup(): Promise<void> {
  if (dashboardNeedsBuild()) await buildDashboard();
}
