import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../../shared/api/contract';
import { useApi } from '../../hooks/use-api';

export interface EscalationAttachments {
  context: ApiOutput<'escalation.context'> | null;
  sla: ApiOutput<'sla.forTicket'> | null;
}

/** What an escalation carries: the latest checklist result (as text) and the SLA state right now. */
export function useEscalationContext(ticketId: string): EscalationAttachments {
  const api = useApi();
  const [state, setState] = useState<EscalationAttachments>({ context: null, sla: null });
  useEffect(() => {
    let live = true;
    void Promise.all([
      api.invoke('escalation.context', { ticketId }),
      api.invoke('sla.forTicket', { id: ticketId }).catch(() => null),
    ]).then(([context, sla]) => {
      if (live) setState({ context, sla });
    });
    return () => {
      live = false;
    };
  }, [api, ticketId]);
  return state;
}
