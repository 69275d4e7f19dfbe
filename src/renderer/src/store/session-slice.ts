import type { ApiOutput } from '../../../shared/api/contract';
import type { Category } from '../../../shared/domain/category';
import type { Language } from '../../../shared/domain/localized-text';
import type { Agent, Area, Group, Organization, Requester } from '../../../shared/domain/people';
import type { SliceCreator } from './types';
import { toUiError, type UiError } from './ui-error';

export type SessionInfo = ApiOutput<'session.get'>;
export type ReferenceData = ApiOutput<'reference.get'> & {
  categoriesById: ReadonlyMap<string, Category>;
  agentsById: ReadonlyMap<string, Agent>;
  organizationsById: ReadonlyMap<string, Organization>;
  groupsById: ReadonlyMap<string, Group>;
  areasById: ReadonlyMap<string, Area>;
};

export interface SessionSlice {
  session: {
    status: 'idle' | 'loading' | 'ready' | 'error';
    info: SessionInfo | null;
    reference: ReferenceData | null;
    language: Language;
    error: UiError | null;
  };
  /** session.get + reference.get, then the first queue page and the counts. */
  boot(): Promise<void>;
  /** Persists the choice (settings.setLanguage) and switches the UI at once. */
  setLanguage(language: Language): Promise<void>;
  /** A language pushed by main (`session.changed`). */
  languageChanged(language: Language): void;
  /** Requester type-ahead (`requesters.search`); not cached in the store. */
  searchRequesters(query: string, organizationId: string | null): Promise<Requester[]>;
}

function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

export function indexReference(ref: ApiOutput<'reference.get'>): ReferenceData {
  return {
    ...ref,
    categoriesById: byId(ref.categories),
    agentsById: byId(ref.agents),
    organizationsById: byId(ref.organizations),
    groupsById: byId(ref.groups),
    areasById: byId(ref.areas),
  };
}

export const createSessionSlice =
  (initialLanguage: Language): SliceCreator<SessionSlice> =>
  ({ api }) =>
  (set, get) => ({
    session: { status: 'idle', info: null, reference: null, language: initialLanguage, error: null },

    async boot() {
      set((s) => ({ session: { ...s.session, status: 'loading', error: null } }));
      try {
        const [info, reference] = await Promise.all([
          api.invoke('session.get', {}),
          api.invoke('reference.get', {}),
        ]);
        set((s) => ({
          session: {
            ...s.session,
            status: 'ready',
            info,
            reference: indexReference(reference),
            language: info.language,
          },
        }));
      } catch (error) {
        set((s) => ({ session: { ...s.session, status: 'error', error: toUiError(error) } }));
        return;
      }
      await Promise.all([get().reloadQueue(), get().loadCounts()]);
    },

    async setLanguage(language) {
      const previous = get().session.language;
      get().languageChanged(language);
      try {
        await api.invoke('settings.setLanguage', { language });
      } catch (error) {
        get().languageChanged(previous);
        get().showError(error);
      }
    },

    languageChanged(language) {
      set((s) => ({ session: { ...s.session, language } }));
    },

    async searchRequesters(query, organizationId) {
      return api.invoke('requesters.search', {
        query: query.trim().slice(0, 100),
        organizationId,
        limit: 10,
      });
    },
  });
