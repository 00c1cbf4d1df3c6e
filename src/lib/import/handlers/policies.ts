/** 実施方針: the heading, then ◇ titles, each followed by its body. */
import { BULLET, isHeading } from '../line-shapes.ts';
import { origin, section, type LineHandler } from '../state.ts';

export const policiesHeading: LineHandler = (line, _next, state) => {
  if (!/^実施方針/.test(line.text) || !isHeading(line.text, 20) || state.sections.has('policies')) return false;
  section(state, 'policies').heading = line.text;
  origin(state, section(state, 'policies'), line);
  state.mode = { kind: 'policies' };
  return true;
};

export const policyLine: LineHandler = (line, _next, state) => {
  const mode = state.mode;
  if (mode.kind !== 'policies') return false;
  if (BULLET.test(line.text)) {
    const policyTitle = line.text.replace(BULLET, '');
    mode.policy = { id: state.ids.policies.pick(policyTitle, `policy-${state.policies.length + 1}`), title: policyTitle };
    state.policies.push(mode.policy);
    return true;
  }
  if (!mode.policy || isHeading(line.text)) return false;
  mode.policy.body = mode.policy.body ? `${mode.policy.body}\n\n${line.text}` : line.text;
  return true;
};
