export { DemoTag } from "./DemoTag.tsx";
export {
  Checkbox,
  type CheckboxProps,
  DateField,
  type DateFieldProps,
  Select,
  type SelectProps,
} from "./Field.tsx";
export { formatNumber, formatTimestamp, plural, today } from "./format.ts";
export * from "./labels.ts";
export { ErrorMessage, Loading } from "./Notices.tsx";
export { type NavLink, SiteHeader } from "./SiteHeader.tsx";
