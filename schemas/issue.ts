import type { z } from 'astro/zod';

/** A bilingual message for a rule that spans fields: what is wrong and how to fix the file. */
export interface BilingualMessage {
  ja: string;
  en: string;
}

/**
 * Adds a custom issue that carries its Japanese and English text, so the validator can print both.
 * Zod keeps `params` on custom issues untouched.
 */
export function addRuleIssue(ctx: z.RefinementCtx, path: (string | number)[], message: BilingualMessage): void {
  ctx.addIssue({ code: 'custom', path, message: message.en, params: { ja: message.ja, en: message.en } });
}

/** Issues after which the rules would compute with nonsense (a wrong type, or a number past its limit). */
const TYPE_ISSUES = new Set(['invalid_type', 'invalid_union', 'invalid_element', 'invalid_key', 'too_big']);

/**
 * Run cross-field rules whenever every value has the right type, even if some other field has a
 * bad format or enum value, so one mistake never hides the others. The rules may rely on types only.
 */
export const whenWellTyped = {
  when: (payload: { issues: readonly { code: string }[] }) => payload.issues.every((i) => !TYPE_ISSUES.has(i.code)),
};
