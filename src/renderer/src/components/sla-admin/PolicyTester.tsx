import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../shared/api/contract';
import { formatSlaMessage } from '../../../../shared/sla/messages';
import { useAction } from '../../hooks/use-action';
import { useApi } from '../../hooks/use-api';
import { translateError } from '../../i18n/translate-error';
import { MATCH_FIELDS, type MatchField } from '../../lib/policy-form';
import { fieldNames } from '../../lib/sla-explanation';
import { useAppStore } from '../../store/use-app-store';
import { MatchFields } from './MatchFields';

/** "Which policy applies to this ticket?": the selection and why (selectPolicy's reason). */
export function PolicyTester() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useAppStore((s) => s.session.language);
  const action = useAction();
  const [values, setValues] = useState(
    () => Object.fromEntries(MATCH_FIELDS.map((f) => [f, ''])) as Record<MatchField, string>,
  );
  const [result, setResult] = useState<ApiOutput<'sla.policies.test'> | null>(null);

  const test = (): Promise<boolean> =>
    action.run(async () => {
      const ticket = Object.fromEntries(MATCH_FIELDS.map((f) => [f, values[f] || null]));
      setResult(await api.invoke('sla.policies.test', { ticket }));
    });

  const reasonText = (code: string, params: Record<string, string | number>): string =>
    formatSlaMessage(language, code, {
      ...params,
      fields: fieldNames(language, String(params.fields ?? '')),
      decidingField: fieldNames(language, String(params.decidingField ?? '')),
    });

  return (
    <section className="sla-form sla-tester" data-testid="policy-tester">
      <h4>{t('slaUi.policy.tester')}</h4>
      <MatchFields idPrefix="tester" values={values} onChange={setValues} />
      <button
        type="button"
        className="btn btn--primary"
        data-testid="tester-run"
        disabled={action.pending}
        onClick={() => void test()}
      >
        {t('slaUi.policy.test')}
      </button>
      {action.error && <p role="alert">{translateError(t, action.error)}</p>}
      {result && (
        <div
          className="sla-tester__result"
          role="status"
          data-testid="tester-result"
          data-policy-id={result.selection?.policyId ?? ''}
        >
          {result.selection ? (
            <>
              <p>
                <strong>
                  {t('slaUi.policy.result', {
                    name: result.selection.policyName,
                    id: result.selection.policyId,
                  })}
                </strong>
              </p>
              <p>{reasonText(result.selection.reason.code, result.selection.reason.params)}</p>
            </>
          ) : (
            <p>{t('slaUi.policy.noneApplies')}</p>
          )}
          {result.contractId && (
            <p className="muted">{t('slaUi.policy.contract', { id: result.contractId })}</p>
          )}
        </div>
      )}
    </section>
  );
}
