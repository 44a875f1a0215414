/**
 * First use: the privacy notice WeChat requires before personal data is collected (what, why, who sees it,
 * confidential reports, how long it is kept). Agreeing stores the consent, signs in and continues to `next`;
 * disagreeing collects nothing and goes back (calls and the knowledge base still work without it).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '../../components/Button';
import CitizenPage from '../../components/CitizenPage';
import { now } from '../../platform/clock';
import { useRouteParams } from '../../platform/lifecycle';
import { goBack, redirectTo, reLaunch, ROUTES } from '../../platform/navigation';
import { makePhoneCall } from '../../platform/phone';
import { errorMessage } from '../../services/api';
import { signIn } from '../../services/citizen';
import { saveConsent } from '../../services/session';
import './index.css';

interface Section {
  title: string;
  lines: string[];
}

export const NOTICE: readonly Section[] = [
  {
    title: '我们收集哪些信息',
    lines: [
      '手机号码：必填，用于承办单位联系您核实情况、告知办理结果。',
      '姓名：选填，方便工作人员称呼您。',
      '位置：选填，只有您在地图上选择位置时才收集，用于找到问题发生的地点。',
      '照片：选填，最多9张，用于说明现场情况；只有您、12345热线工作人员和承办单位能查看，请不要拍摄他人的面部或证件。',
      '您填写的诉求内容，以及微信提供的匿名身份标识（用于让您查看自己的诉求）。',
    ],
  },
  {
    title: '为什么收集',
    lines: ['只用于受理、转办、办理和回访您的诉求，以及统计、考核办理质量。不会用于广告或其他用途。'],
  },
  {
    title: '谁能看到',
    lines: [
      '12345热线工作人员、负责办理的政府部门（承办单位）的工作人员，在办理需要的范围内查看。',
      '工作人员看到的手机号码会部分隐藏（如 138****5678）。',
      '您的手机号码和姓名加密保存。',
      '政务公开数据只公开诉求的类别、所在区、办理状态和日期；只有您提交时选择“同意公开诉求内容”，才会公开去掉姓名、电话、证件号和门牌地址后的诉求内容。',
    ],
  },
  {
    title: '为我保密',
    lines: ['提交时可以选择“为我保密”（例如举报）：承办单位将看不到您的姓名和手机号码，只有12345热线工作人员可以联系您。'],
  },
  {
    title: '保存多久',
    lines: [
      '诉求及办理记录按政务服务档案管理的规定保存，保存期满后删除或匿名化处理。',
      '您可以拨打12345查询、更正您的个人信息。',
    ],
  },
];

/** Only pages of this mini-program may be the target after consenting. */
function safeNext(next: string | undefined): string | null {
  if (!next) return null;
  const decoded = (() => {
    try {
      return decodeURIComponent(next);
    } catch {
      return '';
    }
  })();
  return /^\/pages\/[a-z]+\/index(\?[A-Za-z0-9_=&%-]*)?$/.test(decoded) ? decoded : null;
}

export default function Consent() {
  const params = useRouteParams();
  const next = safeNext(params.next);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'signing' } | { kind: 'error'; message: string } | { kind: 'declined' }>({
    kind: 'idle',
  });

  const agree = async () => {
    if (state.kind === 'signing') return;
    saveConsent(now());
    setState({ kind: 'signing' });
    try {
      await signIn();
      if (next) await redirectTo(next);
      else await reLaunch(ROUTES.home);
    } catch (err) {
      setState({ kind: 'error', message: errorMessage(err) });
    }
  };

  return (
    <CitizenPage className='consent'>
      <View className='page-header'>
        <View className='page-header__title'>个人信息保护说明</View>
        <View className='page-header__subtitle'>请先看一看我们怎样使用您的信息，同意后才能提交和查看诉求。</View>
      </View>

      {NOTICE.map((s) => (
        <View className='card' key={s.title}>
          <View className='card__title'>{s.title}</View>
          {s.lines.map((line) => (
            <Text className='text' key={line}>
              {line}
            </Text>
          ))}
        </View>
      ))}

      {state.kind === 'error' ? (
        <View className='notice notice--error' data-testid='consent-error' aria-live='polite'>
          <Text className='text text--strong'>登录没有成功</Text>
          <Text className='text'>{state.message}</Text>
        </View>
      ) : null}

      {state.kind === 'declined' ? (
        <View className='notice' data-testid='consent-declined' aria-live='polite'>
          <Text className='text'>您没有同意，我们不会收集您的任何信息。</Text>
          <Text className='text'>您仍然可以拨打12345电话反映，或在首页“查找答案”中查看常见问题。</Text>
          <Button className='btn btn--primary' data-testid='consent-call' onClick={() => void makePhoneCall('12345')}>
            拨打 12345
          </Button>
          <Button className='btn' data-testid='consent-home' onClick={() => void goBack()}>
            返回首页
          </Button>
        </View>
      ) : null}

      <View className='card consent__actions'>
        <Button
          className='btn btn--primary'
          data-testid='consent-agree'
          disabled={state.kind === 'signing' || undefined}
          onClick={() => void agree()}
        >
          {state.kind === 'signing' ? '正在登录…' : state.kind === 'error' ? '重新登录' : '同意并继续'}
        </Button>
        {state.kind !== 'declined' ? (
          <Button className='btn' data-testid='consent-disagree' onClick={() => setState({ kind: 'declined' })}>
            不同意
          </Button>
        ) : null}
      </View>
    </CitizenPage>
  );
}
