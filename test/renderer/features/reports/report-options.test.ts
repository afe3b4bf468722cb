import { describe, expect, it } from 'vitest';
import { defaultPaper } from '../../../../src/renderer/src/domain/report/report-styles';
import { checkPeriod, defaultPeriod, reportFileName } from '../../../../src/renderer/src/features/reports/report-options';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

describe('report options', () => {
  it('defaults to the 30 days ending today', () => {
    expect(defaultPeriod(toDayKey('2026-03-18'))).toEqual({ from: '2026-02-17', to: '2026-03-18' });
  });

  it('prints on Letter in the US and Canada, A4 elsewhere', () => {
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('fr-CA')).toBe('letter');
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultPaper('de')).toBe('a4');
  });

  it('accepts a period of up to a year, both days included', () => {
    expect(checkPeriod('2026-01-01', '2026-01-01')).toEqual({ period: { from: '2026-01-01', to: '2026-01-01' }, errors: {} });
    expect(checkPeriod('2025-03-19', '2026-03-19').period).not.toBeNull();
    expect(checkPeriod('2025-03-18', '2026-03-19')).toEqual({ period: null, errors: { to: 'A report covers at most a year' } });
  });

  it('explains what is wrong with a period', () => {
    expect(checkPeriod('', '2026-03-18').errors).toEqual({ from: 'Enter the first day of the period' });
    expect(checkPeriod('2026-03-18', '2026-02-30').errors).toEqual({ to: 'Enter the last day of the period' });
    expect(checkPeriod('2026-03-18', '2026-03-17').errors).toEqual({ to: 'The last day must be on or after the first day' });
  });

  it('names the file after the client and the last day, without characters file systems refuse', () => {
    expect(reportFileName('Alder & Finch', toDayKey('2026-03-18'))).toBe('Status report Alder & Finch 2026-03-18.pdf');
    expect(reportFileName('<img src=x onerror=alert(1)>', toDayKey('2026-03-18'))).toBe(
      'Status report img src=x onerror=alert(1) 2026-03-18.pdf',
    );
    expect(reportFileName('a/b\\c:d*e?f"g|h\u0000i\tj', toDayKey('2026-03-18'))).toBe(
      'Status report a b c d e f g h i j 2026-03-18.pdf',
    );
    expect(reportFileName(' / ', toDayKey('2026-03-18'))).toBe('Status report 2026-03-18.pdf');
    expect(reportFileName('x'.repeat(200), toDayKey('2026-03-18'))).toHaveLength(
      'Status report '.length + 80 + ' 2026-03-18.pdf'.length,
    );
  });
});
