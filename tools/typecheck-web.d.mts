import type ts from 'typescript';
export function webProgram(extraRoots?: string[]): { program: ts.Program; foreign: string[] };
