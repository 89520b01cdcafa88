// @svg-maps/sweden ships no types: one default export, the map.
declare module "@svg-maps/sweden" {
  const map: { label: string; viewBox: string; locations: { id: string; name: string; path: string }[] };
  export default map;
}
