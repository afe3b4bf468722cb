import { toCurrencyCode, toMinor } from '../../domain/units/money';
import { addDays, monthKeyOf, toDayKey } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { EARLIEST_COST_DAY } from '../../domain/model/cost-rate';
import { DEFAULT_SETTINGS } from '../../domain/model/settings';
import type { Client, Contact } from '../../domain/model/client';
import type { Settings } from '../../domain/model/settings';
import type { Teammate } from '../../domain/model/teammate';
import { CONTACT_ROLES, FIRST_NAMES, LAST_NAMES } from './names';
import type { Rng } from './prng';

// Settings, teammates and clients (with contacts, check-ins and opportunities) for generated data.

export function sampleSettings(agencyName: string): Settings {
  return { ...DEFAULT_SETTINGS, agencyName, homeCurrency: toCurrencyCode('EUR'), defaultRate: toMinor(9_500) };
}

export function makeTeammates(rng: Rng, count: number): Teammate[] {
  const roles = ['Designer', 'Developer', 'Copywriter', 'Motion designer', 'Strategist'];
  return Array.from({ length: count }, (_, index) => ({
    id: rng.uuid(),
    name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    role: roles[index % roles.length] ?? 'Freelancer',
    costRates: [{ from: toDayKey(EARLIEST_COST_DAY), rate: toMinor(rng.int(35, 60) * 100) }],
  }));
}

function makeContacts(rng: Rng, domain: string): Contact[] {
  const count = rng.int(1, 3);
  return Array.from({ length: count }, (_, index) => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    return {
      id: rng.uuid(),
      name: `${first} ${last}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}@${domain}`,
      role: index === count - 1 && count > 1 ? 'Finance' : rng.pick(CONTACT_ROLES),
      primary: index === 0,
      // the last contact handles invoices (with one contact, that person does)
      billing: index === count - 1,
    };
  });
}

export interface ClientPlan {
  name: string;
  currency: string;
  /** the relationship's mood over time: check-in scores drift around this */
  mood: number;
}

/** A client with check-ins every 3–6 weeks between `from` and `to`, and 0–3 opportunities. */
export function makeClient(rng: Rng, plan: ClientPlan, from: DayKey, to: DayKey, checkInLimit = Infinity): Client {
  const domain = `${plan.name.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
  const checkIns: Client['checkIns'] = [];
  for (
    let day = addDays(from, rng.int(3, 20));
    day <= to && checkIns.length < checkInLimit;
    day = addDays(day, rng.int(21, 42))
  ) {
    const score = Math.min(5, Math.max(1, Math.round(plan.mood + rng.int(-1, 1) * rng.float())));
    checkIns.push({
      id: rng.uuid(),
      date: day,
      score,
      note: score <= 2 ? 'Worried about the timeline' : score >= 4 ? 'Happy with progress' : '',
    });
  }
  const opportunities = Array.from({ length: rng.int(0, 3) }, () => ({
    id: rng.uuid(),
    title: rng.pick(['Phase 2', 'Annual retainer', 'New microsite', 'Brand campaign', 'App extension']),
    value: toMinor(rng.int(5, 80) * 100_000),
    probability: rng.pick([10, 25, 40, 60, 80]),
    expectedMonth: monthKeyOf(addDays(to, rng.int(14, 200))),
  }));
  return {
    id: rng.uuid(),
    name: plan.name,
    currency: toCurrencyCode(plan.currency),
    contacts: makeContacts(rng, domain),
    notes: rng.chance(0.5) ? 'Prefers a short weekly update by email.' : '',
    owner: 'me',
    checkIns,
    opportunities,
    archived: false,
  };
}
