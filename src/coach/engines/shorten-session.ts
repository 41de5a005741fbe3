import { z } from 'zod';

export const BLOCK_KINDS = ['warmup', 'main', 'accessory', 'cooldown'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];
export const SHORTEN_SESSION_TYPES = ['hiit', 'run', 'strength', 'simulation'] as const;
export type ShortenSessionType = (typeof SHORTEN_SESSION_TYPES)[number];

export const SessionBlock = z.object({
  name: z.string().min(1).max(60).describe('Block name, e.g. "6 × 5 min intervals"'),
  kind: z.enum(BLOCK_KINDS).describe('warmup | main (the key stimulus) | accessory | cooldown'),
  durationMin: z.number().positive().max(300).describe('Planned block duration, minutes'),
  rounds: z.number().int().positive().max(100).optional().describe('Rounds or sets in the block, equal length'),
});
export type SessionBlock = z.infer<typeof SessionBlock>;

export const ShortenSessionInput = z.object({
  plannedMin: z.number().min(10).max(300).describe('Planned session length, minutes'),
  availableMin: z.number().min(5).max(300).describe('Time the athlete actually has, minutes'),
  sessionType: z.enum(SHORTEN_SESSION_TYPES).describe('Kind of session; picks the default blocks'),
  blocks: z.array(SessionBlock).min(1).max(20).optional().describe('The planned blocks; default: a standard layout for the session type'),
});
export type ShortenSessionInput = z.infer<typeof ShortenSessionInput>;

export interface ShortenedBlock {
  name: string;
  kind: BlockKind;
  plannedMin: number;
  plannedRounds?: number;
  durationMin: number;
  rounds?: number;
  status: 'kept' | 'shortened' | 'dropped';
}

export interface ShortenedSession {
  sessionType: ShortenSessionType;
  plannedMin: number;
  availableMin: number;
  totalMin: number;
  blocks: ShortenedBlock[];
  summary: string;
}

/** Default layouts for a 60-minute session; other lengths scale (see {@link defaultBlocks}). */
const DEFAULT_60: Record<ShortenSessionType, { warm: number; main: string; rounds: number; roundMin: number; accessory?: string; cool: number }> = {
  hiit: { warm: 10, main: 'HIIT rounds', rounds: 6, roundMin: 5, accessory: 'Accessory circuit', cool: 8 },
  run: { warm: 12, main: 'Quality reps (e.g. 1 km at threshold)', rounds: 5, roundMin: 6, accessory: 'Easy running after the reps', cool: 8 },
  strength: { warm: 10, main: 'Main lifts (working sets)', rounds: 10, roundMin: 3, accessory: 'Accessories', cool: 5 },
  simulation: { warm: 12, main: 'Run 1 km + station rounds', rounds: 4, roundMin: 10, cool: 8 },
};

/** Warm-up shrinks to about 20 % of the time available, within 5–8 min (coaching-model.md). */
const WARM_MIN = 5;
const WARM_MAX = 8;
const WARM_SHARE = 0.2;
/** Shortest cool-down kept when time is short, min; an accessory needs at least 5 min to be worth it. */
const COOL_MIN = 3;
const ACCESSORY_MIN = 5;

/** The standard blocks of a session type, scaled to `plannedMin` (warm/cool in proportion, whole rounds). */
export function defaultBlocks(sessionType: ShortenSessionType, plannedMin: number): SessionBlock[] {
  const t = DEFAULT_60[sessionType];
  const f = plannedMin / 60;
  const warm = Math.round(t.warm * f);
  const cool = Math.round(t.cool * f);
  const rounds = Math.max(1, Math.min(Math.round(t.rounds * f), Math.floor((plannedMin - warm - cool) / t.roundMin)));
  const main = rounds * t.roundMin;
  const rest = plannedMin - warm - cool - main;
  const blocks: SessionBlock[] = [
    { name: 'Warm-up', kind: 'warmup', durationMin: warm },
    { name: t.main, kind: 'main', durationMin: main, rounds },
  ];
  if (rest > 0)
    blocks.push(
      t.accessory ? { name: t.accessory, kind: 'accessory', durationMin: rest } : { name: 'Cool-down', kind: 'cooldown', durationMin: rest },
    );
  blocks.push({ name: 'Cool-down', kind: 'cooldown', durationMin: cool });
  return blocks.filter((b) => b.durationMin > 0);
}

/**
 * Fit a session into less time, keeping the key stimulus (coaching-model.md, "Shortening a session").
 *
 * Warm-up → 20 % of the time available, within 5–8 min (never longer than planned). The main set
 * keeps its intensity and keeps as many whole rounds as fit after a ≥ 3 min cool-down (continuous
 * main blocks are shortened instead). What is left goes to the cool-down (up to its plan), then
 * accessories (only if ≥ 5 min), then back to the warm-up. Accessories and cool-down go first.
 * Example: 60 min HIIT → 30 min = 6 min warm-up, 4 of 6 rounds (20 min), 4 min cool-down,
 * accessory dropped. All figures minutes. With `blocks`, the plan is their sum (`plannedMin` is
 * then informational); when the time available covers the plan, it is returned as is.
 */
export function shortenSession(input: ShortenSessionInput): ShortenedSession {
  const blocks = input.blocks ?? defaultBlocks(input.sessionType, input.plannedMin);
  const plannedMin = blocks.reduce((s, b) => s + b.durationMin, 0);
  const available = input.availableMin;
  const out: ShortenedBlock[] = blocks.map((b) => ({
    name: b.name,
    kind: b.kind,
    plannedMin: b.durationMin,
    durationMin: 0,
    status: 'dropped',
    ...(b.rounds !== undefined ? { plannedRounds: b.rounds, rounds: 0 } : {}),
  }));
  if (available >= plannedMin) {
    for (const b of out) {
      b.durationMin = b.plannedMin;
      if (b.plannedRounds !== undefined) b.rounds = b.plannedRounds;
      b.status = 'kept';
    }
    return finish(input, plannedMin, out);
  }

  const of = (kind: BlockKind) => out.filter((b) => b.kind === kind);
  const plannedOf = (kind: BlockKind) => of(kind).reduce((s, b) => s + b.plannedMin, 0);
  let coolFloor = Math.min(plannedOf('cooldown'), COOL_MIN);
  let warm = Math.min(plannedOf('warmup'), clamp(Math.round(available * WARM_SHARE), WARM_MIN, WARM_MAX));

  // If not even one round of the first main block fits, cut the warm-up, then the cool-down:
  // the stimulus matters more than either.
  const firstMain = of('main')[0];
  if (firstMain?.plannedRounds) {
    const shortBy = firstMain.plannedMin / firstMain.plannedRounds - (available - warm - coolFloor);
    if (shortBy > 0) {
      const fromWarm = Math.min(warm, shortBy);
      warm -= fromWarm;
      coolFloor -= Math.min(coolFloor, shortBy - fromWarm);
    }
  }
  let left = available - warm - coolFloor;
  for (const b of of('main')) {
    if (b.plannedRounds) {
      const roundMin = b.plannedMin / b.plannedRounds;
      const rounds = Math.min(b.plannedRounds, Math.floor(left / roundMin + 1e-9));
      b.rounds = rounds;
      // Less than one round of time: do what fits of one round, at the same intensity.
      b.durationMin = rounds > 0 ? rounds * roundMin : Math.max(0, Math.min(roundMin, left));
    } else {
      b.durationMin = Math.max(0, Math.min(b.plannedMin, left));
    }
    left -= b.durationMin;
  }
  left += coolFloor;
  left = fill(of('cooldown'), left, 0);
  left = fill(of('accessory'), left, ACCESSORY_MIN);
  fill(of('warmup'), left + warm, 0, warm);

  for (const b of out) {
    b.status = b.durationMin <= 0 ? 'dropped' : b.durationMin >= b.plannedMin ? 'kept' : 'shortened';
  }
  const totalMin = out.reduce((s, b) => s + b.durationMin, 0);
  return finish(input, totalMin, out);
}

/**
 * Share `left` minutes out to blocks in order, each up to its plan, skipping a block that would get
 * less than `minMin`. The first `firstMin` of them are handed out regardless (the warm-up already
 * granted). Returns the minutes left over.
 */
function fill(blocks: ShortenedBlock[], left: number, minMin: number, firstMin = 0): number {
  let firstLeft = firstMin;
  for (const b of blocks) {
    const base = Math.min(b.plannedMin, firstLeft);
    firstLeft -= base;
    b.durationMin = base;
    left -= base;
    const extra = Math.min(b.plannedMin - base, left);
    if (base + extra >= minMin && extra > 0) {
      b.durationMin += extra;
      left -= extra;
    }
  }
  return left;
}

function finish(input: ShortenSessionInput, totalMin: number, blocks: ShortenedBlock[]): ShortenedSession {
  const parts = blocks.map((b) =>
    b.status === 'dropped'
      ? `${b.name} dropped`
      : `${b.name} ${fmt(b.durationMin)} min${roundsNote(b, input.sessionType === 'strength' ? 'sets' : 'rounds')}`,
  );
  return {
    sessionType: input.sessionType,
    plannedMin: blocks.reduce((s, b) => s + b.plannedMin, 0),
    availableMin: input.availableMin,
    totalMin,
    blocks,
    summary: `${fmt(totalMin)} min: ${parts.join('; ')}.`,
  };
}

function roundsNote(b: ShortenedBlock, unit: string): string {
  if (b.rounds === undefined) return '';
  if (b.rounds === 0) return ` (part of 1 of ${b.plannedRounds} ${unit}, same intensity)`;
  return ` (${b.rounds} of ${b.plannedRounds} ${unit}${b.status === 'kept' ? '' : ', same intensity'})`;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function fmt(min: number): string {
  return Number.isInteger(min) ? String(min) : min.toFixed(1);
}
