/**
 * Scope and safety checks (pure). Medical red flags get "see a professional" plus what is
 * safe to do, never a diagnosis; questions with nothing to do with training get a redirect.
 */
export type SafetyVerdict = { kind: 'ok' } | { kind: 'red_flag'; flags: string[] } | { kind: 'off_topic' };

const RED_FLAGS: [string, RegExp][] = [
  ['chest pain or pressure', /\bchest (pain|pressure|tight)|\bpain in (my|the) chest|\bheart (pain|racing at rest)/i],
  ['fainting or near-fainting', /\bfaint(ed|ing)?\b|\bpass(ed)? out|\bblack(ed)? out|\blost consciousness|\bcollaps/i],
  ['dizziness or palpitations', /\bdizz(y|iness)|\bpalpitation|\birregular heart ?beat|\bheart (skipping|fluttering)/i],
  ['sharp or joint pain', /\bsharp (pain|stabbing)|\bstabbing pain|\bjoint pain|\bpain in (my|the) (knee|hip|ankle|shoulder|back|achilles)|\b(knee|hip|ankle|shoulder|back|achilles) (is )?(pain|hurts?|swollen|swelling)|\bheard a pop|\bpopped\b/i],
  ['breathing trouble', /\bshort(ness)? of breath at rest|\bcan'?t breathe|\bstruggling to breathe|\bwheez/i],
  ['numbness or weakness', /\bnumb(ness)?\b|\btingling (arm|leg|hand)|\bsudden weakness/i],
  ['cannot bear weight', /\bcan'?t (bear weight|walk|put weight)|\bunable to (walk|bear weight)/i],
  ['dark urine or rhabdo signs', /\bdark (urine|pee)|\bcola[- ]colou?red|\brhabdo/i],
  ['illness with fever', /\bfever\b|\bchest infection|\bcovid/i],
];

const DOMAIN = /\b(hyrox|train|training|workout|session|run|running|race|racing|km|mile|pace|pacing|paced|sled|ski|row|burpee|lunge|wall ?ball|farmer|carry|station|roxzone|rpe|strength|squat|deadlift|lift|interval|emom|amrap|tempo|threshold|zone|vo2|heart rate|recover|sleep|protein|carb|nutrition|eat|food|supplement|creatine|caffeine|hydrat|taper|deload|injur|sore|tired|fatigue|coach|plan|program|week|weeks|benchmark|test|time trial|5k|10k|marathon|crossfit|gym|cardio|endurance|muscle|mobility|stretch|warm ?up|cool ?down|pb|pr|split|division|doubles|relay|fitness|exercise|log|profile)/i;

export function checkSafety(question: string): SafetyVerdict {
  const flags = RED_FLAGS.filter(([, re]) => re.test(question)).map(([name]) => name);
  if (flags.length > 0) return { kind: 'red_flag', flags };
  if (!DOMAIN.test(question)) return { kind: 'off_topic' };
  return { kind: 'ok' };
}

export function redFlagAnswer(flags: string[]): string {
  return [
    `What you describe (${flags.join(', ')}) is something a doctor or physiotherapist needs to see before any coaching decision. I can't assess it, and I won't guess at a cause.`,
    '',
    '**What to do now:**',
    '- Stop training today. If you have chest pain, fainting, or trouble breathing right now, call your local emergency number.',
    '- Book an appointment with a doctor or a sports physiotherapist and tell them what you told me, with when it started and what makes it worse.',
    '- Until you are cleared: no hard intervals, no sled work or heavy lifting, nothing above RPE 3–4. Easy walking is fine only if it causes no symptoms.',
    '',
    "**When you're cleared:** log the advice you get with `/profile set injuries:…`, and I'll build the return around it: usually 1–2 weeks at 50–60 % of your normal volume, easy effort only, before any intensity comes back.",
  ].join('\n');
}

export const OFF_TOPIC_ANSWER =
  "That's outside what I coach. I'm Coach K: Hyrox training, racing, pacing, the 8 stations, recovery and fuelling. " +
  'Ask me something like "What should my 1 km splits be for a 1:30 finish?", "Design an EMOM for sled push and wall balls" or ' +
  '"I missed 3 sessions this week — how do I get back on track?"';
