import { useId } from 'react';
import { addItem, moveItem, newItem, removeItem, updateItem, updateSection } from '../../domain/templates/edit';
import type { TemplateBody, TemplateItem, TemplateSection } from '../../domain/templates/types';
import { useTranslation } from '../../i18n/i18n';
import { DragHandle, SortableList, type HandleProps } from '../../ui/sortable-list';
import { ItemEditor } from './item-editor';
import { templateSortWords } from './sort-words';

interface SectionEditorProps {
  section: TemplateSection;
  position: number;
  count: number;
  handle: HandleProps;
  body: TemplateBody;
  onBody: (body: TemplateBody) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** A section of the template being edited: its title, what it is for, and its items. */
export function SectionEditor({ section, position, count, handle, body, onBody, onMove, onRemove }: SectionEditorProps) {
  const { t } = useTranslation();
  const add = (kind: TemplateItem['kind']) => onBody(addItem(body, section.id, newItem(crypto.randomUUID(), kind)));
  const headingId = useId();
  const itemName = (id: string) => t('templateEditor.item', { position: section.items.findIndex((i) => i.id === id) + 1 });
  return (
    <section className="section-editor" aria-labelledby={headingId}>
      <div className="section-editor__bar">
        <DragHandle {...handle} label={t('templateEditor.reorderSection', { position })} />
        <h3 id={headingId}>{t('templateEditor.section', { position })}</h3>
        <span className="item-editor__spacer" />
        <button type="button" className="icon-button" disabled={position === 1} aria-label={t('templateEditor.moveSectionUp', { position })} onClick={() => onMove(position - 2)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" className="icon-button" disabled={position === count} aria-label={t('templateEditor.moveSectionDown', { position })} onClick={() => onMove(position)}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="icon-button icon-button--danger" disabled={count === 1} aria-label={t('templateEditor.removeSection', { position })} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <input aria-label={t('templateEditor.sectionTitle', { position })} className="section-editor__title" value={section.title} onChange={(e) => onBody(updateSection(body, section.id, { title: e.target.value }))} />
      <textarea aria-label={t('templateEditor.sectionIntro', { position })} placeholder={t('templateEditor.sectionIntro', { position })} rows={2} value={section.intro} onChange={(e) => onBody(updateSection(body, section.id, { intro: e.target.value }))} />
      <SortableList
        ids={section.items.map((i) => i.id)}
        label={t('templateEditor.items', { position })}
        words={templateSortWords(t, itemName)}
        onMove={(from, to) => onBody(moveItem(body, section.id, from, to))}
        renderItem={(id, index, itemHandle) => {
          const item = section.items[index]!;
          return (
            <ItemEditor
              key={id}
              item={item}
              position={index + 1}
              count={section.items.length}
              handle={itemHandle}
              onChange={(next) => onBody(updateItem(body, section.id, next))}
              onMove={(to) => onBody(moveItem(body, section.id, index, to))}
              onRemove={() => onBody(removeItem(body, section.id, id))}
            />
          );
        }}
      />
      <div className="section-editor__add">
        <button type="button" className="button button--small" onClick={() => add('prompt')}>
          {t('templateEditor.addPrompt')}
        </button>
        <button type="button" className="button button--small" onClick={() => add('check')}>
          {t('templateEditor.addCheck')}
        </button>
        <button type="button" className="button button--small" onClick={() => add('field')}>
          {t('templateEditor.addField')}
        </button>
      </div>
    </section>
  );
}
