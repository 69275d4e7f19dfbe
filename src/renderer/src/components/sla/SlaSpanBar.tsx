import { useTranslation } from 'react-i18next';
import type { SlaSpan } from '../../../../shared/api/sla-schemas';
import type { Language } from '../../../../shared/domain/localized-text';
import { formatDateTime } from '../../lib/format';

/** The ticket's life as one bar: running (green), paused (grey), stopped (hatched) stretches to scale. */
export function SlaSpanBar({ spans, language }: { spans: SlaSpan[]; language: Language }) {
  const { t } = useTranslation();
  if (spans.length === 0) return null;
  const start = Date.parse(spans[0]!.from);
  const end = Date.parse(spans.at(-1)!.to);
  const total = Math.max(1, end - start);
  return (
    <div className="sla-spans">
      <div
        className="sla-spans__bar"
        data-testid="sla-timeline"
        role="img"
        aria-label={t('slaUi.panel.timeline')}
      >
        {spans.map((span) => {
          const width = ((Date.parse(span.to) - Date.parse(span.from)) / total) * 100;
          const label = t('slaUi.panel.spanTitle', {
            kind: t(`slaUi.panel.span.${span.kind}`),
            from: formatDateTime(span.from, language),
            to: formatDateTime(span.to, language),
          });
          return (
            <span
              key={`${span.from}-${span.kind}`}
              className={`sla-spans__span sla-spans__span--${span.kind}`}
              data-testid="sla-span"
              data-kind={span.kind}
              style={{ width: `${Math.max(width, 0.5)}%` }}
              title={label}
            />
          );
        })}
      </div>
      <div className="sla-spans__legend muted">
        {(['running', 'paused', 'stopped'] as const).map((kind) => (
          <span key={kind} className="sla-spans__key">
            <span className={`sla-spans__swatch sla-spans__span--${kind}`} aria-hidden="true" />
            {t(`slaUi.panel.span.${kind}`)}
          </span>
        ))}
      </div>
    </div>
  );
}
