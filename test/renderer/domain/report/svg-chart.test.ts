import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/renderer/src/domain/budget/burn-chart';
import { dayAxis, niceStep, valueAxis } from '../../../../src/renderer/src/domain/budget/chart-ticks';
import { renderBarChart } from '../../../../src/renderer/src/domain/report/svg-bars';
import { renderLineChart, segments } from '../../../../src/renderer/src/domain/report/svg-chart';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

// A 100 × 100 chart with the fixed margins (top 16, right 12, bottom 24, left 56): the plot is
// x 56…88 (32 wide) and y 16…76 (60 high).
const BASE = { title: 'Test chart', width: 100, height: 100, xDomain: [0, 4] as const, yMax: 10, xTicks: [], yTicks: [] };

const pathsOf = (svg: string, className: string): string[] =>
  [...svg.matchAll(new RegExp(`<path class="${className}" d="([^"]+)"`, 'g'))].map((match) => match[1] ?? '');

describe('renderLineChart', () => {
  it('maps values onto the plot: x left to right, y bottom to top', () => {
    const svg = String(
      renderLineChart({
        ...BASE,
        series: [
          {
            className: 'line-a',
            points: [
              { x: 0, y: 0 },
              { x: 2, y: 5 },
              { x: 4, y: 10 },
            ],
          },
        ],
      }),
    );
    expect(pathsOf(svg, 'line-a')).toEqual(['M56 76L72 46L88 16']);
  });

  it('draws steps as horizontal then vertical moves, and flat runs as horizontal lines', () => {
    const points = [
      { x: 0, y: 5 },
      { x: 2, y: 5 },
      { x: 4, y: 10 },
    ];
    const svg = String(
      renderLineChart({
        ...BASE,
        series: [
          { className: 'step', points, step: true },
          { className: 'flat', points },
        ],
      }),
    );
    expect(pathsOf(svg, 'step')).toEqual(['M56 46H72V46H88V16']);
    expect(pathsOf(svg, 'flat')).toEqual(['M56 46H72L88 16']);
  });

  it('leaves gaps at missing values and fills an area down to the axis', () => {
    const points = [
      { x: 0, y: 1 },
      { x: 1, y: 2 },
      { x: 2, y: null },
      { x: 3, y: 4 },
      { x: 4, y: 4 },
    ];
    const svg = String(renderLineChart({ ...BASE, series: [{ className: 'spent', points, area: true }] }));
    expect(pathsOf(svg, 'spent')).toEqual(['M56 70L64 64', 'M80 52H88']);
    expect(pathsOf(svg, 'spent-area')).toEqual(['M56 70L64 64V76H56Z', 'M80 52H88V76H80Z']);
  });

  it('clips values above the axis maximum to its top', () => {
    const svg = String(renderLineChart({ ...BASE, series: [{ className: 'high', points: [{ x: 0, y: 50 }] }] }));
    expect(pathsOf(svg, 'high')).toEqual(['M56 16']);
  });

  it('labels ticks and markers as text, escaped, and names the chart', () => {
    const svg = String(
      renderLineChart({
        ...BASE,
        title: 'Burn <chart>',
        yTicks: [{ value: 5, label: '5h' }],
        xTicks: [{ value: 2, label: '<b>Mar</b>' }],
        markers: [{ value: 4, label: 'Today' }],
        series: [],
      }),
    );
    expect(svg).toContain('aria-label="Burn &lt;chart&gt;"><title>Burn &lt;chart&gt;</title>');
    expect(svg).toContain('<text class="chart-tick" x="50" y="49" text-anchor="end">5h</text>');
    expect(svg).toContain('<text class="chart-tick" x="72" y="91" text-anchor="middle">&lt;b&gt;Mar&lt;/b&gt;</text>');
    // a marker at the right edge is labelled inside the plot
    expect(svg).toContain('<text class="chart-marker-label" x="88" y="12" text-anchor="end">Today</text>');
  });
});

describe('segments', () => {
  it('splits at nulls and drops empty runs', () => {
    const identity = (value: number) => value;
    expect(
      segments(
        [
          { x: 1, y: null },
          { x: 2, y: 3 },
          { x: 3, y: null },
          { x: 4, y: null },
          { x: 5, y: 6 },
        ],
        identity,
        identity,
      ),
    ).toEqual([[[2, 3]], [[5, 6]]]);
  });
});

describe('renderBarChart', () => {
  it('draws one bar per value in each group, from the axis up', () => {
    const svg = String(
      renderBarChart({
        ...BASE,
        yTicks: [],
        classNames: ['bar-a', 'bar-b'],
        groups: [
          { label: 'Jan', values: [10, 5] },
          { label: 'Feb', values: [0, 20] },
        ],
      }),
    );
    const bars = [...svg.matchAll(/<rect class="([^"]+)" x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"/g)].map(
      (match) => match.slice(1),
    );
    // groups are 16 wide; bars 16 × 0.7 / 2 = 5.6 wide, starting 16 × 0.15 = 2.4 into the group
    expect(bars).toEqual([
      ['bar-a', '58.4', '16', '4.6', '60'],
      ['bar-b', '64', '46', '4.6', '30'],
      ['bar-a', '74.4', '76', '4.6', '0'],
      ['bar-b', '80', '16', '4.6', '60'],
    ]);
    expect(svg).toContain('>Jan</text>');
  });
});

describe('axis ticks', () => {
  it('picks round steps', () => {
    expect(niceStep(104, 4)).toBe(50);
    expect(niceStep(100, 4)).toBe(25);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0, 4)).toBe(1);
    expect(valueAxis(104)).toEqual([0, 50, 100, 150]);
    expect(valueAxis(100)).toEqual([0, 25, 50, 75, 100]);
    expect(valueAxis(0)).toEqual([0, 1]);
  });

  it('marks month starts over long spans and every few days over short ones', () => {
    expect(dayAxis(toDayKey('2026-01-05'), toDayKey('2026-04-30'))).toEqual(
      ['2026-02-01', '2026-03-01', '2026-04-01'].map((day) => dayNumber(toDayKey(day))),
    );
    expect(dayAxis(toDayKey('2026-03-01'), toDayKey('2026-03-05'))).toEqual(
      [1, 2, 3, 4, 5].map((day) => dayNumber(toDayKey(`2026-03-0${day}`))),
    );
    // 14 days: every other day, 8 of them, thinned to every second: 4
    expect(dayAxis(toDayKey('2026-03-01'), toDayKey('2026-03-15'))).toEqual(
      ['01', '05', '09', '13'].map((day) => dayNumber(toDayKey(`2026-03-${day}`))),
    );
  });
});
