import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTerminalStatus } from '../../../../shared/domain/lifecycle';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import type { TicketDetail } from '../../store/ticket-slice';
import { useAppStore } from '../../store/use-app-store';
import { SuggestionsList } from './SuggestionsList';

/**
 * Suggestions while diagnosing: from the ticket's words and the text answers given in the checklist.
 * Alt+1…5 takes a past resolution as the draft of this ticket's resolution.
 */
export function SuggestionsPanel({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const suggest = useAppStore((s) => s.suggest);
  const result = useAppStore((s) => s.workflow.suggestions.result);
  const open = useAppStore((s) => s.openWorkflowDialog);
  const answers = useAppStore((s) => s.checklist.active?.run.answers);
  const { ticket } = detail;
  const typed = (answers ?? []).flatMap((a) => (typeof a.answer === 'string' && a.answer.length > 12 ? [a.answer] : [])).join(' ');
  const text = useDebouncedValue(`${ticket.title} ${ticket.description} ${typed}`.trim(), 120);

  useEffect(() => {
    void suggest(text, ticket.categoryId, ticket.id).catch(() => undefined);
  }, [suggest, text, ticket.categoryId, ticket.id]);

  const editable = !isTerminalStatus(ticket.status);
  const apply = (index: number): void => {
    const hit = result?.similar[index];
    if (!hit?.resolution || !editable) return;
    open({ name: 'resolve', draft: { resolutionCode: hit.resolution.resolutionCode, solution: hit.resolution.solution, firstContact: true } });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!e.altKey || e.ctrlKey || e.metaKey || !/^Digit[1-5]$/.test(e.code)) return;
      e.preventDefault();
      apply(Number(e.code.slice(5)) - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <section className="detail__section" aria-labelledby="suggestions-title" data-testid="suggestions-panel">
      <h3 id="suggestions-title" className="detail__section-title">
        {t('wf.suggest.title')}
      </h3>
      <SuggestionsList result={result} onApply={editable ? apply : undefined} />
    </section>
  );
}
