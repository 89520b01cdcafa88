import { render } from "preact";
import { App } from "./App.tsx";
import { readConfig } from "./config.ts";
import "@jamlik/ui/theme.css";
import "./styles.css";

const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(<App config={readConfig()} />, root);
}
