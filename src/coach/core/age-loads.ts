import { DIVISION_LABELS, describeStation, type Division, type StationId } from '../../domain/standards.js';

/**
 * Whether age changes the race loads (pure). It does not: loads are set by division (Open or Pro, women or men), and the
 * age group decides only who an athlete is ranked against (the facts file's weights table is per division; the health
 * document's "Masters athletes: Hyrox age groups"). "do 60 year olds get lighter sleds?" is answered by that rule, not by
 * the body-weight myths that share "lighter" and "sled".
 */

/** An older athlete or an age group named: "60 year olds", "over 50s", "masters", "my age category", "older age groups", "im 62". */
const AGE_SAID =
  /\b(?:age ?groups?|age ?categor\w*|age brackets?|masters?|veterans?|vets|older (?:athletes?|people|ones|guys|women|men|racers|groups?|age)|oldies|(?:over|above)[- ]?(?:40|45|50|55|60|65|70)s?|(?:[4-8]\d) ?(?:year|yr)s?[- ]?olds?|[4-8]\d ?\+|(?:in )?(?:my|their|our) (?:forties|fifties|sixties|seventies|40s|50s|60s|70s)|(?:i'?m|im|i am|aged?|at) [4-8]\d)\b/i;
/** The loads asked about against age: lighter, heavier, different or the same weights, sleds, bags, bells or balls. */
const LOADS_ASKED =
  /\b(?:lighter|heavier|less weight|lower (?:weights?|loads?)|reduced (?:weights?|loads?)|different (?:weights?|loads?|sleds?)|same (?:weights?|loads?|sleds?|sandbag|bag|kettlebells?|bells|ball)(?: as)?|(?:weights?|loads?|sleds?|sandbag|bag|kettlebells?|bells|wall ?balls?)\b[^.?!]{0,40}\b(?:change|changes|differ\w*|adjust\w*|scaled?|reduced?|go(?:es)? down|drop)|(?:scale|adjust|reduce|change)\w* (?:the )?(?:weights?|loads?))\b/i;

/** "do 60 year olds get lighter sleds?", "is the sandbag lighter in my age category or the same as everyone?" */
export function asksAgeLoads(question: string): boolean {
  return AGE_SAID.test(question) && LOADS_ASKED.test(question);
}

/** The individual age group of an age on race day (the facts file: 16–24, 25–29, then 5-year bands to 65–69, and 70+). */
export function ageGroupOf(age: number): string {
  return age < 25 ? '16–24' : age >= 70 ? '70+' : `${Math.floor(age / 5) * 5}–${Math.floor(age / 5) * 5 + 4}`;
}

/**
 * The answer: no, the division sets the loads; with the member's division, the load of the station they name (the sled
 * push when they name none); with their age, the group it puts them in.
 */
export function ageLoadsText(age: number | undefined, division: Division | undefined, stations: readonly StationId[]): string {
  const group = age !== undefined && age >= 16 ? `Your age group (${ageGroupOf(age)} at ${age}, by your age on race day)` : 'Your age group';
  return `**No: loads are set by division (Open or Pro, women or men), not by age group**: ${sameLoads(age, division, stations)}. ${group} changes who you are ranked against, not the weights.`;
}

/** What the same loads are for the member: "a 62-year-old in Open Men races the same Sled Push 50 m at 152 kg as a 25-year-old…". */
export function sameLoads(age: number | undefined, division: Division | undefined, stations: readonly StationId[]): string {
  const who = age !== undefined && age >= 16 ? `a ${age}-year-old` : 'a 60-year-old';
  const named = stations.filter((s) => s !== 'skierg' && s !== 'row' && s !== 'burpee_broad_jumps').slice(0, 2);
  const loads = (named.length > 0 ? named : (['sled_push'] as StationId[])).map((s) => describeStation(s, division ?? 'open_men')).join(' and ');
  return division
    ? `${who} in ${DIVISION_LABELS[division]} races the same ${loads} as a 25-year-old in ${DIVISION_LABELS[division]}`
    : `${who} in Open Men races the same ${loads} as a 25-year-old in Open Men, and the same holds in every division`;
}
