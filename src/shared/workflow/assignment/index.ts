export * from './assignment-types';
export * from './agent-load';
export * from './choose-assignee';
