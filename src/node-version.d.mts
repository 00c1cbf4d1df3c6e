/** See node-version.mjs. */
export declare const NODE_REQUIRED: [number, number];
export declare function nodeVersionProblem(version?: string): string | undefined;
