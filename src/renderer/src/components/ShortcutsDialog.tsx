import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_HELP } from '../lib/shortcuts';
import { useAppStore } from '../store/use-app-store';
import { Modal } from './Modal';

export function ShortcutsDialog() {
  const { t } = useTranslation();
  const close = useAppStore((s) => s.closeDialog);
  return (
    <Modal title={t('shortcuts.title')} onClose={close} testId="shortcuts-dialog" className="modal--small">
      <dl className="shortcuts">
        {SHORTCUT_HELP.map((s) => (
          <div key={s.label} className="shortcuts__row">
            <dt>
              {s.keys.map((k, i) => (
                <Fragment key={k}>
                  {i > 0 && <span className="muted"> {t('shortcuts.or')} </span>}
                  <kbd>{k}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{t(s.label)}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
