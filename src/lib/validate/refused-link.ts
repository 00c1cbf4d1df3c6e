/**
 * What to say of a symbolic link in the content folder that is not followed: where it leads, and what
 * to do instead. The link is refused rather than skipped, so a tree never publishes with plans missing.
 */
import { isAbsolute } from 'node:path';
import type { RefusedLink } from '../content-tree/list-files.ts';
import type { Bilingual } from './diagnostic.ts';

/**
 * The message for a refused link. `rel` names a path as the validator names files (relative to the
 * project); `folder` is the content folder as messages name it.
 * @example refusedLinkMessage({ link: '/site/content/a/b/2020.yaml', target: '/tmp/2020.yaml', problem: 'outside' }, rel, 'content').en
 *   → 'This symbolic link leads outside content/, to /tmp/2020.yaml, so it is not read. Put the file itself …'
 */
export function refusedLinkMessage(refused: RefusedLink, rel: (abs: string) => string, folder: string): Bilingual {
  const { target, problem } = refused;
  // Inside the project a target reads best as the files are named; elsewhere, as the absolute path it is.
  const shown = isAbsolute(target) && !rel(target).startsWith('..') ? rel(target) : target;
  switch (problem) {
    case 'outside':
      return {
        ja: `このシンボリックリンクは ${folder}/ の外（${shown}）を指しているため、読み込みません。リンクではなく、ファイルそのものを ${folder}/ の中に置いてください（コピーか移動）。`,
        en: `This symbolic link leads outside ${folder}/, to ${shown}, so it is not read. Put the file itself inside ${folder}/ (copy or move it) instead of a link.`,
      };
    case 'dangling':
      return {
        ja: `このシンボリックリンクの先（${shown}）がありません。リンクを消すか、リンク先のファイルを元に戻してください。`,
        en: `This symbolic link leads to ${shown}, which does not exist. Remove the link or restore what it points to.`,
      };
    case 'loop':
      return {
        ja: `このシンボリックリンク（先: ${shown}）は自分自身か上のフォルダを指していて、たどると終わりません。リンクを消してください。`,
        en: `This symbolic link (to ${shown}) leads round in a loop, to itself or to a folder above it. Remove the link.`,
      };
  }
}
