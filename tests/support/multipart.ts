/** A minimal multipart/form-data parser for the local test servers: text fields and files. */
export function parseMultipart(
  buf: Buffer,
  contentType: string,
): { fields: Record<string, string>; files: { field: string; filename: string; data: Buffer }[] } {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const boundary = `--${m?.[1] ?? m?.[2]}`;
  const out = { fields: {} as Record<string, string>, files: [] as { field: string; filename: string; data: Buffer }[] };
  let start = buf.indexOf(boundary);
  while (start >= 0) {
    const next = buf.indexOf(boundary, start + boundary.length);
    if (next < 0) break;
    const part = buf.subarray(start + boundary.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString();
    const data = Buffer.from(part.subarray(headerEnd + 4));
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (name && filename !== undefined) out.files.push({ field: name, filename, data });
    else if (name) out.fields[name] = data.toString();
    start = next;
  }
  return out;
}
