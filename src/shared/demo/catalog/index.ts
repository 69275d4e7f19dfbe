import type { Category } from '../../domain/category';
import type { TicketType } from '../../domain/ticket-enums';
import { ACCOUNTS, MAIL } from './accounts-mail';
import type { DemoCategorySpec, TicketWording } from './catalog-types';
import { HARDWARE, TELEPHONY } from './hardware';
import { INFRASTRUCTURE, NETWORK } from './network-infra';
import { SOFTWARE } from './software';

export type { DemoCategorySpec, TicketWording } from './catalog-types';

/** The demo IT category tree (3 levels), roots in the order agents see them. */
export const DEMO_CATEGORY_ROOTS: readonly DemoCategorySpec[] = [
  HARDWARE,
  ACCOUNTS,
  MAIL,
  NETWORK,
  SOFTWARE,
  TELEPHONY,
  INFRASTRUCTURE,
];

/** A category tickets can be filed under, with what the generator needs to word them. */
export interface DemoLeaf {
  id: string;
  type: TicketType;
  escalationGroupId: string;
  wording: { es: TicketWording; en: TicketWording };
}

export interface DemoCatalog {
  categories: Category[];
  leaves: DemoLeaf[];
}

/** Flattens the tree parents-first (so inserts satisfy the parent foreign key). */
export function buildDemoCatalog(roots: readonly DemoCategorySpec[] = DEMO_CATEGORY_ROOTS): DemoCatalog {
  const categories: Category[] = [];
  const leaves: DemoLeaf[] = [];
  const visit = (spec: DemoCategorySpec, parentId: string | null, type: TicketType, group: string): void => {
    const ownType = spec.type ?? type;
    const ownGroup = spec.escalationGroupId ?? group;
    categories.push({
      id: spec.id,
      parentId,
      name: { es: spec.es, en: spec.en },
      defaultType: ownType,
      active: true,
    });
    if (spec.wording) leaves.push({ id: spec.id, type: ownType, escalationGroupId: ownGroup, wording: spec.wording });
    for (const child of spec.children ?? []) visit(child, spec.id, ownType, ownGroup);
  };
  for (const root of roots) visit(root, null, root.type ?? 'incident', root.escalationGroupId ?? 'group-n1');
  return { categories, leaves };
}
