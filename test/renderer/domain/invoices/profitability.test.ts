import { describe, expect, it } from 'vitest';
import { costRateOn } from '../../../../src/renderer/src/domain/invoices/cost-rates';
import {
  clientProfitability,
  fixedFeeMinor,
  invoicedRevenueMinor,
  projectProfitability,
} from '../../../../src/renderer/src/domain/invoices/profitability';
import type { RevenueInvoice } from '../../../../src/renderer/src/domain/invoices/profitability';
import { marginUnknownWords, revenueBasisWords } from '../../../../src/renderer/src/domain/invoices/profitability-labels';
import { costRateHistorySchema } from '../../../../src/renderer/src/domain/model/cost-rate';
import { invoiceLineSchema } from '../../../../src/renderer/src/domain/model/invoice';
import type { InvoiceLineInput, InvoiceStatus } from '../../../../src/renderer/src/domain/model/invoice';
import { projectSchema } from '../../../../src/renderer/src/domain/model/project';
import type { ProjectInput } from '../../../../src/renderer/src/domain/model/project';
import { timeEntrySchema } from '../../../../src/renderer/src/domain/model/time-entry';
import { addFigures, figuresOfEntry, zeroFigures } from '../../../../src/renderer/src/domain/rollup-figures';
import { toCurrencyCode } from '../../../../src/renderer/src/domain/units/money';
import { validate } from '../../../../src/renderer/src/domain/validation';

const EUR = toCurrencyCode('EUR');
const USD = toCurrencyCode('USD');

const project = (input: Partial<ProjectInput>) =>
  validate(projectSchema, { id: 'p1', clientId: 'c1', name: 'Web', code: 'WEB', billing: 'time_and_materials', ...input });

const line = (input: Partial<InvoiceLineInput>) =>
  validate(invoiceLineSchema, { description: 'Work', unit: 'units', quantity: 1000, unitPrice: 0, ...input });

const invoice = (status: InvoiceStatus, lines: Partial<InvoiceLineInput>[], discountBasisPoints = 0): RevenueInvoice => ({
  status,
  discountBasisPoints,
  lines: lines.map(line),
});

describe('revenue billed on sent invoices', () => {
  it('counts the project’s lines of sent invoices after the discount, before tax; drafts and void ones count nothing', () => {
    const invoices = [
      // 900 min × 100.00/h = 150000 for p1, 20000 for p2; one tax group (no tax), 10 % off:
      // p1 = 150000 − round(15000) = 135000
      invoice(
        'sent',
        [
          { unit: 'hours', quantity: 900, unitPrice: 10_000, projectId: 'p1' },
          { unitPrice: 20_000, projectId: 'p2' },
        ],
        1_000,
      ),
      invoice('draft', [{ unitPrice: 50_000, projectId: 'p1' }]),
      invoice('void', [{ unitPrice: 70_000, projectId: 'p1' }]),
      // a line typed by hand bills no project
      invoice('sent', [{ unitPrice: 9_999 }]),
    ];
    expect(invoicedRevenueMinor(invoices, 'p1')).toBe(135_000);
    // 20000 − round(2000) = 18000
    expect(invoicedRevenueMinor(invoices, 'p2')).toBe(18_000);
  });

  it('takes the discount per group of lines sharing taxes, as the invoice does, leaving the tax out', () => {
    const vat = [{ rateBasisPoints: 2_000, note: 'VAT' }];
    const sent = invoice(
      'sent',
      [
        { unitPrice: 10_001, taxes: vat, projectId: 'p1' },
        { unitPrice: 333, projectId: 'p1' },
        { unitPrice: 667, projectId: 'p2' },
      ],
      1_500,
    );
    // p1: VAT group 10001 − round(1500.15) = 8501; untaxed 333 − round(49.95) = 283; 8501 + 283 = 8784
    expect(invoicedRevenueMinor([sent], 'p1')).toBe(8_784);
    // p2: 667 − round(100.05) = 567; with p1, 9351 = the invoice's 11001 − (1500 + round(150)) before tax
    expect(invoicedRevenueMinor([sent], 'p2')).toBe(567);
  });
});

describe('projectProfitability', () => {
  it('time and materials with a cost rate that changed mid-project', () => {
    // The user's cost: 40.00/h from 1 March, 50.00/h from 1 June 2026.
    const rates = validate(costRateHistorySchema, [
      { from: '2026-03-01', rate: 4_000 },
      { from: '2026-06-01', rate: 5_000 },
    ]);
    const entry = (day: string, minutes: number) =>
      validate(timeEntrySchema, {
        projectId: 'p1',
        startedAt: `${day}T08:00:00.000Z`,
        day,
        minutes,
        hat: 'production',
        billable: true,
        rateSnapshot: 10_000,
        currency: 'EUR',
        costSnapshot: costRateOn(rates, day),
      });
    const totals = zeroFigures();
    for (const logged of [entry('2026-05-20', 600), entry('2026-06-10', 300)]) addFigures(totals, figuresOfEntry(logged));
    totals.expensesMinor = 5_000;
    // cost = 10 h × 40.00 + 5 h × 50.00 = 40000 + 25000 = 65000
    expect(totals.costMinor).toBe(65_000);

    const sent = invoice('sent', [{ unit: 'hours', quantity: 900, unitPrice: 10_000, projectId: 'p1' }], 1_000);
    const result = projectProfitability({ project: project({}), currency: EUR, homeCurrency: EUR, totals, invoices: [sent] });
    expect(result).toEqual({
      currency: EUR,
      homeCurrency: EUR,
      revenue: { kind: 'invoiced', minor: 135_000 },
      revenueMinor: 135_000,
      costMinor: 65_000,
      expensesMinor: 5_000,
      minutes: 900,
      // 135000 − 65000 − 5000 = 65000
      margin: { kind: 'known', minor: 65_000 },
      // 65000 / 135000 = 48.148 % → 4815 basis points
      marginBasisPoints: 4_815,
      // 135000 × 60 / 900 min = 9000 (90.00 an hour)
      effectiveRateMinor: 9_000,
    });
  });

  it('fixed fee: the fee (budget + approved change requests) × % complete', () => {
    const fixed = project({
      billing: 'fixed_fee',
      budgetAmount: 1_000_000,
      changeRequests: [
        { title: 'Blog', amount: 200_000, status: 'approved', askedAt: '2026-04-01', decidedAt: '2026-04-03' },
        { title: 'Shop', amount: 50_000, status: 'asked', askedAt: '2026-05-01' },
      ],
      // done 600 of 600 + 900 in scope (the dropped 300 leaves scope): 40 %
      scopeItems: [
        { title: 'Design', estimateMinutes: 600, status: 'done' },
        { title: 'Build', estimateMinutes: 900, status: 'in_scope' },
        { title: 'Video', estimateMinutes: 300, status: 'dropped' },
      ],
    });
    expect(fixedFeeMinor(fixed)).toBe(1_200_000);
    const totals = { minutes: 6_000, costMinor: 300_000, expensesMinor: 20_000 };
    const result = projectProfitability({ project: fixed, currency: EUR, homeCurrency: EUR, totals, invoices: [] });
    // 1200000 × 600 / 1500 = 480000
    expect(result.revenue).toEqual({ kind: 'fee', minor: 480_000, feeMinor: 1_200_000, complete: { num: 600, den: 1_500 } });
    // 480000 − 300000 − 20000 = 160000; 160000 / 480000 = 33.33 % → 3333 bp; 480000 × 60 / 6000 = 4800
    expect(result.margin).toEqual({ kind: 'known', minor: 160_000 });
    expect(result.marginBasisPoints).toBe(3_333);
    expect(result.effectiveRateMinor).toBe(4_800);
    expect(revenueBasisWords(result.revenue, 'en')).toBe('The fee × 40% complete');
  });

  it('fixed fee without % complete or without a fee: cost shown, revenue and margin unknown with the reason', () => {
    const totals = { minutes: 120, costMinor: 7_000, expensesMinor: 0 };
    const noScope = projectProfitability({
      project: project({ billing: 'fixed_fee', budgetAmount: 500_000 }),
      currency: EUR,
      homeCurrency: EUR,
      totals,
      invoices: [],
    });
    expect(noScope).toMatchObject({
      revenue: { kind: 'unknown', why: 'no-percent-complete' },
      revenueMinor: null,
      costMinor: 7_000,
      margin: { kind: 'unknown', why: 'revenue-unknown' },
      marginBasisPoints: null,
      effectiveRateMinor: null,
    });
    expect(revenueBasisWords(noScope.revenue)).toBe('Unknown until % complete is known (scope items or milestones)');
    const noFee = projectProfitability({
      project: project({ billing: 'fixed_fee' }),
      currency: EUR,
      homeCurrency: EUR,
      totals,
      invoices: [],
    });
    expect(noFee.revenue).toEqual({ kind: 'unknown', why: 'no-fee' });
  });

  it('a project billed in another currency shows cost but no margin, and says why', () => {
    const retainer = project({ billing: 'retainer', retainer: { allowanceMinutesPerMonth: 1_200 } });
    const sent = invoice('sent', [{ unit: 'hours', quantity: 1_200, unitPrice: 4_500, projectId: 'p1' }]);
    const result = projectProfitability({
      project: retainer,
      currency: USD,
      homeCurrency: EUR,
      totals: { minutes: 1_200, costMinor: 30_000, expensesMinor: 0 },
      invoices: [sent],
    });
    // revenue 20 h × 45.00 = 90000 (USD); rate 90000 × 60 / 1200 = 4500; cost 30000 (EUR) cannot be taken from it
    expect(result).toMatchObject({
      revenueMinor: 90_000,
      costMinor: 30_000,
      margin: { kind: 'unknown', why: 'other-currency' },
      marginBasisPoints: null,
      effectiveRateMinor: 4_500,
    });
    expect(marginUnknownWords('other-currency', USD, EUR)).toBe('Billed in USD; cost rates are in EUR, so there is no margin');
  });

  it('non-billable: no revenue, the margin is the cost taken away, no margin % or effective rate', () => {
    const result = projectProfitability({
      project: project({ billing: 'non_billable' }),
      currency: EUR,
      homeCurrency: EUR,
      totals: { minutes: 300, costMinor: 12_000, expensesMinor: 0 },
      invoices: [invoice('sent', [{ unitPrice: 1_000, projectId: 'p1' }])],
    });
    expect(result).toMatchObject({
      revenue: { kind: 'none' },
      revenueMinor: 0,
      margin: { kind: 'known', minor: -12_000 },
      marginBasisPoints: null,
      effectiveRateMinor: null,
    });
  });
});

describe('clientProfitability', () => {
  it('sums the projects with a known revenue and counts the ones left out', () => {
    const f = (revenueMinor: number | null, costMinor: number, expensesMinor: number, minutes: number) =>
      projectProfitability({
        project:
          revenueMinor === null
            ? project({ billing: 'fixed_fee', budgetAmount: 1 })
            : revenueMinor === 0
              ? project({ billing: 'non_billable' })
              : project({}),
        currency: EUR,
        homeCurrency: EUR,
        totals: { minutes, costMinor, expensesMinor },
        invoices: revenueMinor ? [invoice('sent', [{ unitPrice: revenueMinor, projectId: 'p1' }])] : [],
      });
    const client = clientProfitability(EUR, EUR, [
      f(135_000, 65_000, 5_000, 900),
      f(480_000, 300_000, 20_000, 6_000),
      f(null, 7_000, 0, 120),
      f(0, 12_000, 0, 300),
    ]);
    expect(client).toEqual({
      currency: EUR,
      homeCurrency: EUR,
      // 135000 + 480000 + 0; the unknown one (7000 cost, 120 min) left out whole
      revenueMinor: 615_000,
      costMinor: 377_000, // 65000 + 300000 + 12000
      expensesMinor: 25_000,
      minutes: 7_200,
      leftOut: 1,
      // 615000 − 377000 − 25000 = 213000; 213000 / 615000 = 34.634 % → 3463 bp; 615000 × 60 / 7200 = 5125
      margin: { kind: 'known', minor: 213_000 },
      marginBasisPoints: 3_463,
      effectiveRateMinor: 5_125,
    });
    expect(clientProfitability(USD, EUR, []).margin).toEqual({ kind: 'unknown', why: 'other-currency' });
  });
});
