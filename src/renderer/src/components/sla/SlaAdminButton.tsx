import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/use-app-store';

/** Header entry to Settings → SLA. */
export function SlaAdminButton() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.openSlaAdmin);
  return (
    <button
      type="button"
      className="btn btn--ghost"
      data-testid="sla-admin-open"
      title={t('slaUi.admin.openTitle')}
      aria-label={t('slaUi.admin.openTitle')}
      onClick={open}
    >
      {t('slaUi.admin.open')}
    </button>
  );
}
