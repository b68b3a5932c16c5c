// The environment, parsed once. next.config.ts imports this module, so a bad variable fails the
// build with a message naming it; code elsewhere reads `env`, never `process.env`. (Not marked
// "server-only": next.config.ts runs in plain Node, where that marker throws.)
import { parseEnv } from "./env-schema";

export type { Env } from "./env-schema";

export const env = parseEnv(process.env);
