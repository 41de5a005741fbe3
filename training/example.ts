import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';

export const CATEGORIES = [
  'factual_recall', 'workout_programming', 'coaching_judgment', 'race_strategy',
  'science_explanation', 'rag_augmented', 'multi_turn', 'cross_topic',
] as const;
export type Category = (typeof CATEGORIES)[number];
export type Provenance = 'gold' | 'teacher' | 'engine' | 'rated';

export interface ChatMsg { role: 'system' | 'user' | 'assistant'; content: string }

/** One training example plus the side information kept out of the JSONL the provider sees. */
export interface Example {
  id: string;
  category: Category;
  /** The research document it rests on, or "cross_topic". */
  source_doc: string;
  provenance: Provenance;
  messages: ChatMsg[];
}

export const RAG_HEADER = 'Relevant knowledge:';

/** The system message of a RAG-augmented example: the persona, then the chunk under "Relevant knowledge". */
export function ragSystem(context: string): string {
  return `${COACH_K_SYSTEM_PROMPT}\n\n${RAG_HEADER}\n---\n${context.trim()}\n---`;
}

/** The provider line: only `messages`. */
export function toLine(e: Example): string {
  return JSON.stringify({ messages: e.messages });
}
