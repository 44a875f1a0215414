/** The desktop queue's keyboard shortcuts, always visible in a strip; `?` opens the full list. */
import { View } from '@tarojs/components';
import Press from '../../components/Press';

export const SHORTCUTS: ReadonlyArray<{ keys: string; text: string; short: string }> = [
  { keys: 'J / ↓', text: '下一件', short: '下一件' },
  { keys: 'K / ↑', text: '上一件', short: '上一件' },
  { keys: 'Enter', text: '打开：焦点移到右侧详情', short: '打开' },
  { keys: 'D', text: '转派（输入单位名称，回车选中，再回车确认）', short: '转派' },
  { keys: 'A', text: '签收', short: '签收' },
  { keys: 'R', text: '答复', short: '答复' },
  { keys: 'Esc', text: '取消正在填写的操作，回到队列', short: '返回' },
  { keys: '?', text: '显示或隐藏本说明', short: '说明' },
];

export default function ShortcutHelp({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <View className='sq-keys' data-testid='shortcut-help'>
      <View className='sq-keys__strip' aria-label='键盘快捷键'>
        {SHORTCUTS.slice(0, 7).map((s) => (
          <View className='sq-keys__item' key={s.keys}>
            <View className='sq-key'>{s.keys}</View>
            {s.short}
          </View>
        ))}
        <Press className='sq-keys__more' testId='shortcut-toggle' label='键盘快捷键说明（?）' pressed={open} onPress={onToggle}>
          ? 快捷键说明
        </Press>
      </View>
      {open ? (
        <View className='sq-keys__dialog' role='dialog' aria-label='键盘快捷键' data-testid='shortcut-dialog'>
          {SHORTCUTS.map((s) => (
            <View className='sq-keys__line' key={s.keys}>
              <View className='sq-key'>{s.keys}</View>
              {s.text}
            </View>
          ))}
          <View className='sq-keys__note'>在输入框里打字时，快捷键不起作用；按 Esc 离开输入框。</View>
        </View>
      ) : null}
    </View>
  );
}
