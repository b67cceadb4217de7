import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { firstVisit } from './app/first-visit';
import { watchForNewerTabs } from './app/outdated-tab';
import { preloadScreenAt } from './app/screens';
import { initialLanguage, setLanguage } from './i18n/i18n';
import { usePreferences } from './ui/preferences';
import './ui/base.css';
import './features/board/board.css';
import './features/initiative/initiative.css';

const language = initialLanguage(usePreferences.getState().language, navigator.languages);
// The screen the app opens on loads with the messages, so that it shows in the first paint rather
// than after a loading notice. Not awaited at the top level: the screen's code imports this entry's
// chunk, which would wait for this module to finish, and this module for the screen. A screen that
// fails to load is the error boundary's to show, as when it is opened later.
void Promise.all([setLanguage(language), preloadScreenAt(window.location.pathname).catch(() => undefined)]).then(() => {
  void firstVisit(language);
  watchForNewerTabs();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

// Automatic snapshots and the persistent-storage request: nothing of them is due in the first
// minute, so their code loads then, never with the first paint.
setTimeout(() => void import('./features/data/data-safety').then((m) => m.startDataSafety()), 60_000);
