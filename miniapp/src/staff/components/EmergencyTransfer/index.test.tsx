import { render, screen } from '@testing-library/react';
import EmergencyTransfer from '.';

describe('EmergencyTransfer', () => {
  it('says which numbers to transfer a phoned-in emergency to, and why', () => {
    render(<EmergencyTransfer content='来电人说小区里有人打架，拿着刀，已经有人流血' />);
    expect(screen.getByTestId('reg-emergency').textContent).toContain('请立即转接 报警 110、急救 120');
    expect(screen.getByTestId('reg-emergency-reasons').textContent).toContain('持械伤人');
  });

  it('shows nothing for an ordinary matter or a settled one', () => {
    const { container } = render(<EmergencyTransfer content='上个月小区门口出的车祸已经处理完了，想问事故认定书去哪里拿' />);
    expect(container.textContent).toBe('');
  });
});
