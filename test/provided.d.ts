import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The IANA zone the test project says it runs in; vitest.config.ts sets TZ to the same. */
    zone: string;
  }
}
