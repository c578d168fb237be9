/**
 * The file that marks a docs2ts output folder (see cli/output-folder.ts). Sources skip any
 * folder that holds it: output is never read back as pages.
 */
export const OUTPUT_MARKER = '.docs2ts-output.json';
