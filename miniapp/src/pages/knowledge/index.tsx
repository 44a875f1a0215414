/**
 * 查找答案: search the knowledge base (GET /v1/knowledge?q=, no sign-in and no personal data, so no consent
 * needed). With an empty search it lists common questions. Tapping an answer opens its full text.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Button from '../../components/Button';
import CitizenPage from '../../components/CitizenPage';
import StateBlock from '../../components/StateBlock';
import { useRouteParams } from '../../platform/lifecycle';
import { navigateTo, ROUTES } from '../../platform/navigation';
import { makePhoneCall } from '../../platform/phone';
import { errorMessage, searchKnowledge } from '../../services/api';
import type { KnowledgeArticle } from '../../../../shared/views';
import { fieldLabel } from '../../components/fieldLabel';
import './index.css';

type SearchState =
  | { status: 'loading'; q: string }
  | { status: 'ready'; q: string; items: KnowledgeArticle[] }
  | { status: 'error'; q: string; message: string };

export default function Knowledge() {
  const params = useRouteParams();
  const [query, setQuery] = useState(params.q ? safeDecode(params.q) : '');
  const [state, setState] = useState<SearchState>({ status: 'loading', q: query });
  const [open, setOpen] = useState<string | null>(null);
  const latest = useRef(0);

  const search = useCallback(async (q: string) => {
    const id = ++latest.current;
    const trimmed = q.trim().slice(0, 200);
    setState({ status: 'loading', q: trimmed });
    setOpen(null);
    try {
      const res = await searchKnowledge(trimmed);
      if (id === latest.current) setState({ status: 'ready', q: trimmed, items: Array.isArray(res?.items) ? res.items : [] });
    } catch (err) {
      if (id === latest.current) setState({ status: 'error', q: trimmed, message: errorMessage(err) });
    }
  }, []);

  useEffect(() => {
    void search(query);
    return () => {
      latest.current = -1;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <CitizenPage
      className='knowledge'
      header={
        <View className='page-header'>
          <View className='page-header__title'>查找答案</View>
          <View className='page-header__subtitle'>输入想问的事，比如“社保卡丢了”“居住证怎么办”。</View>
        </View>
      }
    >
      <View className='card'>
        <Input
          className='field__input knowledge__input'
          data-testid='knowledge-query'
          {...fieldLabel('想问的问题')}
          value={query}
          maxlength={200}
          confirmType='search'
          placeholder='请输入想问的问题'
          onInput={(e) => setQuery(e.detail.value)}
          onConfirm={() => void search(query)}
        />
        <Button
          className='btn btn--primary'
          data-testid='knowledge-search'
          disabled={state.status === 'loading' || undefined}
          onClick={() => void search(query)}
        >
          {state.status === 'loading' ? '正在查找…' : '查找'}
        </Button>
      </View>

      {/*
        The answer region is the last thing on the page, and everything in it arrives in one render: while the search
        runs only the loading line shows, so results (or the empty or error state) replace it without pushing down
        anything that was already painted (layout shift: a slow search used to move the 没有找到答案 card by a whole
        screen in 长辈版, CLS 0.23).
      */}
      {state.status === 'loading' ? <StateBlock kind='loading' text='正在查找…' /> : null}

      {state.status === 'error' ? (
        <StateBlock kind='error' text='查找失败' detail={state.message} actionText='重试' onAction={() => void search(query)} />
      ) : null}

      {state.status === 'ready' && state.items.length === 0 ? (
        <StateBlock
          kind='empty'
          text={state.q ? `没有找到和“${state.q}”有关的答案` : '暂时还没有常见问题'}
          detail='换个说法再找找，或者直接向热线反映。'
        />
      ) : null}

      {state.status === 'ready' && state.items.length > 0 ? (
        <View className='knowledge__list' data-testid='knowledge-results'>
          <Text className='knowledge__count'>
            {state.q ? `找到 ${state.items.length} 条相关解答` : '常见问题'}
          </Text>
          {state.items.map((a) => {
            const expanded = open === a.id;
            return (
              <View className='card knowledge__item' key={a.id} data-testid={`knowledge-${a.id}`}>
                <Text className='card__title'>{a.title}</Text>
                <Text className='text text--pre'>{expanded ? a.body : snippet(a.body)}</Text>
                {a.body.length > SNIPPET_CHARS ? (
                  <Button
                    className='btn btn--link'
                    data-testid={`knowledge-toggle-${a.id}`}
                    aria-expanded={expanded}
                    onClick={() => setOpen(expanded ? null : a.id)}
                  >
                    {expanded ? '收起' : '展开全文'}
                  </Button>
                ) : null}
              </View>
            );
          })}
        </View>
      ) : null}

      {state.status !== 'loading' ? (
        <View className='card' data-testid='knowledge-other-ways'>
          {/* Said once: the empty state already says nothing was found. */}
          {state.status === 'ready' && state.items.length > 0 ? <Text className='text'>没有找到答案？</Text> : null}
          <View className='btn-row'>
            <Button className='btn btn--primary' data-testid='knowledge-submit' onClick={() => void navigateTo(ROUTES.submit)}>
              我要反映
            </Button>
            <Button className='btn' data-testid='knowledge-call' onClick={() => void makePhoneCall('12345')}>
              拨打 12345
            </Button>
          </View>
        </View>
      ) : null}
    </CitizenPage>
  );
}

const SNIPPET_CHARS = 80;

function snippet(body: string): string {
  return body.length > SNIPPET_CHARS ? `${body.slice(0, SNIPPET_CHARS)}…` : body;
}

function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
