// zod must be told not to compile parsers with `new Function` before any schema runs (our CSP forbids eval).
import "./app/zodConfig";
import "./ui/styles.css";
import { startApp } from "./app/appController";

const root = document.getElementById("ui");
if (root) startApp(root);
