import { useId } from 'react';
import { changeItemKind } from '../../domain/templates/edit';
import { FIELD_TYPES, type FieldType, type TemplateItem } from '../../domain/templates/types';
import { useTranslation } from '../../i18n/i18n';
import { DragHandle, type HandleProps } from '../../ui/sortable-list';

interface ItemEditorProps {
  item: TemplateItem;
  position: number;
  count: number;
  handle: HandleProps;
  onChange: (item: TemplateItem) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

const CHOICE_TYPES: FieldType[] = ['singleChoice', 'multipleChoice'];

/** One prompt, checklist item or field of a section, as the editor shows it. */
export function ItemEditor({ item, position, count, handle, onChange, onMove, onRemove }: ItemEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="item-editor">
      <div className="item-editor__bar">
        <DragHandle {...handle} label={t('templateEditor.reorderItem', { position })} />
        <label htmlFor={`${id}-kind`} className="visually-hidden">
          {t('templateEditor.kind', { position })}
        </label>
        <select id={`${id}-kind`} value={item.kind} onChange={(e) => onChange(changeItemKind(item, e.target.value as TemplateItem['kind']))}>
          {(['prompt', 'check', 'field'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`templateEditor.kinds.${k}`)}
            </option>
          ))}
        </select>
        {item.kind === 'field' && (
          <>
            <label htmlFor={`${id}-type`} className="visually-hidden">
              {t('templateEditor.type', { position })}
            </label>
            <select id={`${id}-type`} value={item.type} onChange={(e) => onChange({ ...item, type: e.target.value as FieldType })}>
              {FIELD_TYPES.map((ft) => (
                <option key={ft} value={ft}>
                  {t(`templateEditor.fieldTypes.${ft}`)}
                </option>
              ))}
            </select>
          </>
        )}
        <span className="item-editor__spacer" />
        <button type="button" className="icon-button" disabled={position === 1} aria-label={t('templateEditor.moveItemUp', { position })} onClick={() => onMove(position - 2)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" className="icon-button" disabled={position === count} aria-label={t('templateEditor.moveItemDown', { position })} onClick={() => onMove(position)}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="icon-button icon-button--danger" aria-label={t('templateEditor.removeItem', { position })} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {item.kind === 'field' ? (
        <>
          <input aria-label={t('templateEditor.label', { position })} value={item.label} onChange={(e) => onChange({ ...item, label: e.target.value })} />
          <input aria-label={t('templateEditor.help', { position })} placeholder={t('templateEditor.help', { position })} value={item.help} onChange={(e) => onChange({ ...item, help: e.target.value })} />
          {CHOICE_TYPES.includes(item.type) && (
            <textarea
              aria-label={t('templateEditor.options', { position })}
              placeholder={t('templateEditor.options', { position })}
              rows={3}
              value={item.options.join('\n')}
              onChange={(e) => onChange({ ...item, options: e.target.value.split('\n') })}
            />
          )}
        </>
      ) : (
        <textarea aria-label={t('templateEditor.text', { position })} rows={2} value={item.text} onChange={(e) => onChange({ ...item, text: e.target.value })} />
      )}
    </div>
  );
}
