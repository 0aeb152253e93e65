import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { AuthRateLimitStorage } from "@waqai/api";

/**
 * better-auth's throttle (sign-in attempts per address, and its general limit on /api/auth) counted in Redis, so a
 * password guesser meets one limit however many API replicas a proxy spreads the guesses over. better-auth's own
 * stores are this process's memory or the database; Redis is where the API's other counters already live.
 *
 * When Redis cannot answer, the count goes on in this process's memory (rate-limiter-flexible's insurance limiter)
 * rather than failing open: an outage must not turn the sign-in form into an unthrottled guessing oracle.
 */
export function sharedSignInThrottle(client: Redis, prefix: string): AuthRateLimitStorage {
  // better-auth names the window and the limit per call (one rule per path): one limiter per rule.
  const limiters = new Map<string, RateLimiterRedis>();
  const limiterFor = (window: number, max: number) => {
    const id = `${window}:${max}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${prefix}auth:${id}`,
        points: max,
        duration: window,
        insuranceLimiter: new RateLimiterMemory({ points: max, duration: window }),
      });
      limiters.set(id, limiter);
    }
    return limiter;
  };
  return {
    async consume(key, rule) {
      try {
        await limiterFor(rule.window, rule.max).consume(key);
        return { allowed: true, retryAfter: null };
      } catch (res) {
        // A refusal comes as a RateLimiterRes; anything else is an error of neither store (the insurance covers Redis's).
        if (!(res instanceof RateLimiterRes)) throw res;
        return { allowed: false, retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
      }
    },
  };
}
