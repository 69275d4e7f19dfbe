export { generateDemoData, type DemoData, type DemoDataOptions, type DemoReferenceData } from './generate-demo-data';
export type { TicketBundle } from './demo-ticket-bundle';
export { DEMO_AGENT_ID, DEMO_GROUP_ID } from './demo-people';
export { DEMO_CATEGORY_ROOTS, buildDemoCatalog } from './catalog';
export { createPrng, mulberry32, type Prng } from './prng';
