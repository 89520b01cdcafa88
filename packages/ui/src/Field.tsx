import { useId } from "preact/hooks";

export interface SelectProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  /** Extra words for screen readers, tied to the field with aria-describedby. */
  hint?: string;
}

/** A labelled select: filters and pickers apply at once (no submit button), and the page's URL keeps them. */
export function Select({ label, value, options, onChange, hint }: SelectProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        {...(hint && { "aria-describedby": `${id}-hint` })}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Checkbox({ label, checked, onChange }: CheckboxProps) {
  const id = useId();
  return (
    <div class="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

export interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or "" for none. */
  value: string;
  /** The latest day that may be picked (YYYY-MM-DD). */
  max?: string | undefined;
  /** Extra words, tied to the field with aria-describedby. */
  hint?: string;
  /** The picked day, or "" when the field was emptied. */
  onChange: (value: string) => void;
  class?: string;
}

/** A labelled date field that applies at once, like `Select`. */
export function DateField({ label, value, max, hint, onChange, class: className }: DateFieldProps) {
  const id = useId();
  return (
    <div class={className ? `field field-date ${className}` : "field field-date"}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={id}
        type="date"
        value={value}
        max={max}
        onChange={(event) => onChange(event.currentTarget.value)}
        {...(hint && { "aria-describedby": `${id}-hint` })}
      />
    </div>
  );
}
