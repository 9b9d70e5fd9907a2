import { test as base, expect } from "@playwright/test";

/**
 * Every spec's `test`: Playwright's, plus a guard that fails a test when any page it
 * opened reported a Content-Security-Policy violation (an inline script, an eval, a
 * style or a request the policy refuses), whichever context or page it came from.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding("__parallaxCspViolation", ({ page }, report: string) =>
        violations.push(`${page.url()}: ${report}`),
      );
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { __parallaxCspViolation?: (r: string) => void }).__parallaxCspViolation;
          report?.(
            `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
