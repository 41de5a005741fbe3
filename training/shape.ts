import { buildPrompt } from '../src/coach/prompt.js';
import { COACH_TOOLS } from '../src/coach/tools.js';
import { addCitations } from './cite.js';
import type { ChatMsg, ToolDef } from './example.js';
import type { PlannedCall } from './engine-context.js';
import { asRetrieved, type Chosen } from './passages.js';

/** The tools production offers, in the provider's fine-tuning format. */
export function toolDefs(): ToolDef[] {
  return COACH_TOOLS.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.parameters } }));
}

export interface ShapeInput {
  id: string;
  question: string;
  history?: { question: string; answer: string }[];
  /** The written answer (citations are added here, where a sentence says what a passage says). */
  answer: string;
  passages: Chosen[];
  athleteBlock: string;
  /** The computed-figures block ('' when none applies or when the figures come from tool calls). */
  figures: string;
  toolCalls?: PlannedCall[];
}

export interface Shaped {
  messages: ChatMsg[];
  tools: ToolDef[];
  cited: number[];
  passages: number;
}

/**
 * An example exactly as production asks the model: the messages come from production's
 * buildPrompt (rules, numbered passages in <knowledge>, <athlete>, <figures>, history), then the
 * tool calls and their results in the provider's format, then the answer with its [n] citations.
 */
export function shapeExample(s: ShapeInput): Shaped {
  const prompt = buildPrompt({
    question: s.question,
    chunks: asRetrieved(s.passages.map((p) => p.chunk)),
    athleteBlock: s.athleteBlock,
    figures: s.figures,
    history: s.history,
  });
  const onTopic = new Set(s.passages.filter((p) => p.onTopic).map((p) => p.chunk.id));
  const numbered = prompt.used.map((c, i) => ({ n: i + 1, content: c.content, onTopic: onTopic.has(c.id) }));
  const { text, cited } = addCitations(
    s.answer,
    numbered.filter((p) => p.onTopic),
  );
  const messages: ChatMsg[] = prompt.messages.map((m) => ({ role: m.role, content: m.content }));
  if (s.toolCalls?.length) {
    const calls = s.toolCalls.map((c, i) => ({
      id: `call_${i + 1}`,
      type: 'function' as const,
      function: { name: c.name, arguments: JSON.stringify(c.args) },
    }));
    messages.push({ role: 'assistant', content: '', tool_calls: calls });
    s.toolCalls.forEach((c, i) => messages.push({ role: 'tool', tool_call_id: `call_${i + 1}`, content: JSON.stringify(c.result) }));
  }
  messages.push({ role: 'assistant', content: text });
  return { messages, tools: toolDefs(), cited, passages: prompt.used.length };
}
