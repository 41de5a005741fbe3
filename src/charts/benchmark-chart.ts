import { formatDuration } from '../coach/engines/time.js';
import { toDayNumber } from '../coach/engines/load.js';
import type { Chart } from './chart.js';
import { svgToPng } from './png.js';
import { circle, line, niceScale, polyline, shortDate, svgDoc, text, THEME } from './svg.js';

export type BenchmarkUnit = 'time' | 'distance' | 'load';

export interface BenchmarkChartData {
  /** e.g. "5 km run". */
  label: string;
  unit: BenchmarkUnit;
  /** Oldest first; value in seconds (time), metres (distance) or kg (load). */
  points: ReadonlyArray<{ date: string; value: number }>;
  /** The result that matches the goal, in the same unit, with its meaning ("goal 1:25:00"). */
  goal?: { value: number; label: string };
  /** What the latest result implies, in words ("implies a Hyrox finish of about 1:28:10"). */
  prediction?: string;
}

const W = 800;
const H = 400;
const PLOT = { left: 76, right: 760, top: 70, bottom: 320 };

/** Time axes step in whole clock units (15 s … 30 min), about 4 steps. */
function timeScale(spanSec: number): { max: number; step: number } {
  const step = [15, 30, 60, 120, 300, 600, 900, 1800].find((s) => s * 4 >= spanSec) ?? 3600;
  return { max: Math.ceil(spanSec / step) * step, step };
}

export function formatValue(unit: BenchmarkUnit, v: number): string {
  return unit === 'time' ? formatDuration(v) : unit === 'distance' ? `${Math.round(v)} m` : `${Math.round(v * 10) / 10} kg`;
}

/** The history of one test as SVG: results over dates, the goal as a dashed line. */
export function benchmarkChartSvg(d: BenchmarkChartData): string {
  const values = [...d.points.map((p) => p.value), ...(d.goal ? [d.goal.value] : [])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.15, hi * 0.03, 1);
  const minV = Math.max(0, lo - pad);
  const { max: span, step } = d.unit === 'time' ? timeScale(hi + pad - minV) : niceScale(hi + pad - minV, 4);
  const base = Math.floor(minV / step) * step;
  const top = base + Math.ceil((hi + pad - base) / step) * step || base + span;
  const y = (v: number) => PLOT.bottom - ((v - base) / (top - base)) * (PLOT.bottom - PLOT.top);
  const days = d.points.map((p) => toDayNumber(p.date) ?? 0);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const x = (day: number) =>
    last === first ? (PLOT.left + PLOT.right) / 2 : PLOT.left + 30 + ((day - first) / (last - first)) * (PLOT.right - PLOT.left - 60);
  const out: string[] = [];
  out.push(text(16, 30, `${d.label}: history`, { size: 18, weight: 600 }));
  out.push(
    text(16, 52, d.unit === 'time' ? 'time, lower is better' : d.unit === 'distance' ? 'metres, higher is better' : 'kg, higher is better', {
      size: 12,
      fill: THEME.muted,
    }),
  );
  for (let v = base; v <= top + 1e-9; v += step) {
    out.push(
      line(PLOT.left, y(v), PLOT.right, y(v), THEME.grid),
      text(PLOT.left - 8, y(v) + 4, formatValue(d.unit, v), { size: 11, fill: THEME.muted, anchor: 'end' }),
    );
  }
  if (d.goal) {
    out.push(line(PLOT.left, y(d.goal.value), PLOT.right, y(d.goal.value), THEME.goal, { width: 2, dash: '8 5' }));
    out.push(
      text(PLOT.right, y(d.goal.value) - 6, `${d.goal.label}: ${formatValue(d.unit, d.goal.value)}`, {
        size: 12,
        fill: THEME.goal,
        anchor: 'end',
        weight: 600,
      }),
    );
  }
  const pts = d.points.map((p, i) => [x(days[i]!), y(p.value)] as const);
  if (pts.length > 1) out.push(polyline(pts, THEME.bar));
  d.points.forEach((p, i) => {
    const [px, py] = pts[i]!;
    out.push(circle(px, py, 5, THEME.bar), text(px, py - 10, formatValue(d.unit, p.value), { size: 11, anchor: 'middle', weight: 600 }));
    out.push(text(px, PLOT.bottom + 18, shortDate(p.date), { size: 11, fill: THEME.muted, anchor: 'middle' }));
  });
  out.push(line(PLOT.left, PLOT.bottom, PLOT.right, PLOT.bottom, THEME.ink));
  if (d.prediction) out.push(text(16, H - 28, d.prediction, { size: 13, weight: 600 }));
  return svgDoc(W, H, out);
}

export function benchmarkChartAlt(d: BenchmarkChartData): string {
  const parts = [
    `${d.label} history, ${d.points.length} test${d.points.length === 1 ? '' : 's'}: ${d.points.map((p) => `${p.date} ${formatValue(d.unit, p.value)}`).join('; ')}.`,
  ];
  if (d.goal) parts.push(`Goal line (${d.goal.label}): ${formatValue(d.unit, d.goal.value)}.`);
  if (d.prediction) parts.push(d.prediction.endsWith('.') ? d.prediction : `${d.prediction}.`);
  return parts.join(' ');
}

export function renderBenchmarkChart(d: BenchmarkChartData): Chart {
  if (d.points.length === 0) throw new RangeError('a benchmark chart needs at least one result');
  return { name: 'benchmark-history.png', png: svgToPng(benchmarkChartSvg(d)), alt: benchmarkChartAlt(d) };
}
