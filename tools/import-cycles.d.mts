export const ROOT: string;
export function importGraph(extra?: Record<string, string>): Map<string, string[]>;
export function cycles(graph?: Map<string, string[]>): string[][];
export const AREAS_DIR: string;
export function areaOf(file: string): string | null;
export function areaGraph(graph?: Map<string, string[]>): Map<string, string[]>;
export function areaCycles(graph?: Map<string, string[]>): string[][];
