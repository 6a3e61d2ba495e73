// The 837P feature's command ids (package.json contributes the same ids).
export const X12_COMMANDS = {
  exportClaim: 'cleanClaimCoach.exportClaim837p',
  importClaims: 'cleanClaimCoach.import837p',
  showPreview: 'cleanClaimCoach.show837pPreview',
  openAnswer: 'cleanClaimCoach.openX12Answer',
} as const;
