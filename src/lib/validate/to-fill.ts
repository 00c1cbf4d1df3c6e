/**
 * The marker `npm run new` leaves where a figure or date must be entered for the new year. The
 * validator reports each one as "to be filled", so an unfinished plan can never be published.
 */
export const TO_FILL = '要入力';

/** The paths of every value in a file that still holds the marker (a plain string or a `ja` text). */
export function toFillPaths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (data === TO_FILL) return [path];
  if (Array.isArray(data)) return data.flatMap((v, i) => toFillPaths(v, [...path, i]));
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (record.ja === TO_FILL) return [path];
    return Object.entries(record).flatMap(([k, v]) => toFillPaths(v, [...path, k]));
  }
  return [];
}

/**
 * The key under which `npm run import` leaves the lines of a PDF's text it could not place. The
 * validator reports each line until the clerk has moved it into its field and removed the key.
 */
export const UNPLACED_KEY = 'unplaced';
