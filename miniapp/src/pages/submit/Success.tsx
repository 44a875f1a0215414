/** After submitting (the tracking number and what happens next), or after an answer resolved the question. */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '../../components/Button';
import CitizenPage from '../../components/CitizenPage';
import { copyText } from '../../platform/clipboard';
import { now } from '../../platform/clock';
import { redirectTo, reLaunch, ROUTES, withQuery } from '../../platform/navigation';
import { formatDeadline } from '../../services/format';
import { CATEGORY_LABELS } from '../../../../shared/domain/labels';
import type { CitizenMatter } from '../../../../shared/views';

/**
 * After submitting: the tracking number, then once when the hotline passes the matter on (its dispatch deadline)
 * and roughly when an answer is due (the category's handling limit, counted from the hand-over).
 */
export default function Success({ matter, handlingDays }: { matter: CitizenMatter; handlingDays: number | null }) {
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const copy = async () => {
    const ok = await copyText(matter.trackingNo);
    if (ok) {
      setCopyNote('编号已复制'); // said once, beside the button (no toast over the page)
    } else {
      setCopyNote('复制没有成功，请把编号抄下来');
    }
  };
  return (
    <CitizenPage className='submit'>
      <View className='card success' data-testid='submit-success'>
        <Text className='card__title'>提交成功</Text>
        <Text className='text'>您的受理编号是：</Text>
        <View className='success__number' data-testid='tracking-no'>
          {matter.trackingNo}
        </View>
        <Text className='text text--muted'>请记下这个编号。打 12345 电话查询时，报这个编号就可以。</Text>
        {copyNote ? (
          <Text className='text text--strong' data-testid='copy-note' aria-live='polite'>
            {copyNote}
          </Text>
        ) : null}
        <Button className='btn' data-testid='copy-tracking-no' onClick={() => void copy()}>
          复制编号
        </Button>
        {matter.deadlines?.dispatchBy ? (
          <Text className='text' data-testid='success-dispatch-by'>
            热线将在 {formatDeadline(matter.deadlines.dispatchBy, now())} 前转交负责的部门。
          </Text>
        ) : (
          <Text className='text'>{matter.statusExplanation}</Text>
        )}
        {handlingDays ? (
          <Text className='text' data-testid='success-answer-by'>
            {CATEGORY_LABELS[matter.category]}类诉求，负责的部门一般在转交后 {handlingDays} 个工作日内答复您。
          </Text>
        ) : null}
        <Button
          className='btn btn--primary'
          data-testid='view-progress'
          onClick={() => void redirectTo(withQuery(ROUTES.matter, { id: matter.id }))}
        >
          查看进度
        </Button>
        <Button className='btn' data-testid='success-home' onClick={() => void reLaunch(ROUTES.home)}>
          返回首页
        </Button>
      </View>
    </CitizenPage>
  );
}

export function Resolved() {
  return (
    <CitizenPage className='submit'>
      <View className='card' data-testid='submit-resolved'>
        <Text className='card__title'>很高兴问题已经解决</Text>
        <Text className='text'>您这次没有提交诉求。以后遇到问题，随时可以再来反映，或拨打 12345。</Text>
        <Button className='btn btn--primary' data-testid='resolved-home' onClick={() => void reLaunch(ROUTES.home)}>
          返回首页
        </Button>
      </View>
    </CitizenPage>
  );
}
