/**
 * Matter workbench (GET /v1/matters/{id}?id=): everything staff need to decide, and exactly the actions the
 * signed-in role may take now (services/actions.ts, from the shared transition table). Each action opens a form,
 * asks for confirmation, sends If-Match: <version>, then the matter reloads.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import { ApiError, errorMessage } from '../../../services/api';
import {
  CATEGORY_LABELS,
  DECLINE_REASON_LABELS,
  EVENT_LABELS,
  RATING_LABELS,
  STATUS_LABELS,
  SUPERVISION_LABELS,
} from '../../../../../shared/domain/labels';
import type { PolicyProfile } from '../../../../../shared/policy/profiles';
import ActionForm from '../../components/ActionForm';
import StateBlock from '../../components/StateBlock';
import { PhotoGrid } from '../../../components/PhotoPicker';
import { previewPhotos } from '../../../platform/photos';
import type { UnitsState } from '../../components/UnitPicker';
import { useStaffSession } from '../../hooks/useStaffSession';
import { now as clockNow } from '../../../platform/clock';
import { backToQueue, replacePage, STAFF_ROUTES, usePullDownRefresh, useRouteParams } from '../../platform/navigation';
import { ACTION_LABELS, availableActions, noActionReason, primaryAction, type StaffActionType } from '../../services/actions';
import { fetchMatter, fetchPolicy, fetchUnits } from '../../services/api';
import { countdown, DEADLINE_KEYS, formatTime } from '../../services/format';
import {
  CHANNEL_LABELS,
  DEADLINE_LABELS,
  PENDING_LABELS,
  RATING_SOURCE_LABELS,
  RESTART_REASON_LABELS,
  REVIEW_DECISION_LABELS,
  ROLE_NAMES,
  SUPERVISION_BADGES,
  TERMINATE_REASON_LABELS,
} from '../../services/labels';
import type { StaffMatter, StaffSession, TimelineEntry } from '../../../../../shared/views';
import './index.css';

type Load = { phase: 'loading' } | { phase: 'error'; message: string; notFound: boolean } | { phase: 'ready'; matter: StaffMatter };

const label = <K extends string>(labels: Readonly<Record<K, string>>, key: unknown): string | undefined =>
  typeof key === 'string' && key in labels ? labels[key as K] : undefined;

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <View className='sm-section' data-testid={testId}>
      <View className='sm-section__title'>{title}</View>
      {children}
    </View>
  );
}

function Row({ name, children, testId }: { name: string; children: ReactNode; testId?: string }) {
  return (
    <View className='sm-row'>
      <View className='sm-row__name'>{name}</View>
      <View className='sm-row__value' data-testid={testId}>
        {children}
      </View>
    </View>
  );
}

/** Who did it, in words: "承办单位：天河区城管局", "热线工作机构", "诉求人", "系统". */
function actorText(e: TimelineEntry): string {
  if (e.actor.role === 'unit') return e.actor.unitName ?? e.actor.unitId ?? ROLE_NAMES.unit;
  return ROLE_NAMES[e.actor.role] ?? e.actor.role;
}

/** The few event data fields worth a line (unit names from the units list when it has loaded). */
export function eventDetails(e: TimelineEntry, unitName: (id: string) => string): string[] {
  const d = e.data ?? {};
  const out: string[] = [];
  const names = (ids: unknown) => (Array.isArray(ids) ? ids.map((id) => unitName(String(id))).join('、') : '');
  if (typeof d.leadUnitId === 'string') out.push(`主办单位：${unitName(d.leadUnitId)}`);
  if (names(d.coUnitIds)) out.push(`协办单位：${names(d.coUnitIds)}`);
  if (e.type === 'declined' && label(DECLINE_REASON_LABELS, d.reason)) out.push(`原因：${label(DECLINE_REASON_LABELS, d.reason)}`);
  if ((e.type === 'terminate_requested' || e.type === 'terminated') && label(TERMINATE_REASON_LABELS, d.reason)) {
    out.push(`原因：${label(TERMINATE_REASON_LABELS, d.reason)}`);
  }
  if (e.type === 'clock_restarted' && label(RESTART_REASON_LABELS, d.reason)) out.push(`原因：${label(RESTART_REASON_LABELS, d.reason)}`);
  if (e.type === 'rated' && label(RATING_LABELS, d.result)) out.push(`评价：${label(RATING_LABELS, d.result)}`);
  if (e.type === 'appeal_decided' && label(REVIEW_DECISION_LABELS, d.decision)) out.push(`结果：${label(REVIEW_DECISION_LABELS, d.decision)}`);
  if (e.type === 'return_requested' && typeof d.basis === 'string') out.push(`依据：${d.basis}`);
  const newDeadline = (d.handleBy ?? d.nextReportBy) as { at?: string } | undefined;
  if (newDeadline && typeof newDeadline === 'object' && typeof newDeadline.at === 'string') {
    out.push(`${e.type === 'long_term' || e.type === 'progress_reported' ? '下次报送期限' : '办理期限'}：${formatTime(newDeadline.at)}`);
  }
  return out;
}

function MatterHead({ matter }: { matter: StaffMatter }) {
  const flags: string[] = [];
  if (matter.overdue) flags.push('已超期');
  if (matter.supervisionLevel > 0) flags.push(`督办级别：${SUPERVISION_BADGES[matter.supervisionLevel]}`);
  if (matter.difficult) flags.push('疑难');
  if (matter.rehandling) flags.push('重办');
  if (matter.longTerm) flags.push('长期办理');
  if (matter.confidential) flags.push('保密');
  return (
    <View className='sm-head'>
      <View className='sm-head__no' data-testid='matter-tracking'>
        {matter.trackingNo}
      </View>
      <View className='sm-head__status' data-testid='matter-status'>
        {matter.statusLabel ?? STATUS_LABELS[matter.status]}
      </View>
      {flags.length ? (
        <View className='sm-head__flags' data-testid='matter-flags'>
          {flags.map((f) => (
            <View className='sm-flag' key={f}>
              {f}
            </View>
          ))}
        </View>
      ) : null}
      {matter.supervisionLevel > 0 ? (
        <View className='sm-head__supervision'>{matter.supervisionLabel ?? SUPERVISION_LABELS[matter.supervisionLevel]}</View>
      ) : null}
    </View>
  );
}

function MatterDetails({ matter, session, unitName, now }: { matter: StaffMatter; session: StaffSession; unitName: (id: string) => string; now: number }) {
  const hideContact = session.role === 'unit' && matter.confidential;
  const deadlines = DEADLINE_KEYS.filter((k) => matter.deadlines?.[k]);

  return (
    <View className='sm-columns'>
      <View className='sm-col'>
        {matter.pending ? (
          <Section title={`待审核：${PENDING_LABELS[matter.pending.kind]}`} testId='matter-pending'>
            <Row name='申请单位'>{unitName(matter.pending.unitId)}</Row>
            <Row name='申请时间'>{formatTime(matter.pending.at)}</Row>
            <Row name={matter.pending.kind === 'appeal' ? '申诉证据' : '理由'} testId='pending-reason'>
              {matter.pending.kind === 'terminate'
                ? label(TERMINATE_REASON_LABELS, matter.pending.reason) ?? matter.pending.reason
                : matter.pending.reason}
            </Row>
            {matter.pending.basis ? (
              <Row name={matter.pending.kind === 'terminate' ? '情况说明' : '依据'} testId='pending-basis'>
                {matter.pending.basis}
              </Row>
            ) : null}
          </Section>
        ) : null}

        <Section title='时限' testId='matter-deadlines'>
          {deadlines.length === 0 ? <View className='sm-text'>没有进行中的时限</View> : null}
          {deadlines.map((k) => {
            const d = matter.deadlines[k]!;
            const c = countdown(d, now, k);
            return (
              <Row key={k} name={DEADLINE_LABELS[k]} testId={`deadline-${k}`}>
                {formatTime(d.at)}
                {d.provisional ? '（暂定）' : ''}
                <View className={`sm-countdown${c.overdue ? ' sm-countdown--overdue' : ''}`}>{c.text}</View>
              </Row>
            );
          })}
          {deadlines.some((k) => matter.deadlines[k]!.provisional) ? (
            <View className='sm-note'>（暂定）：该年度的法定节假日安排尚未公布，期限按暂定日历计算，公布后可能调整。</View>
          ) : null}
        </Section>

        <Section title='诉求内容' testId='matter-content'>
          <Row name='类别'>{CATEGORY_LABELS[matter.category] ?? matter.category}</Row>
          <Row name='所在区'>{matter.district}</Row>
          {matter.address ? <Row name='地址'>{matter.address}</Row> : null}
          {matter.title ? <Row name='标题'>{matter.title}</Row> : null}
          <View className='sm-text'>{matter.content}</View>
          <Row name='渠道'>{CHANNEL_LABELS[matter.channel] ?? matter.channel}</Row>
          <Row name='提交时间'>{formatTime(matter.createdAt)}</Row>
          {matter.photos?.length ? (
            <>
              <Row name='现场照片'>{matter.photos.length} 张（点击查看大图）</Row>
              <PhotoGrid urls={matter.photos.map((p) => p.url)} onOpen={(u) => previewPhotos(matter.photos.map((p) => p.url), u)} />
            </>
          ) : null}
          {matter.repeatOf ? <Row name='重复诉求'>已关联到原诉求</Row> : null}
        </Section>

        <Section title='诉求人联系方式' testId='matter-contact'>
          {hideContact ? (
            <View className='sm-text' data-testid='contact-confidential'>
              诉求人要求保密，承办单位不显示其身份和联系方式
            </View>
          ) : matter.contact ? (
            <>
              {matter.contact.name ? <Row name='姓名'>{matter.contact.name}</Row> : null}
              <Row name='手机号' testId='contact-phone'>
                {matter.contact.phone}
              </Row>
              {matter.confidential ? <View className='sm-note'>诉求人要求保密：请勿向承办单位以外透露身份</View> : null}
            </>
          ) : (
            <View className='sm-text'>没有联系方式</View>
          )}
        </Section>

        <Section title='承办单位' testId='matter-units'>
          <Row name='主办单位' testId='lead-unit'>
            {matter.leadUnit?.name ?? '尚未转派'}
          </Row>
          {matter.coUnits?.length ? <Row name='协办单位'>{matter.coUnits.map((u) => u.name).join('、')}</Row> : null}
          <Row name='计数'>
            延期 {matter.counts.extensions} 次 · 退回 {matter.counts.returns} 次 · 重办 {matter.counts.rehandles} 次
          </Row>
        </Section>


        {matter.reply ? (
          <Section title='办理结果' testId='matter-reply'>
            <Row name='办理过程'>{matter.reply.process}</Row>
            <Row name='办理结果'>{matter.reply.result}</Row>
            <Row name='办理时间'>{formatTime(matter.reply.handledAt)}</Row>
            <Row name='联系诉求人'>{matter.reply.contactedRequestor ? '已联系' : '未联系'}</Row>
            <Row name='提交时间'>{formatTime(matter.reply.at)}</Row>
          </Section>
        ) : null}

        {matter.rating ? (
          <Section title='评价' testId='matter-rating'>
            <Row name='结果'>
              {RATING_LABELS[matter.rating.result]}（{RATING_SOURCE_LABELS[matter.rating.source] ?? matter.rating.source}）
              {matter.rating.excluded ? '，申诉成立，不计入满意率' : ''}
            </Row>
            {matter.rating.comment ? <Row name='评价内容'>{matter.rating.comment}</Row> : null}
            <Row name='评价时间'>{formatTime(matter.rating.at)}</Row>
          </Section>
        ) : null}

        {matter.outcome && (matter.status === 'not_accepted' || matter.status === 'terminated') ? (
          <Section title={matter.status === 'not_accepted' ? '不予受理' : '终止办理'} testId='matter-outcome'>
            {matter.outcome.reason ? (
              <Row name='原因'>
                {label(DECLINE_REASON_LABELS, matter.outcome.reason) ?? label(TERMINATE_REASON_LABELS, matter.outcome.reason) ?? matter.outcome.reason}
              </Row>
            ) : null}
            {matter.outcome.guidance ? <Row name='办理指引'>{matter.outcome.guidance}</Row> : null}
            {matter.outcome.note ? <Row name='说明'>{matter.outcome.note}</Row> : null}
          </Section>
        ) : null}
      </View>
      <View className='sm-col'>
        <Section title='办理记录（最新在前）' testId='matter-timeline'>
          {matter.timeline.length === 0 ? <View className='sm-text'>暂无记录</View> : null}
          {[...matter.timeline].reverse().map((e, i) => (
            <View className='sm-event' key={`${e.version ?? i}-${e.type}`} data-testid='timeline-event'>
              <View className='sm-event__head'>
                <View className='sm-event__type'>{EVENT_LABELS[e.type] ?? e.type}</View>
                <View className='sm-event__at'>{formatTime(e.at)}</View>
              </View>
              <View className='sm-event__actor' data-testid='timeline-actor'>
                {actorText(e)}
              </View>
              {e.note ? <View className='sm-event__note'>{e.note}</View> : null}
              {eventDetails(e, unitName).map((line) => (
                <View className='sm-event__detail' key={line}>
                  {line}
                </View>
              ))}
            </View>
          ))}
        </Section>
      </View>
    </View>
  );
}

function MatterView({ id, session, onExpired, refreshKey }: { id: string; session: StaffSession; onExpired: () => void; refreshKey: number }) {
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
    void reload(false);
    loadUnits();
    void fetchPolicy().then(setPolicy);
  }, [reload, loadUnits]);

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

  if (load.phase === 'loading') return <StateBlock kind='loading' testId='matter-loading' title='正在加载诉求…' />;
  if (load.phase === 'error') {
    return (
      <StateBlock
        kind='error'
        testId='matter-error'
        title={load.notFound ? '未找到该诉求' : '诉求加载失败'}
        detail={load.message}
        action={
          load.notFound
            ? { label: '返回工作队列', onClick: () => void replacePage(STAFF_ROUTES.queue), testId: 'matter-back' }
            : { label: '重试', onClick: () => void reload(false), testId: 'matter-retry' }
        }
      />
    );
  }

  const matter = load.matter;
  const actions = availableActions(matter, session, policy);
  const primary = primaryAction(actions);
  const now = clockNow();

  return (
    <>
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
              <Button
                key={a}
                className={`sm-action${a === primary ? ' sm-action--primary' : ''}`}
                data-testid={`action-${a}`}
                onClick={() => {
                  setNotice(null);
                  setAction(a);
                }}
              >
                {ACTION_LABELS[a]}
              </Button>
            ))}
          </View>
        ) : (
          <View className='sm-text' data-testid='matter-no-actions'>
            {noActionReason(matter, session)}
          </View>
        )}
      </View>

      <MatterDetails matter={matter} session={session} unitName={unitName} now={now} />

      {action ? (
        <ActionForm
          key={`${action}-${matter.version}`}
          matter={matter}
          session={session}
          action={action}
          units={units}
          onRetryUnits={loadUnits}
          onClose={() => setAction(null)}
          onDone={(done) => {
            setAction(null);
            setNotice(`已${ACTION_LABELS[done]}，诉求已更新`);
            void reload(true);
          }}
          onRefresh={() => {
            setAction(null);
            setNotice('已刷新为最新情况，请重新确认后再操作');
            void reload(true);
          }}
        />
      ) : null}
    </>
  );
}

export default function StaffMatterPage() {
  const { session, expired, expire } = useStaffSession();
  const { id, from } = useRouteParams();
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <View className='sm'>
      <View className='sm__container'>
        <View className='sm__bar'>
          <Button className='sm__back' data-testid='matter-back-to-queue' onClick={() => void backToQueue(from === 'queue')}>
            ‹ 返回工作队列
          </Button>
          {session && id ? (
            <Button className='sm-refresh' data-testid='matter-refresh' onClick={() => setRefreshKey((k) => k + 1)}>
              刷新
            </Button>
          ) : null}
        </View>
        {!session ? (
          <StateBlock
            kind='signed-out'
            testId='matter-signed-out'
            title={expired ? '登录已过期，请重新登录' : '请先登录'}
            action={{ label: '去登录', onClick: () => void replacePage(STAFF_ROUTES.login), testId: 'matter-login' }}
          />
        ) : !id ? (
          <StateBlock
            kind='error'
            testId='matter-no-id'
            title='缺少诉求编号'
            detail='请从工作队列打开诉求'
            action={{ label: '返回工作队列', onClick: () => void replacePage(STAFF_ROUTES.queue), testId: 'matter-back' }}
          />
        ) : (
          <MatterView id={id} session={session} onExpired={expire} refreshKey={refreshKey} />
        )}
      </View>
    </View>
  );
}
