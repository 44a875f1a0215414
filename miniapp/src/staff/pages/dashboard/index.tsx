/**
 * 数据统计 (docs/rules.md §6; GZ Art.24, CS Art.36–37, WF Art.27/29): GET /v1/stats as a dashboard.
 *
 * - period: 本周 / 上周 / 本月 / 上月 / 近30天 / 今年 / 自定义, in days, weeks or months;
 * - headline figures of the city (or the chosen unit; unit staff: their own unit): 受理量, 按时办结率, 满意率, 当前超期,
 *   督办次数 and the other assessment rates;
 * - 按时办结率 and 满意率 over time and per unit, as bars drawn with plain Views, each with its number written beside it;
 * - overdue and supervision now (gauges) and in the period (flows);
 * - hot spots (centre and admin): district × category grid, shading plus the count, surges marked “激增” in words.
 *
 * A rate with nothing to assess (denominator 0) is null and reads 暂无数据, never 0%. Unit staff are never offered
 * another unit or grouping: the request always carries their own unit (and the backend refuses anything else).
 */
import { Input, Picker, View } from '@tarojs/components';
import Button from '../../../components/Button';
import StateBlock from '../../../components/StateBlock';
import { useStaffSession } from '../../hooks/useStaffSession';
import { backToQueue, replacePage, STAFF_ROUTES, useRouteParams } from '../../platform/navigation';
import { ROLE_LABELS } from '../../services/session';
import { isEmptyStats, PERIOD_LABELS, PRESETS, type Period } from '../../services/stats';
import type { StaffSession } from '../../../../../shared/views';
import Chips from './parts/Chips';
import DashboardBody from './parts/DashboardBody';
import ExportButtons from './parts/ExportButtons';
import { useDashboard } from './useDashboard';
import './index.css';
import './figures.css';
import './desktop.css';

const PERIODS: readonly Period[] = ['day', 'week', 'month'];

function DashboardView({ session, onExpired }: { session: StaffSession; onExpired: () => void }) {
  const params = useRouteParams();
  const {
    isUnit,
    preset,
    request,
    setRequest,
    custom,
    setCustom,
    customError,
    units,
    loadUnits,
    state,
    refreshing,
    load,
    refresh,
    choosePreset,
    applyCustom,
    pickUnit,
  } = useDashboard(session, onExpired);
  const unitOptions = [{ id: '', name: '全部单位（全市）' }, ...units.list];
  const unitIndex = Math.max(0, unitOptions.findIndex((u) => u.id === (request.unitId ?? '')));
  const pickedName = request.unitId ? (units.list.find((u) => u.id === request.unitId)?.name ?? request.unitId) : null;
  const ownName = isUnit && state.phase === 'ready' ? state.data.series[0]?.name : undefined;

  return (
    <View className='sd__container'>
      <View className='sd__header'>
        <View>
          <View className='sd__title'>数据统计</View>
          <View className='sd__who' data-testid='dash-who'>
            {ROLE_LABELS[session.role]}
            {session.username ? ` ${session.username}` : ''}
            {isUnit ? `（${ownName ?? session.unitId}）` : ''}
          </View>
        </View>
        <View className='sd__header-actions'>
          <Button className='sd-button sd-button--plain' data-testid='dash-back' onClick={() => void backToQueue(params.from === 'queue')}>
            返回工作队列
          </Button>
        </View>
      </View>

      <View className='sd-filters'>
        <Chips testId='dash-preset' label='时间段' options={PRESETS} value={preset} onChange={choosePreset} />
        {preset === 'custom' ? (
          <View className='sd-custom'>
            <View className='sd-custom__field'>
              <View className='sd-chips__label'>开始日期</View>
              <Input
                className='sd-input'
                data-testid='dash-from'
                value={custom.from}
                placeholder='例如 2026-11-01'
                onInput={(e) => setCustom((c) => ({ ...c, from: e.detail.value }))}
              />
            </View>
            <View className='sd-custom__field'>
              <View className='sd-chips__label'>结束日期</View>
              <Input
                className='sd-input'
                data-testid='dash-to'
                value={custom.to}
                placeholder='例如 2026-11-30'
                onInput={(e) => setCustom((c) => ({ ...c, to: e.detail.value }))}
                onConfirm={applyCustom}
              />
            </View>
            <Button className='sd-button' data-testid='dash-custom-apply' onClick={applyCustom}>
              查询
            </Button>
            {customError ? (
              <View className='sd-error' role='alert' data-testid='dash-custom-error'>
                {customError}
              </View>
            ) : null}
          </View>
        ) : null}
        <Chips
          testId='dash-period'
          label='统计粒度'
          options={PERIODS.map((p) => ({ key: p, label: PERIOD_LABELS[p] }))}
          value={request.period}
          onChange={(p) => setRequest((q) => ({ ...q, period: p }))}
        />
        {isUnit ? (
          <View className='sd-chips' data-testid='dash-own-unit'>
            <View className='sd-chips__label'>统计范围</View>
            <View className='sd-scope'>本单位：{ownName ?? session.unitId}</View>
          </View>
        ) : (
          <>
            <Chips
              testId='dash-group'
              label='单位口径'
              options={[
                { key: 'unit', label: '按单位' },
                { key: 'parent', label: '按上级单位汇总' },
              ]}
              value={request.groupBy}
              onChange={(g) => setRequest((q) => ({ ...q, groupBy: g }))}
            />
            <View className='sd-chips' data-testid='dash-unit-filter'>
              <View className='sd-chips__label'>统计范围</View>
              <Picker
                mode='selector'
                range={unitOptions.map((u) => u.name)}
                value={unitIndex}
                data-testid='dash-unit-picker'
                onChange={(e) => pickUnit(unitOptions[Number(e.detail.value)]?.id)}
              >
                <View className='sd-scope sd-scope--picker' data-testid='dash-unit-current'>
                  {pickedName ?? '全市（全部单位）'}
                  <View className='sd-scope__tag'>点击选择单位</View>
                </View>
              </Picker>
              {request.unitId ? (
                <Button className='sd-button sd-button--plain' data-testid='dash-unit-clear' onClick={() => pickUnit(undefined)}>
                  查看全市
                </Button>
              ) : null}
              {units.error ? (
                <View className='sd-error' data-testid='dash-units-error'>
                  单位列表加载失败：{units.error}
                  <Button className='sd-button sd-button--plain' data-testid='dash-units-retry' onClick={loadUnits}>
                    重试
                  </Button>
                </View>
              ) : null}
            </View>
          </>
        )}
      </View>

      <View className='sd-toolbar'>
        <View className='sd-toolbar__info' data-testid='dash-range'>
          {request.from} 至 {request.to}，{PERIOD_LABELS[request.period]}
        </View>
        <Button className='sd-button' data-testid='dash-refresh' disabled={refreshing || state.phase === 'loading' || undefined} onClick={() => void refresh()}>
          {refreshing ? '正在刷新…' : '刷新'}
        </Button>
        <ExportButtons session={session} request={request} />
      </View>

      {state.phase === 'loading' ? (
        <StateBlock kind='loading' testId='dash-loading' text='正在加载统计数据…' />
      ) : state.phase === 'error' ? (
        <StateBlock
          kind='error'
          testId='dash-error'
          text='统计数据加载失败'
          detail={state.message}
          actionText='重试' onAction={() => void load(false)} actionTestId='dash-retry'
        />
      ) : isEmptyStats(state.data) ? (
        <StateBlock
          kind='empty'
          testId='dash-empty'
          text={`${state.data.from} 至 ${state.data.to} 没有统计数据`}
          detail='这段时间没有受理、办理或评价记录，目前也没有超期诉求。可以换一个时间段再看看。'
        />
      ) : (
        <DashboardBody data={state.data} request={request} isUnit={isUnit} onPickUnit={pickUnit} />
      )}
    </View>
  );
}

export default function StaffDashboard() {
  const { session, expired, expire } = useStaffSession();
  return (
    <View className='sd' role='main'>
      {session ? (
        <DashboardView session={session} onExpired={expire} />
      ) : (
        <View className='sd__container'>
          <StateBlock
            kind='signed-out'
            testId='dash-signed-out'
            text={expired ? '登录已过期，请重新登录' : '请先登录'}
            actionText='去登录' onAction={() => void replacePage(STAFF_ROUTES.login)} actionTestId='dash-login'
          />
        </View>
      )}
    </View>
  );
}
