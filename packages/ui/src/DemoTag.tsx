import { DEMO_EXPLANATION } from "./labels.ts";

/**
 * Marks synthetic data wherever it is shown: as text, never colour alone. The row or cell that holds
 * it carries `data-demo="true"` as well, for machines.
 */
export function DemoTag() {
  return (
    <span class="tag tag-demo" title={DEMO_EXPLANATION}>
      Demodata
    </span>
  );
}
