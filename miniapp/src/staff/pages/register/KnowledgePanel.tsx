import { View } from '@tarojs/components';
import Button from '../../../components/Button';
import { type Category } from '../../../../../shared/domain/types';
import { answerable } from '../../../../../shared/domain/guards';
import type { KnowledgeArticle } from '../../../../../shared/views';
import { TABBABLE } from './keyboard';
import { useKnowledgeSuggestions, KNOWLEDGE_MIN_CHARS } from './useKnowledgeSuggestions';
import { SNIPPET_CHARS, CONSULTATION_ONLY_MESSAGE } from './helpers';

export default function KnowledgePanel({
  state,
  contentLength,
  category,
  sending,
  open,
  onToggle,
  onRetry,
  onUse,
}: {
  state: ReturnType<typeof useKnowledgeSuggestions>['state'];
  contentLength: number;
  category: Category | null;
  sending: boolean;
  open: string | null;
  onToggle: (id: string) => void;
  onRetry: () => void;
  onUse: (a: KnowledgeArticle) => void;
}) {
  const items = state.status === 'ready' || state.status === 'loading' ? state.items : [];
  const canAnswer = !!category && answerable(category);
  return (
    <View className='rg-panel' data-testid='reg-kb'>
      <View className='rg-panel__title'>知识库答复</View>
      {state.status === 'idle' ? (
        <View className='rg-panel__hint' data-testid='reg-kb-idle'>
          {contentLength ? `再输入 ${Math.max(KNOWLEDGE_MIN_CHARS - contentLength, 1)} 个字后查找相关答复` : '输入诉求内容后，这里会显示知识库中的相关答复，咨询类可以当场答复来电人。'}
        </View>
      ) : null}
      {state.status === 'loading' ? (
        <View className='rg-panel__hint' data-testid='reg-kb-loading' aria-live='polite'>
          正在查找相关答复…
        </View>
      ) : null}
      {state.status === 'error' ? (
        <View className='rg-notice rg-notice--error' data-testid='reg-kb-error' role='alert'>
          知识库查找失败：{state.message}
          <Button className='rg-small' data-testid='reg-kb-retry' data-kb-press {...TABBABLE} onClick={onRetry}>
            重试
          </Button>
        </View>
      ) : null}
      {state.status === 'ready' && !items.length ? (
        <View className='rg-panel__hint' data-testid='reg-kb-empty'>
          知识库中没有找到相关答复，请登记后转派承办单位。
        </View>
      ) : null}
      {items.length && !canAnswer ? (
        <View className='rg-panel__hint' data-testid='reg-kb-consult-note'>
          {CONSULTATION_ONLY_MESSAGE}
        </View>
      ) : null}
      {items.map((a) => {
        const expanded = open === a.id;
        const long = a.body.length > SNIPPET_CHARS;
        return (
          <View className='rg-kb' key={a.id} data-testid={`reg-kb-item-${a.id}`}>
            <View className='rg-kb__title'>{a.title}</View>
            <View className='rg-kb__body'>{expanded || !long ? a.body : `${a.body.slice(0, SNIPPET_CHARS)}…`}</View>
            <View className='rg-kb__actions'>
              <Button
                className='rg-small rg-small--primary'
                data-testid={`reg-kb-use-${a.id}`}
                data-kb-press
                {...TABBABLE}
                disabled={!canAnswer || sending || undefined}
                onClick={() => onUse(a)}
              >
                用此答复
              </Button>
              {long ? (
                <Button className='rg-small' data-testid={`reg-kb-toggle-${a.id}`} data-kb-press {...TABBABLE} onClick={() => onToggle(a.id)}>
                  {expanded ? '收起' : '展开全文'}
                </Button>
              ) : null}
            </View>
          </View>
        );
      })}
      {items.length ? <View className='rg-panel__hint'>“用此答复”登记本诉求并以这条答复直接办结（一并完成，不会只登记不答复），等待来电人评价。</View> : null}
    </View>
  );
}
