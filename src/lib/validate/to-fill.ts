/**
 * The marker `npm run new` leaves where a figure or date must be entered for the new year. The
 * validator reports each one as "to be filled", so an unfinished plan can never be published.
 */
export const TO_FILL = '要入力';

/** The paths of every value in a file that still holds the marker (a plain string or a `ja` text). */
export function toFillPaths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  const found: (string | number)[][] = [];
  // One path array, pushed and popped: a fresh one per value was most of the walk's cost.
  const walk = (value: unknown) => {
    if (value === TO_FILL) return void found.push([...path]);
    if (!value || typeof value !== 'object') return;
    if ((value as Record<string, unknown>).ja === TO_FILL) return void found.push([...path]);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else {
      for (const k of Object.keys(value)) {
        path.push(k);
        walk((value as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  walk(data);
  return found;
}

/**
 * The key under which `npm run import` leaves the lines of a PDF's text it could not place. The
 * validator reports each line until the clerk has moved it into its field and removed the key.
 */
export const UNPLACED_KEY = 'unplaced';

const FIELD_WORDS: Record<string, Record<string, { ja: string; en: string }>> = {
  municipality: {
    name: { ja: '団体名（例 横浜市）', en: 'the name of the local government (e.g. 横浜市)' },
    code: {
      ja: '全国地方公共団体コード（検査数字を含む6桁、例 "141003"）',
      en: 'the six-digit local government code with its check digit (e.g. "141003")',
    },
    prefecture: { ja: '都道府県名（例 神奈川県）', en: 'the prefecture (e.g. 神奈川県)' },
  },
  department: {
    name: {
      ja: '組織（部・局・課など）の現在の名称（例 総務部）',
      en: 'the current name of the unit (department, bureau, division …; e.g. 総務部)',
    },
  },
};

/**
 * What to write where a 要入力 marker is: in municipality.yaml and department.yaml the fact the field
 * names (団体名, 団体コード …), in a plan the value the year's document gives.
 */
export function toFillMessage(kind: string, path: readonly (string | number)[]): { ja: string; en: string } {
  const field = FIELD_WORDS[kind]?.[String(path[0])];
  if (field && path.length <= 2) {
    return {
      ja: `まだ記入されていません（${TO_FILL}）。${field.ja}を記入してください。`,
      en: `Not filled in yet (${TO_FILL}). Enter ${field.en}.`,
    };
  }
  if (kind === 'plan') {
    return {
      ja: `まだ記入されていません（${TO_FILL}）。この年度の計画の文書にある値を記入してください。`,
      en: `Not filled in yet (${TO_FILL}). Enter the value this year's plan document gives.`,
    };
  }
  return { ja: `まだ記入されていません（${TO_FILL}）。値を記入してください。`, en: `Not filled in yet (${TO_FILL}). Enter the value.` };
}
