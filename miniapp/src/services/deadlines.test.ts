import { countdown, runningDeadline, timeLeft } from './deadlines';
import { formatDate, formatDateTime, formatDeadline } from './format';
import type { Deadlines, Status } from '../../../shared/views';

const at = (iso: string) => Date.parse(iso);
const none: Deadlines = { dispatchBy: null, checkBy: null, handleBy: null, rateBy: null };
const handle = (iso: string, provisional = false): Deadlines => ({ ...none, handleBy: { at: iso, provisional } });

describe('countdown (working days, Shanghai calendar)', () => {
  it('counts the working days after today up to the deadline day', () => {
    // Mon 16 Nov 2026 → Fri 20 Nov: Tue, Wed, Thu, Fri
    const c = countdown({ status: 'in_progress', deadlines: handle('2026-11-20T23:59:59.999+08:00') }, at('2026-11-16T10:00:00+08:00'));
    expect(c).toMatchObject({ kind: 'handle', remaining: '还剩 4 个工作日', overdue: false });
    expect(c!.text).toBe('办理期限：11月20日，还剩 4 个工作日');
  });

  it('skips weekends', () => {
    // Fri 20 Nov → Tue 24 Nov: Mon, Tue
    const c = countdown({ status: 'in_progress', deadlines: handle('2026-11-24T23:59:59.999+08:00') }, at('2026-11-20T16:00:00+08:00'));
    expect(c!.remaining).toBe('还剩 2 个工作日');
  });

  it('skips official holidays (National Day 2026)', () => {
    // Tue 29 Sep → Fri 9 Oct: 30 Sep, 8 Oct, 9 Oct (1–7 Oct off)
    const c = countdown({ status: 'dispatched', deadlines: handle('2026-10-09T23:59:59.999+08:00') }, at('2026-09-29T10:00:00+08:00'));
    expect(c!.remaining).toBe('还剩 3 个工作日');
  });

  it('uses Shanghai days, not the UTC day (late evening UTC is already tomorrow in Shanghai)', () => {
    // 2026-11-19T17:30Z is Fri 20 Nov 01:30 in Shanghai: the deadline day itself.
    const c = countdown({ status: 'in_progress', deadlines: handle('2026-11-20T23:59:59.999+08:00') }, at('2026-11-19T17:30:00Z'));
    expect(c!.remaining).toBe('今天到期');
  });

  it('says 已超期 after the deadline, and when the backend flags the matter overdue', () => {
    const late = countdown({ status: 'in_progress', deadlines: handle('2026-11-20T23:59:59.999+08:00') }, at('2026-11-21T00:00:01+08:00'));
    expect(late).toMatchObject({ remaining: '已超期', overdue: true, text: '办理期限：11月20日，已超期' });
    const flagged = countdown(
      { status: 'in_progress', overdue: true, deadlines: handle('2026-11-20T23:59:59.999+08:00') },
      at('2026-11-18T10:00:00+08:00'),
    );
    expect(flagged!.remaining).toBe('已超期');
  });

  it('runs the dispatch deadline before dispatch and the rating window (clock hours) after the reply', () => {
    const received = countdown(
      { status: 'received', deadlines: { ...none, dispatchBy: { at: '2026-11-17T23:59:59.999+08:00', provisional: false } } },
      at('2026-11-16T10:00:00+08:00'),
    );
    expect(received!.text).toBe('转交承办单位期限：11月17日，还剩 1 个工作日');

    const rating = countdown(
      { status: 'awaiting_rating', deadlines: { ...none, rateBy: { at: '2026-11-19T10:00:00.000+08:00', provisional: false } } },
      at('2026-11-16T10:00:00+08:00'),
    );
    expect(rating!.text).toBe('评价期限：11月19日 10:00，还剩约 3 天');
    const lastHours = countdown(
      { status: 'awaiting_rating', deadlines: { ...none, rateBy: { at: '2026-11-19T10:00:00.000+08:00', provisional: false } } },
      at('2026-11-19T05:30:00+08:00'),
    );
    expect(lastHours!.remaining).toBe('还剩约 5 小时');
  });

  it('marks deadlines computed from a provisional calendar year', () => {
    const c = countdown({ status: 'in_progress', deadlines: handle('2027-01-08T23:59:59.999+08:00', true) }, at('2026-12-30T10:00:00+08:00'));
    expect(c!.text).toContain('2027年1月8日（暂定）');
  });

  it.each<[Status]>([['reply_review'], ['return_requested'], ['closed'], ['withdrawn'], ['not_accepted'], ['terminated']])('shows no countdown when %s', (status) => {
    expect(runningDeadline({ status, deadlines: handle('2026-11-20T23:59:59.999+08:00') })).toBeNull();
  });
});

describe('timeLeft (the words citizen and staff pages share)', () => {
  // Wednesday 2026-11-18 10:00 Shanghai. 2026 is covered by official calendar data.
  const NOW = at('2026-11-18T10:00:00+08:00');
  const dl = (iso: string) => ({ at: iso, provisional: false });

  it('counts working days, skipping the weekend', () => {
    expect(timeLeft(dl('2026-11-19T23:59:59.999+08:00'), 'handleBy', NOW).text).toBe('还剩 1 个工作日');
    // Fri 20th, Mon 23rd → 3 working days after Wed (Thu, Fri, Mon)
    expect(timeLeft(dl('2026-11-23T23:59:59.999+08:00'), 'checkBy', NOW).text).toBe('还剩 3 个工作日');
  });

  it('says when it is due today and how late it is, in words', () => {
    expect(timeLeft(dl('2026-11-18T23:59:59.999+08:00'), 'handleBy', NOW)).toEqual({ overdue: false, text: '今天到期' });
    expect(timeLeft(dl('2026-11-17T23:59:59.999+08:00'), 'handleBy', NOW)).toEqual({ overdue: true, text: '已超期 1 个工作日' });
    expect(timeLeft(dl('2026-11-18T09:00:00.000+08:00'), 'dispatchBy', NOW)).toEqual({ overdue: true, text: '已超期' });
    expect(timeLeft(dl('2026-11-20T23:59:59.999+08:00'), 'handleBy', NOW, { late: true })).toEqual({ overdue: true, text: '已超期' });
  });

  it('counts clock hours for the 72-hour rating window', () => {
    expect(timeLeft(dl('2026-11-20T10:00:00.000+08:00'), 'rateBy', NOW).text).toBe('还剩约 2 天');
    expect(timeLeft(dl('2026-11-18T15:00:00.000+08:00'), 'rateBy', NOW).text).toBe('还剩约 5 小时');
    expect(timeLeft(dl('2026-11-18T09:00:00.000+08:00'), 'rateBy', NOW)).toEqual({ overdue: true, text: '评价期限已过' });
  });
});

describe('format (Asia/Shanghai)', () => {
  it('formats instants in Shanghai time whatever their offset', () => {
    expect(formatDateTime('2026-11-02T02:00:00Z')).toBe('11月2日 10:00');
    expect(formatDateTime('2026-11-02T10:05:00.000+08:00')).toBe('11月2日 10:05');
    expect(formatDate('2026-11-20T23:59:59.999+08:00')).toBe('11月20日');
  });

  it('adds the year only when it is not the current one', () => {
    const now = at('2026-11-16T10:00:00+08:00');
    expect(formatDateTime('2025-12-31T20:00:00+08:00', now)).toBe('2025年12月31日 20:00');
    expect(formatDateTime('2026-01-02T08:00:00+08:00', now)).toBe('1月2日 08:00');
  });

  it('writes end-of-day deadlines as the day and marks provisional ones', () => {
    expect(formatDeadline({ at: '2026-11-20T23:59:59.999+08:00', provisional: false })).toBe('11月20日');
    expect(formatDeadline({ at: '2026-11-20T23:59:59.999+08:00', provisional: true })).toBe('11月20日（暂定）');
    expect(formatDeadline({ at: '2026-11-19T10:00:00.000+08:00', provisional: false })).toBe('11月19日 10:00');
  });

  it('returns empty text for garbage instead of throwing', () => {
    expect(formatDateTime('not a date')).toBe('');
  });
});
