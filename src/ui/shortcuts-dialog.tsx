import { Fragment } from 'react';
import { useTranslation } from '../i18n/i18n';
import { Dialog } from './dialog';
import { GO_TO_KEYS } from './nav-entries';
import './shortcuts-dialog.css';

type Row = { keys: string[]; action: string };

function Keys({ keys }: { keys: string[] }) {
  const { t } = useTranslation();
  return keys.map((key, i) => (
    <Fragment key={key}>
      {i > 0 && ` ${t('shortcuts.then')} `}
      <kbd className="shortcuts__key">{key}</kbd>
    </Fragment>
  ));
}

function Group({ title, rows }: { title: string; rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <table className="shortcuts__group">
      <caption>{title}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('shortcuts.keys')}</th>
          <th scope="col">{t('shortcuts.action')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keys.join(' ')}>
            <td className="shortcuts__keys">
              <Keys keys={row.keys} />
            </td>
            <td>{row.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every keyboard shortcut, in the UI language, opened with `?`. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const general: Row[] = [
    { keys: ['?'], action: t('shortcuts.help') },
    { keys: ['C'], action: t('shortcuts.newInitiative') },
    { keys: ['/'], action: t('shortcuts.focusFilter') },
    { keys: ['Esc'], action: t('shortcuts.close') },
  ];
  const goTo: Row[] = Object.entries(GO_TO_KEYS).map(([key, view]) => ({ keys: ['G', key.toUpperCase()], action: t(view.label) }));
  const lists: Row[] = [
    { keys: ['J'], action: t('shortcuts.next') },
    { keys: ['K'], action: t('shortcuts.previous') },
  ];
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      <div className="shortcuts">
        <Group title={t('shortcuts.general')} rows={general} />
        <Group title={t('shortcuts.goTo')} rows={goTo} />
        <Group title={t('shortcuts.lists')} rows={lists} />
      </div>
      <p className="shortcuts__note">{t('shortcuts.typing')}</p>
    </Dialog>
  );
}
