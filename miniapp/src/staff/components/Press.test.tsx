import { fireEvent, render, screen } from '@testing-library/react';
import Press from './Press';

describe('Press (a keyboard-reachable button for the workbench)', () => {
  it('is announced as a button with its name and sits in the Tab order', () => {
    render(
      <Press testId='p' label='转派（快捷键 D）' onPress={() => undefined}>
        转派
      </Press>,
    );
    const el = screen.getByRole('button', { name: '转派（快捷键 D）' });
    expect(el.getAttribute('tabindex')).toBe('0');
  });

  it('Enter and Space activate it; a disabled one does nothing', () => {
    const onPress = jest.fn();
    const { rerender } = render(
      <Press testId='p' onPress={onPress}>
        确认转派
      </Press>,
    );
    const el = screen.getByTestId('p');
    el.focus();
    fireEvent.keyDown(el, { key: 'Enter' });
    fireEvent.keyDown(el, { key: ' ' });
    expect(onPress).toHaveBeenCalledTimes(2);
    rerender(
      <Press testId='p' disabled onPress={onPress}>
        确认转派
      </Press>,
    );
    fireEvent.keyDown(screen.getByTestId('p'), { key: 'Enter' });
    fireEvent.click(screen.getByTestId('p'));
    expect(onPress).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('p').getAttribute('aria-disabled')).toBe('true');
  });
});
