/** A fetch's failure handler that reports the error's message, unless the fetch was cancelled on purpose. */
export function unlessAborted(controller: AbortController, report: (message: string) => void) {
  return (reason: unknown) => {
    if (!controller.signal.aborted) report(reason instanceof Error ? reason.message : String(reason));
  };
}
