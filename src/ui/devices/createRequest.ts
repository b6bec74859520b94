/**
 * The set-up form, checked, as the classroom server's create request: the same view model as the
 * one-screen class (session/setupView.ts) feeds it, so the modes share their rules and their errors.
 */
import type { Scenario } from '../../engine/schema/scenario';
import type { CreateSession } from '../../net/protocol';
import type { ClassSetup, SetupDraft } from '../../session/setupView';

/** The role whose students take the decisions when the teacher lets them: the first in play of the player's side. */
export function leadRole(scenario: Scenario, classroom: ClassSetup): { id: string; name: string } | null {
  const player = scenario.meta.playerSide;
  for (const seat of classroom.roster) {
    const role = scenario.roles.find((r) => r.id === seat.role);
    if (role?.side === player && seat.students > 0) return { id: role.id, name: role.name };
  }
  return null;
}

export function createRequest(
  scenario: Scenario,
  draft: SetupDraft,
  checked: { seed: number; classroom: ClassSetup },
  bundle: string | null,
): CreateSession {
  const { classroom } = checked;
  const player = scenario.meta.playerSide;
  const sides = classroom.teams
    ? [player, ...scenario.sides.filter((s) => s.id !== player && s.modelPlayable).map((s) => s.id)]
    : [player];
  const lead = draft.leadDecides ? leadRole(scenario, classroom) : null;
  return {
    scenario: bundle === null ? { id: scenario.meta.id } : { bundle },
    sides,
    ...(draft.roster.inPlay ? { roles: draft.roster.inPlay } : {}),
    classSize: classroom.classSize,
    seed: checked.seed,
    debateMinutes: classroom.debateMinutes,
    ...(draft.lesson ? { lesson: draft.lesson } : {}),
    ...(lead ? { deciders: [lead.id] } : {}),
  };
}
