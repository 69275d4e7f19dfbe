import type { Id } from '../domain/ids';
import type { TicketStatus, TicketType } from '../domain/ticket-enums';
import { tokenize, tokenOverlap } from './text-similarity';

/** The ticket being registered (or looked at); `id` null while it is still a draft. */
export interface RepeatSubject {
  id: Id | null;
  type: TicketType;
  requesterId: Id;
  categoryId: Id | null;
  title: string;
  description: string;
  createdAt: string;
  /** Times this ticket went resolved → in_progress (0 for a new one). */
  reopenCount: number;
}

/** A past ticket the desktop feeds from its store (same requester or category, recent). */
export interface RepeatCandidate {
  id: Id;
  type: TicketType;
  requesterId: Id;
  categoryId: Id | null;
  status: TicketStatus;
  createdAt: string;
  reopenCount: number;
  problemId: Id | null;
}

/** A problem flagged as a known error, with the words to compare against. */
export interface KnownErrorCandidate {
  problemId: Id;
  title: string;
  description: string;
  workaround: string | null;
}

export interface RepeatDetectionOptions {
  /** Same requester + same category within this many days is a repeat (default 30). */
  windowDays?: number;
  /** Minimum token overlap (Jaccard, 0–1) with a known error (default 0.25). */
  similarityThreshold?: number;
  /** Ticket types that can be repeated incidents (default incidents only). */
  types?: readonly TicketType[];
}

export type RepeatWarning =
  | { rule: 'same_requester_category'; ticketIds: Id[]; problemIds: Id[]; windowDays: number }
  | { rule: 'reopened'; ticketIds: Id[] }
  | { rule: 'known_error'; problemId: Id; score: number; workaround: string | null };

export const DEFAULT_REPEAT_WINDOW_DAYS = 30;
export const DEFAULT_SIMILARITY_THRESHOLD = 0.25;
const DAY_MS = 86_400_000;

function withinWindow(subjectAt: number, candidateAt: number, windowDays: number): boolean {
  return candidateAt <= subjectAt && subjectAt - candidateAt <= windowDays * DAY_MS;
}

/**
 * Repeated-incident warnings for a ticket (DESIGN.md, Problem; the KPI uses the same window):
 * - the same requester opened a ticket in the same category within the window;
 * - the ticket itself, or a ticket of the same requester within the window, was reopened (a fix did not hold);
 * - the text looks like a known error (token overlap ≥ threshold), with its workaround.
 * Pure: the caller chooses the candidates (the desktop from its store). Each warning names the tickets
 * or the problem, so the agent can open them or link the new ticket to the problem.
 */
export function detectRepeatedIncidents(
  subject: RepeatSubject,
  candidates: readonly RepeatCandidate[],
  knownErrors: readonly KnownErrorCandidate[],
  options: RepeatDetectionOptions = {},
): RepeatWarning[] {
  const windowDays = options.windowDays ?? DEFAULT_REPEAT_WINDOW_DAYS;
  const threshold = options.similarityThreshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const types = options.types ?? ['incident'];
  if (!types.includes(subject.type)) return [];
  const at = Date.parse(subject.createdAt);
  const recent = candidates
    .filter((c) => c.id !== subject.id && types.includes(c.type) && c.status !== 'cancelled')
    .filter((c) => c.requesterId === subject.requesterId && withinWindow(at, Date.parse(c.createdAt), windowDays))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));

  const warnings: RepeatWarning[] = [];
  const sameCategory = subject.categoryId === null ? [] : recent.filter((c) => c.categoryId === subject.categoryId);
  if (sameCategory.length > 0) {
    const problemIds = [...new Set(sameCategory.flatMap((c) => (c.problemId ? [c.problemId] : [])))];
    warnings.push({ rule: 'same_requester_category', ticketIds: sameCategory.map((c) => c.id), problemIds, windowDays });
  }
  const reopened = [
    ...(subject.id !== null && subject.reopenCount > 0 ? [subject.id] : []),
    ...recent.filter((c) => c.reopenCount > 0).map((c) => c.id),
  ];
  if (reopened.length > 0) warnings.push({ rule: 'reopened', ticketIds: reopened });

  const words = tokenize(`${subject.title} ${subject.description}`);
  const similar = knownErrors
    .map((k) => ({ k, score: tokenOverlap(words, tokenize(`${k.title} ${k.description}`)) }))
    .filter((s) => s.score >= threshold)
    .sort((a, b) => b.score - a.score || a.k.problemId.localeCompare(b.k.problemId));
  for (const { k, score } of similar) {
    warnings.push({ rule: 'known_error', problemId: k.problemId, score: Math.round(score * 100) / 100, workaround: k.workaround });
  }
  return warnings;
}
