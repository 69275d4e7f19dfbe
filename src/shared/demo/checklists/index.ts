import type { ChecklistTemplate } from '../../workflow/checklist/checklist-schema';
import { APP_ACCESS_CHECKLIST } from './application-access';
import { EMAIL_CHECKLIST } from './email';
import { LAPTOP_CHECKLIST } from './hardware';
import { VPN_CHECKLIST } from './network-vpn';
import { PASSWORD_CHECKLIST } from './password-account';
import { PRINTER_CHECKLIST } from './printer';

/**
 * Diagnosis checklists for the demo category tree (password/account, email, printer, network/VPN,
 * hardware, application access), in Spanish and English. Each is attached to a mid-level category,
 * so its leaves inherit it. They pass validation against the demo groups and the default codes.
 */
export const DEMO_CHECKLIST_TEMPLATES: readonly ChecklistTemplate[] = [
  PASSWORD_CHECKLIST,
  EMAIL_CHECKLIST,
  PRINTER_CHECKLIST,
  VPN_CHECKLIST,
  LAPTOP_CHECKLIST,
  APP_ACCESS_CHECKLIST,
];
