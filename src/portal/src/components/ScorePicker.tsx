import { useI18n } from '../lib/i18n';

/** 1–5 as a radio group (arrow keys move between scores; each has a spoken label). */
export function ScorePicker({ value, onChange }: { value: number; onChange(score: number): void }) {
  const { t } = useI18n();
  return (
    <fieldset className="score" data-testid="score-picker">
      <legend>{t('portal.detail.rateLegend')}</legend>
      {[1, 2, 3, 4, 5].map((s) => (
        <label key={s} className={s <= value ? 'score__star is-on' : 'score__star'}>
          <input type="radio" name="score" value={s} checked={value === s} onChange={() => onChange(s)} data-testid={`score-${s}`} />
          <span aria-hidden="true">★</span>
          <span className="visually-hidden">{t('portal.detail.rateValue', { score: s })}</span>
        </label>
      ))}
    </fieldset>
  );
}
