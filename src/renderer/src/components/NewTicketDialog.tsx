import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/domain/ids';
import type { Requester } from '../../../shared/domain/people';
import { CHANNELS, TICKET_TYPES } from '../../../shared/domain/ticket-enums';
import { DESCRIPTION_MAX, TITLE_MAX } from '../../../shared/sync/mutators/ticket-create';
import {
  emptyNewTicket,
  mapSubmitError,
  validateNewTicket,
  type FieldErrorMap,
  type NewTicketField,
  type NewTicketValues,
} from '../forms/new-ticket-form';
import { useReference } from '../hooks/use-reference';
import { translateError } from '../i18n/translate-error';
import { toUiError, type UiError } from '../store/ui-error';
import { useAppStore } from '../store/use-app-store';
import { CategoryPicker } from './CategoryPicker';
import { EnumSelect } from './EnumSelect';
import { FormField } from './FormField';
import { Modal } from './Modal';
import { PriorityFields } from './PriorityFields';
import { RequesterPicker } from './RequesterPicker';
import { DraftAssist } from './workflow/DraftAssist';

/** Other flows open the same form prefilled (the phone channel's "Log a call": channel phone, the caller). */
export interface NewTicketDialogProps {
  initialValues?: Partial<NewTicketValues>;
  initialRequester?: Requester | null;
  onRequesterChange?(requester: Requester | null): void;
  /** Instead of closing the store's dialog. */
  onClose?(): void;
  /** Told the new ticket's id instead of closing. */
  onCreated?(ticketId: string): void;
}

const prefilled = (initial: Partial<NewTicketValues> | undefined, r: Requester | null): NewTicketValues => ({
  ...emptyNewTicket(),
  ...initial,
  ...(r ? { requesterId: r.id, organizationId: r.organizationId, areaId: r.areaId ?? '' } : {}),
});

/** Register → categorize → prioritize in one form; validated with ticket.create's own schema. */
export function NewTicketDialog({
  initialValues,
  initialRequester = null,
  onRequesterChange,
  onClose,
  onCreated,
}: NewTicketDialogProps = {}) {
  const { t } = useTranslation();
  const closeDialog = useAppStore((s) => s.closeDialog);
  const close = onClose ?? closeDialog;
  const createTicket = useAppStore((s) => s.createTicket);
  const reference = useReference();
  const formRef = useRef<HTMLFormElement>(null);
  const [ticketId] = useState(newId);
  const [values, setValues] = useState<NewTicketValues>(() => prefilled(initialValues, initialRequester));
  const [requester, setRequester] = useState<Requester | null>(initialRequester);
  const [typeTouched, setTypeTouched] = useState(false);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [banner, setBanner] = useState<UiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [linkProblemId, setLinkProblemId] = useState<string | null>(null);
  const linkProblem = useAppStore((s) => s.linkProblem);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const update = <K extends NewTicketField>(name: K, value: NewTicketValues[K]): void => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => ({ ...e, [name]: undefined }));
  };

  const onRequester = (r: Requester | null): void => {
    setRequester(r);
    onRequesterChange?.(r);
    setErrors((e) => ({ ...e, requesterId: undefined, organizationId: undefined, areaId: undefined }));
    setValues((v) =>
      r
        ? { ...v, requesterId: r.id, organizationId: r.organizationId, areaId: r.areaId ?? '' }
        : { ...v, requesterId: '' },
    );
  };

  const onOrganization = (organizationId: string): void => {
    update('organizationId', organizationId);
    setValues((v) => ({ ...v, areaId: '' }));
    if (requester && requester.organizationId !== organizationId) onRequester(null);
  };

  const onCategory = (categoryId: string | null): void => {
    update('categoryId', categoryId);
    const defaultType = categoryId ? reference?.categoriesById.get(categoryId)?.defaultType : null;
    if (defaultType && !typeTouched) update('type', defaultType);
  };

  const onSubmit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBanner(null);
    const result = validateNewTicket(values, ticketId);
    if (!result.ok) {
      setErrors(result.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setSubmitting(true);
    try {
      await createTicket(result.args);
      // The repeated-incident warning's "link to problem": the new incident joins it at once.
      if (linkProblemId) await linkProblem(linkProblemId, ticketId).catch(() => undefined);
      if (onCreated) onCreated(ticketId);
      else close();
    } catch (error) {
      const mapped = mapSubmitError(toUiError(error));
      setErrors(mapped.errors);
      setBanner(mapped.banner);
      setAttempt((n) => n + 1);
      setSubmitting(false);
    }
  };

  const areas = (reference?.areas ?? []).filter((a) => a.organizationId === values.organizationId);
  const hasErrors = Object.values(errors).some(Boolean);

  return (
    <Modal title={t('newTicket.title')} onClose={close} testId="new-ticket-dialog" className="modal--wide">
      <form
        ref={formRef}
        className="form"
        data-testid="new-ticket-form"
        noValidate
        onSubmit={(e) => void onSubmit(e)}
      >
        {banner && (
          <p
            className="banner banner--error"
            role="alert"
            data-testid="form-error"
            data-error-code={banner.code}
          >
            {translateError(t, banner)}
          </p>
        )}
        {hasErrors && !banner && (
          <p className="visually-hidden" role="status">
            {t('newTicket.fixErrors')}
          </p>
        )}
        <div className="form__grid">
          <FormField
            name="requesterId"
            label={t('newTicket.requester')}
            error={errors.requesterId}
            className="span-2"
          >
            {(f) => (
              <RequesterPicker
                inputId={f.id}
                organizationId={values.organizationId}
                selected={requester}
                onSelect={onRequester}
                invalid={f.invalid}
                describedBy={f.describedBy}
              />
            )}
          </FormField>
          <FormField name="organizationId" label={t('newTicket.organization')} error={errors.organizationId}>
            {(f) => (
              <select
                id={f.id}
                className="select"
                data-testid="field-organizationId"
                aria-invalid={f.invalid || undefined}
                aria-describedby={f.describedBy}
                value={values.organizationId}
                onChange={(e) => onOrganization(e.target.value)}
              >
                <option value="">{t('newTicket.chooseOrganization')}</option>
                {(reference?.organizations ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField name="areaId" label={t('newTicket.area')} error={errors.areaId}>
            {(f) => (
              <select
                id={f.id}
                className="select"
                data-testid="field-areaId"
                aria-invalid={f.invalid || undefined}
                aria-describedby={f.describedBy}
                value={values.areaId}
                onChange={(e) => update('areaId', e.target.value)}
              >
                <option value="">{t('newTicket.noArea')}</option>
                {areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField name="channel" label={t('newTicket.channel')} error={errors.channel}>
            {(f) => (
              <EnumSelect
                id={f.id}
                data-testid="field-channel"
                aria-invalid={f.invalid || undefined}
                aria-describedby={f.describedBy}
                values={CHANNELS}
                value={values.channel}
                label={(c) => t(`channel.${c}`)}
                onValue={(c) => update('channel', c)}
              />
            )}
          </FormField>
          <FormField name="type" label={t('newTicket.type')} error={errors.type}>
            {(f) => (
              <EnumSelect
                id={f.id}
                data-testid="field-type"
                aria-invalid={f.invalid || undefined}
                aria-describedby={f.describedBy}
                values={TICKET_TYPES}
                value={values.type}
                label={(v) => t(`type.${v}`)}
                onValue={(v) => {
                  setTypeTouched(true);
                  update('type', v);
                }}
              />
            )}
          </FormField>
          <FormField name="title" label={t('newTicket.titleField')} error={errors.title} className="span-2">
            {(f) => (
              <input
                id={f.id}
                className="input"
                data-testid="field-title"
                aria-invalid={f.invalid || undefined}
                aria-describedby={f.describedBy}
                maxLength={TITLE_MAX + 50}
                value={values.title}
                onChange={(e) => update('title', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            name="description"
            label={t('newTicket.description')}
            error={errors.description}
            className="span-2"
          >
            {(f) => (
              <textarea
                id={f.id}
                className="textarea"
                data-testid="field-description"
                aria-invalid={f.invalid || undefined}
                aria-describedby={f.describedBy}
                rows={4}
                maxLength={DESCRIPTION_MAX + 100}
                value={values.description}
                onChange={(e) => update('description', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            name="categoryId"
            label={t('newTicket.category')}
            error={errors.categoryId}
            className="span-2"
          >
            {(f) => (
              <div data-testid="field-categoryId">
                <CategoryPicker
                  inputId={f.id}
                  value={values.categoryId}
                  onChange={onCategory}
                  invalid={f.invalid}
                  describedBy={f.describedBy}
                />
              </div>
            )}
          </FormField>
          <PriorityFields
            impact={values.impact}
            urgency={values.urgency}
            errors={errors}
            onImpact={(v) => update('impact', v)}
            onUrgency={(v) => update('urgency', v)}
          />
          <DraftAssist
            draft={{ type: values.type, requesterId: values.requesterId, categoryId: values.categoryId, title: values.title, description: values.description }}
            linkProblemId={linkProblemId}
            onLinkProblem={setLinkProblemId}
          />
        </div>
        <footer className="form__actions">
          <button type="button" className="btn btn--ghost" onClick={close}>
            {t('newTicket.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn--primary"
            data-testid="submit-ticket"
            disabled={submitting}
          >
            {submitting ? t('newTicket.submitting') : t('newTicket.submit')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
