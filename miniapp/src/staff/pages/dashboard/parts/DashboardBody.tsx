/** The dashboard's figures for one scope: headline tiles, trend chart and figures, supervision, units, hot spots. */
import { View } from '@tarojs/components';
import { PERIOD_LABELS, type StatsRequest, type StatsResponse } from '../../../services/stats';
import HeatMapSection from './HeatMapSection';
import Headline from './Headline';
import Supervision from './Supervision';
import Trend from './Trend';
import TrendChart from './TrendChart';
import UnitTable from './UnitTable';

export default function Dashboard({ data, request, isUnit, onPickUnit }: { data: StatsResponse; request: StatsRequest; isUnit: boolean; onPickUnit: (id: string) => void }) {
  const picked = request.unitId ? data.series.find((s) => s.unitId === request.unitId) : undefined;
  const scope = isUnit ? data.series[0] : (picked ?? data.city ?? data.series[0]);
  if (!scope) return null;
  const showUnits = !isUnit && !request.unitId && data.series.length > 0;
  const periodWord = PERIOD_LABELS[data.period].replace('按', '每');
  return (
    <View className='sd-grid' data-testid='dash-content'>
      <View className='sd-section sd-grid__wide'>
        <View className='sd-section__title' data-testid='dash-scope'>
          {scope.name}
          {scope.scope === 'parent' ? '（含下级单位）' : ''} · {data.from} 至 {data.to}
        </View>
        <Headline scope={scope} />
        <View className='sd-note'>
          按时办结率 = 按时答复件数 ÷ 答复件数；满意率 = （满意 + 基本满意）÷ 评价件数，超时未评价视为基本满意。分母为 0 时显示“暂无数据”。
        </View>
      </View>
      <View className='sd-section'>
        <View className='sd-section__title'>
          {scope.name}按时办结率与满意率走势（{periodWord}）
        </View>
        <TrendChart series={scope} buckets={data.buckets} period={data.period} testId='dash-chart' />
        <Trend series={scope} buckets={data.buckets} period={data.period} testId='dash-trend' />
      </View>
      <Supervision scope={scope} units={data.series} showUnits={showUnits} />
      {showUnits ? <UnitTable series={data.series} buckets={data.buckets} period={data.period} onPick={onPickUnit} /> : null}
      {data.hotspots && !isUnit ? <HeatMapSection hotspots={data.hotspots} labels={data.labels?.categories ?? {}} /> : null}
    </View>
  );
}
