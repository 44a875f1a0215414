/**
 * Type-ahead on the registration page (issue 12): keys pressed while focus is still on its way to a field — the
 * field's native input does not exist yet, focus is on the body — are typed into the field once it has focus.
 */
import { waitFor } from '@testing-library/react';
import { renderHook } from '@testing-library/react';
import { focusField, typeAhead, useKeyboard, type KeyInfo } from './keyboard';

function shownRoot(): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('data-kb-root', 'register');
  // jsdom does no layout: say the page is on screen.
  root.getClientRects = () => [{}] as unknown as DOMRectList;
  document.body.appendChild(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('registration keyboard', () => {
  it('keeps what is typed before the field exists and types it in once focused', async () => {
    const root = shownRoot();
    const seen: KeyInfo[] = [];
    renderHook(() =>
      useKeyboard('register', (k) => {
        seen.push(k);
        return !k.field && !k.press && !k.mod && typeAhead(k.key);
      }),
    );
    (document.activeElement as HTMLElement | null)?.blur();
    focusField('phone'); // the input is not there yet
    for (const key of '1390') document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    expect(seen.map((k) => k.key).join('')).toBe('1390');

    const input = document.createElement('input');
    input.setAttribute('data-kb', 'phone');
    const typed: string[] = [];
    input.addEventListener('input', () => typed.push(input.value));
    root.appendChild(input);

    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(input.value).toBe('1390');
    expect(typed).toEqual(['1390']);
    // Once focus has arrived nothing more is buffered.
    expect(typeAhead('5')).toBe(false);
  });

  it('ignores keys on the body when the page is not on screen', () => {
    const root = document.createElement('div');
    root.setAttribute('data-kb-root', 'register');
    document.body.appendChild(root); // no layout boxes: hidden in the page stack
    const seen: string[] = [];
    renderHook(() => useKeyboard('register', (k) => (seen.push(k.key), true)));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(seen).toEqual([]);
  });
});
