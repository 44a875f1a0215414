/** What screening advises before submitting (docs/rules.md §2): call now, another channel, answers that may help, or go ahead. */
import { Text, View } from '@tarojs/components';
import Button from '../../components/Button';
import EmergencyAdvice from '../../components/EmergencyAdvice';
import type { ScreeningResult } from '../../../../shared/views';

export function SubmitButton({ label, submitting, onSubmit }: { label: string; submitting: boolean; onSubmit: () => void }) {
  return (
    <Button className='btn btn--primary' data-testid='submit-send' disabled={submitting || undefined} onClick={onSubmit}>
      {submitting ? '正在提交，请稍候…' : label}
    </Button>
  );
}

export default function ScreeningAdvice({
  result,
  submitting,
  onSubmit,
  onResolved,
  onEdit,
}: {
  result: ScreeningResult;
  submitting: boolean;
  onSubmit: () => void;
  onResolved: () => void;
  onEdit: () => void;
}) {
  switch (result.outcome) {
    case 'emergency':
      return (
        <EmergencyAdvice
          result={result}
          renderSubmit={() => <SubmitButton label='仍要提交到12345' submitting={submitting} onSubmit={onSubmit} />}
        />
      );
    case 'redirect':
      return (
        <View className='screening' data-testid='screening-redirect'>
          <Text className='card__title'>建议通过“{result.channel?.label ?? '其他渠道'}”办理</Text>
          <Text className='text'>{result.channel?.guidance ?? result.message}</Text>
          <Text className='text text--muted'>如果您仍希望12345热线受理，可以继续提交，热线工作人员会再判断。</Text>
          <SubmitButton label='仍要提交' submitting={submitting} onSubmit={onSubmit} />
          <Button className='btn' data-testid='screening-edit' disabled={submitting || undefined} onClick={onEdit}>
            返回修改
          </Button>
        </View>
      );
    case 'knowledge':
      return (
        <View className='screening' data-testid='screening-knowledge'>
          <Text className='card__title'>这些解答也许能帮到您</Text>
          <Text className='text text--muted'>{result.message}</Text>
          {(result.articles ?? []).map((a) => (
            <View className='screening__article' key={a.id} data-testid={`article-${a.id}`}>
              <Text className='text text--strong'>{a.title}</Text>
              <Text className='text'>{a.snippet}</Text>
            </View>
          ))}
          <Button className='btn' data-testid='screening-resolved' disabled={submitting || undefined} onClick={onResolved}>
            已解决，不用提交了
          </Button>
          <SubmitButton label='没有解决，继续提交' submitting={submitting} onSubmit={onSubmit} />
        </View>
      );
    case 'accept':
    default:
      return (
        <View className='screening' data-testid='screening-accept'>
          <Text className='text'>{result.message}</Text>
          <Text className='text text--muted'>提交后，可以在“我的诉求”里查看办理进度。</Text>
          <SubmitButton label='确认提交' submitting={submitting} onSubmit={onSubmit} />
          <Button className='btn' data-testid='screening-edit' disabled={submitting || undefined} onClick={onEdit}>
            返回修改
          </Button>
        </View>
      );
  }
}
