import type { Advice } from './verdict.js';

/** One sum the question poses, done by the arithmetic: its kind and the sentence with its numbers. */
export interface Calculation {
  /** What the figure says the member should do, when it decides a yes/no question ("fine, right?"). */
  advice?: Advice;
  kind:
    | 'sled_plates'
    | 'protein'
    | 'carbs'
    | 'caffeine'
    | 'split'
    | 'fade'
    | 'convert'
    | 'sweat'
    | 'deload'
    | 'taper'
    | 'roxzone'
    | 'run_vs_plan'
    | 'relay'
    | 'load_jump'
    | 'race_day'
    | 'weight_loss_rate'
    | 'run_needed'
    | 'rep_pace'
    | 'session_loads'
    | 'training_load'
    | 'training_paces'
    | 'cooper'
    | 'sled_lengths'
    | 'jump_count'
    | 'team_age'
    | 'acwr'
    | 'monotony'
    | 'race_split'
    | 'finish_from_parts'
    | 'gap_to_goal'
    | 'set_time'
    | 'time_change'
    | 'run_goal'
    | 'weekly_total'
    | 'percent'
    | 'benchmark'
    | 'date_span'
    | 'partner_split'
    | 'volume';
  text: string;
  /** The sentence applies an engine's rule to the member's numbers (a race pace from a test), not only sums them. */
  engine?: boolean;
  /** The title words of the sections this figure comes from, when they depend on the case (else the kind's). */
  sources?: string[];
}
