import { expect, type Locator, type Page } from '@playwright/test';

/** The escalation prompt of one ticket (non-modal, bottom right). */
export class EscalationPrompt {
  readonly root: Locator;

  constructor(page: Page, ticketId: string) {
    this.root = page.locator(`[data-testid="escalation-prompt"][data-ticket-id="${ticketId}"]`);
  }

  async escalateToGroup(reason: string): Promise<void> {
    await this.root.getByTestId('prompt-escalate').click();
    await this.root.getByTestId('prompt-reason').fill(reason);
    await this.root.getByTestId('prompt-confirm').click();
    await expect(this.root).toBeHidden();
  }
}

/** Settings → SLA. */
export class SlaAdmin {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('sla-admin');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('sla-admin-open').click();
    await expect(this.root).toBeVisible();
  }

  async tab(name: 'calendars' | 'policies' | 'settings'): Promise<void> {
    await this.root.getByTestId(`sla-tab-${name}`).click();
  }

  fieldErrors(): Locator {
    return this.root.getByTestId('sla-field-error');
  }
}
