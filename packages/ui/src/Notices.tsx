export function Loading({ what = "uppgifterna" }: { what?: string }) {
  return <p class="loading">Hämtar {what} …</p>;
}

/** A page that could not be shown: said as an alert, with a way to try again. */
export function ErrorMessage({ message }: { message: string }) {
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>Det gick inte att visa sidan.</strong> {message}
      </p>
      <button type="button" class="button button-secondary" onClick={() => window.location.reload()}>
        Försök igen
      </button>
    </div>
  );
}
