import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import { useEffect, useRef } from 'react';

// Only what the account page draws, and the SVG renderer (crisp, small, text in the DOM):
// the chunk stays a fraction of the full echarts bundle.
use([LineChart, BarChart, GridComponent, TooltipComponent, MarkLineComponent, LegendComponent, SVGRenderer]);

export type EChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption | LegendComponentOption>;

/**
 * One ECharts chart. The chart itself is hidden from assistive technology: every chart on the
 * page comes with a text alternative (an aria-label summary and a table the reader can show).
 */
export function EChart({ option, height, onClickName }: { option: EChartOption; height: number; onClickName?: (name: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | undefined>(undefined);
  const click = useRef(onClickName);
  click.current = onClickName;

  useEffect(() => {
    if (!box.current) return;
    const c = init(box.current, undefined, { renderer: 'svg' });
    c.on('click', (p) => click.current?.(p.name));
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    // Readers who asked for less motion get the chart drawn at once.
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    chart.current?.setOption({ animation: !still, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={box} className="echart" style={{ height }} aria-hidden="true" />;
}
