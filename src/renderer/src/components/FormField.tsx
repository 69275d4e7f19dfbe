import { useId, type ReactNode } from 'react';
import type { InlineError } from '../forms/new-ticket-form';
import { FieldMessage } from './FieldMessage';

export interface FieldProps {
  id: string;
  invalid: boolean;
  describedBy: string | undefined;
}

interface Props {
  name: string;
  label: string;
  error: InlineError | undefined;
  className?: string;
  children(field: FieldProps): ReactNode;
}

/** Label + control + inline error, wired with aria-invalid / aria-describedby. */
export function FormField({ name, label, error, className, children }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`field ${className ?? ''}`} data-field={name}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, invalid: Boolean(error), describedBy: error ? errorId : undefined })}
      <FieldMessage id={errorId} name={name} error={error} />
    </div>
  );
}
