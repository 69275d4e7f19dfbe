import { expect, type Locator, type Page } from '@playwright/test';
import { NewTicketForm } from './new-ticket-form';
import { TicketDetailPane } from './ticket-detail-pane';

/** The agent workstation as a person sees it: views, queue, search, language. */
export class WorkstationPage {
  readonly rows: Locator;
  readonly total: Locator;
  readonly search: Locator;
  readonly searchResults: Locator;
  readonly detail: TicketDetailPane;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('queue-row');
    this.total = page.getByTestId('queue-total');
    this.search = page.getByTestId('search-input');
    this.searchResults = page.getByTestId('search-result');
    this.detail = new TicketDetailPane(page);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.rows.first()).toBeVisible();
  }

  async showView(view: 'mine' | 'group' | 'unassigned' | 'all_open'): Promise<void> {
    await this.page.getByTestId(`queue-view-${view}`).click();
    await expect(this.page.getByTestId(`queue-view-${view}`)).toHaveAttribute('aria-current', /.+/);
  }

  async totalCount(): Promise<number> {
    return Number(await this.total.getAttribute('data-total'));
  }

  async newTicket(): Promise<NewTicketForm> {
    await this.page.getByTestId('new-ticket-button').click();
    const form = new NewTicketForm(this.page);
    await expect(form.root).toBeVisible();
    return form;
  }

  rowFor(ticketId: string): Locator {
    return this.page.locator(`[data-testid="queue-row"][data-ticket-id="${ticketId}"]`);
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await expect(this.searchResults.first()).toBeVisible();
  }

  async switchLanguage(language: 'es' | 'en'): Promise<void> {
    await this.page.getByTestId('language-select').selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/screenshots/${name}.png`, fullPage: false });
  }
}
