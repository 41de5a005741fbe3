/**
 * Training phases, in race order: the one vocabulary for the phase engine, the athlete profile
 * (/profile's choices and the database's check constraint on athlete_profiles.current_phase, tested
 * against this list) and the knowledge base's topic tags.
 */
export const PHASES = ['general_prep', 'specific_prep', 'competition_prep', 'taper'] as const;
export type Phase = (typeof PHASES)[number];

/** A phase as written out in answers and plans. */
export const PHASE_NAMES: Readonly<Record<Phase, string>> = {
  general_prep: 'general preparation',
  specific_prep: 'specific preparation',
  competition_prep: 'competition preparation',
  taper: 'taper',
};
