import type { Theme } from '../../data/eventSchema.ts';

const PATHS: Record<Theme, string> = {
  // Two opposing arrows: goods going both ways.
  trade: 'M2.5 5.5h10M10 3l2.5 2.5L10 8M13.5 10.5h-10M6 8l-2.5 2.5L6 13',
  // A chip with pins.
  technology:
    'M4.5 4.5h7v7h-7zM6.5 2v2.5M9.5 2v2.5M6.5 11.5V14M9.5 11.5V14M2 6.5h2.5M2 9.5h2.5M11.5 6.5H14M11.5 9.5H14',
  // A speech bubble: talks.
  diplomacy: 'M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z',
};

/** Decorative: the theme's name is always written next to it. */
export function ThemeIcon({ theme }: { theme: Theme }) {
  return (
    <svg
      className="theme-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[theme]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
