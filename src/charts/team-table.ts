import type { TeamRow } from '../team/team-row.js';
import type { Chart } from './chart.js';
import { svgToPng } from './png.js';
import { line, rect, shortDate, svgDoc, text, THEME } from './svg.js';

const W = 1100;
const ROW_H = 30;
const TOP = 78;
/** Rows drawn; the text summary names the rest. */
export const TABLE_MAX_ROWS = 30;
const COLS = [
  { label: 'Athlete', x: 16 },
  { label: 'Load 7 d', x: 160 },
  { label: 'ACWR', x: 232 },
  { label: 'Last session', x: 316 },
  { label: 'Check-in', x: 528 },
  { label: 'Race', x: 596 },
  { label: 'Last test', x: 648 },
  { label: 'Needs attention', x: 880 },
] as const;

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const n = (v: number) => Math.round(v).toLocaleString('en-US');
export const FLAG_WORDS = { spike: 'spike', high: 'high', low: 'low', ok: 'in range', new: 'too new' } as const;

export function acwrText(r: TeamRow): string {
  return r.acwr === null ? '—' : `${r.acwr.toFixed(2)} ${FLAG_WORDS[r.acwrFlag]}`;
}

/** The coach's table as SVG: one row per athlete, tinted by attention (red ≥ 3, amber ≥ 1). */
export function teamTableSvg(rows: readonly TeamRow[], today: string): string {
  const shown = rows.slice(0, TABLE_MAX_ROWS);
  const H = TOP + ROW_H * Math.max(1, shown.length) + 40;
  const out: string[] = [];
  out.push(
    text(16, 30, `Team on ${shortDate(today, true)}: ${rows.length} athlete${rows.length === 1 ? '' : 's'}, who needs attention first`, {
      size: 18,
      weight: 600,
    }),
  );
  for (const c of COLS) out.push(text(c.x, TOP - 10, c.label, { size: 12, fill: THEME.muted, weight: 600 }));
  out.push(line(16, TOP - 2, W - 16, TOP - 2, THEME.ink));
  shown.forEach((r, i) => {
    const y = TOP + i * ROW_H;
    const tint = r.attention >= 3 ? THEME.alert : r.attention >= 1 ? THEME.warn : THEME.ok;
    out.push(rect(16, y, W - 32, ROW_H, tint), line(16, y + ROW_H, W - 16, y + ROW_H, THEME.grid));
    const base = y + 20;
    const trend = r.lastBenchmark ? (r.lastBenchmark.trend === 'first' ? '' : ` (${r.lastBenchmark.trend})`) : '';
    const cells = [
      clip(r.name, 18),
      n(r.weeklyLoadAu),
      acwrText(r),
      r.lastSession ? clip(`${shortDate(r.lastSession.date)} ${r.lastSession.what}`, 32) : '—',
      r.lastCheckin ? shortDate(r.lastCheckin) : '—',
      r.daysToRace === null ? '—' : `${r.daysToRace} d`,
      r.lastBenchmark ? clip(`${r.lastBenchmark.what}${trend}`, 34) : '—',
      clip(r.reasons.join(', ') || '—', 32),
    ];
    cells.forEach((c, j) =>
      out.push(
        text(COLS[j]!.x, base, c, {
          size: 12,
          weight: j === 0 ? 600 : 400,
          fill: j === 2 && (r.acwrFlag === 'spike' || r.acwrFlag === 'high') ? THEME.race : THEME.ink,
        }),
      ),
    );
  });
  if (shown.length === 0) out.push(text(16, TOP + 20, 'No member has used Coach K in this server yet.', { size: 13, fill: THEME.muted }));
  out.push(
    text(16, H - 14, 'Load: last 7 days, AU (RPE × min). ACWR: 7-day ÷ 28-day average, 0.8–1.3 is steady. Red: look now; amber: keep an eye.', {
      size: 11,
      fill: THEME.muted,
    }),
  );
  return svgDoc(W, H, out);
}

/** One sentence per athlete, in the table's order. */
export function teamLine(r: TeamRow): string {
  return `${r.name}: load ${n(r.weeklyLoadAu)} AU, ACWR ${acwrText(r)}, last session ${r.lastSession ? `${r.lastSession.date} (${r.lastSession.what})` : 'none'}, last check-in ${r.lastCheckin ?? 'none'}, ${r.daysToRace === null ? 'no race date' : `race in ${r.daysToRace} days`}, last test ${r.lastBenchmark ? `${r.lastBenchmark.what}${r.lastBenchmark.trend === 'first' ? '' : `, ${r.lastBenchmark.trend}`}` : 'none'}${r.reasons.length ? `; attention: ${r.reasons.join(', ')}` : ''}.`;
}

export function renderTeamTable(rows: readonly TeamRow[], today: string): Chart {
  const alt = `Team table, ${rows.length} athlete${rows.length === 1 ? '' : 's'}, who needs attention first. ${rows.map(teamLine).join(' ')}`;
  return { name: 'team.png', png: svgToPng(teamTableSvg(rows, today)), alt };
}
