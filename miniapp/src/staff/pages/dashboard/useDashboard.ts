/**
 * The dashboard's state: the period (preset or custom range, checked with the backend's schema), the grouping and
 * unit, the units list (centre and admin only), and GET /v1/stats for the current request (a newer request wins).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { shanghaiDay } from '../../../../../shared/calendar/time';
import { ApiError, errorMessage } from '../../../services/api';
import { now as clockNow } from '../../../platform/clock';
import { usePullDownRefresh } from '../../platform/navigation';
import { fetchUnits } from '../../services/api';
import { defaultPeriod, fetchStats, presetRange, validateRange, type PresetKey, type StatsRequest, type StatsResponse } from '../../services/stats';
import type { StaffSession, Unit } from '../../../../../shared/views';

export type LoadState = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; data: StatsResponse };

export function useDashboard(session: StaffSession, onExpired: () => void) {
  const isUnit = session.role === 'unit';
  const today = useMemo(() => shanghaiDay(clockNow()), []);
  const [preset, setPreset] = useState<PresetKey>('thisMonth');
  const [request, setRequest] = useState<StatsRequest>(() => {
    const r = presetRange('thisMonth', today);
    return { ...r, period: defaultPeriod(r.from, r.to), groupBy: 'unit' };
  });
  const [custom, setCustom] = useState({ from: request.from, to: request.to });
  const [customError, setCustomError] = useState<string | null>(null);
  const [units, setUnits] = useState<{ list: Unit[]; error: string | null }>({ list: [], error: null });
  const [state, setState] = useState<LoadState>({ phase: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const latest = useRef(0);
  const requestKey = JSON.stringify(request);

  const load = useCallback(
    async (keep: boolean) => {
      const id = ++latest.current;
      if (!keep) setState({ phase: 'loading' });
      try {
        const data = await fetchStats(session, JSON.parse(requestKey) as StatsRequest);
        if (id === latest.current) setState({ phase: 'ready', data });
      } catch (err) {
        if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') onExpired();
        if (id === latest.current) setState({ phase: 'error', message: errorMessage(err) });
      }
    },
    [session, requestKey, onExpired],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  const loadUnits = useCallback(() => {
    if (isUnit) return; // unit staff are not offered other units
    fetchUnits(session)
      .then((list) => setUnits({ list, error: null }))
      .catch((err) => setUnits({ list: [], error: errorMessage(err) }));
  }, [isUnit, session]);
  useEffect(loadUnits, [loadUnits]);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      await load(true);
    } finally {
      setRefreshing(false);
    }
  }, [load]);
  usePullDownRefresh(refresh);

  const choosePreset = (key: PresetKey) => {
    setPreset(key);
    setCustomError(null);
    if (key === 'custom') {
      setCustom({ from: request.from, to: request.to });
      return;
    }
    const r = presetRange(key, today);
    setRequest((q) => ({ ...q, ...r, period: defaultPeriod(r.from, r.to) }));
  };

  const applyCustom = () => {
    const error = validateRange(custom.from, custom.to);
    setCustomError(error);
    if (error) return;
    const r = { from: custom.from.trim(), to: custom.to.trim() };
    setRequest((q) => ({ ...q, ...r, period: defaultPeriod(r.from, r.to) }));
  };

  const pickUnit = (unitId: string | undefined) => setRequest((q) => ({ ...q, unitId: unitId || undefined }));

  return {
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
  };
}
