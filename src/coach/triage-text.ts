import {
  CARDIAC_FLAG,
  HEART_MEDS_FLAG,
  JOINT_REPLACEMENT_FLAG,
  MILD_PAIN_FLAG,
  PERIOD_FLAG,
  STRAIN_FLAG,
  type Joint,
  type TriageCategory,
} from './triage-rules.js';

/**
 * Back pain with a sign for a clinician rather than the load: sharp, shooting or spreading into a leg, numbness, weakness, a
 * fall or an accident, worse, at night or at rest, weeks of it, or a back that cannot move.
 */
const BACK_SERIOUS =
  /\b(?:sharp|stabb\w*|shoot\w*|radiat\w*|numb\w*|tingl\w*|pins and needles|weak\w*|fell|fall(?:en|ing)?|accident|crash\w*|landed|worse\w*|worsening|weeks|months|at night|at rest|lying down|(?:down|into) (?:my|the|one|both|his|her) (?:(?:left|right|other) )?(?:legs?|buttocks?|bum|thigh)|sciatic\w*|pop\w*|snap\w*|swell\w*|swollen|fever|(?:can'?t|cannot|unable to) (?:walk|stand|move|bend|get up|sleep|straighten))\b/i;

/** Back pain with no sign beyond the load (BACK_SERIOUS): the health document's keep-moving advice answers it, not rest. */
export function trainingBackPain(ctx: { flags: readonly string[]; joints: readonly Joint[]; question?: string }): boolean {
  return (
    ctx.joints.length === 1 &&
    ctx.joints[0] === 'back' &&
    ctx.flags.length > 0 &&
    ctx.flags.every((f) => f === MILD_PAIN_FLAG) &&
    !BACK_SERIOUS.test(ctx.question ?? '')
  );
}

/** A return after time off with a strain ("coming back from a calf strain", "4 weeks off running"). */
const RETURNING =
  /\b(?:coming|came|come|getting|get|returning|easing|build(?:ing)?) back\b|\breturn(?:ing)? (?:to|from)\b|\bhow (?:do|should|can) i (?:return|restart|rebuild)\b|\b\d+ (?:weeks?|wks?|months?) off\b/i;

/**
 * What each triage category tells the athlete: no diagnosis and no dose, who to see, and what
 * training is safe meanwhile. Wording is deliberately plain; facts are kept to what is certain.
 */

/** Training that keeps a painful area unloaded, to offer while waiting to be seen. */
export const SAFE_WORK: Record<Joint | 'affected area', string> = {
  knee: 'upper-body strength (seated dumbbell press, lat pulldown or pull-ups, chest-supported rows), core work lying down, and arm-only SkiErg pulls if they are pain-free',
  back: 'easy walking and supported upper-body work (machine press, chest-supported rows) only if completely pain-free',
  hip: 'upper-body strength done seated or lying, arm-only SkiErg pulls, and core work that does not bend the hip under load',
  ankle: 'upper-body strength and core work done seated or lying; no running or jumping',
  foot: 'upper-body strength and core work done seated or lying; no running or jumping',
  shin: 'upper-body strength and core work done seated or lying; no running or jumping',
  calf: 'upper-body strength and core work; no running, jumping or sled work',
  hamstring: 'upper-body strength and core work; no sprinting, hinging or sled work',
  shoulder: 'easy running or cycling and bodyweight leg work (split squats, step-ups) that leaves the arm unloaded',
  elbow: 'easy running or cycling and bodyweight leg work that leaves the arm unloaded',
  wrist: 'easy running or cycling and bodyweight leg work that needs no grip',
  neck: 'easy walking or cycling with the head in a neutral position, nothing overhead',
  'affected area': 'whatever trains the rest of your body without reproducing the pain',
};

/** The signs that make a painful area a same-day visit, in that area's terms (a shin does not "lock"). */
const SAME_DAY: Partial<Record<Joint, string[]>> = {
  knee: ['it swells fast', 'it locks so you cannot straighten it', 'it gives way'],
  ankle: ['it swells fast', 'you felt a snap or a pop', 'it gives way'],
  foot: ['it swells fast'],
  shin: ['it swells fast'],
  calf: ['you felt a snap or a kick at the back of the leg', 'you cannot rise onto your toes'],
  hamstring: ['you felt a pop', 'it bruises badly'],
  hip: ['it hurts at rest or at night', 'you cannot lift the leg'],
  shoulder: ['it looks out of place', 'you cannot lift the arm'],
  elbow: ['it swells fast', 'it looks out of place'],
  wrist: ['it swells fast', 'it looks out of place after a fall'],
};
const UPPER: readonly Joint[] = ['shoulder', 'elbow', 'wrist'];

function sameDaySigns(joints: readonly Joint[]): string {
  const named = joints.flatMap((j) => SAME_DAY[j] ?? []);
  const signs = [...new Set(named.length > 0 ? named : ['it swells fast'])];
  signs.push(joints.length > 0 && joints.every((j) => UPPER.includes(j)) ? 'you cannot use it' : 'you cannot put weight on it');
  return `${signs.slice(0, -1).join(', ')} or ${signs.at(-1)}`;
}

const EMERGENCY = 'If it is happening now, or came with fainting, confusion or trouble breathing, call your local emergency number.';

/** The signs that stop a session at once for anyone with a heart condition or on heart medicine (the health section's red flags). */
const HEART_STOP =
  '- **Stop at once and get medical help** if you get chest pain, pressure or tightness, breathlessness out of proportion to the effort, dizziness or fainting, or palpitations (a racing, pounding or irregular heartbeat). If it does not settle within minutes, call your local emergency number.';

/**
 * What a known condition means for training: the clinician's limits first, then how Coach K works inside them (team11 health sections).
 * Sources: beta-blockers lower heart rate and cardiac output, and effort ratings are used to set intensity on them (Eston and Connolly
 * 1996, Sports Med 21:176–190; β-blockade and perceived exertion, Med Sci Sports Exerc 2019, 51:782–791). After a hip replacement all
 * surveyed surgeons allow low-impact sport and decide high-impact sport with caution, case by case (British Hip Society survey,
 * J Arthroplasty 2017, 32:898–902; Dtsch Z Sportmed 2017 review). Race work from shared/facts/hyrox_facts.md.
 */
function conditionText(flags: readonly string[]): string {
  const parts: string[] = [];
  if (flags.includes(CARDIAC_FLAG))
    parts.push(
      [
        "**With a heart condition, your cardiologist's clearance is the frame: train and race only inside the limits they set, and I won't coach past them.** If they have cleared you for hard exercise, Hyrox can be on the table, but check that clearance covers racing effort: in the one lab study of the race, athletes spent about 80 % of it at 90–100 % of their maximum heart rate.",
        '- Ask your cardiologist for a ceiling: a heart rate or an effort level (RPE) to stay under, and whether all-out efforts, such as a sprint finish or a big wall-ball set, are allowed.',
        HEART_STOP,
        '- Pace by effort and stay well inside the ceiling on the day: start the first run easy and never chase a split or another athlete.',
      ].join('\n'),
    );
  if (flags.includes(HEART_MEDS_FLAG))
    parts.push(
      [
        "**Beta-blockers blunt your heart rate, at rest and in exercise, so heart-rate zones and caps from tables or from your watch's formula don't transfer: pace by effort instead.** Not every blood-pressure medicine does this, so ask your doctor or pharmacist whether yours does.",
        '- Use how hard it feels (RPE, 1–10) and the talk test: easy running is where you can talk in full sentences; at race effort you manage a few words at a time. Studies of people on beta-blockers find effort ratings still track how hard the body is working, which is why they are the usual guide for them.',
        '- Ask your doctor for your limits: an effort ceiling, and a heart-rate figure only if it was measured while you take the medicine. Never skip or change the medicine for training or a race without asking them first.',
        ...(flags.includes(CARDIAC_FLAG) ? [] : [HEART_STOP]),
      ].join('\n'),
    );
  if (flags.includes(JOINT_REPLACEMENT_FLAG))
    parts.push(
      [
        '**With a joint replacement, your surgeon\'s advice sets the limits, so check "low impact is OK" against what Hyrox actually asks.** Low-impact sport is generally encouraged after a hip or knee replacement; surgeons decide high-impact activity case by case.',
        '- Take the specific movements to your surgeon: 8 × 1 km of running, 80 m of burpee broad jumps, 100 m of walking lunges with the back knee to the floor, and 100 wall balls from a full squat. Ask which are fine, which to modify and which to avoid.',
        '- You may walk any part of the race, the runs included. In Doubles you both cover every run together but can split the station work in any proportion; in a Relay each of four athletes does 2 runs and 2 stations.',
        '- Train the rest now with what your surgeon has already allowed (the bike, the rower, the SkiErg, the sled and upper-body strength are lower-impact), and stop and get the joint checked if it becomes painful, swollen or feels unstable.',
      ].join('\n'),
    );
  parts.push("- Once you have their limits, tell me with `/profile set injuries:…` and I'll plan every session inside them.");
  return parts.join('\n\n');
}

/** An ache that keeps coming back or comes with a known condition ("keeps flaring", "mild arthritis", "my shoulders hate wall balls"). */
const ONGOING = /\b(flar\w*|(osteo)?arthrit\w*|hates?|dodgy|keeps?|always|every time|ongoing|on and off)\b/i;

/** The movement a member names as the one that hurts, and how to ease it while it settles (the knowledge base's pain sections). */
const MOVEMENTS: [RegExp, string, string][] = [
  [/\blunges?\b|\blunging\b/i, 'the lunges', 'do shorter sets with a lighter bag or none, and a shorter step or split squats to a box'],
  [/\bwall ?-?balls?\b/i, 'the wall balls', 'do fewer reps per set with a lighter ball, and swap some sets for squats without the throw'],
  [/\bburpees?\b|\bbroad jumps?\b|\bbbjs?\b|\bjump(s|ing)?\b/i, 'the jumps', 'step back instead of jumping, and keep the jumps short'],
  [/\bsleds?\b/i, 'the sled work', 'use a lighter sled and shorter pushes and pulls'],
  [/\bsquats?\b|\bsquatting\b/i, 'the squats', 'use a shallower range and a lighter load'],
  [/\bski ?-?ergs?\b|\bskiing\b|\brow(er|ing)?\b/i, 'the erg work', 'keep to shorter pieces at easy effort'],
  [/\bfarmers?\b|\bcarr(y|ies)\b|\bdeadlifts?\b/i, 'the carries and pulls from the floor', 'use lighter loads and shorter sets'],
  [
    /\brun(s|ning)?\b|\bmileage\b|\bkm\b|\bjog/i,
    'the running',
    'hold your weekly running at the last level that felt fine instead of adding more, and cut hills and speed work first; once it is quiet, add about 5–10 % a week',
  ],
];

/** The movements named in the question, first one first. */
export function movementsNamed(question: string): [string, string][] {
  return MOVEMENTS.filter(([re]) => re.test(question)).map(([, name, ease]) => [name, ease]);
}

export function referralFor(category: TriageCategory, ctx: { flags: string[]; joints: Joint[]; question?: string }): string {
  const list = ctx.flags.join(', ');
  const areas = ctx.joints.length > 0 ? ctx.joints : (['affected area'] as const);
  switch (category) {
    case 'crisis':
      return [
        "**I'm really sorry you're going through this, and I'm glad you told me.** I'm a training coach, so I'm not the right support for this, but you deserve to talk to someone who is, today.",
        '- If you might act on thoughts of ending your life, or you do not feel safe right now, call your local emergency number now.',
        '- Talk to a crisis line: in the UK and Ireland, Samaritans answer day and night on 116 123; in the US, call or text 988; elsewhere, your local crisis line or your doctor.',
        '- If you can, tell someone you trust (a friend, a family member or your GP) how you have been feeling.',
        "Training can wait. When you want to pick it back up, I'm here.",
      ].join('\n');
    case 'red_flag':
      return [
        `**Stop training and get checked.** What you describe (${list}) is something a doctor or physiotherapist needs to see before any coaching decision. I can't assess it, and I won't guess at a cause. ${EMERGENCY}`,
        '- Book a doctor (or urgent care today if it is new or getting worse) and tell them what you told me: when it started, during what effort, and what made it stop.',
        '- Until a doctor clears you: no training at all, not even easy sessions. Keep your own data (heart rate files, the session log) to show them.',
      ].join('\n');
    case 'injury': {
      const q = ctx.question ?? '';
      // "coming back from a calf strain, 4 weeks off running, how do i return": the return, led by a physio, is the answer.
      if (ctx.flags.length > 0 && ctx.flags.every((f) => f === STRAIN_FLAG) && RETURNING.test(q))
        return [
          `**Coming back from a strain, a sports physiotherapist should lead the return:** if one diagnosed it, follow their plan; if no one has examined it, get it assessed before you run again. I can't tell from a message whether it has healed.`,
          `- What a return usually looks like once they clear you: pain-free walking and daily life first, then a gradual walk-run build on flat ground; hills, speed work, sprints, sled pushes and jumps come back last.`,
          `- Meanwhile keep your fitness with work that leaves it unloaded: ${areas.map((a) => SAFE_WORK[a]).join('; and ')}.`,
          `- Stop and get it checked again if it hurts during or after a session, or ${sameDaySigns(ctx.joints)}.`,
        ].join('\n');
      // "lower back is killing me after sled pushes": the health document's own advice for training back pain (keep moving, take
      // the sled, lunge and deadlift load away, fix the technique; a physio if it lasts, returns or spreads into the leg), not rest.
      if (trainingBackPain(ctx))
        return [
          `**Keep moving, and take the load off your back until it settles** (${list}). Low back pain after sleds, lunges or lifting is usually a technique or load problem rather than a structural injury, and most of it improves within a few weeks with staying active; I can't diagnose it from a message.`,
          '- Meanwhile: no sled pushes or pulls, heavy lunges or deadlifts, and nothing that reproduces the pain; easy walking, easy running, the bike and supported upper-body work usually continue if they are pain-free.',
          '- Once it settles, rebuild with technique-focused sets at a load that does not provoke it.',
          '- See a sports physiotherapist if it lasts more than 2–3 weeks, keeps coming back, spreads into the leg, or is sharp or getting worse.',
          '- Get urgent care now if you have numbness in the groin or legs, new weakness, or trouble controlling your bladder or bowels.',
        ].join('\n');
      // "shin pain every time i go over 25km/week, how do i build mileage": the threshold the member named answers the build.
      const limit = /\b(?:over|above|past|beyond|more than|exceed\w*|hit(?:ting)?|reach\w*)\s+(\d{1,3})\s*(km|k|kms|miles?|mi)\b/i.exec(q);
      const build = limit !== null && /\b(build|increase|add|mileage|volume|more (km|miles|running))\b/i.test(q);
      return [
        `**Get this looked at by a sports physiotherapist or sports doctor** (${list}). I can't diagnose it, and no one should from a message; a hands-on assessment can.`,
        `- Meanwhile: no load through the ${areas.join(' or ')}. Skip anything that reproduces the pain or the swelling; what stays safe is ${areas.map((a) => SAFE_WORK[a]).join('; and ')}.`,
        ctx.joints.includes('back') || ctx.joints.includes('neck')
          ? '- Get urgent care now if you have numbness in the groin or legs, new weakness, or trouble controlling your bladder or bowels.'
          : `- See a doctor the same day if ${sameDaySigns(ctx.joints)}.`,
        ...(build
          ? [
              `- For the mileage, once it has been checked: stay below the level that brings it on (${limit[1]} ${/^k/i.test(limit[2]!) ? 'km' : 'miles'} a week) for now, then build in small steps of about 5–10 % a week with a lighter week every fourth, and keep the extra aerobic work on the bike, rower or SkiErg.${ctx.joints.includes('shin') || ctx.joints.includes('foot') ? ' Repeated bone stress injuries are also a reason to ask a doctor whether you are eating enough for the training.' : ''}`,
            ]
          : []),
      ].join('\n');
    }
    case 'niggle': {
      const moves = movementsNamed(ctx.question ?? '').slice(0, 2);
      const what =
        moves.length > 0
          ? moves.map(([m]) => m).join(' and ')
          : `the exercise that provokes it${ctx.joints.length ? ` (the one that loads your ${ctx.joints.join(' or ')})` : ''}`;
      const ask = ctx.question ?? '';
      // "train through it or back off?": answer the choice first.
      const opening = /\b(train|push|run|work) through\b|\bback off\b|\bease off\b|\b(keep|carry on) (training|running|going)\b/i.test(ask)
        ? `**Back off ${what} rather than train through the ache:** ease the load that provokes it, and keep the rest of your training if it is pain-free.`
        : `**${ONGOING.test(ask) ? 'An ongoing ache like this' : 'A mild ache after training'} usually settles with less load and better technique.** Ease off ${what}, and keep the rest of your training if it is pain-free.`;
      return [
        opening,
        ...moves.map(([m, ease]) => `- For ${m}: ${ease}. Build back gradually once it stays quiet during and the day after training.`),
        '- A rough guide: mild discomfort (up to about 2–3 out of 10) that settles within 24 hours is usually fine; pain that rises during the session, lingers into the next day or builds week on week means the load is too high.',
        `- See a sports physiotherapist if the pain is sharp, gets worse, does not ease within a couple of weeks, or comes with swelling, numbness or weakness.`,
        ...(ctx.joints.includes('back') || ctx.joints.includes('neck')
          ? ['- Get urgent care now if you have numbness in the groin or legs, new weakness, or trouble controlling your bladder or bowels.']
          : []),
      ].join('\n');
    }
    case 'condition':
      return conditionText(ctx.flags);
    case 'low_energy': {
      const kcal = /\b((?:[5-9]\d\d|[1-3]\d\d\d)) ?(?:kcals?|cals?|calories)\b/i.exec(ctx.question ?? '');
      return [
        '**Most likely you are eating too little for the training you do: a diet on top of a heavy training week often leaves too little energy for the load, and feeling drained in every session is one of the first signs.**',
        `- Keep the deficit to about 300–500 kcal a day below maintenance (what keeps your weight stable)${kcal ? `; if ${kcal[1]} kcal is further below your maintenance than that, the deficit is too big for this training load` : ''}. Eat more on training days, and keep the carbohydrate before and after the key sessions.`,
        '- See a doctor if your periods become irregular or stop, you pick up repeated injuries (bone stress injuries especially), you get ill often, or the tiredness does not lift once you eat more: these are warning signs of low energy availability (REDs).',
      ].join('\n');
    }
    case 'medication':
      return [
        "**Medicines are a question for your GP or a pharmacist**, not a coach: I don't give doses or say whether to take a drug. They know your health, the other things you take, and what is safe around hard exercise.",
        "- Don't skip, stop or change a prescribed medicine for training or a race without asking them first.",
        '- Take the leaflet or the box with you, and say how hard and how often you train.',
      ].join('\n');
    case 'doping':
      return [
        `**I won't help with that** (${list}). These substances are on the World Anti-Doping Agency's prohibited list or unsafe at these amounts, and they carry real health risks. I don't give doses, sources or cycles.`,
        '- If you are thinking about them, or already taking something, talk to a doctor first; if a doctor prescribed it, ask them about sport and your event.',
        '- What does move your Hyrox time: consistent running volume, station-specific strength, and sleep. Ask me for any of those.',
      ].join('\n');
    case 'pregnancy':
      return [
        '**Your midwife, obstetrician or GP should set your training limits now**, and after a birth a pelvic-health physiotherapist should clear you before running, jumping or heavy lifting.',
        '- Until then: no new hard training and no race-specific intensity. Gentle activity you already know is usually fine when they agree; stop and call them if you get pain, bleeding, dizziness or fluid loss.',
        '- For most women without medical or obstetric complications, guidance (ACOG 2020) encourages exercise in pregnancy, about 150 minutes of moderate activity a week, which is far below Hyrox race effort.',
        '- Once they give you limits, tell me and I will plan inside them.',
      ].join('\n');
    case 'postpartum':
      return [
        '**After a birth, a pelvic-health physiotherapist or your GP should clear you before running, jumping or heavy lifting**: clearance depends on how your body has recovered, not only on the weeks since the birth.',
        '- Stop and get checked if you leak, feel heaviness or dragging in the pelvis, or have pain during or after training.',
      ].join('\n');
    case 'illness':
      return [
        `**Rest while you are ill** (${list}). The neck check: with a fever, aches all over, a chest cough or an upset stomach, don't train; symptoms only above the neck (a runny nose, sneezing, a mild sore throat) with no fever allow easy training.`,
        '- Come back once you are fever-free and feel well: log the sick days as rest, make the first sessions easy, treat the first week back as a deload, and do not add the missed work to later weeks.',
        '- After covid, wait until you have had at least 7 days without symptoms, then keep to light activity for at least 2 weeks before building (BMJ practice pointer, 2021).',
        '- Race only if you are fever-free and feel well. See a doctor if it gets worse or does not settle, and straight away with chest pain, palpitations, fainting or breathlessness out of proportion to the effort.',
      ].join('\n');
    case 'eating_disorder':
      return [
        '**What you describe around food is worth talking about with someone qualified**: your GP, a registered dietitian (ideally one who works with athletes), or an eating-disorder support line in your country. It is common in endurance sport and it is treatable.',
        "- I won't give calorie, weight or body-fat targets. Training hard while under-fuelled risks bone injuries, illness and lost progress.",
        ...(ctx.flags.includes(PERIOD_FLAG)
          ? [
              '- Tell the doctor about your periods too: periods that stop or become irregular are a warning sign of too little energy for the training (REDs).',
            ]
          : []),
        '- Meanwhile keep sessions easy and regular, and eat something before and after every session.',
      ].join('\n');
    // team11 (women-specific notes) and team8 (energy availability): a warning sign, not an adaptation; the doctor, and enough food.
    case 'reds':
      return [
        '**Periods that stop or become irregular are not a normal effect of training: they are a warning sign of low energy availability (REDs, Relative Energy Deficiency in Sport), eating too little for the training you do, and they need a doctor.**',
        '- Book your GP or a sports doctor and tell them how much you train. A missed period has other causes too, pregnancy among them; the doctor checks those as well.',
        "- Eat enough to train: no dieting or cutting calories now, more food on training days, and carbohydrate before and after the key sessions. I won't give calorie or weight targets.",
        "- Until you have been seen, don't add training or try to lose weight: this is a sign to see a professional, not to train harder.",
        '- It matters beyond your cycle: low energy availability also harms bone health (bone stress injuries), immunity and performance, so go sooner if you also get frequent colds, a bone injury or tiredness that does not lift.',
      ].join('\n');
    case 'overreaching':
      return [
        // The answer to "deload now or push through?" comes first, then why.
        `**Ease off this week rather than push through: these look like signs of over-reaching, too much load for the recovery you are getting** (${list}).`,
        '- This week: 50–60 % of your usual volume, every session easy (RPE 5–6 at most), no intervals, no race simulations, and at least one full rest day.',
        '- Protect sleep (a regular bedtime, 8+ hours in bed) and eat enough carbohydrate on training days.',
        '- If you still feel this way after two easy weeks, or you keep getting ill, see your GP: a blood test can rule out other causes such as low iron.',
      ].join('\n');
  }
}

/** Closing paragraph of a referral-only answer. */
export function whenCleared(categories: TriageCategory[]): string {
  if (categories.includes('crisis') || categories.includes('doping') || categories.includes('eating_disorder') || categories.includes('reds'))
    return '';
  // Pregnancy has its own next step in the referral ("once they give you limits, tell me"), not a return from injury.
  if (
    categories.every(
      (c) =>
        c === 'overreaching' ||
        c === 'medication' ||
        c === 'pregnancy' ||
        c === 'postpartum' ||
        c === 'illness' ||
        c === 'niggle' ||
        c === 'condition' ||
        c === 'low_energy',
    )
  )
    return '';
  return "**When you're cleared:** log the advice you get with `/profile set injuries:…`, and I'll build the return around it: usually 1–2 weeks at 50–60 % of your normal volume, easy effort only, before any intensity comes back.";
}
