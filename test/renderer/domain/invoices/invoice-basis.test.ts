import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, validate } from '../../../../src/renderer/src/domain/validation';
import { invoiceBasisSchema, invoiceLineSchema, invoiceSchema } from '../../../../src/renderer/src/domain/model/invoice';

const draft = { clientId: 'c1', issueDate: '2026-11-04', dueDate: '2026-12-04', currency: 'EUR' };
const basis = { from: '2026-10-01', to: '2026-10-31', projectIds: ['p1', 'p2'], grouping: 'task' };

describe('a generated line names its project', () => {
  it('keeps the project a line bills and leaves a typed line without one', () => {
    const line = validate(invoiceLineSchema, {
      description: 'Design',
      quantity: 90,
      unit: 'hours',
      unitPrice: 8000,
      projectId: 'p1',
    });
    expect(line.projectId).toBe('p1');
    expect(validate(invoiceLineSchema, { description: 'Typed', quantity: 1000, unitPrice: 100 }).projectId).toBeUndefined();
  });

  it('refuses an empty project id', () => {
    expect(fieldErrorsOf(invoiceLineSchema, { description: 'x', quantity: 1, unitPrice: 1, projectId: '' })).toHaveProperty(
      'projectId',
    );
  });
});

describe('invoice basis', () => {
  it('is optional and defaults the fixed-fee choices to none', () => {
    expect(validate(invoiceSchema, draft).basis).toBeUndefined();
    expect(validate(invoiceSchema, { ...draft, basis }).basis).toEqual({ ...basis, fixedFee: {} });
  });

  it('keeps each fixed-fee choice: the fee, a milestone, a percentage', () => {
    const fixedFee = {
      p1: { kind: 'fee' },
      p2: { kind: 'milestone', milestoneId: 'm1' },
      p3: { kind: 'percent', basisPoints: 2500 },
    };
    expect(validate(invoiceBasisSchema, { ...basis, fixedFee }).fixedFee).toEqual(fixedFee);
  });

  it('speaks plain English about a bad basis', () => {
    expect(
      fieldErrorsOf(invoiceBasisSchema, {
        from: '2026-10-31',
        to: '2026-10-01',
        projectIds: ['p1', 'p1'],
        grouping: 'week',
        fixedFee: { p1: { kind: 'percent', basisPoints: 0 }, p2: { kind: 'milestone', milestoneId: '' }, p3: { kind: 'half' } },
      }),
    ).toEqual({
      grouping: 'Choose how to group the lines',
      'fixedFee.p1.basisPoints': 'The percentage must be from 0.01 % to 100 %',
      'fixedFee.p2.milestoneId': 'Choose a milestone',
      'fixedFee.p3.kind': 'Choose the fee, a milestone or a percentage',
    });
    // The cross-field checks run once the fields are valid.
    expect(
      fieldErrorsOf(invoiceBasisSchema, { ...basis, from: '2026-10-31', to: '2026-10-01', projectIds: ['p1', 'p1'] }),
    ).toEqual({
      to: 'To must be on or after From',
      projectIds: 'A project is chosen twice',
    });
    expect(fieldErrorsOf(invoiceBasisSchema, { ...basis, projectIds: [] })).toEqual({
      projectIds: 'Choose at least one project',
    });
    expect(fieldErrorsOf(invoiceBasisSchema, { ...basis, fixedFee: { p1: { kind: 'percent', basisPoints: 10_001 } } })).toEqual({
      'fixedFee.p1.basisPoints': 'The percentage must be from 0.01 % to 100 %',
    });
  });
});
