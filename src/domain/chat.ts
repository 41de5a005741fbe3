/** The chat vocabulary shared by the LLM port, the conversation log and the training files. */
export type ChatRole = 'system' | 'user' | 'assistant';

/** One message of a chat completion (and one line's turn in a fine-tuning file). */
export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** A turn as the conversation log keeps it: chat messages plus tool results. */
export interface ChatTurn {
  role: ChatRole | 'tool';
  content: string;
}

/** Fine-tuning providers, each with its own job field names. */
export const FINETUNE_PROVIDERS = ['nebius', 'openai', 'together'] as const;
export type FineTuneProvider = (typeof FINETUNE_PROVIDERS)[number];
