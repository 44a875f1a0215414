/**
 * Changsha signing (签收), in the unit's words (CS Art.17, 19; docs/rules.md §2 "Lifecycle"): when the unit signed or
 * must sign, and the rule for returns and the handling period. Shown only under a signing policy.
 */
import { View } from '@tarojs/components';
import type { PolicyProfile } from '../../../../../shared/policy/profiles';
import type { StaffMatter } from '../../../../../shared/views';
import { formatTime } from '../../services/format';
import { Row } from './parts';

export default function SigningRule({ matter, policy }: { matter: StaffMatter; policy: PolicyProfile | null }) {
  if (!matter.signing) return null;
  const rule = policy?.signing;
  const signWD = rule?.signWD ?? 1;
  const returnWD = rule?.returnAfterSignWD ?? 2;
  return (
    <>
      <Row name='签收' testId='signing-state'>
        {matter.signing.signedAt ? `已于 ${formatTime(matter.signing.signedAt)} 签收` : `请在 ${formatTime(matter.signing.signBy.at)} 前签收`}
      </Row>
      <View className='sm-note' data-testid='signing-rule'>
        签收规则：转派后 {signWD} 个工作日内签收；签收前后均可申请退回，期限为签收之日（未签收的按签收期限）起 {returnWD}{' '}
        个工作日；办理时限从签收之日起算，逾期签收不增加办理时间；期满既未签收也未申请退回的，视为已签收。
      </View>
    </>
  );
}
