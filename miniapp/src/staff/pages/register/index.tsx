/**
 * 登记电话诉求 (docs/rules.md §2 "channels", GZ Art.2): a centre operator registers a call on the caller's behalf while still
 * on the line, then reads the tracking number back to the caller.
 *
 * Built for speed with a keyboard (keyboard.ts, useRegisterKeys.ts): the caller's number has focus on arrival; Enter
 * moves to the next field (digits 1–5 pick the category, the district takes its name or its number); Ctrl+Enter
 * (⌘+Enter) registers from anywhere in the form; after registering, Enter on "继续登记" starts the next call with
 * focus back on the number.
 *
 * Beside the form (right column on a desktop window, below on a narrow one):
 * - knowledge-base answers for the content as it is typed; "用此答复" registers the consultation and answers it in
 *   one request (POST /v1/work/matters with `answer`, GZ Art.13(1)): both or neither, so a refused answer leaves
 *   nothing registered and the operator simply corrects and sends again;
 * - open matters at the same address (GZ Art.22), matched here on the open queues (services/register.ts).
 *
 * State and actions live in useRegistration.ts; this file composes the page.
 */
import { View } from '@tarojs/components';
import Button from '../../../components/Button';
import type { StaffSession } from '../../../../../shared/views';
import StateBlock from '../../../components/StateBlock';
import { useStaffSession } from '../../hooks/useStaffSession';
import { backToQueue, replacePage, STAFF_ROUTES, useRouteParams } from '../../platform/navigation';
import { ROLE_LABELS } from '../../services/session';
import DuplicatePanel from './DuplicatePanel';
import { NOT_CENTER_MESSAGE } from './helpers';
import { TABBABLE } from './keyboard';
import KnowledgePanel from './KnowledgePanel';
import RegisterForm from './RegisterForm';
import Success from './Success';
import { useRegisterKeys } from './useRegisterKeys';
import { useRegistration } from './useRegistration';
import './index.css';
import './choices.css';
import './panels.css';

export { CONTENT_MIN, CONTENT_MAX, FIX_FIELDS_MESSAGE, NETWORK_UNSURE_MESSAGE, CONSULTATION_ONLY_MESSAGE, NOT_CENTER_MESSAGE, contentCounter, districtMatches, trackingGroups } from './helpers';

function RegisterView({ session, onExpired }: { session: StaffSession; onExpired: () => void }) {
  const params = useRouteParams();
  const r = useRegistration(session, onExpired);
  useRegisterKeys(r);

  if (r.result) {
    return <Success result={r.result} onNext={r.next} />;
  }

  return (
    <View className='rg__container'>
      <View className='rg__header'>
        <View>
          <View className='rg__title'>登记电话诉求</View>
          <View className='rg__who'>
            {ROLE_LABELS[session.role]}
            {session.username ? ` ${session.username}` : ''} · 来电渠道：电话
          </View>
        </View>
        <Button className='rg__back' data-testid='reg-back' data-kb-press {...TABBABLE} onClick={() => void backToQueue(params.from === 'queue')}>
          ‹ 返回工作队列
        </Button>
      </View>

      <View className='rg__shortcuts' data-testid='reg-shortcuts'>
        快捷键：Enter 到下一项 · 类别按 1–5 · 所在区输入区名或序号后按 Enter · Ctrl+Enter（Mac 用 ⌘+Enter）立即登记
      </View>

      <View className='rg__layout'>
        <RegisterForm r={r} />
        <View className='rg__side'>
          <KnowledgePanel
            state={r.knowledge.state}
            contentLength={r.form.content.trim().length}
            category={r.form.category}
            sending={r.sending}
            open={r.open}
            onToggle={r.toggleOpen}
            onRetry={r.knowledge.retry}
            onUse={(a) => void r.submit(a)}
          />
          <DuplicatePanel
            state={r.openMatters}
            caller={r.callerMatters}
            address={r.form.address}
            duplicates={r.duplicates}
            onRetry={r.reloadOpen}
            onRetryCaller={r.reloadCaller}
          />
        </View>
      </View>
    </View>
  );
}

export default function StaffRegister() {
  const { session, expired, expire } = useStaffSession();
  return (
    <View className='rg' role='main' data-testid='reg-page' data-kb-root='register'>
      {!session ? (
        <View className='rg__container'>
          <StateBlock
            kind='signed-out'
            testId='reg-signed-out'
            text={expired ? '登录已过期，请重新登录' : '请先登录'}
            detail={expired ? '已填写的内容没有登记，重新登录后请再登记一次。' : undefined}
            actionText='去登录' onAction={() => void replacePage(STAFF_ROUTES.login)} actionTestId='reg-login'
          />
        </View>
      ) : session.role !== 'center' ? (
        <View className='rg__container'>
          <StateBlock
            kind='error'
            testId='reg-forbidden'
            text={NOT_CENTER_MESSAGE}
            detail={`您登录的是${ROLE_LABELS[session.role]}账号。来电请由热线话务员登记。`}
            actionText='返回工作队列' onAction={() => void replacePage(STAFF_ROUTES.queue)} actionTestId='reg-forbidden-back'
          />
        </View>
      ) : (
        <RegisterView session={session} onExpired={expire} />
      )}
    </View>
  );
}
