/** Marks a synthetic record where it is shown: as text, and on its row as `data-demo`. */
export function DemoTag({ demo }: { demo: unknown }) {
  if (demo !== true) return null;
  return (
    <span class="demo" title="Syntetiska uppgifter (demodata), inte hämtade ur någon källa">
      {" "}
      Demodata
    </span>
  );
}
