import { z } from 'zod';

// The three hats the user wears. Every time entry and task carries one.
//   production – the producer doing the craft work (design, development, strategy)
//   account    – account management: the client relationship, scope talks, invoices, new work
//   project    – project management: timeline, budget, tasks, estimates
export const HATS = ['production', 'account', 'project'] as const;

export const hatSchema = z.enum(HATS, {
  error: 'Choose a hat: production, account management or project management',
});
export type Hat = z.infer<typeof hatSchema>;

export const HAT_LABELS: Record<Hat, string> = {
  production: 'Production (producer)',
  account: 'Account management',
  project: 'Project management',
};

/** Short names for tight places (header timer, table cells). */
export const HAT_SHORT_LABELS: Record<Hat, string> = { production: 'Production', account: 'Account mgmt', project: 'Project mgmt' };
