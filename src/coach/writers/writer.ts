import type { RetrievedChunk } from '../../retrieval/search.js';
import type { AthleteSnapshot } from '../athlete-context.js';
import type { ChatMessage } from '../chat-model.js';
import type { FigureSet } from '../core/figures.js';
import type { AnswerPlan } from '../core/plan.js';
import type { QuestionFacts } from '../core/understand.js';

/** Everything a writer needs to put an answer into words (computed once by the pipeline). */
export interface WriterInput {
  question: string;
  facts: QuestionFacts;
  plan: AnswerPlan;
  figures: FigureSet;
  /** The figures for the LLM prompt when they differ from `figures` (a follow-up that asks nothing new of the engines). */
  promptFigures?: FigureSet;
  snapshot: AthleteSnapshot;
  /** The passages chosen for the question, best first (the offline writer quotes these). */
  passages: RetrievedChunk[];
  /** The passages for the LLM prompt, best first, when chosen apart from `passages` (sections titled for the ask first). */
  promptPassages?: RetrievedChunk[];
  /** For an either/or question, candidate sections titled for one of its options (the writer answers both options). */
  optionPassages?: RetrievedChunk[];
  history?: { question: string; answer: string }[];
  /** A follow-up read with the question before it ("sled pull weight for open women? and for pro women?"); absent otherwise. */
  conversation?: string;
  /** Weights of the question's words (inverse document frequency over the knowledge base); computed locally when absent. */
  terms?: Map<string, number>;
  /** The question's words plus the knowledge's words for what it asks (member terms): used when no passage block matches the question's own words. */
  broadTerms?: Map<string, number>;
  /** Safety constraints from the triage (the LLM must respect them; the offline text is screened). */
  constraints?: string[];
}

export interface Written {
  body: string;
  /** The passages the numbers [1], [2]… in the body refer to, in that order. */
  numbered: RetrievedChunk[];
  /** The passages the body actually cites. */
  cited: RetrievedChunk[];
  model: string;
  offline: boolean;
  degraded: boolean;
  toolsUsed: string[];
  messages: ChatMessage[];
  promptTokens: number | null;
  completionTokens: number | null;
}

/** The writer port: the LLM writer and the offline writer are its two implementations. */
export interface Writer {
  write(input: WriterInput): Promise<Written>;
}
