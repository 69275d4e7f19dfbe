import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecklistEditorText } from '../../i18n/checklist-editor-text';
import type { FieldError } from '../../../../shared/errors';
import type { ChecklistTemplate } from '../../../../shared/workflow/checklist/checklist-schema';
import { useApi } from '../../hooks/use-api';
import { useCategoryPath, useReference } from '../../hooks/use-reference';
import { translateError } from '../../i18n/translate-error';
import {
  checkDraft,
  newOutcome,
  newStep,
  nodeHeading,
  placeErrors,
  type ChecklistDraft,
  type NodeSection,
} from '../../lib/checklist-draft';
import { toUiError, type UiError } from '../../store/ui-error';
import { ChecklistPreview } from './ChecklistPreview';
import { checklistErrorMessage } from './checklist-messages';

interface Props {
  initial: ChecklistDraft;
  resolutionCodes: readonly string[];
  /** Set when this draft is the version just saved (the editor is re-opened on it). */
  savedVersion?: number;
  onSaved(saved: ChecklistTemplate): void;
}

/** The live check and the handler's refusal usually agree: each problem is shown once. */
function distinct(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = JSON.stringify([e.path, e.code, e.params ?? {}]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function ErrorList({ errors, testId }: { errors: readonly FieldError[]; testId: string }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <ul className="sla-errors" role="alert">
      {errors.map((e, i) => (
        <li key={`${e.path}-${e.code}-${i}`} data-testid={testId} data-code={e.code} data-path={e.path}>
          {checklistErrorMessage(t, e)}
        </li>
      ))}
    </ul>
  );
}

/**
 * One template: header fields, then every step and outcome as its own JSON text with its errors right
 * under it (validated live with the save handler's own function), save as the next version, preview.
 */
export function ChecklistEditor({ initial, resolutionCodes, savedVersion, onSaved }: Props) {
  const { t } = useTranslation();
  const ck = useChecklistEditorText();
  const api = useApi();
  const reference = useReference();
  const categoryPath = useCategoryPath();
  const [draft, setDraft] = useState(initial);
  const [failure, setFailure] = useState<UiError | null>(null);
  const [saved, setSaved] = useState<number | null>(savedVersion ?? null);
  const [previewing, setPreviewing] = useState(false);
  const [saving, setSaving] = useState(false);

  const context = useMemo(
    () => ({
      knownGroupIds: (reference?.groups ?? []).map((g) => g.id),
      knownResolutionCodes: resolutionCodes,
    }),
    [reference, resolutionCodes],
  );
  const check = useMemo(() => checkDraft(draft, context), [draft, context]);
  // A refusal from the handler (e.g. a group removed meanwhile) shows where the live check would.
  const refused = useMemo(
    () =>
      failure
        ? placeErrors(failure.fieldErrors, {
            steps: draft.steps.map((s) => nodeHeading(s).id),
            outcomes: draft.outcomes.map((o) => nodeHeading(o).id),
          })
        : null,
    [failure, draft],
  );
  const nodeErrors = (key: string): FieldError[] =>
    distinct([...(check.nodeErrors.get(key) ?? []), ...(refused?.nodeErrors.get(key) ?? [])]);

  const edit = (change: Partial<ChecklistDraft>): void => {
    setDraft((d) => ({ ...d, ...change }));
    setFailure(null);
    setSaved(null);
  };
  const editNode = (section: NodeSection, index: number, text: string): void =>
    edit({ [section]: draft[section].map((s, i) => (i === index ? text : s)) });
  const removeNode = (section: NodeSection, index: number): void =>
    edit({ [section]: draft[section].filter((_, i) => i !== index) });
  const addNode = (section: NodeSection): void => {
    const n = draft[section].length + 1;
    edit({
      [section]: [
        ...draft[section],
        JSON.stringify(section === 'steps' ? newStep(n) : newOutcome(n), null, 2),
      ],
    });
  };

  const save = async (): Promise<void> => {
    if (!check.candidate) return;
    setSaving(true);
    setFailure(null);
    try {
      const result = await api.invoke('checklist.templates.save', { template: check.candidate });
      onSaved(result);
    } catch (error) {
      setFailure(toUiError(error));
    } finally {
      setSaving(false);
    }
  };

  const nodes = (section: NodeSection) =>
    draft[section].map((text, index) => {
      const key = `${section}.${index}`;
      const heading = nodeHeading(text);
      const errors = nodeErrors(key);
      const jsonError = check.jsonErrors.get(key);
      return (
        <li
          key={key}
          className={`ck-node${errors.length > 0 || jsonError ? ' ck-node--invalid' : ''}`}
          data-testid="checklist-node"
          data-section={section}
          data-node-id={heading.id ?? ''}
        >
          <div className="ck-node__head">
            <strong>{heading.id ?? '—'}</strong>
            <span className="muted">
              {ck('ckEditor.nodeHint', {
                kind: heading.kind
                  ? ck(`ckEditor.kinds.${heading.kind}` as 'ckEditor.kinds.check', {
                      defaultValue: heading.kind,
                    })
                  : '—',
              })}
            </span>
            <button
              type="button"
              className="btn btn--small btn--ghost"
              data-testid="checklist-node-remove"
              onClick={() => removeNode(section, index)}
            >
              {ck('ckEditor.remove')}
            </button>
          </div>
          <textarea
            className="ck-node__json"
            data-testid="checklist-node-json"
            spellCheck={false}
            rows={Math.min(18, text.split('\n').length + 1)}
            value={text}
            aria-invalid={errors.length > 0 || jsonError !== undefined}
            onChange={(e) => editNode(section, index, e.target.value)}
          />
          {jsonError && (
            <p className="sla-errors" role="alert" data-testid="checklist-node-error" data-code="json">
              {ck('ckEditor.badJson', { message: jsonError })}
            </p>
          )}
          <ErrorList errors={errors} testId="checklist-node-error" />
        </li>
      );
    });

  const templateErrors = distinct([...check.templateErrors, ...(refused?.templateErrors ?? [])]);
  return (
    <div
      className="sla-admin__main ck-editor"
      data-testid="checklist-editor"
      data-template-id={draft.id}
      data-version={draft.version}
    >
      <div className="sla-form">
        <div className="sla-form__inline">
          <label className="sla-form__field">
            <span>{ck('ckEditor.fields.id')}</span>
            <input
              data-testid="checklist-field-id"
              value={draft.id}
              disabled={draft.version > 0}
              onChange={(e) => edit({ id: e.target.value })}
            />
          </label>
          <label className="sla-form__field">
            <span>{ck('ckEditor.fields.categoryId')}</span>
            <select
              data-testid="checklist-field-category"
              value={draft.categoryId}
              onChange={(e) => edit({ categoryId: e.target.value })}
            >
              {(reference?.categories ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {categoryPath(c.id) ?? c.id}
                </option>
              ))}
            </select>
          </label>
          <label className="sla-form__field">
            <span>{ck('ckEditor.fields.start')}</span>
            <input
              data-testid="checklist-field-start"
              value={draft.start}
              onChange={(e) => edit({ start: e.target.value })}
            />
          </label>
        </div>
        <div className="sla-form__inline">
          <label className="sla-form__field">
            <span>{ck('ckEditor.fields.titleEs')}</span>
            <input
              data-testid="checklist-field-title-es"
              value={draft.titleEs}
              onChange={(e) => edit({ titleEs: e.target.value })}
            />
          </label>
          <label className="sla-form__field">
            <span>{ck('ckEditor.fields.titleEn')}</span>
            <input
              data-testid="checklist-field-title-en"
              value={draft.titleEn}
              onChange={(e) => edit({ titleEn: e.target.value })}
            />
          </label>
        </div>
      </div>

      <div
        className="ck-editor__status"
        data-testid="checklist-status"
        data-valid={check.count === 0 && !failure}
      >
        {check.count === 0 ? ck('ckEditor.valid') : ck('ckEditor.invalidCount', { count: check.count })}
      </div>
      {templateErrors.length > 0 && (
        <div data-testid="checklist-template-errors">
          <strong>{ck('ckEditor.templateErrors')}</strong>
          <ErrorList errors={templateErrors} testId="checklist-template-error" />
        </div>
      )}
      {failure && failure.fieldErrors.length === 0 && (
        <p className="sla-errors" role="alert" data-testid="checklist-save-error">
          {translateError(t, failure)}
        </p>
      )}

      <div className="ck-editor__actions">
        <button
          type="button"
          className="btn btn--primary"
          data-testid="checklist-save"
          disabled={!check.candidate || saving}
          onClick={() => void save()}
        >
          {ck('ckEditor.save')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="checklist-preview"
          disabled={!check.template}
          onClick={() => setPreviewing(true)}
        >
          {ck('ckEditor.preview')}
        </button>
        {saved !== null && (
          <span data-testid="checklist-saved" role="status">
            {ck('ckEditor.saved', { version: saved })}
          </span>
        )}
      </div>

      {previewing && check.template && (
        <ChecklistPreview template={check.template} onClose={() => setPreviewing(false)} />
      )}

      <h3>{ck('ckEditor.steps')}</h3>
      <ol className="ck-nodes">{nodes('steps')}</ol>
      <button
        type="button"
        className="btn btn--small"
        data-testid="checklist-add-step"
        onClick={() => addNode('steps')}
      >
        {ck('ckEditor.addStep')}
      </button>
      <h3>{ck('ckEditor.outcomes')}</h3>
      <ol className="ck-nodes">{nodes('outcomes')}</ol>
      <button
        type="button"
        className="btn btn--small"
        data-testid="checklist-add-outcome"
        onClick={() => addNode('outcomes')}
      >
        {ck('ckEditor.addOutcome')}
      </button>
    </div>
  );
}
