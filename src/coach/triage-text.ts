import type { Joint, TriageCategory } from './triage-rules.js';

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

export function referralFor(category: TriageCategory, ctx: { flags: string[]; joints: Joint[] }): string {
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
    case 'injury':
      return [
        `**Get this looked at by a sports physiotherapist or sports doctor** (${list}). I can't diagnose it, and no one should from a message; a hands-on assessment can.`,
        `- Meanwhile: no load through the ${areas.join(' or ')}. Skip anything that reproduces the pain or the swelling; what stays safe is ${areas.map((a) => SAFE_WORK[a]).join('; and ')}.`,
        ctx.joints.includes('back') || ctx.joints.includes('neck')
          ? '- Get urgent care now if you have numbness in the groin or legs, new weakness, or trouble controlling your bladder or bowels.'
          : `- See a doctor the same day if ${sameDaySigns(ctx.joints)}.`,
      ].join('\n');
    case 'niggle':
      return [
        `**A mild ache after training usually settles with less load and better technique.** Ease off the exercise that provokes it${ctx.joints.length ? ` (the one that loads your ${ctx.joints.join(' or ')})` : ''}, and keep the rest of your training if it is pain-free.`,
        `- See a sports physiotherapist if the pain is sharp, gets worse, does not ease within a couple of weeks, or comes with swelling, numbness or weakness.`,
        ...(ctx.joints.includes('back') || ctx.joints.includes('neck')
          ? ['- Get urgent care now if you have numbness in the groin or legs, new weakness, or trouble controlling your bladder or bowels.']
          : []),
      ].join('\n');
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
        '- Meanwhile keep sessions easy and regular, and eat something before and after every session.',
      ].join('\n');
    case 'overreaching':
      return [
        `**These look like signs of too much load and too little recovery** (${list}). Back off now rather than push through:`,
        '- This week: 50–60 % of your usual volume, every session easy (RPE 5–6 at most), no intervals, no race simulations, and at least one full rest day.',
        '- Protect sleep (a regular bedtime, 8+ hours in bed) and eat enough carbohydrate on training days.',
        '- If you still feel this way after two easy weeks, or you keep getting ill, see your GP: a blood test can rule out other causes such as low iron.',
      ].join('\n');
  }
}

/** Closing paragraph of a referral-only answer. */
export function whenCleared(categories: TriageCategory[]): string {
  if (categories.includes('crisis') || categories.includes('doping') || categories.includes('eating_disorder')) return '';
  // Pregnancy has its own next step in the referral ("once they give you limits, tell me"), not a return from injury.
  if (
    categories.every(
      (c) => c === 'overreaching' || c === 'medication' || c === 'pregnancy' || c === 'postpartum' || c === 'illness' || c === 'niggle',
    )
  )
    return '';
  return "**When you're cleared:** log the advice you get with `/profile set injuries:…`, and I'll build the return around it: usually 1–2 weeks at 50–60 % of your normal volume, easy effort only, before any intensity comes back.";
}
