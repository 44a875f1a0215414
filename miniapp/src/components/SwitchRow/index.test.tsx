import { fireEvent, render, screen } from '@testing-library/react';
import SwitchRow from '.';

describe('SwitchRow', () => {
  it('shows its label, names the switch with the same words and reports the new state', () => {
    const changes: boolean[] = [];
    render(
      <SwitchRow className='row' labelClassName='row__label' testId='input-x' kb='x' label='为我保密' checked={false} onChange={(v) => changes.push(v)} />,
    );
    const control = screen.getByRole('switch', { name: '为我保密' });
    expect(control).toBe(screen.getByTestId('input-x'));
    expect(control.getAttribute('data-kb')).toBe('x');
    expect(control.closest('.row')?.querySelector('.row__label')?.textContent).toBe('为我保密');
    fireEvent.click(control);
    expect(changes).toEqual([true]);
  });
});
