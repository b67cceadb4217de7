import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { isInitiativeTab, tabOrder, type InitiativeTab } from '../../domain/initiative-tabs';
import type { Initiative, Stage } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { Tabs } from '../../ui/tabs';
import { ImportedComments } from './imported-comments';
import { InitiativeForm } from './initiative-form';
import { InitiativeGlance } from './initiative-glance';
import { LaneHistory } from './lane-history';

/** What other features show in the initiative's tabs; the overview adds its part above its summary. The history is this feature's own. */
export type InitiativePanels = Partial<Record<Exclude<InitiativeTab, 'history'>, ReactNode>>;

interface InitiativeSectionsProps {
  initiative: Initiative;
  stages: Stage[];
  /** The tab named in the URL: the overview when absent or unknown. */
  tab: string | undefined;
  panels: InitiativePanels;
}

/** The initiative's sections as tabs, the selected one in the URL so that a link or a reload opens it. */
export function InitiativeSections({ initiative, stages, tab, panels }: InitiativeSectionsProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const selected: InitiativeTab = isInitiativeTab(tab) ? tab : 'overview';
  const panelRef = useRef<HTMLDivElement>(null);
  const focusPanel = useRef(false);
  const stage = stages.find((s) => s.id === initiative.stageId);

  // A link that chose the tab (the next step) leaves the focus on a node that is gone: the panel takes it.
  useEffect(() => {
    if (!focusPanel.current) return;
    focusPanel.current = false;
    panelRef.current?.focus();
  }, [selected]);

  // Replacing the URL: arrowing through tabs should not fill the Back button's history.
  const select = (next: InitiativeTab) => navigate(paths.initiative(initiative.productId, initiative.id, next), { replace: true });
  const label = (id: InitiativeTab) =>
    id === 'strategy' || id === 'discovery' || id === 'delivery' ? t(`lanes.${id}`) : id === 'feedback' ? t('demand.tab') : t(`initiativePage.${id}`);
  const tabs = tabOrder(initiative.lane).map((id) => ({ id, label: label(id) }));

  return (
    <Tabs label={t('initiativePage.tabs')} tabs={tabs} selected={selected} onSelect={select} panelRef={panelRef}>
      {selected === 'overview' ? (
        <div className="initiative__panel">
          <Suspense fallback={null}>{panels.overview}</Suspense>
          <InitiativeGlance
            initiative={initiative}
            stage={stage}
            onGoTo={(next) => {
              focusPanel.current = true;
              select(next);
            }}
          />
          <InitiativeForm initiative={initiative} />
        </div>
      ) : selected === 'history' ? (
        <div className="initiative__panel">
          <LaneHistory initiativeId={initiative.id} stages={stages} />
          {initiative.comments && <ImportedComments comments={initiative.comments} />}
        </div>
      ) : (
        // The other features' panels load when their tab is first opened, without hiding the tabs meanwhile.
        <Suspense fallback={<p className="empty">{t('app.loading')}</p>}>{panels[selected]}</Suspense>
      )}
    </Tabs>
  );
}
