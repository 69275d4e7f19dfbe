import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The requester portal, page by page (src/portal). */
export class PortalPage {
  constructor(readonly page: Page, private readonly base: string) {}

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByTestId('signin-email').fill(email);
    await this.page.getByTestId('signin-password').fill(password);
    await this.page.getByTestId('signin-submit').click();
    await expect(this.page.getByTestId('portal-who')).toBeVisible();
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(`${this.base}/portal${path}`);
  }

  rows(): Locator {
    return this.page.getByTestId('request-row');
  }

  async openRequest(title: string): Promise<void> {
    await this.page.getByTestId('request-link').filter({ hasText: title }).click();
    await expect(this.page.getByTestId('request-detail')).toBeVisible();
  }

  detail(): Locator {
    return this.page.getByTestId('request-detail');
  }

  async fillNewRequest(fields: { title: string; description: string; categoryIndex?: number; attachment?: { name: string; mimeType: string; buffer: Buffer } }): Promise<void> {
    await this.page.getByTestId('nav-new').click();
    await expect(this.page.getByTestId('new-request-form')).toBeVisible();
    // The first real category (index 0 is "I don't know").
    await this.page.getByTestId('category').selectOption({ index: fields.categoryIndex ?? 1 });
    await this.page.getByTestId('title').fill(fields.title);
    await this.page.getByTestId('description').fill(fields.description);
    if (fields.attachment) {
      await this.page.getByTestId('attachments').setInputFiles(fields.attachment);
      await expect(this.page.getByTestId('attachment-list')).toContainText(fields.attachment.name);
    }
  }
}

/** The chat page / widget frame. */
export class PortalChat {
  constructor(readonly root: Page | FrameLocator) {}

  async start(name?: string, email?: string): Promise<void> {
    if (name) await this.root.getByTestId('chat-name').fill(name);
    if (email) await this.root.getByTestId('chat-email').fill(email);
    await this.root.getByTestId('chat-start').click();
    await expect(this.root.getByTestId('chat-status')).toHaveAttribute('data-status', 'waiting');
  }

  async say(text: string): Promise<void> {
    await this.root.getByTestId('chat-text').fill(text);
    await this.root.getByTestId('chat-send').click();
    await expect(this.root.getByTestId('chat-line').filter({ hasText: text })).toBeVisible();
  }
}
