import { render, screen } from '@testing-library/react';
import { PROFILES } from '../../../../../shared/policy/profiles';
import type { StaffMatter } from '../../../../../shared/views';
import SigningRule from './SigningRule';

const matter = (signing: StaffMatter['signing']) => ({ signing }) as StaffMatter;
const signBy = { at: '2026-11-03T23:59:59.999+08:00', provisional: false };

describe('SigningRule (CS Art.17, 19)', () => {
  it('tells an unsigned unit its signing deadline and the rule with the policy’s numbers', () => {
    render(<SigningRule matter={matter({ signBy, signedAt: null })} policy={PROFILES.changsha} />);
    expect(screen.getByTestId('signing-state').textContent).toContain('前签收');
    const rule = screen.getByTestId('signing-rule').textContent ?? '';
    expect(rule).toContain(`${PROFILES.changsha.signing!.signWD} 个工作日内签收`);
    expect(rule).toContain(`${PROFILES.changsha.signing!.returnAfterSignWD} 个工作日`);
    expect(rule).toContain('视为已签收');
  });

  it('says when the unit signed', () => {
    render(<SigningRule matter={matter({ signBy, signedAt: '2026-11-03T09:30:00+08:00' })} policy={PROFILES.changsha} />);
    expect(screen.getByTestId('signing-state').textContent).toContain('已于');
  });

  it('shows nothing under a policy without signing', () => {
    const { container } = render(<SigningRule matter={matter(null)} policy={PROFILES.guangzhou} />);
    expect(container.textContent).toBe('');
  });
});
