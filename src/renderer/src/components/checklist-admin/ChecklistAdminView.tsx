import { useEffect, useMemo, useState } from 'react';
import { useChecklistEditorText } from '../../i18n/checklist-editor-text';
import type { ChecklistTemplate } from '../../../../shared/workflow/checklist/checklist-schema';
import { useApi } from '../../hooks/use-api';
import { useCategoryPath } from '../../hooks/use-reference';
import { draftFromTemplate, emptyDraft, type ChecklistDraft } from '../../lib/checklist-draft';
import { useAppStore } from '../../store/use-app-store';
import { ChecklistEditor } from './ChecklistEditor';

/** Settings → Checklists: the latest version of every template by category, and the chosen one's editor. */
export function ChecklistAdminView({ onClose }: { onClose: () => void }) {
  const ck = useChecklistEditorText();
  const api = useApi();
  const language = useAppStore((s) => s.session.language);
  const categoryPath = useCategoryPath();
  const [templates, setTemplates] = useState<ChecklistTemplate[]>([]);
  const [codes, setCodes] = useState<string[]>([]);
  const [editing, setEditing] = useState<{
    key: string;
    draft: ChecklistDraft;
    savedVersion?: number;
  } | null>(null);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([api.invoke('checklist.templates.list', {}), api.invoke('resolution.codes', {})]).then(
      ([list, resolution]) => {
        if (!live) return;
        setTemplates(list);
        setCodes(resolution.map((c) => c.code));
      },
    );
    return () => {
      live = false;
    };
  }, [api, loads]);

  const byCategory = useMemo(() => {
    const groups = new Map<string, ChecklistTemplate[]>();
    for (const tpl of templates) groups.set(tpl.categoryId, [...(groups.get(tpl.categoryId) ?? []), tpl]);
    return [...groups.entries()]
      .map(([categoryId, list]) => ({ categoryId, label: categoryPath(categoryId) ?? categoryId, list }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
  }, [templates, categoryPath, language]);

  const onSaved = (saved: ChecklistTemplate): void => {
    setEditing({
      key: `${saved.id}@${saved.version}`,
      draft: draftFromTemplate(saved),
      savedVersion: saved.version,
    });
    setLoads((n) => n + 1);
  };

  return (
    <section className="sla-admin" data-testid="checklist-admin" aria-labelledby="checklist-admin-title">
      <header className="sla-admin__header">
        <h2 id="checklist-admin-title" className="ck-admin__title">
          {ck('ckEditor.title')}
        </h2>
        <button type="button" className="btn" data-testid="checklist-admin-close" onClick={onClose}>
          {ck('ckEditor.close')}
        </button>
      </header>
      <div className="sla-admin__body">
        <div className="sla-admin__split">
          <nav className="sla-admin__list" aria-label={ck('ckEditor.list')}>
            <button
              type="button"
              className="btn btn--small"
              data-testid="checklist-new"
              onClick={() =>
                setEditing({ key: `new-${Date.now()}`, draft: emptyDraft(templates[0]?.categoryId ?? '') })
              }
            >
              {ck('ckEditor.create')}
            </button>
            {byCategory.map((group) => (
              <div
                key={group.categoryId}
                data-testid="checklist-category"
                data-category-id={group.categoryId}
              >
                <h3 className="ck-admin__category muted">{group.label}</h3>
                <ul>
                  {group.list.map((tpl) => (
                    <li key={tpl.id}>
                      <button
                        type="button"
                        className={`sla-admin__item${editing?.draft.id === tpl.id ? ' sla-admin__item--current' : ''}`}
                        data-testid="checklist-template"
                        data-template-id={tpl.id}
                        onClick={() =>
                          setEditing({ key: `${tpl.id}@${tpl.version}`, draft: draftFromTemplate(tpl) })
                        }
                      >
                        {tpl.title[language]}{' '}
                        <span className="muted">{ck('ckEditor.version', { version: tpl.version })}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
          {editing ? (
            <ChecklistEditor
              key={editing.key}
              initial={editing.draft}
              resolutionCodes={codes}
              savedVersion={editing.savedVersion}
              onSaved={onSaved}
            />
          ) : (
            <p className="muted">{ck('ckEditor.empty')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
