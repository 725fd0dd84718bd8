/** The annotation layers `claimx eval` scores; apart from the scoring code so the CLI can list them cheaply. */
export const TASK_NAMES = ["timex", "ner", "lang", "claims"] as const;
export type TaskName = (typeof TASK_NAMES)[number];
