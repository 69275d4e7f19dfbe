import { useState } from 'react';
import {
  PORTAL_ACCEPTED_EXTENSIONS,
  PORTAL_ATTACHMENT_LIMITS,
} from '../../../shared/portal/portal-api';
import { portalApi } from '../api/portal-client';
import { formatSize, useI18n } from '../lib/i18n';
import { navigate } from '../lib/router';
import { useAsync, useSubmit } from '../lib/use-async';
import { AttachmentPicker, type PickedFile } from './AttachmentPicker';
import { ErrorNotice } from './ErrorNotice';

/** Opens a request: what kind, category, subject, description, attachments. */
export function NewRequestPage() {
  const { t, language } = useI18n();
  const [categories] = useAsync(() => portalApi.categories(), 'categories');
  const [type, setType] = useState<'incident' | 'request'>('incident');
  const [categoryId, setCategoryId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const submit = useSubmit();

  return (
    <section aria-labelledby="new-heading" className="narrow">
      <h1 id="new-heading">{t('portal.create.heading')}</h1>
      <p className="muted">{t('portal.create.intro')}</p>
      <form
        className="card form"
        data-testid="new-request-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit.run(async () => {
            const created = await portalApi.create({
              type,
              title,
              description,
              categoryId: categoryId || null,
              attachments: files.map((f) => ({ name: f.name, contentBase64: f.contentBase64 })),
            });
            navigate(`/requests/${created.id}?created=${encodeURIComponent(created.number)}`);
          });
        }}
      >
        <fieldset className="choice">
          <legend>{t('portal.create.kind')}</legend>
          {(['incident', 'request'] as const).map((k) => (
            <label key={k} className={type === k ? 'choice__item is-on' : 'choice__item'}>
              <input type="radio" name="type" value={k} checked={type === k} onChange={() => setType(k)} data-testid={`type-${k}`} />
              {t(`portal.create.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="category">{t('portal.create.category')}</label>
          <select id="category" data-testid="category" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">{t('portal.create.categoryNone')}</option>
            {categories.status === 'ready' &&
              categories.value.map((c) => (
                <option key={c.id} value={c.id}>
                  {`${'\u2003'.repeat(c.depth)}${c.name[language]}`}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="title">{t('portal.create.title')}</label>
          <input id="title" data-testid="title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby="title-hint" />
          <p id="title-hint" className="hint">{t('portal.create.titleHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="description">{t('portal.create.description')}</label>
          <textarea id="description" data-testid="description" required rows={6} value={description} onChange={(e) => setDescription(e.target.value)} aria-describedby="description-hint" />
          <p id="description-hint" className="hint">{t('portal.create.descriptionHint')}</p>
        </div>
        <AttachmentPicker
          files={files}
          onChange={setFiles}
          accept={PORTAL_ACCEPTED_EXTENSIONS.join(',')}
          maxFiles={PORTAL_ATTACHMENT_LIMITS.maxFiles}
          maxBytes={PORTAL_ATTACHMENT_LIMITS.maxBytes}
          hint={t('portal.create.attachmentsHint', { count: PORTAL_ATTACHMENT_LIMITS.maxFiles, size: formatSize(PORTAL_ATTACHMENT_LIMITS.maxBytes) })}
        />
        <ErrorNotice error={submit.error} testId="create-error" />
        <button type="submit" className="btn btn--primary" data-testid="submit-request" disabled={submit.busy}>
          {submit.busy ? t('portal.create.submitting') : t('portal.create.submit')}
        </button>
      </form>
    </section>
  );
}
