import { queueItem } from '../../__fixtures__/matters';
import { sortRows } from './QueueTable';
import { trendSvg } from '../dashboard/parts/TrendChart';

describe('sortRows (desktop queue columns)', () => {
  const a = queueItem({ id: 'a', trackingNo: 'GZ3', district: '越秀区', supervisionLevel: 0 });
  const b = queueItem({ id: 'b', trackingNo: 'GZ1', district: '天河区', supervisionLevel: 2 });
  const c = queueItem({ id: 'c', trackingNo: 'GZ2', district: '天河区', supervisionLevel: 1 });
  const urgent = [a, b, c];

  it('keeps the urgency order by default and reverses it on the second press', () => {
    expect(sortRows(urgent, { key: 'urgency', dir: 1 }).map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(sortRows(urgent, { key: 'urgency', dir: -1 }).map((m) => m.id)).toEqual(['c', 'b', 'a']);
  });

  it('sorts by a column, ties in urgency order', () => {
    expect(sortRows(urgent, { key: 'trackingNo', dir: 1 }).map((m) => m.id)).toEqual(['b', 'c', 'a']);
    expect(sortRows(urgent, { key: 'trackingNo', dir: -1 }).map((m) => m.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(urgent, { key: 'supervision', dir: 1 }).map((m) => m.id)).toEqual(['b', 'c', 'a']);
    // 天河区 before 越秀区 (pinyin order); b and c tie and keep their urgency order.
    expect(sortRows(urgent, { key: 'district', dir: 1 }).map((m) => m.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('trendSvg (dashboard chart)', () => {
  const kpis = (onTimeCompletionRate: number | null, satisfactionRate: number | null) => ({ kpis: { onTimeCompletionRate, satisfactionRate } });
  it('draws a point per bucket with a value and breaks the line where there is none', () => {
    const series = { buckets: [kpis(0.5, 1), kpis(null, 0.8), kpis(1, null)] } as never;
    const buckets = [{ key: 'a' }, { key: 'b' }, { key: 'c' }] as never;
    const svg = trendSvg(series, buckets);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/[^\x00-\x7f]/); // ASCII only: a plain data URI
    const paths = [...svg.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]);
    expect(paths).toHaveLength(2);
    expect(paths[0].match(/M/g)).toHaveLength(2); // 0.5, gap, 1 → two pieces
    expect(paths[1].match(/M/g)).toHaveLength(1);
    expect(svg.match(/<circle/g)).toHaveLength(4);
  });
});
