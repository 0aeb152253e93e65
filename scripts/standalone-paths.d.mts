export function standaloneDir(appDir: string): string;
export function standaloneServer(appDir: string): string | null;
export function builtServer(appDir: string): string;
