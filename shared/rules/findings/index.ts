/** The findings of regs 11-15: what a SIM's record shows an operator did wrong, one file per kind. */
export * from './finding-codes';
export * from './findings-of';
export * from './shutdown-refund';
