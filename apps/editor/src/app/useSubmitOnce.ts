import { useRef, useState } from "preact/hooks";

/**
 * A form's submit handler that runs once at a time: a second submit while the first is in flight
 * (a double click, Enter twice) is ignored. The guard is a ref, not the `saving` state, which a
 * submit in the same tick would still read as false; one answer means one "saved", so a late second
 * answer can never close a form the user has opened since. (A create's idempotency key still makes
 * a retry after a lost answer write once.)
 */
export function useSubmitOnce(run: () => Promise<void>): { submit: (event: Event) => void; saving: boolean } {
  const inFlight = useRef(false);
  const [saving, setSaving] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    run().finally(() => {
      inFlight.current = false;
      setSaving(false);
    });
  };
  return { submit, saving };
}
