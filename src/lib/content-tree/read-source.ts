import type { Bilingual } from '../validate/diagnostic.ts';

/** A plan is a few tens of kilobytes; a file this large is a mistake (a pasted PDF, a binary). */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface SourceProblem extends Bilingual {
  code: string;
  line: number;
  column: number;
}

/**
 * Decodes a content file as UTF-8 and reports what would garble it: a byte-order mark, Shift_JIS or
 * UTF-16 from Windows editors, or a size no plan has. Returns the text when it can still be read.
 */
export function readSource(bytes: Uint8Array): { text?: string; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const binary = binaryKind(bytes);
  if (binary) {
    const [ja, en] = binary === true ? ['', ''] : [`（${binary.ja}のようです）`, ` (it looks like ${binary.en})`];
    problems.push({
      code: 'not-text',
      line: 1,
      column: 1,
      ja: `テキストファイルではありません${ja}。計画は YAML のテキストで書きます。別のファイルを .yaml の名前で保存していないか確認してください。`,
      en: `This is not a text file${en}. A plan is YAML text: check that another kind of file was not saved under a .yaml name.`,
    });
    return { problems };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    problems.push({
      code: 'file-too-large',
      line: 1,
      column: 1,
      ja: `ファイルが大きすぎます（${mb} MB、上限 1 MB）。計画1件は通常 100 KB 未満です。別の内容が混ざっていないか確認してください。`,
      en: `The file is too large (${mb} MB; the limit is 1 MB). A plan is usually under 100 KB: check that nothing else was pasted in.`,
    });
    return { problems };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problems.push({
      code: 'encoding-utf16',
      line: 1,
      column: 1,
      ja: 'ファイルが UTF-16 で保存されています。エディタで文字コード「UTF-8」を選んで保存し直してください。',
      en: 'The file is saved as UTF-16. Save it again with the encoding "UTF-8" in your editor.',
    });
    return { problems };
  }
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push({
      code: 'bom',
      line: 1,
      column: 1,
      ja: 'ファイルの先頭に BOM（バイト順マーク）があります。「UTF-8（BOM なし）」で保存し直してください。',
      en: 'The file starts with a byte-order mark (BOM). Save it again as "UTF-8 without BOM".',
    });
    body = bytes.subarray(3);
  }
  // One strict decode for the usual, valid file; the byte-by-byte scan runs only to locate a fault.
  const decoded = decodeStrict(body);
  if (decoded !== undefined) return { text: decoded, problems };
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const { line, column } = positionOfByte(body, bad);
    if (decodes(body, 'shift_jis')) {
      problems.push({
        code: 'encoding-shift-jis',
        line,
        column,
        ja: 'ファイルが Shift_JIS で保存されているようです。エディタで「UTF-8」を選んで保存し直すか、`iconv -f SHIFT_JIS -t UTF-8 元.yaml > 新.yaml` で変換してください。',
        en: 'The file appears to be saved as Shift_JIS. Save it again as "UTF-8" in your editor, or convert it with `iconv -f SHIFT_JIS -t UTF-8 old.yaml > new.yaml`.',
      });
    } else {
      problems.push({
        code: 'encoding-invalid',
        line,
        column,
        ja: 'UTF-8 として読めないバイトがあります。文字コード「UTF-8」で保存し直してください。',
        en: 'The file has bytes that are not valid UTF-8. Save it again with the encoding "UTF-8".',
      });
    }
    return { problems };
  }
  return { text: new TextDecoder('utf-8').decode(body), problems };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    if (len > 1 && !decodes(bytes.subarray(i, i + len), 'utf-8')) return i;
    i += len;
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  // Columns count characters, as editors do, not bytes: decode the line up to the bad byte.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  return { line, column: [...before].length + 1 };
}

/** Signatures of the files most often saved or renamed by mistake in place of a plan. */
const SIGNATURES: [kind: Bilingual, bytes: number[]][] = [
  [{ ja: 'PNG 画像', en: 'a PNG image' }, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  [{ ja: 'JPEG 画像', en: 'a JPEG image' }, [0xff, 0xd8, 0xff]],
  [{ ja: 'GIF 画像', en: 'a GIF image' }, [0x47, 0x49, 0x46, 0x38]],
  [{ ja: 'PDF', en: 'a PDF' }, [0x25, 0x50, 0x44, 0x46, 0x2d]],
  // Word, Excel and PowerPoint files (.docx, .xlsx, .pptx) are ZIP archives; older ones (.doc, .xls) OLE files.
  [{ ja: 'ZIP 形式（Word・Excel のファイルなど）', en: 'a ZIP archive, such as a Word or Excel file' }, [0x50, 0x4b, 0x03, 0x04]],
  [{ ja: '古い形式の Word・Excel のファイル', en: 'an old Word or Excel file' }, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/**
 * Whether the bytes are not text at all: the kind named by its signature, or true when there is a NUL
 * byte in the first 8 KB (as git decides) and no byte-order mark of UTF-16, which has NULs of its own.
 */
function binaryKind(bytes: Uint8Array): Bilingual | true | undefined {
  for (const [kind, signature] of SIGNATURES) if (signature.every((b, i) => bytes[i] === b)) return kind;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, 8192).includes(0) ? true : undefined;
}
