import { expect, type Locator, type Page } from '@playwright/test';

export interface NewTicketValues {
  requester: string;
  channel: string;
  title: string;
  description: string;
  category: string;
  impact: 'high' | 'medium' | 'low';
  urgency: 'high' | 'medium' | 'low';
}

/** The register → categorize → prioritize form in one dialog. */
export class NewTicketForm {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('new-ticket-form');
  }

  field(name: string): Locator {
    return this.root.getByTestId(`field-${name}`);
  }

  error(name: string): Locator {
    return this.root.getByTestId(`field-error-${name}`);
  }

  async chooseRequester(text: string): Promise<void> {
    await this.field('requesterId').fill(text);
    await this.page.getByTestId('requester-option').first().click();
  }

  async chooseCategory(text: string): Promise<void> {
    await this.root.getByTestId('category-input').fill(text);
    await this.page.getByTestId('category-option').first().click();
  }

  async fill(values: NewTicketValues): Promise<void> {
    await this.chooseRequester(values.requester);
    await this.field('channel').selectOption(values.channel);
    await this.field('title').fill(values.title);
    await this.field('description').fill(values.description);
    await this.chooseCategory(values.category);
    await this.field('impact').selectOption(values.impact);
    await this.field('urgency').selectOption(values.urgency);
  }

  priorityPreview(): Locator {
    return this.root.getByTestId('priority-preview');
  }

  async submit(): Promise<void> {
    await this.root.getByTestId('submit-ticket').click();
  }

  async submitAndWaitClosed(): Promise<void> {
    await this.submit();
    await expect(this.root).toBeHidden();
  }
}
