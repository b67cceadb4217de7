import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation } from 'wouter';
import { activeSprint } from '../../db/delivery-queries';
import { liveProducts } from '../../db/queries';
import { liveSavedViews } from '../../db/saved-view-queries';
import { startRitualRun } from '../../db/ritual-commands';
import type { PaletteAction } from '../../domain/search/actions';
import { LANGUAGES, setLanguage, useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { useShortcutsStore } from '../../ui/shortcuts-store';
import { paths } from '../../ui/paths';
import { usePreferences, type ThemeChoice } from '../../ui/preferences';
import { savedViewHref } from '../../ui/saved-view-links';
import { useCommand } from '../../ui/use-command';
import { VIEWS, viewPath } from './palette-targets';

export type ActionGroup = 'actions' | 'views' | 'products' | 'preferences';

export interface RunnableAction extends PaletteAction {
  group: ActionGroup;
  run: () => void | Promise<void>;
}

const THEMES: ThemeChoice[] = ['system', 'light', 'dark'];

/** What the palette can do from here, in the UI language: create, start, go, switch, choose. */
export function usePaletteActions(productId: string | null): RunnableAction[] {
  const { t, language } = useTranslation();
  const [, navigate] = useLocation();
  const runCommand = useCommand();
  const products = useLiveQuery(liveProducts);
  const sprint = useLiveQuery(() => (productId ? activeSprint(productId) : null), [productId]);
  const savedViews = useLiveQuery(() => (productId ? liveSavedViews(productId) : []), [productId]);
  const theme = usePreferences((s) => s.theme);
  const actions: RunnableAction[] = [];

  if (productId) {
    actions.push(
      {
        id: 'new-initiative',
        group: 'actions',
        label: t('palette.actions.newInitiative'),
        run: () => {
          useShortcutsStore.getState().boardRequested('newInitiative');
          navigate(paths.board(productId));
        },
      },
      {
        id: 'new-feedback',
        group: 'actions',
        label: t('palette.actions.newFeedback'),
        keywords: t('palette.actions.feedbackKeywords'),
        run: () => navigate(`${paths.feedback(productId)}?new=1`),
      },
      {
        id: 'start-daily',
        group: 'actions',
        label: sprint ? t('palette.actions.startDailyOf', { sprint: sprint.name }) : t('palette.actions.startDaily'),
        keywords: t('palette.actions.dailyKeywords'),
        run: async () => {
          const result = await runCommand(() => startRitualRun(productId, sprint?.id ?? null, 'daily', language));
          if (!result.ok) return;
          announce(t('palette.actions.dailyStarted'));
          navigate(paths.ritualRun(productId, result.value.id));
        },
      },
    );
  }
  for (const view of VIEWS) {
    const path = viewPath(view, productId);
    if (path) actions.push({ id: `view-${view}`, group: 'views', label: t('palette.actions.goTo', { view: t(`palette.views.${view}`) }), run: () => navigate(path) });
  }
  for (const saved of savedViews ?? []) {
    actions.push({ id: `saved-view-${saved.id}`, group: 'views', label: t('palette.actions.goToSavedView', { name: saved.name }), keywords: t('palette.actions.savedViewKeywords'), run: () => navigate(savedViewHref(saved)) });
  }
  for (const product of products ?? []) {
    if (product.id === productId) continue;
    actions.push({ id: `product-${product.id}`, group: 'products', label: t('palette.actions.switchTo', { product: product.name }), run: () => navigate(paths.board(product.id)) });
  }
  for (const other of LANGUAGES) {
    if (other === language) continue;
    actions.push({
      id: `language-${other}`,
      group: 'preferences',
      label: t('palette.actions.language', { language: t(`languages.${other}`) }),
      keywords: t('header.language'),
      run: () => {
        usePreferences.getState().languageChosen(other);
        void setLanguage(other);
      },
    });
  }
  for (const choice of THEMES) {
    if (choice === theme) continue;
    actions.push({
      id: `theme-${choice}`,
      group: 'preferences',
      label: t('palette.actions.theme', { theme: t(`header.themes.${choice}`) }),
      keywords: t('palette.actions.themeKeywords'),
      run: () => usePreferences.getState().themeChosen(choice),
    });
  }
  return actions;
}
