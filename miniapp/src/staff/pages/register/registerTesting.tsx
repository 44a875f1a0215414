/**
 * The register page's test harness, shared by index.test.tsx (who may register; the form, keyboard path and
 * registering) and help.test.tsx (refusals, knowledge answers, possible duplicates). Import it FIRST in a test file:
 * its jest.mock calls must run before the page's modules load. Navigation, the policy loader, the register calls and
 * the knowledge search are replaced; the page, its keyboard handling and the shared schemas are real.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { searchKnowledge } from '../../../services/api';
import type { KnowledgeArticle } from '../../../../../shared/views';
import { PROFILES } from '../../../../../shared/policy/profiles';
import { staffMatter } from '../../__fixtures__/matters';
import { loadPolicy } from '../../../services/policy';
import { fetchCallerMatters, fetchOpenMatters, registerPhoneMatter } from '../../services/register';
import { clearSession } from '../../services/session';
import StaffRegister from './index';

jest.mock('../../platform/navigation', () => ({
  ...jest.requireActual('../../platform/navigation'),
  openPage: jest.fn(async () => undefined),
  replacePage: jest.fn(async () => undefined),
  backToQueue: jest.fn(async () => undefined),
  useRouteParams: jest.fn(() => ({ from: 'queue' })),
}));
jest.mock('../../../services/policy', () => ({ ...jest.requireActual('../../../services/policy'), loadPolicy: jest.fn() }));
jest.mock('../../services/register', () => ({
  ...jest.requireActual('../../services/register'),
  registerPhoneMatter: jest.fn(),
  fetchOpenMatters: jest.fn(),
  fetchCallerMatters: jest.fn(),
}));
jest.mock('../../../services/api', () => ({ ...jest.requireActual('../../../services/api'), searchKnowledge: jest.fn() }));

export const mockPolicy = loadPolicy as jest.MockedFunction<typeof loadPolicy>;
export const mockRegister = registerPhoneMatter as jest.MockedFunction<typeof registerPhoneMatter>;
export const mockOpen = fetchOpenMatters as jest.MockedFunction<typeof fetchOpenMatters>;
export const mockCaller = fetchCallerMatters as jest.MockedFunction<typeof fetchCallerMatters>;
export const mockSearch = searchKnowledge as jest.MockedFunction<typeof searchKnowledge>;

export const registered = staffMatter({
  id: 'new1',
  trackingNo: 'GZ2611220007',
  channel: 'phone',
  category: 'complaint',
  district: '天河区',
  contact: { name: '张*', phone: '139****5678' },
});
export const article = (over: Partial<KnowledgeArticle> = {}): KnowledgeArticle => ({
  id: 'k1',
  title: '社保卡丢了怎么补办',
  body: '可以在“穗好办”App 或任一社保卡服务网点挂失并补办，带上身份证即可，补卡当天可取。',
  tags: ['社保卡'],
  score: 6,
  ...over,
});

export const el = (id: string) => screen.getByTestId(id);
export const text = (id: string) => el(id).textContent ?? '';
export const type = (id: string, value: string) => fireEvent.change(el(id), { target: { value } });
export const focused = () => document.activeElement?.getAttribute('data-testid');
export async function key(id: string, k: string, init: Partial<KeyboardEventInit> = {}) {
  await act(async () => {
    fireEvent.keyDown(el(id), { key: k, ...init });
  });
}
export async function renderPage() {
  await act(async () => {
    render(<StaffRegister />);
  });
}
/** Fills a valid complaint with the mouse-free path's values, without the keyboard. */
export function fillValid(over: { category?: string; content?: string } = {}) {
  type('reg-phone', '13912345678');
  type('reg-name', '张先生');
  fireEvent.click(el(`reg-category-${over.category ?? 'complaint'}`));
  type('reg-district', '天河区');
  type('reg-address', '天河路100号');
  type('reg-content', over.content ?? '天河路100号楼下餐馆油烟直排，影响周边居民生活。');
}

beforeEach(() => {
  jest.clearAllMocks();
  clearSession();
  mockPolicy.mockResolvedValue(PROFILES.guangzhou);
  mockOpen.mockResolvedValue([]);
  mockCaller.mockResolvedValue([]);
  mockSearch.mockResolvedValue({ items: [] });
});
