import { actorText, eventDetails, flagBadges, supervisionText } from './matterText';
import { makeMatter } from './testing/fixtures';

describe('supervisionText', () => {
  it('uses the backend label for an overdue, supervised matter', () => {
    expect(supervisionText({ status: 'in_progress', overdue: true, supervisionLevel: 2, supervisionLabel: '已超期，正在督办' })).toBe('已超期，正在督办');
  });

  it('falls back to the shared labels (list rows carry no label)', () => {
    expect(supervisionText({ status: 'in_progress', overdue: true, supervisionLevel: 2 })).toBe('已超期，正在督办');
    expect(supervisionText({ status: 'in_progress', overdue: true, supervisionLevel: 0 })).toBe('已超期');
  });

  it('says 督办中 when supervised without being overdue, and explains supervision after a second unsatisfied rating', () => {
    expect(supervisionText({ status: 'in_progress', overdue: false, supervisionLevel: 1 })).toBe('督办中');
    expect(
      supervisionText({
        status: 'closed',
        overdue: false,
        supervisionLevel: 1,
        supervisionLabel: '已超期，正在催办',
        rating: { result: 'unsatisfied', comment: null, source: 'requestor', at: '2026-11-20T10:00:00+08:00' },
      }),
    ).toBe('您对办理结果不满意，已转入督办');
  });

  it('is null for a matter on time', () => {
    expect(supervisionText({ status: 'in_progress', overdue: false, supervisionLevel: 0 })).toBeNull();
  });
});

describe('flagBadges', () => {
  it('says extensions, re-handling and long-term in words', () => {
    expect(flagBadges({ counts: { extensions: 2, returns: 0, rehandles: 1 }, rehandling: true, longTerm: true })).toEqual([
      '已延期 2 次',
      '重新办理中',
      '长期办理',
    ]);
    expect(flagBadges({ counts: { extensions: 0, returns: 3, rehandles: 0 }, rehandling: false, longTerm: false })).toEqual([]);
  });
});

describe('timeline text', () => {
  const m = makeMatter();

  it('names who acted', () => {
    expect(actorText({ role: 'center' })).toBe('12345热线');
    expect(actorText({ role: 'unit', unitId: 'u', unitName: '海珠区住建局' })).toBe('海珠区住建局');
    expect(actorText({ role: 'citizen' })).toBe('您');
    expect(actorText({ role: 'scheduler' })).toBe('系统');
  });

  it('shows the extension reason and the new deadline (GZ Art.18)', () => {
    const lines = eventDetails(
      {
        type: 'extended',
        at: '2026-11-25T09:00:00+08:00',
        version: 5,
        actor: { role: 'unit', unitId: 'th-city', unitName: '天河区城市管理和综合执法局' },
        note: '需协调供电部门更换线路',
        data: {
          previousHandleBy: { at: '2026-11-30T23:59:59.999+08:00', provisional: false },
          handleBy: { at: '2026-12-14T23:59:59.999+08:00', provisional: false },
          extensions: 1,
        },
      },
      m,
    );
    expect(lines).toEqual(['延期原因：需协调供电部门更换线路', '新的办理期限：12月14日', '原办理期限：11月30日']);
  });

  it('names the unit a matter was dispatched to', () => {
    expect(eventDetails(m.timeline[1], m)).toEqual(['承办单位：天河区城市管理和综合执法局']);
  });

  it('explains a decline with its reason and guidance', () => {
    const lines = eventDetails(
      { type: 'declined', at: '2026-11-16T10:00:00+08:00', version: 2, actor: { role: 'center' }, note: '请向区法院起诉', data: { reason: 'litigation' } },
      m,
    );
    expect(lines).toEqual(['原因：已进入或应通过诉讼、仲裁等法定途径解决', '办理指引：请向区法院起诉']);
  });

  it('shows ratings and time-outs in words', () => {
    expect(
      eventDetails({ type: 'rated', at: '2026-11-20T10:00:00+08:00', version: 8, actor: { role: 'citizen' }, note: '还是没修好', data: { result: 'unsatisfied', source: 'requestor' } }, m),
    ).toEqual(['不满意', '意见：还是没修好']);
    expect(eventDetails({ type: 'closed', at: '2026-11-23T10:00:00+08:00', version: 9, actor: { role: 'scheduler' }, data: { source: 'timeout' } }, m)).toEqual([
      '评价期限内未评价，按“基本满意”办结',
    ]);
  });
});
