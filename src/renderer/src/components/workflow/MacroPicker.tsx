import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayNumber } from '../../../../shared/domain/ticket';
import { macrosForCategory, renderMacro, type RenderedMacro } from '../../../../shared/workflow/macros';
import type { TicketDetail } from '../../store/ticket-slice';
import { useAppStore } from '../../store/use-app-store';

/** Canned answers for the ticket's category, rendered with its values in the agent's language. */
export function MacroPicker({ detail, onInsert }: { detail: TicketDetail; onInsert(text: string): void }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const macros = useAppStore((s) => s.workflow.macros);
  const agentName = useAppStore((s) => s.session.info?.agent.name ?? null);
  const categoryIds = useAppStore((s) => {
    const ids: string[] = [];
    const byId = s.session.reference?.categoriesById;
    for (let id = detail.ticket.categoryId; id && !ids.includes(id); id = byId?.get(id)?.parentId ?? null) ids.push(id);
    return ids.join(',');
  });
  const [last, setLast] = useState<RenderedMacro | null>(null);
  const offered = macrosForCategory(macros, categoryIds.split(','));
  if (offered.length === 0) return null;
  const { ticket, requester } = detail;

  return (
    <div className="macro-picker">
      <select
        className="select select--small"
        data-testid="macro-picker"
        aria-label={t('wf.macros.insert')}
        value=""
        onChange={(e) => {
          const macro = offered.find((m) => m.id === e.target.value);
          if (!macro) return;
          const rendered = renderMacro(macro, language, {
            requesterName: requester?.name ?? null,
            ticketNumber: displayNumber(ticket),
            ticketTitle: ticket.title,
            dueAt: ticket.slaDueAt,
            agentName,
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          });
          setLast(rendered);
          onInsert(rendered.text);
        }}
      >
        <option value="">{t('wf.macros.choose')}</option>
        {offered.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name[language]}
          </option>
        ))}
      </select>
      {last && last.unknownVariables.length > 0 && (
        <span className="field__error">{t('workflow.macros.unknownVariables', { names: last.unknownVariables.join(', ') })}</span>
      )}
      {last && last.missingValues.length > 0 && (
        <span className="muted" data-testid="macro-missing">{t('workflow.macros.missingValues', { names: last.missingValues.join(', ') })}</span>
      )}
    </div>
  );
}
