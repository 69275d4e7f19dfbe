import { expect, type Locator, type Page } from '@playwright/test';

/** The diagnosis checklist runner in the ticket detail, driven by the keyboard. */
export class ChecklistRunnerPane {
  readonly panel: Locator;
  readonly runner: Locator;
  readonly step: Locator;
  readonly outcome: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByTestId('checklist-panel');
    this.runner = page.getByTestId('checklist-runner');
    this.step = page.getByTestId('checklist-step');
    this.outcome = page.getByTestId('checklist-outcome');
  }

  async start(templateId: string): Promise<void> {
    await this.panel.locator(`[data-testid="checklist-start"][data-template-id="${templateId}"]`).click();
    await expect(this.runner).toBeVisible();
  }

  /** Presses a key at the step `stepId` and waits for the runner to move on. */
  async press(stepId: string, key: string): Promise<void> {
    await expect(this.step).toHaveAttribute('data-step-id', stepId);
    await this.runner.press(key);
  }

  async expectOutcome(kind: 'resolve' | 'escalate' | 'ask_requester'): Promise<void> {
    await expect(this.outcome).toHaveAttribute('data-outcome', kind);
  }
}

/** Resolve / escalate / create-problem dialogs and the "Escalated to us" view. */
export class WorkflowPages {
  readonly checklist: ChecklistRunnerPane;
  readonly resolveDialog: Locator;
  readonly escalateDialog: Locator;
  readonly problemDialog: Locator;
  readonly escalatedRows: Locator;
  readonly brief: Locator;

  constructor(private readonly page: Page) {
    this.checklist = new ChecklistRunnerPane(page);
    this.resolveDialog = page.getByTestId('resolve-dialog');
    this.escalateDialog = page.getByTestId('escalate-dialog');
    this.problemDialog = page.getByTestId('create-problem-dialog');
    this.escalatedRows = page.getByTestId('escalated-row');
    this.brief = page.getByTestId('escalation-brief');
  }

  async openEscalatedToUs(): Promise<void> {
    await this.page.getByTestId('queue-view-escalated').click();
    await expect(this.page.getByTestId('escalated-view')).toBeVisible();
  }

  escalatedRow(ticketId: string): Locator {
    return this.page.locator(`[data-testid="escalated-row"][data-ticket-id="${ticketId}"]`);
  }

  async escalate(fields: { kind: 'functional' | 'hierarchical'; reason?: string; group?: string }): Promise<void> {
    await this.page.getByTestId('open-escalate').click();
    await this.fillEscalation(fields);
  }

  async fillEscalation({ kind, reason, group }: { kind: 'functional' | 'hierarchical'; reason?: string; group?: string }): Promise<void> {
    await expect(this.escalateDialog).toBeVisible();
    await this.escalateDialog.getByTestId(`escalate-kind-${kind}`).check();
    if (group) await this.escalateDialog.getByTestId('escalate-group').selectOption(group);
    if (reason !== undefined) await this.escalateDialog.getByTestId('escalate-reason').fill(reason);
    await this.escalateDialog.getByTestId('escalate-submit').click();
  }
}
