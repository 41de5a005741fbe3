/** A rendered chart: PNG bytes, the alt text (its numbers in words) and a file name. */
export interface Chart {
  name: string;
  png: Buffer;
  alt: string;
}

/** Discord caps an attachment description at 1024 characters. */
export const ALT_MAX = 1024;

export function clipAlt(alt: string): string {
  return alt.length <= ALT_MAX ? alt : `${alt.slice(0, ALT_MAX - 1)}…`;
}

/** A chart as a reply attachment (a command's `ReplyFile`), with its alt text as the description. */
export function chartFile(c: Chart): { name: string; data: Buffer; description: string } {
  return { name: c.name, data: c.png, description: clipAlt(c.alt) };
}
