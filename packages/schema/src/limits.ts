/**
 * The most procedures one tRPC batch may carry. Without a bound one anonymous request of fifty
 * `events.byId` was a cheap amplifier (386 KB in 1.4 s); every client here splits its batches at this size.
 */
export const TRPC_BATCH_MAX = 16;
