/**
 * Open data without personal content (GZ Art.25, CS Art.28, WF Art.7): Open311 publishes category, status, district
 * and dates; what the citizen typed only with their opt-in, and then redacted.
 */
import fc from 'fast-check';
import { publicDescription, toRequest } from '../../functions/stats/open311';
import { getPolicy } from '../../shared/policy';
import { newMatter } from '../fixtures/matters';
import type { Matter } from '../../shared/domain/types';

const policy = getPolicy('guangzhou');
const units = new Map([['u-a', '天河区城市管理和综合执法局']]);
const withText = (content: string, publishConsent?: boolean): Matter => ({
  ...newMatter('2026-11-02 10:00').matter,
  content,
  title: content.slice(0, 10),
  address: `${content.slice(0, 6)}路1号`,
  location: { lat: 23.123456, lng: 113.321456 },
  ...(publishConsent === undefined ? {} : { publishConsent }),
});

describe('Open311 without personal content', () => {
  // Letters no fixed text of the feed uses, so any window of them in the output can only have leaked.
  const secretText = fc.array(fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸qwjkvz'), { minLength: 10, maxLength: 300 }).map((a) => a.join(''));

  it('no free text — content, title, address, location — is published without the opt-in', () => {
    fc.assert(
      fc.property(secretText, fc.constantFrom(undefined, false), (content, consent) => {
        const raw = JSON.stringify(toRequest(withText(content, consent), units, policy));
        for (let i = 0; i + 4 <= content.length; i++) expect(raw).not.toContain(content.slice(i, i + 4));
        expect(raw).not.toContain('23.12');
      }),
      { numRuns: 300 },
    );
  });
  it('only category, status, district, dates and the unit are published', () => {
    const r = toRequest(withText('小区门口的路灯坏了一个多月，晚上很黑，张先生的电话13812345678'), units, policy);
    expect(r).toMatchObject({ service_code: 'complaint', status: 'open', address: '天河区', lat: null, long: null, media_url: null });
    expect(r.description).toBe('投诉类诉求（诉求人未同意公开诉求内容）');
  });
  it('with the opt-in, the description is published after the redaction pass', () => {
    const d = publicDescription({ category: 'complaint', content: '我叫王小明，天河路385号门口路灯坏了，电话020-87654321', publishConsent: true });
    expect(d).toBe('我叫[姓名已隐去]，[地址已隐去]门口路灯坏了，电话[号码已隐去]');
  });
});
