declare namespace App {
  interface Locals {
    /** Set by the draft preview server's middleware (src/preview/middleware.ts); unset in the static build. */
    preview?: boolean;
  }
}
