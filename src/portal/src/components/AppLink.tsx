import type { ReactNode } from 'react';
import { BASE, onLinkClick } from '../lib/router';

export function AppLink({ to, children, className, testId }: { to: string; children: ReactNode; className?: string; testId?: string }) {
  return (
    <a href={`${BASE}${to}`} className={className} data-testid={testId} onClick={(e) => onLinkClick(e, to)}>
      {children}
    </a>
  );
}
