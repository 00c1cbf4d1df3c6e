/** CSV files as RFC 4180 writes them, made safe to open in a spreadsheet. */

/** Byte order mark: Excel on Windows reads a CSV as UTF-8 only when the file starts with it. */
export const BOM = '\uFEFF';
/** RFC 4180 ends every record with CRLF. */
export const CRLF = '\r\n';

export type CsvValue = string | number | undefined | null;

/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF (or
 * starts or ends with a space, which some readers trim), with each double quote doubled. A text
 * that starts like a spreadsheet formula (= + - @, tab, CR) gets a leading apostrophe, so opening
 * the file in Excel never runs content as a formula (OWASP "CSV injection"); numbers stay numbers.
 */
export function csvField(value: CsvValue): string {
  const raw = value === undefined || value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: UTF-8 BOM, a header record, then one record per row, every record ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',') + CRLF).join('');
}

/**
 * A CSV of records keyed by column name, in the order of `header`, writing only the columns some row
 * has a value in (a column empty in every row says nothing). With no rows, the whole header is written,
 * so an empty file still shows its shape. The data dictionary documents every possible column.
 */
export function recordsCsv(header: readonly string[], records: readonly Record<string, CsvValue>[]): string {
  const filled = (v: CsvValue) => v !== undefined && v !== null && v !== '';
  const columns = records.length ? header.filter((name) => records.some((r) => filled(r[name]))) : header;
  return toCsv(
    columns,
    records.map((r) => columns.map((name) => r[name])),
  );
}
