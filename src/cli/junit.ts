/**
 * JUnit XML, the test report format CI servers show (GitHub Actions through a reporter action,
 * GitLab, Jenkins): one <testsuite> of <testcase>s, each passing or holding a <failure> with the
 * message and, as its text, the details.
 */
export interface TestCaseResult {
  name: string;
  /** The group a CI view files the case under. */
  className: string;
  /** The file and line of the failure (or of the case), for CI annotations. */
  file: string;
  line: number;
  seconds: number;
  failure: { message: string; details: string } | null;
  /** Could not run at all (a malformed script): an <error>, not a <failure>. */
  error?: boolean;
}

/** XML's five predefined entities: every XML parser reads them back. */
const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xml = (text: string) =>
  text
    // Characters XML 1.0 cannot carry at all.
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, "")
    .replace(/[&<>"']/g, (character) => XML_ENTITIES[character] ?? character);

export function junitXml(suite: string, cases: readonly TestCaseResult[]): string {
  const failures = cases.filter((test) => test.failure && !test.error).length;
  const errors = cases.filter((test) => test.failure && test.error).length;
  const seconds = cases.reduce((sum, test) => sum + test.seconds, 0);
  const body = cases
    .map((test) => {
      const attributes = `name="${xml(test.name)}" classname="${xml(test.className)}" file="${xml(test.file)}" line="${test.line}" time="${test.seconds.toFixed(3)}"`;
      if (!test.failure) return `    <testcase ${attributes}/>`;
      const tag = test.error ? "error" : "failure";
      return `    <testcase ${attributes}>\n      <${tag} message="${xml(test.failure.message)}" type="${tag === "error" ? "ScriptError" : "PlaythroughFailure"}">${xml(test.failure.details)}</${tag}>\n    </testcase>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="${xml(suite)}" tests="${cases.length}" failures="${failures}" errors="${errors}" time="${seconds.toFixed(3)}">
  <testsuite name="${xml(suite)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds.toFixed(3)}">
${body}
  </testsuite>
</testsuites>
`;
}
