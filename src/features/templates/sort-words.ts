import type { TFunction } from '../../i18n/i18n';
import type { SortWords } from '../../ui/sortable-list';

/** How a move of sections or items is announced, each named by `nameOf` ("Section 2", "Item 3"). */
export function templateSortWords(t: TFunction, nameOf: (id: string) => string): SortWords {
  return {
    roleDescription: t('templateEditor.roleDescription'),
    instructions: t('templateEditor.instructions'),
    pickedUp: ({ id, position, total }) => t('templateEditor.pickedUp', { name: nameOf(id), position, total }),
    over: ({ id, position, total }) => t('templateEditor.movedTo', { name: nameOf(id), position, total }),
    dropped: ({ id, position, total }) => t('templateEditor.dropped', { name: nameOf(id), position, total }),
    cancelled: ({ id, position }) => t('templateEditor.cancelled', { name: nameOf(id), position }),
  };
}
