export * from './call-model';
export * from './call-state';
export * from './call-assembler';
export * from './call-figures';
export * from './queue-log-event';
export * from './queue-log-reader';
export * from './queue-map';
export * from './logged-call';
