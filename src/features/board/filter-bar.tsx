import type { BoardFilter } from '../../domain/filter';
import type { Stage } from '../../domain/types';
import { FilterBar as SharedFilterBar } from '../../ui/filter-bar';
import { columnRegistry } from './column-registry';
import { sumCounts, useStageCounts } from './stage-counts';

interface FilterBarProps {
  productId: string;
  filter: BoardFilter;
  stages: readonly Stage[];
  onChange: (filter: BoardFilter) => void;
}

/** The filters over the board: counts and suggestions from the cards its columns hold. */
export function FilterBar({ productId, filter, stages, onChange }: FilterBarProps) {
  const ids = stages.map((s) => s.id);
  const shown = useStageCounts((s) => sumCounts(s.counts, ids, 'shown'));
  const total = useStageCounts((s) => sumCounts(s.counts, ids, 'total'));
  return <SharedFilterBar filter={filter} stages={stages} onChange={onChange} shown={shown} total={total} eachInitiative={(visit) => columnRegistry.eachCard(visit)} saveAs={{ productId, view: 'board' }} />;
}
