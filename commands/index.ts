import type { CommandModule } from '../src/discord/command.js';
import benchmark from './benchmark.js';
import coach from './coach.js';
import log from './log.js';
import plan from './plan.js';
import profile from './profile.js';
import team from './team.js';

/** The static command registry, used by the bot and by `npm run register`. */
export const COMMANDS: readonly CommandModule[] = [coach, log, benchmark, profile, plan, team] as CommandModule[];
