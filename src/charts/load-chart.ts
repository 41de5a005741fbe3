import { ACWR_HIGH, ACWR_LOW, toDayNumber } from '../coach/engines/load.js';
import type { Chart } from './chart.js';
import type { WeekLoad } from './load-series.js';
import { svgToPng } from './png.js';
import { circle, line, niceScale, polyline, rect, shortDate, svgDoc, text, THEME } from './svg.js';

export interface LoadChartData {
  weeks: readonly WeekLoad[];
  today: string;
  /** Marked when given (/profile show): in the chart when within 6 weeks, else as a note. */
  raceDate?: string | null;
  title?: string;
}

const W = 800;
const H = 420;
const PLOT = { left: 64, right: 736, top: 78, bottom: 350 };
const ACWR_MAX = 2;
const RACE_SLOTS_MAX = 6;
const n = (v: number) => Math.round(v).toLocaleString('en-US');

function raceWeeksAhead(data: LoadChartData): number | null {
  if (!data.raceDate) return null;
  const race = toDayNumber(data.raceDate);
  const last = data.weeks.at(-1);
  if (race === null || !last) return null;
  const diff = race - toDayNumber(last.weekStart)!;
  return diff < 0 ? null : Math.floor(diff / 7);
}

/** The weekly-load chart as SVG: bars per week, ACWR line on the right axis, 0.8–1.3 band shaded. */
export function loadChartSvg(data: LoadChartData): string {
  const ahead = raceWeeksAhead(data);
  const slots = data.weeks.length + (ahead !== null && ahead <= RACE_SLOTS_MAX ? ahead : 0);
  const slotW = (PLOT.right - PLOT.left) / Math.max(1, slots);
  const { max, step } = niceScale(Math.max(...data.weeks.map((w) => w.loadAu), 1));
  const yLoad = (v: number) => PLOT.bottom - (v / max) * (PLOT.bottom - PLOT.top);
  const yAcwr = (v: number) => PLOT.bottom - (Math.min(v, ACWR_MAX) / ACWR_MAX) * (PLOT.bottom - PLOT.top);
  const out: string[] = [];
  out.push(text(PLOT.left - 40, 30, data.title ?? 'Weekly training load', { size: 18, weight: 600 }));
  out.push(rect(PLOT.left - 40, 44, 12, 12, THEME.bar), text(PLOT.left - 22, 54, 'load, AU (RPE × min)', { size: 12, fill: THEME.muted }));
  out.push(
    line(PLOT.left + 120, 50, PLOT.left + 142, 50, THEME.line, { width: 3 }),
    text(PLOT.left + 148, 54, 'acute:chronic ratio', { size: 12, fill: THEME.muted }),
  );
  out.push(rect(PLOT.left + 270, 44, 12, 12, THEME.band), text(PLOT.left + 288, 54, '0.8–1.3 range', { size: 12, fill: THEME.muted }));
  // The ACWR band, behind everything else.
  out.push(rect(PLOT.left, yAcwr(ACWR_HIGH), PLOT.right - PLOT.left, yAcwr(ACWR_LOW) - yAcwr(ACWR_HIGH), THEME.band));
  for (let v = 0; v <= max; v += step) {
    out.push(
      line(PLOT.left, yLoad(v), PLOT.right, yLoad(v), THEME.grid),
      text(PLOT.left - 6, yLoad(v) + 4, n(v), { size: 11, fill: THEME.muted, anchor: 'end' }),
    );
  }
  for (const v of [0, 0.5, 1, 1.5, 2]) out.push(text(PLOT.right + 6, yAcwr(v) + 4, v.toFixed(1), { size: 11, fill: THEME.line }));
  data.weeks.forEach((w, i) => {
    const x = PLOT.left + i * slotW;
    const bw = slotW * 0.62;
    out.push(rect(x + (slotW - bw) / 2, yLoad(w.loadAu), bw, PLOT.bottom - yLoad(w.loadAu), w.partial ? THEME.barPartial : THEME.bar));
    if (w.loadAu > 0) out.push(text(x + slotW / 2, yLoad(w.loadAu) - 5, n(w.loadAu), { size: 10, fill: THEME.ink, anchor: 'middle' }));
    out.push(
      text(x + slotW / 2, PLOT.bottom + 18, w.partial ? 'this week' : shortDate(w.weekStart), {
        size: 11,
        fill: w.partial ? THEME.ink : THEME.muted,
        anchor: 'middle',
        weight: w.partial ? 600 : 400,
      }),
    );
  });
  const pts = data.weeks
    .map((w, i) => [w, PLOT.left + (i + 0.5) * slotW] as const)
    .filter(([w]) => w.acwr !== null)
    .map(([w, x]) => [x, yAcwr(w.acwr!)] as const);
  if (pts.length > 1) out.push(polyline(pts, THEME.line));
  for (const [x, y] of pts) out.push(circle(x, y, 3.5, THEME.line));
  out.push(line(PLOT.left, PLOT.bottom, PLOT.right, PLOT.bottom, THEME.ink));
  if (data.raceDate && ahead !== null) {
    if (ahead <= RACE_SLOTS_MAX) {
      const x = PLOT.left + (data.weeks.length - 1 + ahead + 0.5) * slotW;
      out.push(
        line(x, PLOT.top - 6, x, PLOT.bottom, THEME.race, { width: 2, dash: '6 4' }),
        text(x, PLOT.top - 10, `race ${shortDate(data.raceDate)}`, { size: 12, fill: THEME.race, anchor: 'middle', weight: 600 }),
      );
    } else {
      out.push(
        text(PLOT.right, 30, `Race ${shortDate(data.raceDate, true)} · in ${ahead} weeks →`, {
          size: 13,
          fill: THEME.race,
          anchor: 'end',
          weight: 600,
        }),
      );
    }
  }
  out.push(
    text(PLOT.left - 40, H - 22, `Bars: load per week (Mon–Sun); pale bar: this week so far. Line: acute:chronic ratio at each week's end.`, {
      size: 11,
      fill: THEME.muted,
    }),
  );
  return svgDoc(W, H, out);
}

/** The numbers of the chart in words, for screen readers and notifications. */
export function loadChartAlt(data: LoadChartData): string {
  const last = data.weeks.at(-1);
  const done = data.weeks.filter((w) => !w.partial);
  const parts = [`Weekly training load over the last ${data.weeks.length} weeks, in AU (RPE × minutes).`];
  if (done.length) parts.push(`Weeks starting ${done.map((w) => `${shortDate(w.weekStart)}: ${n(w.loadAu)}`).join('; ')}.`);
  if (last?.partial) parts.push(`This week so far: ${n(last.loadAu)}.`);
  const acwr = last?.acwr ?? null;
  parts.push(
    acwr === null
      ? 'Acute:chronic ratio: not enough history yet.'
      : `Acute:chronic ratio now ${acwr.toFixed(2)}, ${acwr > ACWR_HIGH ? 'above' : acwr < ACWR_LOW ? 'below' : 'inside'} the 0.8–1.3 range.`,
  );
  const ahead = raceWeeksAhead(data);
  if (data.raceDate && ahead !== null)
    parts.push(`Race on ${data.raceDate}, ${ahead === 0 ? 'this week' : `in ${ahead} week${ahead === 1 ? '' : 's'}`}.`);
  return parts.join(' ');
}

export function renderLoadChart(data: LoadChartData): Chart {
  return { name: 'weekly-load.png', png: svgToPng(loadChartSvg(data)), alt: loadChartAlt(data) };
}
