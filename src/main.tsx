import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { firstVisit } from './app/first-visit';
import { watchForNewerTabs } from './app/outdated-tab';
import { initialLanguage, setLanguage } from './i18n/i18n';
import { usePreferences } from './ui/preferences';
import './ui/base.css';
import './features/board/board.css';
import './features/initiative/initiative.css';

const language = initialLanguage(usePreferences.getState().language, navigator.languages);
await setLanguage(language);
void firstVisit(language);
watchForNewerTabs();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Automatic snapshots and the persistent-storage request: nothing of them is due in the first
// minute, so their code loads then, never with the first paint.
setTimeout(() => void import('./features/data/data-safety').then((m) => m.startDataSafety()), 60_000);
