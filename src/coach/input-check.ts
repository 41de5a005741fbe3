/**
 * Numbers in a /coach question that cannot be right and must not be silently changed: a negative
 * time or distance ("-3 weeks", "minus 20 min") or a clock part out of range ("9h 99", "22:75").
 * Returns the question to ask back, or undefined when the numbers are fine.
 */
export function clarifyQuestion(question: string): string | undefined {
  const q = question.replace(/\s+/g, ' ');
  const negative =
    /(?<![\p{L}\p{N}])(?<!\p{N}\s+)(?:[-−–](?=\d)|\bminus\s+)(\d+(?:[.,]\d+)?)\s*(weeks?|wks?|days?|months?|hours?|hrs?|h\b|min(?:ute)?s?|km|kilomet\w*|miles?|sessions?)/iu.exec(
      q,
    );
  if (negative) {
    return `You wrote "${negative[0]}", and ${negative[2]!.toLowerCase()} can't be negative, so I won't guess what you meant. Did you mean ${negative[1]} ${negative[2]}? Ask again with the number you meant and I'll work it out.`;
  }
  const hm = /\b(\d{1,2})\s*h(?:ours?|rs?)?\s*(\d{2,3})\b(?!\s*(?:km|k\b|m\b|kg|%))/i.exec(q);
  if (hm && Number(hm[2]) >= 60) {
    return `"${hm[0]}" has ${hm[2]} minutes after the hours, and minutes go 0–59. What time did you mean (for example ${hm[1]}h30)? Ask again with it and I'll work it out.`;
  }
  const clock = /\b\d{1,2}:(\d{2})(?::(\d{2}))?\b/.exec(q);
  if (clock && (Number(clock[1]) >= 60 || Number(clock[2] ?? 0) >= 60)) {
    return `"${clock[0]}" isn't a valid time: minutes and seconds go 0–59. What time did you mean? Ask again with it and I'll work it out.`;
  }
  return undefined;
}
