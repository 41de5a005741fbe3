import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** Key paths whose values never reach a log line. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'apiKey',
  '*.apiKey',
  '*.*.apiKey',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'config.discord.token',
  'interactionToken',
  '*.interactionToken',
];

/**
 * The structured logger. Calls take a context object first, then a short message.
 * Logs go to stderr so that CLIs keep stdout for their output (`--json`).
 */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '•••' }, base: undefined }, destination as pino.DestinationStream);
}
