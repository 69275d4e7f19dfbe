import type { Locator, Page } from '@playwright/test';

/** The supervisor dashboard window (src/renderer/src/dashboard). */
export class DashboardPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard');
  }
  openCount(): Locator {
    return this.page.getByTestId('queues-open');
  }
  agentHandled(agentId: string): Locator {
    return this.page.locator(`[data-testid="agent-row"][data-agent="${agentId}"] [data-testid="agent-handled"]`);
  }
  async wallboard(): Promise<void> {
    await this.page.getByTestId('wallboard-toggle').click();
  }
  async reports(): Promise<void> {
    await this.page.getByTestId('tab-reports').click();
  }
}
