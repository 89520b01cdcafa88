import { Page } from "../components/Page.tsx";

export function NotFound({ focus }: { focus: boolean }) {
  return (
    <Page title="Sidan finns inte" focus={focus}>
      <p>
        Adressen leder inte till någon sida i Jämlik. Välj en sida i menyn ovan eller gå till{" "}
        <a href="/">Översikt</a>.
      </p>
    </Page>
  );
}
