/**
 * The one sanitiser for text crossing a boundary (model reply, DM, /coach question, thread
 * message, --athlete notes): removes what Postgres or Discord cannot store or show. NUL
 * (Postgres rejects it in text), C0 and C1 controls other than newline and tab, lone UTF-16
 * surrogates, and the non-characters U+FFFE/U+FFFF. A carriage return becomes a newline.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '');
}

/** `cleanText` applied to every string inside a JSON-like value (objects, arrays), keys included. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [cleanText(k), cleanDeep(v)])) as T;
  }
  return value;
}
