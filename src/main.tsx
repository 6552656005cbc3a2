import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { applyAppearance, readStoredAppearance } from './components/header/useAppearance.ts';
import './styles/theme.css';
import './styles/app.css';
import './styles/takeaway.css';
import './styles/print.css';

// Before the first render, so a remembered dark mode does not flash light.
applyAppearance(readStoredAppearance());

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
