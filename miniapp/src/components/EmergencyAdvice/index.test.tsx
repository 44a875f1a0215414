import { fireEvent, render, screen } from '@testing-library/react';
import { makePhoneCall } from '@tarojs/taro';
import { screenEmergency } from '../../../../shared/screening';
import EmergencyAdvice from '.';

describe('EmergencyAdvice', () => {
  it('puts one call button per number right under a heading said once, and calls on tap', () => {
    const result = screenEmergency('路口两辆电动车撞在一起，有人受伤躺在地上流血')!;
    render(<EmergencyAdvice result={result} renderSubmit={() => <button data-testid='submit-send'>仍要提交到12345</button>} />);
    const panel = screen.getByTestId('screening-emergency');
    expect(panel.textContent!.split('这可能是紧急情况')).toHaveLength(2);
    const buttons = panel.querySelectorAll('button');
    expect(buttons[0].textContent).toBe('立即拨打 急救 120');
    expect(buttons[1].textContent).toBe('立即拨打 交通事故 122');
    expect(panel.textContent).toContain('可能涉及：');
    fireEvent.click(screen.getByTestId('screening-call-122'));
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '122' });
    expect(screen.queryByTestId('submit-send')).toBeNull();
    fireEvent.click(screen.getByTestId('screening-not-emergency'));
    expect(screen.getByTestId('submit-send')).toBeTruthy();
  });
});
