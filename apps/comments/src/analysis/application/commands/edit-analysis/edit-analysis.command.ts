/** One reviewing change to an analysis's themes. */
export type ThemeEdit =
  | { kind: 'rename'; themeId: string; label: string }
  | { kind: 'reject-label'; themeId: string }
  | { kind: 'merge'; themeId: string; intoThemeId: string }
  | { kind: 'split'; themeId: string; responseIds: string[]; label: string }
  | { kind: 'move'; responseId: string; toThemeId: string };

export class EditAnalysisCommand {
  constructor(
    readonly proposalId: string,
    readonly analysisId: string,
    readonly edit: ThemeEdit,
    readonly actor: string,
  ) {}
}
