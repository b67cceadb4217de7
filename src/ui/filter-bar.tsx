import { useId, useState } from 'react';
import { EMPTY_FILTER, isFilterActive, type BoardFilter } from '../domain/filter';
import type { SavedViewKind } from '../domain/saved-views';
import type { Initiative, Segment, Stage } from '../domain/types';
import { useTranslation } from '../i18n/i18n';
import { SaveViewButton } from './save-view-button';
import { StageSelect } from './stage-select';

interface FilterBarProps {
  filter: BoardFilter;
  stages: readonly Stage[];
  onChange: (filter: BoardFilter) => void;
  /** How many initiatives the filter lets through, of how many. */
  shown: number;
  total: number;
  /** Visits the initiatives the tag and owner suggestions come from. */
  eachInitiative: (visit: (initiative: Pick<Initiative, 'tags' | 'owner'>) => void) => void;
  /** What the form is named and how the count reads, where they differ from the board's. */
  label?: string;
  shownText?: string;
  /** The page the filters are on, which "Save view" saves. */
  saveAs: { productId: string; view: SavedViewKind };
}

/** Suggestions for the tag and owner fields, gathered when the field is focused. */
function useSuggestions(pick: (values: Set<string>) => void) {
  const [options, setOptions] = useState<string[]>([]);
  const refresh = () => {
    const values = new Set<string>();
    pick(values);
    setOptions([...values].sort((a, b) => a.localeCompare(b)).slice(0, 200));
  };
  return [options, refresh] as const;
}

/** Search and filters over the board or the list; every change lands in the URL. */
export function FilterBar({ filter, stages, onChange, shown, total, eachInitiative, label, shownText, saveAs }: FilterBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof BoardFilter>(key: K, value: BoardFilter[K]) => onChange({ ...filter, [key]: value });
  const [tags, refreshTags] = useSuggestions((values) => eachInitiative((c) => c.tags.forEach((tag) => values.add(tag))));
  const [owners, refreshOwners] = useSuggestions((values) => eachInitiative((c) => c.owner && values.add(c.owner)));
  const active = isFilterActive(filter);
  // A phone shows the search alone until asked: the board or the list keeps the screen.
  const [unfolded, setUnfolded] = useState(false);

  return (
    <form className={`filter-bar${unfolded ? '' : ' filter-bar--folded'}`} role="search" aria-label={label ?? t('filter.label')} onSubmit={(e) => e.preventDefault()}>
      <input
        type="search"
        className="filter-bar__search"
        aria-label={t('filter.search')}
        placeholder={t('filter.searchPlaceholder')}
        value={filter.text}
        onChange={(e) => set('text', e.target.value)}
      />
      <button type="button" className="button filter-bar__toggle" aria-expanded={unfolded} onClick={() => setUnfolded(!unfolded)}>
        {t('filter.toggle')}
      </button>
      <label className="filter-bar__field">
        <span>{t('filter.tag')}</span>
        <input list={`${id}-tags`} value={filter.tag} onFocus={refreshTags} onChange={(e) => set('tag', e.target.value)} />
      </label>
      <datalist id={`${id}-tags`}>
        {tags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <label className="filter-bar__field">
        <span>{t('filter.owner')}</span>
        <input list={`${id}-owners`} value={filter.owner} onFocus={refreshOwners} onChange={(e) => set('owner', e.target.value)} />
      </label>
      <datalist id={`${id}-owners`}>
        {owners.map((owner) => (
          <option key={owner} value={owner} />
        ))}
      </datalist>
      <label className="filter-bar__field">
        <span>{t('filter.segment')}</span>
        <select value={filter.segment} onChange={(e) => set('segment', e.target.value as Segment)}>
          <option value="">{t('filter.anySegment')}</option>
          <option value="B2B">B2B</option>
          <option value="B2C">B2C</option>
        </select>
      </label>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-stage`}>{t('filter.stage')}</label>
        <StageSelect id={`${id}-stage`} stages={stages} value={filter.stageId} onChange={(stageId) => set('stageId', stageId)} emptyLabel={t('filter.allStages')} />
      </div>
      {active && (
        <>
          <output className="count filter-bar__shown">{shownText ?? t('filter.shown', { count: shown, total })}</output>
          <button type="button" className="button button--small" onClick={() => onChange(EMPTY_FILTER)}>
            {t('filter.clear')}
          </button>
        </>
      )}
      <SaveViewButton productId={saveAs.productId} view={saveAs.view} />
    </form>
  );
}
