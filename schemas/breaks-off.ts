import { z } from 'astro/zod';

/** Marks where an excerpt's source text breaks off (mid-sentence, mid-table); the page says so. */
export const BreaksOffSchema = z
  .literal(true)
  .optional()
  .describe(
    '出典の抜粋がここで途切れている場合 true（source.completeness: excerpt のときだけ） / true where the excerpt of the source breaks off (only in an excerpt)',
  );
