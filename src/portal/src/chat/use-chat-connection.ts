import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatMessageView, ChatStatus, ServerToVisitor, VisitorToServer } from '../../../shared/chat/chat-protocol';

const RESUME_KEY = 'mesa.chat.resume';

/** sessionStorage, when the browser allows it: a third-party frame (the widget) may be refused storage. */
const resumeStore = {
  get(): string | null {
    try {
      return window.sessionStorage.getItem(RESUME_KEY);
    } catch {
      return null;
    }
  },
  set(value: string | null): void {
    try {
      if (value === null) window.sessionStorage.removeItem(RESUME_KEY);
      else window.sessionStorage.setItem(RESUME_KEY, value);
    } catch {
      // No storage: a reload starts a new chat (the old one ends and becomes a ticket).
    }
  },
};

export interface ChatState {
  phase: 'idle' | 'connecting' | 'open' | 'disconnected';
  status: ChatStatus | null;
  agentName: string | null;
  ticketNumber: string | null;
  messages: ChatMessageView[];
  error: string | null;
}

const INITIAL: ChatState = { phase: 'idle', status: null, agentName: null, ticketNumber: null, messages: [], error: null };

/**
 * The visitor's WebSocket (`/api/chat/visitor`, same origin): hello (or resume after a reload, the
 * token kept in sessionStorage), messages, end. Reconnects with the resume token when the line drops.
 */
export function useChatConnection(source: 'portal' | 'widget') {
  const [state, setState] = useState<ChatState>(INITIAL);
  const socket = useRef<WebSocket | null>(null);
  const identity = useRef<{ name: string; email: string; language: 'es' | 'en' } | null>(null);
  const closedByUs = useRef(false);
  const reconnect = useRef<() => void>(() => undefined);

  const connect = useCallback(() => {
    const who = identity.current;
    if (!who) return;
    const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(`${protocol}//${window.location.host}/api/chat/visitor`);
    socket.current = ws;
    setState((s) => ({ ...s, phase: 'connecting', error: null }));
    ws.addEventListener('open', () => {
      const hello: VisitorToServer = { type: 'hello', ...who, resume: resumeStore.get(), source };
      ws.send(JSON.stringify(hello));
    });
    ws.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as ServerToVisitor;
      setState((s) => {
        switch (message.type) {
          case 'welcome':
            resumeStore.set(message.resume);
            return { ...s, phase: 'open', status: message.status, messages: message.messages };
          case 'message':
            return s.messages.some((m) => m.id === message.message.id) ? s : { ...s, messages: [...s.messages, message.message] };
          case 'status':
            if (message.status === 'ended') resumeStore.set(null);
            return { ...s, status: message.status, agentName: message.agentName ?? s.agentName, ticketNumber: message.ticketNumber };
          case 'error':
            return { ...s, error: message.code };
          default:
            return s;
        }
      });
    });
    ws.addEventListener('close', () => {
      if (socket.current !== ws) return;
      setState((s) => (s.status === 'ended' || closedByUs.current ? s : { ...s, phase: 'disconnected' }));
      if (!closedByUs.current && resumeStore.get()) window.setTimeout(() => reconnect.current(), 2000);
    });
  }, [source]);

  useEffect(() => {
    reconnect.current = connect;
  }, [connect]);

  useEffect(() => () => {
    closedByUs.current = true;
    socket.current?.close();
  }, []);

  const send = (message: VisitorToServer) => socket.current?.readyState === WebSocket.OPEN && socket.current.send(JSON.stringify(message));
  return {
    state,
    start(name: string, email: string, language: 'es' | 'en') {
      identity.current = { name, email, language };
      closedByUs.current = false;
      setState(INITIAL);
      connect();
    },
    say: (text: string) => send({ type: 'message', text }),
    end: () => send({ type: 'end' }),
    reset() {
      closedByUs.current = true;
      socket.current?.close();
      resumeStore.set(null);
      setState(INITIAL);
    },
  };
}
