import type { Rule } from 'eslint';

export function violation(fromFile: string, targetFile: string): string | null;
declare const plugin: { rules: { 'import-direction': Rule.RuleModule } };
export default plugin;
