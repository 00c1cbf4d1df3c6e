/** A git history of translations, made on the spot with fixed authors and dates (tests/helpers/temp-git-repo.ts). */
import { createTempRepo, type TempRepo } from './temp-git-repo.ts';

const PLAN = 'kakuu/soumu/2020.yaml';

/**
 * The translation story both the command's and the page's tests read: three commits and an edit not
 * yet committed. Afterwards the English of `title` (Japanese changed 2024-02-10) and of
 * `statements.blocks[1].paragraphs[0]` (Japanese changed in the working tree) is stale; nothing else is.
 * Changed together, added later, or moved by an inserted item, no other English is.
 */
export function translationStory(): TempRepo {
  const repo = createTempRepo('tests/fixtures/base', { commit: false });
  repo.edit(PLAN, ['title: 架空の文書管理', 'title: { ja: 架空の文書管理, en: Fictional records management }']);
  repo.commit('2024-01-10', '初版 / first version');
  repo.edit(
    PLAN,
    ['ja: 総務部の運営方針と目標（架空）', 'ja: 総務部の運営方針と目標（架空・改訂版）'],
    [
      'documentType: { ja: 運営方針と目標, en: Operating policy and goals }',
      'documentType: { ja: 運営の方針と目標, en: Operating policies and goals }',
    ],
  );
  repo.commit('2024-02-10', '表題の改訂 / revised title');
  repo.edit(
    PLAN,
    [
      '  items:\n    - id: bousai-kunren\n      number: 1',
      '  items:\n    - id: shin-jigyou\n      number: 1\n      title: 架空の新しい事業\n    - id: bousai-kunren\n      number: 2',
    ],
    ['number: 2\n      title: { ja: 架空の文書管理', 'number: 3\n      title: { ja: 架空の文書管理'],
    ['title: 架空の実施方針', 'title: { ja: 架空の実施方針, en: A fictional policy }'],
  );
  repo.commit('2024-03-10', '事業の追加 / a new project');
  repo.edit(PLAN, ['ja: 架空の運営方針の段落です。', 'ja: 架空の運営方針の段落です（見直し）。']);
  return repo;
}
