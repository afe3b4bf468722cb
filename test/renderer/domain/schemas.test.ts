import { describe, expect, it } from 'vitest';
import { ValidationError, fieldErrorsOf, validate } from '../../../src/renderer/src/domain/validation';
import { clientSchema } from '../../../src/renderer/src/domain/model/client';
import { projectSchema } from '../../../src/renderer/src/domain/model/project';
import { changeRequestSchema } from '../../../src/renderer/src/domain/model/project-parts';
import { timeEntrySchema } from '../../../src/renderer/src/domain/model/time-entry';
import { timeBlockSchema } from '../../../src/renderer/src/domain/model/time-block';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../src/renderer/src/domain/model/settings';
import { taskSchema } from '../../../src/renderer/src/domain/model/task';
import { expenseSchema } from '../../../src/renderer/src/domain/model/expense';
import { updateDraftSchema } from '../../../src/renderer/src/domain/model/update-draft';

describe('entity schemas', () => {
  it('speak plain English about clients', () => {
    expect(fieldErrorsOf(clientSchema, { name: '  ', currency: 'EUR' })).toEqual({ name: 'Name is required' });
    expect(fieldErrorsOf(clientSchema, { currency: 'EUR' })).toEqual({ name: 'Name is required' });
    expect(fieldErrorsOf(clientSchema, { name: 'Acme', currency: 'euro' })).toEqual({
      currency: 'Currency must be a three-letter code such as EUR',
    });
    expect(
      fieldErrorsOf(clientSchema, {
        name: 'Acme',
        currency: 'EUR',
        contacts: [
          { name: 'Ann', email: 'ann@', primary: true },
          { name: 'Bo', primary: true },
        ],
        checkIns: [{ date: '2026-02-30', score: 6 }],
      }),
    ).toEqual({
      'contacts.0.email': 'Email must look like name@example.com',
      contacts: 'Only one contact can be the primary contact',
      'checkIns.0.date': 'Check-in date must be a real day written YYYY-MM-DD',
      'checkIns.0.score': 'Score must be a whole number from 1 to 5',
    });
  });

  it('fills defaults, trims, brands and generates ids', () => {
    const client = validate(clientSchema, { name: ' Acme ', currency: 'usd', contacts: [{ name: 'Ann' }] });
    expect(client).toMatchObject({ name: 'Acme', currency: 'USD', notes: '', archived: false, checkIns: [], opportunities: [] });
    expect(client.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(client.contacts[0]).toMatchObject({ name: 'Ann', email: '', primary: false, billing: false });
  });

  it('checks projects', () => {
    const base = { clientId: 'c1', name: 'Website', code: ' web1 ', billing: 'time_and_materials' };
    expect(validate(projectSchema, base)).toMatchObject({ code: 'WEB1', status: 'planned', milestones: [] });
    expect(fieldErrorsOf(projectSchema, { ...base, code: 'W' })).toEqual({ code: 'Code must be 2–8 letters or digits' });
    expect(fieldErrorsOf(projectSchema, { ...base, code: 'WEB-1' })).toEqual({ code: 'Code must be 2–8 letters or digits' });
    expect(fieldErrorsOf(projectSchema, { ...base, clientId: '' })).toEqual({ clientId: 'Choose a client' });
    expect(fieldErrorsOf(projectSchema, { ...base, billing: 'retainer' })).toEqual({
      retainer: 'A retainer needs its monthly allowance',
    });
    expect(fieldErrorsOf(projectSchema, { ...base, startDay: '2026-05-01', endDay: '2026-04-30' })).toEqual({
      endDay: 'End date must be on or after the start date',
    });
    expect(fieldErrorsOf(projectSchema, { ...base, budgetAmount: 10.5 })).toEqual({
      budgetAmount: 'Budget amount must be a whole number of cents',
    });
    expect(
      fieldErrorsOf(projectSchema, {
        ...base,
        billing: 'retainer',
        retainer: { allowanceMinutesPerMonth: 600, cycleStartDay: 31 },
      }),
    ).toEqual({ 'retainer.cycleStartDay': 'Cycle start day must be a whole number from 1 to 28' });
  });

  it('requires a decision day for decided change requests', () => {
    const asked = { title: 'Extra page', askedAt: '2026-03-02' };
    expect(validate(changeRequestSchema, asked)).toMatchObject({ status: 'asked', estimateMinutes: 0, amount: 0 });
    expect(fieldErrorsOf(changeRequestSchema, { ...asked, status: 'approved' })).toEqual({
      decidedAt: 'Add the day it was decided',
    });
    expect(fieldErrorsOf(changeRequestSchema, { ...asked, status: 'declined', decidedAt: '2026-03-01' })).toEqual({
      decidedAt: 'It cannot be decided before it was asked',
    });
  });

  it('bounds time entries, blocks, expenses, tasks and drafts', () => {
    const entry = {
      projectId: 'p1',
      startedAt: '2026-03-02T08:00:00.000Z',
      day: '2026-03-02',
      minutes: 0,
      hat: 'account',
      billable: true,
      rateSnapshot: 9000,
      currency: 'EUR',
    };
    expect(fieldErrorsOf(timeEntrySchema, entry)).toEqual({ minutes: 'Duration must be at least 1 minute' });
    expect(fieldErrorsOf(timeEntrySchema, { ...entry, minutes: 1441 })).toEqual({
      minutes: 'Duration must be at most 1440 minutes',
    });
    expect(fieldErrorsOf(timeEntrySchema, { ...entry, minutes: 30, hat: 'boss' })).toEqual({
      hat: 'Choose a hat: production, account management or project management',
    });
    expect(fieldErrorsOf(timeEntrySchema, { ...entry, minutes: 30, source: { kind: 'import' } })).toEqual({
      'source.importId': 'Imported entries must name their import',
    });
    expect(validate(timeEntrySchema, { ...entry, minutes: 30 }).source).toEqual({ kind: 'manual' });
    expect(fieldErrorsOf(timeBlockSchema, { day: '2026-03-02', startMinute: 600, endMinute: 600, kind: 'deep_work' })).toEqual({
      endMinute: 'End must be after start',
    });
    expect(fieldErrorsOf(expenseSchema, { projectId: 'p1', day: '2026-03-02', amount: 0, currency: 'EUR' })).toEqual({
      amount: 'Amount must be more than zero',
    });
    expect(validate(taskSchema, { title: 'Call Ann' })).toMatchObject({
      projectId: null,
      status: 'todo',
      assignee: 'me',
      hat: 'production',
      order: 0,
    });
    expect(fieldErrorsOf(taskSchema, { title: '' })).toEqual({ title: 'Title is required' });
    expect(
      fieldErrorsOf(updateDraftSchema, { clientId: 'c', periodStart: '2026-03-09', periodEnd: '2026-03-02', status: 'sent' }),
    ).toEqual({
      periodEnd: 'Period end must be on or after its start',
      sentAt: 'A sent update needs the time it was sent',
    });
  });

  it('gives settings defaults and checks work hours', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      id: 'settings',
      homeCurrency: 'EUR',
      defaultRate: 10_000,
      workStartMinute: 540,
      weekStart: 1,
      workWeekDays: 5,
      minutesLostPerSwitch: 10,
      burnWindowDays: 14,
      theme: 'system',
    });
    expect(fieldErrorsOf(settingsSchema, { workStartMinute: 600, workEndMinute: 540 })).toEqual({
      workEndMinute: 'Work must end after it starts',
    });
    expect(fieldErrorsOf(settingsSchema, { workWeekDays: 6 })).toEqual({ workWeekDays: 'A work week has 5 or 7 days' });
  });

  it('throws ValidationError with the field messages', () => {
    try {
      validate(clientSchema, { currency: 'EUR' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ name: 'Name is required' });
      expect((error as ValidationError).message).toBe('Name is required');
    }
  });
});
