export * from './types';
export * from './errors';
export * from './commands';
export * from './transitions';
export * from './stateMachine';
export * from './labels';
export * from "./notifications";
