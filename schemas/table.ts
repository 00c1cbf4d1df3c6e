/** A table as published: a caption, header cells and rows, rendered with <caption> and header scopes. */
import { z } from 'astro/zod';
import { IdSchema } from './ids.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { BreaksOffSchema } from './breaks-off.ts';

/** One cell: a text, or an empty cell written as "" or ~. */
export const TableCellSchema = z
  .union([z.literal(''), z.null(), LocalizedTextSchema])
  .transform((value) => (value === '' ? null : value))
  .describe('セルの文字列（空のセルは "" か ~） / Cell text; an empty cell is "" or ~');

export const TableSchema = z
  .strictObject({
    id: IdSchema.optional().describe('年度をまたいで対応づける ID（任意） / Optional id to match across years'),
    caption: LocalizedTextSchema.optional().describe(
      '表の表題（文書に表題があれば。なければ省略し、表は最初の行で読み上げられる） / Caption as printed; left out when the document prints none (the table is then named by its first row)',
    ),
    columns: z.array(TableCellSchema).min(1).optional().describe('列見出しの行 / The header row'),
    rows: z
      .array(z.array(TableCellSchema).min(1))
      .min(1)
      .describe('行（セルの配列。列見出しより多いセルは不可） / Rows, each a list of cells, no more than the header row'),
    rowHeaders: z.boolean().optional().describe('各行の最初のセルが行見出しなら true / true when the first cell of each row is its header'),
    note: LocalizedTextSchema.optional().describe('注記 / Note as published'),
    breaksOff: BreaksOffSchema,
  })
  .describe('表 / A table');

export type Table = z.infer<typeof TableSchema>;
export type TableCell = z.infer<typeof TableCellSchema>;
