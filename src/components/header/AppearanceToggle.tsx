import { useAppearance } from './useAppearance.ts';

export function AppearanceToggle() {
  const { dark, toggle } = useAppearance();
  return (
    <button
      type="button"
      className="icon-button appearance-toggle"
      aria-pressed={dark}
      onClick={toggle}
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span className="appearance-label">Dark mode</span>
    </button>
  );
}
