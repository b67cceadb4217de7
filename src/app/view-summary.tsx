import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { filterFromSearch } from '../domain/filter';
import { sortFromSearch } from '../domain/list-sort';
import type { SavedView } from '../domain/saved-views';
import { useTranslation } from '../i18n/i18n';
import { stageName } from '../ui/stage-name';

/** What a saved view shows, in words: board or list, each filter it sets, the list's sort. */
export function ViewSummary({ view }: { view: SavedView }) {
  const { t } = useTranslation();
  const filter = filterFromSearch(view.query);
  const sort = view.view === 'list' ? sortFromSearch(view.query) : null;
  const stage = useLiveQuery(async () => (filter.stageId ? ((await db.stages.get(filter.stageId)) ?? null) : null), [filter.stageId]);
  const parts = [
    filter.text && t('views.summary.text', { text: filter.text }),
    filter.tag && t('views.summary.field', { label: t('filter.tag'), value: filter.tag }),
    filter.owner && t('views.summary.field', { label: t('filter.owner'), value: filter.owner }),
    filter.segment && t('views.summary.field', { label: t('filter.segment'), value: filter.segment }),
    stage && t('views.summary.field', { label: t('filter.stage'), value: stageName(stage, t) }),
    sort && t(sort.desc ? 'views.summary.sortDesc' : 'views.summary.sortAsc', { column: t(`list.headers.${sort.column}`) }),
  ].filter(Boolean);
  return (
    <div className="field__help manage-view__summary">
      <p>{t(view.view === 'list' ? 'views.kindList' : 'views.kindBoard')}</p>
      <p>{parts.length > 0 ? parts.join(' · ') : t('views.summary.none')}</p>
    </div>
  );
}
