/** The project's root folder. */
export const root: string;
/** Builds dist/ when src/ is newer than the last build; false when the build failed. */
export function buildIfNeeded(): boolean;
