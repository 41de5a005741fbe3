/** Kinds of logged session (/log, DM check-ins; the database's check constraint lists the same ids). */
export const SESSION_TYPES = ['run', 'hiit', 'strength', 'simulation', 'stations', 'erg', 'recovery', 'mobility', 'other'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];
