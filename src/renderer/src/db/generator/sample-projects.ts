import { toMinor } from '../../domain/units/money';
import { toMinutes } from '../../domain/units/minutes';
import { addDays } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { Project } from '../../domain/model/project';
import type { ChangeRequestStatus } from '../../domain/model/project-parts';
import type { Client } from '../../domain/model/client';
import { makeChangeRequests, makeMilestones, makeScopeItems, progressOn } from './project-parts';
import type { Rng } from './prng';
import { SAMPLE_PROJECTS } from './sample-project-specs';

// Builds the sample agency's projects from SAMPLE_PROJECTS (./sample-project-specs.ts).

/** Every change-request state appears somewhere; each project with scope gets a slice of them. */
const CR_ROTATION: readonly ChangeRequestStatus[][] = [
  ['approved', 'asked'],
  ['declined'],
  ['estimated', 'approved'],
  [],
  ['approved'],
];

export function makeSampleProjects(rng: Rng, clients: readonly Client[], today: DayKey, defaultRate: number): Project[] {
  return SAMPLE_PROJECTS.map((spec, index) => {
    const client = clients[spec.client];
    if (!client) throw new Error(`Sample client ${spec.client} is missing`);
    const start = addDays(today, spec.start);
    const end = spec.end === null ? undefined : addDays(today, spec.end);
    const progress = progressOn(start, end ?? addDays(today, 90), today);
    const hasScope = spec.billing === 'fixed_fee' || spec.billing === 'time_and_materials';
    const started = spec.start < 0;
    return {
      id: rng.uuid(),
      clientId: client.id,
      name: spec.name,
      code: spec.code,
      status: spec.status,
      billing: spec.billing,
      retainer: spec.retainerHours
        ? {
            allowanceMinutesPerMonth: toMinutes(spec.retainerHours * 60),
            rollover: spec.rollover ?? false,
            cycleStartDay: index % 2 === 0 ? 1 : 15,
          }
        : undefined,
      defaultRate: spec.rate === null ? undefined : toMinor(spec.rate),
      startDay: start,
      endDay: end,
      milestones:
        spec.billing === 'retainer' || spec.billing === 'non_billable'
          ? []
          : makeMilestones(rng, start, end ?? addDays(today, 90), today),
      scopeItems: hasScope ? makeScopeItems(rng, spec.status === 'done' ? 1 : progress) : [],
      changeRequests:
        hasScope && started
          ? makeChangeRequests(rng, CR_ROTATION[index % CR_ROTATION.length] ?? [], start, today, spec.rate ?? defaultRate)
          : [],
      archived: false,
    };
  });
}
