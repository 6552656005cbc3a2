import { useMemo } from 'react';
import { THEMES } from '../../data/eventConstants.ts';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { countByTheme } from './countByTheme.ts';
import { THEME_LABELS } from '../shared/themeLabels.ts';
import { ThemeIcon } from '../shared/ThemeIcon.tsx';

export function FilterBar() {
  const events = useTimelineStore((s) => s.events);
  const query = useTimelineStore((s) => s.query);
  const active = useTimelineStore((s) => s.themes);
  const toggleTheme = useTimelineStore((s) => s.toggleTheme);
  const showAllThemes = useTimelineStore((s) => s.showAllThemes);
  const counts = useMemo(() => countByTheme(events, query), [events, query]);
  const allOn = active.length === THEMES.length;

  return (
    <div className="filter-bar" role="group" aria-label="Themes">
      {THEMES.map((theme) => {
        const on = active.includes(theme);
        return (
          <button
            key={theme}
            type="button"
            className={`theme-toggle theme-${theme}`}
            aria-pressed={on}
            onClick={() => toggleTheme(theme)}
          >
            <span className="theme-toggle-check" aria-hidden="true">
              {on ? '✓' : ''}
            </span>
            <ThemeIcon theme={theme} />
            <span>{THEME_LABELS[theme]}</span>{' '}
            <span className="count">
              {counts[theme].toLocaleString('en-US')}{' '}
              <span className="visually-hidden">{counts[theme] === 1 ? 'event' : 'events'}</span>
            </span>
          </button>
        );
      })}
      <button
        type="button"
        className="link-button show-all"
        onClick={showAllThemes}
        disabled={allOn}
      >
        Show all themes
      </button>
    </div>
  );
}
