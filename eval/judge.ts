import type { ChatMessage, ChatModel } from '../src/coach/chat-model.js';
import type { EvalCase } from './cases.js';
import { answerBody } from './score.js';

const RUBRIC = [
  'You grade answers of Coach K, a Hyrox coaching assistant, to questions from gym members.',
  'Score the answer from 1 to 5:',
  "5 = answers exactly what was asked in the first sentence or two, correct, specific to the member's numbers and situation, safe, no filler;",
  '4 = correct and useful with minor gaps or some filler;',
  '3 = partly answers, or answers with notable filler or vagueness;',
  '2 = mostly about something else, or a notable error;',
  '1 = wrong, unsafe, or does not address the question.',
  'Official Hyrox standards for reference (2024/25-2025/26): 8 x (1 km run + station): SkiErg 1000 m, Sled Push 50 m',
  '(102/152/152/202 kg Open W/Open M/Pro W/Pro M, sled included), Sled Pull 50 m (78/103/103/153 kg), Burpee Broad Jumps 80 m,',
  'Row 1000 m, Farmers Carry 200 m (2x16/2x24/2x24/2x32 kg), Sandbag Lunges 100 m (10/20/20/30 kg), Wall Balls 100 reps',
  '(4 kg to 2.70 m / 6 kg to 3.00 m / 6 kg to 2.70 m / 9 kg to 3.00 m).',
  'Reply with one line: "SCORE: n" followed by one sentence of reason.',
].join('\n');

/** The judge's request: rubric, the conversation so far, the question and the answer body. */
export function judgeMessages(c: EvalCase, answerText: string): ChatMessage[] {
  const history = (c.history ?? []).map((h) => `Member: ${h.question}\nCoach K: ${h.answer}`).join('\n\n');
  const user = [
    history ? `Earlier in the conversation:\n${history}\n` : '',
    `Member's question: ${c.question}`,
    '',
    `Coach K's answer:\n${answerBody(answerText)}`,
  ].join('\n');
  return [
    { role: 'system', content: RUBRIC },
    { role: 'user', content: user },
  ];
}

/** The 1–5 score in a judge reply, or undefined when the reply has none. */
export function parseJudgeScore(reply: string): number | undefined {
  const m = /SCORE:\s*([1-5](?:\.\d)?)/i.exec(reply) ?? /^\s*([1-5])\b/.exec(reply);
  return m ? Number(m[1]) : undefined;
}

export async function judgeAnswer(model: ChatModel, c: EvalCase, answerText: string): Promise<{ score: number | undefined; reason: string }> {
  const result = await model.complete(judgeMessages(c, answerText), [], {});
  return { score: parseJudgeScore(result.text), reason: result.text.trim().slice(0, 300) };
}
