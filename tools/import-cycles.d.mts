export const ROOT: string;
export function importGraph(extra?: Record<string, string>): Map<string, string[]>;
export function cycles(graph?: Map<string, string[]>): string[][];
