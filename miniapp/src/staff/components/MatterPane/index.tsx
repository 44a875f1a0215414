/**
 * One matter with exactly the actions the signed-in role may take now (services/actions.ts, from the shared
 * transition table). Each action opens a form, asks for confirmation, sends If-Match: <version>, then the matter
 * reloads. Used by the matter page (phone layout) and beside the queue in the desktop split pane, where keyboard
 * commands (`command`) open an action and the form sits inside the pane instead of over it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { ApiError, errorMessage } from '../../../services/api';
import type { PolicyProfile } from '../../../../../shared/policy/profiles';
import { now as clockNow } from '../../../platform/clock';
import ActionForm from '../ActionForm';
import Press from '../Press';
import StateBlock from '../../../components/StateBlock';
import type { UnitsState } from '../UnitPicker';
import { usePullDownRefresh } from '../../platform/navigation';
import { ACTION_LABELS, availableActions, noActionReason, primaryAction, type StaffActionType } from '../../services/actions';
import { fetchMatter, fetchPolicy, fetchUnits } from '../../services/api';
import type { StaffMatter, StaffSession } from '../../../../../shared/views';
import { MatterDetails, MatterHead } from './MatterDetails';
import '../../pages/matter/index.css';
import '../../pages/matter/pane.css';

type Load = { phase: 'loading' } | { phase: 'error'; message: string; notFound: boolean } | { phase: 'ready'; matter: StaffMatter };

/** Keyboard letters of the actions the desktop triage offers (shown on the buttons). */
export const ACTION_KEYS: Partial<Record<StaffActionType, string>> = { dispatch: 'D', accept: 'A', reply: 'R' };

export interface MatterCommand {
  action: StaffActionType;
  /** Increases with every key press, so the same command twice opens the form again. */
  seq: number;
}

interface Props {
  id: string;
  session: StaffSession;
  onExpired: () => void;
  refreshKey: number;
  /** Desktop split pane: the form is part of the pane and action keys are shown. */
  desktop?: boolean;
  command?: MatterCommand | null;
  /** An action went through (the queue reloads its rows). */
  onChanged?: (action: StaffActionType) => void;
  /** The not-found state's way back (the phone page returns to the queue). */
  onNotFound?: () => void;
}

export default function MatterView({ id, session, onExpired, refreshKey, desktop, command, onChanged, onNotFound }: Props) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [units, setUnits] = useState<UnitsState>({ state: 'loading' });
  const [policy, setPolicy] = useState<PolicyProfile | null>(null);
  const [action, setAction] = useState<StaffActionType | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(
    async (keep: boolean) => {
      const n = ++latest.current;
      if (!keep) setLoad({ phase: 'loading' });
      try {
        const matter = await fetchMatter(session, id);
        if (n === latest.current) setLoad({ phase: 'ready', matter });
      } catch (err) {
        if (n !== latest.current) return;
        if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') onExpired();
        setLoad({ phase: 'error', message: errorMessage(err), notFound: err instanceof ApiError && err.code === 'NOT_FOUND' });
      }
    },
    [session, id, onExpired],
  );

  const loadUnits = useCallback(() => {
    setUnits({ state: 'loading' });
    fetchUnits(session)
      .then((list) => setUnits({ state: 'ready', units: list }))
      .catch((err) => setUnits({ state: 'error', message: errorMessage(err) }));
  }, [session]);

  useEffect(() => {
    setAction(null);
    setNotice(null);
    void reload(false);
  }, [reload]);

  useEffect(() => {
    loadUnits();
    void fetchPolicy().then(setPolicy);
  }, [loadUnits]);

  // The 刷新 button in the top bar.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setNotice(null);
    void reload(true);
  }, [refreshKey, reload]);

  usePullDownRefresh(() => reload(true));

  const actions = load.phase === 'ready' ? availableActions(load.matter, session, policy) : [];

  // A keyboard command from the queue: open that action's form, or say why it is not on offer.
  const handled = useRef(0);
  useEffect(() => {
    if (!command || command.seq === handled.current || load.phase !== 'ready') return;
    handled.current = command.seq;
    if (actions.includes(command.action)) {
      setNotice(null);
      setAction(command.action);
    } else {
      setNotice(`此诉求现在不能${ACTION_LABELS[command.action]}`);
    }
  }, [command, load.phase, actions]);

  const unitName = useCallback(
    (uid: string) => {
      if (load.phase === 'ready') {
        const m = load.matter;
        if (m.leadUnit?.id === uid) return m.leadUnit.name;
        const co = m.coUnits?.find((u) => u.id === uid);
        if (co) return co.name;
      }
      return (units.state === 'ready' && units.units.find((u) => u.id === uid)?.name) || uid;
    },
    [load, units],
  );

  if (load.phase === 'loading') return <StateBlock kind='loading' testId='matter-loading' text='正在加载诉求…' />;
  if (load.phase === 'error') {
    return (
      <StateBlock
        kind='error'
        testId='matter-error'
        text={load.notFound ? '未找到该诉求' : '诉求加载失败'}
        detail={load.message}
        {...(load.notFound
          ? onNotFound
            ? { actionText: '返回工作队列', onAction: onNotFound, actionTestId: 'matter-back' }
            : {}
          : { actionText: '重试', onAction: () => void reload(false), actionTestId: 'matter-retry' })}
      />
    );
  }

  const matter = load.matter;
  const primary = primaryAction(actions);
  const now = clockNow();

  return (
    <View className={desktop ? 'sm-pane sm-pane--desktop' : 'sm-pane'}>
      <MatterHead matter={matter} />

      {notice ? (
        <View className='sm-notice' role='status' data-testid='matter-notice'>
          {notice}
        </View>
      ) : null}

      <View className='sm-actions' data-testid='matter-actions' data-primary={primary ?? undefined}>
        <View className='sm-actions__title'>可以办理的操作</View>
        {actions.length ? (
          <View className='sm-actions__list'>
            {actions.map((a) => (
              <Press
                key={a}
                className={`sm-action${a === primary ? ' sm-action--primary' : ''}${a === action ? ' sm-action--open' : ''}`}
                testId={`action-${a}`}
                label={desktop && ACTION_KEYS[a] ? `${ACTION_LABELS[a]}（快捷键 ${ACTION_KEYS[a]}）` : undefined}
                onPress={() => {
                  setNotice(null);
                  setAction(a);
                }}
              >
                {ACTION_LABELS[a]}
                {desktop && ACTION_KEYS[a] ? <View className='sm-action__key'>{ACTION_KEYS[a]}</View> : null}
              </Press>
            ))}
          </View>
        ) : (
          <View className='sm-text' data-testid='matter-no-actions'>
            {noActionReason(matter, session)}
          </View>
        )}
      </View>

      {action ? (
        <ActionForm
          key={`${action}-${matter.version}`}
          matter={matter}
          session={session}
          action={action}
          units={units}
          inline={desktop}
          onRetryUnits={loadUnits}
          onClose={() => setAction(null)}
          onDone={(done) => {
            setAction(null);
            // Said once: by the queue beside the pane when there is one, else here.
            if (!onChanged) setNotice(`已${ACTION_LABELS[done]}，诉求已更新`);
            void reload(true);
            onChanged?.(done);
          }}
          onRefresh={() => {
            setAction(null);
            setNotice('已刷新为最新情况，请重新确认后再操作');
            void reload(true);
          }}
        />
      ) : null}

      <MatterDetails matter={matter} session={session} unitName={unitName} now={now} policy={policy} />
    </View>
  );
}
