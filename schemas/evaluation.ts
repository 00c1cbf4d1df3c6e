/**
 * How far a goal, project or indicator was reached, as a body publishes it after the year: a grade
 * on the scale the document defines, whether the 達成水準 was met, and assessments with their authors.
 */
import { z } from 'astro/zod';
import { LocalizedProseSchema, LocalizedTextSchema } from './localized-text.ts';
import { BreaksOffSchema } from './breaks-off.ts';

const Text = LocalizedTextSchema;

/** One grade of the document's scale, such as A: 達成. */
export const GradeSchema = z.strictObject({
  grade: z.string().trim().min(1).max(10).describe('評語（例 A、B、C、◎） / The grade as printed'),
  label: Text.optional().describe('評語の意味（例 目標を達成した） / What the grade means'),
});

export const EvaluationScaleSchema = z
  .strictObject({
    heading: Text.optional().describe('見出し（例 評価の基準） / Heading as published'),
    grades: z.array(GradeSchema).min(1).describe('評語の一覧（よい順） / Grades, best first'),
  })
  .describe('文書が定める評価の尺度 / The grading scale the document defines');

/** An assessment text and who wrote it: 自己評価 by the 部長, 市長評価 by the mayor. */
export const AssessmentSchema = z.strictObject({
  role: Text.describe('評価の種類（例 自己評価、市長評価、全体的な所感） / Kind of assessment as published'),
  author: Text.optional().describe('評価した人（例 〇〇部長 山田 太郎、町長） / Who wrote it'),
  text: LocalizedProseSchema.describe('評価の文 / The assessment'),
  breaksOff: BreaksOffSchema,
});

export const EvaluationSchema = z
  .strictObject({
    grade: z.string().trim().min(1).max(10).optional().describe('評語（evaluationScale の grade） / Grade, one of evaluationScale.grades'),
    met: z.boolean().optional().describe('達成水準を満たしたか / Whether the 達成水準 (level to reach) was met'),
    assessments: z.array(AssessmentSchema).min(1).optional().describe('評価の文 / Assessment texts'),
    note: Text.optional().describe('補足 / Remarks'),
  })
  .describe('結果の評価 / Evaluation of the result');

export type Evaluation = z.infer<typeof EvaluationSchema>;
export type EvaluationScale = z.infer<typeof EvaluationScaleSchema>;
