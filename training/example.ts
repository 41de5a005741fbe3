import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import type { GoldContext } from './gold-context.js';

export const CATEGORIES = [
  'factual_recall',
  'workout_programming',
  'coaching_judgment',
  'race_strategy',
  'science_explanation',
  'rag_augmented',
  'multi_turn',
  'cross_topic',
] as const;
export type Category = (typeof CATEGORIES)[number];
export type Provenance = 'gold' | 'teacher' | 'engine' | 'rated';

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/**
 * One message in the provider's (OpenAI chat) format: an assistant turn that calls tools has
 * `tool_calls` and empty content; each result is a `tool` message with its `tool_call_id`.
 */
export interface ChatMsg {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
}

/** A tool offered to the model, as the provider's fine-tuning format lists it beside the messages. */
export interface ToolDef {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/** One training example plus the side information kept out of the JSONL the provider sees. */
export interface Example {
  id: string;
  category: Category;
  /** The research document it rests on, or "cross_topic". */
  source_doc: string;
  provenance: Provenance;
  messages: ChatMsg[];
  /** The tools production offers (every inference-shaped example lists them). */
  tools?: ToolDef[];
  /** Written examples: the member's profile and logs the prompt is built from (see gold.ts). */
  context?: GoldContext;
}

export const RAG_HEADER = 'Relevant knowledge:';

/** The system message of a RAG-augmented example: the persona, then the chunk under "Relevant knowledge". */
export function ragSystem(context: string): string {
  return `${COACH_K_SYSTEM_PROMPT}\n\n${RAG_HEADER}\n---\n${context.trim()}\n---`;
}

/** A message as the provider reads it: a tool-calling turn carries no content key. */
function wire(m: ChatMsg): Record<string, unknown> {
  return m.tool_calls?.length ? { role: m.role, tool_calls: m.tool_calls } : { ...m };
}

/** The provider line: `messages` (and `tools` when the example offers them). */
export function toLine(e: Pick<Example, 'messages' | 'tools'>): string {
  return JSON.stringify(e.tools?.length ? { messages: e.messages.map(wire), tools: e.tools } : { messages: e.messages.map(wire) });
}
