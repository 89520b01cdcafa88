import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuitBreaker.ts";

describe("CircuitBreaker", () => {
  const make = () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: () => now });
    return { breaker, advance: (ms: number) => (now += ms) };
  };

  it("opens after the threshold of consecutive failures and fails fast", () => {
    const { breaker } = make();
    breaker.failure();
    breaker.failure();
    expect(breaker.allow()).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe("open");
    expect(breaker.allow()).toBe(false);
  });

  it("lets one trial through after the cooldown and closes on its success", () => {
    const { breaker, advance } = make();
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(1000);
    expect(breaker.state).toBe("half-open");
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false); // one trial at a time
    breaker.success();
    expect(breaker.state).toBe("closed");
    expect(breaker.allow()).toBe(true);
  });

  it("opens again when the trial fails", () => {
    const { breaker, advance } = make();
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(1000);
    expect(breaker.allow()).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe("open");
    advance(999);
    expect(breaker.allow()).toBe(false);
  });

  it("forgets failures once a request succeeds", () => {
    const { breaker } = make();
    breaker.failure();
    breaker.failure();
    breaker.success();
    breaker.failure();
    expect(breaker.state).toBe("closed");
  });
});
