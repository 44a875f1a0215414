/** The reply being reviewed, shown beside the review decision (not hidden under the dialog). */
import { View } from '@tarojs/components';
import { formatTime } from '../services/format';
import type { MatterReply } from '../../../../shared/views';

export default function ReplyUnderReview({ reply }: { reply: MatterReply }) {
  return (
    <View className='sf-review' data-testid='review-reply' role='region' aria-label='待审核的办理结果'>
      <View className='sf-review__title'>待审核的办理结果</View>
      <View className='sf-review__name'>办理过程</View>
      <View className='sf-review__text'>{reply.process}</View>
      <View className='sf-review__name'>办理结果</View>
      <View className='sf-review__text'>{reply.result}</View>
      <View className='sf-review__meta'>
        办理时间 {formatTime(reply.handledAt)} · {reply.contactedRequestor ? '已联系诉求人' : '未联系诉求人'}
      </View>
    </View>
  );
}
