import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppearanceToggle } from '../../../src/components/header/AppearanceToggle.tsx';
import { APPEARANCE_KEY } from '../../../src/components/header/useAppearance.ts';

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.appearance;
});

describe('AppearanceToggle', () => {
  it('follows the system (light here) until toggled, then remembers the choice', async () => {
    const { unmount } = render(<AppearanceToggle />);
    const toggle = screen.getByRole('button', { name: 'Dark mode' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement.dataset.appearance).toBeUndefined();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.appearance).toBe('dark');
    expect(localStorage.getItem(APPEARANCE_KEY)).toBe('dark');

    unmount();
    render(<AppearanceToggle />);
    expect(screen.getByRole('button', { name: 'Dark mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dark mode' }));
    expect(document.documentElement.dataset.appearance).toBe('light');
    expect(localStorage.getItem(APPEARANCE_KEY)).toBe('light');
  });
});
