export * from './contract';
export * from './bridge';
export * from './client';
export * from './queue-schemas';
export * from './mutation-request';
export * from './sla-schemas';
export * from './sync-schemas';
export * from './workflow-schemas';
