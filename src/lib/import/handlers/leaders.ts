/** Leaders, as "職名 氏名" lines (総務部長 伊藤 幸寛) before the body starts. */
import type { LineHandler } from '../state.ts';

const LEADER = /^(\S{1,24}?(?:部長|局長|室長|課長|理事|参事|所長|部次長|担当部長|監))\s+(\S{1,6}(?:\s\S{1,6})?)$/;

export const leaderLine: LineHandler = (line, _next, state) => {
  const m = state.mode.kind === 'start' && LEADER.exec(line.text);
  return !!m && (state.leaders.push({ title: m[1], name: m[2] }), true);
};
