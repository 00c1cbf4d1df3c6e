/** A minimal RFC 4180 reader: records end in CRLF, fields in double quotes may hold anything. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      // Quoted field: up to the next lone quote.
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`junk after quoted field at ${i}`);
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare ${c === '\r' ? 'CR' : 'LF'} outside quotes at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || record.length) throw new Error('last record does not end in CRLF');
  return records;
}
