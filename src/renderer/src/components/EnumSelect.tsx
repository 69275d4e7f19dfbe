import type { SelectHTMLAttributes } from 'react';

interface Props<V extends string> extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange'
> {
  values: readonly V[];
  value: V;
  label(value: V): string;
  onValue(value: V): void;
}

/** A <select> over a closed list of codes, labelled through the catalogs. */
export function EnumSelect<V extends string>({
  values,
  value,
  label,
  onValue,
  className,
  ...rest
}: Props<V>) {
  return (
    <select
      {...rest}
      className={`select ${className ?? ''}`}
      value={value}
      onChange={(e) => {
        const next = values.find((v) => v === e.target.value);
        if (next) onValue(next);
      }}
    >
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </select>
  );
}
