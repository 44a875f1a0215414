import { policyFromEnv } from '../../functions/lib/config';
import { getPolicy, POLICY_NAMES, PROFILES } from './profiles';

describe('policy profiles (docs/rules.md §3)', () => {
  it('defaults to guangzhou and selects by HOTLINE_POLICY', () => {
    expect(policyFromEnv({}).name).toBe('guangzhou');
    expect(policyFromEnv({ HOTLINE_POLICY: 'changsha' }).name).toBe('changsha');
    expect(getPolicy(' Weifang ').name).toBe('weifang');
  });
  it('fails with a clear message for an unknown name', () => {
    expect(() => policyFromEnv({ HOTLINE_POLICY: 'beijing' })).toThrow('Unknown HOTLINE_POLICY "beijing". Use one of: guangzhou, changsha, weifang');
  });
  it('holds the numbers of each regulation', () => {
    expect(POLICY_NAMES.map((n) => [n, PROFILES[n].maxExtensions, PROFILES[n].handlingWD.consultation, PROFILES[n].handlingWD.complaint])).toEqual([
      ['guangzhou', 2, 2, 10], // GZ Art.17–18
      ['changsha', 1, 3, 10], // CS Art.19–20
      ['weifang', 0, 5, 5], // WF Art.20
    ]);
    expect(PROFILES.guangzhou.districts).toHaveLength(11);
    expect(PROFILES.changsha.districts).toHaveLength(9);
    expect(PROFILES.weifang.districts).toHaveLength(12);
    expect(PROFILES.changsha.appealWindowWD).toBe(5); // CS Art.27
  });
});
