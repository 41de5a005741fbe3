import { stationById } from '../../domain/standards.js';
import { specificTerms } from './passages.js';
import { askingClause, POINTS_BACK, readQuestion, stationNames, stationsNamed } from './understand.js';

/**
 * How a message reads after an earlier question (pure): a new question of its own (the earlier topic must not leak into
 * it), the earlier question asked again about another station or with another number ("same question but for the ski",
 * "ok and the sled push?", "can you make it 5 days instead?"), or a follow-up read together with it (the caller's default).
 */

/** Thanks and nods that open a follow-up ("thx.", "ok cool.", "nice,"): they say nothing about what is asked. */
const ACK =
  /^(?:\s*(?:ok(?:ay)?|k|cool|nice|great|thanks|thank you|thx|ty|cheers|perfect|got it|gotcha|makes sense|right|alright|sweet|awesome|brilliant|legend|yeah|yes|yep|sure|hmm+)\b[\s,.!:;-]*)+/i;

/** A message said as the member's turn to change the subject ("different question", "unrelated but", "on another note"). */
const SWITCH_MARKER =
  /\b(?:different|unrelated|another|new|separate|random|other|diff)\s+(?:question|q|qn|topic|thing)\b|\bunrelated\b|\boff[- ]topic\b|\bchang(?:e|ing) (?:of |the )?(?:subject|topic)\b|\bon another note\b|\bswitching (?:gears|topics?)\b|\bcompletely different\b/i;

/** Words that carry on from the answer before ("and …", "so …", "what about …", "… instead", "… tho"). */
const CONTINUES =
  /^(?:and|so|but|also|then|plus|or|what about|how about|what if|and if|same|now|though|tho|wait|hang on)\b|\b(?:instead|tho|though|still|too|as well|either|then)\W*$|\bwhat if\b|\bhow about\b|\bwhat about\b|\bsame (?:question|thing|q|for|but)\b|\bstill\b/i;

/** A pain, an injury or an illness the member said they have. */
const BODY_TROUBLE =
  /\b(?:pain(?:ful)?|hurts?|hurting|aches?|achy|aching|sore(?:ness)?|stiff(?:ness)?|swollen|swelling|injur\w*|tweak\w*|niggle\w*|strain(?:ed)?|sprain(?:ed)?|ill|sick|cold|flu|covid|fever|pregnan\w*|postpartum)\b/i;

/** Words that ask for a property of something (a load, a count, a length, a pace), not what the thing is. */
const PROPERTY =
  /^(?:weights?|weigh|heav(?:y|ier|iest)|light(?:er)?|sets?|reps?|rest|long|short(?:er)?|far|pace|split|speed|fast(?:er)?|slow(?:er)?|hold|between|time|times|often|rounds?|minutes?|mins?|hours?|seconds?|secs?|days?|sessions?|kg|kgs|lbs?|pounds?|km|metres?|meters?|side|hand|hands|each|per|rpe|effort|hard|easy|total|number|amount|load|target|distance|instead|use|start|end|version|option|alternative|swap|substitute|sub|beginner|advanced)$/i;

/** What points back besides the pronouns: "the full one", "a half one". */
const ONE_BACK = /\b(?:the|a|that|this|which)\s+(?:\w+\s+)?ones?\b/i;

/** The message with its opening thanks and nods taken off ("thx. and what's the plan…" → "and what's the plan…"). */
export function withoutAck(message: string): string {
  return message.replace(ACK, '').trim();
}

/**
 * A new question of its own after an earlier one: "whats the best shoe for hyrox?" after a protein question, "different
 * question, how much sleep should i get?" after a sled-weight question. It says so, or its asking clause has a subject of
 * its own that shares nothing with the earlier question, with no word carrying on or pointing back ("is that…",
 * "and for women?", "…instead"). Those read the earlier question with it.
 */
export function switchesTopic(previous: string, message: string): boolean {
  const m = withoutAck(message);
  const asking = askingClause(m);
  // "what weight should i use?", "how many sets and reps?", "what pace should i hold?": a property asked of no thing of its
  // own is asked of the thing before, whatever words it uses.
  const own = specificTerms(asking).filter((w) => !PROPERTY.test(w));
  if (own.length === 0) return false;
  if (SWITCH_MARKER.test(m)) return true;
  if (CONTINUES.test(m) || POINTS_BACK.test(asking) || ONE_BACK.test(asking)) return false;
  const before = new Set(specificTerms(previous));
  if (own.some((w) => before.has(w)) || specificTerms(m).some((w) => before.has(w))) return false;
  const prev = readQuestion(previous);
  // A pain or illness said before stays the member's while they ask about training ("can i do my sled session thursday?").
  if (prev.intents.includes('medical') || BODY_TROUBLE.test(previous)) return false;
  const now = readQuestion(m);
  if (now.stations.some((s) => prev.stations.includes(s))) return false;
  // A message that only gives numbers or circumstances ("i only have 30 min", "im 65kg") asks nothing new.
  const asks = now.intents.filter((i) => i !== 'general' && i !== 'calculation' && i !== 'shorten' && i !== 'masters');
  return asks.length > 0 && !asks.some((i) => prev.intents.includes(i));
}

/** An elliptical follow-up: no question of its own, only the new thing ("ok and the sled push?", "same question but for the ski", "and the lunges?"). */
const ELLIPTICAL =
  /^(?:and|so|but|now|ok|okay|then)?\s*(?:(?:what|how) about|same (?:question|thing|q)?\s*(?:but\s+)?(?:for|with|on)?|and|for|now for|the|then|also)\b/i;

/** A correction that names only what was meant ("no i meant the row", "sorry, meant the sled pull"). */
const MEANT = /^(?:no+|nah|nope|sorry|oops|my bad|wait)?[\s,.!]*(?:sorry[\s,.!]*)?(?:i )?(?:meant|mean)\b/i;

function elliptical(m: string): boolean {
  if (MEANT.test(m)) return true;
  const words = m.split(/\s+/).filter(Boolean);
  return (
    words.length <= 8 &&
    ELLIPTICAL.test(m) &&
    !/\b(?:how|what|why|when|which|should|can|could|do|does|is|are)\b(?! about)/i.test(m.replace(/^(?:and\s+)?(?:what|how) about\b/i, ''))
  );
}

/** Quantities a follow-up may change: "3 days" → "5 days", "60 min" → "30 min". */
const QUANTITY =
  /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[- ]?(days?|sessions?|hours?|hrs?|mins?|minutes?|weeks?|wks?|kg|kgs|kilos?|km|reps?|rounds?)\b/gi;

function unitOf(u: string): string {
  const x = u.toLowerCase();
  if (/^d/.test(x)) return 'day';
  if (/^s/.test(x)) return 'session';
  if (/^h/.test(x)) return 'hour';
  if (/^m/.test(x)) return 'min';
  if (/^w/.test(x)) return 'week';
  if (/^k(?:g|ilo)/.test(x)) return 'kg';
  if (/^km/.test(x)) return 'km';
  if (/^rep/.test(x)) return 'rep';
  return 'round';
}

/** A follow-up that changes a number of the earlier question ("can you make it 5 days instead?", "what about 45 min?"). */
const CHANGES_NUMBER =
  /\binstead\b|\bmeant\b|\bi mean\b|\btypo\b|\bmake it\b|\bchange (?:it|that)\b|\bwhat if\b|\bhow about\b|\bwhat about\b|\band if\b|\bactually\b|\brather\b|\bnow\b|\bonly\b/i;

/**
 * The earlier question asked again with the follow-up's station or number in place of its own ("how should i pace the
 * 1000m row?" + "same question but for the ski" → "how should i pace the 1000m skierg?"; "give me a week, 3 days a week"
 * + "can you make it 5 days instead?" → "give me a week, 5 days a week"). Null when the follow-up is not such a
 * re-ask, or names nothing the earlier question had to replace.
 */
export function reaskedQuestion(previous: string, message: string): string | null {
  const m = withoutAck(message);
  if (m.length > 80) return null;
  // Another station, when the earlier question named one and the follow-up names only that other one.
  const now = stationsNamed(m);
  const before = stationsNamed(previous);
  if (now.length === 1 && before.length === 1 && now[0] !== before[0] && elliptical(m)) {
    const name = stationById(now[0]!).name.toLowerCase();
    let done = false;
    const swapped = previous.replace(stationNames(before[0]!), () => (done ? '' : ((done = true), name)));
    return swapped.replace(/\s+/g, ' ').trim();
  }
  // Another number of the same kind ("5 days" for "3 days"), when the earlier question holds exactly one of that kind.
  if (now.length > 0 || !CHANGES_NUMBER.test(m)) return null;
  const asked = [...m.matchAll(QUANTITY)];
  if (asked.length !== 1) return null;
  const unit = unitOf(asked[0]![2]!);
  const earlier = [...previous.matchAll(QUANTITY)].filter((q) => unitOf(q[2]!) === unit);
  if (earlier.length !== 1 || earlier[0]![1]!.toLowerCase() === asked[0]![1]!.toLowerCase()) return null;
  const at = earlier[0]!.index!;
  return `${previous.slice(0, at)}${asked[0]![1]} ${earlier[0]![2]}${previous.slice(at + earlier[0]![0].length)}`;
}

/** A short "why?" after an answer ("why tho? isnt it just for bodybuilders", "why not just rest completely?", "how come?"). */
const WHY = /^(?:but\s+|so\s+|and\s+)?(?:why|how come|what(?:'?s| is) the (?:reason|point|logic)|is (?:that|it) because)\b/i;

/**
 * The earlier question asked again with a short "why?" after it: the reasons are in what answered it, so the member's
 * own words ("bodybuilders", "rest completely") are read with it, not instead of it. Null when the message is no such "why?".
 */
export function whyOfEarlier(previous: string, message: string): string | null {
  const m = withoutAck(message);
  if (!WHY.test(m) || m.split(/\s+/).length > 12) return null;
  return `${previous.trim()} ${m}`;
}
