/**
 * One of my matters (pages/matter?id=): status in plain words, deadlines (（暂定） when provisional), every step of
 * the timeline with its time (Shanghai) and unit, the unit's reply, and the citizen's actions: supplement, withdraw
 * (before a reply, with confirmation) and the rating, which says what happens next.
 */
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import Button from '../../components/Button';
import { RATING_LABELS } from '../../../../shared/domain/labels';
import { RATING_RESULTS, type RatingResult } from '../../../../shared/domain/types';
import CitizenPage from '../../components/CitizenPage';
import StateBlock from '../../components/StateBlock';
import { useCitizenGate } from '../../hooks/useCitizenGate';
import { useMatterDetail, type ActionResult } from '../../hooks/useMatterDetail';
import { now } from '../../platform/clock';
import { stopPullDownRefresh, useOnPullDownRefresh, useRouteParams } from '../../platform/lifecycle';
import { reLaunch, ROUTES, withQuery, navigateTo } from '../../platform/navigation';
import { showToast } from '../../platform/toast';
import { citizenActions } from '../../services/citizenActions';
import { requestSubscription } from '../../platform/subscribe';
import { SUBSCRIBE_AT } from '../../services/config';
import { countdown } from '../../services/deadlines';
import { formatDateTime, formatDeadline } from '../../services/format';
import { flagBadges, supervisionText } from '../../services/matterText';
import type { CitizenMatter } from '../../../../shared/views';
import { fieldLabel } from '../../components/fieldLabel';
import DeadlineCard from './DeadlineCard';
import Details from './Details';
import Outcome from './Outcome';
import SupplementForm from './SupplementForm';
import Timeline from './Timeline';
import WithdrawPanel from './WithdrawPanel';
import './index.css';


export const REHANDLE_EXPLANATION = '第一次选择不满意，将退回承办单位重新办理一次';
export const SUPERVISION_EXPLANATION = '这件诉求已经重新办理过一次。如果仍然不满意，诉求将办结，并转入督办，由督办部门跟进处理。';

/** What a choice leads to, in plain words. */
export function ratingConsequence(result: RatingResult | null, rehandles: number): string {
  if (result === 'satisfied' || result === 'basically_satisfied') return '提交后，这件诉求将办结。感谢您的评价。';
  if (result === 'unsatisfied') {
    return rehandles === 0
      ? `${REHANDLE_EXPLANATION}，请在下面写明哪里不满意，方便重新办理。`
      : SUPERVISION_EXPLANATION;
  }
  return rehandles === 0 ? `如果选择不满意：${REHANDLE_EXPLANATION}。` : `如果选择不满意：${SUPERVISION_EXPLANATION}`;
}

export default function MatterPage() {
  const params = useRouteParams();
  const id = params.id;
  const allowed = useCitizenGate(withQuery(ROUTES.matter, { id }));
  const { state, reload, act, notice } = useMatterDetail(id, allowed);

  useOnPullDownRefresh(() => {
    void reload().then((err) => {
      stopPullDownRefresh();
      if (err) showToast(err, 'error');
    });
  });

  if (!allowed) {
    return (
      <CitizenPage className='matter'>
        <StateBlock kind='loading' text='请先阅读个人信息保护说明…' />
      </CitizenPage>
    );
  }

  if (state.status === 'loading') {
    return (
      <CitizenPage className='matter'>
        <StateBlock kind='loading' text='正在读取诉求…' />
      </CitizenPage>
    );
  }

  if (state.status === 'error') {
    return (
      <CitizenPage className='matter'>
        {state.notFound ? (
          <StateBlock
            kind='error'
            text='没有找到这件诉求'
            detail={state.message}
            actionText='查看我的诉求'
            onAction={() => void reLaunch(ROUTES.matters)}
          />
        ) : (
          <StateBlock kind='error' text='读取失败' detail={state.message} actionText='重试' onAction={() => void reload()} />
        )}
      </CitizenPage>
    );
  }

  return <MatterView matter={state.matter} act={act} refreshing={state.refreshing} notice={notice} />;
}

function MatterView({
  matter: m,
  act,
  refreshing,
  notice,
}: {
  matter: CitizenMatter;
  act: (action: 'supplement' | 'rating' | 'withdraw', body: Record<string, unknown>) => Promise<ActionResult>;
  refreshing: boolean;
  notice: string | null;
}) {
  const nowMs = now();
  const supervision = supervisionText(m);
  const flags = flagBadges(m);
  const due = countdown(m, nowMs);
  const offered = citizenActions(m);

  return (
    <CitizenPage className='matter'>
      <View className='page-header' data-testid='matter-status'>
        <View className='page-header__title' data-testid='status-label'>
          {m.statusLabel}
        </View>
        <View className='page-header__subtitle' data-testid='status-explanation'>
          {m.statusExplanation}
        </View>
      </View>

      {refreshing ? (
        <View className='notice' data-testid='refreshing'>
          正在刷新…
        </View>
      ) : null}

      {notice ? (
        <View className='notice notice--error' data-testid='action-notice' aria-live='polite'>
          {notice}
        </View>
      ) : null}

      {supervision || flags.length ? (
        <View className='card badges-card'>
          <View className='badges'>
            {supervision ? (
              <Text className='badge badge--alert' data-testid='supervision'>
                {supervision}
              </Text>
            ) : null}
            {flags.map((f) => (
              <Text className='badge' key={f} data-testid='flag'>
                {f}
              </Text>
            ))}
          </View>
        </View>
      ) : null}

      <Outcome m={m} />

      {m.reply ? <ReplyCard m={m} nowMs={nowMs} /> : null}

      {offered.includes('rating') ? <RatingForm m={m} act={act} nowMs={nowMs} /> : null}

      {m.rating ? <RatingCard m={m} nowMs={nowMs} /> : null}

      {m.status !== 'awaiting_rating' ? <DeadlineCard deadlines={m.deadlines} due={due} nowMs={nowMs} /> : null}

      <Timeline m={m} nowMs={nowMs} />

      <Details m={m} nowMs={nowMs} />

      {offered.includes('supplement') ? <SupplementForm act={act} /> : null}

      {offered.includes('withdraw') ? <WithdrawPanel act={act} /> : null}

      <View className='matter__footer'>
        <Button className='btn' data-testid='to-matters' onClick={() => void navigateTo(ROUTES.matters).catch(() => reLaunch(ROUTES.matters))}>
          返回我的诉求
        </Button>
      </View>
    </CitizenPage>
  );
}

function ReplyCard({ m, nowMs }: { m: CitizenMatter; nowMs: number }) {
  const r = m.reply!;
  return (
    <View className='card' data-testid='reply'>
      <View className='card__title'>办理结果</View>
      <Text className='text text--pre' data-testid='reply-result'>
        {r.result}
      </Text>
      <Text className='text text--strong matter__subhead'>办理过程</Text>
      <Text className='text text--pre' data-testid='reply-process'>
        {r.process}
      </Text>
      <Text className='text text--muted'>
        {m.leadUnit?.name ? `${m.leadUnit.name} · ` : ''}办理时间 {formatDateTime(r.handledAt, nowMs)}
      </Text>
      <Text className='text text--muted'>{r.contactedRequestor ? '承办单位已与您联系' : '承办单位未与您电话联系'}</Text>
    </View>
  );
}

function RatingCard({ m, nowMs }: { m: CitizenMatter; nowMs: number }) {
  const r = m.rating!;
  return (
    <View className='card' data-testid='rating'>
      <View className='card__title'>{r.source === 'callback' ? '电话回访评价' : '您的评价'}</View>
      <Text className='text text--strong' data-testid='rating-result'>
        {r.source === 'timeout' ? '评价期限内未评价，按“基本满意”办结' : RATING_LABELS[r.result]}
      </Text>
      {r.comment ? <Text className='text'>{r.comment}</Text> : null}
      <Text className='text text--muted'>{formatDateTime(r.at, nowMs)}</Text>
    </View>
  );
}

function RatingForm({ m, act, nowMs }: { m: CitizenMatter; act: Parameters<typeof MatterView>[0]['act']; nowMs: number }) {
  const [result, setResult] = useState<RatingResult | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const rehandles = m.counts?.rehandles ?? 0;

  const send = async () => {
    if (sending) return;
    setSending(true);
    setError(null);
    // On the tap: news of re-handling or the final result may follow a rating (refusal ignored).
    await requestSubscription(SUBSCRIBE_AT.rating);
    const r = await act('rating', { result: result ?? undefined, comment });
    setSending(false);
    // No toast: the reloaded matter shows the rating, and a toast would lie over the page's next field.
    if (!r.ok) setError(r.fields.result ?? r.fields.comment ?? r.message);
  };

  return (
    <View className='card rating-form' data-testid='rating-form'>
      <View className='card__title'>请评价办理结果</View>
      {m.deadlines?.rateBy ? (
        <Text className='text' data-testid='rating-deadline'>
          请在 {formatDeadline(m.deadlines.rateBy, nowMs)} 前评价，到期没有评价的，按“基本满意”办结。
        </Text>
      ) : null}
      <View className='rating-form__choices'>
        {RATING_RESULTS.map((r) => (
          <Button
            key={r}
            className={`rating-form__choice${result === r ? ' rating-form__choice--selected' : ''}`}
            data-testid={`rate-${r}`}
            aria-pressed={result === r}
            onClick={() => {
              setResult(r);
              setError(null);
            }}
          >
            {result === r ? `✓ ${RATING_LABELS[r]}（已选择）` : RATING_LABELS[r]}
          </Button>
        ))}
      </View>
      <Text className='text rating-form__next' data-testid='rating-consequence' aria-live='polite'>
        {ratingConsequence(result, rehandles)}
      </Text>
      <Text className='field__label rating-form__label'>
        想说的话<Text className='field__tag'>选填</Text>
      </Text>
      <Textarea
        className='field__input rating-form__comment'
        data-testid='rating-comment'
        {...fieldLabel('评价意见')}
        value={comment}
        maxlength={500}
        placeholder={result === 'unsatisfied' ? '请写明哪里不满意' : '可以写下您的意见'}
        onInput={(e) => setComment(e.detail.value)}
      />
      {error ? (
        <Text className='field__error' data-testid='rating-error' aria-live='polite'>
          {error}
        </Text>
      ) : null}
      <Button className='btn btn--primary' data-testid='rating-submit' disabled={sending || undefined} onClick={() => void send()}>
        {sending ? '正在提交…' : '提交评价'}
      </Button>
    </View>
  );
}
