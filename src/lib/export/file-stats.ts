/** What the data page says of a file: its size and its rows. */

/** Bytes of a file's body as published (UTF-8). */
export const byteSize = (body: string) => Buffer.byteLength(body, 'utf8');

/** Rows of a data file: the records after a CSV's header (RFC 4180, quoted fields may hold CRLF), or the items of a JSON array. */
export function rowCount(path: string, body: string): number | undefined {
  if (path.endsWith('.csv')) {
    // Records end with CRLF outside quotes: count those, less the header's.
    let records = 0;
    let quoted = false;
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c === '"') quoted = !quoted;
      else if (!quoted && c === '\r' && body[i + 1] === '\n') records++;
    }
    return Math.max(records - 1, 0);
  }
  const value: unknown = JSON.parse(body);
  return Array.isArray(value) ? value.length : undefined;
}
