import { writeMeta } from '../../store/queries';
import type { HandlerContext } from '../../services/handler-context';
import type { HandlerRegistry } from '../handler-registry';

export function registerSessionHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  registry.register('session.get', () => ({
    agent: ctx.session.agent,
    deviceId: ctx.session.deviceId,
    language: ctx.session.language,
  }));

  registry.register('settings.setLanguage', async ({ language }) => {
    await writeMeta(ctx.db, 'settings.language', language);
    ctx.session.language = language;
    ctx.events.emit('session.changed', { language });
    return {};
  });
}
