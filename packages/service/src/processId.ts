/**
 * Every service's `/ready` names the process that answers, so a launcher waiting for its child can
 * tell it from another process that holds the port (a port that was free a moment ago may not be).
 */
export const PROCESS_ID_HEADER = "x-process-id";
