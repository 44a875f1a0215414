import { View } from '@tarojs/components';
import Button from '../../../components/Button';
import { STATUS_LABELS } from '../../../../../shared/domain/labels';
import { openPage, STAFF_ROUTES } from '../../platform/navigation';
import { withQuery } from '../../../platform/navigation';
import { formatTime } from '../../services/format';
import { TABBABLE } from './keyboard';
import { trackingGroups, type Result } from './helpers';

export default function Success({
  result,
  onNext,
}: {
  result: Result;
  onNext: () => void;
}) {
  const { matter } = result;
  return (
    <View className='rg__container'>
      <View className='rg-success' data-testid='reg-success' role='status'>
        <View className='rg-success__title'>登记成功</View>
        <View className='rg-success__label'>受理编号</View>
        <View className='rg-success__no' data-testid='reg-tracking-no'>
          {matter.trackingNo}
        </View>
        <View className='rg-success__groups' data-testid='reg-tracking-groups'>
          分段读：{trackingGroups(matter.trackingNo)}
        </View>
        <View className='rg-script' data-testid='reg-script'>
          请告知来电人：受理编号 {matter.trackingNo}，可凭编号和手机号后4位查询进度
        </View>
        <View className='rg-success__line'>
          来电人使用微信的，还可以在“12345”小程序首页点“认领电话诉求”，输入编号和手机号后4位，之后在“我的诉求”中查看和评价。
        </View>
        <View className='rg-success__line' data-testid='reg-status'>
          当前状态：{matter.statusLabel ?? STATUS_LABELS[matter.status]}
          {matter.deadlines?.dispatchBy
            ? `，请在 ${formatTime(matter.deadlines.dispatchBy.at)} 前转派`
            : matter.deadlines?.rateBy
              ? `，评价期限 ${formatTime(matter.deadlines.rateBy.at)}`
              : ''}
        </View>
        {result.answeredWith ? (
          <View className='rg-notice' data-testid='reg-answered'>
            <View className='rg-notice__strong'>已按知识库条目“{result.answeredWith.title}”直接答复，诉求等待来电人评价。</View>
            <View className='rg-notice__line'>请向来电人读出答复：{result.answeredWith.answer}</View>
            <View className='rg-notice__line'>回访时可在诉求页面录入来电人的评价。</View>
          </View>
        ) : null}
        <View className='rg-success__actions'>
          <Button className='rg-submit' data-testid='reg-continue' data-kb='continue' data-kb-press {...TABBABLE} onClick={onNext}>
            继续登记（Enter）
          </Button>
          <Button
            className='rg-small rg-success__view'
            data-testid='reg-view'
            data-kb-press
            {...TABBABLE}
            onClick={() => void openPage(withQuery(STAFF_ROUTES.matter, { id: matter.id }))}
          >
            查看诉求
          </Button>
        </View>
      </View>
    </View>
  );
}
