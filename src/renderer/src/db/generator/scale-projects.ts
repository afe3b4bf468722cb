import { toMinor } from '../../domain/units/money';
import { toMinutes } from '../../domain/units/minutes';
import { addDays, daysBetween } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { BILLING_TYPES } from '../../domain/model/project';
import { CHANGE_REQUEST_STATUSES } from '../../domain/model/project-parts';
import type { BillingType, Project } from '../../domain/model/project';
import type { Client } from '../../domain/model/client';
import { CLIENT_NAMES, CLIENT_SUFFIXES, PROJECT_KINDS } from './names';
import type { Rng } from './prng';
import { makeClient } from './sample-people';
import { makeChangeRequests, makeMilestones, makeScopeItems, progressOn } from './project-parts';

// Clients and projects for the scale dataset: a decade of a small agency's work.

/** Part `index` of `total` split into `parts` nearly equal whole shares that sum exactly to `total`. */
export function shareOf(total: number, parts: number, index: number): number {
  return Math.floor((total * (index + 1)) / parts) - Math.floor((total * index) / parts);
}

export function makeScaleClients(rng: Rng, count: number, from: DayKey, today: DayKey): Client[] {
  return Array.from({ length: count }, (_, index) => {
    const base = CLIENT_NAMES[index % CLIENT_NAMES.length] ?? 'Client';
    const round = Math.floor(index / CLIENT_NAMES.length);
    const name =
      round === 0
        ? base
        : `${base} ${CLIENT_SUFFIXES[(round - 1) % CLIENT_SUFFIXES.length] ?? round}${round > CLIENT_SUFFIXES.length ? ` ${round}` : ''}`;
    const currency = rng.weighted([
      ['EUR', 70],
      ['USD', 20],
      ['GBP', 10],
    ] as const);
    return makeClient(rng, { name, currency, mood: rng.int(2, 5) }, from, today);
  });
}

export function makeScaleProjects(rng: Rng, count: number, clients: readonly Client[], from: DayKey, today: DayKey): Project[] {
  const span = Math.max(1, daysBetween(from, today));
  return Array.from({ length: count }, (_, index) => {
    const client = clients[index % clients.length];
    if (!client) throw new Error('The scale dataset needs at least one client');
    const billing = rng.weighted<BillingType>([
      [BILLING_TYPES[0], 40],
      [BILLING_TYPES[1], 35],
      [BILLING_TYPES[2], 15],
      [BILLING_TYPES[3], 10],
    ]);
    // Spread starts over the decade; a few start after today (planned).
    const start = addDays(from, Math.floor(((index + rng.float()) / count) * (span + 30)) - 15);
    const end = addDays(start, rng.int(30, 400));
    const status = start > today ? 'planned' : end < today ? 'done' : rng.chance(0.1) ? 'on_hold' : 'active';
    const rate = rng.int(80, 160) * 100;
    const hasScope = billing === 'time_and_materials' || billing === 'fixed_fee';
    const budgetHours = rng.int(40, 600);
    return {
      id: rng.uuid(),
      clientId: client.id,
      name: `${rng.pick(PROJECT_KINDS)} ${index + 1}`,
      code: `P${index.toString(36).toUpperCase().padStart(3, '0')}`,
      status,
      billing,
      budgetMinutes: hasScope ? toMinutes(budgetHours * 60) : undefined,
      budgetAmount: billing === 'fixed_fee' ? toMinor(budgetHours * rate) : undefined,
      retainer:
        billing === 'retainer'
          ? { allowanceMinutesPerMonth: toMinutes(rng.int(5, 40) * 60), rollover: rng.chance(0.5), cycleStartDay: rng.int(1, 28) }
          : undefined,
      defaultRate: billing === 'non_billable' ? toMinor(0) : toMinor(rate),
      startDay: start,
      endDay: end,
      milestones: hasScope ? makeMilestones(rng, start, end, today) : [],
      scopeItems: hasScope ? makeScopeItems(rng, status === 'done' ? 1 : progressOn(start, end, today), rng.int(5, 15)) : [],
      changeRequests:
        hasScope && start < today
          ? makeChangeRequests(
              rng,
              Array.from({ length: rng.int(0, 6) }, () => rng.pick(CHANGE_REQUEST_STATUSES)),
              start,
              today,
              rate,
            )
          : [],
      archived: status === 'done' && rng.chance(0.5),
    };
  });
}
