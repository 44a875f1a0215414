/**
 * 按时办结率 and 满意率 as a line chart: hand-made SVG shown through <Image> (a data URI), the same in Taro H5 and
 * the mini-program. Why not a chart library: those that run in both (ECharts for WeChat, AntV F2) draw on a canvas,
 * weigh 200 KB–1 MB in the staff subpackage, and a canvas says nothing to a screen reader; two lines of at most ~31
 * points are a few dozen lines of SVG. The figures themselves stay written out below the chart (Trend).
 */
import { Image, View } from '@tarojs/components';
import { BRAND_COLOR } from '../../../../styles/brand';
import { bucketLabel, formatRate, type Bucket, type Period, type StatsSeries } from '../../../services/stats';

const W = 600;
const H = 200;
const PAD = { left: 36, right: 12, top: 12, bottom: 20 };

export const LINES = [
  { key: 'onTimeCompletionRate', label: '按时办结率', color: BRAND_COLOR, dash: '' },
  { key: 'satisfactionRate', label: '满意率', color: '#0f5a2a', dash: '6 4' },
] as const;

/** The chart's SVG (ASCII only, so the data URI needs no charset tricks); null values break the line. */
export function trendSvg(series: StatsSeries, buckets: readonly Bucket[]): string {
  const n = buckets.length;
  const x = (i: number) => PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (r: number) => PAD.top + (1 - r) * (H - PAD.top - PAD.bottom);
  const grid = [0, 0.5, 1]
    .map((r) => `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(r)}" y2="${y(r)}" stroke="#c9d3df" stroke-width="1"/><text x="${PAD.left - 4}" y="${y(r) + 4}" font-size="11" text-anchor="end" fill="#4a5561">${r * 100}%</text>`)
    .join('');
  const lines = LINES.map((l) => {
    const pts = buckets.map((_, i) => series.buckets[i]?.kpis[l.key] ?? null);
    let d = '';
    let pen = false;
    pts.forEach((v, i) => {
      if (v === null || v === undefined) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    const dots = pts.map((v, i) => (v === null || v === undefined ? '' : `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${l.color}"/>`)).join('');
    return `<path d="${d}" fill="none" stroke="${l.color}" stroke-width="2" stroke-dasharray="${l.dash}"/>${dots}`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">${grid}${lines}</svg>`;
}

export default function TrendChart({ series, buckets, period, testId }: { series: StatsSeries; buckets: Bucket[]; period: Period; testId: string }) {
  const latest = [...buckets.keys()].reverse().find((i) => series.buckets[i]?.kpis.onTimeCompletionRate != null);
  const summary =
    latest === undefined
      ? '走势图：这段时间没有可计算的比率'
      : `走势图：${bucketLabel(buckets[latest], period)} 按时办结率 ${formatRate(series.buckets[latest].kpis.onTimeCompletionRate)}，满意率 ${formatRate(series.buckets[latest].kpis.satisfactionRate)}；各期数字见下表`;
  return (
    <View className='sd-chart' data-testid={testId}>
      <View role='img' aria-label={summary} data-testid={`${testId}-img`}>
        <Image
          className='sd-chart__svg'
          mode='widthFix'
          src={`data:image/svg+xml,${encodeURIComponent(trendSvg(series, buckets))}`}
          // H5: the <img> inside is named by the wrapper's aria-label (role img), so it is decorative (axe image-alt).
          {...(process.env.TARO_ENV === 'h5' ? { nativeProps: { alt: '' } } : {})}
        />
      </View>
      <View className='sd-chart__axis' aria-hidden='true'>
        <View>{buckets[0] ? bucketLabel(buckets[0], period) : ''}</View>
        <View>{buckets.length > 1 ? bucketLabel(buckets[buckets.length - 1], period) : ''}</View>
      </View>
      <View className='sd-chart__legend'>
        {LINES.map((l) => (
          <View key={l.key} className='sd-chart__key'>
            <View className={`sd-chart__swatch sd-chart__swatch--${l.key}`} />
            {l.label}
            {l.dash ? '（虚线）' : '（实线）'}
          </View>
        ))}
      </View>
    </View>
  );
}
