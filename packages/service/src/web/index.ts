export { type Asset, loadAssets, makeAsset, sendAsset } from "./assets.ts";
export {
  appBundle,
  type Manifest,
  StaleBundleError,
  type WebBundle,
  type WebBundleOptions,
  webBundle,
} from "./bundle.ts";
export { bundleSizes } from "./sizes.ts";
