import { expect, type Locator, type Page } from '@playwright/test';

/** The right-hand pane: header, status, comments, history. */
export class TicketDetailPane {
  readonly root: Locator;
  readonly timeline: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('ticket-detail');
    this.timeline = page.getByTestId('timeline-item');
  }

  title(): Locator {
    return this.root.getByTestId('ticket-title');
  }

  number(): Locator {
    return this.root.getByTestId('ticket-number');
  }

  async changeStatus(to: string, reason?: string): Promise<void> {
    const changes = this.root.locator('[data-testid="timeline-item"][data-kind="status_changed"]');
    const before = await changes.count();
    await this.root.getByTestId('status-select').selectOption(to);
    if (reason) await this.root.getByTestId('status-reason').fill(reason);
    await this.root.getByTestId('status-apply').click();
    await expect(changes).toHaveCount(before + 1);
  }

  async comment(text: string, visibility: 'public' | 'internal'): Promise<void> {
    await this.root.getByTestId(`comment-visibility-${visibility}`).click();
    await this.root.getByTestId('comment-input').fill(text);
    await this.root.getByTestId('comment-submit').click();
    // The editor empties once the comment is stored; until then its text is not a comment yet.
    await expect(this.root.getByTestId('comment-input')).toHaveValue('');
  }
}
