import type { RetrievedChunk } from '../../retrieval/search.js';
import { questionTerms } from '../core/passages.js';
import { DIVISION_LABELS, DIVISIONS, STATIONS, describeStation } from '../standards.js';
import { bestBlock, overlap, readBlocks, splitSentences, wordCount, type Block } from './blocks.js';
import { generalKnowledge } from './general-knowledge.js';
import { missedSection, pacingSection, planSection, predictSection, readinessSection, shortenSection, stationSection, workoutSection } from './engine-text.js';
import type { Writer, WriterInput, Written } from './writer.js';

export const OFFLINE_MODEL = 'offline-composer';

/** Citation numbers follow the order passages are first cited, so [n] always matches the footer. */
class Citations {
  readonly list: RetrievedChunk[] = [];
  n(c: RetrievedChunk): number {
    const i = this.list.indexOf(c);
    if (i >= 0) return i + 1;
    this.list.push(c);
    return this.list.length;
  }
}

function termWeights(question: string, extra: string[], passages: RetrievedChunk[]): Map<string, number> {
  const terms = [...new Set([...questionTerms(question), ...extra])];
  const docs = passages.map((p) => new Set(p.content.toLowerCase().match(/[a-z0-9]+/g) ?? []));
  return new Map(terms.map((w) => [w, 1 + Math.log((docs.length + 1) / (docs.filter((d) => [...d].some((x) => x.startsWith(w))).length + 0.5))]));
}

/** The engine's own paragraphs for an engine intent. */
function engineParts(input: WriterInput): string[] {
  const { figures: f, facts } = input;
  switch (input.plan.primary) {
    case 'shorten': return shortenSection(f, facts);
    case 'readiness': return readinessSection(f, facts);
    case 'missed': return missedSection(f, facts);
    case 'predict': return [...predictSection(f), ...(f.pacing ? pacingSection(f) : [])];
    case 'pacing': return pacingSection(f);
    case 'workout': return workoutSection(f);
    case 'plan': case 'taper': return taperOrPlan(input);
    default: return [];
  }
}

function taperOrPlan(input: WriterInput): string[] {
  const { figures: f, facts } = input;
  if (!f.week) {
    return input.plan.primary === 'taper'
      ? ['**In the last 10–14 days, cut volume by 40–60 % and keep the intensity:** short race-pace efforts stay in, long and heavy sessions go.', 'How many days until your race? With that I lay out the exact week.']
      : ['How many weeks until your race, and how many days a week can you train? With those two numbers I lay out your phase and a day-by-day week.'];
  }
  const lead = facts.daysToRace !== undefined ? `**${facts.daysToRace} days out, this is taper time.** ` : facts.sessionsPerWeek !== undefined ? `**With ${facts.sessionsPerWeek} days a week:** ` : '';
  const parts = planSection(f, facts);
  parts[0] = `${lead}${parts[0]}`;
  if (facts.daysToRace !== undefined) parts.pop();
  return parts;
}

/** Race standards straight from the data, for the division asked (or every division when none is known). */
function standardsParts(input: WriterInput): string[] {
  const { facts } = input;
  const division = facts.division ?? input.snapshot.division;
  const loaded = STATIONS.filter((s) => s.loadKg);
  const asksWeights = /\bweights?\b|\bhow heavy|\bloads?\b|\bkg\b/i.test(input.question);
  if (!asksWeights && facts.stations.length === 0) return [];
  const stations = facts.stations.length > 0 ? STATIONS.filter((s) => facts.stations.includes(s.id)) : asksWeights ? loaded : [];
  if (stations.length === 0) return [];
  if (division) {
    const who = facts.team ? '' : ` (${DIVISION_LABELS[division]}${facts.division ? '' : ', from your profile'})`;
    return [`**Race standards${who}:** ${stations.map((s) => describeStation(s.id, division)).join('; ')}. Sled loads include the sled.`];
  }
  return [`**Race standards by division** (sled loads include the sled):\n${stations.map((s) => `- ${s.name}: ${DIVISIONS.map((d) => `${DIVISION_LABELS[d]} ${describeStation(s.id, d).replace(`${s.name} `, '')}`).join(' · ')}`).join('\n')}`];
}

function teamNote(input: WriterInput): string | undefined {
  const team = input.facts.team;
  if (!team || !/\bweights?\b|\bhow heavy|\bloads?\b/i.test(input.question)) return undefined;
  if (team === 'relay') return 'In the relay every station uses Open loads: women at Open Women loads and men at Open Men loads, also in mixed teams.';
  if (team === 'doubles_mixed') return 'Mixed doubles is its own case: sources disagree on some mixed-doubles details, so check your event\'s athlete guide for the exact loads.';
  return 'Women\'s doubles use Open Women loads and men\'s doubles Open Men loads (same-sex Doubles at the World Championships use Pro loads).';
}

/** Quotes a block whole; a paragraph loses the sentence already used as the lead. */
function quote(block: Block, lead: string | undefined): string {
  if (block.kind !== 'paragraph' || !lead) return block.text;
  return block.sentences.filter((s) => s !== lead).join(' ');
}

function trimToBudget(parts: string[], max: number, keep: number): string[] {
  const out = [...parts];
  while (out.length > keep && wordCount(out.join(' ')) > max) out.splice(out.length - 1, 1);
  return out;
}

export function writeOffline(input: WriterInput): Written {
  const { plan, question, passages } = input;
  const cite = new Citations();
  const terms = termWeights(question, plan.topicTerms, passages);
  const parts: string[] = [];
  const engine = plan.engine ? engineParts(input) : [];
  const data = plan.primary === 'calculation' ? plan.calculations.map((c) => c.text) : ['standards', 'doubles', 'format', 'station'].includes(plan.primary) ? standardsParts(input) : [];
  parts.push(...engine, ...data);
  const note = teamNote(input);
  if (note) parts.push(note);
  if (plan.primary !== 'calculation' && plan.calculations.length > 0) parts.push(...plan.calculations.map((c) => c.text));

  // The reason: the best matching block of the best passage, quoted whole; a second passage only when it adds.
  const picks = passages.map((c) => ({ c, pick: bestBlock(c.content, terms) })).filter((x) => x.pick && x.pick.score > 0.12)
    .sort((a, b) => b.pick!.score - a.pick!.score);
  const used = new Set<string>();
  const known = parts.join(' ');
  const room = () => plan.maxWords - wordCount(parts.join(' '));
  for (const [i, { c, pick }] of picks.entries()) {
    if (i >= 2 || room() < 40) break;
    if (i === 1 && pick!.score < picks[0]!.pick!.score * 0.7) break;
    const n = cite.n(c);
    const leadFirst = parts.length === 0 && pick!.lead;
    let body = leadFirst ? quote(pick!.block, pick!.lead) : pick!.block.text;
    if (leadFirst) parts.push(`${pick!.lead} [${n}]`);
    // Numbers already given by the engines or the data are not repeated from the passage.
    if (body && !used.has(body) && !known.includes(body.slice(0, 60))) {
      if (wordCount(body) > room() && pick!.block.kind === 'paragraph') body = fit(body, room(), terms);
      if (body && wordCount(body) <= room() + 30) parts.push(`${body} [${n}]`);
      used.add(body);
    }
    // A paragraph that announces a list keeps it: add the list that follows when it bears on the question.
    const next = readBlocks(c.content)[pick!.index + 1];
    if (next && next.kind !== 'paragraph' && pick!.block.kind === 'paragraph' && overlap(next.text, terms) > 0.2 && wordCount(next.text) < room()) parts.push(next.text);
  }

  if (parts.length === 0) {
    const g = generalKnowledge(input);
    parts.push(...g);
  } else if (picks.length === 0 && !plan.engine && plan.primary !== 'calculation' && data.length === 0) {
    parts.push(...generalKnowledge(input));
  }

  if (plan.divisionAssumed) parts.push(`These figures use ${DIVISION_LABELS[input.figures.division]} loads and shares; tell me your division (or set it with \`/profile set division:…\`) if you race another.`);
  if (plan.primary === 'predict') parts.push('**Next:** retest your 5 km every 4–6 weeks with `/benchmark`, and I will update the prediction.');
  const body = trimToBudget(parts, plan.maxWords + 40, Math.min(parts.length, engine.length + 2)).join('\n\n');
  const cited = cite.list.filter((c, i) => body.includes(`[${i + 1}]`));
  return {
    body: renumber(body, cite.list, cited), numbered: cited, cited, model: OFFLINE_MODEL, offline: true, degraded: false, toolsUsed: [], messages: [],
    promptTokens: null, completionTokens: null,
  };
}

/** When trimming dropped a cited part, numbers close up so they still match the footer. */
function renumber(body: string, all: RetrievedChunk[], kept: RetrievedChunk[]): string {
  return body.replace(/\[(\d{1,2})\]/g, (m, d: string) => {
    const c = all[Number(d) - 1];
    const k = c ? kept.indexOf(c) : -1;
    return k >= 0 ? `[${k + 1}]` : '';
  });
}

/** The sentences of a long paragraph that bear on the question, in their order, within the budget. */
function fit(text: string, budget: number, terms: Map<string, number>): string {
  const sentences = splitSentences(text);
  const ranked = sentences.map((s, i) => ({ s, i, score: overlap(s, terms) })).filter((x) => x.score > 0).sort((a, b) => b.score - a.score);
  const chosen: typeof ranked = [];
  for (const x of ranked) {
    if (wordCount([...chosen, x].map((y) => y.s).join(' ')) > budget) break;
    chosen.push(x);
  }
  return chosen.sort((a, b) => a.i - b.i).map((x) => x.s).join(' ');
}

export const offlineWriter: Writer = { write: async (input) => writeOffline(input) };
