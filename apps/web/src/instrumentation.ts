import { stopOnBadEnvironment } from "@waqai/ui/instrumentation";

export const register = stopOnBadEnvironment(() => import("./env"));
