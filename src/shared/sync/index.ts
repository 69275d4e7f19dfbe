export * from './mutation-tx';
export * from './mutators';
export { applyMutation } from './apply-mutation';
