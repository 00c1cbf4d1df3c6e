/**
 * 個別事業とその目標（注記）: the heading, then numbered projects (1 防災対策の推進（防災課）) with
 * their bodies and, after 【目標指標】, their indicators.
 */
import { textToTarget } from '../figures.ts';
import { BULLET, isHeading } from '../line-shapes.ts';
import { Ids, list, projectReference } from '../references.ts';
import { divisionNamed, nextProjectNumber, origin, section, type ImportState, type LineHandler } from '../state.ts';
import type { IndicatorDraft, ProjectDraft } from '../draft.ts';
import type { SourceLine } from '../source-lines.ts';

export const projectsHeading: LineHandler = (line, _next, state) => {
  // The heading begins with its words (after a number or mark), not a sentence that mentions them.
  if (
    !/^(?:\d{1,2}[.．]?\s*|[(（]\d{1,2}[)）]\s*|[■□◆【]\s*)?(?:個別事業|主要事業|重点事業)/.test(line.text) ||
    !isHeading(line.text.replace(/[（(].*$/, '')) ||
    state.sections.has('projects')
  )
    return false;
  const m = /^(.+?)[（(](.+)[）)]$/.exec(line.text);
  const s = section(state, 'projects');
  origin(state, s, line);
  s.heading = m ? m[1] : line.text;
  if (m) s.note = m[2];
  state.mode = { kind: 'projects', indicators: false };
  return true;
};

export const projectLine: LineHandler = (line, _next, state) => {
  const mode = state.mode;
  if (mode.kind !== 'projects') return false;
  const m = /^(\d{1,3})\s*(.+?)(?:[（(]([^（）()]+)[）)])?$/.exec(line.text);
  if (m && Number(m[1]) === nextProjectNumber(state) && !/[。．]$/.test(line.text)) {
    // The brackets name the responsible divisions (総務課、防災課) or are part of the title.
    const names = m[3]?.split(/[、,]/).map((n) => n.trim());
    const byDivision = names?.every((n) => /(課|室|担当|係|センター)$/.test(n));
    const projectTitle = byDivision ? m[2]!.trim() : `${m[2]}${m[3] ? `（${m[3]}）` : ''}`;
    mode.project = {
      id: state.ids.projects.pick(projectTitle, `project-${state.projects.length + 1}`),
      number: Number(m[1]),
      title: projectTitle,
    };
    if (byDivision) mode.project.divisions = names!.map((n) => divisionNamed(state, n).id);
    mode.indicators = false;
    state.projects.push(mode.project);
    return true;
  }
  if (!mode.project) return false;
  if (/^【?目標指標】?$/.test(line.text)) {
    // The heading is printed text: it is kept as the document prints it.
    mode.project.indicatorsHeading = line.text;
    return ((mode.indicators = true), true);
  }
  if (mode.indicators) return indicatorLine(line, mode.project, state);
  mode.project.body = mode.project.body ? `${mode.project.body}\n\n${line.text}` : line.text;
  return true;
};

/** A ・ line under 【目標指標】: an indicator, with its numeric target when the brackets give one. */
function indicatorLine(line: SourceLine, project: ProjectDraft, state: ImportState): boolean {
  if (!BULLET.test(line.text)) return false;
  const label = line.text.replace(BULLET, '');
  const indicators = (project.indicators ??= []);
  const matched = projectReference(state.references, project.id);
  const ids = new Ids([list(matched?.indicators).filter((i) => !indicators.some((d) => d.id === i.id))]);
  const indicator: IndicatorDraft = { id: ids.pick(label, `indicator-${indicators.length + 1}`), label };
  for (let n = 2; indicators.some((d) => d.id === indicator.id); n++) indicator.id = `indicator-${indicators.length + n}`;
  const target = textToTarget(label);
  if (target) indicator.target = target;
  indicators.push(indicator);
  return true;
}
