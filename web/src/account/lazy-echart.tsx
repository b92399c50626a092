import { lazy } from 'react';

/** ECharts loads on first use, in its own chunk: the page's text shows before the charts' code arrives. */
export const LazyEChart = lazy(() => import('./echart.tsx').then((m) => ({ default: m.EChart })));
