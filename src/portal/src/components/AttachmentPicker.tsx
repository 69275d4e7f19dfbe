import { useState } from 'react';
import { formatSize, useI18n } from '../lib/i18n';

export interface PickedFile {
  name: string;
  size: number;
  contentBase64: string;
}

function toBase64(file: File): Promise<string> {
  return file.arrayBuffer().then((buffer) => {
    let binary = '';
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
}

/** File input with the limits checked before sending (the server checks them again, and the type). */
export function AttachmentPicker(props: {
  files: PickedFile[];
  onChange(files: PickedFile[]): void;
  accept: string;
  maxFiles: number;
  maxBytes: number;
  hint: string;
}) {
  const { t } = useI18n();
  const [problems, setProblems] = useState<string[]>([]);
  const allowed = props.accept.split(',');

  const add = async (list: FileList | null) => {
    if (!list) return;
    const found: string[] = [];
    const next = [...props.files];
    for (const file of Array.from(list)) {
      const extension = `.${file.name.split('.').pop()?.toLowerCase() ?? ''}`;
      if (next.length >= props.maxFiles) {
        found.push(t('portal.create.tooManyFiles', { count: props.maxFiles }));
        break;
      }
      if (!allowed.includes(extension)) found.push(t('portal.create.fileType', { name: file.name }));
      else if (file.size > props.maxBytes) found.push(t('portal.create.fileTooLarge', { name: file.name, size: formatSize(props.maxBytes) }));
      else next.push({ name: file.name, size: file.size, contentBase64: await toBase64(file) });
    }
    setProblems(found);
    props.onChange(next);
  };

  return (
    <div className="field">
      <label htmlFor="attachments">{t('portal.create.attachments')}</label>
      <input id="attachments" data-testid="attachments" type="file" multiple accept={props.accept} aria-describedby="attachments-hint" onChange={(e) => void add(e.target.files).then(() => (e.target.value = ''))} />
      <p id="attachments-hint" className="hint">{props.hint}</p>
      {problems.length > 0 && (
        <ul className="notice notice--error" role="alert" data-testid="attachment-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {props.files.length > 0 && (
        <ul className="files" data-testid="attachment-list">
          {props.files.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              <span>
                {f.name} <span className="muted small">({formatSize(f.size)})</span>
              </span>
              <button type="button" className="btn btn--quiet btn--small" aria-label={t('portal.create.removeAttachment', { name: f.name })} onClick={() => props.onChange(props.files.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
