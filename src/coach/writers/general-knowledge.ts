import type { Intent } from '../core/understand.js';
import { waveStart } from '../core/arithmetic.js';
import type { WriterInput } from './writer.js';

/**
 * What the offline writer says when no passage covers the question: that the knowledge base is
 * silent, the general coaching knowledge that is safe to give (labelled as such), and the one
 * question that would let Coach K answer better.
 */
/** `ask` gives the one question back, or nothing when the member already said it. */
const GENERAL: Partial<Record<Intent, { advice: string; ask: string | ((input: WriterInput) => string | undefined) }>> = {
  gear: {
    advice:
      'race in the shoe you train in: a light, grippy running shoe with some stability handles both the runs and the stations, and nothing new on race day.',
    ask: 'Which shoes and kit are you choosing between?',
  },
  mental: {
    advice:
      'break each station into small, planned chunks (sets of reps or metres), count them down, and use one short cue word for the hard moments; rehearse the plan in training so it runs automatically when you are tired.',
    ask: 'At which point of the race does it go wrong for you?',
  },
  logistics: {
    advice:
      'arrive 60–90 minutes before your wave, eat a familiar carbohydrate meal 2–4 hours before the start, and warm up for 10–15 minutes with easy running and a few race-pace efforts.',
    ask: ({ question }) => (waveStart(question) ? undefined : 'What time does your wave start?'),
  },
  medical: {
    advice:
      'pain that changes how you move, gets worse during a session, or is still there the next morning is a reason to stop that movement and see a physiotherapist; train around it only with their go-ahead.',
    ask: 'Where exactly is it, and does it hurt during the movement or only afterwards?',
  },
  masters: {
    advice:
      'masters athletes usually need more recovery between hard sessions, keep strength training year-round, and progress load a little more slowly.',
    ask: ({ facts }) =>
      facts.age === undefined
        ? 'How old are you, and how many days a week do you train?'
        : facts.sessionsPerWeek === undefined
          ? 'How many days a week do you train now, and when is your race?'
          : undefined,
  },
  weight_loss: {
    advice:
      'a small deficit (about 300–500 kcal a day) with high protein keeps training quality while weight comes down slowly; avoid cutting in the last weeks before a race.',
    ask: ({ facts }) =>
      facts.bodyMassKg !== undefined && facts.weeksToRace !== undefined
        ? undefined
        : 'How much do you weigh now, and how many weeks until your race?',
  },
  doubles: {
    advice: 'in doubles and relay teams, agree the split of every station before the race and rehearse the changeovers.',
    ask: ({ facts }) => (facts.team !== undefined ? undefined : 'Are you racing doubles or relay, and with whom?'),
  },
  benchmarks: {
    advice: 'finish times vary widely with division and experience; many first-timers finish between about 1:15 and 2:00.',
    ask: ({ facts }) => (facts.fiveKmSec !== undefined ? undefined : 'What is your current 5 km time?'),
  },
};

export function generalKnowledge(input: WriterInput): string[] {
  const g = GENERAL[input.plan.primary];
  if (g) {
    // The one question back, unless the member already gave that answer.
    const ask = typeof g.ask === 'string' ? g.ask : g.ask(input);
    return [
      'My knowledge base does not cover this directly.',
      `General coaching knowledge (not from Coach K's sources): ${g.advice}`,
      ...(ask ? [ask] : []),
    ];
  }
  return [
    'My knowledge base does not cover this directly, so I would rather not guess.',
    'Tell me a little more: what are you training for (race date and division), and what exactly do you want to decide?',
  ];
}
