/** Tiny SVG string builders for the server-side charts (no DOM; output goes to resvg). */

export const FONT = 'Inter';

export const THEME = {
  bg: '#ffffff',
  ink: '#1f2933',
  muted: '#6b7785',
  grid: '#e4e8ee',
  bar: '#3b6fd8',
  barPartial: '#a9c1f0',
  line: '#e8772e',
  band: '#d9f2e1',
  bandEdge: '#7cc79a',
  race: '#c8243b',
  goal: '#1e9e5a',
  warn: '#f6e3b4',
  alert: '#f7c9cf',
  ok: '#ffffff',
} as const;

/** Escapes text for SVG content and attributes. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function text(
  x: number,
  y: number,
  s: string,
  o: { size?: number; fill?: string; anchor?: 'start' | 'middle' | 'end'; weight?: 400 | 600 } = {},
): string {
  return `<text x="${r1(x)}" y="${r1(y)}" font-family="${FONT}" font-size="${o.size ?? 13}" font-weight="${o.weight ?? 400}" fill="${o.fill ?? THEME.ink}" text-anchor="${o.anchor ?? 'start'}">${esc(s)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(Math.max(0, w))}" height="${r1(Math.max(0, h))}" fill="${fill}" ${extra}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, o: { width?: number; dash?: string } = {}): string {
  return `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${stroke}" stroke-width="${o.width ?? 1}"${o.dash ? ` stroke-dasharray="${o.dash}"` : ''}/>`;
}

export function polyline(points: ReadonlyArray<readonly [number, number]>, stroke: string, width = 2.5): string {
  return `<polyline points="${points.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ')}" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linejoin="round"/>`;
}

export function circle(x: number, y: number, r: number, fill: string): string {
  return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" fill="${fill}"/>`;
}

export function svgDoc(width: number, height: number, body: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rect(0, 0, width, height, THEME.bg)}${body.join('')}</svg>`;
}

/** A "nice" axis maximum and step (1, 2, 2.5 or 5 × 10^k) with about `ticks` steps. */
export function niceScale(max: number, ticks = 4): { max: number; step: number } {
  if (!(max > 0)) return { max: ticks, step: 1 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return { max: Math.ceil(max / step) * step, step };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-11-23' → '23 Nov' (or '23 Nov 2026' with the year). */
export function shortDate(iso: string, withYear = false): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]}${withYear ? ` ${y}` : ''}`;
}
