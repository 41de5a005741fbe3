/** Training phases an athlete profile records (the database's check constraint lists the same ids). */
export const PHASES = ['general_prep', 'specific_prep', 'competition_prep', 'taper'] as const;
export type Phase = (typeof PHASES)[number];
